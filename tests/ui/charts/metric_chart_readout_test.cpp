// The MNIST tab's charts read out the values under the mouse, as the sheet's loss chart does.
#include "ui/charts/metric_chart.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QTest>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

class MetricChartReadoutTest : public ::testing::Test {
protected:
    MetricChartReadoutTest()
        : chart(QStringLiteral("Epoch"), QStringLiteral("Loss")) {
        chart.setMinimumXRange(0, 4);
        chart.setSeries(QStringLiteral("training loss"), {{0.5, 0.9}, {1.0, 0.3}, {1.5, 0.12}, {2.0, 0.08}},
                        Qt::blue);
        chart.setSeries(QStringLiteral("test loss"), {{1, 0.2}, {2, 0.07}}, Qt::red, true, true);
        chart.setReferenceLine(0.05, QStringLiteral("goal"), Qt::darkRed); // not a value to read out
        chart.resize(600, 400);
    }
    MetricChart chart;
};

TEST_F(MetricChartReadoutTest, SaysHowToReadBeforeTheMouseComes) {
    EXPECT_EQ(chart.readout(), QStringLiteral("Hover over the chart to read the values."));
}

TEST_F(MetricChartReadoutTest, ShowsEachSeriesNearestPoint) {
    chart.showReadoutAt(1.4); // training loss: 1.5 is nearest; test loss: 1
    EXPECT_EQ(chart.readout(), QStringLiteral("Epoch 1.4 — training loss: 0.12; test loss: 0.2"));
    chart.showReadoutAt(9.0); // past the data: the last points
    EXPECT_EQ(chart.readout(), QStringLiteral("Epoch 9.0 — training loss: 0.08; test loss: 0.07"));
}

TEST_F(MetricChartReadoutTest, ASeriesInTheBackgroundIsFaintAndLeavesTheLegendAndTheReadout) {
    chart.show(); // the legend lays its markers out once shown
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    chart.pushToBackground(QStringLiteral("training loss")); // an earlier run behind the current one
    const QLineSeries* training = chart.series(QStringLiteral("training loss"));
    EXPECT_EQ(training->pen().color().rgb(), QColor(Qt::blue).rgb()) << "its own hue";
    EXPECT_LT(training->pen().color().alphaF(), 0.5);
    EXPECT_LT(training->pen().widthF(), 2.0);
    QLegend* legend = chart.chartView()->chart()->legend();
    EXPECT_FALSE(legend->markers(chart.series(QStringLiteral("training loss"))).first()->isVisible());
    EXPECT_TRUE(legend->markers(chart.series(QStringLiteral("test loss"))).first()->isVisible());
    chart.showReadoutAt(1.4);
    EXPECT_EQ(chart.readout(), QStringLiteral("Epoch 1.4 — test loss: 0.2"));
    chart.setSeries(QStringLiteral("training loss"), training->points(), Qt::blue); // back to the front
    chart.showReadoutAt(1.4);
    EXPECT_EQ(chart.readout(), QStringLiteral("Epoch 1.4 — training loss: 0.12; test loss: 0.2"));
    EXPECT_EQ(chart.series(QStringLiteral("training loss"))->pen().color().alphaF(), 1.0);
}

TEST_F(MetricChartReadoutTest, HoveringThePlotAreaReadsOutThere) {
    chart.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    QChart* qchart = chart.chartView()->chart();
    QLineSeries* test = chart.series(QStringLiteral("test loss"));
    const QPointF scene = qchart->mapToScene(qchart->mapToPosition(QPointF(2.0, 0.07), test));
    const QPoint onViewport = chart.chartView()->mapFromScene(scene);
    QMouseEvent move(QEvent::MouseMove, onViewport, chart.chartView()->viewport()->mapToGlobal(onViewport),
                     Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(chart.chartView()->viewport(), &move);
    EXPECT_TRUE(
        chart.readout().startsWith(QStringLiteral("Epoch 2.0 — training loss: 0.08; test loss: 0.07")))
        << chart.readout().toStdString();
}

} // namespace
} // namespace bplab::ui
