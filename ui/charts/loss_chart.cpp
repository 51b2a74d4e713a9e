#include "ui/charts/loss_chart.h"

#include "ui/charts/axis_range.h"
#include "ui/charts/curve_thinning.h"
#include "ui/charts/series_colors.h"
#include "ui/common/locale_numbers.h"

#include <QChart>
#include <QChartView>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bplab::ui {

namespace {
QString formatLoss(double loss) { return localNumber(loss, 6); }
} // namespace

LossChart::LossChart(QWidget* parent)
    : ChartWidget(parent)
    , m_divergedMarkers(new QScatterSeries) {
    chart()->legend()->setVisible(false);
    chart()->legend()->setAlignment(Qt::AlignRight); // "η = 0.8" labels need the width, not the height
    chartView()->setToolTip(tr("Loss E_total per iteration. Hover to read values."));

    m_divergedMarkers->setName(tr("diverged"));
    m_divergedMarkers->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_divergedMarkers->setMarkerSize(11);
    m_divergedMarkers->setColor(QColor(0xc6, 0x28, 0x28));
    chart()->addSeries(m_divergedMarkers);

    enableReadout();
    setLogScale(false);
}

void LossChart::rebuildSeries(int count) {
    for (QLineSeries* series : m_series) {
        chart()->removeSeries(series);
        delete series; // removeSeries hands ownership back
    }
    m_series.clear();
    for (int i = 0; i < count; ++i) {
        auto* series = new QLineSeries;
        QPen pen(seriesColor(i));
        pen.setWidthF(2.0);
        series->setPen(pen);
        chart()->addSeries(series);
        if (m_xAxis) series->attachAxis(m_xAxis);
        if (m_yAxis) series->attachAxis(m_yAxis);
        m_series.append(series);
    }
}

void LossChart::setCurves(const QList<Curve>& curves) {
    m_curves = curves;
    if (m_series.size() != curves.size()) rebuildSeries(static_cast<int>(curves.size()));
    QList<QPointF> markers;
    for (qsizetype c = 0; c < curves.size(); ++c) {
        const Curve& curve = curves[c];
        QList<QPointF> points;
        points.reserve(curve.losses.size());
        for (qsizetype k = 0; k < curve.losses.size(); ++k) {
            const double loss = curve.losses[k];
            if (!std::isfinite(loss)) break; // Qt Charts would draw garbage: the curve ends here
            points.append(QPointF(static_cast<double>(k), m_logScale ? std::max(loss, kLogFloor) : loss));
        }
        if (curve.divergedAt && !points.isEmpty()) markers.append(points.last());
        m_series[c]->replace(thinned(points)); // one signal, one repaint
        // A line needs two points: while a student steps through the first rows, show the points.
        m_series[c]->setPointsVisible(points.size() <= 20);
        m_series[c]->setName(!curve.divergedAt ? curve.name
                             : curve.stopped
                                 ? tr("%1 (stopped at %2)").arg(curve.name).arg(*curve.divergedAt)
                                 : tr("%1 (diverged at %2)").arg(curve.name).arg(*curve.divergedAt));
    }
    m_divergedMarkers->replace(markers);
    chart()->legend()->setVisible(curves.size() > 1);
    for (QLegendMarker* marker : chart()->legend()->markers(m_divergedMarkers)) marker->setVisible(false);
    updateTitle();
    updateAxes();
    setReadoutText(curves.isEmpty() ? QString() : tr("Hover over the chart to read iteration and loss."));
}

void LossChart::setCaption(const QString& caption) {
    m_caption = caption;
    updateTitle();
}

void LossChart::updateTitle() {
    // The title stays short enough for a narrow chart; the divergence sentence wraps above it.
    chart()->setTitle(m_caption.toHtmlEscaped());
    setAlert(divergenceText());
}

QString LossChart::divergenceText() const {
    if (m_curves.size() == 1 && m_curves.first().divergedAt) {
        const Curve& curve = m_curves.first();
        return curve.stopped
                   ? tr("Stopped at iteration %1: the loss cannot be computed there").arg(*curve.divergedAt)
                   : tr("Diverged at iteration %1: a value became infinite").arg(*curve.divergedAt);
    }
    int diverged = 0, stopped = 0;
    for (const Curve& curve : m_curves) {
        if (curve.divergedAt) ++(curve.stopped ? stopped : diverged);
    }
    QStringList parts;
    if (diverged > 0) parts << tr("%n run(s) diverged", nullptr, diverged);
    if (stopped > 0) parts << tr("%n run(s) stopped where the loss cannot be computed", nullptr, stopped);
    return parts.join(QStringLiteral(", "));
}

void LossChart::setLogScale(bool logScale) {
    m_logScale = logScale;
    QAbstractAxis* oldY = m_yAxis;
    if (oldY) {
        chart()->removeAxis(oldY);
        delete oldY;
    }
    if (!m_xAxis) {
        auto* x = new QValueAxis;
        x->setTitleText(tr("Iteration"));
        x->setLabelFormat(kWholeNumberLabels);
        chart()->addAxis(x, Qt::AlignBottom);
        m_xAxis = x;
        m_divergedMarkers->attachAxis(m_xAxis);
    }
    m_yAxis = makeValueAxis(logScale ? YScale::Logarithmic : YScale::Linear);
    m_yAxis->setTitleText(logScale ? tr("Loss E_total (log scale)") : tr("Loss E_total"));
    chart()->addAxis(m_yAxis, Qt::AlignLeft);
    // Series keep their x axis; only the replaced y axis needs attaching.
    for (QLineSeries* series : m_series) series->attachAxis(m_yAxis);
    m_divergedMarkers->attachAxis(m_yAxis);
    setCurves(m_curves); // re-clamp values for the new scale, rescale
}

void LossChart::updateAxes() {
    // Qt Charts never rescales by itself: track the range (see axis_range.h for the padding).
    ValueRange y;
    qsizetype maxX = 1;
    for (QLineSeries* series : m_series) {
        const QList<QPointF> points = series->points();
        maxX = std::max(maxX, points.size() - 1);
        for (const QPointF& p : points) y.add(p.y());
    }
    // Ticks at round iteration numbers (0, 20, 40, …) rather than Qt's even split (0, 24, 49, …).
    applyWholeNumberRange(static_cast<QValueAxis*>(m_xAxis), 0.0, static_cast<double>(maxX), 5);
    if (m_logScale) {
        applyRange(static_cast<QLogValueAxis*>(m_yAxis), logAxisRange(y));
    } else {
        applyRange(static_cast<QValueAxis*>(m_yAxis),
                   linearAxisRange(y, 0.0, std::numeric_limits<double>::infinity()));
    }
}

QString LossChart::readoutText(double iteration) const {
    if (m_curves.isEmpty()) return {};
    const qsizetype k = static_cast<qsizetype>(std::llround(std::max(0.0, iteration)));
    QStringList parts;
    for (const Curve& curve : m_curves) {
        if (k >= curve.losses.size()) continue;
        const QString value = formatLoss(curve.losses[k]);
        parts << (m_curves.size() > 1 ? QStringLiteral("%1: %2").arg(curve.name, value) : value);
    }
    if (parts.isEmpty()) return {};
    return tr("Iteration %1 — E_total = %2").arg(k).arg(parts.join(QStringLiteral(", ")));
}

} // namespace bplab::ui
