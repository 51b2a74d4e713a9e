// RunCharts on its own, fed by hand (no training): a run whose rate moved says so in its legend entry,
// and the loss chart's legend keeps every entry whole in a pane as narrow as a 1366 px window leaves.
#include "ui/mnist/training/run_charts.h"

#include "ui/charts/metric_chart.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QTest>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

EpochResult epochAt(int epoch, double accuracy, double seconds) {
    EpochResult result;
    result.epoch = epoch;
    result.testAccuracy = accuracy;
    result.testLoss = 0.3;
    result.seconds = seconds;
    return result;
}

QString accuracyLegend(const RunCharts& charts) {
    return charts.accuracyChart()->legendText(charts.runName());
}

TEST(RunChartsRate, ARunWhoseRateMovedSaysFromWhatToWhat) {
    RunCharts charts;
    const TrainConfig config; // SGD + momentum at 0.1
    charts.beginRun(QStringLiteral("SGD + momentum, lr 0.1"), RunCharts::shortLabel(config));
    // The worker sends the peak rate per batch: 0.1 while the slider rests…
    charts.appendLearningRate({{0.0, 0.1}, {0.3, 0.1}});
    EXPECT_EQ(accuracyLegend(charts), QStringLiteral("#1 SGD + momentum η 0.1"));
    // …then a vertical step to 10 where the user dragged it.
    charts.appendLearningRate({{0.3, 10.0}, {0.5, 10.0}});
    EXPECT_EQ(accuracyLegend(charts), QStringLiteral("#1 SGD + momentum η 0.1→10"));
    charts.appendEpochs({epochAt(1, 91.04, 3.0)});
    EXPECT_EQ(accuracyLegend(charts), QStringLiteral("#1 SGD + momentum η 0.1→10 · 91.0 % · 3.0 s"));

    // The next run starts at its own rate, unmoved.
    charts.beginRun(QStringLiteral("SGD + momentum, lr 0.1"), RunCharts::shortLabel(config));
    charts.appendLearningRate({{0.0, 0.1}, {1.0, 0.1}});
    EXPECT_EQ(accuracyLegend(charts), QStringLiteral("#2 SGD + momentum η 0.1"));

    // A loaded model's label has no rate: the move is added after it.
    charts.beginRun(QStringLiteral("model.pt (loaded)"));
    charts.appendLearningRate({{1.0, 0.05}, {1.2, 0.05}, {1.2, 0.5}});
    EXPECT_EQ(accuracyLegend(charts), QStringLiteral("#3 model.pt (loaded), η 0.05→0.5"));
}

// Every text item under `item` (a legend marker draws its label as one), lines joined by spaces.
void collectTextStrings(const QGraphicsItem* item, QStringList& texts) {
    for (const QGraphicsItem* child : item->childItems()) {
        if (!child->isVisible()) continue;
        if (const auto* text = dynamic_cast<const QGraphicsTextItem*>(child)) {
            QString plain = text->toPlainText();
            plain.replace(QChar(QChar::LineSeparator), QLatin1Char(' '));
            texts << plain;
        }
        collectTextStrings(child, texts);
    }
}

TEST(RunChartsNarrow, TheLossLegendKeepsEveryEntryWholeAt400Pixels) {
    RunCharts charts;
    charts.resize(1000, 300);
    charts.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&charts));
    MetricChart* loss = charts.lossChart();
    // The splitter gives the loss pane 2 / 5 of the width, less the rate slider: widen or narrow the
    // whole until the loss chart itself is about 400 px wide.
    for (int attempt = 0; attempt < 3 && std::abs(loss->width() - 400) > 4; ++attempt) {
        charts.resize(charts.width() + (400 - loss->width()) * 5 / 2, 300);
        QCoreApplication::processEvents();
    }
    ASSERT_NEAR(loss->width(), 400, 8);

    const TrainConfig config;
    charts.beginRun(QStringLiteral("SGD + momentum, lr 0.1"), RunCharts::shortLabel(config));
    charts.setEpochRange(2);
    charts.appendTrainingLoss({{0.1, 2.2}, {0.4, 0.9}, {0.6, 0.4}});
    charts.appendLearningRate({{0.0, 0.1}, {0.5, 0.1}, {0.5, 10.0}, {0.6, 10.0}});
    Divergence divergence;
    divergence.epoch = 1;
    divergence.batch = 20;
    divergence.batches = 32;
    divergence.learningRate = 3.43642;
    charts.markDivergence(divergence, DivergenceRate{true, 10.0, true});
    loss->chartView()->grab();
    QCoreApplication::processEvents();

    QLegend* legend = loss->chartView()->chart()->legend();
    ASSERT_TRUE(legend->isVisible());
    EXPECT_TRUE(loss->chartView()->chart()->plotArea().adjusted(-1, -1, 1, 1).contains(legend->geometry()))
        << "inside the plot, not below it where Qt Charts cuts every entry to share one row";
    QStringList drawn;
    collectTextStrings(legend, drawn);
    for (const QString& entry :
         {QStringLiteral("#1 training loss"), QStringLiteral("#1 test loss"),
          QStringLiteral("peak learning rate"), QStringLiteral("diverged, η = 3.43642")})
        EXPECT_TRUE(drawn.contains(entry)) << entry.toStdString() << " not drawn whole in "
                                           << drawn.join(QStringLiteral(" | ")).toStdString();
    for (const QString& text : drawn)
        EXPECT_FALSE(text.contains(QStringLiteral("...")) || text.contains(QChar(0x2026)))
            << text.toStdString();
    // The title says where it diverged and what set η.
    EXPECT_TRUE(loss->alert().contains(QStringLiteral("scaled to the peak 10 you set live")))
        << loss->alert().toStdString();
}

} // namespace
} // namespace bplab::ui
