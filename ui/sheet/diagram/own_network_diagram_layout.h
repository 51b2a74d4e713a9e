#pragma once

#include <QFont>
#include <QLineF>
#include <QRectF>
#include <QSize>
#include <QString>

#include <optional>
#include <vector>

namespace bplab::ui {

// What the own-network diagram writes, which its layout makes room for.
struct OwnNetworkDiagramContent {
    std::vector<std::vector<QString>> unitName;  // [layer][unit]: "x₁", "a²₁"
    std::vector<std::vector<QString>> unitValue; // [layer][unit]: "0.5933", or "–" when not computed
    std::vector<QString> layerName;              // over each column: "x", "a¹", …
    std::vector<QString> targetText;             // right of each output: "t₁ 0.01"
    struct Edge {
        int layer = 1; // from unit `from` of layer − 1 to unit `to` of `layer`
        int to = 0;
        int from = 0;
        double weight = 0.0;
        QString fullText;       // "w²₁₂ 0.15": used when every edge has room for it
        QString valueText;      // "0.15": otherwise, where it fits
        bool preferred = false; // labelled first (the selected weight and those it reads)
    };
    std::vector<Edge> edges;
    // Each layer (1..L) with biases, and its node's text ("b²").
    struct Bias {
        int layer = 1;
        QString name;
        std::vector<double> value; // one (shared by the layer's units) or one per unit; 0 if none
    };
    std::vector<Bias> biases;
};

// Where everything goes at one size, in pixels from the top left corner.
struct OwnNetworkDiagramLayout {
    bool namesInUnits =
        false; // two-line units (name over value) where the rows have room, else the value alone
    std::vector<std::vector<QRectF>> unitBox; // [layer][unit]
    std::vector<QRectF> layerNameBox;         // over each column
    std::vector<QRectF> targetBox;            // right of each output unit
    std::vector<QLineF> edge;      // as content.edges: from the source's right to the target's left
    std::vector<double> edgeWidth; // pen width: grows with |w|
    std::vector<std::optional<QRectF>> edgeLabelBox; // empty: no room for this edge's label
    std::vector<QString> edgeLabelText;              // the text written in each box
    std::vector<QRectF> biasNode;                    // as content.biases: over the gap before its layer
    struct BiasEdge {
        int bias = 0; // index into biasNode
        int unit = 0; // the unit of the bias's layer it feeds
        QLineF line;
        double width = 1.0; // pen width: grows with |b| as the weights' with |w|
    };
    std::vector<BiasEdge> biasEdge;
};

// The pen width of an edge of weight `weight` when the widest may be `widest` px: 1 px for 0, growing
// with |w| towards `widest` (half-way at |w| = 0.5), so every two weights of different size keep their
// order; 1 px for a value that is not finite.
double ownEdgePenWidth(double weight, double widest);

// Lays the diagram out at `size` for labels written in `font`. Layers in columns from left (inputs) to
// right (outputs), each column's units centred on one shared row pitch; the layer names above; bias
// nodes over the gap before their layer; targets right of the outputs. Weight labels sit on their
// edges, never overlapping each other, a unit, a name, a bias node or a target, nor leaving the picture:
// all with names where all fit, else values alone, the preferred ones first, and any without room dropped.
OwnNetworkDiagramLayout layOutOwnNetworkDiagram(QSize size, const QFont& font,
                                                const OwnNetworkDiagramContent& content);

} // namespace bplab::ui
