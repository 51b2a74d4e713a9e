#pragma once

#include "ui/charts/chart_widget.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

class QAbstractAxis;
class QLineSeries;
class QValueAxis;

namespace bplab::ui {

// "Why did learning slow down, stop or explode": each neuron's activation slope f′(net) per iteration
// on the left axis, and on the right axis the gradient's length with the loss beside it (dashed, in
// the loss chart's colour), all against the same iteration axis. The right axis may be logarithmic,
// where a vanishing or exploding gradient reads as a straight line. Non-finite values never reach a
// series: the curves end at the last finite point.
class SaturationChart : public ChartWidget {
    Q_OBJECT
public:
    struct Curves {
        // What f′ is called, e.g. "σ′": a series is then named "σ′(h1)". Empty where the layers' f
        // differ (an own network): each name in `neurons` is then the series' whole name, "tanh′(z¹₁)".
        QString slopeName;
        QStringList neurons;          // "h1", "h2", "o1", "o2"
        QList<QList<QPointF>> slopes; // per neuron: (iteration, f′(net))
        QList<QPointF> gradientNorm;  // (iteration, ‖∂E/∂θ‖)
        QList<QPointF> loss;          // (iteration, E_total)
    };

    explicit SaturationChart(QWidget* parent = nullptr);

    void setCurves(const Curves& curves);
    void setLogScale(bool logScale);
    bool logScale() const { return m_logScale; }

    // The colours the series are drawn in, for a legend elsewhere and for tests.
    static QColor slopeColor(int neuron);
    static QColor gradientNormColor();
    static QColor lossColor();

protected:
    // The hover read-out: every series' value at the iteration nearest to x.
    QString readoutText(double iteration) const override;

private:
    void rebuildSlopeSeries(int count);
    void replaceRightAxis();
    void updateSeries();
    void updateAxes();

    Curves m_curves;
    QList<QLineSeries*> m_slopes;
    QLineSeries* m_gradientNorm;
    QLineSeries* m_loss;
    QValueAxis* m_x;
    QValueAxis* m_left;
    QAbstractAxis* m_right = nullptr; // QValueAxis, or QLogValueAxis on a log scale
    bool m_logScale = false;
};

} // namespace bplab::ui
