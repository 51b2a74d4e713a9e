#include "core/mnist/libtorch/mnist_internal.h"

#include "core/mnist/libtorch/epoch_loop.h"
#include "core/mnist/libtorch/native/native_layers.h"
#include "core/mnist/libtorch/native/native_warp.h"
#include "core/mnist/libtorch/optimizer_factory.h"
#include "core/mnist/one_cycle_schedule.h"
#include "core/mnist/train_recipe.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <thread>

namespace bplab {

namespace {

constexpr double kTrainerPi = 3.14159265358979323846;
constexpr double kMaxRotationDegrees = 7.0;
constexpr double kMaxShiftPixels = 2.0;
constexpr int kEvaluationBatch = 1000;

// `name` is "cpu" or "cuda": validate() has refused anything else.
torch::Device chooseDevice(const std::string& name) {
    if (name == "cpu") return torch::kCPU;
    if (!torch::cuda::is_available()) {
        throw NoCudaError("--device cuda: this LibTorch has no CUDA support or no GPU is visible; "
                          "train on the CPU, or build against a CUDA-enabled LibTorch");
    }
    return torch::kCUDA;
}

// A copy of `config` that validate() has accepted: nothing uses a config before it is checked.
TrainConfig validated(TrainConfig config) {
    validate(config);
    return config;
}

// LibTorch is seeded first because the network draws its initial weights as it is built.
MnistNet seededNet(const TrainConfig& config, int classes) {
    torch::manual_seed(config.seed);
    return MnistNet(config.dropout, classes);
}

// A label the network has no output for would stop the loss deep inside LibTorch: name it here. (Not
// std::invalid_argument, which loadCheckpoint reports as the checkpoint's unusable recipe.)
void checkLabels(const MnistData& data) {
    const int classes = data.classes.count();
    if (const std::optional<LabelPlace> wrong = firstLabelOutside(data, classes))
        throw std::out_of_range(
            std::string(wrong->labels == MnistPart::TrainingLabels ? "training" : "test") + " image " +
            std::to_string(wrong->index + 1) + " has label " + std::to_string(wrong->label) +
            ", but the data set has " + std::to_string(classes) + " classes");
}

// The kernels the recipe's machine field asks for, where this processor has them.
const native::Kernels* nativeKernelsFor(const TrainConfig& config) {
    return config.kernels == "native" ? native::bestKernels() : nullptr;
}

// Sets one field of `config`, checked like validate() checks it.
template <typename Value>
void setChecked(TrainConfig& config, std::string_view key, Value TrainConfig::*member, Value value) {
    TrainConfig changed = config;
    changed.*member = value;
    checkField(trainField(key), changed);
    config = changed;
}

} // namespace

MnistTrainer::Impl::Impl(TrainConfig trainConfig, std::shared_ptr<const MnistData> trainData)
    : config(validated(std::move(trainConfig)))
    , data(std::move(trainData))
    , classes(data ? data->classes : ClassNames::digits())
    , device(chooseDevice(config.device))
    , net(seededNet(config, classes.count()))
    , optimizerOwner(makeOptimizer(config, net->parameters()))
    , optimizer(*optimizerOwner) {
    net->to(device);
    net->nativeKernels = nativeKernelsFor(config);
    attachData();
}

void MnistTrainer::Impl::attachData() {
    if (!data) return;
    checkLabels(*data);
    // from_blob views the bytes without copying; `data` outlives these tensors (it is held above).
    auto images = [](const MnistSplit& split) {
        return torch::from_blob(const_cast<std::uint8_t*>(split.pixels.data()), {split.size(), 1, 28, 28},
                                torch::kUInt8);
    };
    auto labels = [](const MnistSplit& split) {
        return torch::from_blob(const_cast<std::uint8_t*>(split.labels.data()), {split.size()}, torch::kUInt8)
            .to(torch::kLong);
    };
    trainImages = images(data->train);
    trainLabels = labels(data->train);
    testImages = images(data->test);
    testLabels = labels(data->test);
}

int MnistTrainer::Impl::batchesPerEpoch() const {
    const int n = data ? data->train.size() : 0;
    return (n + config.batchSize - 1) / config.batchSize;
}

double MnistTrainer::Impl::learningRateAt(long long step) const {
    if (!config.oneCycle) return config.learningRate;
    return oneCycleRate(config.learningRate, step, static_cast<long long>(batchesPerEpoch()) * config.epochs);
}

torch::Tensor MnistTrainer::Impl::prepareBatch(const torch::Tensor& images, bool augment) const {
    torch::Tensor x = images.to(torch::kFloat).div_(255.0f); // [0, 1], background 0
    if (augment) {
        // A random rotation and shift per image by resampling (bilinear); areas moved in are background.
        const auto b = x.size(0);
        const torch::Tensor angle = (torch::rand({b}) * 2 - 1) * (kMaxRotationDegrees * kTrainerPi / 180.0);
        const torch::Tensor shift = (torch::rand({b, 2}) * 2 - 1) * (kMaxShiftPixels * 2.0 / 28.0);
        const torch::Tensor cos = angle.cos(), sin = angle.sin();
        const torch::Tensor theta = torch::stack({torch::stack({cos, -sin, shift.select(1, 0)}, 1),
                                                  torch::stack({sin, cos, shift.select(1, 1)}, 1)},
                                                 1);
        if (net->nativeKernels != nullptr && x.device().is_cpu()) {
            x = native::warpBilinear(x, theta); // the same images as the two LibTorch calls below
        } else {
            const torch::Tensor grid =
                torch::nn::functional::affine_grid(theta, x.sizes(), /*align_corners=*/false);
            x = torch::nn::functional::grid_sample(x, grid,
                                                   torch::nn::functional::GridSampleFuncOptions()
                                                       .mode(torch::kBilinear)
                                                       .padding_mode(torch::kZeros)
                                                       .align_corners(false));
        }
    }
    return x.sub_(kMnistMean).div_(kMnistStd).to(device);
}

MnistTrainer::MnistTrainer(TrainConfig config, std::shared_ptr<const MnistData> data)
    : m_impl(std::make_unique<Impl>(std::move(config), std::move(data))) {}

MnistTrainer::~MnistTrainer() = default;

const TrainConfig& MnistTrainer::config() const { return m_impl->config; }

void MnistTrainer::setEpochs(int epochs) {
    setChecked(m_impl->config, "epochs", &TrainConfig::epochs, epochs);
}

void MnistTrainer::setThreads(int threads) {
    setChecked(m_impl->config, "threads", &TrainConfig::threads, threads);
}

void MnistTrainer::setKernels(const std::string& kernels) {
    setChecked(m_impl->config, "kernels", &TrainConfig::kernels, kernels);
    m_impl->net->nativeKernels = nativeKernelsFor(m_impl->config);
}

std::string MnistTrainer::kernelsInUse() const {
    const native::Kernels* kernels = m_impl->net->nativeKernels;
    if (kernels == nullptr || !m_impl->device.is_cpu()) return "LibTorch's operators";
    return std::string("native ") + kernels->name + " kernels";
}

void MnistTrainer::setLearningRate(double rate) {
    TrainConfig checked = m_impl->config;
    setChecked(checked, "learning_rate", &TrainConfig::learningRate, rate);
    m_impl->changeRate(static_cast<long long>(completedEpochs()) * batchesPerEpoch(), rate);
}

double MnistTrainer::peakLearningRate() const { return m_impl->peakLearningRate(); }
const std::vector<RateChange>& MnistTrainer::rateChanges() const { return m_impl->rateChanges; }
int MnistTrainer::batchesPerEpoch() const { return m_impl->batchesPerEpoch(); }

double MnistTrainer::Impl::peakLearningRate() const {
    return rateChanges.empty() ? config.learningRate : rateChanges.back().learningRate;
}

void MnistTrainer::Impl::changeRate(long long step, double rate) {
    if (rate == peakLearningRate()) return;
    // Two changes before the same batch: only the last one ever trained.
    if (!rateChanges.empty() && rateChanges.back().step == step) rateChanges.pop_back();
    if (rate != peakLearningRate()) rateChanges.push_back({step, rate});
}

TrainOutcome MnistTrainer::Impl::divergedAt(int epoch, int batch, double rate, double loss) {
    lastGood.restoreInto(net);
    optimizer.state().clear();
    TrainOutcome outcome;
    outcome.end = TrainOutcome::End::Diverged;
    outcome.divergence =
        Divergence{epoch, batch, batchesPerEpoch(), rate, loss, static_cast<int>(history.size())};
    return outcome;
}

int MnistTrainer::completedEpochs() const { return static_cast<int>(m_impl->history.size()); }
const std::vector<EpochResult>& MnistTrainer::history() const { return m_impl->history; }

bool MnistTrainer::cudaAvailable() { return torch::cuda::is_available(); }

std::string MnistTrainer::nativeInstructionSet() {
    const native::Kernels* kernels = native::bestKernels();
    return kernels ? kernels->name : "";
}

int MnistTrainer::resolvedThreads(const TrainConfig& config) {
    if (config.threads > 0) return config.threads;
    const unsigned cores = std::thread::hardware_concurrency();
    return cores > 0 ? static_cast<int>(cores) : 1;
}

TrainOutcome MnistTrainer::train(const TrainCallbacks& callbacks, const StopToken& stop,
                                 const RateDial& dial) {
    Impl& d = *m_impl;
    if (!d.data || d.data->train.size() == 0) throw std::runtime_error("no training data");
    // Per thread: OpenMP's team size belongs to the calling thread, and oneDNN's parallel regions do
    // not go through LibTorch's lazy re-initialisation, so this must run in the thread that trains.
    torch::set_num_threads(resolvedThreads(d.config));
    return EpochLoop(*this, d, callbacks, stop, dial).run();
}

Evaluation MnistTrainer::evaluate() {
    Impl& d = *m_impl;
    Evaluation result;
    result.confusion = ConfusionMatrix(d.net->classes());
    if (!d.data || d.data->test.size() == 0) return result;
    torch::NoGradGuard noGrad; // thread-local: created in the thread that computes
    d.net->eval();
    const auto n = d.testImages.size(0);
    double lossSum = 0.0;
    std::int64_t correct = 0;
    for (std::int64_t first = 0; first < n; first += kEvaluationBatch) {
        const std::int64_t last = std::min(first + kEvaluationBatch, n);
        const torch::Tensor x = d.prepareBatch(d.testImages.slice(0, first, last), /*augment=*/false);
        const torch::Tensor y = d.testLabels.slice(0, first, last);
        const torch::Tensor logProbabilities = d.net->forward(x).to(torch::kCPU);
        lossSum += torch::nll_loss(logProbabilities, y, {}, torch::Reduction::Sum).item<double>();
        const auto [best, predicted] = logProbabilities.max(1);
        const auto labels = y.accessor<std::int64_t, 1>();
        const auto guesses = predicted.accessor<std::int64_t, 1>();
        const torch::Tensor probabilities = best.exp();
        const auto confidence = probabilities.accessor<float, 1>();
        for (std::int64_t i = 0; i < last - first; ++i) {
            const int label = static_cast<int>(labels[i]), guess = static_cast<int>(guesses[i]);
            result.confusion.count(label, guess);
            if (label == guess) {
                ++correct;
            } else {
                result.misclassified.push_back({static_cast<int>(first + i), label, guess, confidence[i]});
            }
        }
    }
    std::sort(result.misclassified.begin(), result.misclassified.end(),
              [](const Misclassified& a, const Misclassified& b) { return a.confidence > b.confidence; });
    result.loss = lossSum / static_cast<double>(n);
    result.accuracy = 100.0 * static_cast<double>(correct) / static_cast<double>(n);
    return result;
}

MnistClassifier MnistTrainer::classifier() const {
    MnistClassifier classifier;
    classifier.m_impl->classes = m_impl->classes;
    classifier.m_impl->net = copyNet(m_impl->net);
    return classifier;
}

} // namespace bplab
