#pragma once

#include "core/mnist/confusion_matrix.h"
#include "core/mnist/mnist_errors.h"
#include "core/mnist/training_health.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace bplab {

// How to train the MNIST CNN. The defaults are the recipe that reaches ≥ 99.4 % test accuracy in
// 15 epochs (see README, "MNIST results").
struct TrainConfig {
    int epochs = 15;            // full passes over the training set
    int batchSize = 128;        // images per SGD step
    double learningRate = 0.1;  // peak rate of the one-cycle schedule (the constant rate without it)
    double momentum = 0.9;      // SGD momentum
    double weightDecay = 0.0;   // L2 penalty (SGD, Nesterov, Adam); decoupled decay (AdamW)
    double dropout = 0.05;      // drop probability of the three dropout layers
    bool oneCycle = true;       // warm up to learningRate over 30 % of the steps, then anneal (cosine)
    bool augment = true;        // random rotation (±7°) and shift (±2 px) of training images
    std::uint64_t seed = 1;     // seeds weights, shuffling, dropout and augmentation
    int threads = 0;            // LibTorch intra-op threads; 0 = every core of the machine
    std::string device = "cpu"; // "cpu", or "cuda" when LibTorch was built with CUDA
    // "native": the CNN's own CPU kernels where the processor has AVX2 or AVX-512 (README, "Training
    // speed"); "libtorch": LibTorch's operators everywhere, to compare against.
    std::string kernels = "native";
    int trainLimit = 0; // use only the first N training images (0 = all 60,000)
    int testLimit = 0;  // use only the first N test images (0 = all 10,000)

    // The optimizer, and Adam's and AdamW's own hyperparameters (momentum is SGD's and Nesterov's).
    std::string optimizer = "sgd"; // "sgd", "nesterov", "adam" or "adamw" (the recipe table's choices)
    double beta1 = 0.9;            // decay of the running mean of the gradient
    double beta2 = 0.999;          // decay of the running mean of its square
    double epsilon = 1e-8;         // added to the root of that mean, so no step divides by 0
};

// Throws std::invalid_argument naming the first unusable field.
void validate(const TrainConfig& config);

// Reported after every batch.
struct BatchProgress {
    int epoch = 0; // 1-based
    int epochs = 0;
    int batch = 0;                 // batches done in this epoch
    int batches = 0;               // batches per epoch
    double loss = 0.0;             // training loss of this batch
    double learningRate = 0.0;     // rate used for this batch (read back from the optimizer)
    double peakLearningRate = 0.0; // the (peak) rate the schedule runs at: the live dial's, if moved
    double imagesPerSecond = 0.0;  // over this epoch so far
    double etaSeconds = 0.0;       // until the end of this epoch
};

// Reported after every epoch.
struct EpochResult {
    int epoch = 0;             // 1-based
    double trainLoss = 0.0;    // mean over the epoch's batches
    double testLoss = 0.0;     // mean negative log-likelihood on the test set
    double testAccuracy = 0.0; // percent
    double seconds = 0.0;      // training and test pass
};

struct Misclassified {
    int index = 0; // in the test set
    int label = 0; // the truth
    int predicted = 0;
    float confidence = 0.0f; // probability the model gave its prediction
};

// A pass over the test set.
struct Evaluation {
    double loss = 0.0;
    double accuracy = 0.0;                    // percent
    ConfusionMatrix confusion;                // one row and column per class of the model
    std::vector<Misclassified> misclassified; // all of them, most confident mistakes first
};

// Where and how a run diverged (see divergence_watch.h for the rule).
struct Divergence {
    int epoch = 0;             // 1-based: the epoch and batch whose loss gave it away
    int batch = 0;             // 1-based within the epoch
    int batches = 0;           // batches per epoch (to place the batch on an epoch axis)
    double learningRate = 0.0; // the rate that batch was trained with
    double loss = 0.0;         // its loss: not finite, or far above the run's best
    int keptEpochs = 0;        // the weights are back at the end of this epoch (0: the run's start)
};

// How a call of MnistTrainer::train() ended. Tests as true when every planned epoch ran.
struct TrainOutcome {
    enum class End { Completed, Stopped, Diverged };
    End end = End::Completed;
    std::optional<Divergence> divergence; // set when end == Diverged
    explicit operator bool() const { return end == End::Completed; }
};

// Cooperative cancellation: the trainer checks it after every batch. Copies share one flag, so the
// GUI keeps one and hands another to the worker.
class StopToken {
public:
    StopToken()
        : m_flag(std::make_shared<std::atomic<bool>>(false)) {}
    void requestStop() const { m_flag->store(true); }
    bool stopRequested() const { return m_flag->load(); }

private:
    std::shared_ptr<std::atomic<bool>> m_flag;
};

// The live learning-rate dial: the GUI sets the (peak) rate while training runs, the trainer reads it
// before every batch, without a lock (one relaxed atomic load; a batch takes milliseconds). Copies
// share one value, like StopToken. Unset (NaN) until the first set().
class RateDial {
public:
    RateDial()
        : m_rate(std::make_shared<std::atomic<double>>(std::numeric_limits<double>::quiet_NaN())) {}
    void set(double learningRate) const { m_rate->store(learningRate, std::memory_order_relaxed); }
    double get() const { return m_rate->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic<double>> m_rate;
};

// A change of the (peak) learning rate during a run: from batch `step` on (counted from the run's
// first batch, 0-based), the schedule runs at `learningRate` instead of the recipe's rate.
struct RateChange {
    long long step = 0;
    double learningRate = 0.0;
    bool operator==(const RateChange& other) const {
        return step == other.step && learningRate == other.learningRate;
    }
};

struct TrainCallbacks {
    std::function<void(const BatchProgress&)> onBatch;
    std::function<void(const EpochResult&, const Evaluation&)> onEpoch;
    // The epoch's training-health figures, right before onEpoch. Left empty, nothing is collected
    // (which is how the overhead benchmark trains without it).
    std::function<void(const EpochHealth&)> onHealth;
};

} // namespace bplab
