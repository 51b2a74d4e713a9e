#include "ui/common/colour_scales.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace bplab::ui {

QColor viridis(double fraction) {
    // Nine samples of matplotlib's viridis at 0, 1/8, …, 1; linear between them (the map is nearly
    // linear in RGB over an eighth).
    static constexpr std::array<std::array<int, 3>, 9> kStops{{{68, 1, 84},
                                                               {72, 40, 120},
                                                               {62, 73, 137},
                                                               {49, 104, 142},
                                                               {38, 130, 142},
                                                               {31, 158, 137},
                                                               {53, 183, 121},
                                                               {110, 206, 88},
                                                               {253, 231, 37}}};
    const double f = std::clamp(std::isnan(fraction) ? 0.0 : fraction, 0.0, 1.0) * (kStops.size() - 1);
    const std::size_t low = std::min(static_cast<std::size_t>(f), kStops.size() - 2);
    const double t = f - static_cast<double>(low);
    auto mix = [&](std::size_t channel) {
        return static_cast<int>(
            std::lround(kStops[low][channel] + t * (kStops[low + 1][channel] - kStops[low][channel])));
    };
    return {mix(0), mix(1), mix(2)};
}

QColor diverging(double signedFraction) {
    // ColorBrewer's RdBu end colours, mixed linearly with white: light tints stay distinguishable.
    static constexpr std::array<int, 3> kBlue{33, 102, 172};
    static constexpr std::array<int, 3> kRed{178, 24, 43};
    const double f = std::clamp(std::isnan(signedFraction) ? 0.0 : signedFraction, -1.0, 1.0);
    const auto& end = f < 0.0 ? kBlue : kRed;
    const double t = std::abs(f);
    auto mix = [&](std::size_t channel) { return static_cast<int>(std::lround(255.0 + t * (end[channel] - 255.0))); };
    return {mix(0), mix(1), mix(2)};
}

} // namespace bplab::ui
