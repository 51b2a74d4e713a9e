#pragma once

#include "ui/charts/chart_widget.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QSet>
#include <QString>

#include <optional>
#include <utility>

class QLineSeries;
class QScatterSeries;
class QAbstractAxis;
class QValueAxis;
class QLogValueAxis;

namespace bplab::ui {

// A line chart of named series against a numeric x axis (epochs), with optional reference lines
// (the 99.4 % goal). Keeps Qt Charts behind a small interface; the axes follow the data.
class MetricChart : public ChartWidget {
    Q_OBJECT
public:
    using YScale = ::bplab::ui::YScale; // (chart_widget.h) callers write MetricChart::YScale::Linear

    MetricChart(const QString& xTitle, const QString& yTitle, YScale scale = YScale::Linear,
                QWidget* parent = nullptr);

    // Creates the series on first use; `dashed` for reference-like series (test loss).
    void setSeries(const QString& name, const QList<QPointF>& points, const QColor& color,
                   bool dashed = false, bool showPoints = false);
    void appendPoints(const QString& name, const QList<QPointF>& points);
    void removeSeries(const QString& name);
    // The legend shows `legendText` for the series `name` from now on (e.g. a run's name with its time
    // so far); the series keeps its name for series(), appendPoints() and the rest.
    void setLegendText(const QString& name, const QString& legendText);
    void clear();
    // A horizontal line across the chart, e.g. the accuracy goal. Part of the y range.
    void setReferenceLine(double y, const QString& label, const QColor& color);
    QString referenceLabel() const; // empty without a reference line
    // The x axis spans at least [xMin, xMax] (e.g. 0..epochs) even before data arrives.
    void setMinimumXRange(double xMin, double xMax);
    // Keeps the y range within [low, high] when the data allows (accuracy: 0..100).
    void setYBounds(double low, double high);
    // The y range always includes [low, high] (accuracy: 95..100, so an empty chart looks right).
    void setIncludedYRange(double low, double high);
    void setTitle(const QString& title);
    QString title() const;
    // One marker point (e.g. where a run diverged), named `label` in the legend; it takes part in the
    // y range only if finite. clearMarker() or clear() removes it.
    void setMarker(const QPointF& point, const QString& label, const QColor& color);
    void clearMarker();
    // A second y axis on the right, always logarithmic, titled `axisTitle`, with one series on it
    // (the learning rate beside the loss). Created on first use; clear() empties it.
    void setSecondarySeries(const QString& name, const QString& axisTitle, const QColor& color);
    void appendSecondaryPoints(const QList<QPointF>& points);
    void clearSecondaryPoints();
    QList<QPointF> secondaryPoints() const;
    // The marker's label and place; empty / (0, 0) without one.
    QString markerLabel() const;
    QPointF markerPoint() const;

    // The line series only (not the reference line, not the marker).
    QLineSeries* series(const QString& name) const;
    QStringList seriesNames() const;
    // The last point of series `name`; empty when it has none (or there is no such series).
    std::optional<QPointF> lastPoint(const QString& name) const;
    QString legendText(const QString& name) const; // the name unless setLegendText changed it
    // Draws series `name` thin and faint and leaves it out of the legend and the read-out: an earlier
    // run behind the current one, in its own colour. setSeries() brings it back.
    void pushToBackground(const QString& name);
    // The legend as a box in the corner of the plot the curves leave most free, one entry a row: long
    // entries (runs named with their results) neither share one row below the plot, where Qt Charts
    // cuts each to fit, nor take a third of the width beside it, where Qt Charts caps the legend's
    // width. An entry wider than the plot wraps onto more lines; none is cut.
    void placeLegendInsidePlot();

protected:
    // The hover read-out: each series' point nearest to x, e.g. "Epoch 3 — test loss: 0.0424".
    QString readoutText(double x) const override;

private:
    void updateAxes();
    void moveLegendIntoPlot(); // with placeLegendInsidePlot: after each change of plot or entries
    // Sets each shown legend entry's label, wrapped to lines no wider than `labelRoom`; returns the
    // widest line and the number of lines and entries.
    struct LegendText {
        double widestLine = 0.0;
        int lines = 0;
        int entries = 0;
    };
    LegendText wrapLegendLabels(double labelRoom);
    // How many samples along the drawn curves fall inside `area` (scene coordinates), the marker
    // counting as many.
    int curveSamplesIn(const QRectF& area) const;

    QValueAxis* m_x;
    QAbstractAxis* m_y; // QValueAxis, or QLogValueAxis for YScale::Logarithmic
    YScale m_scale;
    QString m_xTitle;
    QLineSeries* m_reference = nullptr;
    QScatterSeries* m_marker = nullptr; // created on first use
    QLineSeries* m_secondary = nullptr; // on m_right; both created on first use
    QLogValueAxis* m_right = nullptr;
    std::optional<double> m_referenceY;
    double m_xMin = 0, m_xMax = 1;
    double m_yLow = -1e300, m_yHigh = 1e300;
    std::optional<std::pair<double, double>> m_includedY;
    bool m_legendInsidePlot = false;
    QSet<const QLineSeries*> m_background; // pushed to the background: faint, out of legend and read-out
};

} // namespace bplab::ui
