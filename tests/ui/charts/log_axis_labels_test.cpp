// A log axis stays readable whatever the values: a diverging loss spans 1e-3 … 1e30 and ends in
// inf/NaN, and the chart must still draw a handful of labelled ticks (never a column of "…").
#include "tests/support/drawn_texts.h"
#include "ui/charts/metric_chart.h"

#include "ui/charts/axis_range.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace bplab::ui {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// The labels drawn left of the plot area: the y axis' tick labels (the title is rotated text above
// them and is left out by its text).
QStringList leftAxisLabels(const MetricChart& chart) {
    QChart* qchart = chart.chartView()->chart();
    const QRectF plot = qchart->plotArea();
    QStringList labels;
    for (const test::DrawnText& drawn : test::drawnTexts(*chart.chartView()->scene())) {
        if (drawn.text.startsWith(QStringLiteral("Loss")) || drawn.box.right() > plot.left()) continue;
        labels << drawn.text;
    }
    return labels;
}

class LogAxisLabelsTest : public ::testing::Test {
protected:
    LogAxisLabelsTest()
        : chart(QStringLiteral("Epoch"), QStringLiteral("Loss (log)"), MetricChart::YScale::Logarithmic) {
        chart.resize(420, 230);
        chart.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&chart));
    }
    // Renders, so Qt Charts lays out the axis as a user would see it.
    QStringList labelsAfterLayout() {
        chart.chartView()->grab();
        QCoreApplication::processEvents();
        return leftAxisLabels(chart);
    }
    MetricChart chart;
};

// A handful of labels, none elided by Qt Charts (it writes "..." for a label that does not fit).
void expectReadable(const QStringList& labels) {
    const std::string all = labels.join(QLatin1Char(' ')).toStdString();
    EXPECT_GE(labels.size(), 2) << all;
    EXPECT_LE(labels.size(), kMaxLogIntervals + 1) << all;
    for (const QString& label : labels) {
        EXPECT_FALSE(label.contains(QStringLiteral("...")) || label.contains(QChar(0x2026))) << all;
    }
}

TEST_F(LogAxisLabelsTest, ALossFrom1eMinus3To1e30WithInfAndNaNKeepsAHandfulOfLabels) {
    QList<QPointF> points;
    for (int k = 0; k <= 33; ++k) points.append(QPointF(k * 0.1, std::pow(10.0, k - 3)));
    points.append(QPointF(3.4, kInfinity));
    points.append(QPointF(3.5, std::nan("")));
    chart.setSeries(QStringLiteral("loss"), points, Qt::blue);
    expectReadable(labelsAfterLayout());
}

TEST_F(LogAxisLabelsTest, PointsStreamedInOneByOneToAHugeLossStayReadable) {
    // A diverging run as the MNIST tab sees it: 2.3, then 1e8, 1e16, … up to 1e304, then NaN.
    chart.setSeries(QStringLiteral("loss"), {{0.0, 2.3}}, Qt::blue);
    labelsAfterLayout();
    for (int k = 1; k <= 38; ++k) {
        chart.appendPoints(QStringLiteral("loss"), {QPointF(k * 0.05, std::pow(10.0, k * 8.0))});
    }
    chart.appendPoints(QStringLiteral("loss"), {QPointF(2.1, std::nan(""))});
    expectReadable(labelsAfterLayout());
}

TEST_F(LogAxisLabelsTest, ShrinkingTheChartThinsTheTicks) {
    chart.resize(700, 700);
    chart.setSeries(QStringLiteral("loss"), {{0.0, 1e-6}, {1.0, 1e2}}, Qt::blue); // 8 decades
    const QStringList tall = labelsAfterLayout();
    expectReadable(tall);
    chart.resize(420, 170);
    const QStringList shortChart = labelsAfterLayout();
    expectReadable(shortChart);
    EXPECT_LT(shortChart.size(), tall.size());
}

} // namespace
} // namespace bplab::ui
