#include "ui/mnist/training/training_worker.h"
#include "ui/mnist/mnist_messages.h"

#include "core/mnist/mnist_trainer.h"

#include <utility>

#if defined(__linux__)
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace bplab::ui {

namespace {
// Training takes every core; the window must still get one at once when it has work (a repaint, an
// epoch's results), or it stalls behind the training threads. So this thread, and the threads its
// training starts (which inherit it), run a few nice levels below the window: they still get all
// the time the window leaves, which is nearly all of it. A level, not "5 more than now": this thread
// runs every run of the tab, and would sink further with each. Linux only (where a nice value belongs
// to a thread, not to the whole process as POSIX says); elsewhere a no-op.
constexpr int kTrainingNiceness = 5;

void yieldToTheWindow() {
#if defined(__linux__)
    const auto thread = static_cast<id_t>(syscall(SYS_gettid));
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, thread);
    if (errno == 0 && current < kTrainingNiceness) setpriority(PRIO_PROCESS, thread, kTrainingNiceness);
#endif
}
} // namespace

void TrainingWorker::run(std::shared_ptr<MnistTrainer> trainer, const StopToken& stop, const RateDial& dial) {
    yieldToTheWindow();
    m_sinceEmit.start();
    m_curves.reset();
    m_batchSinceEmit = false;
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
        m_curves.addLatest(); // the curves end where the run stopped
        flush();
        if (outcome.divergence) Q_EMIT diverged(*outcome.divergence);
        Q_EMIT finished(static_cast<bool>(outcome), QString());
    } catch (const std::exception& error) {
        m_curves.addLatest();
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
    m_batchSinceEmit = true;
    m_curves.add(progress);
    // Throttled: the GUI gets a handful of signals per second, each with every point since the last.
    if (m_sinceEmit.elapsed() >= 1000 / TrainingController::kProgressPerSecond) flush();
}

void TrainingWorker::flush() {
    // The points addLatest() adds at a run's end come after the last batch's flush: sent without a
    // progress signal of their own.
    if (std::exchange(m_batchSinceEmit, false)) {
        Q_EMIT progress(m_lastProgress);
        m_sinceEmit.restart();
    }
    if (const QList<QPointF> loss = m_curves.takeLoss(); !loss.isEmpty()) Q_EMIT lossPoints(loss);
    if (const QList<QPointF> rate = m_curves.takeRate(); !rate.isEmpty()) Q_EMIT ratePoints(rate);
}

} // namespace bplab::ui
