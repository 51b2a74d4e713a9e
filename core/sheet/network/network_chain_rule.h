#pragma once

#include "core/sheet/network/network_cells.h"

#include <optional>
#include <string>

namespace bplab {

// The chain rule behind a partial cell of a network's row, one factor at a time:
//   ∂E/∂w²₁₂ = ∂E/∂z²₁ · ∂z²₁/∂w²₁₂ = δ²₁·a¹₂ = 0.1385·0.5933 = 0.08217
// The weight reaches the loss only through the pre-activation z of the unit it feeds: ∂E/∂z is that
// unit's δ, and ∂z/∂w is the activation the weight multiplies. When a step uses k > 1 examples the
// chain is summed over them, Σₛ over the step's places s (÷ k for a mean loss). A bias works the same
// way with ∂z/∂b = 1; a shared bias feeds every unit of its layer, so its chain sums over the units.
struct ChainRule {
    std::string name; // the partial: "∂E/∂w²₁₂"
    std::string chain; // "∂E/∂z²₁ · ∂z²₁/∂w²₁₂", or "Σₛ ∂E/∂z²₁[s] · ∂z²₁[s]/∂w²₁₂"
    std::string symbolic;    // the cell's formula in labels: "δ²₁·a¹₂" (NetworkSheet::formula)
    std::string withNumbers; // with the row's numbers: "0.1385·0.5933" (NetworkSheet::formulaWithNumbers)
    std::string result;      // the value, formatShort
    // "name = chain = symbolic = withNumbers = result".
    std::string line() const {
        return name + " = " + chain + " = " + symbolic + " = " + withNumbers + " = " + result;
    }
};

// The chain rule of cell `cell` (an index into cells.cells()) of a row with values `row` (one per
// quantity, NetworkSheet::row), whose operands must be evaluated. Empty for a cell that is not a
// partial ∂E/∂w or ∂E/∂b.
std::optional<ChainRule> chainRule(const NetworkCells& cells, const double* row, int cell);

} // namespace bplab
