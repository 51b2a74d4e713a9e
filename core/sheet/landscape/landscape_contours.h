#pragma once

#include "core/sheet/landscape/loss_landscape.h"

#include <vector>

namespace bplab {

// How the landscape maps E_total to colour and where its contour lines run. Plain arithmetic, so the
// picture can be checked against hand-computed values.

// The range of E_total over a grid, linear or logarithmic. A grid whose losses span more than two
// decades (a network far from its minimum, or cross-entropy) is shown on a log scale: linearly, all
// but the highest ridge would be one colour.
struct LevelScale {
    double low = 0.0;
    double high = 1.0;
    bool logarithmic = false;

    // Where `value` sits between low (0) and high (1), clamped; NaN for NaN.
    double fraction(double value) const;
    // The inverse: the loss at `fraction` of the scale.
    double valueAt(double fraction) const;
};

// Decades of E_total above which the scale turns logarithmic.
inline constexpr double kLogScaleDecades = 2.0;

// The scale of the grid's finite losses (0..1 when it has none).
LevelScale levelScaleOf(const LossGrid& grid);

// `count` contour levels evenly spaced on the scale, strictly between low and high.
std::vector<double> contourLevels(const LevelScale& scale, int count);

// A piece of a contour line, in grid coordinates: x = i (0..size−1 along a), y = j (along b).
struct ContourSegment {
    double x1, y1, x2, y2;
};

// The contour line of `level` through the grid by marching squares, each crossing placed by linear
// interpolation along the cell's edge. Cells with a NaN corner are skipped; a saddle cell is resolved
// by its centre's average.
std::vector<ContourSegment> contourSegments(const LossGrid& grid, double level);

} // namespace bplab
