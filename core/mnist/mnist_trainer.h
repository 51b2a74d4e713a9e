#pragma once

#include "core/mnist/mnist_data.h"
#include "core/mnist/train_types.h"

#include <memory>
#include <string>
#include <vector>

namespace bplab {

class MnistClassifier;

// Trains the MNIST CNN with the optimizer its config names (SGD, Nesterov, Adam, AdamW). Plain C++ interface;
// LibTorch stays in the .cpp.
//
// Threading: train() runs in the calling thread (the GUI's worker) and sets LibTorch's thread count
// there, because OpenMP's count is per thread. One trainer must not be used from two threads at once;
// classifier() hands out an independent copy of the weights for prediction elsewhere.
class MnistTrainer {
public:
    // Builds a fresh, seeded model with one output per class of `data` (MNIST's ten without data).
    // Throws std::invalid_argument for a bad config, std::out_of_range for a label outside the data's
    // classes, and std::runtime_error when the device is not available.
    MnistTrainer(TrainConfig config, std::shared_ptr<const MnistData> data);
    ~MnistTrainer();
    MnistTrainer(const MnistTrainer&) = delete;
    MnistTrainer& operator=(const MnistTrainer&) = delete;

    const TrainConfig& config() const;
    // Changes the number of epochs (e.g. to train further after a resume). Must be 1..1000.
    void setEpochs(int epochs);
    // Threads for the next train() (0 = all cores); not part of a checkpoint.
    void setThreads(int threads);
    // Moves the model and the optimizer's state to `device` ("cpu" or "cuda") for the next train();
    // not part of a checkpoint. Throws std::runtime_error when the device is not available (nothing moves).
    void setDevice(const std::string& device);
    // The CPU kernels of the next train(): "native" or "libtorch" (TrainConfig::kernels); not part of
    // a checkpoint. Throws std::invalid_argument for anything else.
    void setKernels(const std::string& kernels);
    // What computes the network's layers, in words: "native AVX-512 kernels", "LibTorch's operators".
    std::string kernelsInUse() const;
    // The (peak) learning rate of the next train(), e.g. a smaller one after a divergence: recorded
    // in rateChanges() like a move of the live dial. Checked like the recipe's field.
    void setLearningRate(double rate);
    // The (peak) rate the schedule runs at now: the recipe's, or the last change's.
    double peakLearningRate() const;
    // Every change of the rate during training (the live dial, setLearningRate), in order.
    const std::vector<RateChange>& rateChanges() const;
    int batchesPerEpoch() const;

    // Trains from the epoch after completedEpochs() to config().epochs. Returns early (within one
    // batch) when `stop` is requested; an epoch cut short is not counted and is trained again by the
    // next call. Ends as Diverged when the loss diverges (see divergence_watch.h): the weights are
    // then put back to the last finite state, the end of the last epoch in history() (or the state
    // the call started from), the optimizer's state (momentum) is cleared, and a later call continues
    // from there. The outcome tests true when all epochs are done.
    // `dial`: a rate set there applies from the next batch on (with one-cycle it scales the schedule:
    // the rate at each step is the schedule's × dial / recipe rate) and is recorded in rateChanges().
    TrainOutcome train(const TrainCallbacks& callbacks, const StopToken& stop, const RateDial& dial = {});

    Evaluation evaluate();
    int completedEpochs() const;
    const std::vector<EpochResult>& history() const;

    // Model, optimizer, epoch, config and history, written atomically (a temporary file, then a
    // rename): a failed save never leaves a broken file behind. Throws CheckpointError, also for
    // weights that are not finite numbers (nothing is written then).
    void saveCheckpoint(const std::string& path) const;
    // The same checkpoint as bytes, for a caller that writes its files itself (the window, through
    // its atomic writer that phrases each failure by its cause).
    std::string checkpointBytes() const;
    // A trainer that continues where the checkpoint ended, on `device` ("cpu" or "cuda"): the device is
    // this machine's choice, not the file's, so a checkpoint written on a GPU loads on a CPU-only build.
    // Throws CheckpointError for a file that is missing, unreadable, or from another model (the message
    // names the cause), std::runtime_error when the device is not available.
    static std::unique_ptr<MnistTrainer> loadCheckpoint(const std::string& path,
                                                        std::shared_ptr<const MnistData> data,
                                                        const std::string& device = "cpu");
    // Only the recipe stored in a checkpoint (to load matching data before loadCheckpoint).
    static TrainConfig checkpointConfig(const std::string& path);

    // A copy of the current weights for prediction, safe to use from another thread.
    MnistClassifier classifier() const;

    // Whether the LibTorch this was built against has CUDA and sees a GPU ("cuda" is usable).
    static bool cudaAvailable();
    // The instruction set of the native kernels this processor runs ("AVX-512", "AVX2", "generic"),
    // or empty where "native" falls back to LibTorch's operators (x86-64 without AVX2).
    static std::string nativeInstructionSet();

    // How many intra-op threads train() uses for this config (resolves threads = 0).
    static int resolvedThreads(const TrainConfig& config);

    // The LibTorch state, opaque here (libtorch/mnist_internal.h); named publicly so that other engine
    // code (the range test) can build one of its own.
    struct Impl;

private:
    std::unique_ptr<Impl> m_impl;
};

} // namespace bplab
