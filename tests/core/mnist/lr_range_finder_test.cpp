// The learning-rate range test: its rates, its smoothing and its reading of the curve against hand
// arithmetic, then one short run on real images.
#include "core/mnist/lr_range_test.h"
#include "core/mnist/mnist_trainer.h"
#include "tests/support/mnist_test_data.h"

#include <gtest/gtest.h>

#include <cmath>

namespace bplab {
namespace {

TEST(LrRangeTest, RatesGrowExponentiallyFromTheFirstToTheLast) {
    LrRangeSettings s;
    s.from = 1e-4;
    s.to = 1.0;
    s.batches = 5;
    // Four equal steps on a log scale over four decades: ×10 each.
    const double expected[] = {1e-4, 1e-3, 1e-2, 1e-1, 1.0};
    for (int i = 0; i < 5; ++i) EXPECT_NEAR(rangeTestRate(s, i), expected[i], 1e-12 * expected[i]) << i;

    const LrRangeSettings d; // 1e-5 … 10 over 300 batches: a constant ratio of 10^(6/299)
    const double ratio = std::pow(10.0, 6.0 / 299.0);
    EXPECT_EQ(rangeTestRate(d, 0), 1e-5);
    EXPECT_NEAR(rangeTestRate(d, 299), 10.0, 1e-12);
    for (int i = 1; i < 300; ++i) EXPECT_NEAR(rangeTestRate(d, i) / rangeTestRate(d, i - 1), ratio, 1e-9);
}

TEST(LrRangeTest, SmoothingIsABiasCorrectedMovingAverage) {
    // β = 0.5, losses 2, 1, 4:
    //   avg₁ = 0.5·0 + 0.5·2 = 1     → 1 ÷ (1 − 0.5)   = 2
    //   avg₂ = 0.5·1 + 0.5·1 = 1     → 1 ÷ (1 − 0.25)  = 1.3333…
    //   avg₃ = 0.5·1 + 0.5·4 = 2.5   → 2.5 ÷ (1 − 0.125) = 2.857142…
    std::vector<LrRangePoint> points{{1e-3, 2.0, 0.0}, {1e-2, 1.0, 0.0}, {1e-1, 4.0, 0.0}};
    smoothLosses(points, 0.5);
    EXPECT_DOUBLE_EQ(points[0].smoothed, 2.0);
    EXPECT_DOUBLE_EQ(points[1].smoothed, 4.0 / 3.0);
    EXPECT_DOUBLE_EQ(points[2].smoothed, 2.5 / 0.875);
}

TEST(LrRangeTest, FindsTheSteepestFallTheMinimumAndSuggestsATenthOfItsRate) {
    // Smoothed losses on rates a decade apart (so each slope is the drop ÷ ln 10):
    //   2.3 → 2.2 (−0.1), 2.2 → 1.2 (−1.0, the steepest), 1.2 → 0.5 (−0.7), 0.5 → 0.4 (minimum), 0.4 → 3
    LrRangeResult result;
    const double smoothed[] = {2.3, 2.2, 1.2, 0.5, 0.4, 3.0};
    for (int i = 0; i < 6; ++i) result.points.push_back({std::pow(10.0, i - 5), 0.0, smoothed[i]});
    result.blowUpRate = 1.0;
    analyse(result);
    EXPECT_EQ(result.minimum, 4);
    EXPECT_EQ(result.steepest, 1); // the fall from point 1 to point 2
    EXPECT_DOUBLE_EQ(result.suggestedRate, 1e-1 / 10.0);
    EXPECT_LT(result.suggestedRate, *result.blowUpRate);
    EXPECT_TRUE(blowsUp(3.0, 0.4, 4.0)); // 3 > 4 × 0.4 = 1.6
    EXPECT_FALSE(blowsUp(1.6, 0.4, 4.0));
    EXPECT_TRUE(blowsUp(std::nan(""), 0.4, 4.0));
}

TEST(LrRangeTest, BadSettingsAreRefusedWithASentence) {
    LrRangeSettings s;
    s.from = 0;
    EXPECT_THROW(validate(s), std::invalid_argument);
    s = {};
    s.to = s.from;
    try {
        validate(s);
        FAIL() << "accepted";
    } catch (const std::invalid_argument& error) {
        EXPECT_EQ(std::string(error.what()),
                  "the last rate must be a number above the first (1e-05), not 1e-05");
    }
    s = {};
    s.batches = 1;
    EXPECT_THROW(validate(s), std::invalid_argument);
}

TEST(LrRangeTest, ARunOnRealImagesClimbsTheRatesFindsTheBlowUpAndLeavesATrainedModelAlone) {
    auto data = testing::smallMnist(2000, 300);
    ASSERT_TRUE(data);
    TrainConfig recipe;
    recipe.batchSize = 64;
    recipe.threads = 1;
    recipe.epochs = 1;
    MnistTrainer trainer(recipe, data);
    ASSERT_TRUE(trainer.train({}, StopToken{}));
    const double lossBefore = trainer.evaluate().loss;
    const std::string weightsBefore = trainer.checkpointBytes();

    LrRangeSettings settings;
    settings.from = 1e-4;
    settings.to = 100.0; // far enough for SGD to blow up on any seed
    settings.batches = 80;
    int seen = 0;
    const LrRangeResult result = runLrRangeTest(
        recipe, data, settings,
        [&](const LrRangePoint& point, int index) {
            EXPECT_EQ(index, seen++);
            EXPECT_EQ(point.rate, rangeTestRate(settings, index));
        },
        StopToken{});
    ASSERT_GE(result.points.size(), 10u);
    EXPECT_EQ(static_cast<int>(result.points.size()), seen);
    ASSERT_TRUE(result.blowUpRate.has_value()) << "the loss stayed low up to 100";
    EXPECT_LT(static_cast<int>(result.points.size()), settings.batches) << "it stopped at the blow-up";
    EXPECT_GT(result.points.back().smoothed, settings.blowUpFactor * result.points[result.minimum].smoothed);
    ASSERT_GE(result.steepest, 0);
    EXPECT_LT(result.steepest, result.minimum);
    EXPECT_LT(result.suggestedRate, *result.blowUpRate);
    EXPECT_GT(result.points.front().loss, 1.5); // an untrained model: near ln 10

    EXPECT_EQ(trainer.evaluate().loss, lossBefore);
    EXPECT_TRUE(trainer.checkpointBytes() == weightsBefore) << "weights, optimizer state or history changed";
}

TEST(LrRangeTest, StopsWhenAskedAndSaysItWasCancelled) {
    auto data = testing::smallMnist(1000, 100);
    ASSERT_TRUE(data);
    TrainConfig recipe;
    recipe.threads = 1;
    StopToken stop;
    const LrRangeResult result = runLrRangeTest(
        recipe, data, {},
        [&](const LrRangePoint&, int index) {
            if (index == 4) stop.requestStop();
        },
        stop);
    EXPECT_TRUE(result.cancelled);
    EXPECT_EQ(result.points.size(), 5u);
}

} // namespace
} // namespace bplab
