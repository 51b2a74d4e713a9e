// The loss landscape against the sheet itself: every grid point is the E_total a one-row sheet computes
// for the same weights, the table's path is the table's rows, and the "train only these two" path lies
// on the surface and steps along its numerical gradient.
#include "core/sheet/backprop_sheet.h"
#include "core/sheet/landscape/loss_landscape.h"
#include "tests/support/sheet_examples.h"

#include <gtest/gtest.h>

#include <cmath>

namespace bplab {
namespace {

constexpr int w5 = quantity::w1 + 4, w6 = quantity::w1 + 5, w1 = quantity::w1, w8 = quantity::w1 + 7;

// E_total of a fresh one-row sheet whose weights and biases are `row`'s, with `a` and `b` set: the
// independent reference for a point of the surface.
double sheetLossAt(const SheetInputs& inputs, const RowValues& row, LandscapeAxes axes, double a, double b) {
    SheetInputs at = inputs;
    for (std::size_t k = 0; k < 8; ++k) at.weights[k] = row[quantity::w1 + k];
    at.b1 = row[quantity::b1];
    at.b2 = row[quantity::b2];
    setInputValue(at, parameterId(axes.a), a);
    setInputValue(at, parameterId(axes.b), b);
    BackpropSheet one(at, 1);
    one.runTo(1);
    return one.row(0)[quantity::E_total];
}

BackpropSheet ranSheet(const SheetInputs& inputs, int iterations = 100) {
    BackpropSheet sheet(inputs, iterations);
    sheet.runToEnd();
    return sheet;
}

SheetInputs tanhCrossEntropyWithBiases() {
    SheetInputs inputs;
    inputs.activation = Activation::Sigmoid;
    inputs.loss = Loss::CrossEntropy;
    inputs.b1 = 0.35;
    inputs.b2 = 0.6;
    inputs.learnBiases = true;
    return inputs;
}

TEST(LossLandscape, EveryGridPointIsTheSheetsLossForThoseWeights) {
    for (const SheetInputs& inputs : {SheetInputs{}, tanhCrossEntropyWithBiases()}) {
        const BackpropSheet sheet = ranSheet(inputs);
        for (const LandscapeAxes axes : {LandscapeAxes{w5, w6}, LandscapeAxes{w1, w8}}) {
            LandscapeOptions options;
            options.axes = axes;
            options.iteration = 7;
            options.gridSize = 9;
            options.span = 1.5;
            const Landscape landscape = computeLandscape(sheet, options);
            for (const auto& [i, j] : {std::pair{0, 0}, {8, 8}, {3, 5}, {4, 4}, {8, 1}}) {
                const LossGrid& grid = landscape.grid;
                // Bit for bit: the surface runs the sheet's own cells in the sheet's order.
                EXPECT_EQ(grid.at(i, j), sheetLossAt(inputs, sheet.row(7), axes, grid.a(i), grid.b(j)))
                    << "point " << i << "," << j;
            }
        }
    }
}

TEST(LossLandscape, TheSelectedPointIsTheTablesRow) {
    const BackpropSheet sheet = ranSheet(SheetInputs{});
    LandscapeOptions options;
    options.iteration = 42;
    const Landscape landscape = computeLandscape(sheet, options);
    EXPECT_EQ(landscape.selected.a, sheet.row(42)[w5]);
    EXPECT_EQ(landscape.selected.b, sheet.row(42)[w6]);
    EXPECT_EQ(landscape.selected.loss, sheet.row(42)[quantity::E_total]);
    // With an explicit span the grid is centred on it: (0.4 ± 0.5) on a 3-point grid puts it in the middle.
    options.span = 0.5;
    options.gridSize = 3;
    const Landscape centred = computeLandscape(sheet, options);
    EXPECT_DOUBLE_EQ(centred.grid.a(1), sheet.row(42)[w5]);
    EXPECT_DOUBLE_EQ(centred.grid.b(1), sheet.row(42)[w6]);
    EXPECT_DOUBLE_EQ(centred.grid.aMax - centred.grid.aMin, 1.0);
}

TEST(LossLandscape, ThePathStartsAtTheTypedWeightsAndFollowsTheTable) {
    const BackpropSheet sheet = ranSheet(SheetInputs{});
    const Landscape landscape = computeLandscape(sheet, LandscapeOptions{});
    ASSERT_EQ(landscape.paths.size(), 1u);
    const LandscapePath& path = landscape.paths[0];
    ASSERT_EQ(path.points.size(), 100u);
    EXPECT_EQ(path.points[0].a, 0.40); // the seed's w5 and w6
    EXPECT_EQ(path.points[0].b, 0.45);
    for (int r = 0; r < 100; ++r) {
        const LandscapePoint& point = path.points[static_cast<std::size_t>(r)];
        EXPECT_EQ(point.iteration, r);
        EXPECT_EQ(point.a, sheet.row(r)[w5]);
        EXPECT_EQ(point.b, sheet.row(r)[w6]);
        EXPECT_EQ(point.loss, sheet.row(r)[quantity::E_total]);
    }
    // The fitted square holds every point of the path.
    for (const LandscapePoint& point : path.points) {
        EXPECT_GE(point.a, landscape.grid.aMin);
        EXPECT_LE(point.a, landscape.grid.aMax);
        EXPECT_GE(point.b, landscape.grid.bMin);
        EXPECT_LE(point.b, landscape.grid.bMax);
    }
    EXPECT_DOUBLE_EQ(landscape.grid.aMax - landscape.grid.aMin, landscape.grid.bMax - landscape.grid.bMin);
}

TEST(LossLandscape, AStoppedRunsPathEndsWhereTheTableEnds) {
    const BackpropSheet sheet = divergedIdentitySheet();
    LandscapeOptions options;
    const Landscape landscape = computeLandscape(sheet, options);
    const LandscapePath& path = landscape.paths[0];
    ASSERT_TRUE(path.stoppedAt.has_value());
    EXPECT_EQ(path.stoppedAt, sheet.divergedAt());
    EXPECT_EQ(path.points.size(), sheet.lossCurve().size());
    // A diverging path would zoom the picture out to a flat square: the fit stops at ±kMaxFittedSpan.
    EXPECT_LE(landscape.grid.aMax - landscape.grid.aMin, 2 * kMaxFittedSpan);
}

TEST(LossLandscape, TheTwoParameterPathLiesOnTheSurface) {
    for (const SheetInputs& inputs : {SheetInputs{}, tanhCrossEntropyWithBiases()}) {
        const BackpropSheet sheet = ranSheet(inputs);
        LandscapeOptions options;
        options.iteration = 30;
        options.trainOnlyAxes = true;
        const Landscape landscape = computeLandscape(sheet, options);
        const LossSurface surface(inputs, sheet.row(30), options.axes);
        const LandscapePath& path = landscape.paths[0];
        ASSERT_EQ(path.points.size(), 100u);
        // It starts from the typed values of the two weights, not from the selected row's.
        EXPECT_EQ(path.points[0].a, inputs.weights[4]);
        EXPECT_EQ(path.points[0].b, inputs.weights[5]);
        for (const LandscapePoint& point : path.points) {
            EXPECT_EQ(point.loss, surface.lossAt(point.a, point.b)) << "iteration " << point.iteration;
        }
    }
}

TEST(LossLandscape, TheTwoParameterPathStepsDownTheNumericalGradient) {
    SheetInputs inputs = tanhCrossEntropyWithBiases();
    inputs.activation = Activation::Tanh;
    inputs.loss = Loss::SquaredError;
    const BackpropSheet sheet = ranSheet(inputs);
    for (const LandscapeAxes axes :
         {LandscapeAxes{w5, w6}, LandscapeAxes{quantity::b1, w1}, LandscapeAxes{quantity::b2, w8}}) {
        const LossSurface surface(inputs, sheet.row(10), axes);
        const LandscapePath path = twoParameterPath(inputs, sheet.row(10), axes, 20);
        ASSERT_EQ(path.points.size(), 20u);
        const double h = 1e-5, eta = inputs.learningRate;
        for (std::size_t k = 0; k + 1 < path.points.size(); ++k) {
            const LandscapePoint& p = path.points[k];
            const double dA = (surface.lossAt(p.a + h, p.b) - surface.lossAt(p.a - h, p.b)) / (2 * h);
            const double dB = (surface.lossAt(p.a, p.b + h) - surface.lossAt(p.a, p.b - h)) / (2 * h);
            // a_{k+1} = a_k − η·∂E/∂a, so (a_k − a_{k+1})/η is the analytic partial the step used; a
            // central difference with h = 1e-5 agrees to ~1e-10 (h² and rounding).
            EXPECT_NEAR((p.a - path.points[k + 1].a) / eta, dA, 1e-6 * std::fabs(dA) + 1e-9);
            EXPECT_NEAR((p.b - path.points[k + 1].b) / eta, dB, 1e-6 * std::fabs(dB) + 1e-9);
        }
    }
}

TEST(LossLandscape, AtIterationZeroTheTwoParameterPathsFirstStepIsTheTables) {
    // At row 0 the frozen weights are the ones the table's first step used, so the step is the same.
    const BackpropSheet sheet = ranSheet(SheetInputs{});
    const LandscapePath path = twoParameterPath(SheetInputs{}, sheet.row(0), {w5, w6}, 3);
    EXPECT_EQ(path.points[0].loss, sheet.row(0)[quantity::E_total]);
    EXPECT_EQ(path.points[1].a, sheet.row(1)[w5]);
    EXPECT_EQ(path.points[1].b, sheet.row(1)[w6]);
    // ...and from then on it differs: the table's other six weights moved, the frozen ones did not.
    EXPECT_NE(path.points[2].a, sheet.row(2)[w5]);
}

TEST(LossLandscape, CompareModeHasOnePathPerRateEachItsOwnRun) {
    const BackpropSheet sheet = ranSheet(SheetInputs{}, 50);
    LandscapeOptions options;
    options.learningRates = {0.1, 2.0};
    const Landscape landscape = computeLandscape(sheet, options);
    ASSERT_EQ(landscape.paths.size(), 2u);
    SheetInputs fast;
    fast.learningRate = 2.0;
    const BackpropSheet run = ranSheet(fast, 50);
    EXPECT_EQ(landscape.paths[1].learningRate, 2.0);
    ASSERT_EQ(landscape.paths[1].points.size(), 50u);
    EXPECT_EQ(landscape.paths[1].points[49].a, run.row(49)[w5]);
    EXPECT_EQ(landscape.paths[1].points[49].loss, run.row(49)[quantity::E_total]);
}

TEST(LossLandscape, BadAxesAndRangesAreRefusedWithASentence) {
    const SheetInputs seed;
    EXPECT_EQ(parseLandscapeAxes("w5,w6", seed), (LandscapeAxes{w5, w6}));
    EXPECT_EQ(parseLandscapeAxes("w8,w1", seed), (LandscapeAxes{w8, w1}));
    EXPECT_THROW(parseLandscapeAxes("w5,w5", seed), std::invalid_argument);
    EXPECT_THROW(parseLandscapeAxes("w9,w1", seed), std::invalid_argument);
    EXPECT_THROW(parseLandscapeAxes("w5", seed), std::invalid_argument);
    EXPECT_THROW(parseLandscapeAxes("b1,w1", seed), std::invalid_argument); // the seed has no biases
    EXPECT_EQ(parseLandscapeAxes("b1,w1", classicWorkedExample()), (LandscapeAxes{quantity::b1, w1}));
    try {
        parseLandscapeAxes("w5,w5", seed);
    } catch (const std::invalid_argument& error) {
        EXPECT_STREQ(error.what(), "the landscape needs two different parameters, not w5 twice");
    }

    const BackpropSheet sheet = ranSheet(seed, 10);
    LandscapeOptions options;
    options.iteration = 10; // rows 0..9
    EXPECT_THROW(computeLandscape(sheet, options), std::invalid_argument);
    options.iteration = 9;
    EXPECT_NO_THROW(computeLandscape(sheet, options));
    options.gridSize = 1;
    EXPECT_THROW(computeLandscape(sheet, options), std::invalid_argument);
    options.gridSize = kMaxLandscapeGridSize + 1;
    EXPECT_THROW(computeLandscape(sheet, options), std::invalid_argument);
    options.gridSize = 10;
    options.span = 0.0;
    EXPECT_THROW(computeLandscape(sheet, options), std::invalid_argument);
    options.span.reset();
    options.learningRates = {0.5, -1.0};
    EXPECT_THROW(computeLandscape(sheet, options), std::invalid_argument);
}

TEST(LossLandscape, ASheetWithNoRowsYetShowsItsTypedWeights) {
    BackpropSheet sheet; // nothing evaluated: the student pressed Reset
    const Landscape landscape = computeLandscape(sheet, LandscapeOptions{});
    EXPECT_EQ(landscape.selected.a, 0.40);
    EXPECT_EQ(landscape.selected.loss, ranSheet(SheetInputs{}, 1).row(0)[quantity::E_total]);
    EXPECT_TRUE(landscape.paths[0].points.empty());
}

} // namespace
} // namespace bplab
