#include "ui/sheet/diagram/line_clipping.h"

#include <algorithm>
#include <array>
#include <utility>

namespace bplab::ui {

double lengthInside(const QLineF& line, const QRectF& box) {
    const double dx = line.dx(), dy = line.dy();
    double enter = 0.0, leave = 1.0;
    const std::array<std::pair<double, double>, 4> sides{{{-dx, line.x1() - box.left()},
                                                          {dx, box.right() - line.x1()},
                                                          {-dy, line.y1() - box.top()},
                                                          {dy, box.bottom() - line.y1()}}};
    for (const auto& [p, q] : sides) {
        if (p == 0.0) {
            if (q < 0.0) return 0.0; // parallel to this side and outside it
            continue;
        }
        const double t = q / p;
        if (p < 0.0)
            enter = std::max(enter, t);
        else
            leave = std::min(leave, t);
    }
    return leave > enter ? (leave - enter) * line.length() : 0.0;
}

} // namespace bplab::ui
