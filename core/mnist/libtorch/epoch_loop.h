#pragma once

// LibTorch inside: include only from core's .cpp files and the engine's tests.
#include "core/mnist/divergence_watch.h"
#include "core/mnist/libtorch/health_collector.h"
#include "core/mnist/libtorch/mnist_internal.h"

#include <chrono>
#include <cstdint>
#include <optional>

namespace bplab {

// One call of MnistTrainer::train(): the bookkeeping around the per-batch step (training_step.h).
// Per batch: the stop token, the schedule and the live dial, the divergence watch and the progress
// callback. Per epoch: the evaluation, the check for weights that are not finite, the history, the
// health figures and the epoch callback.
class EpochLoop {
public:
    // `trainer` evaluates; `state` is its insides, trained from the epoch after its history's last.
    EpochLoop(MnistTrainer& trainer, MnistTrainer::Impl& state, const TrainCallbacks& callbacks,
              const StopToken& stop, const RateDial& dial);

    // Trains the epochs left; ends as MnistTrainer::train() says.
    TrainOutcome run();

private:
    using Clock = std::chrono::steady_clock;

    // The batches of `epoch`, their losses summed into `lossSum`; the end (stopped, diverged) that cut
    // the epoch short, if one did.
    std::optional<TrainOutcome> trainBatches(int epoch, Clock::time_point started, double& lossSum);
    // The rate of batch `step` (0-based, counted from the run's first): the schedule's, scaled by the
    // live dial, whose move (clamped to the recipe's limit) is recorded first.
    double rateAt(long long step);
    void reportBatch(int epoch, int batch, double loss, Clock::time_point started) const;
    // Evaluates a finished epoch and records it; the end when its weights are not finite.
    std::optional<TrainOutcome> recordEpoch(int epoch, double trainLoss, Clock::time_point started);

    MnistTrainer& m_trainer;
    MnistTrainer::Impl& m_state;
    const TrainCallbacks& m_callbacks;
    const StopToken& m_stop;
    const RateDial& m_dial;
    const double m_highestRate;  // the recipe's limit: a dial beyond it is clamped
    const int m_batches;         // per epoch
    const std::int64_t m_images; // training images
    DivergenceWatch m_watch;
    std::optional<HealthCollector> m_health; // only for a caller that wants the figures
    double m_rate;                           // of the last batch trained
};

} // namespace bplab
