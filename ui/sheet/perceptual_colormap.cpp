#include "ui/sheet/perceptual_colormap.h"

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

} // namespace bplab::ui
