#include "ui/charts/saturation_chart.h"

#include "ui/charts/axis_range.h"
#include "ui/charts/curve_thinning.h"
#include "ui/charts/series_colors.h"
#include "ui/charts/styled_series.h"
#include "ui/common/locale_numbers.h"

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

// The finite points only, raised to the log axis' floor on a log scale; the curve ends at the first
// non-finite value, like the loss chart's.
QList<QPointF> curveUntilNonFinite(const QList<QPointF>& points, bool logScale) {
    QList<QPointF> result;
    result.reserve(points.size());
    for (const QPointF& p : points) {
        if (!std::isfinite(p.y())) break;
        result.append(QPointF(p.x(), logScale ? std::max(p.y(), kLogFloor) : p.y()));
    }
    return thinned(result);
}

// The y of the point at `iteration`, or NaN without one (points are one per iteration from 0).
double valueAtIteration(const QList<QPointF>& points, qsizetype iteration) {
    return iteration < points.size() ? points[iteration].y() : std::numeric_limits<double>::quiet_NaN();
}

QString formatSaturationValue(double value) { return localNumber(value, 4); }

} // namespace

SaturationChart::SaturationChart(QWidget* parent)
    : ChartWidget(parent)
    , m_gradientNorm(styledSeries<QLineSeries>(tr("‖∂E/∂θ‖"), gradientNormColor(), 2.5, Qt::SolidLine))
    , m_loss(styledSeries<QLineSeries>(tr("E_total"), lossColor(), 2.0, Qt::DashLine))
    , m_x(new QValueAxis)
    , m_left(new QValueAxis) {
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chartView()->setToolTip(tr("Each neuron's activation slope f′(net) (left axis) and the length of the "
                               "gradient with the loss (right axis), per iteration. Hover to read values."));
    m_x->setTitleText(tr("Iteration"));
    m_x->setLabelFormat(kWholeNumberLabels);
    m_left->setLabelFormat(QStringLiteral("%.2g"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_left, Qt::AlignLeft);
    for (QLineSeries* series : {m_gradientNorm, m_loss}) {
        chart()->addSeries(series);
        series->attachAxis(m_x);
    }
    replaceRightAxis();
    enableReadout();
    setCurves({});
}

QColor SaturationChart::slopeColor(int neuron) { return seriesColor(1 + neuron); } // 0 is the loss's
// A neutral grey that reads as a line on a white and on a dark card alike (at least 3 : 1 on both).
QColor SaturationChart::gradientNormColor() { return QColor(0x80, 0x80, 0x80); }
QColor SaturationChart::lossColor() { return seriesColor(0); } // as in the loss chart beside it

void SaturationChart::rebuildSlopeSeries(int count) {
    for (QLineSeries* series : m_slopes) {
        chart()->removeSeries(series);
        delete series; // removeSeries hands ownership back
    }
    m_slopes.clear();
    for (int n = 0; n < count; ++n) {
        QLineSeries* series = styledSeries<QLineSeries>(QString(), slopeColor(n), 2.0, Qt::SolidLine);
        chart()->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_left);
        m_slopes.append(series);
    }
}

void SaturationChart::replaceRightAxis() {
    if (m_right) {
        chart()->removeAxis(m_right);
        delete m_right;
    }
    m_right = makeValueAxis(m_logScale ? YScale::Logarithmic : YScale::Linear);
    m_right->setTitleText(m_logScale ? tr("‖∂E/∂θ‖, E_total (log)") : tr("‖∂E/∂θ‖ and E_total"));
    chart()->addAxis(m_right, Qt::AlignRight);
    m_gradientNorm->attachAxis(m_right);
    m_loss->attachAxis(m_right);
}

void SaturationChart::setCurves(const Curves& curves) {
    m_curves = curves;
    updateSeries();
}

void SaturationChart::setLogScale(bool logScale) {
    if (logScale == m_logScale) return;
    m_logScale = logScale;
    replaceRightAxis();
    updateSeries(); // re-clamp the values for the new scale
}

void SaturationChart::updateSeries() {
    if (m_slopes.size() != m_curves.slopes.size())
        rebuildSlopeSeries(static_cast<int>(m_curves.slopes.size()));
    for (qsizetype n = 0; n < m_slopes.size(); ++n) {
        const QString& neuron = m_curves.neurons.value(n);
        m_slopes[n]->setName(
            m_curves.slopeName.isEmpty() ? neuron : QStringLiteral("%1(%2)").arg(m_curves.slopeName, neuron));
        m_slopes[n]->replace(curveUntilNonFinite(m_curves.slopes[n], false)); // one signal, one repaint
    }
    m_gradientNorm->replace(curveUntilNonFinite(m_curves.gradientNorm, m_logScale));
    m_loss->replace(curveUntilNonFinite(m_curves.loss, m_logScale));
    m_left->setTitleText(tr("%1(net)").arg(m_curves.slopeName.isEmpty() ? tr("f′") : m_curves.slopeName));
    updateAxes();
    setReadoutText(m_curves.gradientNorm.isEmpty()
                       ? tr("Nothing to show yet: step until a gradient is computed.")
                       : tr("Hover over the chart to read the values."));
}

void SaturationChart::updateAxes() {
    // Qt Charts never rescales by itself (see axis_range.h for the padding and the ticks).
    ValueRange slopes, right;
    slopes.add(0.0); // a slope of 0 is the point of this chart: keep it on the axis
    qsizetype maxX = 1;
    for (const QLineSeries* series : m_slopes) {
        for (const QPointF& p : series->points()) slopes.add(p.y());
    }
    for (const QLineSeries* series : {m_gradientNorm, m_loss}) {
        const QList<QPointF> points = series->points();
        if (!points.isEmpty()) maxX = std::max(maxX, static_cast<qsizetype>(points.last().x()));
        for (const QPointF& p : points) right.add(p.y());
    }
    applyWholeNumberRange(m_x, 0.0, static_cast<double>(maxX), 5);
    applyRange(m_left, linearAxisRange(slopes, 0.0, std::numeric_limits<double>::infinity()));
    if (m_logScale) {
        applyRange(static_cast<QLogValueAxis*>(m_right), logAxisRange(right));
    } else {
        applyRange(static_cast<QValueAxis*>(m_right),
                   linearAxisRange(right, 0.0, std::numeric_limits<double>::infinity()));
    }
}

QString SaturationChart::readoutText(double iteration) const {
    if (m_curves.gradientNorm.isEmpty()) return {};
    const qsizetype k = std::min(static_cast<qsizetype>(std::llround(std::max(0.0, iteration))),
                                 m_curves.gradientNorm.size() - 1);
    QStringList slopes;
    for (qsizetype n = 0; n < m_curves.slopes.size(); ++n)
        slopes << QStringLiteral("%1 %2").arg(m_curves.neurons.value(n),
                                              formatSaturationValue(valueAtIteration(m_curves.slopes[n], k)));
    if (m_curves.slopeName.isEmpty()) { // each name says its own f′
        return tr("Iteration %1 — %2 · ‖∂E/∂θ‖ %3 · E_total %4")
            .arg(k)
            .arg(slopes.join(QStringLiteral(", ")),
                 formatSaturationValue(valueAtIteration(m_curves.gradientNorm, k)),
                 formatSaturationValue(valueAtIteration(m_curves.loss, k)));
    }
    return tr("Iteration %1 — %2 %3 · ‖∂E/∂θ‖ %4 · E_total %5")
        .arg(k)
        .arg(m_curves.slopeName, slopes.join(QStringLiteral(", ")),
             formatSaturationValue(valueAtIteration(m_curves.gradientNorm, k)),
             formatSaturationValue(valueAtIteration(m_curves.loss, k)));
}

} // namespace bplab::ui
