#include "ui/mnist/training_worker.h"
#include "ui/mnist/mnist_messages.h"

#include "core/mnist/mnist_trainer.h"

namespace bplab::ui {

namespace {
// Weight of the newest batch in the smoothed training loss (about the last 50 batches count).
constexpr double kSmoothing = 0.02;
} // namespace

void TrainingWorker::run(std::shared_ptr<MnistTrainer> trainer, const StopToken& stop, const RateDial& dial) {
    m_sinceEmit.start();
    m_pendingLoss.clear();
    m_pendingRate.clear();
    m_lastRatePoint = QPointF(-1.0, 0.0);
    m_smoothedLoss = -1.0;
    TrainCallbacks callbacks;
    callbacks.onBatch = [this](const BatchProgress& progress) { onBatch(progress); };
    // Once per epoch, like epochFinished (which it precedes): after the batches' pending points.
    callbacks.onHealth = [this](const EpochHealth& health) {
        flush();
        Q_EMIT epochHealth(health);
    };
    callbacks.onEpoch = [this, &trainer](const EpochResult& result, const Evaluation& evaluation) {
        flush();
        Q_EMIT epochFinished(result, evaluation);
        // A copy of the weights for the draw-a-digit canvas, made here where the model lives.
        Q_EMIT classifierReady(trainer->classifier());
    };
    try {
        const TrainOutcome outcome = trainer->train(callbacks, stop, dial);
        flush();
        if (outcome.divergence) Q_EMIT diverged(*outcome.divergence);
        Q_EMIT finished(static_cast<bool>(outcome), QString());
    } catch (const std::exception& error) {
        flush();
        Q_EMIT finished(false, MnistMessages::problem(error));
    }
}

void TrainingWorker::evaluate(std::shared_ptr<MnistTrainer> trainer, const StopToken& stop, quint64 model) {
    if (stop.stopRequested()) return; // the window is closing: nobody waits for the result
    try {
        Q_EMIT evaluated(model, trainer->evaluate(), QString());
    } catch (const std::exception& error) {
        Q_EMIT evaluated(model, Evaluation{}, MnistMessages::problem(error));
    }
}

void TrainingWorker::onBatch(const BatchProgress& progress) {
    m_lastProgress = progress;
    m_smoothedLoss =
        m_smoothedLoss < 0 ? progress.loss : (1 - kSmoothing) * m_smoothedLoss + kSmoothing * progress.loss;
    const double x = progress.epoch - 1 + static_cast<double>(progress.batch) / progress.batches;
    m_pendingLoss.append(QPointF(x, m_smoothedLoss));
    // The peak rate as a step line: where it changed, a vertical step at the previous batch's end.
    const double rate = progress.peakLearningRate;
    if (m_lastRatePoint.x() >= 0 && rate != m_lastRatePoint.y())
        m_pendingRate.append(QPointF(m_lastRatePoint.x(), rate));
    m_lastRatePoint = QPointF(x, rate);
    m_pendingRate.append(m_lastRatePoint);
    // Throttled: the GUI gets a handful of signals per second, each with every point since the last.
    if (m_sinceEmit.elapsed() >= 1000 / TrainingController::kProgressPerSecond) flush();
}

void TrainingWorker::flush() {
    if (m_pendingLoss.isEmpty()) return;
    Q_EMIT progress(m_lastProgress);
    Q_EMIT lossPoints(m_pendingLoss);
    Q_EMIT ratePoints(m_pendingRate);
    m_pendingLoss.clear();
    m_pendingRate.clear();
    m_sinceEmit.restart();
}

} // namespace bplab::ui
