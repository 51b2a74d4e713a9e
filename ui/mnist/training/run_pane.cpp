// The run pane: its views and the wiring of the controller's signals to them (the layout and exports
// first, then what each signal shows).
#include "ui/mnist/training/run_pane.h"

#include "core/mnist/divergence_watch.h"
#include "core/mnist/epoch_history_csv.h"
#include "core/mnist/train_recipe.h"
#include "ui/charts/metric_chart.h"
#include "ui/common/core_text.h"
#include "ui/common/export_flow.h"
#include "ui/common/file_writing.h"
#include "ui/common/locale_numbers.h"
#include "ui/mnist/mnist_tab_actions.h"
#include "ui/mnist/mnist_tab_text.h"
#include "ui/mnist/training/divergence_text.h"
#include "ui/mnist/training/health_panel.h"
#include "ui/mnist/training/live_rate_slider.h"
#include "ui/mnist/training/run_charts.h"
#include "ui/mnist/training/training_controller.h"
#include "ui/mnist/training/training_progress_row.h"

#include <QAction>
#include <QFileInfo>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace bplab::ui {

namespace {
// "Adam, η 0.03, batch 128, one-cycle, aug, seed 1": the legend tells runs apart by what differs.
QString describe(const TrainConfig& c) {
    const QString optimizer = coreText(kTrainFieldContext, choiceLabelOf(trainField("optimizer"), c));
    return MnistTabText::tr("%1, η %2, batch %3, %4%5, seed %6")
        .arg(optimizer, withLocaleDecimals(QStringLiteral("%1").arg(c.learningRate)))
        .arg(c.batchSize)
        .arg(c.oneCycle ? MnistTabText::tr("one-cycle") : MnistTabText::tr("constant"),
             c.augment ? MnistTabText::tr(", aug") : QString())
        .arg(c.seed);
}
} // namespace

RunPane::RunPane(const MnistTabActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_controller(new TrainingController(this))
    , m_charts(new RunCharts(this))
    , m_progress(new TrainingProgressRow(this))
    , m_health(new HealthPanel(this)) {
    m_charts->addBesideLoss(m_health, MnistTabText::tr("Training health"));
    m_charts->accuracyChart()->setChartName(MnistTabText::tr("Accuracy chart"));
    m_charts->lossChart()->setChartName(MnistTabText::tr("MNIST loss chart"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_charts, 1);
    layout->addWidget(m_progress);
    m_charts->rateSlider()->setEnabled(false); // it changes a run in progress
    connectController();
    connectExports(actions);
    connect(actions.stop, &QAction::triggered, this, [this] {
        m_controller->stop();
        Q_EMIT notice(MnistTabText::tr("Stopping after the current batch…"));
    });
}

void RunPane::connectController() {
    connect(m_controller, &TrainingController::progress, m_progress, &TrainingProgressRow::showProgress);
    connect(m_controller, &TrainingController::lossPoints, m_charts, &RunCharts::appendTrainingLoss);
    connect(m_controller, &TrainingController::ratePoints, m_charts, &RunCharts::appendLearningRate);
    // The yardstick is the model's: a run, a resumed run or a loaded model on its own classes, whatever
    // data set was loaded since.
    auto yardstickOf = [this](const MnistClassifier& model) { m_charts->showGoalFor(model.classNames()); };
    connect(m_controller, &TrainingController::runStarted, m_charts, yardstickOf);
    connect(m_controller, &TrainingController::classifierReady, m_charts, yardstickOf);
    connect(m_charts->rateSlider(), &LiveRateSlider::learningRateChanged, this, [this](double rate) {
        m_controller->setLiveLearningRate(rate);
        Q_EMIT notice(MnistTabText::tr("Learning rate %1 from the next batch on.").arg(localNumber(rate, 3)));
    });
    connect(m_controller, &TrainingController::epochFinished, this, &RunPane::onEpoch);
    connect(m_controller, &TrainingController::epochHealth, m_health, &HealthPanel::appendEpoch);
    connect(m_controller, &TrainingController::finished, this, &RunPane::onFinished);
    connect(m_controller, &TrainingController::loadedModelEvaluated, this, &RunPane::showLoadedEvaluation);
    connect(m_controller, &TrainingController::loadedModelEvaluationFailed, this,
            &RunPane::showLoadedEvaluationFailed);
}

void RunPane::connectExports(const MnistTabActions& actions) {
    auto notifyIfAny = [this](const QString& message) {
        if (!message.isEmpty()) Q_EMIT notice(message); // empty: the dialog was cancelled
    };
    auto exportChart = [this, notifyIfAny](MetricChart* chart, const QString& fileName) {
        notifyIfAny(
            askAndExportChart(this, fileName, [chart](const QString& path, QSize size, QString* error) {
                return chart->exportImage(path, size, error);
            }));
    };
    connect(actions.exportAccuracy, &QAction::triggered, this,
            [this, exportChart] { exportChart(m_charts->accuracyChart(), QStringLiteral("accuracy.png")); });
    connect(actions.exportLoss, &QAction::triggered, this,
            [this, exportChart] { exportChart(m_charts->lossChart(), QStringLiteral("loss.png")); });
    connect(actions.exportCsv, &QAction::triggered, this, [this, notifyIfAny] {
        notifyIfAny(askAndSaveFile(
            this, MnistTabText::tr("Export metrics"), QStringLiteral("mnist-epochs.csv"),
            MnistTabText::tr("CSV files (*.csv)"),
            [this](const QString& path, QString* error) { return exportMetricsCsv(path, error); },
            MnistTabText::tr("Metrics saved to %1")));
    });
    connect(actions.saveModel, &QAction::triggered, this, [this, notifyIfAny] {
        notifyIfAny(askAndSaveFile(
            this, MnistTabText::tr("Save model"), QStringLiteral("mnist-model.pt"),
            MnistTabText::tr("Backprop Lab checkpoints (*.pt)"),
            [this](const QString& path, QString* error) { return m_controller->saveCheckpoint(path, error); },
            MnistTabText::tr("Model saved to %1")));
    });
    connect(m_health->exportImageAction(), &QAction::triggered, this, [this, notifyIfAny] {
        notifyIfAny(askAndExportChart(this, QStringLiteral("training-health.png"),
                                      [this](const QString& path, QSize size, QString* error) {
                                          return m_health->exportImage(path, size, error);
                                      }));
    });
    connect(m_health->exportCsvAction(), &QAction::triggered, this, [this, notifyIfAny] {
        notifyIfAny(askAndSaveFile(
            this, MnistTabText::tr("Export training health"), QStringLiteral("mnist-health.csv"),
            MnistTabText::tr("CSV files (*.csv)"),
            [this](const QString& path, QString* error) { return m_health->exportCsv(path, error); },
            MnistTabText::tr("Health figures saved to %1")));
    });
}

QString RunPane::runName() const { return m_charts->runName(); }

QString RunPane::modelName() const {
    return MnistTabText::tr("%1, %n epoch(s)", nullptr, epochsDone()).arg(runName());
}

void RunPane::beginRun(const QString& description, const QString& label) {
    m_charts->beginRun(description, label);
    m_health->clear();
    m_runHistory.clear();
    Q_EMIT runBegun();
}

void RunPane::showRunState() {
    m_charts->rateSlider()->setEnabled(m_controller->isRunning()); // it changes a run in progress
    Q_EMIT runStateChanged();
}

// ---- runs ----

void RunPane::start(const TrainConfig& config, std::shared_ptr<const MnistData> mnist,
                    const QString& whyNoData) {
    if (!mnist) {
        Q_EMIT notice(
            MnistTabText::tr("No MNIST data yet: %1 Get it with File › Get MNIST….").arg(whyNoData));
        return;
    }
    const auto trainingData = limitedMnist(mnist, config.trainLimit, config.testLimit);
    QString error;
    beginRun(describe(config), RunCharts::shortLabel(config));
    m_charts->setEpochRange(config.epochs);
    if (!m_controller->start(config, trainingData, &error)) {
        Q_EMIT notice(error);
        showRunState();
        return;
    }
    m_charts->rateSlider()->setLearningRate(config.learningRate);
    m_progress->showStarting(config.epochs);
    Q_EMIT notice(
        MnistTabText::tr("Training %1 on %2 images…").arg(runName()).arg(trainingData->train.size()));
    showRunState();
}

void RunPane::resume(const TrainConfig& config) {
    QString error;
    m_charts->setEpochRange(config.epochs);
    // Resume trains on with the rate in the field: after a divergence, the smaller one it offers.
    // And on the device in the field: a model loaded (on the CPU) or trained before moves there first.
    if (!m_controller->setDevice(config.device, &error) ||
        !m_controller->setKernels(config.kernels, &error) ||
        !m_controller->setLearningRate(config.learningRate, &error) ||
        !m_controller->resume(config.epochs, &error)) {
        Q_EMIT notice(error);
        return;
    }
    m_charts->rateSlider()->setLearningRate(config.learningRate);
    Q_EMIT notice(MnistTabText::tr("Resuming %1 from epoch %2 of %3…")
                      .arg(runName())
                      .arg(m_runHistory.size() + 1)
                      .arg(config.epochs));
    showRunState();
}

void RunPane::onEpoch(const EpochResult& result, const Evaluation& evaluation) {
    m_runHistory.push_back(result);
    m_charts->appendEpochs({result});
    // MNIST's goal, on MNIST's digits only (another data set's chart draws no goal).
    const bool goal = m_charts->showsMnistGoal() && result.testAccuracy >= RunCharts::kGoalAccuracy;
    Q_EMIT notice(MnistTabText::tr("Epoch %1: test accuracy %2 %%3, test loss %4, %5 s. %6 misclassified.")
                      .arg(result.epoch)
                      .arg(localFixed(result.testAccuracy, 2))
                      .arg(goal ? MnistTabText::tr(" (goal reached)") : QString())
                      .arg(localFixed(result.testLoss, 4))
                      .arg(localFixed(result.seconds, 1))
                      .arg(evaluation.misclassified.size()));
}

void RunPane::onFinished(bool completed, const QString& error) {
    const int epochs = static_cast<int>(m_runHistory.size());
    showPeakRate(); // the field holds the rate the slider left: Resume continues at it
    if (const std::optional<Divergence>& divergence = m_controller->divergence()) {
        showDivergence(*divergence);
    } else if (!error.isEmpty()) {
        Q_EMIT notice(MnistTabText::tr("Training stopped with an error: %1").arg(error));
        m_progress->showEnd(TrainingProgressRow::End::Failed, epochs);
    } else if (completed) {
        const double best = m_runHistory.empty() ? 0.0 : m_runHistory.back().testAccuracy;
        Q_EMIT notice(MnistTabText::tr("Done: %1 epochs, final test accuracy %2 %.")
                          .arg(epochs)
                          .arg(localFixed(best, 2)));
        m_progress->showEnd(TrainingProgressRow::End::Completed, epochs);
    } else {
        Q_EMIT notice(MnistTabText::tr("Stopped after %n complete epoch(s); Resume continues from there.",
                                       nullptr, epochs));
        m_progress->showEnd(TrainingProgressRow::End::Stopped, epochs);
    }
    showRunState();
}

void RunPane::showPeakRate() {
    const double peak = m_controller->peakLearningRate();
    if (peak <= 0) return;
    Q_EMIT nextRateChanged(peak);
    m_charts->rateSlider()->setLearningRate(peak);
}

void RunPane::showDivergence(const Divergence& divergence) {
    // The run has ended: the peak in force at the diverging batch is the model's last.
    const DivergenceRate rate{m_controller->currentConfig().oneCycle, m_controller->peakLearningRate(),
                              m_controller->peakSetLive()};
    m_charts->markDivergence(divergence, rate);
    m_progress->showDiverged(divergence, rate);
    const double smaller = smallerLearningRate(divergence);
    Q_EMIT nextRateChanged(smaller);
    Q_EMIT notice(MnistTabText::tr(
                      "Training %1. Resume (Ctrl+Shift+T) continues from there with the learning rate %2, a "
                      "tenth of the rate that diverged; change it in the field first if you like.")
                      .arg(divergenceSentence(divergence, rate))
                      .arg(localNumber(smaller, 3)));
}

// ---- files ----

bool RunPane::loadModel(const QString& path, std::shared_ptr<const MnistData> mnist, QString* error) {
    if (!mnist) {
        if (error)
            *error = MnistTabText::tr("Load the MNIST data first: the model is evaluated and trained on it.");
        return false;
    }
    if (!m_controller->loadCheckpoint(path, mnist, error)) return false;
    const TrainConfig config = m_controller->currentConfig();
    beginRun(MnistTabText::tr("%1 (loaded)").arg(QFileInfo(path).fileName()));
    m_runHistory = m_controller->history();
    m_charts->setEpochRange(config.epochs);
    m_charts->appendEpochs(m_runHistory);
    // The classifier came with the load, before the run had its name and history: name it now.
    Q_EMIT modelLoaded(config, modelName());
    showPeakRate();
    showEvaluating();
    Q_EMIT notice(
        MnistTabText::tr("Loaded %1: %n epoch(s) trained. Evaluating the loaded model on %2 test images…",
                         nullptr, static_cast<int>(m_runHistory.size()))
            .arg(QFileInfo(path).fileName(), QLocale().toString(m_controller->evaluationImages())));
    showRunState();
    return true;
}

// While the worker evaluates: a busy bar (the evaluation reports no progress of its own).
void RunPane::showEvaluating() {
    QProgressBar* bar = m_progress->progressBar();
    bar->setRange(0, 0);
    bar->setFormat(MnistTabText::tr("evaluating the loaded model…"));
}

// The charts and the run's history already show the loaded epochs: nothing is added there. (The
// matrix and mistakes the pass fills are the results pane's, wired by the tab.)
void RunPane::showLoadedEvaluation(const Evaluation& evaluation) {
    QProgressBar* bar = m_progress->progressBar();
    bar->setRange(0, 1);
    bar->setValue(1);
    bar->setFormat(MnistTabText::tr("loaded — test accuracy %1 %").arg(localFixed(evaluation.accuracy, 2)));
    Q_EMIT notice(
        MnistTabText::tr(
            "Loaded model: test accuracy %1 % on %2 test images, %3 misclassified. Resume continues "
            "it; Try it uses it.")
            .arg(localFixed(evaluation.accuracy, 2))
            .arg(QLocale().toString(m_controller->evaluationImages()))
            .arg(QLocale().toString(static_cast<qlonglong>(evaluation.misclassified.size()))));
    showRunState();
}

void RunPane::showLoadedEvaluationFailed(const QString& error) {
    QProgressBar* bar = m_progress->progressBar();
    bar->setRange(0, 1);
    bar->setValue(0);
    bar->setFormat(MnistTabText::tr("evaluation failed"));
    Q_EMIT notice(
        MnistTabText::tr(
            "The loaded model could not be evaluated on the test set: %1. Load it again, or train a "
            "new one.")
            .arg(error));
    showRunState();
}

bool RunPane::exportMetricsCsv(const QString& path, QString* error) const {
    const std::string csv =
        epochHistoryCsv(m_runHistory, m_controller->rateChanges(), m_controller->batchesPerEpoch());
    return writeFileAtomically(path, QByteArray::fromStdString(csv), error);
}

} // namespace bplab::ui
