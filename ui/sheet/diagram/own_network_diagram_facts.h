#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace bplab::ui {

class SheetDocument;

// How an element of the diagram relates to the selected cell, as the table marks its cells.
enum class DiagramHighlight { None, Precedent, Current };

// One thing the diagram draws for a quantity of the shown row: a unit, a weight, a bias or a target.
struct OwnDiagramElement {
    QString label;               // "a²₁", "w²₁₂", "b²", "t₁": without the example suffix
    int quantity = -1;           // the quantity read for its value (of the shown example slot)
    std::optional<double> value; // empty: not computed yet in the shown row
    DiagramHighlight highlight = DiagramHighlight::None;
};

// A weight w^layer_to,from: the edge from unit `from` of layer − 1 to unit `to` of `layer`.
struct OwnDiagramWeight {
    int layer = 1;
    int to = 0;
    int from = 0;
    OwnDiagramElement element;
};

// The biases of one layer (1..L): one shared element, or one per unit.
struct OwnDiagramLayerBiases {
    int layer = 1;
    bool shared = false;
    std::vector<OwnDiagramElement> elements; // shared: one, feeding every unit of the layer
};

// What the diagram of the user's own network shows, read from the document as plain facts: the
// iteration of the selected row, the example slot the values belong to, each unit's activation, every
// weight, bias and target, and what the selected cell highlights. The painting, the description and
// the tooltips all read these, so they say the same.
struct OwnNetworkDiagramFacts {
    bool shown = false; // an own network is shown (else nothing else is filled)
    int iteration = 0;  // the row drawn
    int slot = 0;       // the example's place in the step (0-based)
    int slots = 1;      // examples per step
    int example = 0;    // which example of the training set that is (0-based)
    std::vector<std::vector<OwnDiagramElement>> units; // [layer][unit]: inputs x, then activations a
    std::vector<OwnDiagramWeight> weights;             // by layer, then [to][from]
    std::vector<OwnDiagramLayerBiases> biases;         // layers with biases, in order
    std::vector<OwnDiagramElement> targets;            // one per output unit
};

// The facts of `document` as shown now: the row the selection is on (its cell or given value; row 0
// without a selection) and the example slot of the selected quantity (slot 0 when it belongs to none).
// Before anything is computed, row 0 shows the spec's starting values.
OwnNetworkDiagramFacts readOwnNetworkDiagram(const SheetDocument& document);

// What a screen reader says: the iteration and example, each layer's units with their values (or
// "not computed yet"), the targets, the weights and the biases, numbers as the picture writes them.
QString describeOwnNetworkDiagram(const OwnNetworkDiagramFacts& facts);

} // namespace bplab::ui
