#include "core/sheet/landscape/landscape_contours.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace bplab {

double LevelScale::fraction(double value) const {
    if (std::isnan(value)) return value;
    if (high <= low) return 0.5;
    const double f = logarithmic ? (std::log10(std::max(value, low)) - std::log10(low)) /
                                       (std::log10(high) - std::log10(low))
                                 : (value - low) / (high - low);
    return std::clamp(f, 0.0, 1.0);
}

double LevelScale::valueAt(double f) const {
    if (logarithmic) return std::pow(10.0, std::log10(low) + f * (std::log10(high) - std::log10(low)));
    return low + f * (high - low);
}

LevelScale levelScaleOf(const LossGrid& grid) {
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (double loss : grid.losses) {
        if (!std::isfinite(loss)) continue;
        low = std::min(low, loss);
        high = std::max(high, loss);
    }
    if (!(low <= high)) return {};
    LevelScale scale{low, high, false};
    scale.logarithmic = low > 0.0 && std::log10(high / low) > kLogScaleDecades;
    return scale;
}

std::vector<double> contourLevels(const LevelScale& scale, int count) {
    std::vector<double> levels;
    if (scale.high <= scale.low) return levels;
    for (int k = 1; k <= count; ++k) levels.push_back(scale.valueAt(static_cast<double>(k) / (count + 1)));
    return levels;
}

std::vector<ContourSegment> contourSegments(const LossGrid& grid, double level) {
    std::vector<ContourSegment> segments;
    // The point on the edge from (x1, y1) with value v1 to (x2, y2) with v2 where the value is `level`.
    struct Crossing {
        double x, y;
    };
    auto cross = [level](double x1, double y1, double v1, double x2, double y2, double v2) {
        const double t = (level - v1) / (v2 - v1);
        return Crossing{x1 + t * (x2 - x1), y1 + t * (y2 - y1)};
    };
    for (int j = 0; j + 1 < grid.size; ++j) {
        for (int i = 0; i + 1 < grid.size; ++i) {
            const double v00 = grid.at(i, j), v10 = grid.at(i + 1, j);
            const double v01 = grid.at(i, j + 1), v11 = grid.at(i + 1, j + 1);
            if (std::isnan(v00) || std::isnan(v10) || std::isnan(v01) || std::isnan(v11)) continue;
            const bool h00 = v00 >= level, h10 = v10 >= level, h01 = v01 >= level, h11 = v11 >= level;
            // Edges in order: bottom (00–10), right (10–11), top (01–11), left (00–01).
            std::array<Crossing, 4> found{};
            int n = 0;
            if (h00 != h10) found[n++] = cross(i, j, v00, i + 1, j, v10);
            if (h10 != h11) found[n++] = cross(i + 1, j, v10, i + 1, j + 1, v11);
            if (h01 != h11) found[n++] = cross(i, j + 1, v01, i + 1, j + 1, v11);
            if (h00 != h01) found[n++] = cross(i, j, v00, i, j + 1, v01);
            if (n == 2) {
                segments.push_back({found[0].x, found[0].y, found[1].x, found[1].y});
            } else if (n == 4) {
                // A saddle: if the centre is on v00's side, v00 joins v11 through it and the line cuts
                // off the corners 10 and 01; else it cuts off 00 and 11.
                const bool centreHigh = (v00 + v10 + v01 + v11) / 4.0 >= level;
                if (centreHigh == h00) {
                    segments.push_back({found[0].x, found[0].y, found[1].x, found[1].y});
                    segments.push_back({found[2].x, found[2].y, found[3].x, found[3].y});
                } else {
                    segments.push_back({found[0].x, found[0].y, found[3].x, found[3].y});
                    segments.push_back({found[1].x, found[1].y, found[2].x, found[2].y});
                }
            }
        }
    }
    return segments;
}

} // namespace bplab
