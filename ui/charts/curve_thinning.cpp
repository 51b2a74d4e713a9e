#include "ui/charts/curve_thinning.h"

#include <algorithm>

namespace bplab::ui {

QList<QPointF> thinned(const QList<QPointF>& points) {
    if (points.size() <= kMaxDrawnPoints) return points;
    const qsizetype bucket = (points.size() + kMaxDrawnPoints / 2 - 1) / (kMaxDrawnPoints / 2);
    QList<QPointF> result;
    result.reserve(kMaxDrawnPoints + 2);
    for (qsizetype start = 0; start < points.size(); start += bucket) {
        const qsizetype end = std::min(points.size(), start + bucket);
        qsizetype low = start, high = start;
        for (qsizetype i = start + 1; i < end; ++i) {
            if (points[i].y() < points[low].y()) low = i;
            if (points[i].y() > points[high].y()) high = i;
        }
        result.append(points[std::min(low, high)]);
        if (low != high) result.append(points[std::max(low, high)]);
    }
    if (result.last() != points.last()) result.append(points.last());
    return result;
}

} // namespace bplab::ui
