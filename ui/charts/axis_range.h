#pragma once

// The arithmetic behind our chart axes, written once for every chart: which values count, how far a
// range is padded, where ticks fall. Plain C++ so it is tested without a chart; the chart widgets
// only copy the results into their Qt Charts axes.

namespace bplab::ui {

// The smallest loss or value a log axis shows; exact zeros (a converged network) are drawn there.
inline constexpr double kLogFloor = 1e-16;
// The most intervals between labelled ticks on a log axis, however tall the chart: more labels than
// this stop being read.
inline constexpr int kMaxLogIntervals = 8;

// Minimum and maximum of the finite values added. NaN and ±inf are skipped: Qt Charts would stretch
// an axis to them (or draw garbage), and a diverged run is shown as a state of its own.
class ValueRange {
public:
    void add(double value);
    bool isEmpty() const { return m_empty; }
    double min() const { return m_min; } // meaningful only when not empty
    double max() const { return m_max; }

private:
    bool m_empty = true;
    double m_min = 0.0;
    double m_max = 0.0;
};

// The smallest of 1, 2, 2.5, 5 × 10^k that is at least `rough` (> 0): a tick step that reads well.
double niceStep(double rough);

// A tick step for whole numbers (epochs, iterations): 1, 2 or 5 × 10^k, at least 1, giving at most
// about `intervals` intervals over `span`. (No 2.5: "%d" labels would round 2.5 and 7.5.)
double wholeNumberStep(double span, int intervals);

struct LinearAxisRange {
    double min = 0.0;
    double max = 1.0;
    double step = 0.2; // tick interval, anchored at 0
};

// A range snapped to niceStep ticks with 5 % padding around the values, kept within [lowBound,
// highBound] (accuracy: 0..100). A flat line (min == max) is padded so it stays visible; no values
// give 0..1.
LinearAxisRange linearAxisRange(const ValueRange& values, double lowBound, double highBound);

struct LogAxisRange {
    double min = 1e-3; // a power of ten
    double max = 1.0;  // a power of ten, above min
    int decadesPerTick = 1;
    double base() const;   // the log axis' base: 10^decadesPerTick
    int tickCount() const; // ticks from min to max, both ends included
};

// Whole decades around the values (so a loss falling from 2.3 to 0.02 reads as the two decades it
// is), values below `floor` raised to it, and none above 1e308 (10^309 is no double). One tick per
// decade until the range spans more than `maxIntervals` decades (a diverging run can span hundreds):
// then several decades per tick, at most maxIntervals + 1 ticks. No values give 1e-3..1.
LogAxisRange logAxisRange(const ValueRange& values, double floor = kLogFloor,
                          int maxIntervals = kMaxLogIntervals);

// For a line that must never run along the plot's edge (a learning rate on an axis of its own):
// logAxisRange, then a decade more at each end where a value sits on it, so even a flat line lies
// between labelled ticks. A constant 0.1 reads 0.01 … 1; a one-cycle schedule's 0.004 … 0.1 reads
// 0.001 … 1.
LogAxisRange logAxisRangeInside(const ValueRange& values, double floor = kLogFloor,
                                int maxIntervals = kMaxLogIntervals);

// Qt Charts 6.4 drops the label of a log axis' lowest tick when that tick lies exactly on the axis'
// minimum (its position computes a hair outside the plot), so a range of whole decades showed one
// label fewer than it has: the minimum handed to the axis lies this fraction below the decade.
inline constexpr double kLogMinimumSlack = 1e-9;
// `range` with its minimum lowered by kLogMinimumSlack: what a QLogValueAxis is given.
LogAxisRange labelledAtBothEnds(LogAxisRange range);

// Decades per tick so that [min, max] (powers of ten) has at most `maxIntervals` intervals.
int decadesPerTick(double min, double max, int maxIntervals);

// How many intervals an axis `lengthPixels` long can label with labels `labelPixels` long (height on
// a vertical axis, width on a horizontal one) without Qt Charts eliding them to "...": each label
// gets itself and about as much gap again. Between 1 and kMaxLogIntervals.
int readableIntervals(double lengthPixels, double labelPixels);

} // namespace bplab::ui
