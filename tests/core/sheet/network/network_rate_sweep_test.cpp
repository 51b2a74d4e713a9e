// "Compare rates" on an own network: every curve is a NetworkSheet run at its rate, built here
// independently of the sweep.
#include "core/sheet/network/network_rate_sweep.h"

#include "core/sheet/network/network_sheet.h"
#include "tests/core/sheet/network/network_test_support.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace bplab {
namespace {

using testing::valueOf;
using testing::xorNetwork;

// The run the sweep should have made: the spec at `rate` (and `loss`), run to `iterations`.
NetworkSheet runAt(NetworkSpec spec, double rate, int iterations) {
    spec.learningRate = rate;
    NetworkSheet sheet(spec, iterations);
    sheet.runToEnd();
    return sheet;
}

TEST(NetworkRateSweep, EachCurveIsTheNetworkRunAtItsRate) {
    const std::vector<double> rates{0.5, 2.0};
    const std::vector<LossCurve> curves = sweepLearningRates(xorNetwork(), rates, 300);
    ASSERT_EQ(curves.size(), rates.size());
    for (std::size_t i = 0; i < rates.size(); ++i) {
        const NetworkSheet run = runAt(xorNetwork(), rates[i], 300);
        EXPECT_EQ(curves[i].learningRate, rates[i]);
        EXPECT_EQ(curves[i].losses, run.lossCurve()) << "η = " << rates[i];
        EXPECT_EQ(curves[i].losses.size(), 300U);
        EXPECT_EQ(curves[i].divergedAt, std::nullopt);
        EXPECT_EQ(curves[i].loss, std::nullopt); // the network's own loss
    }
}

TEST(NetworkRateSweep, IterationsToTargetOfXorAtTwoRates) {
    // Row 0 uses the starting weights at any rate: E_total(0) is the same for both runs. The target is
    // 1 % below it; the first row at or below it is found by reading each independent run row by row.
    const NetworkSheet slow = runAt(xorNetwork(), 0.5, 300);
    const NetworkSheet fast = runAt(xorNetwork(), 2.0, 300);
    const double start = valueOf(slow, 0, "E_total");
    ASSERT_EQ(valueOf(fast, 0, "E_total"), start);
    const double target = 0.99 * start;
    auto firstAtOrBelow = [target](const NetworkSheet& run) {
        for (int r = 0; r < run.rowCount(); ++r)
            if (valueOf(run, r, "E_total") <= target) return r;
        return -1;
    };
    const int slowRow = firstAtOrBelow(slow);
    const int fastRow = firstAtOrBelow(fast);
    ASSERT_GT(slowRow, 0) << "η = 0.5 should reach 0.99·E_total(0) within 300 steps";
    ASSERT_GT(fastRow, 0);
    EXPECT_LT(fastRow, slowRow); // four times the step: there sooner
    EXPECT_GT(valueOf(slow, slowRow - 1, "E_total"), target);

    const std::vector<LossCurve> curves = sweepLearningRates(xorNetwork(), {0.5, 2.0}, 300);
    EXPECT_EQ(iterationsToReach(curves[0], target), slowRow);
    EXPECT_EQ(iterationsToReach(curves[1], target), fastRow);
}

TEST(NetworkRateSweep, OutputSquaredErrorIsTheLossCurveOfASquaredErrorNetwork) {
    const NetworkSheet run = runAt(xorNetwork(), 0.5, 20);
    EXPECT_EQ(outputSquaredErrorCurve(run), run.lossCurve());
}

TEST(NetworkRateSweep, OutputSquaredErrorOfACrossEntropyStepByHand) {
    // Two examples per step, averaged: each row shows its two examples' targets t₁[1], t₁[2] and
    // outputs a²₁[1], a²₁[2]. ½·squared error of the step:
    // (½·(t₁[1] − a²₁[1])² + ½·(t₁[2] − a²₁[2])²) / 2, whatever loss it trains on.
    NetworkSpec spec = xorNetwork();
    spec.loss = Loss::CrossEntropy;
    spec.reduction = LossReduction::Mean;
    spec.batchSize = 2;
    const NetworkSheet run = runAt(spec, 0.5, 3);
    const std::vector<double> errors = outputSquaredErrorCurve(run);
    ASSERT_EQ(errors.size(), 3U);
    for (int r = 0; r < 3; ++r) {
        const double e1 = 0.5 * std::pow(valueOf(run, r, "t1@1") - valueOf(run, r, "a2_1@1"), 2);
        const double e2 = 0.5 * std::pow(valueOf(run, r, "t1@2") - valueOf(run, r, "a2_1@2"), 2);
        EXPECT_DOUBLE_EQ(errors[static_cast<std::size_t>(r)], (e1 + e2) / 2) << "row " << r;
    }
    EXPECT_NE(errors, run.lossCurve()); // cross-entropy's E_total is another measure
}

TEST(NetworkRateSweep, BothLossesRunEachRateOncePerLossOnOneScale) {
    const std::vector<LossCurve> curves = sweepLearningRatesAndLosses(xorNetwork(), {0.5, 2.0}, 50);
    ASSERT_EQ(curves.size(), 4U); // η = 0.5 squared, cross-entropy; η = 2 squared, cross-entropy
    std::size_t i = 0;
    for (double rate : {0.5, 2.0}) {
        for (Loss loss : kAllLosses) {
            NetworkSpec spec = xorNetwork();
            spec.loss = loss;
            const NetworkSheet run = runAt(spec, rate, 50);
            EXPECT_EQ(curves[i].learningRate, rate);
            EXPECT_EQ(curves[i].loss, loss);
            EXPECT_EQ(curves[i].losses, outputSquaredErrorCurve(run)) << rate << " " << lossName(loss);
            ++i;
        }
    }
}

TEST(NetworkRateSweep, BothLossesRefuseATargetOutsideZeroToOne) {
    NetworkSpec spec = xorNetwork();
    spec.data.examples[0].targets = {2.0}; // fine for squared error, no cross-entropy
    EXPECT_NO_THROW(sweepLearningRates(spec, {0.5}, 5));
    EXPECT_THROW(sweepLearningRatesAndLosses(spec, {0.5}, 5), std::invalid_argument);
}

} // namespace
} // namespace bplab
