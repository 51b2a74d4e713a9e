// MnistTab's behaviour: loading the data, running and resuming training, showing results, saving
// and exporting. (The layout is in mnist_tab.cpp.)
#include "ui/mnist/mnist_tab.h"

#include "ui/common/app_settings.h"
#include "ui/mnist/confusion_matrix_view.h"
#include "ui/mnist/digit_gallery.h"
#include "ui/mnist/mnist_settings.h"
#include "ui/common/export_chart_dialog.h"
#include "ui/common/file_writing.h"
#include "ui/charts/metric_chart.h"
#include "ui/charts/series_colors.h"
#include "ui/mnist/train_settings_panel.h"
#include "ui/mnist/training_controller.h"
#include "ui/mnist/try_digit_panel.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace bplab::ui {

namespace {
constexpr int kMaxRunsShown = 5;           // older runs leave the accuracy chart
constexpr int kMaxMisclassifiedShown = 60; // the most confident mistakes
constexpr int kSamplesShown = 40;

QString describe(const TrainConfig& c) {
    return QStringLiteral("lr %1, batch %2, %3%4, seed %5")
        .arg(c.learningRate)
        .arg(c.batchSize)
        .arg(c.oneCycle ? QStringLiteral("one-cycle") : QStringLiteral("constant"))
        .arg(c.augment ? QStringLiteral(", aug") : QString())
        .arg(c.seed);
}

QString clock(double seconds) {
    const long total = std::lround(seconds);
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

// ---- data ----

void MnistTab::setDataDirectory(const QString& directory) {
    m_dataDirectory = directory.isEmpty() ? QString::fromStdString(defaultMnistDirectory()) : directory;
    m_data.reset();
    m_dataError.clear();
    m_dataLabel->setText(tr("Loading MNIST from %1…").arg(m_dataDirectory));
    updateActions();
    const std::string path = m_dataDirectory.toStdString();
    // Off the GUI thread: reading and checking 55 MB takes a noticeable moment on a slow disk.
    m_loading.setFuture(QtConcurrent::run([path]() -> Loaded {
        try {
            return {std::make_shared<const MnistData>(loadMnist(path)), QString()};
        } catch (const std::exception& error) {
            return {nullptr, QString::fromStdString(error.what())};
        }
    }));
}

void MnistTab::onDataLoaded() {
    const Loaded loaded = m_loading.result();
    m_data = loaded.data;
    m_dataError = loaded.error;
    if (m_data) {
        m_dataLabel->setText(tr("%1 training and %2 test images from %3")
                                 .arg(QLocale().toString(m_data->train.size()),
                                      QLocale().toString(m_data->test.size()), m_dataDirectory));
        QList<DigitGallery::Item> samples;
        for (int i = 0; i < std::min(kSamplesShown, m_data->train.size()); ++i) {
            const int label = m_data->train.labels[static_cast<std::size_t>(i)];
            samples.append({digitImage(m_data->train.image(i)), QString::number(label),
                            tr("Training image %1: labelled %2").arg(i).arg(label)});
        }
        m_samples->setItems(samples);
        say(tr("MNIST loaded. Press Train (Ctrl+T) to train the CNN."));
    } else {
        m_dataLabel->setText(
            tr("<b>No usable MNIST data.</b> %1<br>Fetch it into the default folder with:<br>"
               "<code>packaging/fetch-mnist.sh</code> (from the Backprop Lab source folder), "
               "or choose a folder that holds the four files.")
                .arg(m_dataError.toHtmlEscaped()));
        m_samples->setItems({});
        say(tr("No MNIST data: %1").arg(m_dataError));
    }
    updateActions();
    Q_EMIT dataLoaded(m_data != nullptr);
}

QString MnistTab::dataStatus() const { return m_dataLabel->text(); }

// ---- runs ----

void MnistTab::beginRun(const QString& name) {
    m_runName = name;
    m_runHistory.clear();
    // Previous runs stay on the accuracy chart for comparison; the loss chart follows the current one.
    QStringList runs = m_accuracy->seriesNames();
    while (runs.size() >= kMaxRunsShown) m_accuracy->removeSeries(runs.takeFirst());
    m_accuracy->setSeries(name, {}, seriesColor(m_runCount - 1), false, true);
    m_loss->clear();
    m_loss->setSeries(tr("training loss (smoothed)"), {}, seriesColor(0));
    m_loss->setSeries(tr("test loss"), {}, seriesColor(5), true, true);
    m_confusion->clear();
    m_misclassified->setItems({});
}

void MnistTab::startTraining() {
    if (!m_data) {
        say(tr("No MNIST data yet: %1").arg(m_dataError));
        return;
    }
    const TrainConfig config = m_settings->config();
    std::shared_ptr<const MnistData> trainingData = m_data;
    if (config.trainLimit > 0 || config.testLimit > 0) {
        auto limited = std::make_shared<MnistData>(*m_data);
        limitMnist(*limited, config.trainLimit, config.testLimit);
        trainingData = std::move(limited);
    }
    QString error;
    ++m_runCount;
    beginRun(tr("run %1: %2").arg(m_runCount).arg(describe(config)));
    m_accuracy->setMinimumXRange(0, config.epochs);
    m_loss->setMinimumXRange(0, config.epochs);
    if (!m_controller->start(config, trainingData, &error)) {
        say(error);
        updateActions();
        return;
    }
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("epoch 1/%1 — starting…").arg(config.epochs));
    say(tr("Training %1 on %2 images…").arg(m_runName).arg(trainingData->train.size()));
    updateActions();
}

void MnistTab::resumeTraining() {
    QString error;
    const int epochs = m_settings->epochsBox()->value();
    m_accuracy->setMinimumXRange(0, epochs);
    m_loss->setMinimumXRange(0, epochs);
    if (!m_controller->resume(epochs, &error)) {
        say(error);
        return;
    }
    say(tr("Resuming %1 from epoch %2 of %3…").arg(m_runName).arg(m_runHistory.size() + 1).arg(epochs));
    updateActions();
}

void MnistTab::onProgress(const BatchProgress& p) {
    m_progress->setRange(0, p.batches);
    m_progress->setValue(p.batch);
    m_progress->setFormat(
        tr("epoch %1/%2 — batch %3/%4 (%p%)").arg(p.epoch).arg(p.epochs).arg(p.batch).arg(p.batches));
    m_speed->setText(tr("%1 img/s · ETA %2 · loss %3")
                         .arg(QLocale().toString(std::lround(p.imagesPerSecond)))
                         .arg(clock(p.etaSeconds))
                         .arg(p.loss, 0, 'f', 4));
}

void MnistTab::onLossPoints(const QList<QPointF>& points) {
    m_loss->appendPoints(tr("training loss (smoothed)"), points);
}

void MnistTab::onEpoch(const EpochResult& result, const Evaluation& evaluation) {
    m_runHistory.push_back(result);
    m_accuracy->appendPoints(m_runName, {QPointF(result.epoch, result.testAccuracy)});
    m_loss->appendPoints(tr("test loss"), {QPointF(result.epoch, result.testLoss)});
    m_confusion->setMatrix(evaluation.confusion);
    if (m_data) {
        // Test indices refer to the (possibly limited) test set, whose first images are m_data's.
        QList<DigitGallery::Item> items;
        for (const Misclassified& m : evaluation.misclassified) {
            if (items.size() >= kMaxMisclassifiedShown || m.index >= m_data->test.size()) break;
            items.append(
                {digitImage(m_data->test.image(m.index)),
                 tr("%1→%2 %3%").arg(m.label).arg(m.predicted).arg(std::lround(100.0 * m.confidence)),
                 tr("Test image %1: true %2, predicted %3 with %4 % confidence")
                     .arg(m.index)
                     .arg(m.label)
                     .arg(m.predicted)
                     .arg(100.0 * m.confidence, 0, 'f', 1)});
        }
        m_misclassified->setItems(items);
    }
    const bool goal = result.testAccuracy >= kGoalAccuracy;
    say(tr("Epoch %1: test accuracy %2 %%3, test loss %4, %5 s. %6 misclassified.")
            .arg(result.epoch)
            .arg(result.testAccuracy, 0, 'f', 2)
            .arg(goal ? tr(" (goal reached)") : QString())
            .arg(result.testLoss, 0, 'f', 4)
            .arg(result.seconds, 0, 'f', 1)
            .arg(evaluation.misclassified.size()));
}

void MnistTab::onFinished(bool completed, const QString& error) {
    if (!error.isEmpty()) {
        say(tr("Training stopped with an error: %1").arg(error));
    } else if (completed) {
        const double best = m_runHistory.empty() ? 0.0 : m_runHistory.back().testAccuracy;
        say(tr("Done: %1 epochs, final test accuracy %2 %.").arg(m_runHistory.size()).arg(best, 0, 'f', 2));
        m_progress->setFormat(tr("done — %n epoch(s)", nullptr, static_cast<int>(m_runHistory.size())));
    } else {
        say(tr("Stopped after %n complete epoch(s); Resume continues from there.", nullptr,
               static_cast<int>(m_runHistory.size())));
        m_progress->setFormat(tr("stopped"));
    }
    m_speed->clear();
    updateActions();
}

void MnistTab::updateActions() {
    const bool running = m_controller->isRunning();
    const bool model = m_controller->hasModel();
    m_train->setEnabled(!running && m_data);
    m_stop->setEnabled(running);
    m_resume->setEnabled(!running && model && m_data &&
                         m_controller->completedEpochs() < m_settings->epochsBox()->value());
    m_saveModel->setEnabled(!running && model);
    m_loadModel->setEnabled(!running && m_data);
    m_chooseData->setEnabled(!running);
    m_settings->setEnabled(!running);
}

void MnistTab::say(const QString& message) {
    m_lastMessage = message;
    m_status->setText(message);
    Q_EMIT statusMessage(message);
}

void MnistTab::announceStatus() {
    if (!m_lastMessage.isEmpty()) Q_EMIT statusMessage(m_lastMessage);
}

// ---- files ----

bool MnistTab::saveModel(const QString& path, QString* error) {
    return m_controller->saveCheckpoint(path, error);
}

bool MnistTab::loadModel(const QString& path, QString* error) {
    if (!m_data) {
        if (error) *error = tr("Load the MNIST data first: the model is evaluated and trained on it.");
        return false;
    }
    if (!m_controller->loadCheckpoint(path, m_data, error)) return false;
    ++m_runCount;
    const TrainConfig config = m_controller->currentConfig();
    beginRun(tr("run %1: %2 (loaded)").arg(m_runCount).arg(QFileInfo(path).fileName()));
    m_runHistory = m_controller->history();
    QList<QPointF> accuracy, testLoss;
    for (const EpochResult& r : m_runHistory) {
        accuracy.append(QPointF(r.epoch, r.testAccuracy));
        testLoss.append(QPointF(r.epoch, r.testLoss));
    }
    m_accuracy->setMinimumXRange(0, config.epochs);
    m_accuracy->appendPoints(m_runName, accuracy);
    m_loss->appendPoints(tr("test loss"), testLoss);
    m_settings->setConfig(config);
    say(tr("Loaded %1: %n epoch(s) trained. Resume continues it; Try it uses it.", nullptr,
           static_cast<int>(m_runHistory.size()))
            .arg(QFileInfo(path).fileName()));
    updateActions();
    return true;
}

bool MnistTab::exportAccuracyChart(const QString& path, QSize size, QString* error) {
    return m_accuracy->exportImage(path, size, error);
}

bool MnistTab::exportLossChart(const QString& path, QSize size, QString* error) {
    return m_loss->exportImage(path, size, error);
}

bool MnistTab::exportMetricsCsv(const QString& path, QString* error) {
    QString text = QStringLiteral("epoch,train_loss,test_loss,test_accuracy,seconds\n");
    for (const EpochResult& r : m_runHistory) {
        text += QStringLiteral("%1,%2,%3,%4,%5\n")
                    .arg(r.epoch)
                    .arg(r.trainLoss, 0, 'g', 10)
                    .arg(r.testLoss, 0, 'g', 10)
                    .arg(r.testAccuracy, 0, 'g', 10)
                    .arg(r.seconds, 0, 'g', 10);
    }
    return writeFileAtomically(path, text.toUtf8(), error);
}

void MnistTab::askExport(MetricChart* chart, const QString& fileName) {
    AppSettings settings;
    ExportChartDialog dialog(QDir(settings.exportDirectory()).filePath(fileName), settings.exportSize(),
                             this);
    if (dialog.exec() != QDialog::Accepted) return;
    QString error;
    if (!chart->exportImage(dialog.path(), dialog.imageSize(), &error)) {
        say(error + tr(" Choose another folder or free some disk space."));
        return;
    }
    settings.setExportSize(dialog.imageSize());
    settings.setExportDirectory(QFileInfo(dialog.path()).absolutePath());
    say(tr("Chart saved to %1").arg(dialog.path()));
}

void MnistTab::saveSettings() const {
    MnistSettings settings;
    settings.setConfig(m_settings->config());
    settings.setDataDirectory(m_dataDirectory);
    settings.setSplitterState(m_splitter->saveState());
}

} // namespace bplab::ui
