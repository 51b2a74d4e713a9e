// NetworkForward: the forward pass of a row's parameters on any input. At a training example it must
// give the sheet's own a^L values of that row (the same arithmetic), for every architecture the sheet
// offers; away from the examples, the hand arithmetic of a 2-2-1 network.
#include "core/sheet/network/network_forward.h"
#include "core/sheet/network/network_sheet.h"
#include "tests/core/sheet/network/network_test_support.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

namespace bplab {
namespace {

// Three examples with 2 inputs and 2 targets in (0, 1).
TrainingSet threeExamples() {
    return {{{{0.1, 0.9}, {0.2, 0.8}}, {{-0.5, 0.3}, {0.7, 0.1}}, {{0.9, -0.4}, {0.4, 0.6}}}};
}

// Small weights of mixed signs, different in every place: w^l_jk = 0.1·((l + 2j + 3k) mod 7) − 0.3.
std::vector<std::vector<std::vector<double>>> mixedWeights(const std::vector<int>& layers) {
    std::vector<std::vector<std::vector<double>>> weights;
    for (std::size_t l = 1; l < layers.size(); ++l) {
        weights.emplace_back(static_cast<std::size_t>(layers[l]),
                             std::vector<double>(static_cast<std::size_t>(layers[l - 1])));
        for (std::size_t j = 0; j < weights.back().size(); ++j) {
            for (std::size_t k = 0; k < weights.back()[j].size(); ++k) {
                weights.back()[j][k] = 0.1 * static_cast<double>((l + 2 * j + 3 * k) % 7) - 0.3;
            }
        }
    }
    return weights;
}

// 2-3-2, tanh then sigmoid, one shared bias per layer (learned), one example per step.
NetworkSpec sharedBiasNetwork() {
    NetworkSpec spec;
    spec.layers = {2, 3, 2};
    spec.activations = {Activation::Tanh, Activation::Sigmoid};
    spec.biasMode = BiasMode::Shared;
    spec.learnBiases = true;
    spec.batchSize = 1;
    spec.data = threeExamples();
    spec.weights = mixedWeights(spec.layers);
    spec.biases = {{0.35}, {-0.6}};
    return spec;
}

// 2-3-4-3-2 with three hidden layers (relu, tanh, identity) and a sigmoid output, a bias per unit
// (learned), two examples per step, mean loss.
NetworkSpec threeHiddenLayers() {
    NetworkSpec spec;
    spec.layers = {2, 3, 4, 3, 2};
    spec.activations = {Activation::Relu, Activation::Tanh, Activation::Identity, Activation::Sigmoid};
    spec.biasMode = BiasMode::PerUnit;
    spec.learnBiases = true;
    spec.reduction = LossReduction::Mean;
    spec.batchSize = 2;
    spec.data = threeExamples();
    spec.weights = mixedWeights(spec.layers);
    spec.biases = {{0.1, -0.2, 0.3}, {0.05, 0.1, -0.15, 0.2}, {-0.1, 0.0, 0.1}, {0.2, -0.3}};
    return spec;
}

// 2-2-2 identity network with shared biases that are not learned: the plain linear map.
NetworkSpec linearNetwork() {
    NetworkSpec spec;
    spec.layers = {2, 2, 2};
    spec.activations = {Activation::Identity, Activation::Identity};
    spec.biasMode = BiasMode::Shared;
    spec.learningRate = 0.1;
    spec.data = threeExamples();
    spec.weights = mixedWeights(spec.layers);
    spec.biases = {{0.5}, {-0.25}};
    return spec;
}

std::vector<NetworkSpec> everyArchitecture() {
    return {testing::xorNetwork(), sharedBiasNetwork(), threeHiddenLayers(), linearNetwork()};
}

std::vector<double> outputsAt(const NetworkForward& forward, const std::vector<double>& inputs) {
    std::vector<double> out(static_cast<std::size_t>(forward.outputCount()));
    forward.outputs(inputs.data(), out.data());
    return out;
}

TEST(NetworkForward, GivesTheSheetsOutputsAtEveryExampleOfEveryRow) {
    for (const NetworkSpec& spec : everyArchitecture()) {
        NetworkSheet sheet(spec);
        sheet.runTo(4);
        const NetworkIndex& index = sheet.layout().index();
        for (int r = 0; r < 4; ++r) {
            const NetworkForward forward(spec, index, sheet.row(r));
            ASSERT_EQ(forward.inputCount(), spec.layers.front());
            ASSERT_EQ(forward.outputCount(), spec.layers.back());
            const std::vector<int> examples = sheet.examplesOfRow(r);
            for (std::size_t s = 0; s < examples.size(); ++s) {
                const auto& example = spec.data.examples[static_cast<std::size_t>(examples[s])];
                const std::vector<double> out = outputsAt(forward, example.inputs);
                for (std::size_t j = 0; j < out.size(); ++j) {
                    const double sheetValue =
                        sheet.row(r)[index.a[static_cast<std::size_t>(spec.lastLayer())][s][j]];
                    EXPECT_DOUBLE_EQ(out[j], sheetValue)
                        << spec.layers.size() << " layers, row " << r << ", slot " << s << ", output " << j;
                }
            }
        }
    }
}

TEST(NetworkForward, AfterUpdateIsTheNextRowsNetwork) {
    const std::vector<double> point{0.3, -0.7};
    for (const NetworkSpec& spec : everyArchitecture()) {
        NetworkSheet sheet(spec);
        sheet.runTo(3);
        const NetworkIndex& index = sheet.layout().index();
        for (int r = 0; r + 1 < 3; ++r) {
            const NetworkForward updated(spec, index, sheet.row(r), NetworkForward::Parameters::AfterUpdate);
            const NetworkForward next(spec, index, sheet.row(r + 1));
            const NetworkForward before(spec, index, sheet.row(r));
            EXPECT_EQ(outputsAt(updated, point), outputsAt(next, point)) << spec.layers.size() << " layers";
            // It must really be another network: the step changed the weights.
            EXPECT_NE(outputsAt(updated, point), outputsAt(before, point)) << spec.layers.size() << " layers";
        }
    }
}

TEST(NetworkForward, SpecParametersAreRowZeros) {
    const std::vector<double> point{-1.5, 2.0};
    for (const NetworkSpec& spec : everyArchitecture()) {
        NetworkSheet sheet(spec);
        sheet.runTo(1);
        EXPECT_EQ(outputsAt(NetworkForward(spec), point),
                  outputsAt(NetworkForward(spec, sheet.layout().index(), sheet.row(0)), point));
    }
}

TEST(NetworkForward, HandComputedTwoTwoOnePointWithBiases) {
    // W¹ = [[0.5, −0.25], [0.75, 0.25]], b¹ = [0.1, −0.2]ᵀ, W² = [[0.5, −1]], b² = 0.3, sigmoid both.
    NetworkSpec spec = testing::xorNetwork();
    spec.biasMode = BiasMode::PerUnit;
    spec.biases = {{0.1, -0.2}, {0.3}};
    // x = (0.5, −2), not a training example:
    // z¹₁ = 0.5·0.5 − 0.25·(−2) + 0.1 = 0.85;   a¹₁ = σ(0.85) = 0.700567142473973
    // z¹₂ = 0.75·0.5 + 0.25·(−2) − 0.2 = −0.325; a¹₂ = σ(−0.325) = 0.41945769517934
    // z²₁ = 0.5·0.700567142473973 − 1·0.41945769517934 + 0.3 = 0.230825876057646
    // a²₁ = σ(0.230825876057646) = 0.557451607310508
    const std::vector<double> out = outputsAt(NetworkForward(spec), {0.5, -2.0});
    ASSERT_EQ(out.size(), 1U);
    EXPECT_NEAR(out[0], 0.557451607310508, 1e-15);
}

TEST(NetworkForward, RefusesAnIndexOfAnotherArchitecture) {
    NetworkSheet other(sharedBiasNetwork()); // 2-3-2
    other.runTo(1);
    EXPECT_THROW(NetworkForward(testing::xorNetwork(), other.layout().index(), other.row(0)),
                 std::invalid_argument);
    NetworkSpec tooWide = testing::xorNetwork();
    tooWide.layers = {2, NetworkForward::kMaxLayerUnits + 1, 1};
    EXPECT_THROW(NetworkForward{tooWide}, std::invalid_argument);
}

} // namespace
} // namespace bplab
