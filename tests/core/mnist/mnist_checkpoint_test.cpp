// Checkpoints that are LibTorch archives but not ours: written here with LibTorch itself, so this is
// the one test file that includes <torch/torch.h>.
#include "core/mnist/mnist_classifier.h"
#include "core/mnist/mnist_trainer.h"
#include "tests/support/temporary_path.h"

#include <torch/torch.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <limits>

namespace bplab {
namespace {

std::string loadError(const std::string& path) {
    try {
        MnistTrainer::loadCheckpoint(path, nullptr);
    } catch (const CheckpointError& error) {
        return error.what();
    }
    return "";
}

TEST(MnistCheckpoint, RefusesAPlainLibTorchModelFile) {
    const std::string path = temporaryPath("bplab-linear");
    torch::nn::Linear other(16, 10);
    torch::save(other, path);
    EXPECT_NE(loadError(path).find("not a Backprop Lab MNIST checkpoint"), std::string::npos)
        << loadError(path);
    EXPECT_THROW(MnistClassifier::fromCheckpoint(path), CheckpointError);
    std::filesystem::remove(path);
}

TEST(MnistCheckpoint, RefusesACheckpointOfAnotherModelByItsTag) {
    const std::string path = temporaryPath("bplab-other-tag");
    torch::serialize::OutputArchive archive;
    archive.write("format", c10::IValue(std::string("backprop-lab/some-other-net/v1")));
    archive.save_to(path);
    const std::string error = loadError(path);
    EXPECT_NE(error.find("saved for another model"), std::string::npos) << error;
    EXPECT_NE(error.find("some-other-net"), std::string::npos) << error;
    std::filesystem::remove(path);
}

TEST(MnistCheckpoint, RefusesOurTagOnAnotherNetworksWeights) {
    const std::string path = temporaryPath("bplab-forged");
    torch::serialize::OutputArchive forged;
    forged.write("format", c10::IValue(std::string("backprop-lab/mnist-cnn-11154/v1")));
    torch::serialize::OutputArchive model;
    torch::nn::Sequential other(torch::nn::Conv2d(torch::nn::Conv2dOptions(1, 8, 3)),
                                torch::nn::Linear(8, 10));
    other->save(model);
    forged.write("model", model);
    forged.save_to(path);
    const std::string error = loadError(path);
    EXPECT_NE(error.find("does not match this model"), std::string::npos) << error;
    EXPECT_THROW(MnistClassifier::fromCheckpoint(path), CheckpointError);
    std::filesystem::remove(path);
}

TEST(MnistCheckpoint, AConfigKeyMissingFromAnOlderFileReadsAsTheDefault) {
    // Written like a checkpoint from before weight decay (and any later field) existed.
    const std::string path = temporaryPath("bplab-older");
    torch::serialize::OutputArchive archive;
    archive.write("format", c10::IValue(std::string("backprop-lab/mnist-cnn-11154/v1")));
    archive.write("config/epochs", c10::IValue(static_cast<int64_t>(7)));
    archive.write("config/learning_rate", c10::IValue(0.25));
    archive.write("config/one_cycle", c10::IValue(false));
    archive.save_to(path);
    const TrainConfig config = MnistTrainer::checkpointConfig(path);
    EXPECT_EQ(config.epochs, 7);
    EXPECT_EQ(config.learningRate, 0.25);
    EXPECT_FALSE(config.oneCycle);
    EXPECT_EQ(config.weightDecay, TrainConfig{}.weightDecay);
    EXPECT_EQ(config.batchSize, TrainConfig{}.batchSize);
    EXPECT_EQ(config.optimizer, "sgd"); // before the optimizer choice, every model trained with SGD
    std::filesystem::remove(path);
}

// Copies an archive (tensors, nested archives, other values); with `poison`, every floating tensor
// becomes NaN.
void copyArchive(torch::serialize::InputArchive& in, torch::serialize::OutputArchive& out, bool poison) {
    for (const std::string& key : in.keys()) {
        torch::Tensor tensor;
        torch::serialize::InputArchive child;
        c10::IValue value;
        if (in.try_read(key, tensor)) {
            const bool parameter = tensor.requires_grad();
            tensor = tensor.detach().clone();
            if (poison && tensor.is_floating_point()) tensor.fill_(std::numeric_limits<float>::quiet_NaN());
            out.write(key, tensor, /*is_buffer=*/!parameter);
        } else if (in.try_read(key, child)) {
            torch::serialize::OutputArchive copy;
            copyArchive(child, copy, poison);
            out.write(key, copy);
        } else if (in.try_read(key, value)) {
            out.write(key, value);
        }
    }
}

// A checkpoint in our format whose weights are NaN (as a diverged run's were before training kept
// the last finite state): a fresh model's checkpoint, its weights rewritten here with LibTorch.
void writeNaNCheckpoint(const std::string& path) {
    const std::string fresh = path + ".fresh";
    MnistTrainer(TrainConfig{}, nullptr).saveCheckpoint(fresh);
    torch::serialize::InputArchive in, model, optimizer;
    in.load_from(fresh);
    in.read("model", model);
    in.read("optimizer", optimizer);
    torch::serialize::OutputArchive out, poisoned, optimizerCopy;
    copyArchive(model, poisoned, /*poison=*/true);
    copyArchive(optimizer, optimizerCopy, /*poison=*/false);
    out.write("format", c10::IValue(std::string("backprop-lab/mnist-cnn-11154/v1")));
    out.write("model", poisoned);
    out.write("optimizer", optimizerCopy);
    out.write("history", torch::zeros({0, 5}, torch::kDouble));
    out.save_to(path);
    std::filesystem::remove(fresh);
}

TEST(MnistCheckpoint, SaveRefusesWeightsThatAreNotFinite) {
    const std::string nanPath = temporaryPath("bplab-nan");
    writeNaNCheckpoint(nanPath);
    auto trainer = MnistTrainer::loadCheckpoint(nanPath, nullptr);
    EXPECT_TRUE(trainer->rateChanges().empty()) << "a file from before the live rate has no changes";
    const std::string target = temporaryPath("bplab-nan-resaved");
    try {
        trainer->saveCheckpoint(target);
        ADD_FAILURE() << "NaN weights were saved";
    } catch (const CheckpointError& error) {
        EXPECT_NE(std::string(error.what()).find("not all finite numbers"), std::string::npos)
            << error.what();
        EXPECT_NE(std::string(error.what()).find("smaller learning rate"), std::string::npos) << error.what();
    }
    EXPECT_FALSE(std::filesystem::exists(target)) << "nothing is written";
    EXPECT_THROW(trainer->checkpointBytes(), CheckpointError);
    std::filesystem::remove(nanPath);
}

} // namespace
} // namespace bplab
