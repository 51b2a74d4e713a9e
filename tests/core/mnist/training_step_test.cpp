// The per-batch training step (core/mnist/libtorch/training_step.h): one step on a tiny batch against
// the same step unrolled by hand in plain LibTorch, and the step as the only way batches are trained:
// train()'s first batches and the range test's first points are calls of it, to the last bit.
#include "core/mnist/libtorch/mnist_internal.h"
#include "core/mnist/libtorch/training_step.h"
#include "core/mnist/lr_range_test.h"
#include "tests/core/mnist/tensor_expectations.h"
#include "tests/support/mnist_test_data.h"

#include <gtest/gtest.h>

#include <vector>

namespace bplab {
namespace {

using bplab::testing::expectClose;

TrainConfig twoEpochsOnOneThread() {
    TrainConfig config;
    config.epochs = 2;
    config.batchSize = 64;
    config.threads = 1; // bit-identical runs need one thread
    config.seed = 5;
    return config;
}

// The images at `rows` as the network sees them, computed here pixel by pixel: a byte p becomes
// (p / 255 − 0.1307) / 0.3081, e.g. ink 255 → (1 − 0.1307) / 0.3081 = 2.8215, background 0 → −0.4242.
torch::Tensor normalisedByHand(const MnistSplit& split, const std::vector<std::int64_t>& rows) {
    torch::Tensor x = torch::empty({static_cast<std::int64_t>(rows.size()), 1, 28, 28});
    float* out = x.data_ptr<float>();
    for (const std::int64_t row : rows)
        for (int i = 0; i < kMnistPixels; ++i)
            *out++ =
                (split.pixels[static_cast<std::size_t>(row * kMnistPixels + i)] / 255.0f - 0.1307f) / 0.3081f;
    return x;
}

TEST(TrainingStep, IsOneSgdStepOnTheChosenImagesAtTheGivenRate) {
    auto data = testing::smallMnist(64, 16);
    ASSERT_TRUE(data);
    TrainConfig config = twoEpochsOnOneThread();
    config.dropout = 0.0;        // no random masks: the reference computes the same function
    config.augment = false;      // the batch is the images themselves
    config.kernels = "libtorch"; // the reference runs LibTorch's operators too
    MnistTrainer::Impl state(config, data);
    torch::set_num_threads(1);
    state.net->eval(); // as evaluate() leaves it: the step must switch to training mode itself

    // The reference: a copy of the weights, trained by hand on images 5, 0 and 17 in that order.
    const std::vector<std::int64_t> rows{5, 0, 17};
    MnistNet reference = copyNet(state.net);
    reference->train();
    torch::Tensor labels = torch::empty({3}, torch::kLong);
    for (std::size_t i = 0; i < rows.size(); ++i)
        labels[static_cast<std::int64_t>(i)] = data->train.labels[static_cast<std::size_t>(rows[i])];
    const torch::Tensor referenceLoss =
        torch::nll_loss(reference->forward(normalisedByHand(data->train, rows)), labels);
    referenceLoss.backward();

    const double rate = 0.05;
    const double loss = trainOneBatch(state, torch::tensor(rows, torch::kLong), rate);

    EXPECT_NEAR(loss, referenceLoss.item<double>(), 1e-5);
    EXPECT_EQ(state.optimizer.param_groups().front().options().get_lr(), rate);
    // SGD's first step with momentum 0.9 and no weight decay: the momentum buffer starts as the
    // gradient g, so w' = w − η·g = w − 0.05·g.
    const auto stepped = state.net->named_parameters(), unstepped = reference->named_parameters();
    for (const auto& item : unstepped) {
        const torch::Tensor expected = (item.value() - rate * item.value().grad()).detach();
        expectClose(stepped[item.key()], expected, item.key(), 1e-4, 1e-3);
    }
    // Training mode: BatchNorm's running statistics moved with this batch like the reference's.
    const auto statistics = state.net->named_buffers(), referenceStatistics = reference->named_buffers();
    for (const auto& item : referenceStatistics)
        expectClose(statistics[item.key()].to(torch::kDouble), item.value().to(torch::kDouble), item.key(),
                    1e-4);
}

TEST(TrainingStep, TrainsEachOfTrainsBatchesToTheLastBitWithEitherKernels) {
    auto data = testing::smallMnist(1000, 100);
    ASSERT_TRUE(data);
    for (const char* kernels : {"native", "libtorch"}) {
        SCOPED_TRACE(kernels);
        TrainConfig config = twoEpochsOnOneThread();
        config.kernels = kernels;
        MnistTrainer trainer(config, data);
        StopToken stop;
        std::vector<double> trained;
        TrainCallbacks callbacks;
        callbacks.onBatch = [&](const BatchProgress& progress) {
            trained.push_back(progress.loss);
            if (trained.size() == 3) stop.requestStop();
        };
        ASSERT_FALSE(trainer.train(callbacks, stop));
        ASSERT_EQ(trained.size(), 3u);

        // The same from the same seed, step by step: epoch 1's order, batches of 64, the schedule's rate.
        // Three batches: the second and third losses see the updates, momentum and statistics before them.
        MnistTrainer::Impl state(config, data);
        torch::set_num_threads(1);
        const torch::Tensor order = shuffleForEpoch(config.seed, /*epoch=*/1, data->train.size());
        for (int batch = 0; batch < 3; ++batch) {
            const double loss =
                trainOneBatch(state, batchIndices(order, batch * 64LL, 64), state.learningRateAt(batch));
            EXPECT_EQ(loss, trained[static_cast<std::size_t>(batch)]) << "batch " << batch + 1;
        }
    }
}

TEST(TrainingStep, TrainsEachPointOfTheRangeTestToTheLastBit) {
    auto data = testing::smallMnist(1000, 100);
    ASSERT_TRUE(data);
    TrainConfig recipe = twoEpochsOnOneThread();
    LrRangeSettings settings;
    settings.batches = 4;
    const LrRangeResult result = runLrRangeTest(recipe, data, settings, {}, StopToken{});
    ASSERT_EQ(result.points.size(), 4u);

    // A fresh model from the recipe's seed, the generator's next shuffle, the range test's rates.
    MnistTrainer::Impl state(recipe, data);
    torch::set_num_threads(1);
    const torch::Tensor order =
        torch::randperm(data->train.size(), torch::TensorOptions().dtype(torch::kLong));
    for (int i = 0; i < 4; ++i) {
        const double loss =
            trainOneBatch(state, batchIndices(order, i * 64LL, 64), rangeTestRate(settings, i));
        EXPECT_EQ(loss, result.points[static_cast<std::size_t>(i)].loss) << "point " << i;
    }
}

} // namespace
} // namespace bplab
