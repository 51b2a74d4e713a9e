#pragma once

#include <QSize>
#include <QString>
#include <QWidget>

class QChart;
class QChartView;
class QLogValueAxis;
class QValueAxis;
class QVBoxLayout;

namespace bplab::ui {

struct LinearAxisRange;
struct LogAxisRange;

// What our chart widgets share: a QChart in an antialiased QChartView filling the widget, without
// animations (data streams in, and exports must not catch a half-drawn frame), and export as PNG or
// SVG. Subclasses add the series and compute their ranges with axis_range.h.
class ChartWidget : public QWidget {
    Q_OBJECT
public:
    QChartView* chartView() const { return m_view; }
    // Writes the chart as PNG or SVG at `size` pixels (see exportChart); false with a sentence in `error`.
    bool exportImage(const QString& path, QSize size, QString* error) const;

protected:
    explicit ChartWidget(QWidget* parent = nullptr);

    QChart* chart() const { return m_chart; }
    // The widget's layout: the view, stretched. Subclasses may insert widgets around it.
    QVBoxLayout* chartLayout() const { return m_layout; }

    // Copy a computed range into a Qt Charts axis: ticks anchored at 0, `step` apart.
    static void applyRange(QValueAxis* axis, const LinearAxisRange& range);
    static void applyRange(QLogValueAxis* axis, const LogAxisRange& range);
    // Whole-number ticks (epochs, iterations) over [min, max], about `intervals` of them.
    static void applyWholeNumberRange(QValueAxis* axis, double min, double max, int intervals);

private:
    QChart* m_chart;
    QChartView* m_view;
    QVBoxLayout* m_layout;
};

} // namespace bplab::ui
