#pragma once

#include "core/mnist/train_types.h"
#include "ui/mnist/mnist_tab_actions.h"
#include "ui/mnist/run_charts.h"

#include <QWidget>

#include <vector>

class QLabel;
class QProgressBar;
class QProgressDialog;
class QSplitter;
class QTabWidget;
class QTimer;

namespace bplab::ui {

class ConfusionMatrixView;
class DigitGallery;
class InsideNetworkView;
class HealthPanel;
class LrRangeDialog;
class MetricChart;
class MistakesPanel;
class PerClassPanel;
class MnistDataLoader;
class MnistFetcher;
class TrainSettingsPanel;
class TrainingController;
class TrainingProgressRow;
class TryDigitPanel;

// The "MNIST trainer" tab: data, hyperparameters and Train/Stop/Resume on the left; the run charts
// (accuracy with the 99.4 % goal, loss); progress with images/s and ETA; then samples, confusion
// matrix, misclassified digits, the draw-a-digit canvas and the model summary. Training runs in a
// worker thread (TrainingController); nothing here ever waits for it. Data flows one way: the
// loader's and the controller's signals reach this tab, which updates its views.
class MnistTab : public QWidget {
    Q_OBJECT
public:
    static constexpr double kGoalAccuracy = RunCharts::kGoalAccuracy;

    explicit MnistTab(QWidget* parent = nullptr);
    ~MnistTab() override;

    // Loads the four MNIST files from `directory` in the background; dataLoaded() follows.
    void setDataDirectory(const QString& directory);
    QString dataDirectory() const;
    bool hasData() const;
    QString dataStatus() const;

    // The window's File and Training menus while this tab is shown, in sections.
    QList<QList<QAction*>> fileSections() const; // the actions' and the health panel's exports
    QList<QList<QAction*>> trainingSections() const { return m_actions.trainingSections(); }
    void setActionsEnabled(bool enabled);
    QAction* trainAction() const { return m_actions.train; }
    QAction* stopAction() const { return m_actions.stop; }
    QAction* resumeAction() const { return m_actions.resume; }
    QAction* saveModelAction() const { return m_actions.saveModel; }
    QAction* loadModelAction() const { return m_actions.loadModel; }
    QAction* getMnistAction() const { return m_actions.getMnist; }
    QAction* restoreDefaultsAction() const { return m_actions.restoreDefaults; }
    QAction* exportAccuracyAction() const { return m_actions.exportAccuracy; }
    QAction* findLearningRateAction() const { return m_actions.findLearningRate; }
    // The range-test dialog, once Find a learning rate… has opened it; nullptr before.
    LrRangeDialog* rangeTestDialog() const { return m_rangeDialog; }

    TrainingController* controller() const { return m_controller; }
    MnistFetcher* fetcher() const { return m_fetcher; }
    QProgressDialog* fetchProgress() const { return m_fetchProgress; }
    TrainSettingsPanel* settingsPanel() const { return m_settings; }
    MetricChart* accuracyChart() const { return m_charts->accuracyChart(); }
    MetricChart* lossChart() const { return m_charts->lossChart(); }
    QProgressBar* progressBar() const;
    ConfusionMatrixView* confusionMatrix() const { return m_confusion; }
    DigitGallery* misclassifiedGallery() const;
    MistakesPanel* mistakesPanel() const { return m_mistakes; }
    PerClassPanel* perClassPanel() const { return m_perClass; }
    QTabWidget* lowerTabs() const { return m_lowerTabs; }
    DigitGallery* samplesGallery() const { return m_samples; }
    TryDigitPanel* tryPanel() const { return m_try; }
    InsideNetworkView* insideView() const { return m_inside; }
    HealthPanel* healthPanel() const { return m_health; }
    QString currentRunName() const { return m_charts->runName(); }

    bool exportAccuracyChart(const QString& path, QSize size, QString* error);
    bool exportLossChart(const QString& path, QSize size, QString* error);
    bool exportMetricsCsv(const QString& path, QString* error);
    bool exportPerClassCsv(const QString& path, QString* error) const;
    bool exportPerClassChart(const QString& path, QSize size, QString* error) const;
    bool exportInside(const QString& directory, QString* error);
    bool saveModel(const QString& path, QString* error);
    bool loadModel(const QString& path, QString* error);
    void saveSettings() const;
    void announceStatus();

Q_SIGNALS:
    void statusMessage(const QString& message);
    void dataLoaded(bool ok);

private:
    void connectActions();
    void connectController();
    void connectInside(); // the Inside the network tab's image sources and exports
    void showInside();    // brings the Inside the network tab to the front
    void lookInsideDrawing();
    QWidget* createControls();
    QWidget* createResults();
    void onDataLoaded(bool ok);
    void startTraining();
    void resumeTraining();
    void onEpoch(const EpochResult& result, const Evaluation& evaluation);
    void onFinished(bool completed, const QString& error);
    // The loaded model's evaluation (TrainingController::loadCheckpoint): running, done, failed.
    void showEvaluating();
    void showLoadedEvaluation(const Evaluation& evaluation);
    void showLoadedEvaluationFailed(const QString& error);
    // The run diverged: marks it on the chart and the progress bar, and offers a tenth of the rate.
    void showDivergence(const Divergence& divergence);
    // The rate field and the slider show the rate the model trains at next (the slider's last).
    void showPeakRate();
    void beginRun(const QString& description, const QString& label = {});
    void updateActions();
    void say(const QString& message);
    void sayIfAny(const QString& message); // nothing for an empty one (a cancelled dialog)
    void askLoadModel();
    void askExportChart(MetricChart* chart, const QString& fileName);
    void connectPerClassView();
    // A confusion-matrix cell picked: shows its mistakes, or all again when it was already shown.
    void showCellMistakes(int trueDigit, int predicted);
    void getMnist();
    void onFetchFinished(bool ok, const QString& message);
    void restoreDefaults();
    void openRangeTest();
    void feedRangeTest(); // the settings' recipe and the data, for the dialog's next Start
    void useRangeTestRate(double rate);
    // Training and the range test never run at once: each disables the other's start.
    void updateRangeTestActions(bool training, bool loaded);

    MnistTabActions m_actions;
    TrainingController* m_controller;
    MnistDataLoader* m_loader;
    MnistFetcher* m_fetcher;
    TrainSettingsPanel* m_settings;
    RunCharts* m_charts;
    TrainingProgressRow* m_progress;
    QLabel* m_dataLabel;
    QLabel* m_status;
    ConfusionMatrixView* m_confusion;
    DigitGallery* m_samples;
    MistakesPanel* m_mistakes;
    PerClassPanel* m_perClass;
    QTabWidget* m_lowerTabs = nullptr;
    TryDigitPanel* m_try;
    InsideNetworkView* m_inside;
    HealthPanel* m_health; // "Training health", beside the loss chart
    QSplitter* m_splitter = nullptr;
    QTimer* m_saveTimer;                        // saves the hyperparameters shortly after the last edit
    QProgressDialog* m_fetchProgress = nullptr; // while Get MNIST runs
    LrRangeDialog* m_rangeDialog = nullptr;     // made on first use

    std::vector<EpochResult> m_runHistory; // the current run's epochs, for CSV and resume
    QString m_lastMessage;
};

} // namespace bplab::ui
