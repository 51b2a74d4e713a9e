#pragma once

#include <QSize>
#include <QString>
#include <QWidget>

class QAbstractAxis;
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

// How values are spaced along a value axis: evenly, or a decade per step.
enum class YScale { Linear, Logarithmic };

// A new value axis for `scale`: a QLogValueAxis (base 10) labelled with the printf-style `logFormat`,
// or a QValueAxis labelled with `linearFormat`. The defaults print a decade as "1e-03" and a linear
// value with 3 significant digits. Unparented: QChart::addAxis takes ownership.
// The label format of an axis of whole numbers (iterations, epochs, batches), written once.
inline const QString kWholeNumberLabels = QStringLiteral("%d");

QAbstractAxis* makeValueAxis(YScale scale, const QString& logFormat = QStringLiteral("%.0e"),
                             const QString& linearFormat = QStringLiteral("%.3g"));

// What our chart widgets share: a QChart in an antialiased QChartView filling the widget, without
// animations (data streams in, and exports must not catch a half-drawn frame), and export as PNG or
// SVG. Subclasses add the series and compute their ranges with axis_range.h.
class ChartWidget : public QWidget {
    Q_OBJECT
public:
    QChartView* chartView() const { return m_view; }
    // The name a screen reader says for the chart (e.g. "Loss chart"). Its description says what the
    // chart shows now, in words and numbers: the title, the alert, each curve's last point; it is
    // brought up to date whenever the chart is drawn.
    void setChartName(const QString& name);
    QString accessibleSummary() const;
    // Writes the chart as PNG or SVG at `size` pixels (see exportChart); false with a sentence in `error`.
    bool exportImage(const QString& path, QSize size, QString* error) const;

    // The hover read-out line above the chart (the values under the mouse); empty without one.
    QString readout() const;
    // Shows the read-out for `x` in the chart's value coordinates, as hovering there does.
    void showReadoutAt(double x);

    // The sentence above the chart that says what went wrong (a diverged run); empty when hidden.
    // It wraps, so a narrow chart shows it whole, which a chart title would cut short. An exported
    // picture shows it under the title.
    QString alert() const;
    // Shows `sentence` in the alert colour above the chart, wrapped; an empty one hides the line.
    void setAlert(const QString& sentence);

protected:
    explicit ChartWidget(QWidget* parent = nullptr);

    QChart* chart() const { return m_chart; }
    // The widget's layout: the view, stretched. Subclasses may insert widgets around it.
    QVBoxLayout* chartLayout() const { return m_layout; }

    // Copy a computed range into a Qt Charts axis: ticks anchored at 0, `step` apart.
    // (Fewer ticks than asked where the axis is too short to label them: see fitLinearTicks.)
    void applyRange(QValueAxis* axis, const LinearAxisRange& range);
    // A log axis also gets no more ticks than its length can label (see readableIntervals), now and
    // whenever the plot area is resized.
    void applyRange(QLogValueAxis* axis, const LogAxisRange& range);
    // Whole-number ticks (epochs, iterations) over [min, max], about `intervals` of them.
    void applyWholeNumberRange(QValueAxis* axis, double min, double max, int intervals);

    // Puts a read-out line above the chart: moving the mouse over the plot area shows readoutText()
    // for the x under it. Call once, from the subclass's constructor.
    void enableReadout();
    void setReadoutText(const QString& text);
    // What the read-out says at `x` (value coordinates); an empty text leaves the line as it is.
    virtual QString readoutText(double x) const;
    bool eventFilter(QObject* watched, QEvent* event) override;
    // The chart takes the window's colours when shown and whenever the palette changes.
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    // Colours the chart from the widget's palette (the light one while a picture is rendered).
    void applyPalette();
    // The palette the chart is drawn in: the widget's, or an export's picture palette while one runs.
    QPalette chartPalette() const;

private:
    // Several decades per tick where the axis is too short to label each one readably.
    void fitLogTicks(QLogValueAxis* axis);
    // A wider step than asked for where the axis is too short to label each tick readably: Qt Charts
    // would run the labels together ("0 20406080") or elide them.
    void fitLinearTicks(QValueAxis* axis);
    void fitAllTicks();
    void updateAccessibleDescription();

    QChart* m_chart;
    QChartView* m_view;
    QVBoxLayout* m_layout;
    QLabel* m_readout = nullptr;
    QLabel* m_alert = nullptr;
    mutable QString m_titleHtml;  // the title accessibleSummary() last parsed,
    mutable QString m_titlePlain; // and its plain text
};

} // namespace bplab::ui
