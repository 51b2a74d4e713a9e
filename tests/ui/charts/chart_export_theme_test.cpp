// A chart shown in the dark theme exports in the light look (UX: "exported pictures keep a light look"),
// card, axes and the legend box inside the plot included, and is dark on screen again afterwards;
// asked for the window's colours (the export dialog's box), it exports dark.
#include "ui/charts/chart_export.h"
#include "ui/charts/metric_chart.h"

#include "tests/support/contrast_measure.h"
#include "ui/common/app_theme.h"
#include "ui/common/palette_colors.h"
#include "ui/common/picture_look.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QTest>

#include <gtest/gtest.h>

#include <cstdlib>

namespace bplab::ui {
namespace {

// The top-left corner of the first `side` × `side` square of pixels all within 8 of `color`.
QPoint filledSquare(const QImage& image, const QColor& color, int side) {
    auto near = [&](int x, int y) {
        const QColor c = image.pixelColor(x, y);
        return std::abs(c.red() - color.red()) <= 8 && std::abs(c.green() - color.green()) <= 8 &&
               std::abs(c.blue() - color.blue()) <= 8;
    };
    for (int y = 0; y + side < image.height(); ++y)
        for (int x = 0; x + side < image.width(); ++x) {
            bool all = true;
            for (int dy = 0; dy < side && all; ++dy)
                for (int dx = 0; dx < side && all; ++dx) all = near(x + dx, y + dy);
            if (all) return {x, y};
        }
    return {};
}

TEST(ChartExportTheme, ADarkChartExportsLightAndStaysDarkOnScreen) {
    MetricChart chart(QStringLiteral("Epoch"), QStringLiteral("Loss (log)"),
                      MetricChart::YScale::Logarithmic);
    chart.placeLegendInsidePlot();
    chart.setSeries(QStringLiteral("training loss"), {{0.0, 2.0}, {1.0, 0.5}, {2.0, 0.1}},
                    QColor(0x00, 0x72, 0xb2));
    // (A legend shows from two series on.)
    chart.setSeries(QStringLiteral("test loss"), {{1.0, 0.6}, {2.0, 0.2}}, QColor(0xe6, 0x9f, 0x00));
    chart.setPalette(darkPalette());
    chart.resize(500, 350);
    chart.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    QChart* qchart = chart.chartView()->chart();
    ASSERT_EQ(qchart->backgroundBrush().color(), darkPalette().color(QPalette::Base)) << "dark on screen";

    // Another size than on screen: the chart is laid out again while it renders.
    const QImage picture = renderChart(chart.chartView(), QSize(900, 600));
    const QColor card = test::measureContrast(picture, QRect(2, 2, 40, 40)).background;
    EXPECT_GT(relativeLuminance(card), 0.8) << card.name().toStdString();
    // The legend box inside the plot: found by its marker, a filled square in the series' colour (the
    // curve is a 2 px line), with the box's fill just left of it.
    const QPoint marker = filledSquare(picture, QColor(0x00, 0x72, 0xb2), 4);
    ASSERT_FALSE(marker.isNull()) << "no legend marker in the picture";
    const QColor fill = picture.pixelColor(marker - QPoint(6, -2)); // left of the marker's border
    EXPECT_GT(relativeLuminance(fill), 0.8) << "the legend box: " << fill.name().toStdString();

    EXPECT_EQ(qchart->backgroundBrush().color(), darkPalette().color(QPalette::Base))
        << "dark again on screen";
    EXPECT_EQ(qchart->legend()->brush().color().rgb(), darkPalette().color(QPalette::Base).rgb());
}

TEST(ChartExportTheme, AskedForTheWindowsColoursADarkChartExportsDarkThenLightAgain) {
    MetricChart chart(QStringLiteral("Epoch"), QStringLiteral("Loss"));
    chart.setSeries(QStringLiteral("training loss"), {{0.0, 2.0}, {1.0, 0.5}}, QColor(0x00, 0x72, 0xb2));
    chart.setPalette(darkPalette());
    chart.resize(500, 350);
    chart.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    const QColor darkBase = darkPalette().color(QPalette::Base);
    {
        const ScopedPictureLook look(&chart, PictureLook::Window);
        const QImage picture = renderChart(chart.chartView(), QSize(700, 500));
        const QColor card = test::measureContrast(picture, QRect(2, 2, 40, 40)).background;
        EXPECT_LT(relativeLuminance(card), 0.05) << card.name().toStdString();
        EXPECT_EQ(chart.chartView()->chart()->backgroundBrush().color(), darkBase) << "still dark on screen";
    }
    // The look lasts as long as the export that asked for it: the next picture is light.
    const QImage picture = renderChart(chart.chartView(), QSize(700, 500));
    const QColor card = test::measureContrast(picture, QRect(2, 2, 40, 40)).background;
    EXPECT_GT(relativeLuminance(card), 0.8) << card.name().toStdString();
}

} // namespace
} // namespace bplab::ui
