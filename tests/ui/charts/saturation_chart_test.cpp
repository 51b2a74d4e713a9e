// The saturation chart on its own: a run that explodes ends at its last finite point, a gradient of
// exactly 0 stays on a log axis, and the read-out names every series at the hovered iteration.
#include "ui/charts/saturation_chart.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace bplab::ui {
namespace {

SaturationChart::Curves explodingRun() {
    const double inf = std::numeric_limits<double>::infinity();
    SaturationChart::Curves curves;
    curves.slopeName = QStringLiteral("id′");
    curves.neurons = {QStringLiteral("h1"), QStringLiteral("h2")};
    curves.slopes = {{{0, 1}, {1, 1}, {2, 1}}, {{0, 1}, {1, 1}, {2, 1}}};
    curves.gradientNorm = {{0, 0.0}, {1, 40.0}, {2, inf}};
    curves.loss = {{0, 0.5}, {1, 3e5}, {2, std::nan("")}};
    return curves;
}

QLineSeries* seriesNamed(const SaturationChart& chart, const QString& name) {
    for (QAbstractSeries* series : chart.chartView()->chart()->series())
        if (series->name() == name) return qobject_cast<QLineSeries*>(series);
    return nullptr;
}

TEST(SaturationChart, NonFiniteValuesNeverReachASeries) {
    SaturationChart chart;
    chart.setCurves(explodingRun());
    ASSERT_TRUE(seriesNamed(chart, QStringLiteral("id′(h1)")));
    EXPECT_EQ(seriesNamed(chart, QStringLiteral("id′(h1)"))->count(), 3);
    EXPECT_EQ(seriesNamed(chart, QStringLiteral("‖∂E/∂θ‖"))->count(), 2);
    EXPECT_EQ(seriesNamed(chart, QStringLiteral("E_total"))->count(), 2);
}

TEST(SaturationChart, AZeroGradientStaysOnTheLogAxis) {
    SaturationChart chart;
    chart.setCurves(explodingRun());
    chart.setLogScale(true);
    QLineSeries* norm = seriesNamed(chart, QStringLiteral("‖∂E/∂θ‖"));
    ASSERT_EQ(norm->count(), 2);
    EXPECT_GT(norm->at(0).y(), 0.0); // raised to the floor, not dropped
    chart.setLogScale(false);
    EXPECT_EQ(norm->at(0).y(), 0.0);
}

TEST(SaturationChart, ReadsOutEverySeriesAtAnIteration) {
    SaturationChart chart;
    EXPECT_TRUE(chart.readout().startsWith(QStringLiteral("Nothing to show yet")));
    chart.setCurves(explodingRun());
    chart.showReadoutAt(0.8);
    EXPECT_EQ(chart.readout(), QStringLiteral("Iteration 1 — id′ h1 1, h2 1 · ‖∂E/∂θ‖ 40 · E_total 3e+05"));
    chart.showReadoutAt(50); // past the end: the last iteration
    EXPECT_TRUE(chart.readout().startsWith(QStringLiteral("Iteration 2 —")));
}

// An own network's layers may each have their own f: without one slope name, each neuron's name is the
// series' whole name, and the read-out gives it once.
TEST(SaturationChart, WithoutASlopeNameEachCurveNamesItsOwnF) {
    SaturationChart::Curves curves = explodingRun();
    curves.slopeName.clear();
    curves.neurons = {QStringLiteral("tanh′(z¹₁)"), QStringLiteral("σ′(z²₁)")};
    SaturationChart chart;
    chart.setCurves(curves);
    EXPECT_TRUE(seriesNamed(chart, QStringLiteral("tanh′(z¹₁)")));
    EXPECT_TRUE(seriesNamed(chart, QStringLiteral("σ′(z²₁)")));
    chart.showReadoutAt(1);
    EXPECT_EQ(chart.readout(),
              QStringLiteral("Iteration 1 — tanh′(z¹₁) 1, σ′(z²₁) 1 · ‖∂E/∂θ‖ 40 · E_total 3e+05"));
}

} // namespace
} // namespace bplab::ui
