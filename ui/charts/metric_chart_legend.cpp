// MetricChart's legend inside the plot: its place, its wrapped labels and its colours. (The series,
// axes and read-out are in metric_chart.cpp.)
#include "ui/charts/metric_chart.h"

#include <QChart>
#include <QEvent>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>

#include <algorithm>
#include <array>

namespace bplab::ui {

void MetricChart::placeLegendInsidePlot() {
    QLegend* legend = chart()->legend();
    legend->setAlignment(Qt::AlignLeft); // a vertical layout: one entry a row, labels left-aligned
    legend->detachFromChart();
    legend->setBackgroundVisible(true);
    m_legendInsidePlot = true;
    applyPalette(); // the box in the card's colour (chart_palette.h)
    connect(chart(), &QChart::plotAreaChanged, this, &MetricChart::moveLegendIntoPlot);
    moveLegendIntoPlot();
}

namespace {
// `text` broken at its spaces into lines no wider than `width` (a single word wider than that keeps a
// line of its own).
QStringList wrappedLines(const QString& text, const QFontMetricsF& metrics, double width) {
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            lines << line;
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty() || lines.isEmpty()) lines << line;
    return lines;
}
} // namespace

MetricChart::LegendText MetricChart::wrapLegendLabels(double labelRoom) {
    const QFontMetricsF metrics(chart()->legend()->font());
    LegendText text;
    for (QLegendMarker* marker : chart()->legend()->markers()) {
        // (Not marker->isVisible(): that is the drawn item's, false while the legend is hidden.)
        if (m_background.contains(qobject_cast<QLineSeries*>(marker->series()))) continue;
        const QStringList lines = wrappedLines(marker->series()->name(), metrics, labelRoom);
        // A label is rich text to Qt Charts: several lines are joined with <br>. A label set by hand
        // no longer follows its series' name, so every entry's is set here, after every change.
        QStringList escaped;
        for (const QString& line : lines) escaped << line.toHtmlEscaped();
        const QString label =
            lines.size() > 1 ? escaped.join(QStringLiteral("<br>")) : marker->series()->name();
        if (marker->label() != label) marker->setLabel(label);
        for (const QString& line : lines)
            text.widestLine = std::max(text.widestLine, metrics.horizontalAdvance(line));
        text.lines += static_cast<int>(lines.size());
        ++text.entries;
    }
    return text;
}

void MetricChart::moveLegendIntoPlot() {
    if (!m_legendInsidePlot) return;
    QLegend* legend = chart()->legend();
    // A detached legend wraps its entries into the rectangle it is given, and cuts a label wider than
    // it, so the rectangle is measured here for one entry a row (its size hint may still be that of an
    // earlier layout): the widest label line beside its marker; each entry its lines and a padding.
    const QFontMetricsF metrics(legend->font());
    const QRectF plot = chart()->plotArea();
    constexpr double kInset = 6.0;                     // px from the plot's edges
    const double markerRoom = metrics.height() + 32.0; // the marker and the entry's margins
    const double labelRoom = std::max(4.0 * metrics.height(), plot.width() - 2 * kInset - markerRoom);
    const LegendText text = wrapLegendLabels(labelRoom);
    const double width = text.widestLine + markerRoom;
    // With the padding Qt Charts gives each entry (less: it wraps into a second column).
    const double height = (text.lines + text.entries) * metrics.height() + 8.0;
    double top = plot.top() + kInset, floor = plot.bottom() - kInset;
    // The legend keeps to one side of the reference line: below a goal along the top (MNIST's 99.4 %),
    // above a level along the bottom (what guessing scores).
    if (m_reference && m_referenceY) {
        const double lineY = chart()->mapToPosition(QPointF(0.0, *m_referenceY), m_reference).y();
        if (lineY < plot.center().y())
            top = std::max(top, lineY + kInset);
        else
            floor = std::min(floor, lineY - kInset);
    }
    // Too tall for the plot: it hangs from the top rather than have Qt Charts cut it into columns.
    const double bottom = std::max(top + height, floor);
    const double left = plot.left() + kInset, right = plot.right() - kInset - width;
    // Lower right, where a learning curve that rises and levels off leaves room, unless the curves
    // cross it more than the upper left (a short run still climbing through the middle), or more than
    // the upper right or lower left (a falling loss leaves those).
    const std::array<QRectF, 4> corners = {
        QRectF(right, bottom - height, width, height), QRectF(left, top, width, height),
        QRectF(right, top, width, height), QRectF(left, bottom - height, width, height)};
    QRectF best = corners[0];
    int fewest = curveSamplesIn(best);
    for (std::size_t i = 1; i < corners.size() && fewest > 0; ++i) {
        const int samples = curveSamplesIn(corners[i]);
        if (samples < fewest) {
            fewest = samples;
            best = corners[i];
        }
    }
    legend->setGeometry(best);
    legend->update();
}

int MetricChart::curveSamplesIn(const QRectF& area) const {
    constexpr int kSamplesPerSegment = 8; // a segment crossing the area counts, not only its ends
    int inside = 0;
    for (QAbstractSeries* abstract : chart()->series()) {
        auto* line = qobject_cast<QLineSeries*>(abstract);
        if (!line || !line->isVisible() || line == m_reference) continue;
        const QList<QPointF> points = line->points();
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QPointF end = chart()->mapToPosition(points[i], line);
            const QPointF start = i > 0 ? chart()->mapToPosition(points[i - 1], line) : end;
            for (int k = 1; k <= kSamplesPerSegment; ++k)
                if (area.contains(start + (end - start) * (static_cast<double>(k) / kSamplesPerSegment)))
                    ++inside;
        }
    }
    // The marker (where a run diverged) is what the chart is about then: covering it counts as much
    // as covering a whole curve.
    constexpr int kMarkerWeight = 1000;
    if (m_marker && !m_marker->points().isEmpty() &&
        area.contains(chart()->mapToPosition(m_marker->points().first(), m_marker)))
        inside += kMarkerWeight;
    return inside;
}

} // namespace bplab::ui
