#pragma once

// Contrast as a reader meets it, measured from rendered pixels: the colour that fills most of a
// region is its background, and of the other colours the one that stands out most from it is the
// text (anti-aliasing only adds colours between the two, so the full text colour is among them
// wherever a glyph has a stem). WCAG's ratio of those two, from ui/common/palette_colors.h.
#include "ui/common/palette_colors.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QRect>

namespace bplab::test {

struct MeasuredContrast {
    QColor background;
    QColor text;
    double ratio = 1.0; // 1: nothing but the background in the region
};

inline MeasuredContrast measureContrast(const QImage& image, QRect region) {
    region &= image.rect();
    QHash<QRgb, int> counts;
    for (int y = region.top(); y <= region.bottom(); ++y)
        for (int x = region.left(); x <= region.right(); ++x) ++counts[image.pixel(x, y) | 0xff000000u];
    MeasuredContrast result;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            result.background = QColor::fromRgb(it.key());
        }
    }
    result.text = result.background;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const QColor color = QColor::fromRgb(it.key());
        const double ratio = ui::contrastRatio(color, result.background);
        if (ratio > result.ratio) {
            result.ratio = ratio;
            result.text = color;
        }
    }
    return result;
}

} // namespace bplab::test
