#pragma once

#include "ui/mnist/mnist_tab_actions.h"

#include <QWidget>

class QProgressBar;
class QProgressDialog;
class QSplitter;
class QTabWidget;

namespace bplab::ui {

class ConfusionMatrixView;
class DigitGallery;
class HealthPanel;
class InsideNetworkView;
class LrRangeDialog;
class MetricChart;
class MistakesPanel;
class MnistFetcher;
class PerClassPanel;
class ResultsPane;
class RunPane;
class StatusLine;
class TrainSettingsPanel;
class TrainingController;
class TrainingSetupPane;
class TryDigitPanel;

// The "MNIST trainer" tab. It lays out and wires panes that each own one part:
//   TrainingSetupPane (left: data, hyperparameters with the range test, the Run buttons),
//   RunPane (the training controller, the run's charts with the health panel, progress),
//   ResultsPane (confusion matrix, per-class bars, misclassified digits), TryDigitPanel (draw a digit),
//   InsideNetworkView (inside the network), and the samples and the model summary in lower tabs.
// Data flows one way: the panes' signals reach this tab, which hands their values on; no pane knows
// another. Training runs in a worker thread (TrainingController); nothing here ever waits for it.
class MnistTab : public QWidget {
    Q_OBJECT
public:
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
    LrRangeDialog* rangeTestDialog() const;

    // The panes' parts, for tests and the window.
    TrainingController* controller() const;
    MnistFetcher* fetcher() const;
    QProgressDialog* fetchProgress() const;
    TrainSettingsPanel* settingsPanel() const;
    MetricChart* accuracyChart() const;
    MetricChart* lossChart() const;
    QProgressBar* progressBar() const;
    ConfusionMatrixView* confusionMatrix() const;
    DigitGallery* misclassifiedGallery() const;
    MistakesPanel* mistakesPanel() const;
    PerClassPanel* perClassPanel() const;
    QTabWidget* lowerTabs() const { return m_lowerTabs; }
    DigitGallery* samplesGallery() const;
    TryDigitPanel* tryPanel() const { return m_try; }
    InsideNetworkView* insideView() const { return m_inside; }
    HealthPanel* healthPanel() const;
    QString currentRunName() const;

    bool exportAccuracyChart(const QString& path, QSize size, QString* error);
    bool exportLossChart(const QString& path, QSize size, QString* error);
    bool exportMetricsCsv(const QString& path, QString* error);
    bool exportPerClassCsv(const QString& path, QString* error) const;
    bool exportPerClassChart(const QString& path, QSize size, QString* error) const;
    bool saveModel(const QString& path, QString* error);
    bool loadModel(const QString& path, QString* error);
    void saveSettings() const;
    void announceStatus();

Q_SIGNALS:
    void statusMessage(const QString& message);
    void dataLoaded(bool ok);

private:
    QWidget* createResults(); // the right side: the run's charts above, the lower tabs below
    void connectPanes();
    void connectInside(); // the Inside the network view's images, models and exports

    MnistTabActions m_actions;
    RunPane* m_run; // made before the setup pane, which reads its controller's state
    TrainingSetupPane* m_setup;
    ResultsPane* m_results;
    TryDigitPanel* m_try;
    InsideNetworkView* m_inside;
    StatusLine* m_status; // the last sentence of any pane, under the progress bar
    QTabWidget* m_lowerTabs = nullptr;
    QSplitter* m_splitter = nullptr;
};

} // namespace bplab::ui
