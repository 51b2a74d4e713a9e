// Training health: the figures a short run reports (finite, in range), each checked against an
// independent computation on the module itself, and collection that leaves training untouched.
#include "core/mnist/libtorch/health_collector.h"
#include "core/mnist/libtorch/mnist_net.h"
#include "core/mnist/mnist_classifier.h"
#include "core/mnist/mnist_trainer.h"
#include "core/mnist/training_health.h"
#include "tests/support/mnist_test_data.h"

#include <gtest/gtest.h>

#include <cmath>

namespace bplab {
namespace {

TrainConfig oneEpochOnOneThread() {
    TrainConfig config;
    config.epochs = 1;
    config.batchSize = 64;
    config.threads = 1; // bit-identical runs need one thread
    config.seed = 11;
    return config;
}

// ‖t‖₂ summed in double, element by element: a second implementation of torch's norm().
double norm2(const torch::Tensor& t) {
    const torch::Tensor values = t.detach().to(torch::kDouble).contiguous();
    const double* v = values.data_ptr<double>();
    double sum = 0.0;
    for (std::int64_t i = 0; i < values.numel(); ++i) sum += v[i] * v[i];
    return std::sqrt(sum);
}

TEST(TrainingHealth, AShortRunReportsFiniteFiguresInRange) {
    auto data = testing::smallMnist(2000, 500);
    ASSERT_TRUE(data);
    MnistTrainer trainer(oneEpochOnOneThread(), data);
    std::vector<EpochHealth> reported;
    int epochsSeen = 0;
    TrainCallbacks callbacks;
    callbacks.onHealth = [&](const EpochHealth& health) {
        EXPECT_EQ(epochsSeen, health.epoch - 1) << "health comes right before onEpoch";
        reported.push_back(health);
    };
    callbacks.onEpoch = [&](const EpochResult&, const Evaluation&) { ++epochsSeen; };
    ASSERT_TRUE(trainer.train(callbacks, StopToken{}));
    ASSERT_EQ(reported.size(), 1u);
    const EpochHealth& health = reported.front();
    EXPECT_EQ(health.epoch, 1);
    EXPECT_EQ(health.steps, trainer.batchesPerEpoch()); // 2000 / 64 → 32 steps, every one counted
    const std::vector<std::string> weighted{"conv1", "conv2", "conv3", "conv4", "conv5", "fc"};
    ASSERT_EQ(health.weights.size(), weighted.size());
    for (std::size_t i = 0; i < weighted.size(); ++i) {
        const WeightHealth& w = health.weights[i];
        EXPECT_EQ(w.layer, weighted[i]);
        EXPECT_TRUE(std::isfinite(w.gradientNorm) && w.gradientNorm > 0.0 && w.gradientNorm < 100.0)
            << w.layer << " " << w.gradientNorm;
        // A step changes a weight by a sliver of its size: well inside (0, 1).
        EXPECT_TRUE(std::isfinite(w.updateRatio) && w.updateRatio > 1e-6 && w.updateRatio < 1.0)
            << w.layer << " " << w.updateRatio;
    }
    ASSERT_EQ(health.norms.size(), 5u);
    for (const NormHealth& n : health.norms) {
        EXPECT_LE(n.runningMean.min, n.runningMean.mean) << n.layer;
        EXPECT_LE(n.runningMean.mean, n.runningMean.max) << n.layer;
        // Inputs are ReLU outputs (≥ 0), so their running mean is too; a variance is ≥ 0.
        EXPECT_GE(n.runningMean.min, 0.0) << n.layer;
        EXPECT_GT(n.runningVariance.min, 0.0) << n.layer;
        EXPECT_TRUE(std::isfinite(n.runningMean.max) && std::isfinite(n.runningVariance.max)) << n.layer;
        EXPECT_LE(n.runningVariance.mean, n.runningVariance.max) << n.layer;
    }
}

// One SGD step on a network of our own: the collector's figures against the weights before and
// after, the gradient, and the BatchNorm buffers, each computed here another way.
TEST(TrainingHealth, FiguresEqualAnIndependentComputationOverOneStep) {
    torch::manual_seed(3);
    MnistNet net(0.0);
    net->train();
    torch::optim::SGD optimizer(net->parameters(), torch::optim::SGDOptions(0.05).momentum(0.9));
    HealthCollector collector(net);
    collector.startEpoch();
    const torch::Tensor x = torch::randn({16, 1, 28, 28});
    const torch::Tensor y = torch::randint(0, 10, {16}, torch::kLong);
    optimizer.zero_grad();
    torch::nll_loss(net->forward(x), y).backward();
    const std::vector<torch::Tensor> weights{net->conv1->weight, net->conv2->weight, net->conv3->weight,
                                             net->conv4->weight, net->conv5->weight, net->fc->weight};
    std::vector<torch::Tensor> before, gradients;
    for (const torch::Tensor& w : weights) {
        before.push_back(w.detach().clone());
        gradients.push_back(w.grad().clone());
    }
    collector.beforeStep();
    optimizer.step();
    collector.afterStep();
    const EpochHealth health = collector.finishEpoch(1);
    ASSERT_EQ(health.steps, 1);
    ASSERT_EQ(health.weights.size(), weights.size());
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const double ratio = norm2(weights[i] - before[i]) / norm2(before[i]);
        EXPECT_NEAR(health.weights[i].updateRatio, ratio, 1e-5 * ratio) << health.weights[i].layer;
        const double gradient = norm2(gradients[i]);
        EXPECT_NEAR(health.weights[i].gradientNorm, gradient, 1e-5 * gradient) << health.weights[i].layer;
    }
    const std::vector<torch::nn::BatchNorm2d> norms{net->norm1, net->norm2, net->norm3, net->norm4,
                                                    net->norm5};
    ASSERT_EQ(health.norms.size(), norms.size());
    for (std::size_t i = 0; i < norms.size(); ++i) {
        auto check = [&](const ChannelSpread& spread, const torch::Tensor& buffer, const char* what) {
            const auto values = buffer.to(torch::kDouble).contiguous();
            const double* v = values.data_ptr<double>();
            double sum = 0.0, low = v[0], high = v[0];
            for (std::int64_t c = 0; c < values.numel(); ++c) {
                sum += v[c];
                low = std::min(low, v[c]);
                high = std::max(high, v[c]);
            }
            EXPECT_DOUBLE_EQ(spread.mean, sum / static_cast<double>(values.numel())) << what << i;
            EXPECT_EQ(spread.min, low) << what << i;
            EXPECT_EQ(spread.max, high) << what << i;
        };
        check(health.norms[i].runningMean, norms[i]->running_mean, "mean of norm");
        check(health.norms[i].runningVariance, norms[i]->running_var, "variance of norm");
    }
}

TEST(TrainingHealth, CollectingLeavesTrainingBitIdentical) {
    auto data = testing::smallMnist(2000, 500);
    ASSERT_TRUE(data);
    auto run = [&](bool collect) {
        auto trainer = std::make_unique<MnistTrainer>(oneEpochOnOneThread(), data);
        TrainCallbacks callbacks;
        if (collect) callbacks.onHealth = [](const EpochHealth&) {};
        EXPECT_TRUE(trainer->train(callbacks, StopToken{}));
        return trainer;
    };
    const auto withHealth = run(true);
    const auto withoutHealth = run(false);
    const MnistTrainer& with = *withHealth;
    const MnistTrainer& without = *withoutHealth;
    // The test loss is a sum over 500 images of the weights' outputs: equal to the last bit only if
    // every weight is.
    EXPECT_EQ(with.history().front().testLoss, without.history().front().testLoss);
    EXPECT_EQ(with.history().front().testAccuracy, without.history().front().testAccuracy);
    std::array<float, kMnistPixels> pixels{};
    for (int i = 0; i < kMnistPixels; ++i)
        pixels[static_cast<std::size_t>(i)] = data->test.pixels[i] / 255.0f;
    EXPECT_EQ(with.classifier().predict(pixels), without.classifier().predict(pixels));
}

TEST(TrainingHealth, CurvesAndCsvHoldWhatWasCollected) {
    EpochHealth first{
        1, 10, {{"conv1", 0.5, 2e-3}, {"fc", 0.25, 1e-3}}, {{"norm1", {0.1, 0.0, 0.3}, {1.5, 1.0, 2.0}}}};
    EpochHealth second{
        2, 10, {{"conv1", 0.4, 1e-3}, {"fc", 0.2, 5e-4}}, {{"norm1", {0.2, 0.1, 0.4}, {1.25, 1.0, 1.5}}}};
    const std::vector<EpochHealth> epochs{first, second};
    const auto ratios = healthCurves(epochs, HealthFigure::UpdateRatio);
    ASSERT_EQ(ratios.size(), 2u);
    EXPECT_EQ(ratios[0].layer, "conv1");
    EXPECT_EQ(ratios[0].epochs, (std::vector<int>{1, 2}));
    EXPECT_EQ(ratios[0].values, (std::vector<double>{2e-3, 1e-3}));
    EXPECT_EQ(ratios[1].values, (std::vector<double>{1e-3, 5e-4}));
    const auto variances = healthCurves(epochs, HealthFigure::RunningVariance);
    ASSERT_EQ(variances.size(), 1u);
    EXPECT_EQ(variances[0].values, (std::vector<double>{1.5, 1.25}));
    EXPECT_EQ(variances[0].low, (std::vector<double>{1.0, 1.0}));
    EXPECT_EQ(variances[0].high, (std::vector<double>{2.0, 1.5}));
    EXPECT_EQ(healthCurves(epochs, HealthFigure::GradientNorm)[1].values, (std::vector<double>{0.25, 0.2}));

    const std::string csv = healthCsv({first});
    EXPECT_EQ(csv, "epoch,layer,figure,value\n"
                   "1,conv1,gradient_norm,0.5\n"
                   "1,conv1,update_ratio,0.002\n"
                   "1,fc,gradient_norm,0.25\n"
                   "1,fc,update_ratio,0.001\n"
                   "1,norm1,running_mean,0.10000000000000001\n"
                   "1,norm1,running_mean_min,0\n"
                   "1,norm1,running_mean_max,0.29999999999999999\n"
                   "1,norm1,running_var,1.5\n"
                   "1,norm1,running_var_min,1\n"
                   "1,norm1,running_var_max,2\n");
}

} // namespace
} // namespace bplab
