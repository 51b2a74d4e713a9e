#include "ui/charts/chart_widget.h"

#include "ui/charts/axis_range.h"
#include "ui/charts/chart_export.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QVBoxLayout>
#include <QValueAxis>

namespace bplab::ui {

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
    axis->setBase(range.base());
    // Minor ticks mark 2..9 × each decade; with several decades per tick they would only be clutter.
    axis->setMinorTickCount(range.decadesPerTick == 1 ? 8 : 0);
    axis->setRange(range.min, range.max);
}

void ChartWidget::applyWholeNumberRange(QValueAxis* axis, double min, double max, int intervals) {
    applyRange(axis, LinearAxisRange{min, max, wholeNumberStep(max - min, intervals)});
}

} // namespace bplab::ui
