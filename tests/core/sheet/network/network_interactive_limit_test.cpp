// How many rows the window offers an own network: as many as hold NetworkSheet::kInteractiveValues, at
// least the default 100 and at most the seed sheet's interactive limit.
#include "core/sheet/network/network_architecture.h"
#include "core/sheet/network/network_sheet.h"

#include <gtest/gtest.h>

namespace bplab {
namespace {

NetworkSpec networkOf(const std::vector<int>& layers, TrainingSet data) {
    NetworkSpec spec;
    spec.layers = layers;
    spec.activations.assign(layers.size() - 1, Activation::Sigmoid);
    spec.biasMode = BiasMode::PerUnit;
    spec.learnBiases = true;
    spec.data = std::move(data);
    spec.weights = startingWeights(layers, WeightInit::Uniform, 1);
    spec.biases = zeroBiases(spec);
    return spec;
}

TrainingSet examples(int count, int inputs, int targets) {
    TrainingSet set;
    for (int k = 0; k < count; ++k)
        set.examples.push_back({std::vector<double>(static_cast<std::size_t>(inputs), 0.5),
                                std::vector<double>(static_cast<std::size_t>(targets), 0.5)});
    return set;
}

TEST(NetworkInteractiveLimit, XorOnTwoTwoOneGetsTheRowsThatHoldThreeMillionValues) {
    const NetworkSheet sheet(networkOf({2, 2, 1}, trainingSetPreset(TrainingSetPreset::Xor)));
    const long long perRow = sheet.quantityCount();
    const int rows = sheet.maxInteractiveIterations();
    EXPECT_LE(rows * perRow, NetworkSheet::kInteractiveValues);
    EXPECT_GT((rows + 1) * perRow, NetworkSheet::kInteractiveValues);
    // What docs/guide/your-own-network.md says: about 40,000 rows for XOR on 2-2-1.
    EXPECT_GT(rows, 35'000);
    EXPECT_LT(rows, 45'000);
}

TEST(NetworkInteractiveLimit, TheLargestNetworkGetsAboutEighteenHundredRows) {
    const NetworkSheet sheet(networkOf({4, 6, 6, 6, 4}, examples(16, 4, 4)));
    const int rows = sheet.maxInteractiveIterations();
    EXPECT_LE(rows * static_cast<long long>(sheet.quantityCount()), NetworkSheet::kInteractiveValues);
    EXPECT_GT((rows + 1) * static_cast<long long>(sheet.quantityCount()), NetworkSheet::kInteractiveValues);
    // What docs/guide/your-own-network.md says: about 1,800 rows (1,676 values a row).
    EXPECT_GT(rows, 1700);
    EXPECT_LT(rows, 1900);
}

TEST(NetworkInteractiveLimit, ATinyNetworkStopsAtTheSeedSheetsLimit) {
    const NetworkSheet sheet(networkOf({1, 1}, examples(1, 1, 1)));
    EXPECT_EQ(sheet.maxInteractiveIterations(), BackpropSheet::kMaxInteractiveIterations);
}

// The window asks before every edit (each step of an η drag); the answer must be the one a new sheet
// of the edited spec gives, whether the edit keeps the quantities or not.
TEST(NetworkInteractiveLimit, TheLimitAfterAnEditIsTheEditedSpecsOwn) {
    const NetworkSheet sheet(networkOf({2, 2, 1}, trainingSetPreset(TrainingSetPreset::Xor)));
    NetworkSpec fasterRate = sheet.spec();
    fasterRate.learningRate = 3.0;
    EXPECT_EQ(maxInteractiveIterationsAfter(sheet, fasterRate), maxInteractiveIterationsFor(fasterRate));
    EXPECT_EQ(maxInteractiveIterationsAfter(sheet, fasterRate), sheet.maxInteractiveIterations());

    // Wider layers and one example per step: other quantities, so another limit.
    const NetworkSpec larger = networkOf({4, 6, 6, 6, 4}, examples(16, 4, 4));
    EXPECT_EQ(maxInteractiveIterationsAfter(sheet, larger), maxInteractiveIterationsFor(larger));
    EXPECT_LT(maxInteractiveIterationsAfter(sheet, larger), sheet.maxInteractiveIterations());
    NetworkSpec stochastic = sheet.spec();
    stochastic.batchSize = 1;
    EXPECT_EQ(maxInteractiveIterationsAfter(sheet, stochastic), maxInteractiveIterationsFor(stochastic));
    EXPECT_NE(maxInteractiveIterationsAfter(sheet, stochastic), sheet.maxInteractiveIterations());
}

} // namespace
} // namespace bplab
