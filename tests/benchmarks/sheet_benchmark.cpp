// How long one slider step takes at 100, 1,000 and 10,000 iterations: the engine's recompute, the
// table model's reset, the chart's series replace, and the whole path through the Backprop sheet tab
// (what a drag triggers). Must stay well under one frame (16 ms) at 1,000 iterations. The same path
// for the largest own network (4-6-6-6-4, 16 examples; issue 21's bound): the tab with its table,
// chart, diagram and decision boundary, at 100 and 1,000 iterations.
//
// Run: build/release/tests/benchmarks/sheet_benchmark   (Google Benchmark flags apply)
#include "core/sheet/backprop_sheet.h"
#include "tests/benchmarks/largest_network.h"
#include "ui/charts/loss_chart.h"
#include "ui/sheet/backprop_sheet_tab.h"
#include "ui/sheet/values/learning_rate_control.h"
#include "ui/sheet/values/network_values_panel.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/values/sheet_inputs_panel.h"
#include "ui/sheet/table/sheet_table_model.h"

#include <QApplication>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

#include <memory>

namespace {

using namespace bplab;

// A tab saves its values when it closes and the next one restores them: each benchmark starts from
// the defaults (the seed sheet), or one would measure the network the one before left shown.
std::unique_ptr<ui::BackpropSheetTab> freshTab() {
    QSettings().clear();
    auto tab = std::make_unique<ui::BackpropSheetTab>();
    tab->resize(1280, 760);
    return tab;
}

// Alternating between two rates forces a full recompute every time.
double nextRate(bool& flip) {
    flip = !flip;
    return flip ? 0.5 : 0.51;
}

void BM_EngineRecompute(benchmark::State& state) {
    BackpropSheet sheet(SheetInputs{}, static_cast<int>(state.range(0)));
    sheet.runToEnd();
    bool flip = false;
    for (auto _ : state) {
        sheet.setLearningRate(nextRate(flip));
        // A non-const lvalue: the const-reference DoNotOptimize is deprecated from Google Benchmark 1.8.
        const auto* lastRow = &sheet.row(sheet.rowCount() - 1);
        benchmark::DoNotOptimize(lastRow);
    }
}

void BM_EngineModelAndChart(benchmark::State& state) {
    ui::SheetDocument document;
    document.setIterationLimit(static_cast<int>(state.range(0)));
    ui::SheetTableModel model(&document);
    ui::LossChart chart;
    chart.resize(800, 500);
    bool flip = false;
    for (auto _ : state) {
        document.setLearningRate(nextRate(flip)); // recompute + model reset (through `changed`)
        const std::vector<double> losses = document.sheet().lossCurve();
        chart.setCurves({{QStringLiteral("η"), QList<double>(losses.begin(), losses.end()), std::nullopt}});
    }
}

void BM_SliderStepThroughTheTab(benchmark::State& state) {
    const auto tab = freshTab();
    tab->inputsPanel()->iterationsBox()->setValue(static_cast<int>(state.range(0)));
    ui::LearningRateControl* control = tab->inputsPanel()->learningRateControl();
    bool flip = false;
    for (auto _ : state) {
        control->setLearningRate(nextRate(flip)); // exactly what the slider's valueChanged does
    }
}

// The same plus painting the whole tab (offscreen backing store): a full frame of a drag.
void BM_SliderStepAndRepaint(benchmark::State& state) {
    const auto tab = freshTab();
    tab->show();
    tab->inputsPanel()->iterationsBox()->setValue(static_cast<int>(state.range(0)));
    ui::LearningRateControl* control = tab->inputsPanel()->learningRateControl();
    bool flip = false;
    for (auto _ : state) {
        control->setLearningRate(nextRate(flip));
        tab->repaint();
    }
}

// The tab showing the largest own network with `iterations` rows; its η control.
ui::LearningRateControl* showLargestOwnNetwork(ui::BackpropSheetTab& tab, int iterations) {
    ui::SheetDocument* document = tab.document();
    document->setNetwork(largestNetwork());
    document->setIterationLimit(iterations);
    document->runToEnd();
    return tab.networkValuesPanel()->learningRateControl();
}

void BM_OwnNetworkSliderStepThroughTheTab(benchmark::State& state) {
    const auto tab = freshTab();
    ui::LearningRateControl* control = showLargestOwnNetwork(*tab, static_cast<int>(state.range(0)));
    bool flip = false;
    for (auto _ : state) control->setLearningRate(nextRate(flip));
}

void BM_OwnNetworkSliderStepAndRepaint(benchmark::State& state) {
    const auto tab = freshTab();
    tab->show();
    ui::LearningRateControl* control = showLargestOwnNetwork(*tab, static_cast<int>(state.range(0)));
    bool flip = false;
    for (auto _ : state) {
        control->setLearningRate(nextRate(flip));
        tab->repaint();
    }
}

BENCHMARK(BM_EngineRecompute)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_EngineModelAndChart)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SliderStepThroughTheTab)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SliderStepAndRepaint)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_OwnNetworkSliderStepThroughTheTab)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_OwnNetworkSliderStepAndRepaint)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // the tab reads and writes settings
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
