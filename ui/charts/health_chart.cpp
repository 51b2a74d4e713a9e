#include "ui/charts/health_chart.h"

#include "ui/charts/axis_range.h"
#include "ui/charts/series_colors.h"
#include "ui/charts/styled_series.h"
#include "ui/common/locale_numbers.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bplab::ui {

namespace {

// Finite points only, and positive ones on a log axis (a log axis has no place for 0 or below).
QList<QPointF> finitePointsOnAxis(const QList<QPointF>& points, bool logScale) {
    QList<QPointF> result;
    for (const QPointF& p : points)
        if (std::isfinite(p.y()) && (!logScale || p.y() > 0.0)) result.append(p);
    return result;
}

// The y at `epoch` on a curve, or NaN where it has none.
double valueAtEpoch(const QList<QPointF>& points, int epoch) {
    for (const QPointF& p : points)
        if (std::lround(p.x()) == epoch) return p.y();
    return std::numeric_limits<double>::quiet_NaN();
}

QString formatHealthValue(double value) { return localNumber(value, 3); }

} // namespace

HealthChart::HealthChart(QWidget* parent)
    : ChartWidget(parent)
    , m_x(new QValueAxis) {
    // On the right, one layer a line: six names side by side under a narrow chart would be elided.
    chart()->legend()->setAlignment(Qt::AlignRight);
    m_x->setTitleText(tr("Epoch"));
    m_x->setLabelFormat(kWholeNumberLabels);
    chart()->addAxis(m_x, Qt::AlignBottom);
    enableReadout();
    setCurves({}, tr("Update / weight ratio ‖ΔW‖/‖W‖ (log)"), true);
}

QColor HealthChart::layerColor(int index) { return seriesColor(index); }

QString HealthChart::yTitle() const { return m_y ? m_y->titleText() : QString(); }

void HealthChart::clearChart() {
    chart()->removeAllSeries(); // deletes them
    m_series.clear();
    if (m_y) {
        chart()->removeAxis(m_y);
        delete m_y;
        m_y = nullptr;
    }
}

void HealthChart::addBand(double xMin, double xMax) {
    auto* lower = new QLineSeries;
    auto* upper = new QLineSeries;
    lower->append({QPointF(xMin, m_band->low), QPointF(xMax, m_band->low)});
    upper->append({QPointF(xMin, m_band->high), QPointF(xMax, m_band->high)});
    auto* area = new QAreaSeries(upper, lower); // takes neither; parented to the area below
    upper->setParent(area);
    lower->setParent(area);
    area->setName(m_band->label);
    area->setColor(QColor(0x2e, 0x7d, 0x32, 40)); // a faint green: "the healthy range"
    area->setBorderColor(QColor(0x2e, 0x7d, 0x32, 90));
    chart()->addSeries(area);
    area->attachAxis(m_x);
    area->attachAxis(m_y);
}

void HealthChart::setCurves(const QList<Curve>& curves, const QString& yTitle, bool logScale,
                            const std::optional<Band>& band) {
    m_curves = curves;
    m_logScale = logScale;
    m_band = band;
    clearChart();
    // Rebuilt whole: a handful of layers × epochs, once per epoch or when the figure changes.
    ValueRange values;
    double lastEpoch = 1.0;
    for (const Curve& curve : curves) {
        for (const QList<QPointF>* list : {&curve.points, &curve.low, &curve.high})
            for (const QPointF& p : finitePointsOnAxis(*list, logScale)) values.add(p.y());
        if (!curve.points.isEmpty()) lastEpoch = std::max(lastEpoch, curve.points.last().x());
    }
    if (band) {
        values.add(band->low);
        values.add(band->high);
    }
    m_y = makeValueAxis(logScale ? YScale::Logarithmic : YScale::Linear);
    m_y->setTitleText(yTitle);
    chart()->addAxis(m_y, Qt::AlignLeft);
    applyWholeNumberRange(m_x, 0.0, lastEpoch, 5);
    if (logScale) {
        applyRange(static_cast<QLogValueAxis*>(m_y), logAxisRange(values));
    } else {
        const double inf = std::numeric_limits<double>::infinity();
        applyRange(static_cast<QValueAxis*>(m_y), linearAxisRange(values, -inf, inf));
    }
    if (band) addBand(m_x->min(), m_x->max());
    for (int i = 0; i < curves.size(); ++i) {
        auto* series = styledSeries<QLineSeries>(curves[i].layer, layerColor(i), 2.0);
        series->setPointsVisible(true);
        series->replace(finitePointsOnAxis(curves[i].points, logScale)); // one signal, one repaint
        chart()->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        m_series.append(series);
    }
    setReadoutText(curves.isEmpty() ? tr("Train a model: the figures appear after each epoch.")
                                    : tr("Hover over the chart to read every layer's value."));
}

QList<QPointF> HealthChart::seriesPoints(const QString& layer) const {
    for (const QLineSeries* series : m_series)
        if (series->name() == layer) return series->points();
    return {};
}

QString HealthChart::readoutText(double epoch) const {
    if (m_curves.isEmpty()) return {};
    const int e = std::max(1, static_cast<int>(std::lround(epoch)));
    QStringList parts;
    for (const Curve& curve : m_curves) {
        const double value = valueAtEpoch(curve.points, e);
        if (!std::isfinite(value)) continue;
        QString part = QStringLiteral("%1 %2").arg(curve.layer, formatHealthValue(value));
        if (!curve.low.isEmpty())
            part += QStringLiteral(" (%1…%2)")
                        .arg(formatHealthValue(valueAtEpoch(curve.low, e)),
                             formatHealthValue(valueAtEpoch(curve.high, e)));
        parts << part;
    }
    if (parts.isEmpty()) return {};
    return tr("Epoch %1 — %2").arg(e).arg(parts.join(QStringLiteral(" · ")));
}

} // namespace bplab::ui
