// The accuracy chart's legend sits inside the plot in the corner the curves leave free.
#include "ui/charts/metric_chart.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QLegend>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

class MetricChartLegendTest : public ::testing::Test {
protected:
    MetricChartLegendTest()
        : chart(QStringLiteral("Epoch"), QStringLiteral("Accuracy (%)")) {
        chart.setYBounds(0.0, 100.0);
        chart.setMinimumXRange(0, 3);
        chart.setReferenceLine(99.4, QStringLiteral("goal 99.4 %"), Qt::darkRed);
        chart.placeLegendInsidePlot();
        chart.resize(600, 400);
        chart.show();
        QCoreApplication::processEvents();
    }
    QRectF legendBox() { return chart.chartView()->chart()->legend()->geometry(); }
    QRectF plot() { return chart.chartView()->chart()->plotArea(); }
    MetricChart chart;
};

TEST_F(MetricChartLegendTest, ALongRunLevelledOffAtTheTopLeavesTheLowerRightFree) {
    chart.setSeries(QStringLiteral("run 1"), {{1, 98.0}, {2, 98.9}, {3, 99.2}}, Qt::blue);
    chart.setIncludedYRange(97.0, 100.0);
    QCoreApplication::processEvents();
    EXPECT_GT(legendBox().center().x(), plot().center().x());
    EXPECT_GT(legendBox().center().y(), plot().center().y());
}

TEST_F(MetricChartLegendTest, ACurveThroughTheLowerRightMovesItUpperLeftBelowTheGoal) {
    chart.setSeries(QStringLiteral("run 1"), {{1, 95.0}, {2, 97.0}}, Qt::blue);
    QCoreApplication::processEvents();
    EXPECT_GT(legendBox().center().x(), plot().center().x()) << "nothing in the lower right yet";
    // The next epoch falls to 5 %: the line now runs down through the lower right corner.
    chart.appendPoints(QStringLiteral("run 1"), {{3.0, 5.0}});
    QCoreApplication::processEvents();
    EXPECT_LT(legendBox().center().x(), plot().center().x());
    EXPECT_LT(legendBox().center().y(), plot().center().y());
    const QPointF goal = chart.chartView()->chart()->mapToPosition(QPointF(0.0, 99.4));
    EXPECT_GT(legendBox().top(), goal.y()) << "below the goal line, not over it";
}

// A reference line low in the plot (what guessing scores among three classes): the legend in the
// lower right sits above it, not over it.
TEST_F(MetricChartLegendTest, ALevelAlongTheBottomKeepsTheLegendAboveIt) {
    chart.setReferenceLine(33.3, QStringLiteral("guessing 33.3 %"), Qt::gray);
    chart.setSeries(QStringLiteral("run 1"), {{1, 90.0}, {2, 96.0}, {3, 98.0}}, Qt::blue);
    chart.setIncludedYRange(33.3, 100.0);
    QCoreApplication::processEvents();
    const QPointF level = chart.chartView()->chart()->mapToPosition(QPointF(0.0, 33.3));
    ASSERT_GT(level.y(), plot().center().y()) << "the line lies in the lower half";
    EXPECT_GT(legendBox().center().x(), plot().center().x()) << "the lower right is free";
    EXPECT_LT(legendBox().bottom(), level.y()) << "above the line, not over it";
}

TEST_F(MetricChartLegendTest, TheLegendLeavesTheDivergenceMarkerInSight) {
    chart.setSeries(QStringLiteral("run 1"), {{1, 98.0}, {2, 98.9}, {3, 99.2}}, Qt::blue);
    chart.setIncludedYRange(0.0, 100.0);
    // A marker low in the lower right corner, where the legend would otherwise go.
    chart.setMarker(QPointF(2.9, 3.0), QStringLiteral("diverged"), Qt::red);
    QCoreApplication::processEvents();
    const QPointF marker = chart.chartView()->chart()->mapToPosition(QPointF(2.9, 3.0));
    EXPECT_FALSE(legendBox().contains(marker)) << "legend at " << legendBox().x() << "," << legendBox().y();
}

} // namespace
} // namespace bplab::ui
