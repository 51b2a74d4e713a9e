#include "core/mnist/one_cycle_schedule.h"

#include <algorithm>
#include <cmath>

namespace bplab {

namespace {
constexpr double kPi = 3.14159265358979323846;
constexpr double kWarmupFraction = 0.3; // of all steps
constexpr double kStartDivisor = 25.0;  // start = peak / 25
constexpr double kEndDivisor = 1e4;     // end = start / 1e4
} // namespace

double oneCycleRate(double peak, long long step, long long totalSteps) {
    // Every operation in the order the trainer has always used, so training stays bit-identical.
    const double total = static_cast<double>(totalSteps);
    const double warmup = kWarmupFraction * total;
    const double start = peak / kStartDivisor, end = start / kEndDivisor;
    auto cosine = [](double from, double to, double fraction) {
        return to + (from - to) * (1.0 + std::cos(kPi * std::clamp(fraction, 0.0, 1.0))) / 2.0;
    };
    const double s = static_cast<double>(step);
    return s < warmup ? cosine(start, peak, s / warmup) : cosine(peak, end, (s - warmup) / (total - warmup));
}

} // namespace bplab
