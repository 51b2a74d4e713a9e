#pragma once

#include "ui/sheet/diagram/network_diagram.h"

#include <QString>

#include <array>
#include <optional>

namespace bplab::ui {

// What the network diagram draws, as plain facts: the iteration, its row, which units have a value yet.
struct NetworkDiagramFacts {
    int iteration = 0;
    std::optional<RowValues> row;       // the row drawn; none: nothing to draw
    std::array<bool, 6> unitComputed{}; // i1, i2, h1, h2, o1, o2: whether its value is shown
    bool biases = false;                // whether b1 and b2 are drawn
    std::optional<NetworkDiagram::WeightChanges> changes; // weight-change mode (time travel)
};

// The diagram as a screen reader says it (its accessible description): the iteration, each unit with
// its value or "not computed yet", the targets, the eight weights and the biases with their values;
// in weight-change mode the eight Δw instead. Numbers as the picture writes them (formatShort).
QString describeNetworkDiagram(const NetworkDiagramFacts& facts);

// A value as the diagram writes it: formatShort's digits with the locale's decimal sign.
QString diagramNumber(double value);

} // namespace bplab::ui
