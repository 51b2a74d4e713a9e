// MnistTab's behaviour: loading the data, running and resuming training, showing results, saving
// and exporting. (The parts, layout and wiring are in mnist_tab.cpp.)
#include "ui/mnist/mnist_tab.h"

#include "core/mnist/divergence_watch.h"
#include "core/mnist/epoch_history_csv.h"
#include "core/mnist/train_recipe.h"
#include "ui/charts/metric_chart.h"
#include "ui/common/app_settings.h"
#include "ui/common/core_text.h"
#include "ui/common/export_flow.h"
#include "ui/common/file_writing.h"
#include "ui/common/locale_numbers.h"
#include "ui/mnist/confusion_matrix_view.h"
#include "ui/mnist/digit_gallery.h"
#include "ui/mnist/divergence_text.h"
#include "ui/mnist/health_panel.h"
#include "ui/mnist/inside_network_view.h"
#include "ui/mnist/live_rate_slider.h"
#include "ui/mnist/mistakes_panel.h"
#include "ui/mnist/mnist_data_loader.h"
#include "ui/mnist/mnist_fetcher.h"
#include "ui/mnist/per_class_panel.h"
#include "ui/mnist/train_settings_panel.h"
#include "ui/mnist/training_controller.h"
#include "ui/mnist/training_progress_row.h"
#include "ui/mnist/try_digit_panel.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSpinBox>

#include <cmath>

namespace bplab::ui {

namespace {
constexpr int kSamplesShown = 40;

// "Adam, η 0.03, batch 128, one-cycle, aug, seed 1": the legend tells runs apart by what differs.
QString describe(const TrainConfig& c) {
    const QString optimizer = coreText(kTrainFieldContext, choiceLabelOf(trainField("optimizer"), c));
    return MnistTab::tr("%1, η %2, batch %3, %4%5, seed %6")
        .arg(optimizer, withLocaleDecimals(QStringLiteral("%1").arg(c.learningRate)))
        .arg(c.batchSize)
        .arg(c.oneCycle ? MnistTab::tr("one-cycle") : MnistTab::tr("constant"),
             c.augment ? MnistTab::tr(", aug") : QString())
        .arg(c.seed);
}

QList<DigitGallery::Item> sampleItems(const MnistData& data) {
    QList<DigitGallery::Item> samples;
    for (int i = 0; i < std::min(kSamplesShown, data.train.size()); ++i) {
        const int label = data.train.labels[static_cast<std::size_t>(i)];
        samples.append({digitImage(data.train.image(i)), QString::number(label),
                        MnistTab::tr("Training image %1: labelled %2").arg(i).arg(label), i});
    }
    return samples;
}
} // namespace

// ---- data ----

void MnistTab::setDataDirectory(const QString& directory) {
    m_loader->load(directory);
    m_dataLabel->setText(m_loader->statusText());
    updateActions();
}

QString MnistTab::dataDirectory() const { return m_loader->directory(); }

bool MnistTab::hasData() const { return m_loader->data() != nullptr; }

QString MnistTab::dataStatus() const { return m_dataLabel->text(); }

void MnistTab::onDataLoaded(bool ok) {
    m_dataLabel->setText(m_loader->statusText());
    if (ok) {
        m_samples->setItems(sampleItems(*m_loader->data()));
        say(tr("MNIST loaded. Press Train (Ctrl+T) to train the CNN."));
    } else {
        m_samples->setItems({});
        say(tr("No MNIST data: %1 Get it with File › Get MNIST….").arg(m_loader->error()));
    }
    updateActions();
    Q_EMIT dataLoaded(ok);
}

// ---- runs ----

void MnistTab::beginRun(const QString& description, const QString& label) {
    m_charts->beginRun(description, label);
    m_health->clear();
    m_runHistory.clear();
    m_confusion->clear();
    m_perClass->clear();
    m_mistakes->clear();
}

void MnistTab::startTraining() {
    const std::shared_ptr<const MnistData> mnist = m_loader->data();
    if (!mnist) {
        say(tr("No MNIST data yet: %1 Get it with File › Get MNIST….").arg(m_loader->error()));
        return;
    }
    const TrainConfig config = m_settings->config();
    const auto trainingData = limitedMnist(mnist, config.trainLimit, config.testLimit);
    QString error;
    beginRun(describe(config), RunCharts::shortLabel(config));
    m_charts->setEpochRange(config.epochs);
    if (!m_controller->start(config, trainingData, &error)) {
        say(error);
        updateActions();
        return;
    }
    m_charts->rateSlider()->setLearningRate(config.learningRate);
    m_progress->showStarting(config.epochs);
    say(tr("Training %1 on %2 images…").arg(currentRunName()).arg(trainingData->train.size()));
    updateActions();
}

void MnistTab::resumeTraining() {
    QString error;
    const int epochs = m_settings->epochsBox()->value();
    m_charts->setEpochRange(epochs);
    // Resume trains on with the rate in the field: after a divergence, the smaller one it offers.
    const double rate = m_settings->config().learningRate;
    // And on the device in the field: a model loaded (on the CPU) or trained before moves there first.
    if (!m_controller->setDevice(m_settings->config().device, &error) ||
        !m_controller->setKernels(m_settings->config().kernels, &error) ||
        !m_controller->setLearningRate(rate, &error) || !m_controller->resume(epochs, &error)) {
        say(error);
        return;
    }
    m_charts->rateSlider()->setLearningRate(rate);
    say(tr("Resuming %1 from epoch %2 of %3…")
            .arg(currentRunName())
            .arg(m_runHistory.size() + 1)
            .arg(epochs));
    updateActions();
}

void MnistTab::onEpoch(const EpochResult& result, const Evaluation& evaluation) {
    m_runHistory.push_back(result);
    m_charts->appendEpochs({result});
    m_confusion->setMatrix(evaluation.confusion);
    m_perClass->setMatrix(evaluation.confusion);
    // Test indices refer to the (possibly limited) test set, whose first images are the loader's.
    m_mistakes->setMistakes(m_loader->data(), evaluation.misclassified);
    const bool goal = result.testAccuracy >= kGoalAccuracy;
    say(tr("Epoch %1: test accuracy %2 %%3, test loss %4, %5 s. %6 misclassified.")
            .arg(result.epoch)
            .arg(localFixed(result.testAccuracy, 2))
            .arg(goal ? tr(" (goal reached)") : QString())
            .arg(localFixed(result.testLoss, 4))
            .arg(localFixed(result.seconds, 1))
            .arg(evaluation.misclassified.size()));
}

void MnistTab::onFinished(bool completed, const QString& error) {
    const int epochs = static_cast<int>(m_runHistory.size());
    showPeakRate(); // the field holds the rate the slider left: Resume continues at it
    if (const std::optional<Divergence>& divergence = m_controller->divergence()) {
        showDivergence(*divergence);
    } else if (!error.isEmpty()) {
        say(tr("Training stopped with an error: %1").arg(error));
        m_progress->showEnd(TrainingProgressRow::End::Failed, epochs);
    } else if (completed) {
        const double best = m_runHistory.empty() ? 0.0 : m_runHistory.back().testAccuracy;
        say(tr("Done: %1 epochs, final test accuracy %2 %.").arg(epochs).arg(localFixed(best, 2)));
        m_progress->showEnd(TrainingProgressRow::End::Completed, epochs);
    } else {
        say(tr("Stopped after %n complete epoch(s); Resume continues from there.", nullptr, epochs));
        m_progress->showEnd(TrainingProgressRow::End::Stopped, epochs);
    }
    updateActions();
}

void MnistTab::showPeakRate() {
    if (m_controller->peakLearningRate() <= 0) return;
    TrainConfig config = m_settings->config();
    config.learningRate = m_controller->peakLearningRate();
    m_settings->setConfig(config);
    m_charts->rateSlider()->setLearningRate(config.learningRate);
}

void MnistTab::showDivergence(const Divergence& divergence) {
    // The run has ended: the peak in force at the diverging batch is the model's last.
    const DivergenceRate rate{m_controller->currentConfig().oneCycle, m_controller->peakLearningRate(),
                              m_controller->peakSetLive()};
    m_charts->markDivergence(divergence, rate);
    m_progress->showDiverged(divergence, rate);
    TrainConfig config = m_settings->config();
    config.learningRate = smallerLearningRate(divergence);
    m_settings->setConfig(config);
    say(tr("Training %1. Resume (Ctrl+Shift+T) continues from there with the learning rate %2, a tenth "
           "of the rate that diverged; change it in the field first if you like.")
            .arg(divergenceSentence(divergence, rate))
            .arg(localNumber(config.learningRate, 3)));
}

void MnistTab::updateActions() {
    const bool running = m_controller->isRunning();
    const bool model = m_controller->hasModel();
    const bool loaded = hasData();
    m_actions.train->setEnabled(!running && loaded);
    m_actions.stop->setEnabled(running);
    // A loaded model being evaluated belongs to the worker until then; Train and Load make a new one.
    const bool evaluating = m_controller->isEvaluating();
    m_actions.resume->setEnabled(!running && !evaluating && model && loaded &&
                                 m_controller->completedEpochs() < m_settings->epochsBox()->value());
    m_actions.saveModel->setEnabled(!running && !evaluating && model);
    m_actions.loadModel->setEnabled(!running && loaded);
    m_actions.chooseData->setEnabled(!running);
    m_actions.getMnist->setEnabled(!running && !m_fetcher->isRunning());
    m_actions.restoreDefaults->setEnabled(!running);
    m_settings->setEnabled(!running);
    m_charts->rateSlider()->setEnabled(running); // it changes a run in progress
    updateRangeTestActions(running, loaded);
}

void MnistTab::say(const QString& message) {
    m_lastMessage = message;
    m_status->setText(message);
    Q_EMIT statusMessage(message);
}

void MnistTab::sayIfAny(const QString& message) {
    if (!message.isEmpty()) say(message);
}

void MnistTab::announceStatus() {
    if (!m_lastMessage.isEmpty()) Q_EMIT statusMessage(m_lastMessage);
}

// ---- files ----

bool MnistTab::saveModel(const QString& path, QString* error) {
    return m_controller->saveCheckpoint(path, error);
}

bool MnistTab::loadModel(const QString& path, QString* error) {
    const std::shared_ptr<const MnistData> mnist = m_loader->data();
    if (!mnist) {
        if (error) *error = tr("Load the MNIST data first: the model is evaluated and trained on it.");
        return false;
    }
    if (!m_controller->loadCheckpoint(path, mnist, error)) return false;
    TrainConfig config = m_controller->currentConfig();
    // A checkpoint holds no device (it may come from a GPU machine): the field keeps this machine's.
    config.device = m_settings->config().device;
    beginRun(tr("%1 (loaded)").arg(QFileInfo(path).fileName()));
    m_runHistory = m_controller->history();
    m_charts->setEpochRange(config.epochs);
    m_charts->appendEpochs(m_runHistory);
    m_settings->setConfig(config);
    showPeakRate();
    m_inside->restartHistory(tr("loaded"));
    // The classifier came with the load, before the run had its name and history: name it now.
    const QString origin =
        tr("%1, %n epoch(s)", nullptr, static_cast<int>(m_runHistory.size())).arg(currentRunName());
    m_try->setOrigin(origin);
    m_inside->setOrigin(origin);
    showEvaluating();
    say(tr("Loaded %1: %n epoch(s) trained. Evaluating the loaded model on %2 test images…", nullptr,
           static_cast<int>(m_runHistory.size()))
            .arg(QFileInfo(path).fileName(), QLocale().toString(m_controller->evaluationImages())));
    updateActions();
    return true;
}

// While the worker evaluates: a busy bar (the evaluation reports no progress of its own).
void MnistTab::showEvaluating() {
    QProgressBar* bar = m_progress->progressBar();
    bar->setRange(0, 0);
    bar->setFormat(tr("evaluating the loaded model…"));
}

// The loaded model's test-set pass fills the views an epoch would fill; the charts and the run's
// history already show the loaded epochs, so nothing is added there.
void MnistTab::showLoadedEvaluation(const Evaluation& evaluation) {
    m_confusion->setMatrix(evaluation.confusion);
    m_perClass->setMatrix(evaluation.confusion);
    m_mistakes->setMistakes(m_loader->data(), evaluation.misclassified);
    QProgressBar* bar = m_progress->progressBar();
    bar->setRange(0, 1);
    bar->setValue(1);
    bar->setFormat(tr("loaded — test accuracy %1 %").arg(localFixed(evaluation.accuracy, 2)));
    say(tr("Loaded model: test accuracy %1 % on %2 test images, %3 misclassified. Resume continues it; "
           "Try it uses it.")
            .arg(localFixed(evaluation.accuracy, 2))
            .arg(QLocale().toString(m_controller->evaluationImages()))
            .arg(QLocale().toString(static_cast<qlonglong>(evaluation.misclassified.size()))));
    updateActions();
}

void MnistTab::showLoadedEvaluationFailed(const QString& error) {
    QProgressBar* bar = m_progress->progressBar();
    bar->setRange(0, 1);
    bar->setValue(0);
    bar->setFormat(tr("evaluation failed"));
    say(tr("The loaded model could not be evaluated on the test set: %1. Load it again, or train a new "
           "one.")
            .arg(error));
    updateActions();
}

bool MnistTab::exportAccuracyChart(const QString& path, QSize size, QString* error) {
    return accuracyChart()->exportImage(path, size, error);
}

bool MnistTab::exportLossChart(const QString& path, QSize size, QString* error) {
    return lossChart()->exportImage(path, size, error);
}

bool MnistTab::exportPerClassCsv(const QString& path, QString* error) const {
    return m_perClass->exportCsv(path, error);
}

bool MnistTab::exportPerClassChart(const QString& path, QSize size, QString* error) const {
    return m_perClass->exportImage(path, size, error);
}

bool MnistTab::exportMetricsCsv(const QString& path, QString* error) {
    const std::string csv =
        epochHistoryCsv(m_runHistory, m_controller->rateChanges(), m_controller->batchesPerEpoch());
    return writeFileAtomically(path, QByteArray::fromStdString(csv), error);
}

void MnistTab::askLoadModel() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Load model"), AppSettings().exportDirectory(),
                                                      tr("Backprop Lab checkpoints (*.pt);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !loadModel(path, &error)) say(error);
}

void MnistTab::askExportChart(MetricChart* chart, const QString& fileName) {
    const QString message =
        askAndExportChart(this, fileName, [chart](const QString& path, QSize size, QString* error) {
            return chart->exportImage(path, size, error);
        });
    sayIfAny(message);
}

} // namespace bplab::ui
