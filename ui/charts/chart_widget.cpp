#include "ui/charts/chart_widget.h"

#include "ui/charts/axis_range.h"
#include "ui/charts/chart_export.h"

#include <QChart>
#include <QChartView>
#include <QLogValueAxis>
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
