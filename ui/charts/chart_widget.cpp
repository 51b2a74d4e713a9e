#include "ui/charts/chart_widget.h"

#include "ui/charts/axis_range.h"
#include "ui/charts/chart_export.h"

#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QLabel>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace bplab::ui {

namespace {
// The axis property holding the decades per tick its values asked for, before fitting to its length.
constexpr char kWantedDecadesPerTick[] = "bplabDecadesPerTick";
} // namespace

ChartWidget::ChartWidget(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_layout(new QVBoxLayout(this)) {
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    m_layout->addWidget(m_view, 1);
    // A shorter chart fits fewer labels: Qt Charts would elide every one of them to "...".
    connect(m_chart, &QChart::plotAreaChanged, this, &ChartWidget::fitAllLogTicks);
}

bool ChartWidget::exportImage(const QString& path, QSize size, QString* error) const {
    return exportChart(m_view, path, size, error);
}

void ChartWidget::enableReadout() {
    m_readout = new QLabel(this);
    m_readout->setTextFormat(Qt::PlainText);
    m_readout->setMinimumHeight(m_readout->fontMetrics().height());
    // A long read-out (several series) must not widen the pane while the mouse moves: it is clipped.
    m_readout->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_layout->insertWidget(0, m_readout); // above the chart, so it never covers the curves
    m_view->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
}

QString ChartWidget::readout() const { return m_readout ? m_readout->text() : QString(); }

void ChartWidget::setReadoutText(const QString& text) {
    if (m_readout) m_readout->setText(text);
}

void ChartWidget::showReadoutAt(double x) {
    const QString text = readoutText(x);
    if (!text.isEmpty()) setReadoutText(text);
}

QString ChartWidget::readoutText(double /*x*/) const { return {}; }

bool ChartWidget::eventFilter(QObject* watched, QEvent* event) {
    if (m_readout && watched == m_view->viewport() && event->type() == QEvent::MouseMove) {
        const QPointF inChart =
            m_chart->mapFromScene(m_view->mapToScene(static_cast<QMouseEvent*>(event)->position().toPoint()));
        // Every series shares the chart's axes; mapping needs one that is attached to them.
        for (QAbstractSeries* series : m_chart->series()) {
            if (series->attachedAxes().isEmpty()) continue;
            if (m_chart->plotArea().contains(inChart))
                showReadoutAt(m_chart->mapToValue(inChart, series).x());
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChartWidget::applyRange(QValueAxis* axis, const LinearAxisRange& range) {
    // Dynamic ticks are laid out on every change: a new range with the old step (1e249 with 0.1, a
    // diverged run) would ask for billions of ticks. Fixed ticks while both change.
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setRange(range.min, range.max);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(range.step);
    axis->setTickType(QValueAxis::TicksDynamic);
}

void ChartWidget::applyRange(QLogValueAxis* axis, const LogAxisRange& range) {
    axis->setRange(range.min, range.max);
    axis->setProperty(kWantedDecadesPerTick, range.decadesPerTick);
    fitLogTicks(axis);
}

void ChartWidget::fitLogTicks(QLogValueAxis* axis) {
    const QFontMetricsF metrics(axis->labelsFont());
    const bool vertical = axis->orientation() == Qt::Vertical;
    const QRectF plot = m_chart->plotArea();
    // The widest label a log axis draws here is about "1e+300".
    const int intervals =
        vertical ? readableIntervals(plot.height(), metrics.height())
                 : readableIntervals(plot.width(), metrics.horizontalAdvance(QStringLiteral("1e+300")));
    const int decades = std::max(axis->property(kWantedDecadesPerTick).toInt(),
                                 decadesPerTick(axis->min(), axis->max(), intervals));
    // Minor ticks mark 2..9 × each decade; with several decades per tick they would only be clutter.
    const int minorTicks = decades == 1 ? 8 : 0;
    const double base = std::pow(10.0, decades);
    if (axis->base() == base && axis->minorTickCount() == minorTicks) return; // nothing to lay out again
    axis->setBase(base);
    axis->setMinorTickCount(minorTicks);
}

void ChartWidget::fitAllLogTicks() {
    for (QAbstractAxis* axis : m_chart->axes()) {
        if (auto* log = qobject_cast<QLogValueAxis*>(axis)) fitLogTicks(log);
    }
}

void ChartWidget::applyWholeNumberRange(QValueAxis* axis, double min, double max, int intervals) {
    applyRange(axis, LinearAxisRange{min, max, wholeNumberStep(max - min, intervals)});
}

} // namespace bplab::ui
