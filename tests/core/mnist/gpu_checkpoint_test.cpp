// Train on a GPU, look on a laptop: a checkpoint our engine wrote on a GPU (LibTorch 2.11 + CUDA, its
// tensors CUDA tensors; tests/data/README.md) loads, predicts and trains on here on a CPU-only
// LibTorch. Includes LibTorch to look inside the files.
#include "core/mnist/libtorch/mnist_internal.h"
#include "core/mnist/mnist_classifier.h"
#include "core/mnist/mnist_trainer.h"
#include "tests/core/mnist/optimizer_state_key.h"
#include "tests/support/gpu_checkpoint.h"
#include "tests/support/mnist_test_data.h"
#include "tests/support/temporary_path.h"
#include "tests/support/text_contains.h"

#include <torch/torch.h>

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <numeric>

namespace bplab {
namespace {

namespace fs = std::filesystem;

// The last layer's weights of a checkpoint's model, as a plain archive read gives them.
torch::Tensor lastLayerWeights(torch::serialize::InputArchive& checkpoint) {
    torch::serialize::InputArchive model, fc;
    checkpoint.read("model", model);
    model.read("fc", fc);
    torch::Tensor weight;
    fc.read("weight", weight);
    return weight;
}

TEST(GpuCheckpoint, TheFixtureReallyHoldsCudaTensors) {
    // What the engine used to do: read without a target device. Without a GPU that fails, so the tests
    // below load the file only because the engine names the device.
    torch::serialize::InputArchive archive;
    if (torch::cuda::is_available()) {
        archive.load_from(kGpuCheckpointFile);
        EXPECT_TRUE(lastLayerWeights(archive).device().is_cuda());
    } else {
        EXPECT_THROW(archive.load_from(kGpuCheckpointFile), c10::Error);
    }
}

TEST(GpuCheckpoint, ItsRecipeReadsAsTheDefaultRecipeAfterOneEpoch) {
    const TrainConfig config = MnistTrainer::checkpointConfig(kGpuCheckpointFile);
    TrainConfig expected; // the fixture's README: one epoch of the default recipe, seed 1, all images
    EXPECT_EQ(config.epochs, 1);
    EXPECT_EQ(config.batchSize, expected.batchSize);
    EXPECT_EQ(config.learningRate, expected.learningRate);
    EXPECT_EQ(config.dropout, expected.dropout);
    EXPECT_EQ(config.oneCycle, expected.oneCycle);
    EXPECT_EQ(config.augment, expected.augment);
    EXPECT_EQ(config.trainLimit, 0);
    EXPECT_EQ(config.device, "cpu") << "a checkpoint stores no device: the loading machine's default";
}

TEST(GpuCheckpoint, ThePerImageClassifierAndTheBatchedEvaluationAgreeAndAreRight) {
    auto data = testing::smallMnist(0, 500);
    ASSERT_TRUE(data);
    const MnistClassifier classifier = MnistClassifier::fromCheckpoint(kGpuCheckpointFile);
    int correct = 0;
    for (int i = 0; i < data->test.size(); ++i) {
        std::array<float, kMnistPixels> pixels{};
        for (int p = 0; p < kMnistPixels; ++p) pixels[p] = data->test.image(i)[p] / 255.0f;
        const ClassProbabilities probabilities = classifier.predict(pixels);
        for (float probability : probabilities) ASSERT_TRUE(std::isfinite(probability));
        EXPECT_NEAR(std::accumulate(probabilities.begin(), probabilities.end(), 0.0), 1.0, 1e-5);
        const auto predicted =
            std::max_element(probabilities.begin(), probabilities.end()) - probabilities.begin();
        correct += predicted == data->test.labels[i] ? 1 : 0;
    }
    const double accuracy = 100.0 * correct / data->test.size();
    // It scored 98.98 % on all 10,000 test images when it was saved (its history, below); the first 500
    // are a little easier. Far below would mean weights read wrongly (a random net scores ~10 %).
    EXPECT_GE(accuracy, 97.0);

    auto trainer = MnistTrainer::loadCheckpoint(kGpuCheckpointFile, data);
    ASSERT_EQ(trainer->completedEpochs(), 1);
    EXPECT_NEAR(trainer->history()[0].testAccuracy, 98.98, 0.005);
    const Evaluation evaluation = trainer->evaluate(); // batched, on the trainer's own copy of the weights
    EXPECT_NEAR(evaluation.accuracy, accuracy, 1e-9) << "batch norm's running statistics were read too";
}

TEST(GpuCheckpoint, ResumesOnTheCpuForAnotherEpochAndSavesAFileAnyMachineReads) {
    auto data = testing::smallMnist(2000, 500);
    ASSERT_TRUE(data);
    auto trainer = MnistTrainer::loadCheckpoint(kGpuCheckpointFile, data, "cpu");
    trainer->setEpochs(2);
    trainer->setThreads(1);
    ASSERT_TRUE(trainer->train({}, StopToken{}));
    ASSERT_EQ(trainer->completedEpochs(), 2);
    // The momentum read from the GPU's optimizer state drives the CPU steps: a second epoch (on 2,000
    // images, at the end of a one-cycle schedule) keeps the model good.
    EXPECT_GE(trainer->history()[1].testAccuracy, 97.0);

    // Saved tensors are CPU tensors: the file opens with a plain load, no device named.
    const std::string path = temporaryPath("bplab-from-gpu.ckpt");
    trainer->saveCheckpoint(path);
    torch::serialize::InputArchive archive;
    archive.load_from(path);
    EXPECT_TRUE(lastLayerWeights(archive).device().is_cpu());
    EXPECT_EQ(MnistTrainer::loadCheckpoint(path, nullptr)->completedEpochs(), 2);
    fs::remove(path);
}

TEST(GpuCheckpoint, CudaIsUsedWhenThereAndOtherwiseRefusedWithTheDeviceSentence) {
    if (MnistTrainer::cudaAvailable()) {
        auto trainer = MnistTrainer::loadCheckpoint(kGpuCheckpointFile, nullptr, "cuda");
        EXPECT_EQ(trainer->config().device, "cuda");
        trainer->setDevice("cpu");
        EXPECT_EQ(trainer->config().device, "cpu");
        return;
    }
    try {
        MnistTrainer::loadCheckpoint(kGpuCheckpointFile, nullptr, "cuda");
        FAIL() << "expected the device to be refused";
    } catch (const CheckpointError& error) {
        FAIL() << "the file is fine, the device is missing: " << error.what();
    } catch (const std::runtime_error& error) {
        EXPECT_TRUE(contains(error.what(), "no CUDA support or no GPU is visible")) << error.what();
    }
    // A loaded model asked to move keeps its place and its weights when the device is missing.
    auto trainer = MnistTrainer::loadCheckpoint(kGpuCheckpointFile, nullptr);
    EXPECT_THROW(trainer->setDevice("cuda"), std::runtime_error);
    EXPECT_EQ(trainer->config().device, "cpu");
    EXPECT_EQ(trainer->completedEpochs(), 1);
}

TEST(GpuCheckpoint, MovingToTheSameDeviceKeepsTheTrainerAsItIs) {
    auto trainer = MnistTrainer::loadCheckpoint(kGpuCheckpointFile, nullptr);
    const double before = trainer->peakLearningRate();
    trainer->setDevice("cpu");
    EXPECT_EQ(trainer->peakLearningRate(), before);
    EXPECT_EQ(trainer->completedEpochs(), 1);
}

// The move a GPU run makes before it saves, and Resume makes to the device field's choice; here
// from the CPU to the CPU, which is the same code.
TEST(GpuCheckpoint, MovingTheStateToADeviceCopiesWeightsStatisticsMomentumAndHistory) {
    TrainConfig config;
    config.seed = 3;
    MnistTrainer::Impl original(config, nullptr);
    // One SGD step on random images: momentum buffers, and batch norm's running statistics, that differ
    // from a fresh model's.
    const torch::Tensor images = torch::randn({8, 1, 28, 28});
    original.net->forward(images).sum().backward();
    original.optimizer.step();
    original.history.push_back({1, 0.5, 0.25, 90.0, 3.0});

    const std::unique_ptr<MnistTrainer::Impl> moved = stateOnDevice(original, "cpu");
    const auto parameters = original.net->named_parameters();
    for (const auto& parameter : moved->net->named_parameters()) {
        EXPECT_TRUE(torch::equal(parameter.value(), parameters[parameter.key()])) << parameter.key();
        EXPECT_NE(parameter.value().data_ptr(), parameters[parameter.key()].data_ptr()) << "a copy";
    }
    const auto buffers = original.net->named_buffers();
    for (const auto& buffer : moved->net->named_buffers())
        EXPECT_TRUE(torch::equal(buffer.value(), buffers[buffer.key()])) << buffer.key();
    // The optimizer's state is keyed by each parameter's TensorImpl: compare parameter by parameter.
    const std::vector<torch::Tensor> before = original.net->parameters(), after = moved->net->parameters();
    ASSERT_EQ(moved->optimizer.state().size(), before.size());
    for (std::size_t i = 0; i < before.size(); ++i) {
        const auto& was =
            static_cast<torch::optim::SGDParamState&>(testing::optimizerState(original.optimizer, before[i]));
        const auto& is =
            static_cast<torch::optim::SGDParamState&>(testing::optimizerState(moved->optimizer, after[i]));
        EXPECT_TRUE(torch::equal(is.momentum_buffer(), was.momentum_buffer())) << "parameter " << i;
    }
    ASSERT_EQ(moved->history.size(), 1u);
    EXPECT_EQ(moved->history[0].testAccuracy, 90.0);
    EXPECT_EQ(moved->config.seed, 3u);
}

} // namespace
} // namespace bplab
