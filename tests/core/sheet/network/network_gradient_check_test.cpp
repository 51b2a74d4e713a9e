// The gradient check of an own network (what the "Gradient check" tab shows for it): every weight and
// learned bias of a row, its partial cell beside a central difference of that step's loss.
#include "core/sheet/network/network_gradient_check.h"
#include "core/sheet/network/network_sheet.h"
#include "core/sheet/weight_init.h"
#include "tests/core/sheet/network/network_test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

namespace bplab {
namespace {
using testing::randomExamples;
using testing::xorNetwork;

std::vector<std::string> parametersOf(const std::vector<GradientCheckEntry>& entries) {
    std::vector<std::string> names;
    for (const GradientCheckEntry& entry : entries) names.push_back(entry.parameter);
    return names;
}

// A 2-3-3-2 tanh network on three random examples: squared error summed, full batch, no biases.
NetworkSpec tanhNetwork() {
    NetworkSpec spec;
    spec.layers = {2, 3, 3, 2};
    spec.activations = {Activation::Tanh, Activation::Tanh, Activation::Tanh};
    spec.data = randomExamples(2, 2, 3, 31);
    spec.weights = drawNetworkWeights(spec.layers, WeightInit::XavierUniform, 31);
    spec.learningRate = 0.2;
    return spec;
}

// One learned bias per unit, drawn in ±0.5 (not 0, so that a wrong bias term shows).
NetworkSpec withLearnedBiases(NetworkSpec spec, BiasMode mode) {
    spec.biasMode = mode;
    spec.learnBiases = true;
    PortableRandom random(32);
    spec.biases.clear();
    for (int l = 1; l <= spec.lastLayer(); ++l) {
        std::vector<double> biases(static_cast<std::size_t>(spec.biasCount(l)));
        for (double& b : biases) b = 0.5 * random.symmetricUnit();
        spec.biases.push_back(biases);
    }
    return spec;
}

// Runs `iterations` rows and checks every entry of each: all agree, `count` entries per row.
void expectEveryRowAgrees(const NetworkSpec& spec, int iterations, std::size_t count) {
    NetworkSheet sheet(spec, iterations);
    sheet.runTo(iterations);
    ASSERT_EQ(sheet.rowCount(), iterations) << sheet.stopReason();
    for (int iteration = 0; iteration < iterations; ++iteration) {
        const std::vector<GradientCheckEntry> entries = checkNetworkGradients(sheet, iteration);
        ASSERT_EQ(entries.size(), count);
        for (const GradientCheckEntry& entry : entries) {
            EXPECT_TRUE(entry.agrees) << "iteration " << iteration << ", " << entry.parameter << ": "
                                      << entry.analytic << " vs " << entry.numeric;
            EXPECT_LT(entry.relativeError, kGradientCheckTolerance) << entry.parameter;
        }
    }
}

TEST(NetworkGradientCheck, XorNetworkAgreesAtEveryIteration) { expectEveryRowAgrees(xorNetwork(), 10, 6); }

TEST(NetworkGradientCheck, TanhNetworkAgreesAtEveryIteration) {
    expectEveryRowAgrees(tanhNetwork(), 10, 6 + 9 + 6);
}

TEST(NetworkGradientCheck, PerUnitLearnedBiasesAgree) {
    // 21 weights and one bias per unit after the inputs: 3 + 3 + 2.
    expectEveryRowAgrees(withLearnedBiases(tanhNetwork(), BiasMode::PerUnit), 10, 21 + 8);
}

TEST(NetworkGradientCheck, MeanOverThreeExamplesAgrees) {
    NetworkSpec spec = withLearnedBiases(tanhNetwork(), BiasMode::Shared);
    spec.reduction = LossReduction::Mean;
    ASSERT_EQ(spec.examplesPerStep(), 3);
    expectEveryRowAgrees(spec, 10, 21 + 3);
}

TEST(NetworkGradientCheck, StochasticStepsAgreeWithTheirOwnExample) {
    NetworkSpec spec = withLearnedBiases(tanhNetwork(), BiasMode::PerUnit);
    spec.batchSize = 1; // rows 0, 1, 2, 3, … use examples 0, 1, 2, 0, …
    expectEveryRowAgrees(spec, 10, 21 + 8);
}

TEST(NetworkGradientCheck, NamesWeightsThenLearnedBiasesByTheirLabels) {
    NetworkSpec spec = xorNetwork();
    NetworkSheet plain(spec, 1);
    plain.runTo(1);
    const std::vector<std::string> weights{"w¹₁₁", "w¹₁₂", "w¹₂₁", "w¹₂₂", "w²₁₁", "w²₁₂"};
    EXPECT_EQ(parametersOf(checkNetworkGradients(plain, 0)), weights);

    // Fixed biases have no partial: still the weights alone.
    spec.biasMode = BiasMode::PerUnit;
    spec.biases = {{0.1, -0.2}, {0.3}};
    NetworkSheet fixed(spec, 1);
    fixed.runTo(1);
    EXPECT_EQ(parametersOf(checkNetworkGradients(fixed, 0)), weights);

    spec.learnBiases = true;
    NetworkSheet learned(spec, 1);
    learned.runTo(1);
    std::vector<std::string> withBiases = weights;
    withBiases.insert(withBiases.end(), {"b¹₁", "b¹₂", "b²₁"});
    EXPECT_EQ(parametersOf(checkNetworkGradients(learned, 0)), withBiases);

    spec.biasMode = BiasMode::Shared; // the seed's b1, b2: one per layer
    spec.biases = {{0.1}, {0.3}};
    NetworkSheet shared(spec, 1);
    shared.runTo(1);
    withBiases = weights;
    withBiases.insert(withBiases.end(), {"b¹", "b²"});
    EXPECT_EQ(parametersOf(checkNetworkGradients(shared, 0)), withBiases);
}

// The 1-1 identity network a = w·x, so E = ½(t − w·x)² and ∂E/∂w = −(t − w·x)·x.
NetworkSpec identityNetwork(double w, const std::vector<TrainingExample>& examples) {
    NetworkSpec spec;
    spec.layers = {1, 1};
    spec.activations = {Activation::Identity};
    spec.data.examples = examples;
    spec.weights = {{{w}}};
    spec.learningRate = 0.5;
    return spec;
}

TEST(NetworkGradientCheck, OneWeightByHand) {
    // x = 2, t = 1, w = 0.3: a = 0.6, E = ½(1 − 0.6)² = 0.08, ∂E/∂w = −(1 − 0.6)·2 = −0.8. E is quadratic
    // in w, so the central difference is −0.8 too, but for rounding:
    // (½(0.4 − 2h)² − ½(0.4 + 2h)²) / 2h = −1.6h / 2h = −0.8.
    NetworkSheet sheet(identityNetwork(0.3, {{{2.0}, {1.0}}}), 1);
    sheet.runTo(1);
    const std::vector<GradientCheckEntry> entries = checkNetworkGradients(sheet, 0);
    ASSERT_EQ(entries.size(), 1U);
    EXPECT_EQ(entries[0].parameter, "w¹₁₁");
    EXPECT_NEAR(entries[0].analytic, -0.8, 1e-15);
    EXPECT_NEAR(entries[0].numeric, -0.8, 1e-9);
    EXPECT_TRUE(entries[0].agrees);
}

TEST(NetworkGradientCheck, MeanLossDividesByTheStepsExamplesByHand) {
    // x = 1 and 2, both t = 1, w = 0.5: a = 0.5 and 1.0.
    // E = (½(1 − 0.5)² + ½(1 − 1)²) / 2 = 0.0625; ∂E/∂w = (−(1 − 0.5)·1 − (1 − 1)·2) / 2 = −0.25
    // (summed it would be −0.5).
    NetworkSpec spec = identityNetwork(0.5, {{{1.0}, {1.0}}, {{2.0}, {1.0}}});
    spec.reduction = LossReduction::Mean;
    NetworkSheet sheet(spec, 1);
    sheet.runTo(1);
    const GradientCheckEntry entry = checkNetworkGradients(sheet, 0).at(0);
    EXPECT_NEAR(entry.analytic, -0.25, 1e-15);
    EXPECT_NEAR(entry.numeric, -0.25, 1e-9);
}

TEST(NetworkGradientCheck, AStochasticRowUsesItsOwnExampleAndWeightsByHand) {
    // One example per step, summed, η = 0.5, w = 0.5. Row 0 (x = 1): ∂E/∂w = −(1 − 0.5)·1 = −0.5, so
    // w′ = 0.5 − 0.5·(−0.5) = 0.75. Row 1 (x = 2, w = 0.75): a = 1.5, ∂E/∂w = −(1 − 1.5)·2 = 1.0
    // (both examples at w = 0.75 would give −0.25 + 1.0 = 0.75; row 0's w with x = 2, 0).
    NetworkSpec spec = identityNetwork(0.5, {{{1.0}, {1.0}}, {{2.0}, {1.0}}});
    spec.batchSize = 1;
    NetworkSheet sheet(spec, 2);
    sheet.runTo(2);
    const GradientCheckEntry first = checkNetworkGradients(sheet, 0).at(0);
    EXPECT_NEAR(first.numeric, -0.5, 1e-9);
    const GradientCheckEntry second = checkNetworkGradients(sheet, 1).at(0);
    EXPECT_NEAR(second.analytic, 1.0, 1e-15);
    EXPECT_NEAR(second.numeric, 1.0, 1e-9);
}

TEST(NetworkGradientCheck, TheRuleFlagsADisagreement) {
    // |0.5 − 0.5000002| / 0.5000002 ≈ 4e-7 < 1e-6: agrees.
    EXPECT_TRUE(compareGradient("w¹₁₁", 0.5, 0.5000002).agrees);
    // |0.5 − 0.500001| / 0.500001 ≈ 2e-6: flagged.
    const GradientCheckEntry close = compareGradient("w¹₁₁", 0.5, 0.500001);
    EXPECT_NEAR(close.relativeError, 1e-6 / 0.500001, 1e-12);
    EXPECT_FALSE(close.agrees);
    // A partial with its sign wrong: |−0.8 − 0.8| / 0.8 = 2.
    EXPECT_DOUBLE_EQ(compareGradient("w¹₁₁", -0.8, 0.8).relativeError, 2.0);
    EXPECT_FALSE(compareGradient("w¹₁₁", -0.8, 0.8).agrees);
    // A mean partial that forgot ÷3: |0.3 − 0.1| / 0.3 = ⅔.
    EXPECT_FALSE(compareGradient("w¹₁₁", 0.3, 0.1).agrees);
    // Below 1e-9 both are rounding noise: 3e-10 vs 1e-10 is a relative error of ⅔, yet agrees.
    const GradientCheckEntry noise = compareGradient("w¹₁₁", 3e-10, 1e-10);
    EXPECT_NEAR(noise.relativeError, 2.0 / 3.0, 1e-12);
    EXPECT_TRUE(noise.agrees);
    EXPECT_EQ(compareGradient("w¹₁₁", 0.0, 0.0).relativeError, 0.0);
}

TEST(NetworkGradientCheck, RefusesARowWhosePartialsAreNotComputed) {
    NetworkSheet sheet(xorNetwork(), 3);
    EXPECT_FALSE(gradientsComputed(sheet, 0));
    EXPECT_THROW(checkNetworkGradients(sheet, 0), std::out_of_range);
    sheet.runTo(1);
    EXPECT_TRUE(gradientsComputed(sheet, 0));
    EXPECT_NO_THROW(checkNetworkGradients(sheet, 0));
    EXPECT_THROW(checkNetworkGradients(sheet, 1), std::out_of_range);
    // Row 1 up to its last weight's partial but for one cell: still refused.
    int lastPartial = 0;
    for (int q = 0; q < sheet.quantityCount(); ++q) {
        if (sheet.quantities()[q].kind == QuantityKind::WeightPartial)
            lastPartial = std::max(lastPartial, sheet.cellOfQuantity(q));
    }
    while (!sheet.isEvaluated(1, lastPartial - 1)) sheet.stepCell();
    EXPECT_FALSE(gradientsComputed(sheet, 1));
    EXPECT_THROW(checkNetworkGradients(sheet, 1), std::out_of_range);
    sheet.stepCell();
    EXPECT_TRUE(gradientsComputed(sheet, 1));
    EXPECT_FALSE(gradientsComputed(sheet, -1));
    EXPECT_THROW(checkNetworkGradients(sheet, -1), std::out_of_range);
}

} // namespace
} // namespace bplab
