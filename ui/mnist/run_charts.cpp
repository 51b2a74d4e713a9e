#include "ui/mnist/run_charts.h"

#include "core/mnist/divergence_watch.h"

#include "ui/charts/metric_chart.h"
#include "ui/charts/series_colors.h"
#include "ui/mnist/live_rate_slider.h"

#include <QHBoxLayout>
#include <QSplitter>

#include <algorithm>

namespace bplab::ui {

RunCharts::RunCharts(QWidget* parent)
    : QWidget(parent)
    , m_accuracy(new MetricChart(tr("Epoch"), tr("Accuracy (%)"), MetricChart::YScale::Linear, this))
    , m_loss(
          new MetricChart(tr("Epoch"), tr("Loss (NLL, log scale)"), MetricChart::YScale::Logarithmic, this))
    , m_rateSlider(new LiveRateSlider(this)) {
    m_accuracy->setReferenceLine(kGoalAccuracy, tr("goal 99.4 %"), QColor(0xc6, 0x28, 0x28));
    m_accuracy->setYBounds(0.0, 100.0);
    m_accuracy->setIncludedYRange(97.0, 100.0);
    m_accuracy->setTitle(tr("Test accuracy per epoch"));
    m_loss->setTitle(lossTitle());
    m_loss->setIncludedYRange(0.01, 1.0);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_accuracy);
    // The rate slider beside the loss chart: what it changes is drawn right there.
    auto* lossPane = new QWidget(this);
    auto* lossLayout = new QHBoxLayout(lossPane);
    lossLayout->setContentsMargins(0, 0, 0, 0);
    lossLayout->addWidget(m_loss, 1);
    lossLayout->addWidget(m_rateSlider);
    splitter->addWidget(lossPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

QString RunCharts::lossTitle() { return tr("Training loss (smoothed) and test loss"); }

QString RunCharts::beginRun(const QString& description) {
    ++m_runCount;
    m_runName = tr("run %1: %2").arg(m_runCount).arg(description);
    m_runDescription = description;
    QStringList runs = m_accuracy->seriesNames();
    while (runs.size() >= kMaxRunsShown) m_accuracy->removeSeries(runs.takeFirst());
    m_runSeconds = 0.0;
    m_accuracy->setSeries(m_runName, {}, seriesColor(m_runCount - 1), false, true);
    m_loss->clear();
    m_loss->setTitle(lossTitle());
    m_loss->setSeries(tr("training loss (smoothed)"), {}, seriesColor(0));
    m_loss->setSeries(tr("test loss"), {}, seriesColor(5), true, true);
    // The slider sets the peak rate: with one-cycle the rate of each batch follows the schedule under it,
    // so the line is named for what it draws.
    m_loss->setSecondarySeries(tr("peak learning rate"), tr("Peak learning rate (log)"), seriesColor(2));
    return m_runName;
}

void RunCharts::markDivergence(const Divergence& divergence) {
    const double x =
        divergence.epoch - 1 + static_cast<double>(divergence.batch) / std::max(1, divergence.batches);
    // On the curve's last (finite) point; a run that diverged on its first batch has none: at 1.
    const double y = m_loss->lastPoint(tr("training loss (smoothed)")).value_or(QPointF(x, 1.0)).y();
    const QString headline = QString::fromStdString(divergenceHeadline(divergence));
    m_loss->setMarker(QPointF(x, y), headline, QColor(0xc6, 0x28, 0x28));
    // The legend elides a long name in a narrow pane: the title says it in full.
    m_loss->setTitle(tr("Training loss: %1").arg(headline));
}

void RunCharts::setEpochRange(int epochs) {
    m_accuracy->setMinimumXRange(0, epochs);
    m_loss->setMinimumXRange(0, epochs);
}

void RunCharts::appendTrainingLoss(const QList<QPointF>& points) {
    m_loss->appendPoints(tr("training loss (smoothed)"), points);
}

void RunCharts::appendLearningRate(const QList<QPointF>& points) { m_loss->appendSecondaryPoints(points); }

void RunCharts::appendEpochs(const std::vector<EpochResult>& epochs) {
    QList<QPointF> accuracy, testLoss;
    for (const EpochResult& r : epochs) {
        accuracy.append(QPointF(r.epoch, r.testAccuracy));
        testLoss.append(QPointF(r.epoch, r.testLoss));
    }
    for (const EpochResult& r : epochs) m_runSeconds += r.seconds;
    m_accuracy->setLegendText(m_runName, runLegendText());
    m_accuracy->appendPoints(m_runName, accuracy);
    m_loss->appendPoints(tr("test loss"), testLoss);
}

QString RunCharts::runLegendText() const {
    if (m_runSeconds <= 0.0) return m_runName;
    // The time right after the number: the legend elides a long name at its end.
    return tr("run %1, %2 s: %3")
        .arg(m_runCount)
        .arg(m_runSeconds, 0, 'f', m_runSeconds < 10 ? 1 : 0)
        .arg(m_runDescription);
}

} // namespace bplab::ui
