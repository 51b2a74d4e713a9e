#pragma once

#include <QSize>
#include <QString>
#include <QWidget>

class QAbstractSeries;
class QChart;
class QChartView;
class QLabel;
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

    // The hover read-out line above the chart (the values under the mouse); empty without one.
    QString readout() const;
    // Shows the read-out for `x` in the chart's value coordinates, as hovering there does.
    void showReadoutAt(double x);

protected:
    explicit ChartWidget(QWidget* parent = nullptr);

    QChart* chart() const { return m_chart; }
    // The widget's layout: the view, stretched. Subclasses may insert widgets around it.
    QVBoxLayout* chartLayout() const { return m_layout; }

    // Copy a computed range into a Qt Charts axis: ticks anchored at 0, `step` apart.
    static void applyRange(QValueAxis* axis, const LinearAxisRange& range);
    // A log axis also gets no more ticks than its length can label (see readableIntervals), now and
    // whenever the plot area is resized.
    void applyRange(QLogValueAxis* axis, const LogAxisRange& range);
    // Whole-number ticks (epochs, iterations) over [min, max], about `intervals` of them.
    static void applyWholeNumberRange(QValueAxis* axis, double min, double max, int intervals);

    // Puts a read-out line above the chart: moving the mouse over the plot area shows readoutText()
    // for the x under it. Call once, from the subclass's constructor.
    void enableReadout();
    void setReadoutText(const QString& text);
    // What the read-out says at `x` (value coordinates); an empty text leaves the line as it is.
    virtual QString readoutText(double x) const;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Several decades per tick where the axis is too short to label each one readably.
    void fitLogTicks(QLogValueAxis* axis);
    void fitAllLogTicks();

    QChart* m_chart;
    QChartView* m_view;
    QVBoxLayout* m_layout;
    QLabel* m_readout = nullptr;
};

} // namespace bplab::ui
