// The measurements the lessons quote: the smallest η that diverges, the smallest whose loss bounces,
// and whether a network can diverge at all. Each is checked against runs of the sheet made here.
#include "core/sheet/lessons/divergence_threshold.h"

#include "core/sheet/backprop_sheet.h"
#include "core/sheet/lessons/scenario.h"

#include <gtest/gtest.h>

#include <cmath>

namespace bplab {
namespace {

SheetInputs identityAt(double learningRate) {
    SheetInputs inputs;
    inputs.activation = Activation::Identity;
    inputs.learningRate = learningRate;
    return inputs;
}

SheetInputs withRateOf(SheetInputs inputs, double learningRate) {
    inputs.learningRate = learningRate;
    return inputs;
}

bool diverges(const SheetInputs& inputs, int iterations) {
    BackpropSheet sheet(inputs, iterations);
    sheet.runToEnd();
    return sheet.divergedAt() && !sheet.stoppedAtUncomputableCell();
}

TEST(SmallestRateWhere, FindsAStepToItsPrecision) {
    const auto found = smallestRateWhere([](double rate) { return rate >= 3.7; }, 0.001, 1000.0);
    ASSERT_TRUE(found);
    EXPECT_GE(*found, 3.7);
    EXPECT_LT(*found, 3.7 * (1 + 2e-6));
    EXPECT_FALSE(smallestRateWhere([](double) { return false; }, 0.001, 1000.0));
    EXPECT_EQ(smallestRateWhere([](double) { return true; }, 0.001, 1000.0), 0.001);
}

TEST(DivergenceThreshold, TheIdentityNetworkDivergesJustAboveItAndNotJustBelow) {
    // README: identity diverges "from about η = 18" over 2,000 iterations.
    const auto threshold = measureDivergenceThreshold(identityAt(1.0), 100);
    ASSERT_TRUE(threshold);
    EXPECT_GT(*threshold, 17.0);
    EXPECT_LT(*threshold, 19.0);
    // Independent of the search: plain runs on both sides of it, and a scan below it in steps of 0.1.
    EXPECT_TRUE(diverges(identityAt(*threshold * 1.0001), 100));
    EXPECT_FALSE(diverges(identityAt(*threshold * 0.9999), 100));
    for (double rate = 0.1; rate < *threshold * 0.9999; rate += 0.1) {
        EXPECT_FALSE(diverges(identityAt(rate), 100)) << "η = " << rate;
    }
}

TEST(DivergenceThreshold, TheSeedSigmoidNetworkNeverDiverges) {
    EXPECT_FALSE(measureDivergenceThreshold(SheetInputs{}, 100));
    SheetInputs atTheEnd;
    atTheEnd.learningRate = kMaxTypedLearningRate;
    EXPECT_EQ(runOutcome(atTheEnd, 100), RunOutcome::Completed);
}

TEST(RunOutcome, TellsACrossEntropyStopFromADivergence) {
    EXPECT_EQ(runOutcome(identityAt(50.0), 100), RunOutcome::Diverged);
    SheetInputs crossEntropy;
    crossEntropy.loss = Loss::CrossEntropy;
    crossEntropy.activation = Activation::Identity; // outputs leave (0, 1): the loss cannot be computed
    crossEntropy.learningRate = 50.0;
    EXPECT_EQ(runOutcome(crossEntropy, 100), RunOutcome::Stopped);
    EXPECT_EQ(runOutcome(SheetInputs{}, 100), RunOutcome::Completed);
}

TEST(LossBounces, CountsVisibleRisesOnly) {
    EXPECT_FALSE(lossBounces({0.5, 0.4, 0.3, 0.3}));
    EXPECT_TRUE(lossBounces({0.5, 0.3, 0.4, 0.2}));
    // A rise of 1e-31 at a loss of 1e-30 is rounding, a millionth of the starting 0.5 is not.
    EXPECT_FALSE(lossBounces({0.5, 1e-30, 1.1e-30}));
    EXPECT_TRUE(lossBounces({0.5, 0.1, 0.1 + 1e-6}));
    EXPECT_FALSE(lossBounces({}));
}

TEST(OscillationThreshold, BelowItTheLossFallsSteadilyAboveItItBounces) {
    const auto threshold = measureOscillationThreshold(identityAt(1.0), 100);
    ASSERT_TRUE(threshold);
    auto bounces = [](double rate) {
        BackpropSheet sheet(identityAt(rate), 100);
        sheet.runToEnd();
        return lossBounces(sheet.lossCurve());
    };
    EXPECT_TRUE(bounces(*threshold * 1.0001));
    for (double rate = 0.1; rate < *threshold * 0.9999; rate += 0.1) {
        EXPECT_FALSE(bounces(rate)) << "η = " << rate;
    }
    EXPECT_LT(*threshold, *measureDivergenceThreshold(identityAt(1.0), 100));
}

TEST(CannotDiverge, OnlyBoundedOutputsWithSquaredErrorThatSurviveTheRate) {
    EXPECT_TRUE(cannotDiverge(SheetInputs{}, 100, 100.0));
    SheetInputs tanh;
    tanh.activation = Activation::Tanh;
    EXPECT_TRUE(cannotDiverge(tanh, 100, 100.0));
    EXPECT_FALSE(cannotDiverge(identityAt(1.0), 100, 100.0));
    SheetInputs tanhCrossEntropy; // a tanh output leaves (0, 1): the run stops, nothing to explain
    tanhCrossEntropy.activation = Activation::Tanh;
    tanhCrossEntropy.loss = Loss::CrossEntropy;
    EXPECT_FALSE(cannotDiverge(tanhCrossEntropy, 100, 100.0));
    SheetInputs identityCrossEntropy = identityAt(1.0);
    identityCrossEntropy.loss = Loss::CrossEntropy;
    EXPECT_FALSE(cannotDiverge(identityCrossEntropy, 100, 100.0));
}

TEST(CannotDiverge, SigmoidWithCrossEntropyNeitherDivergesUpToTheSlidersEnd) {
    // Measured, independently of cannotDiverge: the seed and the classic example with cross-entropy
    // complete at every η on a log grid up to 100 (the slider's end); at a typed η = 1000 an output
    // rounds to exactly 1 and the run stops at its loss cell, which is not a divergence either.
    for (SheetInputs network : {SheetInputs{}, classicWorkedExample()}) {
        network.loss = Loss::CrossEntropy;
        for (double rate = 0.1; rate <= 100.0 * 1.0001; rate *= std::pow(10.0, 0.25)) {
            EXPECT_EQ(runOutcome(withRateOf(network, rate), 100), RunOutcome::Completed) << "η = " << rate;
        }
        EXPECT_EQ(runOutcome(withRateOf(network, 1000.0), 100), RunOutcome::Stopped);
        EXPECT_TRUE(cannotDiverge(network, 100, 100.0));
        EXPECT_TRUE(cannotDiverge(network, 100, 1000.0)); // stopped is not diverged
    }
}

TEST(Scenario, PlaceholdersAreFilledWithMeasuredValues) {
    Scenario scenario;
    scenario.title = "identity";
    scenario.inputs = identityAt(16.0);
    const std::string text = withMeasurements(
        "diverges from {divergence_threshold}, bounces from {oscillation_threshold}, at {eta}; "
        "{unknown} stays",
        scenario);
    const double threshold = *measureDivergenceThreshold(scenario.inputs, scenario.iterations);
    EXPECT_NE(text.find("diverges from " + formatShort(threshold) + ","), std::string::npos) << text;
    EXPECT_NE(text.find("at 16;"), std::string::npos) << text;
    EXPECT_NE(text.find("{unknown} stays"), std::string::npos) << text;
    scenario.inputs = SheetInputs{};
    EXPECT_EQ(withMeasurements("{divergence_threshold}", scenario), "none up to 1000");
}

TEST(Scenario, ValidationRefusesWhatCannotBeShown) {
    Scenario scenario;
    scenario.title = "ok";
    EXPECT_NO_THROW(validate(scenario));
    Scenario untitled = scenario;
    untitled.title.clear();
    EXPECT_THROW(validate(untitled), std::invalid_argument);
    for (int iterations : {0, -5, Scenario::kMaxIterations + 1}) {
        Scenario wrong = scenario;
        wrong.iterations = iterations;
        EXPECT_THROW(validate(wrong), std::invalid_argument) << iterations;
    }
    Scenario badRate = scenario;
    badRate.inputs.learningRate = 0.0;
    EXPECT_THROW(validate(badRate), std::invalid_argument);
    Scenario badCompare = scenario;
    badCompare.compareRates = {0.5, std::nan("")};
    EXPECT_THROW(validate(badCompare), std::invalid_argument);
    badCompare.compareRates.assign(kMaxCompareRates + 1, 0.5);
    EXPECT_THROW(validate(badCompare), std::invalid_argument);
}

} // namespace
} // namespace bplab
