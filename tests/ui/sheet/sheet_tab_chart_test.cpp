// The loss chart of the Backprop sheet tab: a diverging or oscillating run, long runs thinned for
// drawing, the log axis, compare mode and its sweep, the gradient check, and the exports.
#include "tests/ui/sheet/sheet_tab_fixture.h"

#include "core/sheet/backprop_sheet.h"
#include "tests/support/image_colors.h"
#include "ui/charts/series_colors.h"
#include "ui/sheet/views/compare_rates_panel.h"
#include "ui/sheet/views/gradient_check_panel.h"
#include "ui/sheet/values/learning_rate_control.h"
#include "ui/sheet/sheet_document.h"

#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLegend>
#include <QLogValueAxis>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

namespace bplab::ui {
namespace {

TEST_F(SheetTabTest, DivergedRunIsShownAsDiverged) {
    setActivation(Activation::Identity);
    tab->inputsPanel()->learningRateControl()->setLearningRate(50.0);
    const auto diverged = tab->document()->sheet().divergedAt();
    ASSERT_TRUE(diverged);
    EXPECT_TRUE(tab->lossChart()->divergenceText().contains(
        QStringLiteral("Diverged at iteration %1").arg(*diverged)));
    // Only finite points reach the series, and the chart still has them.
    QLineSeries* series = lineSeries().first();
    EXPECT_GT(series->count(), 0);
    for (const QPointF& point : series->points()) EXPECT_TRUE(std::isfinite(point.y()));
    EXPECT_TRUE(series->name().contains(QStringLiteral("diverged")));
}

TEST_F(SheetTabTest, TanhOscillatesAtLargeLearningRates) {
    setActivation(Activation::Tanh);
    tab->inputsPanel()->learningRateControl()->setLearningRate(20.0);
    const auto losses = tab->document()->sheet().lossCurve();
    int rises = 0;
    for (std::size_t k = 1; k < losses.size(); ++k) rises += losses[k] > losses[k - 1] ? 1 : 0;
    EXPECT_GT(rises, 5) << "expected the loss to go up and down";
}

TEST_F(SheetTabTest, LongRunsAreThinnedForDrawingButKeepTheirExtremes) {
    setActivation(Activation::Tanh);
    tab->inputsPanel()->learningRateControl()->setLearningRate(20.0); // oscillates
    tab->inputsPanel()->iterationsBox()->setValue(10000);
    const std::vector<double> losses = tab->document()->sheet().lossCurve();
    ASSERT_EQ(losses.size(), 10000u);
    QLineSeries* series = lineSeries().first();
    EXPECT_LE(series->count(), 4002);
    EXPECT_EQ(series->at(0).x(), 0.0);
    EXPECT_EQ(series->at(series->count() - 1).x(), 9999.0);
    double lowest = series->at(0).y(), highest = lowest;
    for (const QPointF& p : series->points()) {
        lowest = std::min(lowest, p.y());
        highest = std::max(highest, p.y());
    }
    EXPECT_EQ(lowest, *std::min_element(losses.begin(), losses.end()));
    EXPECT_EQ(highest, *std::max_element(losses.begin(), losses.end()));
}

TEST_F(SheetTabTest, LogScaleAndHoverReadout) {
    tab->logScaleAction()->trigger();
    bool hasLogAxis = false;
    for (QAbstractAxis* axis : tab->lossChart()->chartView()->chart()->axes(Qt::Vertical)) {
        hasLogAxis = hasLogAxis || qobject_cast<QLogValueAxis*>(axis) != nullptr;
    }
    EXPECT_TRUE(hasLogAxis);
    // Row 0 by hand (the seed, sigmoid, no biases): a_h1 = σ(0.0275) = 0.5068746, a_h2 = σ(0.0425) =
    // 0.5106234; o1 = 0.4·a_h1 + 0.45·a_h2 = 0.4325304, o2 = 0.5·a_h1 + 0.55·a_h2 = 0.5342802; a_o1 =
    // 0.6064777, a_o2 = 0.6304808; E_total = ½(0.01 − a_o1)² + ½(0.99 − a_o2)² = 0.1778928 + 0.0646270 =
    // 0.2425199, read out to 6 significant digits (a trailing 0 dropped). The mouse at 0.4 is nearest 0.
    tab->lossChart()->showReadoutAt(0.4);
    EXPECT_EQ(tab->lossChart()->readout().toStdString(), "Iteration 0 — E_total = 0.24252");

    // Row 10 (nearest 10.2): the whole line, its loss read back and compared with the core engine's.
    tab->lossChart()->showReadoutAt(10.2);
    const QString readout = tab->lossChart()->readout();
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^Iteration 10 — E_total = (0\\.\\d{1,6})$")).match(readout);
    ASSERT_TRUE(match.hasMatch()) << readout.toStdString();
    BackpropSheet engine(SheetInputs{}, 11);
    engine.runToEnd();
    const double expected = engine.row(10)[quantity::E_total];
    // Six significant digits: within half a unit of the sixth, relative to the value.
    EXPECT_NEAR(match.captured(1).toDouble(), expected, 5e-6 * expected) << readout.toStdString();
}

TEST_F(SheetTabTest, CompareModeOverlaysTheSixSeedRates) {
    tab->compareAction()->trigger();
    const QList<QLineSeries*> series = lineSeries();
    ASSERT_EQ(series.size(), 6);
    EXPECT_EQ(series[0]->name(), QStringLiteral("η = 0.1"));
    EXPECT_EQ(series[5]->name(), QStringLiteral("η = 2"));
    EXPECT_TRUE(tab->lossChart()->chartView()->chart()->legend()->isVisible());
    EXPECT_EQ(tab->comparePanel()->table()->rowCount(), 6);
    // Moving the slider in compare mode keeps the comparison; editing a weight recomputes it.
    QString error;
    EXPECT_FALSE(tab->comparePanel()->setRatesText(QStringLiteral("0.1, -2"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("-2")));
    EXPECT_TRUE(tab->comparePanel()->setRatesText(QStringLiteral("0.5 5"), &error));
    EXPECT_EQ(lineSeries().size(), 2);
    tab->compareAction()->trigger();
    EXPECT_EQ(lineSeries().size(), 1);
    EXPECT_FALSE(tab->lossChart()->chartView()->chart()->legend()->isVisible());
}

TEST_F(SheetTabTest, CompareCurvesFollowTheInputsNotTheSteps) {
    tab->compareAction()->trigger();
    QSignalSpy recomputed(tab->comparePanel(), &CompareRatesPanel::curvesChanged);
    tab->stepCellAction()->trigger(); // starts the finished run over and steps: the inputs are the same
    tab->stepIterationAction()->trigger();
    EXPECT_EQ(recomputed.count(), 0) << "a step must not rerun the whole sweep";
    tab->inputsPanel()->valueBox(QStringLiteral("w1"))->setValue(0.3);
    EXPECT_EQ(recomputed.count(), 1);
}

TEST_F(SheetTabTest, GradientCheckAgreesAtTheSelectedIteration) {
    EXPECT_TRUE(tab->gradientCheck()->summary().contains(QStringLiteral("all 8 partials agree")));
    EXPECT_EQ(tab->gradientCheck()->table()->item(4, 3)->text(), QStringLiteral("✓"));
}

TEST_F(SheetTabTest, ExportsChartAsPngOfTheRequestedSizeAndSvg) {
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("loss.png"));
    QString error;
    ASSERT_TRUE(tab->exportChart(png, QSize(900, 600), &error)) << error.toStdString();
    QImage image(png);
    if (qEnvironmentVariableIsSet("KEEP_EXPORT")) image.save(qEnvironmentVariable("KEEP_EXPORT"));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(900, 600));
    // The curve is drawn: its colour covers a line across the plot (axes and a title alone have none).
    EXPECT_GT(testing::pixelsOfColor(image, seriesColor(0)), 300);
    // The view on screen keeps its size.
    EXPECT_NE(tab->lossChart()->chartView()->size(), QSize(900, 600));

    const QString svg = dir.filePath(QStringLiteral("loss.svg"));
    ASSERT_TRUE(tab->exportChart(svg, QSize(900, 600), &error)) << error.toStdString();
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("<svg"));

    EXPECT_FALSE(tab->exportChart(QStringLiteral("/nonexistent-folder/loss.png"), QSize(900, 600), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("Could not write")));
}

TEST_F(SheetTabTest, ExportsTheSheetAsCsv) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.csv"));
    QString error;
    ASSERT_TRUE(tab->exportCsv(path, &error));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    EXPECT_EQ(lines.size(), 101);
    EXPECT_TRUE(lines.first().startsWith("iteration,w1,"));
}

} // namespace
} // namespace bplab::ui
