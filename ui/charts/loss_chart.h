#pragma once

#include "ui/charts/chart_widget.h"

#include <QList>
#include <QString>

#include <optional>

class QLineSeries;
class QScatterSeries;
class QAbstractAxis;

namespace bplab::ui {

// E_total against iteration, for one learning rate or several overlaid. Keeps Qt Charts behind this
// small interface so a move to Qt Graphs stays local. Non-finite losses never reach a series: a
// diverged curve ends at its last finite point, with a marker and a label saying where it diverged.
class LossChart : public ChartWidget {
    Q_OBJECT
public:
    struct Curve {
        QString name;                  // legend text, e.g. "η = 0.5"
        QList<double> losses;          // E_total per iteration from 0; may end in inf/NaN
        std::optional<int> divergedAt; // iteration where the run diverged (or stopped, see below)
        bool stopped = false;          // it stopped at a value its loss cannot take: not a divergence
    };

    explicit LossChart(QWidget* parent = nullptr);

    // One curve: no legend. Several: a legend, one colour each. Axes rescale to the data.
    void setCurves(const QList<Curve>& curves);
    void setLogScale(bool logScale);
    // A line above the plot saying what is shown, e.g. "sigmoid network, η = 0.5".
    void setCaption(const QString& caption);
    bool logScale() const { return m_logScale; }

    // Text shown when a curve diverged, empty otherwise.
    QString divergenceText() const;

protected:
    // The hover read-out: iteration nearest to x, and each curve's loss there.
    QString readoutText(double iteration) const override;

private:
    void rebuildSeries(int count);
    void updateAxes();
    void updateTitle();

    QList<QLineSeries*> m_series;
    QScatterSeries* m_divergedMarkers;
    QAbstractAxis* m_xAxis = nullptr;
    QAbstractAxis* m_yAxis = nullptr;
    QList<Curve> m_curves;
    bool m_logScale = false;
    QString m_caption;
};

} // namespace bplab::ui
