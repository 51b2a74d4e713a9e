#include "ui/charts/metric_chart.h"

#include "ui/charts/chart_export.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bplab::ui {

namespace {
// The smallest of 1, 2, 2.5, 5 × 10^k that is at least `rough`.
double niceStep(double rough) {
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * magnitude >= rough) return factor * magnitude;
    }
    return 10.0 * magnitude;
}
} // namespace

MetricChart::MetricChart(const QString& xTitle, const QString& yTitle, YScale scale, QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_x(new QValueAxis)
    , m_y(scale == YScale::Logarithmic ? static_cast<QAbstractAxis*>(new QLogValueAxis) : new QValueAxis)
    , m_scale(scale) {
    m_chart->setAnimationOptions(QChart::NoAnimation); // data streams in during training
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_x->setTitleText(xTitle);
    m_y->setTitleText(yTitle);
    m_x->setLabelFormat(QStringLiteral("%g"));
    if (auto* log = qobject_cast<QLogValueAxis*>(m_y)) {
        log->setLabelFormat(QStringLiteral("%g"));
        log->setMinorTickCount(8); // 2..9 × each decade
    } else {
        static_cast<QValueAxis*>(m_y)->setLabelFormat(QStringLiteral("%g"));
    }
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_view->setRenderHint(QPainter::Antialiasing);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    updateAxes();
}

QLineSeries* MetricChart::series(const QString& name) const {
    for (QAbstractSeries* series : m_chart->series()) {
        if (series != m_reference && series->name() == name) return static_cast<QLineSeries*>(series);
    }
    return nullptr;
}

QStringList MetricChart::seriesNames() const {
    QStringList names;
    for (QAbstractSeries* series : m_chart->series()) {
        if (series != m_reference) names << series->name();
    }
    return names;
}

void MetricChart::setSeries(const QString& name, const QList<QPointF>& points, const QColor& color,
                            bool dashed, bool showPoints) {
    QLineSeries* line = series(name);
    if (!line) {
        line = new QLineSeries;
        line->setName(name);
        m_chart->addSeries(line);
        line->attachAxis(m_x);
        line->attachAxis(m_y);
    }
    QPen pen(color);
    pen.setWidthF(2.0);
    if (dashed) pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    line->setPointsVisible(showPoints);
    line->replace(points);
    updateAxes();
}

void MetricChart::appendPoints(const QString& name, const QList<QPointF>& points) {
    QLineSeries* line = series(name);
    if (!line || points.isEmpty()) return;
    // replace() with the whole list: one change signal instead of one per point (see PITFALLS).
    QList<QPointF> all = line->points();
    all.append(points);
    line->replace(all);
    updateAxes();
}

void MetricChart::removeSeries(const QString& name) {
    if (QLineSeries* line = series(name)) {
        m_chart->removeSeries(line);
        delete line;
        updateAxes();
    }
}

void MetricChart::clear() {
    for (const QString& name : seriesNames()) removeSeries(name);
}

void MetricChart::setReferenceLine(double y, const QString& label, const QColor& color) {
    if (!m_reference) {
        m_reference = new QLineSeries;
        m_chart->addSeries(m_reference);
        m_reference->attachAxis(m_x);
        m_reference->attachAxis(m_y);
    }
    m_reference->setName(label);
    QPen pen(color);
    pen.setWidthF(1.5);
    pen.setStyle(Qt::DashLine);
    m_reference->setPen(pen);
    m_referenceY = y;
    updateAxes();
}

void MetricChart::setMinimumXRange(double xMin, double xMax) {
    m_xMin = xMin;
    m_xMax = std::max(xMax, xMin + 1);
    updateAxes();
}

void MetricChart::setYBounds(double low, double high) {
    m_yLow = low;
    m_yHigh = high;
    updateAxes();
}

void MetricChart::setIncludedYRange(double low, double high) {
    m_includedY = std::make_pair(low, high);
    updateAxes();
}

void MetricChart::setTitle(const QString& title) { m_chart->setTitle(title); }

void MetricChart::updateAxes() {
    double xMin = m_xMin, xMax = m_xMax;
    double yMin = std::numeric_limits<double>::infinity(), yMax = -yMin;
    const bool logarithmic = m_scale == YScale::Logarithmic;
    for (QAbstractSeries* abstract : m_chart->series()) {
        if (abstract == m_reference) continue;
        for (const QPointF& p : static_cast<QLineSeries*>(abstract)->points()) {
            xMin = std::min(xMin, p.x());
            xMax = std::max(xMax, p.x());
            if (logarithmic && p.y() <= 0) continue; // no place on a log axis
            yMin = std::min(yMin, p.y());
            yMax = std::max(yMax, p.y());
        }
    }
    if (m_referenceY) {
        yMin = std::min(yMin, *m_referenceY);
        yMax = std::max(yMax, *m_referenceY);
        m_reference->replace({QPointF(xMin, *m_referenceY), QPointF(xMax, *m_referenceY)});
    }
    if (m_includedY) {
        yMin = std::min(yMin, m_includedY->first);
        yMax = std::max(yMax, m_includedY->second);
    }
    if (!std::isfinite(yMin)) {
        yMin = 0;
        yMax = 1;
    }
    // Ticks at round numbers: whole epochs on x, 1-2-5 steps on y; the y range snaps to the ticks,
    // padded so a flat line stays visible, and stays within the meaningful bounds.
    m_x->setRange(xMin, xMax);
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(0.0);
    m_x->setTickInterval(std::max(1.0, std::ceil((xMax - xMin) / 10.0)));
    m_x->setLabelFormat(QStringLiteral("%d"));
    if (auto* log = qobject_cast<QLogValueAxis*>(m_y)) {
        // Whole decades, so a loss falling from 2.3 to 0.02 reads as the two decades it is.
        const double low = std::pow(10.0, std::floor(std::log10(std::max(yMin, 1e-12))));
        double high = std::pow(10.0, std::ceil(std::log10(std::max(yMax, 1e-12))));
        if (high <= low) high = low * 10.0;
        log->setRange(low, high);
    } else {
        auto* axis = static_cast<QValueAxis*>(m_y);
        const double span = std::max(yMax - yMin, 1e-3 * std::max(1.0, std::fabs(yMax)));
        const double step = niceStep(span / 5.0);
        const double low = std::max(m_yLow, std::floor((yMin - 0.05 * span) / step) * step);
        const double high = std::min(m_yHigh, std::ceil((yMax + 0.05 * span) / step) * step);
        axis->setRange(low, high);
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0.0);
        axis->setTickInterval(step);
    }
    m_chart->legend()->setVisible(m_chart->series().size() > 1);
}

bool MetricChart::exportImage(const QString& path, QSize size, QString* error) const {
    return exportChart(m_view, path, size, error);
}

} // namespace bplab::ui
