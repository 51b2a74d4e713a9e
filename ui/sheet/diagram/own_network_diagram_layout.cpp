#include "ui/sheet/diagram/own_network_diagram_layout.h"

#include "ui/sheet/diagram/line_clipping.h"

#include <QFontMetricsF>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace bplab::ui {

double ownEdgePenWidth(double weight, double widest) {
    if (!std::isfinite(weight)) return 1.0;
    const double size = std::fabs(weight);
    return 1.0 + (widest - 1.0) * size / (size + 0.5);
}

namespace {

constexpr double kMargin = 4.0;    // around the picture
constexpr double kUnitGap = 6.0;   // between two units of a column, at least
constexpr double kTextPad = 4.0;   // inside a unit box, around its text
constexpr double kTargetGap = 6.0; // between an output and its target

QRectF centredBox(QPointF centre, double width, double height) {
    return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height);
}

// The units: one column per layer, every column on the same row pitch (the largest layer fills the
// height), smaller layers centred; two lines per unit where the pitch has room, else the value alone.
void placeOwnUnits(OwnNetworkDiagramLayout& layout, QSize size, const QFontMetricsF& metrics,
                   const OwnNetworkDiagramContent& content, double* pitch) {
    const double line = metrics.height();
    const std::size_t columns = content.unitValue.size();
    std::size_t largest = 1;
    for (const auto& layer : content.unitValue) largest = std::max(largest, layer.size());
    const double top = kMargin + line + 2, bottom = size.height() - kMargin;
    *pitch = std::max(1.0, (bottom - top) / static_cast<double>(largest));
    layout.namesInUnits = *pitch >= 2 * line + kTextPad + kUnitGap;
    const double boxHeight =
        layout.namesInUnits ? 2 * line + kTextPad : std::min(line + kTextPad, *pitch - 2);

    std::vector<double> width(columns, boxHeight);
    for (std::size_t l = 0; l < columns; ++l) {
        for (std::size_t j = 0; j < content.unitValue[l].size(); ++j) {
            double text = metrics.horizontalAdvance(content.unitValue[l][j]);
            if (layout.namesInUnits) text = std::max(text, metrics.horizontalAdvance(content.unitName[l][j]));
            width[l] = std::max(width[l], text + 2 * kTextPad);
        }
    }
    double targetWidth = 0;
    for (const QString& t : content.targetText)
        targetWidth = std::max(targetWidth, metrics.horizontalAdvance(t) + 4);
    const double left = kMargin + width.front() / 2;
    const double right = size.width() - kMargin - targetWidth - kTargetGap - width.back() / 2;
    layout.unitBox.assign(columns, {});
    for (std::size_t l = 0; l < columns; ++l) {
        const double x =
            columns > 1 ? left + (right - left) * static_cast<double>(l) / static_cast<double>(columns - 1)
                        : (left + right) / 2;
        const std::size_t count = content.unitValue[l].size();
        const double first = top + *pitch * (0.5 + static_cast<double>(largest - count) / 2);
        for (std::size_t j = 0; j < count; ++j)
            layout.unitBox[l].push_back(
                centredBox({x, first + *pitch * static_cast<double>(j)}, width[l], boxHeight));
        const double nameWidth = metrics.horizontalAdvance(content.layerName.at(l)) + 4;
        layout.layerNameBox.push_back(QRectF(x - nameWidth / 2, kMargin, nameWidth, line));
    }
    for (std::size_t j = 0; j < content.targetText.size() && j < layout.unitBox.back().size(); ++j) {
        const QRectF& output = layout.unitBox.back()[j];
        layout.targetBox.push_back(QRectF(output.right() + kTargetGap, output.center().y() - line / 2,
                                          metrics.horizontalAdvance(content.targetText[j]) + 4, line));
    }
}

// Each edge from its source's right side to its target's left side; bias nodes over the gap before their
// layer, in the row of the layer names, with an edge to each unit they feed.
void placeEdgesAndBiases(OwnNetworkDiagramLayout& layout, const QFontMetricsF& metrics,
                         const OwnNetworkDiagramContent& content, double pitch) {
    const double widest = std::clamp(pitch * 0.1, 2.0, 6.0);
    for (const OwnNetworkDiagramContent::Edge& e : content.edges) {
        const QRectF& from =
            layout.unitBox.at(static_cast<std::size_t>(e.layer - 1)).at(static_cast<std::size_t>(e.from));
        const QRectF& to =
            layout.unitBox.at(static_cast<std::size_t>(e.layer)).at(static_cast<std::size_t>(e.to));
        layout.edge.emplace_back(QPointF(from.right(), from.center().y()),
                                 QPointF(to.left(), to.center().y()));
        layout.edgeWidth.push_back(ownEdgePenWidth(e.weight, widest));
    }
    for (std::size_t b = 0; b < content.biases.size(); ++b) {
        const auto layer = static_cast<std::size_t>(content.biases[b].layer);
        const double x = (layout.unitBox.at(layer - 1).front().center().x() +
                          layout.unitBox.at(layer).front().center().x()) /
                         2;
        const QRectF node =
            centredBox({x, layout.layerNameBox.front().center().y()},
                       metrics.horizontalAdvance(content.biases[b].name) + 6, metrics.height());
        layout.biasNode.push_back(node);
        const std::vector<double>& values = content.biases[b].value;
        for (std::size_t j = 0; j < layout.unitBox[layer].size(); ++j) {
            const QRectF& unit = layout.unitBox[layer][j];
            const double value = values.empty() ? 0.0 : values[std::min(j, values.size() - 1)];
            layout.biasEdge.push_back(
                {static_cast<int>(b), static_cast<int>(j),
                 QLineF(QPointF(x, node.bottom()), QPointF(unit.left(), unit.center().y())),
                 ownEdgePenWidth(value, widest)});
        }
    }
}

// Puts weight labels on their edges where they fit: clear of everything drawn and of each other, and
// with no other edge through the label's middle (so it reads as this edge's label). Returns how many
// found room; `order` says who goes first.
class EdgeLabeller {
public:
    EdgeLabeller(const OwnNetworkDiagramLayout& layout, QSize size, const QFontMetricsF& metrics)
        : m_layout(layout)
        , m_bounds(0, 0, size.width(), size.height())
        , m_metrics(metrics) {
        for (const auto& column : layout.unitBox)
            for (const QRectF& box : column) m_obstacles.push_back(box.adjusted(-2, -2, 2, 2));
        for (const auto* list : {&layout.layerNameBox, &layout.targetBox, &layout.biasNode})
            m_obstacles.insert(m_obstacles.end(), list->begin(), list->end());
    }

    std::vector<std::optional<QRectF>> place(const std::vector<QString>& texts,
                                             const std::vector<std::size_t>& order) {
        std::vector<std::optional<QRectF>> boxes(texts.size());
        std::vector<QRectF> placed;
        for (std::size_t k : order) {
            boxes[k] = firstFree(k, texts[k], placed);
            if (boxes[k]) placed.push_back(*boxes[k]);
        }
        return boxes;
    }

private:
    std::optional<QRectF> firstFree(std::size_t k, const QString& text,
                                    const std::vector<QRectF>& placed) const {
        const QLineF& edge = m_layout.edge[k];
        const QRectF size = m_metrics.boundingRect(text).adjusted(-2, -1, 2, 1);
        for (double t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8}) {
            const QRectF box = centredBox(edge.pointAt(t), size.width(), size.height());
            if (fits(k, box, placed)) return box;
        }
        return std::nullopt;
    }

    bool fits(std::size_t k, const QRectF& box, const std::vector<QRectF>& placed) const {
        if (!m_bounds.contains(box)) return false;
        const auto hits = [&box](const QRectF& other) { return other.intersects(box); };
        if (std::any_of(m_obstacles.begin(), m_obstacles.end(), hits)) return false;
        if (std::any_of(placed.begin(), placed.end(), hits)) return false;
        const QRectF middle = centredBox(box.center(), box.width() / 2, box.height() / 2);
        for (std::size_t other = 0; other < m_layout.edge.size(); ++other)
            if (other != k && lengthInside(m_layout.edge[other], middle) > 0.0) return false;
        return true;
    }

    const OwnNetworkDiagramLayout& m_layout;
    QRectF m_bounds;
    const QFontMetricsF& m_metrics;
    std::vector<QRectF> m_obstacles;
};

void labelEdges(OwnNetworkDiagramLayout& layout, QSize size, const QFontMetricsF& metrics,
                const OwnNetworkDiagramContent& content) {
    EdgeLabeller labeller(layout, size, metrics);
    const std::size_t count = content.edges.size();
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::vector<QString> texts;
    for (const auto& e : content.edges) texts.push_back(e.fullText);
    layout.edgeLabelBox = labeller.place(texts, order);
    const bool allFit = std::all_of(layout.edgeLabelBox.begin(), layout.edgeLabelBox.end(),
                                    [](const auto& box) { return box.has_value(); });
    if (!allFit) {
        // Names only help where every edge has one; otherwise the values, as many as fit, the preferred
        // first.
        std::stable_partition(order.begin(), order.end(),
                              [&](std::size_t k) { return content.edges[k].preferred; });
        texts.clear();
        for (const auto& e : content.edges) texts.push_back(e.valueText);
        layout.edgeLabelBox = labeller.place(texts, order);
    }
    layout.edgeLabelText = std::move(texts);
}

} // namespace

OwnNetworkDiagramLayout layOutOwnNetworkDiagram(QSize size, const QFont& font,
                                                const OwnNetworkDiagramContent& content) {
    OwnNetworkDiagramLayout layout;
    if (content.unitValue.empty()) return layout;
    const QFontMetricsF metrics(font);
    double pitch = 0;
    placeOwnUnits(layout, size, metrics, content, &pitch);
    placeEdgesAndBiases(layout, metrics, content, pitch);
    labelEdges(layout, size, metrics, content);
    return layout;
}

} // namespace bplab::ui
