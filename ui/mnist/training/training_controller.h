#pragma once

#include "core/mnist/mnist_classifier.h"
#include "core/mnist/mnist_data.h"
#include "core/mnist/train_types.h"
#include "ui/mnist/training/paced_relay.h"
#include "ui/mnist/training/training_events.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace bplab {
class MnistTrainer;
}

namespace bplab::ui {

class TrainingWorker;

// Runs the MNIST trainer in a worker thread and reports back through queued signals carrying value
// types. The GUI thread never waits for the worker except in the destructor (stop, quit, wait), so a
// window closed during training shuts down cleanly.
//
// The trainer itself belongs to the worker while a run is in progress; save and load are refused
// until it has finished.
//
// The run's reports are TrainingEvents' signals, which the worker emits in its thread and this class
// re-emits in the GUI thread (queued, then paced through m_relay: one per turn of the event loop, in
// the order sent; the run's end is the last of them, so when isRunning() turns false no report of the
// run is left waiting). Views connect here, never
// to the worker: their slots then always run in the GUI thread, after this class has taken note of
// the run's end (isRunning(), divergence()), and none depends on the worker, which its thread deletes.
class TrainingController : public TrainingEvents {
    Q_OBJECT
public:
    // At most this many progress signals per second reach the GUI.
    static constexpr int kProgressPerSecond = 10;

    explicit TrainingController(QObject* parent = nullptr);
    ~TrainingController() override;

    bool isRunning() const { return m_running.load(); }
    bool hasModel() const { return m_trainer != nullptr; }
    int completedEpochs() const;
    int plannedEpochs() const;
    TrainConfig currentConfig() const; // of the current model; defaults when there is none

    // A new model trained from scratch with `config` on `data`. Returns false (and says why) when a
    // run is in progress or the config is unusable.
    bool start(const TrainConfig& config, std::shared_ptr<const MnistData> data, QString* error = nullptr);
    // Continues the current model up to `totalEpochs`.
    bool resume(int totalEpochs, QString* error = nullptr);
    // The (peak) learning rate the current model trains with from its next run on (a smaller one
    // after a divergence). Only while not running; false with a sentence in `error`.
    bool setLearningRate(double rate, QString* error = nullptr);
    // Moves the current model (and its optimizer's state) to `device` for the next run, e.g. a model
    // loaded on the CPU that resumes on the GPU. Not while running; false with a sentence in `error`.
    bool setDevice(const std::string& device, QString* error = nullptr);
    // The CPU kernels of the current model's next run ("native" or "libtorch"), as setDevice.
    bool setKernels(const std::string& kernels, QString* error = nullptr);
    // Where the last run diverged; empty when it did not (or a new run has started since). The
    // model's weights are then those of the last finite state (see MnistTrainer::train).
    const std::optional<Divergence>& divergence() const { return m_divergence; }
    // The live (peak) learning rate: the worker's trainer uses it from its next batch on. Lock-free;
    // while no run is in progress it has no effect.
    void setLiveLearningRate(double rate) { m_dial.set(rate); }
    // The (peak) rate the current model trains at now (the recipe's or the last change's); 0 without
    // a model or while running.
    double peakLearningRate() const;
    // Whether that peak was set with the live rate during the last run (rather than by the recipe or
    // before a Resume); false while running.
    bool peakSetLive() const;
    // Asks the worker to stop after the current batch; finished() follows.
    void stop();
    // For a window that is closing: stops any run and waits for the worker thread to end (a batch
    // takes milliseconds). The controller trains no more afterwards: start and resume refuse.
    void shutDown();
    bool hasShutDown() const { return m_thread.isFinished(); }

    // Only while not running. Return false with a sentence in `error`.
    bool saveCheckpoint(const QString& path, QString* error);
    // Then evaluates the loaded model on its test set in the worker thread (the GUI stays responsive):
    // loadedModelEvaluated() or loadedModelEvaluationFailed() follows, unless a newer model (another
    // load, Train) has replaced it by then. A run started meanwhile waits for the evaluation to end.
    bool loadCheckpoint(const QString& path, std::shared_ptr<const MnistData> data, QString* error);
    // While the loaded model is being evaluated, it belongs to the worker: Resume, Save and other
    // changes to it are refused until then.
    bool isEvaluating() const { return m_evaluatingModel != 0; }
    int evaluationImages() const { return m_evaluationImages; } // test images of the last load's evaluation
    // The history of the current model (for CSV export and charts after a load).
    std::vector<EpochResult> history() const;
    // Its learning-rate changes and batches per epoch (for the CSV); empty / 0 while running.
    std::vector<RateChange> rateChanges() const;
    int batchesPerEpoch() const;

Q_SIGNALS:
    // The test-set pass over a model that loadCheckpoint() loaded (see there).
    void loadedModelEvaluated(const bplab::Evaluation& evaluation);
    void loadedModelEvaluationFailed(const QString& error);
    // A new model is about to train (start()): a copy of its initial random weights (epoch 0).
    void runStarted(const bplab::MnistClassifier& initial);

private:
    // False, with the reason in `error`, while a run is in progress or after shutDown().
    bool readyForARun(QString* error) const;
    // Applies `change` to the current model while no run is in progress; false with a sentence (no
    // model, running, a value the trainer refuses).
    bool changeModel(const std::function<void(MnistTrainer&)>& change, QString* error);
    void launch();
    void evaluateLoadedModel();
    void onEvaluated(quint64 model, const Evaluation& evaluation, const QString& error);

    QThread m_thread;
    PacedRelay m_relay;       // the worker's reports, passed on one per turn of the event loop
    TrainingWorker* m_worker; // lives in m_thread; deleted through deleteLater when it finishes
    std::shared_ptr<MnistTrainer> m_trainer;
    StopToken m_stop;
    RateDial m_dial;
    std::atomic<bool> m_running{false};
    std::optional<Divergence> m_divergence;
    // The model's rate changes when the last run began: during a run only the live dial adds any.
    std::vector<RateChange> m_rateChangesAtLaunch;
    // Every model made or loaded gets the next number, so a late evaluation of an older one is dropped.
    quint64 m_modelNumber = 0;
    quint64 m_evaluatingModel = 0; // the number of the model being evaluated; 0: none
    int m_evaluationImages = 0;
};

} // namespace bplab::ui
