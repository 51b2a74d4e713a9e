// The loss landscape of an own network against the sheet itself: at a row's own parameters the surface is
// that row's E_total, its slope along each axis is the row's ∂E/∂θ, a tiny network's surface matches the
// arithmetic done by hand (summed and averaged), and a bad pair of axes is refused with a sentence.
#include "core/sheet/landscape/landscape_csv.h"
#include "core/sheet/landscape/landscape_problem.h"
#include "core/sheet/network/network_loss_surface.h"
#include "core/sheet/network/network_sheet.h"
#include "tests/core/sheet/network/network_test_support.h"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>
#include <string>

namespace bplab {
namespace {

int quantityOf(const NetworkSheet& sheet, const std::string& id) {
    const int q = sheet.quantities().indexOf(id);
    EXPECT_GE(q, 0) << "no quantity " << id;
    return q;
}

// 2-3-2 sigmoid, one learned bias per unit, two of five examples per step, mean loss: every part of
// the loss the surface must reproduce (batch slots, biases, the division by k).
NetworkSpec batchedNetwork() {
    NetworkSpec spec;
    spec.layers = {2, 3, 2};
    spec.activations = {Activation::Sigmoid, Activation::Sigmoid};
    spec.biasMode = BiasMode::PerUnit;
    spec.learnBiases = true;
    spec.reduction = LossReduction::Mean;
    spec.batchSize = 2;
    spec.learningRate = 0.8;
    spec.data = testing::randomExamples(2, 2, 5, 11);
    testing::drawParameters(spec, 11);
    return spec;
}

// 1-1 identity with a shared bias: E = ½·(t − (w·x + b))² per example, easy to do by hand.
NetworkSpec oneOneIdentity(LossReduction reduction) {
    NetworkSpec spec;
    spec.layers = {1, 1};
    spec.activations = {Activation::Identity};
    spec.biasMode = BiasMode::Shared;
    spec.reduction = reduction;
    spec.weights = {{{0.5}}};
    spec.biases = {{0.25}};
    spec.data.examples = {{{2.0}, {1.0}}, {{-1.0}, {0.5}}};
    return spec;
}

TEST(NetworkLossSurface, ListsEveryWeightThenEveryBiasLearnedOrFixed) {
    NetworkSpec spec = oneOneIdentity(LossReduction::Sum);
    const NetworkSheet sheet(spec); // the shared bias b1 is fixed (not learned): still an axis
    const std::vector<int> list = networkLandscapeParameters(sheet);
    ASSERT_EQ(list.size(), 2U);
    EXPECT_EQ(sheet.idOf(list[0]), "w1_11");
    EXPECT_EQ(sheet.idOf(list[1]), "b1");
    const NetworkSheet batched(batchedNetwork());
    // 2·3 + 3·2 weights, then 3 + 2 biases
    EXPECT_EQ(networkLandscapeParameters(batched).size(), 6U + 6U + 3U + 2U);
}

TEST(NetworkLossSurface, AtTheRowsOwnParametersIsTheRowsETotalToTheLastBit) {
    NetworkSheet sheet(batchedNetwork());
    sheet.runTo(6);
    const int total = sheet.layout().index().totalLoss;
    for (const char* pair : {"w1_11,w2_23", "b1_2,w1_32", "b2_1,b2_2"}) {
        const LandscapeAxes axes = parseNetworkLandscapeAxes(pair, sheet);
        for (int row : {0, 3, 5}) {
            const NetworkLossSurface surface(sheet, networkLandscapeRow(sheet, row), axes);
            const double a = sheet.value(row, axes.a), b = sheet.value(row, axes.b);
            // Elsewhere first, so that the row's own E_total cannot be left over from the frozen row.
            EXPECT_NE(surface.lossAt(a + 1.0, b - 1.0), sheet.value(row, total));
            EXPECT_EQ(surface.lossAt(a, b), sheet.value(row, total)) << pair << " row " << row;
        }
    }
}

TEST(NetworkLossSurface, SlopeAlongEachAxisIsTheRowsPartial) {
    NetworkSheet sheet(batchedNetwork());
    sheet.runTo(4);
    const int row = 3;
    const std::vector<int> parameters = networkLandscapeParameters(sheet);
    const double h = 1e-6;
    for (std::size_t k = 0; k < parameters.size(); ++k) {
        // Each parameter as the horizontal axis, its neighbour in the list as the vertical one.
        const LandscapeAxes axes{parameters[k], parameters[(k + 1) % parameters.size()]};
        const NetworkLossSurface surface(sheet, networkLandscapeRow(sheet, row), axes);
        const double a = sheet.value(row, axes.a), b = sheet.value(row, axes.b);
        const double alongA = (surface.lossAt(a + h, b) - surface.lossAt(a - h, b)) / (2 * h);
        const double alongB = (surface.lossAt(a, b + h) - surface.lossAt(a, b - h)) / (2 * h);
        const double partialA = sheet.value(row, quantityOf(sheet, "dE_d" + sheet.idOf(axes.a)));
        const double partialB = sheet.value(row, quantityOf(sheet, "dE_d" + sheet.idOf(axes.b)));
        EXPECT_NEAR(alongA, partialA, 1e-6) << sheet.idOf(axes.a);
        EXPECT_NEAR(alongB, partialB, 1e-6) << sheet.idOf(axes.b);
    }
}

TEST(NetworkLossSurface, OneOneIdentityByHandSummedAndAveraged) {
    // At w = 3, b = −1:
    //   example 1: x = 2,  t = 1:   z = 3·2 − 1 = 5,    E = ½·(1 − 5)² = 8
    //   example 2: x = −1, t = 0.5: z = 3·(−1) − 1 = −4, E = ½·(0.5 + 4)² = 10.125
    //   sum 18.125, mean 18.125 / 2 = 9.0625
    for (const auto& [reduction, expected] :
         {std::pair{LossReduction::Sum, 18.125}, std::pair{LossReduction::Mean, 9.0625}}) {
        const NetworkSheet sheet(oneOneIdentity(reduction));
        const LandscapeAxes axes = parseNetworkLandscapeAxes("w1_11,b1", sheet);
        const NetworkLossSurface surface(sheet, networkLandscapeRow(sheet, 0), axes); // no rows yet
        EXPECT_EQ(surface.lossAt(3.0, -1.0), expected);
        // And at its own w = 0.5, b = 0.25: z = 1.25 and −0.25; E = ½·0.0625 + ½·0.5625 = 0.3125 summed
        EXPECT_EQ(surface.lossAt(0.5, 0.25), reduction == LossReduction::Sum ? 0.3125 : 0.15625);
    }
}

TEST(NetworkLossSurface, RefusesAnUnknownIdTheSameParameterTwiceAndOneParameter) {
    const NetworkSheet sheet(batchedNetwork());
    auto problemOf = [&sheet](const char* text) {
        try {
            parseNetworkLandscapeAxes(text, sheet);
        } catch (const LandscapeError& error) {
            return std::pair{error.problem(), std::string(error.what())};
        }
        ADD_FAILURE() << text << " was accepted";
        return std::pair{LandscapeProblem::IterationBeyondRun, std::string()};
    };
    EXPECT_EQ(problemOf("w1_11,w5"),
              std::pair(LandscapeProblem::NotANetworkParameter,
                        std::string("'w5' is not a parameter of this network: use the "
                                    "id of one of its weights or biases, such as w1_11")));
    EXPECT_EQ(problemOf("a1_1@1,w1_11").first,
              LandscapeProblem::NotANetworkParameter); // a value, not a parameter
    EXPECT_EQ(problemOf("w2_11,w2_11"),
              std::pair(LandscapeProblem::SameParameterTwice,
                        std::string("the landscape needs two different parameters, not w2_11 twice")));
    EXPECT_EQ(problemOf("w2_11").first, LandscapeProblem::NotTwoNetworkParameters);

    NetworkSpec single = oneOneIdentity(LossReduction::Sum);
    single.biasMode = BiasMode::None;
    single.biases.clear();
    const NetworkSheet one(single);
    EXPECT_THROW(defaultNetworkAxes(one), LandscapeError);
}

TEST(NetworkLossSurface, LandscapeOfARunNamesItsAxesAndFollowsTheTable) {
    NetworkSheet sheet(batchedNetwork(), 8);
    sheet.runToEnd();
    LandscapeOptions options;
    options.axes = parseNetworkLandscapeAxes("w2_12,b2_1", sheet);
    options.iteration = 4;
    options.gridSize = 5;
    const Landscape landscape = computeNetworkLandscape(sheet, options);
    EXPECT_EQ(landscape.names.idA, "w2_12");
    EXPECT_EQ(landscape.names.labelA, "w²₁₂");
    EXPECT_EQ(landscape.names.idB, "b2_1");
    const int total = sheet.layout().index().totalLoss;
    EXPECT_EQ(landscape.selected.loss, sheet.value(4, total));
    ASSERT_EQ(landscape.paths.size(), 1U);
    ASSERT_EQ(landscape.paths[0].points.size(), 8U);
    EXPECT_EQ(landscape.paths[0].points[7].loss, sheet.value(7, total));
    EXPECT_EQ(landscape.paths[0].points[7].a, sheet.value(7, options.axes.a));

    std::ostringstream csv;
    writeLandscapeCsv(csv, landscape);
    EXPECT_EQ(csv.str().substr(0, csv.str().find('\n')), "part,eta,iteration,w2_12,b2_1,E_total");

    options.iteration = 8;
    EXPECT_THROW(computeNetworkLandscape(sheet, options), LandscapeError);
}

TEST(NetworkLossSurface, TrainOnlyTheAxesPathLiesOnTheSurface) {
    NetworkSheet sheet(batchedNetwork(), 10);
    sheet.runToEnd();
    LandscapeOptions options;
    options.axes = parseNetworkLandscapeAxes("w2_11,b2_1", sheet);
    options.iteration = 6;
    options.trainOnlyAxes = true;
    const Landscape landscape = computeNetworkLandscape(sheet, options);
    const NetworkLossSurface surface(sheet, networkLandscapeRow(sheet, 6), options.axes);
    const LandscapePath& path = landscape.paths.at(0);
    ASSERT_EQ(path.points.size(), 10U);
    // It starts from row 0's values of the two axes, and every point is the surface's value there.
    EXPECT_EQ(path.points[0].a, sheet.value(0, options.axes.a));
    EXPECT_EQ(path.points[0].b, sheet.value(0, options.axes.b));
    for (const LandscapePoint& point : path.points)
        EXPECT_EQ(point.loss, surface.lossAt(point.a, point.b)) << point.iteration;
    // Gradient descent on the slice: the loss goes down at this small step.
    EXPECT_LT(path.points.back().loss, path.points.front().loss);
}

} // namespace
} // namespace bplab
