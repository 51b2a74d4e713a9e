// The one-cycle schedule at chosen steps against values worked out by hand, so a changed warm-up
// fraction, start or end rate, or a swapped phase shows up as a wrong number.
#include "core/mnist/one_cycle_schedule.h"

#include <gtest/gtest.h>

namespace bplab {
namespace {

// Peak 0.1 over 100 steps: warm-up over the first 0.3·100 = 30 steps, from 0.1/25 = 0.004 up to 0.1;
// then 70 steps of cosine annealing down to 0.004/1e4 = 4e-7. Each phase's rate is
//   to + (from − to)·(1 + cos(π·fraction))/2.
constexpr double kPeak = 0.1;
constexpr long long kSteps = 100;
constexpr double kTolerance = 1e-12;

TEST(OneCycleSchedule, StartsAtAFifthOfAFifthOfThePeak) {
    // Step 0: fraction 0, cos 0 = 1, so the rate is `from` = 0.1/25.
    EXPECT_NEAR(oneCycleRate(kPeak, 0, kSteps), 0.004, kTolerance);
}

TEST(OneCycleSchedule, IsHalfwayUpHalfwayThroughTheWarmUp) {
    // Step 15 of 30: fraction 0.5, cos(π/2) = 0, so (0.004 + 0.1)/2 = 0.052.
    EXPECT_NEAR(oneCycleRate(kPeak, 15, kSteps), 0.052, kTolerance);
}

TEST(OneCycleSchedule, ReachesThePeakWhereTheWarmUpEnds) {
    // Step 30 = 0.3·100 starts the annealing at fraction 0: exactly the peak.
    EXPECT_NEAR(oneCycleRate(kPeak, 30, kSteps), 0.1, kTolerance);
    // One step before, the warm-up is at fraction 29/30: just below it,
    // 0.1 + (0.004 − 0.1)·(1 + cos(29π/30))/2 = 0.1 − 0.096·sin²(π/60) = 0.1 − 0.096·0.0027390523.
    EXPECT_NEAR(oneCycleRate(kPeak, 29, kSteps), 0.1 - 0.096 * 0.0027390523158633, kTolerance);
}

TEST(OneCycleSchedule, IsHalfwayDownInTheMiddleOfTheAnnealing) {
    // Step 65 = 30 + 70/2: fraction 0.5, so (0.1 + 4e-7)/2 = 0.0500002.
    EXPECT_NEAR(oneCycleRate(kPeak, 65, kSteps), 0.0500002, kTolerance);
}

TEST(OneCycleSchedule, EndsNearTheFloorOnTheLastStep) {
    // Step 99: fraction 69/70, (1 + cos(69π/70))/2 = sin²(π/140) = 0.00050346672934,
    // so 4e-7 + (0.1 − 4e-7)·0.00050346672934 = 5.0746471548e-5.
    EXPECT_NEAR(oneCycleRate(kPeak, 99, kSteps), 4e-7 + 0.0999996 * 0.00050346672934268, kTolerance);
    // Past the end the fraction is clamped to 1: the floor, 4e-7.
    EXPECT_NEAR(oneCycleRate(kPeak, 100, kSteps), 4e-7, kTolerance);
    EXPECT_NEAR(oneCycleRate(kPeak, 250, kSteps), 4e-7, kTolerance);
}

TEST(OneCycleSchedule, ScalesWithThePeak) {
    // Every rate is a fixed multiple of the peak: doubling it doubles them all.
    for (long long step : {0LL, 15LL, 30LL, 65LL, 99LL})
        EXPECT_NEAR(oneCycleRate(2 * kPeak, step, kSteps), 2 * oneCycleRate(kPeak, step, kSteps), kTolerance)
            << "step " << step;
}

} // namespace
} // namespace bplab
