#include "core/mnist/libtorch/epoch_loop.h"

#include "core/mnist/libtorch/training_step.h"
#include "core/mnist/train_recipe.h"

#include <algorithm>
#include <cmath>

namespace bplab {

EpochLoop::EpochLoop(MnistTrainer& trainer, MnistTrainer::Impl& state, const TrainCallbacks& callbacks,
                     const StopToken& stop, const RateDial& dial)
    : m_trainer(trainer)
    , m_state(state)
    , m_callbacks(callbacks)
    , m_stop(stop)
    , m_dial(dial)
    , m_highestRate(trainField("learning_rate").max)
    , m_batches(state.batchesPerEpoch())
    , m_images(state.trainImages.size(0))
    , m_rate(state.config.learningRate) {
    if (callbacks.onHealth) m_health.emplace(state.net);
}

TrainOutcome EpochLoop::run() {
    m_state.lastGood.keep(m_state.net); // the state this call starts from
    while (static_cast<int>(m_state.history.size()) < m_state.config.epochs) {
        const int epoch = static_cast<int>(m_state.history.size()) + 1;
        const auto started = Clock::now();
        double lossSum = 0.0;
        if (auto end = trainBatches(epoch, started, lossSum)) return *end;
        if (auto end = recordEpoch(epoch, lossSum / m_batches, started)) return *end;
    }
    return {};
}

std::optional<TrainOutcome> EpochLoop::trainBatches(int epoch, Clock::time_point started, double& lossSum) {
    const torch::Tensor order = shuffleForEpoch(m_state.config.seed, epoch, m_images);
    if (m_health) m_health->startEpoch();
    for (int batch = 0; batch < m_batches; ++batch) {
        if (m_stop.stopRequested()) return TrainOutcome{TrainOutcome::End::Stopped, std::nullopt};
        const auto first = static_cast<std::int64_t>(batch) * m_state.config.batchSize;
        m_rate = rateAt(static_cast<long long>(epoch - 1) * m_batches + batch);
        const double loss = trainOneBatch(m_state, batchIndices(order, first, m_state.config.batchSize),
                                          m_rate, m_health ? &*m_health : nullptr);
        if (m_watch.diverged(loss)) return m_state.divergedAt(epoch, batch + 1, m_rate, loss);
        lossSum += loss;
        reportBatch(epoch, batch, loss, started);
    }
    return std::nullopt;
}

double EpochLoop::rateAt(long long step) {
    const double dialed = m_dial.get(); // read once per batch
    if (dialed > 0.0) m_state.changeRate(step, std::min(dialed, m_highestRate));
    return m_state.learningRateAt(step) * (m_state.peakLearningRate() / m_state.config.learningRate);
}

void EpochLoop::reportBatch(int epoch, int batch, double loss, Clock::time_point started) const {
    if (!m_callbacks.onBatch) return;
    const double elapsed = std::chrono::duration<double>(Clock::now() - started).count();
    const auto first = static_cast<std::int64_t>(batch) * m_state.config.batchSize;
    const double done =
        static_cast<double>(std::min<std::int64_t>(first + m_state.config.batchSize, m_images));
    BatchProgress progress;
    progress.epoch = epoch;
    progress.epochs = m_state.config.epochs;
    progress.batch = batch + 1;
    progress.batches = m_batches;
    progress.loss = loss;
    progress.learningRate = m_state.optimizer.param_groups().front().options().get_lr();
    progress.peakLearningRate = m_state.peakLearningRate();
    progress.imagesPerSecond = elapsed > 0 ? done / elapsed : 0.0;
    progress.etaSeconds = done > 0 ? elapsed * (static_cast<double>(m_images) - done) / done : 0.0;
    m_callbacks.onBatch(progress);
}

std::optional<TrainOutcome> EpochLoop::recordEpoch(int epoch, double trainLoss, Clock::time_point started) {
    // Every batch of the epoch ran: evaluate and record it even if a stop came during the last one,
    // so the weights and the history never disagree.
    const Evaluation evaluation = m_trainer.evaluate();
    // The last step can leave non-finite weights behind a finite loss: never keep those.
    if (!std::isfinite(evaluation.loss) || !allFinite(m_state.net))
        return m_state.divergedAt(epoch, m_batches, m_rate, evaluation.loss);
    EpochResult result;
    result.epoch = epoch;
    result.trainLoss = trainLoss;
    result.testLoss = evaluation.loss;
    result.testAccuracy = evaluation.accuracy;
    result.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    m_state.history.push_back(result);
    m_state.lastGood.keep(m_state.net);
    if (m_health) m_callbacks.onHealth(m_health->finishEpoch(epoch));
    if (m_callbacks.onEpoch) m_callbacks.onEpoch(result, evaluation);
    return std::nullopt;
}

} // namespace bplab
