#pragma once

#include "core/mnist/mnist_data.h"
#include "core/mnist/train_types.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <vector>

class QAction;
class QActionGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableWidget;
class QTimer;

namespace bplab::ui {

class ConfusionMatrixView;
class DigitGallery;
class MetricChart;
class TrainSettingsPanel;
class TrainingController;
class TryDigitPanel;

// The "MNIST trainer" tab: data, hyperparameters and Train/Stop/Resume on the left; the accuracy chart
// (with the 99.4 % goal) and the loss chart; progress with images/s and ETA; then samples, confusion
// matrix, misclassified digits, the draw-a-digit canvas and the model summary. Training runs in a
// worker thread (TrainingController); nothing here ever waits for it.
class MnistTab : public QWidget {
    Q_OBJECT
public:
    static constexpr double kGoalAccuracy = 99.4;

    explicit MnistTab(QWidget* parent = nullptr);
    ~MnistTab() override;

    // Loads the four MNIST files from `directory` in the background; dataLoaded() follows.
    void setDataDirectory(const QString& directory);
    QString dataDirectory() const { return m_dataDirectory; }
    bool hasData() const { return m_data != nullptr; }
    QString dataStatus() const;

    QList<QAction*> trainingActions() const;
    void setActionsEnabled(bool enabled);
    QAction* trainAction() const { return m_train; }
    QAction* stopAction() const { return m_stop; }
    QAction* resumeAction() const { return m_resume; }
    QAction* saveModelAction() const { return m_saveModel; }
    QAction* loadModelAction() const { return m_loadModel; }

    TrainingController* controller() const { return m_controller; }
    TrainSettingsPanel* settingsPanel() const { return m_settings; }
    MetricChart* accuracyChart() const { return m_accuracy; }
    MetricChart* lossChart() const { return m_loss; }
    QProgressBar* progressBar() const { return m_progress; }
    ConfusionMatrixView* confusionMatrix() const { return m_confusion; }
    DigitGallery* misclassifiedGallery() const { return m_misclassified; }
    DigitGallery* samplesGallery() const { return m_samples; }
    TryDigitPanel* tryPanel() const { return m_try; }
    QString currentRunName() const { return m_runName; }

    bool exportAccuracyChart(const QString& path, QSize size, QString* error);
    bool exportLossChart(const QString& path, QSize size, QString* error);
    bool exportMetricsCsv(const QString& path, QString* error);
    bool saveModel(const QString& path, QString* error);
    bool loadModel(const QString& path, QString* error);
    void saveSettings() const;
    void announceStatus();

Q_SIGNALS:
    void statusMessage(const QString& message);
    void dataLoaded(bool ok);

private:
    struct Loaded {
        std::shared_ptr<const MnistData> data;
        QString error;
    };

    void createActions();
    QWidget* createControls();
    QWidget* createResults();
    void onDataLoaded();
    void startTraining();
    void resumeTraining();
    void onProgress(const BatchProgress& progress);
    void onLossPoints(const QList<QPointF>& points);
    void onEpoch(const EpochResult& result, const Evaluation& evaluation);
    void onFinished(bool completed, const QString& error);
    void beginRun(const QString& name);
    void updateActions();
    void say(const QString& message);
    void askExport(MetricChart* chart, const QString& fileName);

    TrainingController* m_controller;
    TrainSettingsPanel* m_settings;
    MetricChart* m_accuracy;
    MetricChart* m_loss;
    QProgressBar* m_progress;
    QLabel* m_speed;
    QLabel* m_dataLabel;
    QLabel* m_status;
    ConfusionMatrixView* m_confusion;
    DigitGallery* m_samples;
    DigitGallery* m_misclassified;
    TryDigitPanel* m_try;
    QTableWidget* m_summary;
    QSplitter* m_splitter = nullptr;
    QTimer* m_saveTimer; // saves the hyperparameters shortly after the last edit

    QActionGroup* m_actionGroup = nullptr;
    QAction* m_train = nullptr;
    QAction* m_stop = nullptr;
    QAction* m_resume = nullptr;
    QAction* m_saveModel = nullptr;
    QAction* m_loadModel = nullptr;
    QAction* m_chooseData = nullptr;
    QAction* m_exportAccuracy = nullptr;
    QAction* m_exportLoss = nullptr;
    QAction* m_exportCsv = nullptr;

    QString m_dataDirectory;
    std::shared_ptr<const MnistData> m_data;
    QString m_dataError;
    QFutureWatcher<Loaded> m_loading;
    QString m_runName;
    int m_runCount = 0;
    std::vector<EpochResult> m_runHistory; // the current run's epochs, for CSV and resume
    QString m_lastMessage;
};

} // namespace bplab::ui
