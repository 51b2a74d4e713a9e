// The run overlay in the MNIST tab at 1280×760: four optimizers' runs named in an uncut accuracy
// legend, and every run's loss on the loss chart in its accuracy colour, the current one on top.
// The runs are fed to the tab's RunCharts directly (no training): what is checked is the drawing.
#include "core/mnist/train_recipe.h"
#include "tests/ui/mnist/mnist_tab_fixture.h"
#include "ui/charts/series_colors.h"
#include "ui/mnist/training/run_charts.h"

#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>

namespace bplab::ui {
namespace {

// Every text item the item and its children draw (a legend marker draws its label as one).
void collectTexts(const QGraphicsItem* item, QList<const QGraphicsTextItem*>& texts) {
    for (const QGraphicsItem* child : item->childItems()) {
        if (!child->isVisible()) continue;
        if (const auto* text = dynamic_cast<const QGraphicsTextItem*>(child)) texts << text;
        collectTexts(child, texts);
    }
}

TrainConfig recipeOf(const char* optimizer) {
    TrainConfig config;
    config.optimizer = optimizer;
    config.learningRate = suggestedLearningRate(optimizer);
    return config;
}

class RunOverlayTest : public MnistTabTest {
protected:
    void SetUp() override {
        MnistTabTest::SetUp();
        charts = tab->findChild<RunCharts*>();
        ASSERT_NE(charts, nullptr);
    }
    // A finished two-epoch run of `optimizer`: epoch 1 at 97.25 % after 3.0 s, epoch 2 at
    // `accuracy` % after 8.7 s more (11.7 s in all, shown as "12 s").
    void addRun(const char* optimizer, double accuracy) {
        const TrainConfig config = recipeOf(optimizer);
        charts->beginRun(QStringLiteral("%1, recipe in full").arg(optimizer), RunCharts::shortLabel(config));
        charts->setEpochRange(2);
        const double start = 2.3 - 0.1 * charts->runNumber(); // each run's own loss curve
        charts->appendTrainingLoss({{0.5, start}, {1.0, start / 4}, {1.5, start / 8}, {2.0, start / 16}});
        charts->appendLearningRate({{0.0, config.learningRate}, {2.0, config.learningRate}});
        EpochResult first, second;
        first.epoch = 1;
        first.testAccuracy = 97.25;
        first.testLoss = 0.09;
        first.seconds = 3.0;
        second.epoch = 2;
        second.testAccuracy = accuracy;
        second.testLoss = 0.05;
        second.seconds = 8.7;
        charts->appendEpochs({first, second});
        QCoreApplication::processEvents();
    }
    QLegend* legendOf(MetricChart* chart) const { return chart->chartView()->chart()->legend(); }

    RunCharts* charts = nullptr;
};

TEST_F(RunOverlayTest, FourOptimizersAreNamedInTheAccuracyLegendAndNoEntryIsCut) {
    addRun("sgd", 98.14);
    addRun("nesterov", 98.31);
    addRun("adam", 97.62);
    addRun("adamw", 97.88);
    tab->resize(1280, 760); // the window at 1280×800, less its menu and status bars
    QCoreApplication::processEvents();

    const QStringList expected = {QStringLiteral("#1 SGD + momentum η 0.1 · 98.1 % · 12 s"),
                                  QStringLiteral("#2 SGD + Nesterov η 0.1 · 98.3 % · 12 s"),
                                  QStringLiteral("#3 Adam η %1 · 97.6 % · 12 s").arg(kAdamLearningRate),
                                  QStringLiteral("#4 AdamW η %1 · 97.9 % · 12 s").arg(kAdamLearningRate)};
    MetricChart* accuracy = tab->accuracyChart();
    QStringList legend;
    for (const QString& name : accuracy->seriesNames()) legend << accuracy->legendText(name);
    EXPECT_EQ(legend, expected);

    // What the legend draws: each label whole (Qt Charts cuts a label that does not fit to "…"), and
    // the legend as wide as its widest label.
    QLegend* shown = legendOf(accuracy);
    ASSERT_TRUE(shown->isVisible());
    QList<const QGraphicsTextItem*> items;
    collectTexts(shown, items);
    QStringList drawn;
    QList<double> lefts;
    for (const QGraphicsTextItem* item : items) {
        drawn << item->toPlainText();
        lefts << item->sceneBoundingRect().left();
        // Whole inside the legend's box, not clipped by it (a box too small wraps entries side by side).
        EXPECT_TRUE(shown->sceneBoundingRect().adjusted(-1, -1, 1, 1).contains(item->sceneBoundingRect()))
            << item->toPlainText().toStdString() << " at y " << item->sceneBoundingRect().top() << " in a legend "
            << shown->sceneBoundingRect().height() << " px high, plot " << accuracy->chartView()->chart()->plotArea().height();
    }
    // One entry a row: every label starts at the same x.
    for (const double left : lefts) EXPECT_NEAR(left, lefts.first(), 1.0);
    for (const QString& label : expected) EXPECT_TRUE(drawn.contains(label)) << label.toStdString();
    for (const QString& text : drawn) {
        EXPECT_FALSE(text.contains(QStringLiteral("...")) || text.contains(QChar(0x2026))) << text.toStdString();
    }
    const QFontMetricsF metrics(shown->font());
    for (const QString& label : expected)
        EXPECT_LT(metrics.horizontalAdvance(label), shown->geometry().width()) << label.toStdString();
    EXPECT_TRUE(drawn.contains(QStringLiteral("goal 99.4 %"))) << "the goal line stays";
    // The plot keeps most of the chart's width.
    EXPECT_GT(accuracy->chartView()->chart()->plotArea().width(), 0.45 * accuracy->chartView()->width());
}

TEST_F(RunOverlayTest, TheLossChartOverlaysEveryRunInItsAccuracyColourTheCurrentOneOnTop) {
    addRun("sgd", 98.1);
    addRun("adam", 97.6);
    addRun("adamw", 97.9);
    MetricChart* loss = tab->lossChart();
    MetricChart* accuracy = tab->accuracyChart();
    const QStringList runs = accuracy->seriesNames();
    ASSERT_EQ(runs.size(), 3);
    for (int run = 1; run <= 3; ++run) {
        QLineSeries* training = loss->series(RunCharts::trainingLossName(run));
        QLineSeries* test = loss->series(RunCharts::testLossName(run));
        ASSERT_TRUE(training && test) << run;
        // Each run's own curve: 2.3 − 0.1·run at x = 0.5, a quarter of it at x = 1.
        EXPECT_EQ(training->count(), 4) << run;
        EXPECT_DOUBLE_EQ(training->at(0).y(), 2.3 - 0.1 * run);
        EXPECT_DOUBLE_EQ(test->at(1).y(), 0.05);
        const QColor runColour = accuracy->series(runs[run - 1])->pen().color();
        EXPECT_EQ(training->pen().color().rgb(), runColour.rgb()) << "run " << run << ": one hue on both charts";
        EXPECT_EQ(test->pen().color().rgb(), runColour.rgb()) << run;
        const bool current = run == 3;
        EXPECT_EQ(training->pen().widthF() > 1.5, current) << run << ": only the current run is bold";
        EXPECT_EQ(training->pen().color().alphaF() == 1.0, current) << run << ": earlier runs faint";
        for (QLegendMarker* marker : legendOf(loss)->markers(training))
            EXPECT_EQ(marker->isVisible(), current) << run << ": the legend names the current run";
    }
    // The current run is drawn last, i.e. on top.
    const QStringList order = loss->seriesNames();
    EXPECT_EQ(order.mid(order.size() - 2),
              (QStringList{RunCharts::trainingLossName(3), RunCharts::testLossName(3)}));
    // Run colours never take the rate line's.
    for (int run = 1; run <= 12; ++run) EXPECT_NE(RunCharts::runColor(run), seriesColor(2)) << run;

    // The rate's step line is the current run's alone: Adam's, not SGD's 0.1 before it.
    const QList<QPointF> rate = loss->secondaryPoints();
    ASSERT_EQ(rate.size(), 2);
    EXPECT_DOUBLE_EQ(rate[0].y(), kAdamLearningRate);
    // A divergence marks the current run's last training loss (2.0 / 16 at x = 2).
    Divergence divergence;
    divergence.epoch = 2;
    divergence.batch = 47;
    divergence.batches = 47;
    divergence.learningRate = kAdamLearningRate;
    charts->markDivergence(divergence);
    EXPECT_EQ(loss->markerPoint(), QPointF(2.0, 2.0 / 16));
}

TEST_F(RunOverlayTest, TheOldestRunLeavesBothChartsAfterFive) {
    for (const char* optimizer : {"sgd", "nesterov", "adam", "adamw", "sgd", "adam"}) addRun(optimizer, 98.0);
    EXPECT_EQ(tab->accuracyChart()->seriesNames().size(), RunCharts::kMaxRunsShown);
    EXPECT_FALSE(tab->accuracyChart()->seriesNames().first().startsWith(QStringLiteral("run 1:")));
    EXPECT_EQ(tab->lossChart()->series(RunCharts::trainingLossName(1)), nullptr);
    EXPECT_EQ(tab->lossChart()->series(RunCharts::testLossName(1)), nullptr);
    EXPECT_NE(tab->lossChart()->series(RunCharts::trainingLossName(2)), nullptr);
    EXPECT_EQ(tab->lossChart()->seriesNames().size(), 2 * RunCharts::kMaxRunsShown);
}

} // namespace
} // namespace bplab::ui
