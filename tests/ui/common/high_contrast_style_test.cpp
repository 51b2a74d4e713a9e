// Under the high-contrast theme an unticked check box and a slider's handle show their outline in the
// text colour (Fusion alone draws them black on black), measured from the rendered pixels.
#include "ui/common/app_theme.h"
#include "ui/common/high_contrast_style.h"

#include <QCheckBox>
#include <QSlider>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QStyleOptionSlider>

#include <gtest/gtest.h>

#include <memory>

namespace bplab::ui {
namespace {

// How many pixels of `rect` are white (the palette's text colour).
int whitePixels(const QImage& image, const QRect& rect) {
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            if (image.pixelColor(x, y) == QColor(Qt::white)) ++count;
    return count;
}

template <typename Widget> QImage drawnWith(QStyle& style, Widget& widget) {
    widget.setStyle(&style);
    widget.setPalette(highContrastPalette());
    widget.resize(200, 30);
    return widget.grab().toImage();
}

TEST(HighContrastStyle, AnUntickedCheckBoxShowsItsBox) {
    QCheckBox box; // no text: every white pixel is the indicator's
    HighContrastStyle style;
    const QImage image = drawnWith(style, box);
    QStyleOptionButton option;
    option.initFrom(&box);
    const QRect indicator = style.subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
    // At least the four sides of the square.
    EXPECT_GE(whitePixels(image, indicator), 4 * (indicator.width() - 2));

    QCheckBox plain;
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    const QImage fusionImage = drawnWith(*fusion, plain);
    EXPECT_LT(whitePixels(fusionImage, indicator), indicator.width()) << "Fusion alone: black on black";
}

TEST(HighContrastStyle, ASlidersHandleShowsItsOutline) {
    QSlider slider(Qt::Horizontal);
    HighContrastStyle style;
    const QImage image = drawnWith(style, slider);
    QStyleOptionSlider option;
    option.initFrom(&slider);
    option.orientation = Qt::Horizontal;
    option.minimum = slider.minimum();
    option.maximum = slider.maximum();
    option.sliderPosition = slider.value();
    option.subControls = QStyle::SC_All;
    const QRect handle = style.subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, &slider);
    EXPECT_GE(whitePixels(image, handle), 2 * (handle.width() + handle.height()) - 8);
}

} // namespace
} // namespace bplab::ui
