#include "ui/charts/loss_chart.h"

#include "ui/charts/chart_export.h"

#include "ui/charts/series_colors.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bplab::ui {

namespace {
// The smallest loss a log axis shows; exact zeros (a converged identity network) are drawn there.
constexpr double kLogFloor = 1e-16;

// Above this many points a curve is thinned before it reaches Qt Charts, which draws every point.
constexpr qsizetype kMaxDrawnPoints = 4000;

QString formatLoss(double loss) { return QString::number(loss, 'g', 6); }

// Keeps the lowest and highest point of each bucket, in order: a chart a few thousand pixels wide
// looks the same, and an oscillating curve keeps its envelope (every k-th point would alias it).
QList<QPointF> thinned(const QList<QPointF>& points) {
    if (points.size() <= kMaxDrawnPoints) return points;
    const qsizetype bucket = (points.size() + kMaxDrawnPoints / 2 - 1) / (kMaxDrawnPoints / 2);
    QList<QPointF> result;
    result.reserve(kMaxDrawnPoints + 2);
    for (qsizetype start = 0; start < points.size(); start += bucket) {
        const qsizetype end = std::min(points.size(), start + bucket);
        qsizetype low = start, high = start;
        for (qsizetype i = start + 1; i < end; ++i) {
            if (points[i].y() < points[low].y()) low = i;
            if (points[i].y() > points[high].y()) high = i;
        }
        result.append(points[std::min(low, high)]);
        if (low != high) result.append(points[std::max(low, high)]);
    }
    if (result.last() != points.last()) result.append(points.last());
    return result;
}
} // namespace

LossChart::LossChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_readout(new QLabel(this))
    , m_divergedMarkers(new QScatterSeries) {
    m_chart->setAnimationOptions(QChart::NoAnimation); // data streams in while the slider moves
    m_chart->legend()->setVisible(false);
    m_chart->legend()->setAlignment(Qt::AlignRight); // "η = 0.8" labels need the width, not the height
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_view->setToolTip(tr("Loss E_total per iteration. Hover to read values."));

    m_divergedMarkers->setName(tr("diverged"));
    m_divergedMarkers->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_divergedMarkers->setMarkerSize(11);
    m_divergedMarkers->setColor(QColor(0xc6, 0x28, 0x28));
    m_chart->addSeries(m_divergedMarkers);

    m_readout->setTextFormat(Qt::PlainText);
    m_readout->setMinimumHeight(m_readout->fontMetrics().height());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_readout);
    layout->addWidget(m_view, 1);
    setLogScale(false);
}

void LossChart::rebuildSeries(int count) {
    for (QLineSeries* series : m_series) {
        m_chart->removeSeries(series);
        delete series; // removeSeries hands ownership back
    }
    m_series.clear();
    for (int i = 0; i < count; ++i) {
        auto* series = new QLineSeries;
        QPen pen(seriesColor(i));
        pen.setWidthF(2.0);
        series->setPen(pen);
        m_chart->addSeries(series);
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
        m_series[c]->setName(
            curve.divergedAt ? tr("%1 (diverged at %2)").arg(curve.name).arg(*curve.divergedAt) : curve.name);
    }
    m_divergedMarkers->replace(markers);
    m_chart->legend()->setVisible(curves.size() > 1);
    for (QLegendMarker* marker : m_chart->legend()->markers(m_divergedMarkers)) marker->setVisible(false);
    updateTitle();
    updateAxes();
    m_readout->setText(curves.isEmpty() ? QString() : tr("Hover over the chart to read iteration and loss."));
}

void LossChart::setCaption(const QString& caption) {
    m_caption = caption;
    updateTitle();
}

void LossChart::updateTitle() {
    QStringList lines;
    if (!m_caption.isEmpty()) lines << m_caption.toHtmlEscaped();
    const QString diverged = divergenceText();
    if (!diverged.isEmpty())
        lines << QStringLiteral("<span style='color:#c62828'>%1</span>").arg(diverged.toHtmlEscaped());
    m_chart->setTitle(lines.join(QStringLiteral(" — ")));
}

QString LossChart::divergenceText() const {
    if (m_curves.size() == 1 && m_curves.first().divergedAt) {
        return tr("Diverged at iteration %1: a value became infinite").arg(*m_curves.first().divergedAt);
    }
    int diverged = 0;
    for (const Curve& curve : m_curves) diverged += curve.divergedAt ? 1 : 0;
    return diverged > 1 || (diverged == 1 && m_curves.size() > 1)
               ? tr("%n run(s) diverged", nullptr, diverged)
               : QString();
}

void LossChart::setLogScale(bool logScale) {
    m_logScale = logScale;
    QAbstractAxis* oldY = m_yAxis;
    if (oldY) {
        m_chart->removeAxis(oldY);
        delete oldY;
    }
    if (!m_xAxis) {
        auto* x = new QValueAxis;
        x->setTitleText(tr("Iteration"));
        x->setLabelFormat(QStringLiteral("%d"));
        m_chart->addAxis(x, Qt::AlignBottom);
        m_xAxis = x;
        m_divergedMarkers->attachAxis(m_xAxis);
    }
    if (logScale) {
        auto* y = new QLogValueAxis;
        y->setLabelFormat(QStringLiteral("%.0e"));
        m_yAxis = y;
    } else {
        auto* y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%.3g"));
        m_yAxis = y;
    }
    m_yAxis->setTitleText(logScale ? tr("Loss E_total (log scale)") : tr("Loss E_total"));
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    // Series keep their x axis; only the replaced y axis needs attaching.
    for (QLineSeries* series : m_series) series->attachAxis(m_yAxis);
    m_divergedMarkers->attachAxis(m_yAxis);
    setCurves(m_curves); // re-clamp values for the new scale, rescale
}

void LossChart::updateAxes() {
    // Qt Charts never rescales by itself: track the range, and pad it so a flat curve stays visible.
    double minY = std::numeric_limits<double>::infinity();
    double maxY = -minY;
    qsizetype maxX = 1;
    for (QLineSeries* series : m_series) {
        const QList<QPointF> points = series->points();
        maxX = std::max(maxX, points.size() - 1);
        for (const QPointF& p : points) {
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
    }
    auto* xAxis = static_cast<QValueAxis*>(m_xAxis);
    xAxis->setRange(0, static_cast<double>(maxX));
    // Ticks at round iteration numbers (0, 20, 40, …) rather than Qt's even split (0, 24, 49, …).
    const double rough = static_cast<double>(maxX) / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(rough, 1.0))));
    double interval = magnitude;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * magnitude >= rough) {
            interval = factor * magnitude;
            break;
        }
    }
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(0.0);
    xAxis->setTickInterval(interval);
    if (!std::isfinite(minY)) {
        minY = m_logScale ? 1e-3 : 0.0;
        maxY = 1.0;
    }
    if (m_logScale) {
        const double low = std::pow(10.0, std::floor(std::log10(minY)));
        double high = std::pow(10.0, std::ceil(std::log10(maxY)));
        if (high <= low) high = low * 10.0;
        // One tick per decade, until a diverging run spans hundreds of decades: then coarser steps.
        const double decades = std::log10(high) - std::log10(low);
        const double decadesPerTick = std::max(1.0, std::ceil(decades / 8.0));
        auto* axis = static_cast<QLogValueAxis*>(m_yAxis);
        axis->setBase(std::pow(10.0, decadesPerTick));
        axis->setRange(low, high);
    } else {
        double span = maxY - minY;
        if (span <= 0.0) span = std::max(std::fabs(maxY), 1e-3);
        auto* axis = static_cast<QValueAxis*>(m_yAxis);
        axis->setTickCount(6);
        axis->setRange(std::max(0.0, minY - 0.05 * span), maxY + 0.05 * span);
        axis->applyNiceNumbers();
    }
}

QString LossChart::readout() const { return m_readout->text(); }

void LossChart::showReadoutAt(double iteration) {
    if (m_curves.isEmpty()) return;
    const qsizetype k = static_cast<qsizetype>(std::llround(std::max(0.0, iteration)));
    QStringList parts;
    for (const Curve& curve : m_curves) {
        if (k >= curve.losses.size()) continue;
        const QString value = formatLoss(curve.losses[k]);
        parts << (m_curves.size() > 1 ? QStringLiteral("%1: %2").arg(curve.name, value) : value);
    }
    if (parts.isEmpty()) return;
    m_readout->setText(tr("Iteration %1 — E_total = %2").arg(k).arg(parts.join(QStringLiteral(", "))));
}

bool LossChart::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view->viewport() && event->type() == QEvent::MouseMove && !m_series.isEmpty()) {
        const QPointF scenePos = m_view->mapToScene(static_cast<QMouseEvent*>(event)->position().toPoint());
        const QPointF value = m_chart->mapToValue(m_chart->mapFromScene(scenePos), m_series.first());
        if (m_chart->plotArea().contains(m_chart->mapFromScene(scenePos))) showReadoutAt(value.x());
    }
    return QWidget::eventFilter(watched, event);
}

bool LossChart::exportImage(const QString& path, QSize size, QString* error) const {
    return exportChart(m_view, path, size, error);
}

} // namespace bplab::ui
