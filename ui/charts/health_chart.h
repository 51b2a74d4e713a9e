#pragma once

#include "ui/charts/chart_widget.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

class QAbstractAxis;
class QAreaSeries;
class QLineSeries;
class QValueAxis;

namespace bplab::ui {

// The MNIST tab's "Training health": one line per layer against the epoch (an update-to-weight
// ratio, a gradient norm, a BatchNorm running statistic), on a log or a linear y axis, with an
// optional shaded band (the healthy range of the ratio). The hover read-out gives every layer's value
// at the epoch, with its channels' min…max where the curve has them. Non-finite values never reach a
// series.
class HealthChart : public ChartWidget {
    Q_OBJECT
public:
    struct Curve {
        QString layer;
        QList<QPointF> points;    // (epoch, value)
        QList<QPointF> low, high; // (epoch, min) and (epoch, max) over channels; empty when none
    };
    struct Band {
        double low = 0.0;
        double high = 0.0;
        QString label; // its legend entry
    };

    explicit HealthChart(QWidget* parent = nullptr);

    // Replaces what is shown. `yTitle` names the figure and its unit.
    void setCurves(const QList<Curve>& curves, const QString& yTitle, bool logScale,
                   const std::optional<Band>& band = std::nullopt);

    // What is drawn, for tests and the read-out.
    const QList<Curve>& curves() const { return m_curves; }
    QList<QPointF> seriesPoints(const QString& layer) const;
    bool logScale() const { return m_logScale; }
    std::optional<Band> band() const { return m_band; }
    QString yTitle() const;

    static QColor layerColor(int index);

protected:
    QString readoutText(double epoch) const override;

private:
    void clearChart();
    void addBand(double xMin, double xMax);

    QList<Curve> m_curves;
    QList<QLineSeries*> m_series;
    QValueAxis* m_x;
    QAbstractAxis* m_y = nullptr;
    bool m_logScale = true;
    std::optional<Band> m_band;
};

} // namespace bplab::ui
