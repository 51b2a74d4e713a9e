#include "ui/charts/metric_chart.h"

#include "ui/charts/axis_range.h"
#include "ui/common/locale_numbers.h"

#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <iterator>

namespace bplab::ui {

MetricChart::MetricChart(const QString& xTitle, const QString& yTitle, YScale scale, QWidget* parent)
    : ChartWidget(parent)
    , m_x(new QValueAxis)
    , m_y(makeValueAxis(scale, QStringLiteral("%g"), QStringLiteral("%g")))
    , m_scale(scale)
    , m_xTitle(xTitle) {
    chart()->legend()->setAlignment(Qt::AlignBottom);
    m_x->setTitleText(xTitle);
    m_y->setTitleText(yTitle);
    m_x->setLabelFormat(QStringLiteral("%g"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    updateAxes();
    enableReadout();
    setReadoutText(tr("Hover over the chart to read the values."));
}

QLineSeries* MetricChart::series(const QString& name) const {
    for (QAbstractSeries* series : chart()->series()) {
        // The key is the object name: the legend text (name()) may say more (setLegendText).
        if (series != m_reference && series != m_marker && series != m_secondary &&
            series->objectName() == name)
            return static_cast<QLineSeries*>(series);
    }
    return nullptr;
}

QStringList MetricChart::seriesNames() const {
    QStringList names;
    for (QAbstractSeries* series : chart()->series()) {
        if (series != m_reference && series != m_marker && series != m_secondary)
            names << series->objectName();
    }
    return names;
}

std::optional<QPointF> MetricChart::lastPoint(const QString& name) const {
    const QLineSeries* line = series(name);
    if (!line || line->count() == 0) return std::nullopt;
    return line->at(line->count() - 1);
}

void MetricChart::setSeries(const QString& name, const QList<QPointF>& points, const QColor& color,
                            bool dashed, bool showPoints) {
    QLineSeries* line = series(name);
    if (!line) {
        line = new QLineSeries;
        line->setObjectName(name);
        line->setName(name);
        chart()->addSeries(line);
        line->attachAxis(m_x);
        line->attachAxis(m_y);
        // A legend entry may be a short label (setLegendText): hovering it shows the series' full name.
        for (QLegendMarker* marker : chart()->legend()->markers(line)) {
            connect(marker, &QLegendMarker::hovered, this, [line](bool over) {
                if (over && line->name() != line->objectName()) {
                    QToolTip::showText(QCursor::pos(), line->objectName());
                } else {
                    QToolTip::hideText();
                }
            });
        }
    }
    m_background.remove(line);
    for (QLegendMarker* marker : chart()->legend()->markers(line)) marker->setVisible(true);
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
    // replace() with the whole list: one change signal and one redraw. In Qt Charts 6.4,
    // append(QList) is a loop of single appends, each signalling and redrawing.
    QList<QPointF> all = line->points();
    all.append(points);
    line->replace(all);
    updateAxes();
    moveLegendIntoPlot(); // the curves moved: the legend may have to change corners
}

void MetricChart::removeSeries(const QString& name) {
    if (QLineSeries* line = series(name)) {
        chart()->removeSeries(line);
        m_background.remove(line);
        delete line;
        updateAxes();
    }
}

void MetricChart::setLegendText(const QString& name, const QString& legendText) {
    if (QLineSeries* line = series(name)) line->setName(legendText);
    moveLegendIntoPlot();
}

QString MetricChart::legendText(const QString& name) const {
    const QLineSeries* line = series(name);
    return line ? line->name() : QString();
}

void MetricChart::pushToBackground(const QString& name) {
    QLineSeries* line = series(name);
    if (!line) return;
    QPen pen = line->pen();
    QColor faint = pen.color();
    faint.setAlphaF(0.45f);
    pen.setColor(faint);
    pen.setWidthF(1.2);
    line->setPen(pen);
    line->setPointsVisible(false);
    m_background.insert(line);
    for (QLegendMarker* marker : chart()->legend()->markers(line)) marker->setVisible(false);
}

void MetricChart::clear() {
    for (const QString& name : seriesNames()) removeSeries(name);
    clearMarker();
    if (m_secondary) m_secondary->clear();
    updateAxes();
}

void MetricChart::setSecondarySeries(const QString& name, const QString& axisTitle, const QColor& color) {
    if (!m_secondary) {
        m_right = new QLogValueAxis;
        m_right->setLabelFormat(QStringLiteral("%g"));
        chart()->addAxis(m_right, Qt::AlignRight);
        m_secondary = new QLineSeries;
        chart()->addSeries(m_secondary);
        m_secondary->attachAxis(m_x);
        m_secondary->attachAxis(m_right);
    }
    m_secondary->setName(name);
    m_right->setTitleText(axisTitle);
    QPen pen(color);
    pen.setWidthF(1.5);
    m_secondary->setPen(pen);
    m_right->setLinePenColor(color);
    m_right->setLabelsColor(color);
    updateAxes();
}

void MetricChart::appendSecondaryPoints(const QList<QPointF>& points) {
    if (!m_secondary || points.isEmpty()) return;
    QList<QPointF> all = m_secondary->points(); // one replace: one signal, one redraw (see appendPoints)
    all.append(points);
    m_secondary->replace(all);
    updateAxes();
}

void MetricChart::clearSecondaryPoints() {
    if (!m_secondary) return;
    m_secondary->clear();
    updateAxes();
}

QList<QPointF> MetricChart::secondaryPoints() const {
    return m_secondary ? m_secondary->points() : QList<QPointF>();
}

void MetricChart::setMarker(const QPointF& point, const QString& label, const QColor& color) {
    if (!m_marker) {
        m_marker = new QScatterSeries;
        m_marker->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        m_marker->setMarkerSize(12);
        chart()->addSeries(m_marker);
        m_marker->attachAxis(m_x);
        m_marker->attachAxis(m_y);
    }
    m_marker->setName(label);
    m_marker->setColor(color);
    m_marker->setBorderColor(color);
    m_marker->replace({point});
    updateAxes();
}

void MetricChart::clearMarker() {
    if (!m_marker) return;
    chart()->removeSeries(m_marker);
    delete m_marker;
    m_marker = nullptr;
    updateAxes();
}

QString MetricChart::markerLabel() const { return m_marker ? m_marker->name() : QString(); }

QPointF MetricChart::markerPoint() const {
    return m_marker && !m_marker->points().isEmpty() ? m_marker->points().first() : QPointF();
}

void MetricChart::setReferenceLine(double y, const QString& label, const QColor& color) {
    if (!m_reference) {
        m_reference = new QLineSeries;
        chart()->addSeries(m_reference);
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

QString MetricChart::referenceLabel() const { return m_reference ? m_reference->name() : QString(); }

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

void MetricChart::setTitle(const QString& title) { chart()->setTitle(title); }
QString MetricChart::title() const { return chart()->title(); }

namespace {
// The point of `points` (in x order) nearest to x.
QPointF nearestPoint(const QList<QPointF>& points, double x) {
    const auto after = std::lower_bound(points.begin(), points.end(), x,
                                        [](const QPointF& p, double value) { return p.x() < value; });
    if (after == points.begin()) return *after;
    if (after == points.end()) return points.last();
    return (after->x() - x < x - std::prev(after)->x()) ? *after : *std::prev(after);
}
} // namespace

QString MetricChart::readoutText(double x) const {
    QStringList parts;
    for (const QString& name : seriesNames()) {
        if (m_background.contains(series(name))) continue; // an earlier run: out of the read-out too
        const QList<QPointF> points = series(name)->points();
        if (points.isEmpty()) continue;
        const QPointF nearest = nearestPoint(points, x);
        parts << QStringLiteral("%1: %2").arg(name, localNumber(nearest.y(), 4));
    }
    if (parts.isEmpty()) return {};
    return QStringLiteral("%1 %2 — %3")
        .arg(m_xTitle, localFixed(std::max(0.0, x), 1), parts.join(QStringLiteral("; ")));
}

void MetricChart::updateAxes() {
    double xMin = m_xMin, xMax = m_xMax;
    ValueRange y;
    const bool logarithmic = m_scale == YScale::Logarithmic;
    for (QAbstractSeries* abstract : chart()->series()) {
        if (abstract == m_reference || abstract == m_secondary) continue;
        for (const QPointF& p : static_cast<QXYSeries*>(abstract)->points()) {
            xMin = std::min(xMin, p.x());
            xMax = std::max(xMax, p.x());
            if (!logarithmic || p.y() > 0) y.add(p.y()); // no place on a log axis for y <= 0
        }
    }
    if (m_referenceY) {
        y.add(*m_referenceY);
        m_reference->replace({QPointF(xMin, *m_referenceY), QPointF(xMax, *m_referenceY)});
    }
    if (m_includedY) {
        y.add(m_includedY->first);
        y.add(m_includedY->second);
    }
    // Ticks at round numbers: whole epochs on x; on y 1-2-5 steps snapped to the data, or decades.
    applyWholeNumberRange(m_x, xMin, xMax, 10);
    m_x->setLabelFormat(kWholeNumberLabels);
    if (auto* log = qobject_cast<QLogValueAxis*>(m_y)) {
        applyRange(log, labelledAtBothEnds(logAxisRange(y)));
    } else {
        applyRange(static_cast<QValueAxis*>(m_y), linearAxisRange(y, m_yLow, m_yHigh));
    }
    if (m_secondary) {
        ValueRange rates;
        for (const QPointF& p : m_secondary->points()) {
            xMin = std::min(xMin, p.x());
            xMax = std::max(xMax, p.x());
            if (p.y() > 0) rates.add(p.y());
        }
        // A decade beyond a rate on the range's end: a flat rate line between two labelled ticks,
        // never on the plot's edge with one label.
        applyRange(m_right, labelledAtBothEnds(logAxisRangeInside(rates)));
        applyWholeNumberRange(m_x, xMin, xMax, 10); // the rate may reach further right than the loss
    }
    chart()->legend()->setVisible(chart()->series().size() > 1);
    moveLegendIntoPlot();
}

} // namespace bplab::ui
