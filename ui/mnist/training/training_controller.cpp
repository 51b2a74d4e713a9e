#include "ui/mnist/training/training_controller.h"
#include "ui/mnist/mnist_messages.h"

#include "core/mnist/mnist_trainer.h"
#include "ui/common/file_writing.h"
#include "ui/mnist/training/training_worker.h"

#include <tuple>
#include <type_traits>

namespace bplab::ui {

namespace {
// Connects `signal` of `from` to the same signal of `to`: `to` emits it again, in its own thread, when
// `relay` comes to it (the arguments are copied until then).
template <typename... Args>
void forwardPaced(const TrainingEvents* from, TrainingEvents* to, PacedRelay* relay,
                  void (TrainingEvents::*signal)(Args...)) {
    QObject::connect(from, signal, to, [to, relay, signal](Args... args) {
        relay->post([to, signal, values = std::make_tuple(std::decay_t<Args>(args)...)] {
            std::apply([to, signal](const auto&... value) { (to->*signal)(value...); }, values);
        });
    });
}

template <typename... Signals>
void forwardSignals(const TrainingEvents* from, TrainingEvents* to, PacedRelay* relay, Signals... signal) {
    (forwardPaced(from, to, relay, signal), ...);
}
} // namespace

TrainingController::TrainingController(QObject* parent)
    : TrainingEvents(parent)
    , m_worker(new TrainingWorker) {
    qRegisterMetaType<BatchProgress>();
    qRegisterMetaType<EpochResult>();
    qRegisterMetaType<Evaluation>();
    qRegisterMetaType<MnistClassifier>();
    qRegisterMetaType<Divergence>();
    qRegisterMetaType<EpochHealth>();
    m_thread.setObjectName(QStringLiteral("training"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Worker → controller: queued (different threads), so the re-emitted signals reach the views in the
    // GUI thread, and paced (m_relay), in the order the worker sent them. Divergence and the end pass
    // through lambdas that first update this class's state, in their turn.
    forwardSignals(m_worker, this, &m_relay, &TrainingEvents::progress, &TrainingEvents::lossPoints,
                   &TrainingEvents::ratePoints, &TrainingEvents::epochFinished, &TrainingEvents::epochHealth,
                   &TrainingEvents::classifierReady);
    connect(m_worker, &TrainingWorker::diverged, this, [this](const Divergence& divergence) {
        m_relay.post([this, divergence] {
            m_divergence = divergence;
            Q_EMIT diverged(divergence);
        });
    });
    connect(m_worker, &TrainingWorker::evaluated, this, &TrainingController::onEvaluated);
    connect(m_worker, &TrainingWorker::finished, this, [this](bool completed, const QString& error) {
        m_relay.post([this, completed, error] {
            m_running.store(false);
            Q_EMIT finished(completed, error);
        });
    });
    m_thread.start();
}

TrainingController::~TrainingController() { shutDown(); }

void TrainingController::shutDown() {
    // Order matters: the loop only sees the token, and QThread must not be destroyed while running.
    m_stop.requestStop();
    m_thread.quit();
    m_thread.wait();
    // The worker's own "finished" is still queued for this thread; the run has ended now.
    m_running.store(false);
}

int TrainingController::completedEpochs() const {
    return m_trainer && !isRunning() ? m_trainer->completedEpochs() : 0;
}

int TrainingController::plannedEpochs() const { return m_trainer ? m_trainer->config().epochs : 0; }

double TrainingController::peakLearningRate() const {
    return m_trainer && !isRunning() ? m_trainer->peakLearningRate() : 0.0;
}

bool TrainingController::peakSetLive() const {
    // The trainer keeps a change only when it differs from the peak before: a list that grew or
    // changed during the run ends with the dial's last value.
    return m_trainer && !isRunning() && m_trainer->rateChanges() != m_rateChangesAtLaunch;
}

TrainConfig TrainingController::currentConfig() const {
    return m_trainer ? m_trainer->config() : TrainConfig{};
}

bool TrainingController::start(const TrainConfig& config, std::shared_ptr<const MnistData> data,
                               QString* error) {
    if (!readyForARun(error)) return false;
    try {
        m_trainer = std::make_shared<MnistTrainer>(config, std::move(data));
    } catch (const std::exception& e) {
        if (error) *error = MnistMessages::problem(e);
        return false;
    }
    // A loaded model still being evaluated is replaced: its result no longer concerns the window.
    ++m_modelNumber;
    m_evaluatingModel = 0;
    Q_EMIT runStarted(m_trainer->classifier()); // copied here, before the worker owns the trainer
    launch();
    return true;
}

bool TrainingController::changeModel(const std::function<void(MnistTrainer&)>& change, QString* error) {
    if (!readyForARun(error)) return false;
    if (isEvaluating()) {
        if (error)
            *error = tr("The loaded model is still being evaluated on the test set; try again in a moment.");
        return false;
    }
    if (!m_trainer) {
        if (error) *error = tr("There is no model to train.");
        return false;
    }
    try {
        change(*m_trainer);
    } catch (const std::exception& e) {
        if (error) *error = MnistMessages::problem(e);
        return false;
    }
    return true;
}

bool TrainingController::resume(int totalEpochs, QString* error) {
    if (!changeModel([totalEpochs](MnistTrainer& trainer) { trainer.setEpochs(totalEpochs); }, error))
        return false;
    launch();
    return true;
}

bool TrainingController::setLearningRate(double rate, QString* error) {
    return changeModel([rate](MnistTrainer& trainer) { trainer.setLearningRate(rate); }, error);
}

bool TrainingController::setDevice(const std::string& device, QString* error) {
    return changeModel([&device](MnistTrainer& trainer) { trainer.setDevice(device); }, error);
}

bool TrainingController::setKernels(const std::string& kernels, QString* error) {
    return changeModel([&kernels](MnistTrainer& trainer) { trainer.setKernels(kernels); }, error);
}

bool TrainingController::readyForARun(QString* error) const {
    if (!isRunning() && !hasShutDown()) return true;
    if (error) *error = isRunning() ? tr("Training is already running.") : tr("Training has shut down.");
    return false;
}

void TrainingController::launch() {
    m_stop = StopToken{}; // a fresh flag: an earlier Stop must not end this run
    m_divergence.reset();
    m_dial = RateDial{}; // unset: the run starts at the model's own rate until the slider moves
    m_rateChangesAtLaunch = m_trainer->rateChanges();
    m_running.store(true);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, trainer = m_trainer, stop = m_stop, dial = m_dial] {
            worker->run(trainer, stop, dial);
        },
        Qt::QueuedConnection);
}

void TrainingController::stop() { m_stop.requestStop(); }

void TrainingController::evaluateLoadedModel() {
    m_evaluatingModel = ++m_modelNumber;
    // A fresh token (an earlier Stop must not skip it) that shutDown() sets: a window closed before
    // the evaluation began skips it.
    m_stop = StopToken{};
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, trainer = m_trainer, stop = m_stop, model = m_evaluatingModel] {
            worker->evaluate(trainer, stop, model);
        },
        Qt::QueuedConnection);
}

void TrainingController::onEvaluated(quint64 model, const Evaluation& evaluation, const QString& error) {
    if (model != m_evaluatingModel) return; // a newer model replaced it meanwhile
    m_evaluatingModel = 0;
    if (error.isEmpty()) {
        Q_EMIT loadedModelEvaluated(evaluation);
    } else {
        Q_EMIT loadedModelEvaluationFailed(error);
    }
}

bool TrainingController::saveCheckpoint(const QString& path, QString* error) {
    if (isRunning() || isEvaluating() || !m_trainer) {
        if (error) {
            *error = isRunning()      ? tr("Stop training before saving.")
                     : isEvaluating() ? tr("The loaded model is still being evaluated; save it in a moment.")
                                      : tr("There is no model to save yet.");
        }
        return false;
    }
    try {
        // Written like every other file of the window: atomically, and a failure phrased by its cause.
        return writeFileAtomically(path, QByteArray::fromStdString(m_trainer->checkpointBytes()), error);
    } catch (const std::exception& e) {
        if (error) *error = MnistMessages::problem(e);
        return false;
    }
}

bool TrainingController::loadCheckpoint(const QString& path, std::shared_ptr<const MnistData> data,
                                        QString* error) {
    if (isRunning()) {
        if (error) *error = tr("Stop training before loading a model.");
        return false;
    }
    try {
        const std::string file = path.toStdString();
        // Evaluate on the data the checkpoint was trained with: apply its image limits.
        const TrainConfig saved = MnistTrainer::checkpointConfig(file);
        const auto evaluatedOn = limitedMnist(std::move(data), saved.trainLimit, saved.testLimit);
        // The worker may still evaluate the model loaded before: it keeps that one alive itself.
        m_trainer = MnistTrainer::loadCheckpoint(file, evaluatedOn);
        m_evaluationImages = evaluatedOn->test.size();
        m_divergence.reset();
        Q_EMIT classifierReady(m_trainer->classifier()); // copied here, before the worker evaluates it
        evaluateLoadedModel();
        return true;
    } catch (const std::exception& e) {
        if (error) *error = MnistMessages::problem(e);
        return false;
    }
}

std::vector<RateChange> TrainingController::rateChanges() const {
    return m_trainer && !isRunning() ? m_trainer->rateChanges() : std::vector<RateChange>{};
}

int TrainingController::batchesPerEpoch() const {
    return m_trainer && !isRunning() ? m_trainer->batchesPerEpoch() : 0;
}

std::vector<EpochResult> TrainingController::history() const {
    return m_trainer && !isRunning() ? m_trainer->history() : std::vector<EpochResult>{};
}

} // namespace bplab::ui
