#pragma once

#include "ui/charts/chart_widget.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>
#include <utility>

class QLineSeries;
class QAbstractAxis;
class QValueAxis;

namespace bplab::ui {

// A line chart of named series against a numeric x axis (epochs), with optional reference lines
// (the 99.4 % goal). Keeps Qt Charts behind a small interface; the axes follow the data.
class MetricChart : public ChartWidget {
    Q_OBJECT
public:
    enum class YScale { Linear, Logarithmic };

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
    // The x axis spans at least [xMin, xMax] (e.g. 0..epochs) even before data arrives.
    void setMinimumXRange(double xMin, double xMax);
    // Keeps the y range within [low, high] when the data allows (accuracy: 0..100).
    void setYBounds(double low, double high);
    // The y range always includes [low, high] (accuracy: 95..100, so an empty chart looks right).
    void setIncludedYRange(double low, double high);
    void setTitle(const QString& title);

    QLineSeries* series(const QString& name) const;
    QStringList seriesNames() const;
    QString legendText(const QString& name) const; // the name unless setLegendText changed it

protected:
    // The hover read-out: each series' point nearest to x, e.g. "Epoch 3 — test loss: 0.0424".
    QString readoutText(double x) const override;

private:
    void updateAxes();

    QValueAxis* m_x;
    QAbstractAxis* m_y; // QValueAxis, or QLogValueAxis for YScale::Logarithmic
    YScale m_scale;
    QString m_xTitle;
    QLineSeries* m_reference = nullptr;
    std::optional<double> m_referenceY;
    double m_xMin = 0, m_xMax = 1;
    double m_yLow = -1e300, m_yHigh = 1e300;
    std::optional<std::pair<double, double>> m_includedY;
};

} // namespace bplab::ui
