#pragma once

#include "core/mnist/train_types.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <vector>

namespace bplab::ui {

class LiveRateSlider;
class MetricChart;

// The MNIST tab's two charts side by side: test accuracy per epoch with the 99.4 % goal line, where
// the last few runs stay for comparison, and the current run's smoothed training loss and test loss
// on a log axis. Names the runs ("run 3: lr 0.1, …") and gives each its colour.
class RunCharts : public QWidget {
    Q_OBJECT
public:
    static constexpr double kGoalAccuracy = 99.4; // percent
    static constexpr int kMaxRunsShown = 5;       // older runs leave the accuracy chart

    explicit RunCharts(QWidget* parent = nullptr);

    // Starts run number N+1, named "run N+1: `description`": a new accuracy series beside the
    // previous runs', an empty loss chart. Returns the name.
    QString beginRun(const QString& description);
    QString runName() const { return m_runName; }
    // The current run's name as the legend shows it: with its training and test time so far
    // ("run 2, 41 s: Adam, …"), so runs compare by time as well as by accuracy.
    QString runLegendText() const;
    // Both x axes span at least 0..epochs, so a run's chart does not grow epoch by epoch.
    void setEpochRange(int epochs);
    // x = epochs done as a fraction (see TrainingController::lossPoints).
    void appendTrainingLoss(const QList<QPointF>& points);
    // The peak learning rate per batch, a step line on the loss chart's right (log) axis.
    void appendLearningRate(const QList<QPointF>& points);
    void appendEpochs(const std::vector<EpochResult>& epochs);
    // A red marker on the loss chart where the run diverged, on its last finite training loss,
    // labelled "diverged at epoch e, batch b (η = …)".
    void markDivergence(const Divergence& divergence);

    MetricChart* accuracyChart() const { return m_accuracy; }
    MetricChart* lossChart() const { return m_loss; }
    LiveRateSlider* rateSlider() const { return m_rateSlider; }

private:
    static QString lossTitle(); // until a run diverges

    MetricChart* m_accuracy;
    MetricChart* m_loss;
    LiveRateSlider* m_rateSlider;
    QString m_runName;
    QString m_runDescription;
    double m_runSeconds = 0.0; // training and test time of the epochs shown
    int m_runCount = 0;
};

} // namespace bplab::ui
