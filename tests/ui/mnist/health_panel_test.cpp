// The training-health panel: the chart draws what the core collected, for each figure, with the
// ratio's band on a log axis; the read-out, the CSV export and the parameter breakdown table.
#include "core/mnist/parameter_breakdown.h"
#include "core/mnist/training_health.h"
#include "ui/charts/health_chart.h"
#include "ui/mnist/training/health_panel.h"
#include "ui/mnist/inside/parameter_breakdown_table.h"

#include <QComboBox>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

// Two epochs of made-up figures whose every value differs, so a mixed-up layer or epoch shows.
std::vector<EpochHealth> twoEpochs() {
    EpochHealth first{1, 32, {{"conv1", 0.8, 3e-3}, {"conv2", 0.6, 2e-3}, {"fc", 0.4, 1e-3}},
                      {{"norm1", {0.3, 0.1, 0.5}, {2.0, 1.0, 3.0}}, {"norm2", {0.2, 0.0, 0.4}, {1.5, 0.5, 2.5}}}};
    EpochHealth second{2, 32, {{"conv1", 0.5, 1.5e-3}, {"conv2", 0.3, 8e-4}, {"fc", 0.2, 5e-4}},
                       {{"norm1", {0.35, 0.15, 0.55}, {1.8, 1.1, 2.8}}, {"norm2", {0.25, 0.05, 0.45}, {1.4, 0.6, 2.2}}}};
    return {first, second};
}

TEST(HealthPanelTest, TheChartDrawsWhatTheCoreCollected) {
    HealthPanel panel;
    panel.resize(600, 400);
    EXPECT_TRUE(panel.chart()->curves().isEmpty());
    for (const EpochHealth& epoch : twoEpochs()) panel.appendEpoch(epoch);

    // Update / weight ratio: the default, on a log axis, with the 1e-4 … 1e-2 band.
    EXPECT_EQ(panel.figure(), HealthFigure::UpdateRatio);
    EXPECT_TRUE(panel.chart()->logScale());
    ASSERT_TRUE(panel.chart()->band().has_value());
    EXPECT_EQ(panel.chart()->band()->low, 1e-4);
    EXPECT_EQ(panel.chart()->band()->high, 1e-2);
    EXPECT_NE(panel.caption().indexOf(QStringLiteral("1e-3")), -1);
    EXPECT_EQ(panel.chart()->seriesPoints(QStringLiteral("conv1")),
              (QList<QPointF>{{1.0, 3e-3}, {2.0, 1.5e-3}}));
    EXPECT_EQ(panel.chart()->seriesPoints(QStringLiteral("fc")), (QList<QPointF>{{1.0, 1e-3}, {2.0, 5e-4}}));
    EXPECT_TRUE(panel.chart()->seriesPoints(QStringLiteral("norm1")).isEmpty());

    panel.showFigure(HealthFigure::GradientNorm);
    EXPECT_FALSE(panel.chart()->band().has_value());
    EXPECT_EQ(panel.chart()->seriesPoints(QStringLiteral("conv2")), (QList<QPointF>{{1.0, 0.6}, {2.0, 0.3}}));

    // Chosen with the selector, as a user would: BatchNorm running variance, linear, per layer.
    panel.figureBox()->setCurrentIndex(panel.figureBox()->findText(QStringLiteral("BatchNorm running variance")));
    EXPECT_EQ(panel.figure(), HealthFigure::RunningVariance);
    EXPECT_FALSE(panel.chart()->logScale());
    EXPECT_EQ(panel.chart()->seriesPoints(QStringLiteral("norm2")), (QList<QPointF>{{1.0, 1.5}, {2.0, 1.4}}));
    EXPECT_TRUE(panel.chart()->seriesPoints(QStringLiteral("conv1")).isEmpty());
    panel.chart()->showReadoutAt(2.2);
    EXPECT_EQ(panel.chart()->readout(), QStringLiteral("Epoch 2 — norm1 1.8 (1.1…2.8) · norm2 1.4 (0.6…2.2)"));

    panel.showFigure(HealthFigure::RunningMean);
    EXPECT_EQ(panel.chart()->seriesPoints(QStringLiteral("norm1")), (QList<QPointF>{{1.0, 0.3}, {2.0, 0.35}}));

    panel.clear();
    EXPECT_TRUE(panel.chart()->curves().isEmpty());
}

TEST(HealthPanelTest, ExportsTheFiguresAsCsvAndTheChartAsAnImage) {
    HealthPanel panel;
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(panel.exportCsv(dir.filePath(QStringLiteral("empty.csv")), &error));
    EXPECT_NE(error.indexOf(QStringLiteral("train at least one epoch")), -1);
    const std::vector<EpochHealth> epochs = twoEpochs();
    for (const EpochHealth& epoch : epochs) panel.appendEpoch(epoch);
    const QString csvPath = dir.filePath(QStringLiteral("health.csv"));
    ASSERT_TRUE(panel.exportCsv(csvPath, &error)) << error.toStdString();
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    EXPECT_EQ(text.toStdString(), healthCsv(epochs));
    EXPECT_TRUE(text.startsWith(QStringLiteral("epoch,layer,figure,value\n1,conv1,gradient_norm,0.80000000000000004\n")));
    EXPECT_NE(text.indexOf(QStringLiteral("\n2,norm2,running_var_max,2.2000000000000002\n")), -1);
    const QString png = dir.filePath(QStringLiteral("health.png"));
    ASSERT_TRUE(panel.exportImage(png, QSize(640, 400), &error)) << error.toStdString();
    EXPECT_TRUE(QImage(png).size() == QSize(640, 400));
}

TEST(ParameterBreakdownTableTest, ShowsTheCoreBreakdown) {
    ParameterBreakdownTable table;
    const ParameterBreakdown breakdown = mnistParameterBreakdown();
    ASSERT_EQ(table.rowCount(), static_cast<int>(breakdown.layers.size()) + 1);
    auto cell = [&table](int row, int column) { return table.item(row, column)->text(); };
    // conv4: 32·16·3·3 = 4608 weights, 32 biases, 4640 of 11,154 = 41.6 %, sees 16 × 16 pixels.
    EXPECT_EQ(cell(7, ParameterBreakdownTable::Layer), QStringLiteral("conv4"));
    EXPECT_EQ(cell(7, ParameterBreakdownTable::Weights), QLocale().toString(4608));
    EXPECT_EQ(cell(7, ParameterBreakdownTable::Biases), QStringLiteral("32"));
    EXPECT_EQ(cell(7, ParameterBreakdownTable::Parameters), QLocale().toString(4640));
    EXPECT_EQ(cell(7, ParameterBreakdownTable::Share), QStringLiteral("%1 %").arg(QLocale().toString(41.6, 'f', 1)));
    EXPECT_EQ(cell(7, ParameterBreakdownTable::ReceptiveField), QStringLiteral("16 × 16 px"));
    EXPECT_EQ(cell(11, ParameterBreakdownTable::ReceptiveField), QStringLiteral("28 × 28 px")); // gap
    EXPECT_EQ(cell(13, ParameterBreakdownTable::Parameters), QLocale().toString(11154));
}

} // namespace
} // namespace bplab::ui

// (MnistTabTest: the tab on real MNIST, see mnist_tab_fixture.h.)
#include "tests/ui/mnist/mnist_tab_fixture.h"

namespace bplab::ui {
namespace {

TEST_F(MnistTabTest, TrainingFillsTheHealthChartWithTheWorkersFigures) {
    QSignalSpy health(tab->controller(), &TrainingController::epochHealth);
    trainToTheEnd();
    ASSERT_EQ(health.count(), 1);
    const auto sent = health.first().at(0).value<EpochHealth>();
    HealthPanel* panel = tab->healthPanel();
    ASSERT_EQ(panel->epochs().size(), 1u);
    EXPECT_EQ(panel->epochs().front().epoch, 1);
    ASSERT_EQ(sent.weights.size(), 6u);
    for (const WeightHealth& w : sent.weights)
        EXPECT_EQ(panel->chart()->seriesPoints(QString::fromStdString(w.layer)),
                  (QList<QPointF>{{1.0, w.updateRatio}}))
            << w.layer;
    // A new run starts with an empty chart.
    trainToTheEnd();
    EXPECT_EQ(panel->epochs().size(), 1u);
}

} // namespace
} // namespace bplab::ui
