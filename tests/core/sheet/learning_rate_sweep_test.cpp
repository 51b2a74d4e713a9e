#include "core/sheet/analysis/learning_rate_sweep.h"

#include "core/sheet/backprop_sheet.h"

#include <gtest/gtest.h>

namespace bplab {
namespace {

TEST(LearningRateSweep, OneCurvePerSeedRateEachMatchingItsOwnRun) {
    const auto curves = sweepLearningRates(SheetInputs{}, kSeedLearningRates, 50);
    ASSERT_EQ(curves.size(), 6u);
    for (std::size_t k = 0; k < curves.size(); ++k) {
        EXPECT_EQ(curves[k].learningRate, kSeedLearningRates[k]);
        ASSERT_EQ(curves[k].losses.size(), 50u);
        SheetInputs inputs;
        inputs.learningRate = kSeedLearningRates[k];
        BackpropSheet alone(inputs, 50);
        alone.runToEnd();
        EXPECT_EQ(curves[k].losses, alone.lossCurve());
    }
    // All start from the same forward pass; larger steps go further down on this sigmoid network.
    for (std::size_t k = 1; k < curves.size(); ++k) {
        EXPECT_EQ(curves[k].losses.front(), curves[0].losses.front());
        EXPECT_LT(curves[k].losses.back(), curves[k - 1].losses.back());
    }
}

TEST(LearningRateSweep, ReportsDivergencePerCurve) {
    SheetInputs inputs;
    inputs.activation = Activation::Identity;
    const auto curves = sweepLearningRates(inputs, {0.5, 50.0}, 500);
    EXPECT_FALSE(curves[0].divergedAt);
    EXPECT_TRUE(curves[1].divergedAt);
}

TEST(LearningRateSweep, RejectsABadRate) {
    EXPECT_THROW(sweepLearningRates(SheetInputs{}, {0.5, -1.0}, 10), std::invalid_argument);
}

TEST(LearningRateSweep, IterationsToReachFindsTheFirstRowAtOrBelowTheTarget) {
    LossCurve curve{0.5, {0.3, 0.2, 0.1, 0.05}, std::nullopt, std::nullopt};
    EXPECT_EQ(iterationsToReach(curve, 0.1), 2);
    EXPECT_EQ(iterationsToReach(curve, 0.3), 0);
    EXPECT_FALSE(iterationsToReach(curve, 0.01));
}

} // namespace
} // namespace bplab
