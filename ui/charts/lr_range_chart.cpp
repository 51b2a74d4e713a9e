#include "ui/charts/lr_range_chart.h"

#include "ui/charts/axis_range.h"
#include "ui/charts/series_colors.h"
#include "ui/charts/styled_series.h"
#include "ui/common/locale_numbers.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace bplab::ui {

namespace {

QList<QPointF> finite(const QList<QPointF>& points) {
    QList<QPointF> kept;
    for (const QPointF& p : points) {
        if (std::isfinite(p.x()) && std::isfinite(p.y()) && p.x() > 0) kept.append(p);
    }
    return kept;
}

QString rateText(double rate) { return localNumber(rate, 3); }

constexpr double kHeadroom = 1.5; // the y axis reaches 1.5 × the first smoothed loss

} // namespace

LrRangeChart::LrRangeChart(QWidget* parent)
    : ChartWidget(parent)
    , m_losses(styledSeries<QLineSeries>(tr("loss of each batch"), QColor(0xb0, 0xb0, 0xb0), 1.0))
    , m_smoothed(styledSeries<QLineSeries>(tr("smoothed loss"), seriesColor(0), 2.5))
    , m_steepest(styledSeries<QScatterSeries>(tr("steepest descent"), seriesColor(2), 1.0))
    , m_blowUpLine(styledSeries<QLineSeries>(tr("blow-up"), QColor(0xc6, 0x28, 0x28), 1.5, Qt::DashLine))
    , m_suggestedLine(styledSeries<QLineSeries>(tr("suggested peak"), seriesColor(1), 2.0, Qt::DashDotLine))
    , m_x(new QLogValueAxis)
    , m_y(new QValueAxis) {
    m_steepest->setMarkerSize(11);
    m_steepest->setBrush(seriesColor(2));
    chart()->setTitle(tr("Learning-rate range test"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    m_x->setTitleText(tr("Learning rate η (log scale)"));
    m_x->setLabelFormat(QStringLiteral("%g"));
    m_y->setTitleText(tr("Training loss (NLL)"));
    m_y->setLabelFormat(QStringLiteral("%g"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    for (QXYSeries* series :
         std::initializer_list<QXYSeries*>{m_losses, m_smoothed, m_blowUpLine, m_suggestedLine, m_steepest}) {
        chart()->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    enableReadout();
    setReadoutText(tr("Hover over the chart to read the loss at a rate."));
    updateAxes();
}

void LrRangeChart::setRateRange(double from, double to) {
    m_from = from;
    m_to = to;
    updateAxes();
}

void LrRangeChart::appendPoints(const QList<QPointF>& losses, const QList<QPointF>& smoothed) {
    // replace() with the whole list: one signal and one redraw (append(QList) redraws per point).
    m_losses->replace(m_losses->points() + finite(losses));
    m_smoothed->replace(m_smoothed->points() + finite(smoothed));
    updateAxes();
}

void LrRangeChart::setMarks(std::optional<QPointF> steepest, std::optional<double> blowUpRate,
                            std::optional<double> suggestedRate) {
    m_steepest->clear();
    if (steepest) {
        m_steepest->append(*steepest);
        m_steepest->setName(tr("steepest descent (η = %1)").arg(rateText(steepest->x())));
    }
    m_blowUp = blowUpRate;
    m_suggested = suggestedRate;
    m_blowUpLine->setName(blowUpRate ? tr("blow-up (η = %1)").arg(rateText(*blowUpRate)) : tr("blow-up"));
    m_suggestedLine->setName(suggestedRate ? tr("suggested peak η = %1").arg(rateText(*suggestedRate))
                                           : tr("suggested peak"));
    updateAxes();
}

void LrRangeChart::clear() {
    m_losses->clear();
    m_smoothed->clear();
    setMarks(std::nullopt, std::nullopt, std::nullopt);
}

QList<QPointF> LrRangeChart::smoothedPoints() const { return m_smoothed->points(); }

std::optional<QPointF> LrRangeChart::steepestMark() const {
    if (m_steepest->count() == 0) return std::nullopt;
    return m_steepest->at(0);
}

QString LrRangeChart::readoutText(double x) const {
    const QList<QPointF> smoothed = m_smoothed->points();
    if (smoothed.isEmpty()) return {};
    // The point nearest in log rate (points are in rate order, a constant ratio apart).
    const auto nearest = std::min_element(smoothed.begin(), smoothed.end(), [x](QPointF a, QPointF b) {
        return std::abs(std::log(a.x() / x)) < std::abs(std::log(b.x() / x));
    });
    const qsizetype index = nearest - smoothed.begin();
    const QList<QPointF> losses = m_losses->points();
    return tr("η = %1 — smoothed loss %2, batch loss %3")
        .arg(rateText(nearest->x()), localNumber(nearest->y(), 4),
             index < losses.size() ? localNumber(losses[index].y(), 4) : QStringLiteral("–"));
}

void LrRangeChart::placeVerticalLine(QLineSeries* line, std::optional<double> rate, double yMin,
                                     double yMax) {
    line->setVisible(rate.has_value());
    if (rate) line->replace({QPointF(*rate, yMin), QPointF(*rate, yMax)});
}

void LrRangeChart::updateAxes() {
    ValueRange rates, losses;
    rates.add(m_from);
    rates.add(m_to);
    // The smoothed curve up to a little above its start sets the height: what matters lies below the
    // starting loss, and the blow-up (tens, or far more) would flatten it; the tail is clipped and its
    // rate marked.
    const QList<QPointF> smoothed = m_smoothed->points();
    for (const QList<QPointF>& curve : {smoothed, m_losses->points()}) {
        for (const QPointF& p : smoothed.isEmpty() ? QList<QPointF>() : curve) {
            if (p.y() <= kHeadroom * smoothed.first().y()) losses.add(p.y());
        }
    }
    const LinearAxisRange y = linearAxisRange(losses, 0.0, 1e300);
    applyRange(m_y, y);
    applyRange(m_x, logAxisRange(rates));
    placeVerticalLine(m_blowUpLine, m_blowUp, y.min, y.max);
    placeVerticalLine(m_suggestedLine, m_suggested, y.min, y.max);
    // Marks without a value leave the legend too.
    const auto markers = chart()->legend()->markers();
    for (QLegendMarker* marker : markers) {
        if (marker->series() == m_blowUpLine || marker->series() == m_suggestedLine)
            marker->setVisible(marker->series()->isVisible());
        if (marker->series() == m_steepest) marker->setVisible(m_steepest->count() > 0);
    }
}

} // namespace bplab::ui
