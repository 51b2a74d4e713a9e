// Checkpoints that are LibTorch archives but not ours, and files LibTorch cannot open: written here
// with LibTorch itself (gpu_checkpoint_test.cpp includes it too, to look inside files).
#include "core/mnist/mnist_classifier.h"
#include "core/mnist/mnist_trainer.h"
#include "tests/support/gpu_checkpoint.h"
#include "tests/support/temporary_path.h"
#include "tests/support/text_contains.h"

#include <caffe2/serialize/inline_container.h>
#include <torch/torch.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
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

// Files LibTorch cannot open: garbage and a cut file are refused before LibTorch reads them (their zip
// structure is checked first, damaged_checkpoint_test.cpp); an archive LibTorch refuses names its reason.
namespace fs = std::filesystem;

TEST(CheckpointErrors, GarbageAndACutFileSayWhatIsWrong) {
    const std::string garbage = temporaryPath("bplab-garbage.ckpt");
    std::ofstream(garbage) << "this is not a checkpoint";
    const std::string error = loadError(garbage);
    EXPECT_EQ(error, garbage +
                         " is not a Backprop Lab checkpoint (not a LibTorch archive: it has no zip directory "
                         "at its end); choose a file saved with Save model or --save");

    // The GPU checkpoint cut in half (an interrupted copy from the GPU machine).
    const std::string cut = temporaryPath("bplab-cut.ckpt");
    fs::copy_file(kGpuCheckpointFile, cut, fs::copy_options::overwrite_existing);
    fs::permissions(cut, fs::perms::owner_write, fs::perm_options::add);
    fs::resize_file(cut, fs::file_size(cut) / 2);
    const std::string cutError = loadError(cut);
    EXPECT_TRUE(contains(cutError, " is damaged: it was cut short")) << cutError;
    EXPECT_TRUE(contains(cutError, "; save or download it again")) << cutError;
    EXPECT_THROW(MnistClassifier::fromCheckpoint(cut), CheckpointError);
    EXPECT_THROW(MnistTrainer::checkpointConfig(cut), CheckpointError);
    fs::remove(garbage);
    fs::remove(cut);
}

TEST(CheckpointErrors, AnArchiveFromANewerLibTorchIsNotCalledDamaged) {
    // A well-formed archive whose format version is beyond what this LibTorch reads.
    const std::string path = temporaryPath("bplab-newer.ckpt");
    {
        std::ofstream file(path, std::ios::binary);
        caffe2::serialize::PyTorchStreamWriter writer([&file](const void* data, size_t size) {
            file.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
            return size;
        });
        writer.setMinVersion(99);
        const std::string record = "x";
        writer.writeRecord("data.pkl", record.data(), record.size());
        writer.writeEndOfFile();
    }
    const std::string error = loadError(path);
    EXPECT_TRUE(contains(error, "is a LibTorch archive that this LibTorch (")) << error;
    EXPECT_TRUE(contains(error, "most likely one written by a newer LibTorch")) << error;
    EXPECT_TRUE(contains(error, "or update this one (LibTorch: Attempted to read a PyTorch file")) << error;
    EXPECT_TRUE(contains(error, "version 99")) << "LibTorch's reason: " << error;
    EXPECT_FALSE(contains(error, "damaged")) << error;
    fs::remove(path);
}

} // namespace
} // namespace bplab
