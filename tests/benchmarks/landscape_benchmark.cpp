// How long the loss landscape takes to follow one slider step: the 100 × 100 grid alone, the grid
// with the picture (heat map, contour lines) drawn into an image the size of the tab's pane, and the
// whole path through the Backprop sheet tab with the landscape shown (recompute and repaint). The aim
// is under 20 ms for a 100 × 100 grid recomputed and redrawn.
//
// Part of sheet_benchmark (its main() sets up the QApplication):
//   build/release/tests/benchmarks/sheet_benchmark --benchmark_filter=Landscape
#include "core/sheet/backprop_sheet.h"
#include "core/sheet/landscape/loss_landscape.h"
#include "ui/sheet/backprop_sheet_tab.h"
#include "ui/sheet/landscape/landscape_painter.h"
#include "ui/sheet/values/learning_rate_control.h"
#include "ui/sheet/landscape/loss_landscape_pane.h"
#include "ui/sheet/values/sheet_inputs_panel.h"

#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QTabWidget>

#include <benchmark/benchmark.h>

namespace {

using namespace bplab;

BackpropSheet seedRun() {
    BackpropSheet sheet;
    sheet.runToEnd();
    return sheet;
}

LandscapeOptions gridOf(int size, bool trainOnly = false) {
    LandscapeOptions options;
    options.gridSize = size;
    options.trainOnlyAxes = trainOnly;
    return options;
}

void BM_LandscapeGrid(benchmark::State& state) {
    const BackpropSheet sheet = seedRun();
    for (auto _ : state) {
        Landscape landscape = computeLandscape(sheet, gridOf(static_cast<int>(state.range(0))));
        benchmark::DoNotOptimize(landscape);
    }
    state.counters["points/s"] = benchmark::Counter(static_cast<double>(state.range(0) * state.range(0)),
                                                    benchmark::Counter::kIsIterationInvariantRate);
}

void BM_LandscapeGridAndPicture(benchmark::State& state) {
    const BackpropSheet sheet = seedRun();
    QImage image(640, 480, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        const ui::LandscapePainter picture(ui::makeLandscapePicture(
            computeLandscape(sheet, gridOf(static_cast<int>(state.range(0)), true)), true));
        QPainter painter(&image);
        picture.paint(painter, QRectF(image.rect()));
    }
}

// A slider step with the landscape tab shown: the sheet, its table and chart, and the landscape recompute,
// then the landscape's repaint.
void BM_SliderStepWithLandscapeShown(benchmark::State& state) {
    QSettings().clear(); // the seed sheet, not what an earlier benchmark's tab saved
    ui::BackpropSheetTab tab;
    tab.resize(1280, 760);
    tab.show();
    ui::LossLandscapePane* pane = tab.landscapePane();
    for (QWidget* w = pane->parentWidget(); w; w = w->parentWidget()) {
        if (auto* tabs = qobject_cast<QTabWidget*>(w)) tabs->setCurrentWidget(pane);
    }
    ui::LearningRateControl* control = tab.inputsPanel()->learningRateControl();
    bool flip = false;
    for (auto _ : state) {
        flip = !flip;
        control->setLearningRate(flip ? 0.5 : 0.51);
        pane->repaint();
    }
}

BENCHMARK(BM_LandscapeGrid)->Arg(50)->Arg(100)->Arg(200)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LandscapeGridAndPicture)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SliderStepWithLandscapeShown)->Unit(benchmark::kMillisecond);

} // namespace
