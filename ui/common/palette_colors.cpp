#include "ui/common/palette_colors.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace bplab::ui {

namespace {
// sRGB channel (0..255) to linear light, as WCAG 2 defines it.
double linearChannel(int channel) {
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
} // namespace

bool isDarkPalette(const QPalette& palette) {
    return relativeLuminance(palette.color(QPalette::Base)) <
           relativeLuminance(palette.color(QPalette::Text));
}

QColor mixColors(const QColor& over, const QColor& base, double fraction) {
    const double f = std::clamp(fraction, 0.0, 1.0);
    auto mix = [f](int a, int b) { return static_cast<int>(std::lround(a * f + b * (1.0 - f))); };
    return QColor(mix(over.red(), base.red()), mix(over.green(), base.green()),
                  mix(over.blue(), base.blue()));
}

double relativeLuminance(const QColor& color) {
    const QColor rgb = color.toRgb();
    return 0.2126 * linearChannel(rgb.red()) + 0.7152 * linearChannel(rgb.green()) +
           0.0722 * linearChannel(rgb.blue());
}

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor& hue, const QColor& background, double minimum) {
    // Towards white on a dark background, towards black on a light one: 5 % at a time keeps the hue
    // recognisable, and 20 steps always end at white or black, which reach 4.5 against any colour
    // on their far side.
    const QColor target = relativeLuminance(background) < 0.18 ? QColor(Qt::white) : QColor(Qt::black);
    QColor color = hue.toRgb();
    for (int step = 1; step <= 20 && contrastRatio(color, background) < minimum; ++step) {
        color = mixColors(target, hue, step * 0.05);
    }
    return color;
}

QColor tintFor(const QColor& hue, const QPalette& palette, double fraction) {
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    // Where the palette's own text and base are already below the readable contrast (a theme's
    // choice), keep at least that contrast rather than none.
    const double needed = std::min(kReadableContrast, contrastRatio(text, base));
    for (double f = fraction; f > 0.0; f -= 0.02) {
        const QColor tint = mixColors(hue, base, f);
        if (contrastRatio(text, tint) >= needed) return tint;
    }
    return base;
}

QColor alertHue() { return {0xc6, 0x28, 0x28}; }

} // namespace bplab::ui
