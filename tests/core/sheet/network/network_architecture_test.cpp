// What follows from a layer list alone: the one recipe that draws every layer's starting weights from one
// seed (the command line, the scenario files and the tests share it), the layer checks that run before
// anything is drawn, the default layers around a training set, and biases at 0.
#include "core/sheet/network/network_architecture.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace bplab {
namespace {

TEST(NetworkArchitecture, DrawNetworkWeightsDrawsLayerAfterLayerFromOneSequence) {
    const auto weights = drawNetworkWeights({2, 3, 1}, WeightInit::XavierUniform, /*seed=*/7);
    // The same as one WeightInitializer drawing W¹ (3×2), then W² (1×3) where W¹ stopped.
    WeightInitializer initializer(WeightInit::XavierUniform, 7);
    const auto first = initializer.drawLayer(/*fanIn=*/2, /*fanOut=*/3);
    const auto second = initializer.drawLayer(/*fanIn=*/3, /*fanOut=*/1);
    ASSERT_EQ(weights.size(), 2u);
    EXPECT_EQ(weights[0], first);
    EXPECT_EQ(weights[1], second);
    // W² is not a fresh draw from the seed: a second initializer's first 3 numbers differ.
    WeightInitializer fresh(WeightInit::XavierUniform, 7);
    EXPECT_NE(fresh.drawLayer(3, 1), second);
    // Uniform takes its r: every weight in [−0.01, 0.01).
    for (const auto& matrix : drawNetworkWeights({4, 6, 4}, WeightInit::Uniform, 3, 0.01))
        for (const auto& row : matrix)
            for (double w : row) EXPECT_TRUE(w >= -0.01 && w < 0.01) << w;
    EXPECT_THROW(drawNetworkWeights({2, 0, 1}, WeightInit::HeUniform, 1), std::invalid_argument);
    EXPECT_THROW(drawNetworkWeights({2, 2, 1}, WeightInit::Uniform, 1, -0.5), std::invalid_argument);
}

TEST(NetworkArchitecture, TheLayerListIsJudgedBeforeAnythingIsDrawn) {
    EXPECT_TRUE(architectureProblems({2, 2, 1}).empty());
    EXPECT_TRUE(architectureProblems({4, 6, 6, 6, 4}).empty());
    EXPECT_EQ(englishOf(architectureProblems({2})),
              std::vector<std::string>{"the network has 1 layer: it needs an input "
                                       "layer, 0 to 3 hidden layers and an output "
                                       "layer"});
    const std::vector<NetworkProblem> hidden = architectureProblems({2, 7, 1});
    ASSERT_EQ(hidden.size(), 1u);
    EXPECT_EQ(hidden.front().kind, NetworkProblemKind::HiddenLayerSize);
    EXPECT_EQ(hidden.front().values, (std::vector<std::string>{"1", "7", "1", "6"})); // layer, units, 1 to 6
    EXPECT_EQ(hidden.front().english, "hidden layer 1 has 7 units: it may have 1 to 6");
    // 1,000 layers of 999 units would be about 8 GB of weights: nothing is drawn, and the sentence says why.
    const std::vector<int> huge(1000, 999);
    EXPECT_TRUE(startingWeights(huge, WeightInit::XavierUniform, 1).empty());
    EXPECT_EQ(architectureProblems(huge).front().english.rfind("the network has 1000 layers", 0), 0u);
    EXPECT_TRUE(startingWeights({2, 999, 1}, WeightInit::XavierUniform, 1).empty());
    EXPECT_EQ(startingWeights({2, 2, 1}, WeightInit::HeUniform, 5),
              drawNetworkWeights({2, 2, 1}, WeightInit::HeUniform, 5));
}

TEST(NetworkArchitecture, DefaultLayersAndZeroBiases) {
    // XOR: 2 inputs, the seed sheet's 2 hidden units, 1 target.
    EXPECT_EQ(defaultLayersFor(trainingSetPreset(TrainingSetPreset::Xor)), (std::vector<int>{2, 2, 1}));
    NetworkSpec spec;
    spec.layers = {3, 2, 1};
    EXPECT_TRUE(zeroBiases(spec).empty()); // BiasMode::None
    spec.biasMode = BiasMode::Shared;
    EXPECT_EQ(zeroBiases(spec), (std::vector<std::vector<double>>{{0.0}, {0.0}}));
    spec.biasMode = BiasMode::PerUnit;
    EXPECT_EQ(zeroBiases(spec), (std::vector<std::vector<double>>{{0.0, 0.0}, {0.0}}));
    spec.layers = std::vector<int>(1000, 999);
    EXPECT_TRUE(zeroBiases(spec).empty());
}

} // namespace
} // namespace bplab
