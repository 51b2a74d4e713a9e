#include "ui/sheet/diagram/network_diagram_layout.h"

#include "ui/sheet/diagram/line_clipping.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace bplab::ui {

double edgePenWidth(double weight) {
    return std::isfinite(weight) ? std::clamp(1.0 + 4.0 * std::fabs(weight), 1.0, 9.0) : 1.0;
}

namespace {

// The six units on two rows and three columns, the radius following the smaller side.
void placeUnits(NetworkDiagramLayout& layout, QSize size, const QFontMetricsF& metrics, bool title) {
    const double radius = std::clamp(std::min(size.width(), size.height()) * 0.08, 12.0, 22.0);
    // The title line of weight-change mode takes room at the top: the top row (and its labels) moves under
    // it.
    const double titleHeight = title ? metrics.height() : 0.0;
    const double left = radius + 34, right = size.width() - radius - 64;
    const double top = radius + 22 + titleHeight, bottom = size.height() - radius - 22;
    layout.unitRadius = radius;
    layout.unitCentre = {QPointF(left, top),
                         QPointF(left, bottom),
                         QPointF((left + right) / 2, top),
                         QPointF((left + right) / 2, bottom),
                         QPointF(right, top),
                         QPointF(right, bottom)};
    layout.titleBaseline = QPointF(4, metrics.ascent() + 2);
}

// Weight k's label, on its edge where the edge is long enough to show around it, else beside it.
NetworkDiagramEdgeLabel placeEdgeLabel(const NetworkDiagramLayout& layout, std::size_t k, QSize size,
                                       const QFontMetricsF& metrics, const NetworkDiagramContent& content) {
    const QPointF a = layout.edge[k].p1(), b = layout.edge[k].p2();
    const QPointF unit = (b - a) / QLineF(a, b).length();
    const QLineF visible(a + unit * layout.unitRadius, b - unit * layout.unitRadius);
    const QString& text = content.edgeText[k];
    // Straight edges are labelled in the middle; crossing ones near their own end, so the two labels of a
    // crossing never collide.
    const bool straight = a.y() == b.y();
    const QPointF on = a + (b - a) * (straight ? 0.5 : (kNetworkEdges[k].second >= 4 ? 0.72 : 0.28));
    QRectF box = metrics.boundingRect(text).adjusted(-2, -1, 2, 1);
    box.moveCenter(on);
    if (lengthInside(visible, box) > 0.5 * visible.length()) {
        // The edge is too short to show around its label: move it beside the edge, away from the middle of
        // the picture (above the top row, below the bottom one), clear of the pen.
        const QPointF middle(size.width() / 2.0, size.height() / 2.0);
        QPointF normal(-unit.y(), unit.x());
        if (QPointF::dotProduct(on - middle, normal) < 0) normal = -normal;
        const double clearance = std::fabs(normal.x()) * box.width() / 2 +
                                 std::fabs(normal.y()) * box.height() / 2 +
                                 (edgePenWidth(content.weight[k]) + kEdgeHighlightExtra) / 2 + 1;
        box.moveCenter(on + normal * clearance);
    }
    return {text, box, visible};
}

// Each bias node on the vertical between the two units it feeds (b1: h1, h2; b2: o1, o2), so its edges
// cross no weight; its value to the right.
void placeBiases(NetworkDiagramLayout& layout, const QFontMetricsF& metrics,
                 const NetworkDiagramContent& content) {
    const double side = layout.unitRadius * 1.3;
    for (std::size_t b = 0; b < 2; ++b) {
        const QPointF at = (layout.unitCentre[2 + 2 * b] + layout.unitCentre[3 + 2 * b]) / 2;
        layout.biasCentre[b] = at;
        layout.biasNode[b] = QRectF(at.x() - side / 2, at.y() - side / 2, side, side);
        if (content.biasValue[b].isEmpty()) continue;
        QRectF box = metrics.boundingRect(content.biasValue[b]).adjusted(-2, -1, 2, 1);
        box.moveCenter(at + QPointF(side / 2 + 6 + box.width() / 2, 0));
        layout.biasValueBox[b] = box;
    }
}

} // namespace

NetworkDiagramLayout layOutNetworkDiagram(QSize size, const QFont& font,
                                          const NetworkDiagramContent& content) {
    const QFontMetricsF metrics(font);
    NetworkDiagramLayout layout;
    placeUnits(layout, size, metrics, content.title);
    const double radius = layout.unitRadius;
    for (std::size_t n = 0; n < layout.unitCentre.size(); ++n) {
        if (content.unitValue[n].isEmpty()) continue;
        const QPointF c = layout.unitCentre[n];
        QRectF box = metrics.boundingRect(content.unitValue[n]).adjusted(-2, 0, 2, 0);
        box.moveTopLeft(QPointF(c.x() - box.width() / 2, c.y() + radius + 1));
        layout.unitValueBox[n] = box;
    }
    for (std::size_t k = 0; k < kNetworkEdges.size(); ++k) {
        layout.edge[k] = QLineF(layout.unitCentre[static_cast<std::size_t>(kNetworkEdges[k].first)],
                                layout.unitCentre[static_cast<std::size_t>(kNetworkEdges[k].second)]);
    }
    for (std::size_t k = 0; k < kNetworkEdges.size(); ++k) {
        layout.edgeLabel[k] = placeEdgeLabel(layout, k, size, metrics, content);
    }
    placeBiases(layout, metrics, content);
    for (std::size_t k = 0; k < 2; ++k) {
        const QPointF c = layout.unitCentre[4 + k]; // beside o1, o2
        layout.targetBaseline[k] = QPointF(c.x() + radius + 4, c.y() + metrics.ascent() / 2);
    }
    return layout;
}

} // namespace bplab::ui
