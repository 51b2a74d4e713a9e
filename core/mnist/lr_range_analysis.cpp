// The arithmetic of the learning-rate range test, without LibTorch (the run is in
// libtorch/lr_range_test.cpp), so a test checks it against hand computation.
#include "core/mnist/lr_range_test.h"

#include <cmath>
#include <locale>
#include <sstream>
#include <stdexcept>
#include <string>

namespace bplab {

namespace {
// "1e-05", "10": as short as the number allows (std::to_string would write 0.000010).
std::string shown(double value) {
    std::ostringstream text;
    text << value;
    return text.str();
}
} // namespace

void validate(const LrRangeSettings& s) {
    if (!std::isfinite(s.from) || s.from <= 0.0) {
        throw std::invalid_argument("the first rate must be a number above 0, not " + shown(s.from));
    }
    if (!std::isfinite(s.to) || s.to <= s.from) {
        throw std::invalid_argument("the last rate must be a number above the first (" + shown(s.from) +
                                    "), not " + shown(s.to));
    }
    if (s.batches < 2) {
        throw std::invalid_argument("the test needs at least 2 batches to draw a curve, not " +
                                    std::to_string(s.batches));
    }
    if (!(s.smoothing >= 0.0 && s.smoothing < 1.0) || !(s.blowUpFactor > 1.0)) {
        throw std::invalid_argument("the smoothing must be in [0, 1) and the blow-up factor above 1");
    }
}

double rangeTestRate(const LrRangeSettings& s, int index) {
    const double fraction = static_cast<double>(index) / (s.batches - 1);
    return s.from * std::pow(s.to / s.from, fraction);
}

void smoothLosses(std::vector<LrRangePoint>& points, double smoothing) {
    double average = 0.0;
    double weight = 1.0; // β^k
    for (LrRangePoint& point : points) {
        average = smoothing * average + (1.0 - smoothing) * point.loss;
        weight *= smoothing;
        // The average starts at 0: dividing by 1 − β^k removes that pull towards 0 (Adam's bias correction).
        point.smoothed = average / (1.0 - weight);
    }
}

bool blowsUp(double smoothed, double minimumSoFar, double factor) {
    return !std::isfinite(smoothed) || smoothed > factor * minimumSoFar;
}

std::string lrRangeCsv(const LrRangeResult& result) {
    std::ostringstream csv;
    csv.imbue(std::locale::classic()); // a decimal point whatever the user's locale
    csv.precision(17);
    csv << "batch,learning_rate,loss,smoothed_loss\n";
    for (std::size_t i = 0; i < result.points.size(); ++i) {
        const LrRangePoint& p = result.points[i];
        csv << i + 1 << ',' << p.rate << ',' << p.loss << ',' << p.smoothed << '\n';
    }
    return csv.str();
}

void analyse(LrRangeResult& result) {
    const auto& p = result.points;
    result.minimum = result.steepest = -1;
    result.suggestedRate = 0.0;
    if (p.empty()) return;
    int minimum = 0;
    for (int i = 1; i < static_cast<int>(p.size()); ++i) {
        if (p[static_cast<std::size_t>(i)].smoothed < p[static_cast<std::size_t>(minimum)].smoothed)
            minimum = i;
    }
    result.minimum = minimum;
    result.suggestedRate = p[static_cast<std::size_t>(minimum)].rate / 10.0;
    // Slope between each point and the next, on a log rate axis; the steepest fall lies before the
    // minimum (after it, the curve only rises).
    double steepestSlope = 0.0;
    for (int i = 0; i < minimum; ++i) {
        const LrRangePoint& a = p[static_cast<std::size_t>(i)];
        const LrRangePoint& b = p[static_cast<std::size_t>(i + 1)];
        const double slope = (b.smoothed - a.smoothed) / (std::log(b.rate) - std::log(a.rate));
        if (slope < steepestSlope) {
            steepestSlope = slope;
            result.steepest = i;
        }
    }
}

} // namespace bplab
