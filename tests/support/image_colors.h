#pragma once

#include <QColor>
#include <QImage>

#include <cstdlib>

namespace bplab::testing {

// How many pixels of `image` have `color`, give or take `tolerance` in each channel. A check that a
// chart was drawn counts its curve's colour: merely "not white" is satisfied by the axes and the
// title of an empty chart. Antialiased edges blend into the background, so mostly a line's core
// pixels count.
inline int pixelsOfColor(const QImage& image, const QColor& color, int tolerance = 40) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const bool near = std::abs(c.red() - color.red()) <= tolerance &&
                              std::abs(c.green() - color.green()) <= tolerance &&
                              std::abs(c.blue() - color.blue()) <= tolerance;
            count += near ? 1 : 0;
        }
    }
    return count;
}

} // namespace bplab::testing
