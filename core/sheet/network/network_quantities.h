#pragma once

#include "core/sheet/sheet_cells.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace bplab {

// What a quantity of a network's row is. Inputs x are layer 0's activations; the outputs are layer L's.
enum class QuantityKind {
    LearningRate,  // η
    Input,         // x_j of an example
    Target,        // t_j of an example
    Weight,        // w^l_jk, this row's (before its update)
    Bias,          // b^l_j, or the shared b^l
    PreActivation, // z^l_j of an example
    Activation,    // a^l_j of an example
    OutputLoss,    // E_j of an example
    TotalLoss,     // E_total of the step
    Delta,         // δ^l_j = ∂E/∂z^l_j of an example
    WeightPartial, // ∂E/∂w^l_jk over the step's examples
    BiasPartial,   // ∂E/∂b^l_j (or ∂E/∂b^l)
    WeightUpdate,  // w^l_jk′ = w − η·∂E/∂w
    BiasUpdate     // b^l_j′
};

// One column of a network's sheet.
//
// Naming (ids are ASCII for CSV files and templates; labels are what a student reads, with Unicode
// superscript layer and subscript unit numbers; units and examples are counted from 1):
//   weight       id w{l}_{j}{k}      label w²₁₂     layer l, to unit j, from unit k of layer l − 1
//   bias         id b{l}_{j}         label b²₁      per unit;  shared: id b{l}, label b² (the seed's b1, b2)
//   input        id x{j}             label x₁       layer 0
//   target       id t{j}             label t₁
//   z, a         id z{l}_{j}, a{l}_{j}  labels z²₁, a²₁
//   output loss  id E{j}             label E₁
//   total loss   id E_total          label E_total
//   error        id d{l}_{j}         label δ²₁
//   partials     id dE_dw{l}_{j}{k}, dE_db{l}_{j}, dE_db{l}   labels ∂E/∂w²₁₂, ∂E/∂b²₁, ∂E/∂b²
//   updates      id w{l}_{j}{k}_new, b{l}_{j}_new, b{l}_new   labels w²₁₂′, b²₁′, b²′
//   η            id eta              label η
// When a step uses more than one example, a per-example quantity carries the example's place in the
// step: id a2_1@3, label a²₁[3] (the step's third example; NetworkSheet::examplesOfRow says which
// example of the training set that is in a given row).
struct NetworkQuantity {
    std::string id;
    std::string label;
    Stage stage = Stage::Given;
    QuantityKind kind = QuantityKind::LearningRate;
    int layer = -1;    // 0 = inputs … L = outputs; -1 when it belongs to no layer (η, E_total)
    int unit = -1;     // unit of `layer` (0-based); for a weight the unit it feeds; -1 for a shared bias
    int fromUnit = -1; // for weights (and their partials and updates): the unit of layer − 1 (0-based)
    int example = -1;  // place in the step (0-based) of a per-example quantity, else -1
};

// Where each quantity of a network's row is, by what it is. Filled by the cell builder as it adds
// the quantities in evaluation order; the vectors are indexed by layer, example slot, unit as named.
struct NetworkIndex {
    int eta = -1;
    int totalLoss = -1;
    std::vector<std::vector<int>> target;                     // [slot][unit]
    std::vector<std::vector<int>> outputLoss;                 // [slot][unit]
    std::vector<std::vector<std::vector<int>>> z, a, delta;   // [layer][slot][unit]; a[0] = inputs
    std::vector<std::vector<std::vector<int>>> weight;        // [layer][to][from], layer 0 empty
    std::vector<std::vector<std::vector<int>>> weightPartial; // (when learned) as weight
    std::vector<std::vector<std::vector<int>>> weightUpdate;
    std::vector<std::vector<int>> bias, biasPartial, biasUpdate; // [layer][unit, or 0 when shared]
};

// The table of a network's quantities: the columns of its sheet, in evaluation order (given values
// first). Looks ids up for templates and CSV headers.
class NetworkQuantities {
public:
    int add(NetworkQuantity quantity);
    int size() const { return static_cast<int>(m_list.size()); }
    const NetworkQuantity& operator[](int index) const { return m_list[static_cast<std::size_t>(index)]; }
    const std::vector<NetworkQuantity>& list() const { return m_list; }
    // Index of the quantity with this id, or -1.
    int indexOf(std::string_view id) const;

private:
    std::vector<NetworkQuantity> m_list;
    std::unordered_map<std::string, int> m_byId;
};

// "²" for 2, "₁₂" for 12: the digits of a non-negative number as superscripts or subscripts.
std::string superscript(int number);
std::string subscript(int number);

// The quantity descriptions of the naming above; `slot` is the example's place in the step (0-based)
// and `slots` the number of examples a step uses (no suffix when 1). Layers and units as in NetworkQuantity.
NetworkQuantity inputQuantity(int unit, int slot, int slots);
NetworkQuantity targetQuantity(int unit, int slot, int slots);
NetworkQuantity unitQuantity(QuantityKind kind, int layer, int unit, int slot, int slots); // z, a, δ
NetworkQuantity outputLossQuantity(int unit, int slot, int slots);
NetworkQuantity weightQuantity(QuantityKind kind, int layer, int to, int from); // w, ∂E/∂w, w′
NetworkQuantity biasQuantity(QuantityKind kind, int layer, int unit);           // unit -1: shared

} // namespace bplab
