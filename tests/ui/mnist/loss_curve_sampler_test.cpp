// The loss chart's points: about 100 an epoch instead of one a batch (a default MNIST run had 14,000,
// and Qt Charts redid them all ten times a second), the smoothed values still the batches' moving
// average, every rate change a vertical step, and a run that stops mid-epoch ending where it stopped.
#include "ui/mnist/training/loss_curve_sampler.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace bplab::ui {
namespace {

BatchProgress batch(int epoch, int index, int batches, double loss, double rate) {
    BatchProgress progress;
    progress.epoch = epoch;
    progress.batch = index;
    progress.batches = batches;
    progress.loss = loss;
    progress.peakLearningRate = rate;
    return progress;
}

// A made-up, wobbling loss for batch `n` of the run.
double lossAt(int n) { return 2.0 / (1.0 + 0.01 * n) + 0.3 * std::sin(0.7 * n); }

TEST(LossCurveSampler, KeepsAboutAHundredPointsAnEpochOfTheMovingAverage) {
    constexpr int kBatches = 938; // MNIST's 60,000 images in batches of 64
    LossCurveSampler sampler;
    std::vector<double> average; // the moving average, computed here batch by batch
    QList<QPointF> loss;
    for (int epoch = 1; epoch <= 2; ++epoch) {
        for (int b = 1; b <= kBatches; ++b) {
            const int n = (epoch - 1) * kBatches + b;
            const double value = lossAt(n);
            average.push_back(average.empty() ? value : 0.98 * average.back() + 0.02 * value);
            sampler.add(batch(epoch, b, kBatches, value, 0.01));
        }
        loss.append(sampler.takeLoss());
    }
    // The run's first batch, every 9th (938 / 100) and each epoch's last: 1 + (104 + 1) per epoch.
    ASSERT_EQ(loss.size(), 1 + 2 * (kBatches / 9 + 1));
    for (const QPointF& point : loss) {
        // x = epochs done; the batch it came from must be a 9th one or an epoch's end.
        const int n = static_cast<int>(std::lround(point.x() * kBatches));
        const int b = (n - 1) % kBatches + 1;
        EXPECT_TRUE(n == 1 || b % 9 == 0 || b == kBatches) << "batch " << b;
        EXPECT_NEAR(point.y(), average[static_cast<std::size_t>(n - 1)], 1e-12) << "batch " << n;
    }
    EXPECT_DOUBLE_EQ(loss.last().x(), 2.0); // the second epoch's end
    EXPECT_DOUBLE_EQ(loss.last().y(), average.back());
}

TEST(LossCurveSampler, ARateChangeBetweenKeptPointsIsAVerticalStep) {
    LossCurveSampler sampler;
    constexpr int kBatches = 500; // a point every 5 batches
    for (int b = 1; b <= kBatches; ++b) sampler.add(batch(1, b, kBatches, 1.0, b <= 12 ? 0.01 : 0.1));
    const QList<QPointF> rate = sampler.takeRate();
    // Kept: 1 (the run's first), 5, 10; batch 12 (old rate, not a kept one), then the step at batch 12
    // to the new rate.
    ASSERT_GE(rate.size(), 6);
    EXPECT_EQ(rate[0], QPointF(1.0 / kBatches, 0.01));
    EXPECT_EQ(rate[1], QPointF(5.0 / kBatches, 0.01));
    EXPECT_EQ(rate[2], QPointF(10.0 / kBatches, 0.01));
    EXPECT_EQ(rate[3], QPointF(12.0 / kBatches, 0.01));
    EXPECT_EQ(rate[4], QPointF(12.0 / kBatches, 0.1));
    EXPECT_EQ(rate[5], QPointF(15.0 / kBatches, 0.1));
    // The whole line is level and vertical pieces: no segment slopes.
    for (qsizetype i = 1; i < rate.size(); ++i)
        EXPECT_TRUE(rate[i].x() == rate[i - 1].x() || rate[i].y() == rate[i - 1].y()) << "segment " << i;
}

TEST(LossCurveSampler, ARunStoppedMidEpochEndsWhereItStopped) {
    LossCurveSampler sampler;
    for (int b = 1; b <= 23; ++b) sampler.add(batch(1, b, 938, 1.0 + b, 0.01)); // kept: 1, 9, 18
    EXPECT_EQ(sampler.takeLoss().size(), 3);
    sampler.addLatest();
    const QList<QPointF> last = sampler.takeLoss();
    ASSERT_EQ(last.size(), 1);
    EXPECT_DOUBLE_EQ(last[0].x(), 23.0 / 938);
    EXPECT_EQ(sampler.takeRate().size(), 4); // 1, 9, 18 and 23
    sampler.addLatest(); // nothing new: nothing added twice
    EXPECT_TRUE(sampler.takeLoss().isEmpty());
    // Resumed at another rate: its curves start at its first batch, so the rate line has no slope
    // from where the last run stopped to the first kept point after it.
    sampler.reset();
    sampler.add(batch(1, 24, 938, 2.0, 0.05));
    EXPECT_EQ(sampler.takeRate(), (QList<QPointF>{{24.0 / 938, 0.05}}));
    EXPECT_EQ(sampler.takeLoss().size(), 1);
}

TEST(LossCurveSampler, ASmallEpochKeepsEveryBatchAndResetStartsAfresh) {
    LossCurveSampler sampler;
    for (int b = 1; b <= 10; ++b) sampler.add(batch(1, b, 10, 5.0, 0.01));
    EXPECT_EQ(sampler.takeLoss().size(), 10);
    sampler.reset();
    sampler.add(batch(1, 1, 10, 3.0, 0.02));
    const QList<QPointF> loss = sampler.takeLoss();
    ASSERT_EQ(loss.size(), 1);
    EXPECT_DOUBLE_EQ(loss[0].y(), 3.0); // not averaged with the run before
    EXPECT_EQ(sampler.takeRate(), (QList<QPointF>{{0.1, 0.02}})); // no step from the old run's rate
}

} // namespace
} // namespace bplab::ui
