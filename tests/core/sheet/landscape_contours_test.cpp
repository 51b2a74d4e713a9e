// The landscape's colour scale, contour lines and CSV, checked on grids whose values are written by hand.
#include "core/sheet/landscape/landscape_contours.h"
#include "core/sheet/landscape/landscape_csv.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <sstream>

namespace bplab {
namespace {

// A size × size grid over [0, 1]² whose value at (i, j) is f(i, j).
template <typename F> LossGrid gridOf(int size, F f) {
    LossGrid grid;
    grid.size = size;
    for (int j = 0; j < size; ++j)
        for (int i = 0; i < size; ++i) grid.losses.push_back(f(i, j));
    return grid;
}

TEST(LandscapeContours, ALinearScaleForAFewDecadesALogScaleBeyond) {
    const LevelScale linear = levelScaleOf(gridOf(3, [](int i, int j) { return 1.0 + i + j; })); // 1..5
    EXPECT_FALSE(linear.logarithmic);
    EXPECT_EQ(linear.low, 1.0);
    EXPECT_EQ(linear.high, 5.0);
    EXPECT_DOUBLE_EQ(linear.fraction(2.0), 0.25); // (2 − 1)/(5 − 1)
    EXPECT_DOUBLE_EQ(linear.valueAt(0.75), 4.0);
    // 0.001 .. 10: four decades; 0.1 is half way in log10 (−3 .. 1, −1 is the middle).
    const LevelScale log = levelScaleOf(gridOf(2, [](int i, int j) { return i + j == 0 ? 0.001 : 10.0; }));
    EXPECT_TRUE(log.logarithmic);
    EXPECT_DOUBLE_EQ(log.fraction(0.1), 0.5);
    EXPECT_NEAR(log.valueAt(0.25), 0.01, 1e-15);
    // NaN (a loss that cannot be computed) is left out of the range.
    const LevelScale withNan = levelScaleOf(
        gridOf(2, [](int i, int) { return i == 0 ? std::numeric_limits<double>::quiet_NaN() : 2.0 + i; }));
    EXPECT_EQ(withNan.low, 3.0);
}

TEST(LandscapeContours, LevelsAreEvenlySpacedInsideTheRange) {
    const std::vector<double> levels = contourLevels({0.0, 4.0, false}, 3);
    ASSERT_EQ(levels.size(), 3u);
    EXPECT_DOUBLE_EQ(levels[0], 1.0); // 4·1/4
    EXPECT_DOUBLE_EQ(levels[2], 3.0);
}

TEST(LandscapeContours, APlaneIsCutAlongAStraightLineAtTheInterpolatedPlace) {
    // E = i on a 3 × 3 grid: the level 0.25 crosses each row a quarter of the way from i = 0 to i = 1.
    const LossGrid grid = gridOf(3, [](int i, int) { return static_cast<double>(i); });
    const std::vector<ContourSegment> segments = contourSegments(grid, 0.25);
    ASSERT_EQ(segments.size(), 2u); // one per cell of the first column
    for (const ContourSegment& s : segments) {
        EXPECT_DOUBLE_EQ(s.x1, 0.25);
        EXPECT_DOUBLE_EQ(s.x2, 0.25);
        EXPECT_DOUBLE_EQ(std::fabs(s.y2 - s.y1), 1.0);
    }
}

TEST(LandscapeContours, ASaddleIsResolvedByItsCentreAndNanCellsAreSkipped) {
    // Corners 00 and 11 high (1), 10 and 01 low (0); centre 0.5. At level 0.4 the centre is high, on
    // 00's side: the line cuts off the low corners 10 and 01.
    LossGrid saddle = gridOf(2, [](int i, int j) { return i == j ? 1.0 : 0.0; });
    const std::vector<ContourSegment> cut = contourSegments(saddle, 0.4);
    ASSERT_EQ(cut.size(), 2u);
    // The first joins the bottom edge (y = 0, x = 0.6) to the right edge (x = 1, y = 0.4).
    EXPECT_DOUBLE_EQ(cut[0].x1, 0.6);
    EXPECT_DOUBLE_EQ(cut[0].y1, 0.0);
    EXPECT_DOUBLE_EQ(cut[0].x2, 1.0);
    EXPECT_DOUBLE_EQ(cut[0].y2, 0.4);
    saddle.losses[0] = std::numeric_limits<double>::quiet_NaN();
    EXPECT_TRUE(contourSegments(saddle, 0.4).empty());
}

TEST(LandscapeCsv, TheGridThenEachPathWithItsRate) {
    Landscape landscape;
    landscape.axes = {quantity::w1 + 4, quantity::w1 + 5};
    landscape.grid =
        gridOf(2, [](int i, int j) { return i == 1 && j == 1 ? std::nan("") : 0.5 + i + 2 * j; });
    landscape.grid.aMin = 0.25;
    landscape.grid.aMax = 0.75;
    landscape.grid.bMin = -1.0;
    landscape.grid.bMax = 1.0;
    LandscapePath path;
    path.learningRate = 0.5;
    path.points = {{0, 0.4, 0.45, 0.2425}, {1, 0.35, 0.4, 0.24}};
    landscape.paths = {path};
    std::ostringstream csv;
    writeLandscapeCsv(csv, landscape);
    EXPECT_EQ(csv.str(), "part,eta,iteration,w5,w6,E_total\n"
                         "grid,,,0.25,-1,0.5\n"
                         "grid,,,0.75,-1,1.5\n"
                         "grid,,,0.25,1,2.5\n"
                         "grid,,,0.75,1,\n"
                         "path,0.5,0,0.4,0.45,0.2425\n"
                         "path,0.5,1,0.35,0.4,0.24\n");
}

} // namespace
} // namespace bplab
