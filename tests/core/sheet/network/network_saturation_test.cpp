// The saturation view of an own network: each hidden and output unit's f′(z), the mean over the row's
// examples, against hand arithmetic from the row's own z and a cells (the derivatives written here,
// not the engine's), and the gradient's length against the row's ∂E/∂θ cells.
#include "core/sheet/analysis/saturation.h"
#include "tests/core/sheet/network/network_test_support.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

namespace bplab {
namespace {

using testing::valueOf;

// "a1_2@3": the id of unit 2 of layer 1 for the step's third example (no suffix with one example).
std::string unitId(char kind, int layer, int unit, int slot, int slots) {
    std::string id = std::string(1, kind) + std::to_string(layer) + "_" + std::to_string(unit);
    return slots == 1 ? id : id + "@" + std::to_string(slot);
}

// The mean over a row's examples of a unit's slope, from its z and a cells; `derivative` is the
// hand formula of the unit's activation.
template <typename Derivative>
double meanSlope(const NetworkSheet& sheet, int iteration, int layer, int unit, Derivative derivative) {
    const int slots = sheet.spec().examplesPerStep();
    double sum = 0.0;
    for (int slot = 1; slot <= slots; ++slot) {
        sum += derivative(valueOf(sheet, iteration, unitId('z', layer, unit, slot, slots)),
                          valueOf(sheet, iteration, unitId('a', layer, unit, slot, slots)));
    }
    return sum / slots;
}

const auto sigmoidSlope = [](double, double a) { return a * (1 - a); };
const auto tanhSlope = [](double, double a) { return 1 - a * a; };
const auto reluSlope = [](double z, double) { return z > 0 ? 1.0 : 0.0; }; // f′(0) = 0, as PyTorch

NetworkSheet ranNetworkSheet(const NetworkSpec& spec, int iterations) {
    NetworkSheet sheet(spec, iterations);
    sheet.runToEnd();
    return sheet;
}

TEST(NetworkSaturation, ListsEveryHiddenAndOutputUnitByItsNetInput) {
    const std::vector<SaturationUnit> units = saturationUnits(testing::xorNetwork());
    ASSERT_EQ(units.size(), 3u); // 2-2-1: two hidden units and one output
    EXPECT_EQ(units[0].label, "z¹₁");
    EXPECT_EQ(units[1].label, "z¹₂");
    EXPECT_EQ(units[2].label, "z²₁");
    EXPECT_EQ(units[2].layer, 2);
    NetworkSpec big = testing::xorNetwork();
    big.layers = {4, 6, 6, 6, 4};
    big.activations = {Activation::Tanh, Activation::Relu, Activation::Sigmoid, Activation::Identity};
    const std::vector<SaturationUnit> many = saturationUnits(big);
    ASSERT_EQ(many.size(), 22u); // 6 + 6 + 6 + 4
    EXPECT_EQ(many[6].label, "z²₁");
    EXPECT_EQ(many[6].activation, Activation::Relu); // each layer its own activation
    EXPECT_EQ(many[21].label, "z⁴₄");
}

TEST(NetworkSaturation, SigmoidXorSlopesAreTheMeanOfAOneMinusAOverTheFourExamples) {
    const NetworkSheet sheet = ranNetworkSheet(testing::xorNetwork(), 3);
    const std::vector<SaturationPoint> curve = saturationCurve(sheet);
    ASSERT_EQ(curve.size(), 3u);
    // Example 1 is x = (0, 0) and there are no biases: z¹₁ = 0.5·0 − 0.25·0 = 0, a = σ(0) = 0.5,
    // σ′ = 0.5·(1 − 0.5) = 0.25, the first of the four terms of unit z¹₁'s mean.
    EXPECT_EQ(valueOf(sheet, 0, "a1_1@1"), 0.5);
    for (int iteration = 0; iteration < 3; ++iteration) {
        const SaturationPoint& point = curve[static_cast<std::size_t>(iteration)];
        EXPECT_EQ(point.iteration, iteration);
        ASSERT_EQ(point.slope.size(), 3u);
        EXPECT_NEAR(point.slope[0], meanSlope(sheet, iteration, 1, 1, sigmoidSlope), 1e-15);
        EXPECT_NEAR(point.slope[1], meanSlope(sheet, iteration, 1, 2, sigmoidSlope), 1e-15);
        EXPECT_NEAR(point.slope[2], meanSlope(sheet, iteration, 2, 1, sigmoidSlope), 1e-15);
        EXPECT_EQ(point.loss, valueOf(sheet, iteration, "E_total"));
    }
}

TEST(NetworkSaturation, TanhHiddenLayerWithOneExamplePerStep) {
    NetworkSpec spec = testing::xorNetwork();
    spec.activations = {Activation::Tanh, Activation::Sigmoid}; // tanh hidden, sigmoid output
    spec.batchSize = 1;                                         // row s uses example s mod 4
    const NetworkSheet sheet = ranNetworkSheet(spec, 4);
    const std::vector<SaturationPoint> curve = saturationCurve(sheet);
    ASSERT_EQ(curve.size(), 4u);
    for (int iteration = 0; iteration < 4; ++iteration) {
        const SaturationPoint& point = curve[static_cast<std::size_t>(iteration)];
        // One example: tanh′ = 1 − a² of that example alone, read from the cells a1_1 (no "@").
        const double a11 = valueOf(sheet, iteration, "a1_1");
        EXPECT_NEAR(point.slope[0], 1 - a11 * a11, 1e-15);
        EXPECT_NEAR(point.slope[1], meanSlope(sheet, iteration, 1, 2, tanhSlope), 1e-15);
        EXPECT_NEAR(point.slope[2], meanSlope(sheet, iteration, 2, 1, sigmoidSlope), 1e-15);
    }
    // Row 0 uses x = (0, 0): z¹ = 0, tanh(0) = 0, tanh′ = 1 − 0² = 1 exactly.
    EXPECT_EQ(curve[0].slope[0], 1.0);
    EXPECT_EQ(curve[0].slope[1], 1.0);
}

TEST(NetworkSaturation, ReluSlopeIsTheShareOfExamplesWithAPositiveInput) {
    NetworkSpec spec = testing::xorNetwork();
    spec.activations = {Activation::Relu, Activation::Sigmoid};
    const NetworkSheet sheet = ranNetworkSheet(spec, 1);
    const std::vector<SaturationPoint> curve = saturationCurve(sheet);
    ASSERT_EQ(curve.size(), 1u);
    // W¹ row 1 = [0.5, −0.25]: z¹₁ = 0 (x = 0,0), −0.25 (0,1), 0.5 (1,0), 0.25 (1,1): positive on 2 of 4.
    // W¹ row 2 = [0.75, 0.25]: z¹₂ = 0, 0.25, 0.75, 1: positive on 3 of 4.
    EXPECT_EQ(curve[0].slope[0], 2.0 / 4.0);
    EXPECT_EQ(curve[0].slope[1], 3.0 / 4.0);
    EXPECT_EQ(curve[0].slope[0], meanSlope(sheet, 0, 1, 1, reluSlope));
    EXPECT_EQ(curve[0].slope[1], meanSlope(sheet, 0, 1, 2, reluSlope));
}

// ‖∂E/∂θ‖ = √(Σ ∂E/∂θ²) over the row's partial cells, named here one by one.
double handNorm(const NetworkSheet& sheet, int iteration, const std::vector<std::string>& partials) {
    double sum = 0.0;
    for (const std::string& id : partials) sum += std::pow(valueOf(sheet, iteration, id), 2);
    return std::sqrt(sum);
}

TEST(NetworkSaturation, GradientNormIsTheRootOfTheSumOfSquaresOfEveryLearnedPartial) {
    const std::vector<std::string> weights{"dE_dw1_11", "dE_dw1_12", "dE_dw1_21",
                                           "dE_dw1_22", "dE_dw2_11", "dE_dw2_12"};
    NetworkSpec spec = testing::xorNetwork();
    spec.biasMode = BiasMode::PerUnit;
    spec.biases = {{0.1, -0.2}, {0.3}};
    for (bool learn : {false, true}) {
        spec.learnBiases = learn;
        const NetworkSheet sheet = ranNetworkSheet(spec, 3);
        std::vector<std::string> partials = weights;
        if (learn) partials.insert(partials.end(), {"dE_db1_1", "dE_db1_2", "dE_db2_1"});
        const std::vector<SaturationPoint> curve = saturationCurve(sheet);
        ASSERT_EQ(curve.size(), 3u);
        for (const SaturationPoint& point : curve)
            EXPECT_NEAR(point.gradientNorm, handNorm(sheet, point.iteration, partials), 1e-15) << learn;
    }
}

TEST(NetworkSaturation, ARowCountsOnceItsWholeGradientIsEvaluated) {
    NetworkSheet sheet(testing::xorNetwork(), 3);
    sheet.stepIteration();
    // The updates follow every partial (NetworkCells' order): the cell before the first is the last partial.
    const int firstUpdate = sheet.cellOfQuantity(sheet.quantities().indexOf("w1_11_new"));
    ASSERT_EQ(sheet.stageOf(sheet.quantityOfCell(firstUpdate - 1)), Stage::Gradient);
    while (sheet.evaluatedCellCount() < sheet.cellCount() + firstUpdate - 1) sheet.stepCell();
    EXPECT_EQ(saturationCurve(sheet).size(), 1u); // row 1 lacks its last partial
    sheet.stepCell();
    EXPECT_EQ(saturationCurve(sheet).size(), 2u);
}

TEST(NetworkSaturation, ALayersMeanIsTheMeanOfItsUnitsSlopes) {
    NetworkSpec spec = testing::xorNetwork();
    spec.activations = {Activation::Relu, Activation::Sigmoid};
    const NetworkSheet sheet = ranNetworkSheet(spec, 1);
    const std::vector<SaturationUnit> units = saturationUnits(spec);
    const SaturationPoint point = saturationCurve(sheet).at(0);
    EXPECT_EQ(meanSlopeOfLayer(point, units, 1), (2.0 / 4.0 + 3.0 / 4.0) / 2); // the ReLU shares above
    EXPECT_EQ(meanSlopeOfLayer(point, units, 2), point.slope[2]);
}

} // namespace
} // namespace bplab
