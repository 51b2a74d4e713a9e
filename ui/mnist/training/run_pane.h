#pragma once

#include "core/mnist/mnist_data.h"
#include "core/mnist/train_types.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace bplab::ui {

class HealthPanel;
class RunCharts;
class TrainingController;
class TrainingProgressRow;
struct MnistTabActions;

// The MNIST tab's run: the training controller (worker thread) it starts, resumes, stops, saves and
// loads, and the views of the run in progress: accuracy and loss charts (with the training-health
// panel beside the loss), the live-rate slider, the progress row, and the run's history for the CSV.
// Everything else it has to say goes out through signals: it knows no other pane.
class RunPane : public QWidget {
    Q_OBJECT
public:
    // Serves `actions`' stop, saveModel and the accuracy, loss and metrics exports.
    RunPane(const MnistTabActions& actions, QWidget* parent = nullptr);

    TrainingController* controller() const { return m_controller; }
    RunCharts* charts() const { return m_charts; }
    TrainingProgressRow* progressRow() const { return m_progress; }
    HealthPanel* healthPanel() const { return m_health; }
    QString runName() const;
    int epochsDone() const { return static_cast<int>(m_runHistory.size()); }
    // "Adam, η 0.03, …, 3 epochs": the run and the epochs behind the model it has now.
    QString modelName() const;

    // A new model trained with `config` on `mnist`; says `whyNoData` when there is none.
    void start(const TrainConfig& config, std::shared_ptr<const MnistData> mnist, const QString& whyNoData);
    // The current model trained on up to `config.epochs`, at its rate, device and kernels.
    void resume(const TrainConfig& config);
    // Loads a checkpoint, to be evaluated on `mnist`'s test images (false with a sentence in `error`).
    bool loadModel(const QString& path, std::shared_ptr<const MnistData> mnist, QString* error);
    bool exportMetricsCsv(const QString& path, QString* error) const;

Q_SIGNALS:
    void notice(const QString& message); // a sentence for the status line
    // A new run (trained or loaded) begins: the last run's results are no longer its.
    void runBegun();
    // A run started or ended, a model loaded or evaluated: which actions apply has changed.
    void runStateChanged();
    // The rate the model trains at next (its peak when a run ends, a tenth after a divergence).
    void nextRateChanged(double rate);
    // A checkpoint was loaded: its recipe, and the model's name for the views that use it.
    void modelLoaded(const bplab::TrainConfig& config, const QString& modelName);

private:
    void connectController();
    void connectExports(const MnistTabActions& actions);
    void beginRun(const QString& description, const QString& label = {});
    void showRunState();
    void onEpoch(const EpochResult& result, const Evaluation& evaluation);
    void onFinished(bool completed, const QString& error);
    void showPeakRate();
    void showDivergence(const Divergence& divergence);
    // The loaded model's evaluation (TrainingController::loadCheckpoint): running, done, failed.
    void showEvaluating();
    void showLoadedEvaluation(const Evaluation& evaluation);
    void showLoadedEvaluationFailed(const QString& error);

    TrainingController* m_controller;
    RunCharts* m_charts;
    TrainingProgressRow* m_progress;
    HealthPanel* m_health;
    std::vector<EpochResult> m_runHistory; // the current run's epochs, for CSV and resume
};

} // namespace bplab::ui
