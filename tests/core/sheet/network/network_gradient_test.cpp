// Every ∂E/∂θ of several architectures against central differences of the step's E_total: the
// partial cells must be the derivatives of the loss cell, whatever the layers, activations, biases,
// loss, reduction and batch.
#include "core/sheet/network/network_sheet.h"
#include "core/sheet/weight_init.h"
#include "tests/core/sheet/network/network_test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace bplab {
namespace {
using testing::drawParameters;
using testing::randomExamples;

// The spec's value of a parameter quantity (a weight or a bias).
double& parameterOf(NetworkSpec& spec, const NetworkQuantity& q) {
    const std::size_t l = static_cast<std::size_t>(q.layer - 1);
    if (q.kind == QuantityKind::Weight) {
        return spec.weights[l][static_cast<std::size_t>(q.unit)][static_cast<std::size_t>(q.fromUnit)];
    }
    return spec.biases[l][static_cast<std::size_t>(q.unit < 0 ? 0 : q.unit)];
}

double firstLoss(const NetworkSpec& spec) {
    NetworkSheet sheet(spec, 1);
    sheet.runTo(1);
    return sheet.value(0, sheet.layout().index().totalLoss);
}

// Compares every partial of row 0 with (E(θ + h) − E(θ − h))/2h; returns how many it checked.
int checkEveryPartial(const NetworkSpec& spec) {
    NetworkSheet sheet(spec, 1);
    sheet.runTo(1);
    EXPECT_FALSE(sheet.divergedAt().has_value()) << sheet.stopReason();
    int checked = 0;
    for (const NetworkCell& cell : sheet.cells()) {
        const NetworkQuantity& partial = sheet.quantities()[cell.quantity];
        if (partial.kind != QuantityKind::WeightPartial && partial.kind != QuantityKind::BiasPartial)
            continue;
        // The parameter this partial belongs to: its operand in the update cell, found by id.
        const std::string parameterId = partial.id.substr(4); // "dE_dw1_12" → "w1_12"
        const NetworkQuantity& parameter = sheet.quantities()[sheet.quantities().indexOf(parameterId)];
        const double h = 1e-6;
        NetworkSpec plus = spec;
        NetworkSpec minus = spec;
        parameterOf(plus, parameter) += h;
        parameterOf(minus, parameter) -= h;
        const double numeric = (firstLoss(plus) - firstLoss(minus)) / (2.0 * h);
        ++checked;
        EXPECT_NEAR(sheet.value(0, cell.quantity), numeric, 1e-7 + 1e-6 * std::fabs(numeric)) << partial.id;
    }
    return checked;
}

NetworkSpec network(std::vector<int> layers, std::vector<Activation> activations, BiasMode biases,
                    int examples, std::uint64_t seed) {
    NetworkSpec spec;
    spec.layers = std::move(layers);
    spec.activations = std::move(activations);
    spec.biasMode = biases;
    spec.learnBiases = biases != BiasMode::None;
    spec.data = randomExamples(spec.layers.front(), spec.layers.back(), examples, seed);
    drawParameters(spec, seed);
    return spec;
}

TEST(NetworkGradient, LargestReluNetworkAwayFromKinks) {
    using A = Activation;
    NetworkSpec spec =
        network({4, 6, 6, 6, 4}, {A::Relu, A::Relu, A::Relu, A::Identity}, BiasMode::PerUnit, 16, 7);
    // Away from the kinks: no z of a ReLU unit within 1e-4 of 0, far beyond what h = 1e-6 moves it.
    NetworkSheet sheet(spec, 1);
    sheet.runTo(1);
    double nearest = 1.0;
    for (const NetworkQuantity& q : sheet.quantities().list()) {
        if (q.kind == QuantityKind::PreActivation && q.layer < spec.lastLayer()) {
            nearest = std::min(nearest, std::fabs(sheet.value(0, sheet.quantities().indexOf(q.id))));
        }
    }
    ASSERT_GT(nearest, 1e-4);
    EXPECT_EQ(checkEveryPartial(spec), 24 + 36 + 36 + 24 + 22);
}

TEST(NetworkGradient, IdentityTanhSigmoidAndCrossEntropyNetworks) {
    using A = Activation;
    NetworkSpec identity = network({2, 3, 1}, {A::Identity, A::Identity}, BiasMode::Shared, 4, 11);
    identity.reduction = LossReduction::Mean;
    identity.batchSize = 3;
    EXPECT_EQ(checkEveryPartial(identity), 6 + 3 + 2);

    NetworkSpec tanh = network({3, 4, 2}, {A::Tanh, A::Tanh}, BiasMode::PerUnit, 5, 12);
    tanh.batchSize = 2;
    EXPECT_EQ(checkEveryPartial(tanh), 12 + 8 + 6);

    NetworkSpec sigmoid =
        network({1, 2, 3, 2, 1}, {A::Sigmoid, A::Tanh, A::Sigmoid, A::Sigmoid}, BiasMode::None, 3, 13);
    EXPECT_EQ(checkEveryPartial(sigmoid), 2 + 6 + 6 + 2);

    NetworkSpec crossEntropy =
        network({2, 2, 2, 1}, {A::Sigmoid, A::Sigmoid, A::Sigmoid}, BiasMode::Shared, 4, 14);
    crossEntropy.loss = Loss::CrossEntropy;
    crossEntropy.reduction = LossReduction::Mean;
    EXPECT_EQ(checkEveryPartial(crossEntropy), 4 + 4 + 2 + 3);

    NetworkSpec crossEntropyTanh = network({2, 3, 2}, {A::Tanh, A::Sigmoid}, BiasMode::PerUnit, 4, 15);
    crossEntropyTanh.loss = Loss::CrossEntropy;
    EXPECT_EQ(checkEveryPartial(crossEntropyTanh), 6 + 6 + 5);

    NetworkSpec noHidden = network({4, 4}, {A::Sigmoid}, BiasMode::PerUnit, 16, 16);
    EXPECT_EQ(checkEveryPartial(noHidden), 16 + 4);
}

// Cross-entropy through an output that is not a sigmoid: δ = (a − t)/(a(1 − a))·f′(z), where only the
// sigmoid's f′ = a(1 − a) cancels to a − t. Central differences of E_total (the loss itself, never δ)
// check it, so a δ shared by both engines (loss.cpp's outputDelta) cannot agree with itself. The outputs
// stay in (0, 1), where the loss is defined: positive hidden sigmoids, positive output weights and bias,
// z² = 0.3·a¹₁ + 0.2·a¹₂ + 0.25·a¹₃ + 0.05 in (0.05, 0.8).
TEST(NetworkGradient, CrossEntropyThroughTanhAndIdentityOutputs) {
    for (const Activation output : {Activation::Tanh, Activation::Identity}) {
        SCOPED_TRACE(std::string(activationName(output)));
        NetworkSpec spec;
        spec.layers = {2, 3, 1};
        spec.activations = {Activation::Sigmoid, output};
        spec.loss = Loss::CrossEntropy;
        spec.biasMode = BiasMode::PerUnit;
        spec.learnBiases = true;
        spec.data = randomExamples(2, 1, 4, 21);
        spec.weights = {drawNetworkWeights({2, 3}, WeightInit::XavierUniform, 21).front(),
                        {{0.3, 0.2, 0.25}}};
        spec.biases = {{0.1, -0.2, 0.05}, {0.05}};
        NetworkSheet sheet(spec, 1);
        sheet.runTo(1);
        for (int s = 1; s <= 4; ++s) {
            const double a = sheet.value(0, sheet.quantities().indexOf("a2_1@" + std::to_string(s)));
            ASSERT_TRUE(a > 0.0 && a < 1.0) << a;
        }
        EXPECT_EQ(checkEveryPartial(spec), 6 + 3 + 3 + 1);
    }
}

} // namespace
} // namespace bplab
