// A MetricChart set up as the MNIST tab's loss chart, in the pane a 1366 px window leaves it (about
// 400 × 300): every legend entry whole, the learning rate's own axis with several labelled ticks,
// and the legend's box in the palette's colours, dark ones included.
#include "tests/support/drawn_texts.h"
#include "ui/charts/metric_chart.h"

#include "tests/support/scoped_application_palette.h"
#include "ui/common/app_theme.h"
#include "ui/common/palette_colors.h"

#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

namespace bplab::ui {
namespace {

using test::DrawnText;

// Every visible text the scene draws, with its place.
QList<DrawnText> drawnTexts(const MetricChart& chart) {
    return test::drawnTexts(*chart.chartView()->scene());
}

bool elided(const QString& text) {
    return text.contains(QStringLiteral("...")) || text.contains(QChar(0x2026));
}

class NarrowLossChartTest : public ::testing::Test {
protected:
    NarrowLossChartTest()
        : chart(QStringLiteral("Epoch"), QStringLiteral("Loss (NLL, log scale)"),
                MetricChart::YScale::Logarithmic) {
        chart.setTitle(QStringLiteral("Training loss"));
        chart.setIncludedYRange(0.01, 1.0);
        chart.setMinimumXRange(0, 2);
        chart.placeLegendInsidePlot();
        chart.setSecondarySeries(QStringLiteral("peak learning rate"),
                                 QStringLiteral("Peak learning rate (log)"), Qt::darkGreen);
        chart.resize(400, 300);
        chart.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&chart));
    }
    // A run's falling loss, as the tab names it in the legend.
    void addRun() {
        chart.setSeries(QStringLiteral("run 2 training loss (smoothed)"),
                        {{0.1, 2.0}, {0.5, 0.5}, {1.0, 0.2}}, Qt::blue);
        chart.setLegendText(QStringLiteral("run 2 training loss (smoothed)"),
                            QStringLiteral("#2 training loss"));
        chart.setSeries(QStringLiteral("run 2 test loss"), {{1.0, 0.25}}, Qt::blue, true, true);
        chart.setLegendText(QStringLiteral("run 2 test loss"), QStringLiteral("#2 test loss"));
    }
    // Renders, so Qt Charts lays out the legend and the axes as a user would see them.
    QList<DrawnText> textsAfterLayout() {
        chart.chartView()->grab();
        QCoreApplication::processEvents();
        return drawnTexts(chart);
    }
    // The tick labels right of the plot: the rate axis' (its title is no number).
    QStringList rateAxisLabels() {
        const QList<DrawnText> texts = textsAfterLayout();
        const double plotRight = chart.chartView()->chart()->plotArea().right();
        QStringList labels;
        for (const DrawnText& drawn : texts) {
            bool number = false;
            drawn.text.toDouble(&number);
            if (number && drawn.box.left() >= plotRight) labels << drawn.text;
        }
        return labels;
    }
    QLegend* legend() const { return chart.chartView()->chart()->legend(); }

    MetricChart chart;
};

TEST_F(NarrowLossChartTest, EveryLegendEntryIsDrawnWholeEvenOneWiderThanThePlot) {
    addRun();
    chart.appendSecondaryPoints({{0.0, 0.1}, {2.0, 0.1}});
    // Wider than the plot (about 260 px of 400): it must wrap, not end in "…".
    const QString longest = QStringLiteral(
        "diverged at epoch 1, batch 12 (η = 3.43642, the one-cycle schedule's rate at that batch)");
    chart.setMarker(QPointF(1.0, 0.2), longest, Qt::red);
    const QList<DrawnText> texts = textsAfterLayout();
    const QRectF box = legend()->sceneBoundingRect().adjusted(-1, -1, 1, 1);

    const QStringList entries = {QStringLiteral("#2 training loss"), QStringLiteral("#2 test loss"),
                                 QStringLiteral("peak learning rate"), longest};
    for (const QString& entry : entries) {
        const auto drawn =
            std::find_if(texts.begin(), texts.end(), [&](const DrawnText& t) { return t.text == entry; });
        ASSERT_NE(drawn, texts.end()) << "not drawn whole: " << entry.toStdString();
        EXPECT_TRUE(box.contains(drawn->box)) << entry.toStdString() << " runs out of the legend's box";
    }
    for (const DrawnText& drawn : texts) EXPECT_FALSE(elided(drawn.text)) << drawn.text.toStdString();
    // The long entry took more than one line, each no wider than the plot.
    const QFontMetricsF metrics(legend()->font());
    EXPECT_GT(metrics.horizontalAdvance(longest), chart.chartView()->chart()->plotArea().width());
    EXPECT_LE(legend()->geometry().width(), chart.chartView()->chart()->plotArea().width());
}

TEST_F(NarrowLossChartTest, AOneCycleRateLineGetsSeveralLabelledTicks) {
    addRun();
    // The one-cycle schedule under the peak 0.1 warms up from 0.1 / 25 = 0.004 to 0.1: the axis spans
    // 10^-3 … 10^0 (a decade above the peak, which would otherwise run along the top edge).
    QList<QPointF> rates;
    for (int i = 0; i <= 20; ++i) rates.append(QPointF(0.1 * i, 0.004 + (0.1 - 0.004) * i / 20.0));
    chart.appendSecondaryPoints(rates);
    const QStringList labels = rateAxisLabels();
    EXPECT_GE(labels.size(), 3) << labels.join(QLatin1Char(' ')).toStdString();
    for (const char* tick : {"0.001", "0.01", "0.1"})
        EXPECT_TRUE(labels.contains(QLatin1String(tick)))
            << tick << " in " << labels.join(QLatin1Char(' ')).toStdString();
}

TEST_F(NarrowLossChartTest, AConstantRateLiesBetweenTwoLabelledTicksNotOnTheEdge) {
    addRun();
    // 0.1 from start to end: 10^-2 … 10^0, the line on the middle tick, each tick labelled (Qt Charts
    // used to show only "1": the line sat on the bottom edge, whose label it dropped).
    chart.appendSecondaryPoints({{0.0, 0.1}, {2.0, 0.1}});
    const QStringList labels = rateAxisLabels();
    EXPECT_EQ(labels.size(), 3) << labels.join(QLatin1Char(' ')).toStdString();
    for (const char* tick : {"0.01", "0.1", "1"})
        EXPECT_TRUE(labels.contains(QLatin1String(tick)))
            << tick << " in " << labels.join(QLatin1Char(' ')).toStdString();
}

// The legend box's fill, border and text follow the palette: a light box under a light one, a dark
// box with light text under a dark one, and back when the desktop switches again.
TEST(MetricChartPalette, TheLegendBoxTakesThePalettesColoursAndFollowsAChange) {
    MetricChart chart(QStringLiteral("Epoch"), QStringLiteral("Accuracy (%)"));
    chart.placeLegendInsidePlot();
    chart.setSeries(QStringLiteral("run 1"), {{1, 98.0}}, Qt::blue);
    chart.setReferenceLine(99.4, QStringLiteral("goal 99.4 %"), Qt::darkRed);
    chart.resize(400, 300);
    chart.show();
    auto expectPaletteColours = [&chart](const QPalette& palette, const char* which) {
        QLegend* legend = chart.chartView()->chart()->legend();
        QColor fill = palette.color(QPalette::Base);
        fill.setAlpha(215);
        EXPECT_EQ(legend->brush().color(), fill) << which;
        EXPECT_EQ(legend->pen().color(), palette.color(QPalette::Mid)) << which;
        EXPECT_EQ(legend->labelColor(), palette.color(QPalette::Text)) << which;
        // The box over the card (the palette's base): the text reads at WCAG's 4.5 : 1 or better.
        EXPECT_GE(contrastRatio(legend->labelColor(), palette.color(QPalette::Base)), kReadableContrast)
            << which;
    };
    expectPaletteColours(chart.palette(), "light");
    {
        const testing::ScopedApplicationPalette dark(darkPalette());
        QCoreApplication::processEvents();
        ASSERT_TRUE(isDarkPalette(chart.palette()));
        expectPaletteColours(darkPalette(), "dark");
    }
    QCoreApplication::processEvents();
    EXPECT_FALSE(isDarkPalette(chart.palette()));
    expectPaletteColours(chart.palette(), "light again");
}

} // namespace
} // namespace bplab::ui
