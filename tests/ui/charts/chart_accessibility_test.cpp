// A chart tells a screen reader what it shows, in words and numbers, and keeps it current: its name,
// its title, the sentence of a diverged run, and each curve's last point.
#include "ui/charts/loss_chart.h"

#include <QChartView>

#include <limits>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

TEST(ChartAccessibility, TheDescriptionSaysTheTitleAndEachCurvesLastPoint) {
    LossChart chart;
    chart.setChartName(QStringLiteral("Loss chart"));
    chart.resize(400, 300);
    chart.setCaption(QStringLiteral("sigmoid network, η = 0.5"));
    chart.setCurves(
        {LossChart::Curve{QStringLiteral("η = 0.5"), {0.25, 0.125, 0.0625}, std::nullopt, false}});
    chart.chartView()->grab(); // a paint brings the description up to date
    EXPECT_EQ(chart.chartView()->accessibleName(), QStringLiteral("Loss chart"));
    const QString description = chart.chartView()->accessibleDescription();
    EXPECT_TRUE(description.startsWith(QStringLiteral("sigmoid network, η = 0.5")))
        << description.toStdString();
    // Iterations 0, 1, 2: the last point is (2, 0.0625).
    EXPECT_TRUE(description.contains(QStringLiteral("last point 2, 0.0625"))) << description.toStdString();

    // A run that diverges: the sentence joins the description, and the curve ends where it did.
    chart.setCurves({LossChart::Curve{
        QStringLiteral("η = 20"), {0.25, 3.0, 1e100, std::numeric_limits<double>::infinity()}, 3, false}});
    chart.chartView()->grab();
    const QString diverged = chart.chartView()->accessibleDescription();
    EXPECT_TRUE(diverged.contains(QStringLiteral("Diverged at iteration 3"))) << diverged.toStdString();
    EXPECT_TRUE(diverged.contains(QStringLiteral("last point 2, 1e+100"))) << diverged.toStdString();
}

TEST(ChartAccessibility, AnEmptyChartSaysSo) {
    LossChart chart;
    chart.resize(400, 300);
    chart.setCurves({});
    chart.chartView()->grab();
    EXPECT_TRUE(chart.chartView()->accessibleDescription().contains(QStringLiteral("No values yet")))
        << chart.chartView()->accessibleDescription().toStdString();
}

} // namespace
} // namespace bplab::ui
