#include "ui/mnist/training/run_charts.h"

#include "core/mnist/train_recipe.h"

#include "ui/charts/metric_chart.h"
#include "ui/charts/series_colors.h"
#include "ui/common/core_text.h"
#include "ui/common/locale_numbers.h"
#include "ui/common/palette_colors.h"
#include "ui/mnist/training/live_rate_slider.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QSplitter>
#include <QTabWidget>

#include <algorithm>
#include <array>

namespace bplab::ui {

namespace {
constexpr int kRateColorIndex = 2; // seriesColor of the rate's step line (green)
} // namespace

RunCharts::RunCharts(QWidget* parent)
    : QWidget(parent)
    , m_accuracy(new MetricChart(tr("Epoch"), tr("Accuracy (%)"), MetricChart::YScale::Linear, this))
    , m_loss(new MetricChart(tr("Epoch"), tr("Loss (NLL, log)"), MetricChart::YScale::Logarithmic, this))
    , m_rateSlider(new LiveRateSlider(this)) {
    m_accuracy->setYBounds(0.0, 100.0);
    showGoalFor(ClassNames::digits());
    // One entry a row in the plot's corner: four or five runs' labels are never cut.
    m_accuracy->placeLegendInsidePlot();
    m_loss->setTitle(lossTitle());
    m_loss->setToolTip(tr("Training loss of each batch (smoothed) and test loss of each epoch, both negative "
                          "log-likelihood on a log scale; earlier runs are drawn faint. The green line is "
                          "the peak learning rate, on its own axis at the right."));
    m_loss->setIncludedYRange(0.01, 1.0);
    // The loss pane is the narrower one: a legend below its plot would cut every entry short.
    m_loss->placeLegendInsidePlot();

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_accuracy);
    // The rate slider beside the loss chart: what it changes is drawn right there.
    auto* lossPane = new QWidget(this);
    auto* lossLayout = new QHBoxLayout(lossPane);
    lossLayout->setContentsMargins(0, 0, 0, 0);
    lossLayout->addWidget(m_loss, 1);
    lossLayout->addWidget(m_rateSlider);
    m_lossTabs = new QTabWidget(this);
    m_lossTabs->setDocumentMode(true);
    m_lossTabs->setAccessibleName(tr("Loss pane"));
    m_lossTabs->addTab(lossPane, tr("Loss"));
    splitter->addWidget(m_lossTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // 3 : 2 from the start, whatever the tabs' size hints (the health panel's would take the most).
    splitter->setSizes({3000, 2000});
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void RunCharts::showGoalFor(const ClassNames& classes) {
    m_goalClasses = classes;
    if (isMnist(classes)) {
        m_accuracy->setReferenceLine(kGoalAccuracy, tr("goal %1 %").arg(localNumber(kGoalAccuracy)),
                                     alertHue());
        m_accuracy->setIncludedYRange(97.0, 100.0);
        m_accuracy->setTitle(tr("Test accuracy per epoch"));
        return;
    }
    // A neutral grey from the palette, not the goal's red: it is a floor to clear, no target. (The text
    // colour mixed into the window's keeps 3:1 against a light and a dark chart; a theme change mixes
    // it anew, see changeEvent.) Random guessing scores 1 / classes whatever the classes' shares.
    const double chance = 100.0 / classes.count();
    const QColor grey =
        mixColors(palette().color(QPalette::WindowText), palette().color(QPalette::Window), 0.55);
    m_accuracy->setReferenceLine(chance, tr("random guessing %1 %").arg(localFixed(chance, 1)), grey);
    m_accuracy->setIncludedYRange(chance, 100.0);
    m_accuracy->setTitle(tr("Test accuracy per epoch"));
}

bool RunCharts::isMnist(const ClassNames& classes) {
    return classes.areDigits() && classes.count() == kMnistClasses;
}

void RunCharts::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) showGoalFor(m_goalClasses);
    QWidget::changeEvent(event);
}

void RunCharts::addBesideLoss(QWidget* view, const QString& title) { m_lossTabs->addTab(view, title); }

// Short enough for the narrow pane a 1280-pixel window leaves (a chart title is cut, never wrapped);
// the tooltip says the rest.
QString RunCharts::lossTitle() { return tr("Training (smoothed) and test loss"); }

QString RunCharts::shortLabel(const TrainConfig& config) {
    return tr("%1 %2").arg(coreText(kTrainFieldContext, choiceLabelOf(trainField("optimizer"), config)),
                           rateLabel(config.learningRate));
}

QString RunCharts::rateLabel(double rate) { return tr("η %1").arg(localNumber(rate)); }

QColor RunCharts::runColor(int run) {
    // The palette without the rate line's colour: a run's loss never reads as the rate.
    static constexpr std::array<int, 6> kPaletteIndices = {0, 1, 3, 4, 5, 6};
    return seriesColor(
        kPaletteIndices[static_cast<std::size_t>(std::max(0, run - 1)) % kPaletteIndices.size()]);
}

QString RunCharts::trainingLossName(int run) { return tr("run %1 training loss (smoothed)").arg(run); }
QString RunCharts::testLossName(int run) { return tr("run %1 test loss").arg(run); }

void RunCharts::makeRoomForARun() {
    while (m_runsShown.size() >= kMaxRunsShown) {
        const int oldest = m_runsShown.takeFirst();
        m_accuracy->removeSeries(m_runNamesShown.takeFirst());
        m_loss->removeSeries(trainingLossName(oldest));
        m_loss->removeSeries(testLossName(oldest));
    }
}

QString RunCharts::beginRun(const QString& description, const QString& label) {
    makeRoomForARun();
    // The previous run steps back: faint, out of the legend, still in its colour.
    if (m_runCount > 0) {
        m_loss->pushToBackground(trainingLossName(m_runCount));
        m_loss->pushToBackground(testLossName(m_runCount));
    }
    ++m_runCount;
    m_runName = tr("run %1: %2").arg(m_runCount).arg(description);
    m_runLabel = label.isEmpty() ? description : label;
    m_runSeconds = 0.0;
    m_runAccuracy = -1.0;
    m_firstRate = m_lastRate = 0.0;
    m_runsShown.append(m_runCount);
    m_runNamesShown.append(m_runName);
    const QColor color = runColor(m_runCount);
    m_accuracy->setSeries(m_runName, {}, color, false, true);
    m_accuracy->setLegendText(m_runName, runLegendText());
    // The rate line and the divergence marker belong to the current run.
    m_loss->clearMarker();
    m_loss->setTitle(lossTitle());
    m_loss->setAlert({});
    m_loss->setSeries(trainingLossName(m_runCount), {}, color);
    m_loss->setSeries(testLossName(m_runCount), {}, color, true, true);
    m_loss->setLegendText(trainingLossName(m_runCount), tr("#%1 training loss").arg(m_runCount));
    m_loss->setLegendText(testLossName(m_runCount), tr("#%1 test loss").arg(m_runCount));
    // The slider sets the peak rate: with one-cycle the rate of each batch follows the schedule under it,
    // so the line is named for what it draws.
    m_loss->setSecondarySeries(tr("peak learning rate"), tr("Peak η (log)"), seriesColor(kRateColorIndex));
    m_loss->clearSecondaryPoints();
    return m_runName;
}

void RunCharts::markDivergence(const Divergence& divergence, const DivergenceRate& rate) {
    const double x =
        divergence.epoch - 1 + static_cast<double>(divergence.batch) / std::max(1, divergence.batches);
    // On the curve's last (finite) point; a run that diverged on its first batch has none: at 1.
    const double y = m_loss->lastPoint(trainingLossName(m_runCount)).value_or(QPointF(x, 1.0)).y();
    m_loss->setMarker(QPointF(x, y), divergenceMarkerLabel(divergence), alertHue());
    // The legend entry is short for a narrow pane: the sentence above the chart (which wraps, where
    // a title would be cut) says where, and what set η. It begins as the title does and takes its
    // place, so the plot keeps the height its legend needs.
    m_loss->setTitle({});
    m_loss->setAlert(tr("Training loss: %1").arg(divergenceHeadlineText(divergence, rate)));
    // The diverging batch reports no progress: a peak set just before it never reached the rate line.
    if (rate.peak > 0.0 && rate.peak != m_lastRate) {
        if (m_firstRate <= 0.0) m_firstRate = rate.peak;
        m_lastRate = rate.peak;
        m_accuracy->setLegendText(m_runName, runLegendText());
    }
}

void RunCharts::setEpochRange(int epochs) {
    m_accuracy->setMinimumXRange(0, epochs);
    m_loss->setMinimumXRange(0, epochs);
}

void RunCharts::appendTrainingLoss(const QList<QPointF>& points) {
    m_loss->appendPoints(trainingLossName(m_runCount), points);
}

void RunCharts::appendLearningRate(const QList<QPointF>& points) {
    m_loss->appendSecondaryPoints(points);
    if (points.isEmpty()) return;
    if (m_firstRate <= 0.0) m_firstRate = points.first().y();
    const double last = points.last().y();
    if (last == m_lastRate) return;
    m_lastRate = last;
    m_accuracy->setLegendText(m_runName, runLegendText());
}

void RunCharts::appendEpochs(const std::vector<EpochResult>& epochs) {
    QList<QPointF> accuracy, testLoss;
    for (const EpochResult& r : epochs) {
        accuracy.append(QPointF(r.epoch, r.testAccuracy));
        testLoss.append(QPointF(r.epoch, r.testLoss));
        m_runSeconds += r.seconds;
        m_runAccuracy = r.testAccuracy;
    }
    m_accuracy->setLegendText(m_runName, runLegendText());
    m_accuracy->appendPoints(m_runName, accuracy);
    m_loss->appendPoints(testLossName(m_runCount), testLoss);
}

QString RunCharts::labelWithRate() const {
    if (m_firstRate <= 0.0 || m_lastRate == m_firstRate) return m_runLabel;
    const QString from = rateLabel(m_firstRate);
    const QString moved = tr("%1→%2").arg(from).arg(localNumber(m_lastRate));
    // The recipe's label names the rate the run started at: the move goes right there.
    if (m_runLabel.contains(from)) return QString(m_runLabel).replace(from, moved);
    return tr("%1, %2").arg(m_runLabel, moved); // a label without it (a loaded model's file name)
}

QString RunCharts::runLegendText() const {
    const QString head = tr("#%1 %2").arg(m_runCount).arg(labelWithRate());
    if (m_runAccuracy < 0.0) return head;
    return tr("%1 · %2 % · %3 s")
        .arg(head)
        .arg(localFixed(m_runAccuracy, 1))
        .arg(localFixed(m_runSeconds, m_runSeconds < 10 ? 1 : 0));
}

} // namespace bplab::ui
