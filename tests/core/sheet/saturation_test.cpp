// The saturation view's numbers: each neuron's f′(net) against hand arithmetic for every activation,
// and the gradient's length against the central differences of the gradient check.
#include "core/sheet/analysis/gradient_check.h"
#include "core/sheet/analysis/saturation.h"

#include <gtest/gtest.h>

#include <cmath>

namespace bplab {
namespace {

double sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

// The seed's net inputs, by hand: h1 = 0.15·0.05 + 0.2·0.1 = 0.0275, h2 = 0.25·0.05 + 0.3·0.1 = 0.0425,
// then o1 = 0.4·a_h1 + 0.45·a_h2 and o2 = 0.5·a_h1 + 0.55·a_h2 with a = f(net).
struct HandForward {
    double h1 = 0.0275, h2 = 0.0425, aH1, aH2, o1, o2, aO1, aO2;
    template <typename F>
    explicit HandForward(F f)
        : aH1(f(h1))
        , aH2(f(h2)) {
        o1 = 0.4 * aH1 + 0.45 * aH2;
        o2 = 0.5 * aH1 + 0.55 * aH2;
        aO1 = f(o1);
        aO2 = f(o2);
    }
};

SaturationPoint firstPoint(Activation activation, SheetInputs inputs = {}) {
    inputs.activation = activation;
    BackpropSheet sheet(inputs, 3);
    sheet.runToEnd();
    const auto curve = saturationCurve(sheet);
    EXPECT_EQ(curve.size(), 3u);
    return curve.at(0);
}

TEST(Saturation, SigmoidSlopeIsAOneMinusA) {
    const HandForward hand(sigmoid);
    const SaturationPoint point = firstPoint(Activation::Sigmoid);
    EXPECT_NEAR(point.slope[0], hand.aH1 * (1 - hand.aH1), 1e-15); // σ′(0.0275) ≈ 0.24995
    EXPECT_NEAR(point.slope[1], hand.aH2 * (1 - hand.aH2), 1e-15);
    EXPECT_NEAR(point.slope[2], hand.aO1 * (1 - hand.aO1), 1e-15);
    EXPECT_NEAR(point.slope[3], hand.aO2 * (1 - hand.aO2), 1e-15);
    EXPECT_LE(point.slope[0], 0.25); // σ′ is at most 1/4, at net = 0
}

TEST(Saturation, TanhSlopeIsOneMinusASquared) {
    const HandForward hand([](double z) { return std::tanh(z); });
    const SaturationPoint point = firstPoint(Activation::Tanh);
    EXPECT_NEAR(point.slope[0], 1 - hand.aH1 * hand.aH1, 1e-15);
    EXPECT_NEAR(point.slope[3], 1 - hand.aO2 * hand.aO2, 1e-15);
}

TEST(Saturation, ReluSlopeIsZeroForANegativeInputAndOneOtherwise) {
    SheetInputs inputs;
    inputs.weights[0] = -1.0; // h1 = −1·0.05 + 0.2·0.1 = −0.03 < 0: a dead unit
    const SaturationPoint point = firstPoint(Activation::Relu, inputs);
    EXPECT_EQ(point.slope[0], 0.0);
    EXPECT_EQ(point.slope[1], 1.0); // h2 = 0.0425 > 0
    EXPECT_EQ(point.slope[2], 1.0);
    EXPECT_EQ(point.slope[3], 1.0);
}

TEST(Saturation, IdentitySlopeIsOne) {
    const SaturationPoint point = firstPoint(Activation::Identity);
    for (double slope : point.slope) EXPECT_EQ(slope, 1.0);
}

TEST(Saturation, GradientNormMatchesTheFiniteDifferences) {
    for (bool learnBiases : {false, true}) {
        SheetInputs inputs;
        inputs.learnBiases = learnBiases;
        BackpropSheet sheet(inputs, 5);
        sheet.runToEnd();
        const auto curve = saturationCurve(sheet);
        ASSERT_EQ(curve.size(), 5u);
        for (const SaturationPoint& point : curve) {
            double sum = 0.0;
            const auto entries = checkGradients(sheet, point.iteration);
            EXPECT_EQ(entries.size(), learnBiases ? 10u : 8u);
            for (const GradientCheckEntry& entry : entries) sum += entry.numeric * entry.numeric;
            EXPECT_NEAR(point.gradientNorm, std::sqrt(sum), 1e-8 * std::sqrt(sum));
            EXPECT_EQ(point.loss, sheet.row(point.iteration)[quantity::E_total]);
        }
    }
}

TEST(Saturation, OnlyRowsWithTheWholeGradient) {
    BackpropSheet sheet(SheetInputs{}, 3);
    EXPECT_TRUE(saturationCurve(sheet).empty());
    sheet.stepIteration();
    sheet.stepCell(); // row 1 has started, its gradient has not
    EXPECT_EQ(saturationCurve(sheet).size(), 1u);
}

} // namespace
} // namespace bplab
