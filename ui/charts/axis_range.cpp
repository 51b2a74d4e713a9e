#include "ui/charts/axis_range.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>

namespace bplab::ui {

namespace {
// The largest whole decade a double holds (10^309 overflows to infinity).
constexpr double kLargestDecade = 308.0;
// A label's own length plus the gap a reader needs between two labels.
constexpr double kLabelPitch = 1.8;
constexpr double kLargest = std::numeric_limits<double>::max();

// The smallest of `factors` × 10^k that is at least `rough` (> 0).
double roundUp(double rough, std::initializer_list<double> factors) {
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (double factor : factors) {
        if (factor * magnitude >= rough) return factor * magnitude;
    }
    return 10.0 * magnitude;
}
} // namespace

void ValueRange::add(double value) {
    if (!std::isfinite(value)) return;
    m_min = m_empty ? value : std::min(m_min, value);
    m_max = m_empty ? value : std::max(m_max, value);
    m_empty = false;
}

double niceStep(double rough) { return roundUp(rough, {1.0, 2.0, 2.5, 5.0, 10.0}); }

double wholeNumberStep(double span, int intervals) {
    return roundUp(std::max(1.0, span / std::max(1, intervals)), {1.0, 2.0, 5.0, 10.0});
}

LinearAxisRange linearAxisRange(const ValueRange& values, double lowBound, double highBound) {
    const double yMin = values.isEmpty() ? 0.0 : values.min();
    const double yMax = values.isEmpty() ? 1.0 : values.max();
    // A flat line gets a span of 0.1 % of its value (at least 1e-3), so it never sits on the frame.
    const double span = std::min(kLargest, std::max(yMax - yMin, 1e-3 * std::max(1.0, std::fabs(yMax))));
    LinearAxisRange range;
    range.step = niceStep(span / 5.0);
    range.min = std::max(lowBound, std::floor((yMin - 0.05 * span) / range.step) * range.step);
    range.max = std::min(highBound, std::ceil((yMax + 0.05 * span) / range.step) * range.step);
    // A diverging run near 1e308 pads or snaps past the largest double: an infinite axis range would
    // make Qt Charts lay out ticks forever.
    range.min = std::max(range.min, -kLargest);
    range.max = std::min(range.max, kLargest);
    if (range.max <= range.min) range.max = range.min + range.step; // values outside the bounds
    return range;
}

double LogAxisRange::base() const { return std::pow(10.0, decadesPerTick); }

int LogAxisRange::tickCount() const {
    const double decades = std::log10(max) - std::log10(min);
    return static_cast<int>(std::ceil(decades / decadesPerTick - 1e-9)) + 1;
}

LogAxisRange logAxisRange(const ValueRange& values, double floor, int maxIntervals) {
    LogAxisRange range;
    if (values.isEmpty()) return range;
    const double low = std::min(kLargestDecade - 1.0, std::floor(std::log10(std::max(values.min(), floor))));
    const double high = std::min(kLargestDecade, std::ceil(std::log10(std::max(values.max(), floor))));
    range.min = std::pow(10.0, low);
    range.max = std::pow(10.0, std::max(high, low + 1.0));
    range.decadesPerTick = decadesPerTick(range.min, range.max, maxIntervals);
    return range;
}

LogAxisRange logAxisRangeInside(const ValueRange& values, double floor, int maxIntervals) {
    LogAxisRange range = logAxisRange(values, floor, maxIntervals);
    if (values.isEmpty()) return range;
    constexpr double kSame = 1e-9; // 10^k computed and the value typed may differ in the last bits
    if (std::max(values.min(), floor) <= range.min * (1.0 + kSame) && range.min > floor) range.min /= 10.0;
    if (values.max() >= range.max * (1.0 - kSame) && range.max < 1e308) range.max *= 10.0;
    range.decadesPerTick = decadesPerTick(range.min, range.max, maxIntervals);
    return range;
}

LogAxisRange labelledAtBothEnds(LogAxisRange range) {
    range.min *= 1.0 - kLogMinimumSlack;
    return range;
}

int decadesPerTick(double min, double max, int maxIntervals) {
    const double decades = std::round(std::log10(max) - std::log10(min));
    return std::max(1, static_cast<int>(std::ceil(decades / std::max(1, maxIntervals))));
}

int readableIntervals(double lengthPixels, double labelPixels) {
    if (!(lengthPixels > 0.0) || !(labelPixels > 0.0)) return kMaxLogIntervals; // not laid out yet
    const double fit = std::floor(lengthPixels / (kLabelPitch * labelPixels));
    return static_cast<int>(std::clamp(fit, 1.0, static_cast<double>(kMaxLogIntervals)));
}

} // namespace bplab::ui
