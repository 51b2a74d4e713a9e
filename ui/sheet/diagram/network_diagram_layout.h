#pragma once

#include "core/sheet/sheet_cells.h"

#include <QFont>
#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QString>

#include <array>
#include <utility>

namespace bplab::ui {

// The six units of the 2-2-2 network, in the order the diagram and its description list them (index
// 0..5: i1, i2, h1, h2, o1, o2), each with the quantity written under it: the input, or the activation.
struct NetworkUnit {
    const char* name;
    int valueQuantity;
};
inline constexpr std::array<NetworkUnit, 6> kNetworkUnits{{{"i1", quantity::i1},
                                                           {"i2", quantity::i2},
                                                           {"h1", quantity::a_h1},
                                                           {"h2", quantity::a_h2},
                                                           {"o1", quantity::a_o1},
                                                           {"o2", quantity::a_o2}}};
// Weight k (w1..w8) runs from unit kNetworkEdges[k].first to unit kNetworkEdges[k].second.
inline constexpr std::array<std::pair<int, int>, 8> kNetworkEdges{
    {{0, 2}, {1, 2}, {0, 3}, {1, 3}, {2, 4}, {3, 4}, {2, 5}, {3, 5}}};

// An edge's pen width: thicker for a larger |w|. A highlighted edge is drawn kEdgeHighlightExtra px wider
// under it; labels beside an edge keep clear of both.
double edgePenWidth(double weight);
inline constexpr double kEdgeHighlightExtra = 7.0;

// A weight's label: its text ("w5 0.4", "Δw5 −0.01"), its box, and the visible part of its edge (between
// the two units' circles).
struct NetworkDiagramEdgeLabel {
    QString text;
    QRectF box;
    QLineF visibleEdge;
};

// What the diagram writes. The texts decide the labels' sizes, so where they go.
struct NetworkDiagramContent {
    bool title = false;               // weight-change mode writes a title line at the top
    std::array<QString, 8> edgeText;  // "w5 0.4", or "Δw5 −0.01" in weight-change mode
    std::array<double, 8> weight{};   // w1..w8 (their pen width, which labels keep clear of); 0 if none
    std::array<QString, 6> unitValue; // written under each unit; empty: nothing written
    std::array<QString, 2> biasValue; // beside b1, b2; empty: the bias nodes are not drawn
};

// Where everything of the diagram goes at one size, in pixels from the top left corner.
struct NetworkDiagramLayout {
    QPointF titleBaseline;                            // where the weight-change title starts
    double unitRadius = 0;                            // of every unit's circle
    std::array<QPointF, 6> unitCentre;                // kNetworkUnits order
    std::array<QRectF, 6> unitValueBox;               // under each unit; empty without a value
    std::array<QLineF, 8> edge;                       // w1..w8, centre to centre
    std::array<NetworkDiagramEdgeLabel, 8> edgeLabel; // w1..w8
    std::array<QPointF, 2> biasCentre;                // b1 between h1 and h2, b2 between o1 and o2
    std::array<QRectF, 2> biasNode;                   // the square drawn around each bias centre
    std::array<QRectF, 2> biasValueBox;               // right of each node; empty without biases
    std::array<QPointF, 2> targetBaseline;            // where "t1 …", "t2 …" start, right of o1, o2
};

// Lays the diagram out at `size` for labels written in `font`. Inputs left, hidden units in the middle,
// outputs right; first units on the top row, second ones on the bottom row; room left and right for
// the value and target labels, and for the title line in weight-change mode.
NetworkDiagramLayout layOutNetworkDiagram(QSize size, const QFont& font,
                                          const NetworkDiagramContent& content);

} // namespace bplab::ui
