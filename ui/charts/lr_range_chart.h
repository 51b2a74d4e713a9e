#pragma once

#include "ui/charts/chart_widget.h"

#include <QList>
#include <QPointF>

#include <optional>

class QLineSeries;
class QLogValueAxis;
class QScatterSeries;
class QValueAxis;

namespace bplab::ui {

// The learning-rate range test's chart: training loss against the rate on a log x axis, each batch's
// loss faint and the smoothed loss bold, the steepest descent as a dot, the blow-up and the suggested
// one-cycle peak as vertical lines. Points arrive in rate order.
class LrRangeChart : public ChartWidget {
    Q_OBJECT
public:
    explicit LrRangeChart(QWidget* parent = nullptr);

    // The x axis spans at least these rates (the test's bounds) before points arrive.
    void setRateRange(double from, double to);
    // x = rate, y = loss; non-finite points are not drawn.
    void appendPoints(const QList<QPointF>& losses, const QList<QPointF>& smoothed);
    // The reading of the finished curve; nothing for a mark that does not exist.
    void setMarks(std::optional<QPointF> steepest, std::optional<double> blowUpRate,
                  std::optional<double> suggestedRate);
    void clear();

    QList<QPointF> smoothedPoints() const;
    std::optional<QPointF> steepestMark() const;
    std::optional<double> blowUpMark() const { return m_blowUp; }
    std::optional<double> suggestionMark() const { return m_suggested; }

protected:
    // "η = 0.0123 — smoothed loss 0.52, batch loss 0.49".
    QString readoutText(double x) const override;

private:
    void updateAxes();
    void placeVerticalLine(QLineSeries* line, std::optional<double> rate, double yMin, double yMax);

    QLineSeries* m_losses;
    QLineSeries* m_smoothed;
    QScatterSeries* m_steepest;
    QLineSeries* m_blowUpLine;
    QLineSeries* m_suggestedLine;
    QLogValueAxis* m_x;
    QValueAxis* m_y;
    double m_from = 1e-5, m_to = 10.0;
    std::optional<double> m_blowUp, m_suggested;
};

} // namespace bplab::ui
