// Under each of our palettes an unticked check box and a slider's handle show their outline at WCAG's
// non-text contrast (3 : 1) against the window, measured from the rendered pixels: Fusion alone draws
// them at about 1.2 : 1 on our dark window and black on black in high contrast.
#include "tests/support/named_palette.h"
#include "ui/common/app_theme.h"
#include "ui/common/outlined_style.h"
#include "ui/common/palette_colors.h"

#include <QCheckBox>
#include <QGuiApplication>
#include <QPainter>
#include <QSlider>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QStyleOptionSlider>

#include <gtest/gtest.h>

#include <memory>

namespace bplab::ui {
namespace {

using Theme = test::NamedPalette;

class OutlinedStyleTest : public ::testing::TestWithParam<Theme> {};

// How many pixels of `rect` stand out from the window by at least the non-text contrast.
int outlinePixels(const QImage& image, const QRect& rect, const QColor& window) {
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            if (contrastRatio(image.pixelColor(x, y), window) >= kNonTextContrast) ++count;
    return count;
}

template <typename Widget> QImage drawnWith(QStyle& style, Widget& widget, const QPalette& palette) {
    widget.setStyle(&style);
    widget.setPalette(palette);
    widget.resize(200, 30);
    return widget.grab().toImage();
}

TEST_P(OutlinedStyleTest, AnUntickedCheckBoxShowsItsBox) {
    const QPalette palette = GetParam().palette();
    const QColor window = palette.color(QPalette::Window);
    QCheckBox box; // no text: what stands out is the indicator
    OutlinedStyle style;
    const QImage image = drawnWith(style, box, palette);
    QStyleOptionButton option;
    option.initFrom(&box);
    const QRect indicator = style.subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
    // At least the four sides of the square.
    EXPECT_GE(outlinePixels(image, indicator, window), 4 * (indicator.width() - 2));
}

TEST_P(OutlinedStyleTest, ASlidersHandleShowsItsOutline) {
    const QPalette palette = GetParam().palette();
    QSlider slider(Qt::Horizontal);
    OutlinedStyle style;
    const QImage image = drawnWith(style, slider, palette);
    QStyleOptionSlider option;
    option.initFrom(&slider);
    option.orientation = Qt::Horizontal;
    option.minimum = slider.minimum();
    option.maximum = slider.maximum();
    option.sliderPosition = slider.value();
    option.subControls = QStyle::SC_All;
    const QRect handle = style.subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, &slider);
    EXPECT_GE(outlinePixels(image, handle, palette.color(QPalette::Window)),
              2 * (handle.width() + handle.height()) - 8);
}

// A tool bar's chevron (») leads to the actions that did not fit: it stands out in every theme.
TEST_P(OutlinedStyleTest, AToolBarsMoreChevronStandsOut) {
    const QPalette palette = GetParam().palette();
    const QPalette before = QGuiApplication::palette();
    QGuiApplication::setPalette(palette); // the icon paints in the application's palette of the moment
    OutlinedStyle style;
    QImage image(24, 24, QImage::Format_ARGB32);
    image.fill(palette.color(QPalette::Window));
    {
        QPainter painter(&image);
        style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).paint(&painter, image.rect());
    }
    QGuiApplication::setPalette(before);
    // Two strokes of about 2 × 8 pixels each, at least.
    EXPECT_GE(outlinePixels(image, image.rect(), palette.color(QPalette::Window)), 20);
}

INSTANTIATE_TEST_SUITE_P(OurThemes, OutlinedStyleTest,
                         ::testing::Values(Theme{"Light", &lightPalette}, Theme{"Dark", &darkPalette},
                                           Theme{"HighContrast", &highContrastPalette}),
                         [](const ::testing::TestParamInfo<Theme>& theme) {
                             return std::string(theme.param.name);
                         });

// What the style is for: Fusion alone loses the box on black.
TEST(OutlinedStyle, FusionAloneLosesAnUntickedBoxInHighContrast) {
    const QPalette palette = highContrastPalette();
    QCheckBox box;
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    const QImage image = drawnWith(*fusion, box, palette);
    QStyleOptionButton option;
    option.initFrom(&box);
    const QRect indicator = fusion->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
    EXPECT_LT(outlinePixels(image, indicator, palette.color(QPalette::Window)), indicator.width());
}

} // namespace
} // namespace bplab::ui
