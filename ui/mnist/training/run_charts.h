#pragma once

#include "core/mnist/data/class_names.h"
#include "core/mnist/train_types.h"
#include "ui/mnist/training/divergence_text.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

class QTabWidget;

#include <vector>

namespace bplab::ui {

class LiveRateSlider;
class MetricChart;

// The MNIST tab's two charts side by side: test accuracy per epoch with the 99.4 % goal line (MNIST's;
// another data set's chart draws what guessing scores instead), and the
// smoothed training loss and test loss on a log axis. The last few runs stay on both for comparison,
// each in one colour on both charts; the current run is drawn bold on top, earlier runs' losses faint.
// Names the runs: a short legend label ("#2 Adam η 0.03 · 98.1 % · 12 s") and the full recipe
// ("run 2: Adam, lr 0.03, batch 128, …"), shown when the legend entry is hovered.
class RunCharts : public QWidget {
    Q_OBJECT
public:
    static constexpr double kGoalAccuracy = 99.4; // percent
    static constexpr int kMaxRunsShown = 5;       // older runs leave both charts

    explicit RunCharts(QWidget* parent = nullptr);

    // "Adam η 0.03": what tells runs apart at a glance, for the legend.
    static QString shortLabel(const TrainConfig& config);
    // "η 0.03", as the legend writes a rate.
    static QString rateLabel(double rate);
    // The colour of run number `run` (1, 2, …) on both charts; never the rate line's.
    static QColor runColor(int run);

    // Starts run number N+1, named "run N+1: `description`" (the accuracy series' key) and labelled
    // `label` in the legend (the description when empty): a new accuracy and loss series beside the
    // previous runs', which move to the background of the loss chart. Returns the name.
    QString beginRun(const QString& description, const QString& label = {});
    QString runName() const { return m_runName; }
    int runNumber() const { return m_runCount; }
    // The current run's legend entry: "#2 Adam η 0.03", and after its first epoch its last test
    // accuracy and its training and test time so far ("#2 Adam η 0.03 · 98.1 % · 12 s"). Once the
    // run's peak rate has moved (the live slider, a Resume at another rate) the rate says from what
    // to what: "#2 SGD + momentum η 0.1→10 · …".
    QString runLegendText() const;
    // The loss chart's series of run number `run`: its smoothed training loss and its test loss.
    static QString trainingLossName(int run);
    static QString testLossName(int run);
    // The accuracy chart's yardstick for a run on a data set of these classes: MNIST's digits get the
    // goal line (99.4 %) and a y axis from 97 %; other classes no goal (this CNN's 99.4 % is MNIST's)
    // but a grey line at what guessing scores (100 % / classes), the y axis reaching down to it.
    void showGoalFor(const ClassNames& classes);
    bool showsMnistGoal() const { return isMnist(m_goalClasses); }
    // Both x axes span at least 0..epochs, so a run's chart does not grow epoch by epoch.
    void setEpochRange(int epochs);
    // x = epochs done as a fraction (see TrainingController::lossPoints).
    void appendTrainingLoss(const QList<QPointF>& points);
    // The peak learning rate per batch, a step line on the loss chart's right (log) axis.
    void appendLearningRate(const QList<QPointF>& points);
    void appendEpochs(const std::vector<EpochResult>& epochs);
    // A red marker on the loss chart where the run diverged, on its last finite training loss,
    // labelled "diverged, η = …"; the title says where and what set η (see divergence_text.h).
    void markDivergence(const Divergence& divergence, const DivergenceRate& rate = {});

    MetricChart* accuracyChart() const { return m_accuracy; }
    MetricChart* lossChart() const { return m_loss; }
    LiveRateSlider* rateSlider() const { return m_rateSlider; }
    // Another view of the run in a tab beside the loss chart (the window's width holds two charts
    // side by side, not three: a third squeezed the accuracy legend until its labels were cut).
    void addBesideLoss(QWidget* view, const QString& title);

protected:
    void changeEvent(QEvent* event) override; // a theme change: the guessing line's grey mixed anew

private:
    static QString lossTitle(); // until a run diverges
    // MNIST's ten digits, whose runs are measured against the 99.4 % goal.
    static bool isMnist(const ClassNames& classes);
    // The run's label with its rate moved: "SGD η 0.1" becomes "SGD η 0.1→10".
    QString labelWithRate() const;
    // Removes the oldest runs until there is room for one more.
    void makeRoomForARun();

    MetricChart* m_accuracy;
    MetricChart* m_loss;
    LiveRateSlider* m_rateSlider;
    QTabWidget* m_lossTabs = nullptr; // "Loss" and what addBesideLoss() adds
    QString m_runName;
    QString m_runLabel;
    double m_runSeconds = 0.0;   // training and test time of the epochs shown
    double m_runAccuracy = -1.0; // the last epoch's test accuracy (percent); < 0 before one
    double m_firstRate = 0.0;    // the run's peak rate at its first batch and at its latest; 0: none yet
    double m_lastRate = 0.0;
    int m_runCount = 0;
    ClassNames m_goalClasses = ClassNames::digits(); // what showGoalFor() was last given
    QList<int> m_runsShown;                          // run numbers on the charts, oldest first
    QStringList m_runNamesShown;                     // their accuracy series' names, in the same order
};

} // namespace bplab::ui
