#pragma once

// Shared by the LibTorch .cpp files of the MNIST engine; never include from a public header.
#include "core/mnist/libtorch/mnist_net.h"
#include "core/mnist/libtorch/weight_snapshot.h"
#include "core/mnist/mnist_classifier.h"
#include "core/mnist/mnist_trainer.h"

#include <torch/torch.h>

#include <mutex>
#include <random>

namespace bplab {

struct MnistTrainer::Impl {
    Impl(TrainConfig trainConfig, std::shared_ptr<const MnistData> trainData);

    TrainConfig config;
    std::shared_ptr<const MnistData> data; // may be null for a trainer that only predicts
    ClassNames classes;                    // the data's, MNIST's digits without data: one output each
    torch::Device device;
    MnistNet net;
    // The one config.optimizer names (optimizer_factory.h); `optimizer` is the owner's object.
    std::unique_ptr<torch::optim::Optimizer> optimizerOwner;
    torch::optim::Optimizer& optimizer;
    std::vector<EpochResult> history;
    std::vector<RateChange> rateChanges; // the live dial's moves (saved in checkpoints)
    WeightSnapshot lastGood;             // the weights at the end of history's last epoch, while train() runs

    // The data as tensors viewing `data`'s bytes (no copy); labels as int64 for the loss.
    torch::Tensor trainImages, trainLabels, testImages, testLabels;

    int batchesPerEpoch() const;
    double learningRateAt(long long step) const; // the schedule
    double peakLearningRate() const;             // the recipe's rate, or the last change's
    // Records a change to `rate` from `step` on, if it is one.
    void changeRate(long long step, double rate);
    torch::Tensor prepareBatch(const torch::Tensor& images, bool augment) const;
    void attachData();
    // Puts the last finite weights back and forgets the optimizer's state (its momentum holds the
    // diverging steps); returns the outcome that says so.
    TrainOutcome divergedAt(int epoch, int batch, double rate, double loss);
};

struct MnistClassifier::Impl {
    mutable std::mutex mutex; // LibTorch modules are not safe for concurrent forward passes
    ClassNames classes = ClassNames::digits();
    MnistNet net{0.0, classes.count()};
};

// For the little LibTorch work done on the GUI thread (the model summary, a canvas prediction):
// run it on this thread alone. Otherwise oneDNN starts an OpenMP team there too (OpenMP's thread count
// is per thread, and a fresh thread gets every core), and libgomp, seeing more threads than cores,
// stops spinning between parallel regions: training in the worker thread then ran at half speed.
// Only the calling thread's setting changes.
void useOnlyThisThreadForTorch();

// One canvas image as a [1, 1, 28, 28] tensor of its own, pixels clamped to 0 (background) … 1 (ink).
torch::Tensor pixelTensor(const std::array<float, kMnistPixels>& pixels);
// Pixels in 0 … 1 normalised the way the network was trained (kMnistMean, kMnistStd).
torch::Tensor normalisedInput(const torch::Tensor& pixels);

// A deep copy of a network's parameters and buffers, for prediction in another thread.
MnistNet copyNet(const MnistNet& source);

// The probabilities of one image's log-probabilities [1, classes], in label order.
ClassProbabilities probabilitiesOf(const torch::Tensor& logProbabilities);

// A copy of a trainer's whole state (weights, optimizer state, history, rate changes) on `device`
// ("cpu" or "cuda"). Throws std::runtime_error when the device is not available.
std::unique_ptr<MnistTrainer::Impl> stateOnDevice(const MnistTrainer::Impl& state, const std::string& device);

// The identifier written into every checkpoint, so a file from another model is refused by name.
inline constexpr const char* kCheckpointFormat = "backprop-lab/mnist-cnn-11154/v1";

} // namespace bplab
