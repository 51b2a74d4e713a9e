#pragma once

#include "core/sheet/network/network_cells.h"
#include "core/sheet/network/network_spec.h"

#include <optional>
#include <string>

namespace bplab {

// The layer-level ("matrix form") equation behind a cell of a network's row, for the formula bar's
// matrix form switch: the cell's whole layer at once, as a student meets it in a textbook.
//   forward        zˡ = Wˡ aˡ⁻¹ + bˡ            aˡ = f(zˡ)               (layer 0's a is x)
//   output error   δᴸ = (aᴸ − t) ⊙ f′(zᴸ)       (cross-entropy: see matrixForm)
//   hidden error   δˡ = (Wˡ⁺¹)ᵀ δˡ⁺¹ ⊙ f′(zˡ)
//   partials       ∂E/∂Wˡ = δˡ (aˡ⁻¹)ᵀ summed over the step's examples (÷ k for a mean loss)
//                  ∂E/∂bˡ = δˡ (a shared bias: sum(δˡ)), summed the same way
//   updates        Wˡ′ = Wˡ − η·∂E/∂Wˡ           bˡ′ = bˡ − η·∂E/∂bˡ
// Texts are plain UTF-8. Numbers use formatShort (4 significant digits, as the sheet's
// formulaWithNumbers); a matrix is written by rows, [[w¹₁₁, w¹₁₂], [w¹₂₁, w¹₂₂]], a column vector as a
// transposed row, [0.05, 0.1]ᵀ, and a row vector (a transposed column) plainly, [0.05, 0.1]. Products
// of matrices and vectors are written side by side, ⊙ is the element-wise product, ⊘ the element-wise
// quotient. A per-example vector carries the example's place in the step when a step uses more than one
// ("a¹[2]", as the cell labels do); the numbers are those of that place's example.
struct MatrixForm {
    std::string name; // the layer-level quantity the cell belongs to: "z²", "δ¹[2]", "∂E/∂W²", "W²′"
    std::string symbolic;    // its equation's right side: "W² a¹ + b²"
    std::string withNumbers; // the same with the row's numbers: "[[0.4, 0.45]] [0.5933, 0.5969]ᵀ + 0.6"
    std::string result;      // the whole layer's value, computed as the sheet computes its cells
    // "name = symbolic = withNumbers = result", the formula bar's layout of a cell's formula.
    std::string line() const { return name + " = " + symbolic + " = " + withNumbers + " = " + result; }
};

// The matrix form of cell `cell` (an index into cells.cells()) of a row with values `row` (one per
// quantity: NetworkSheet::row). `cells` must be the layout built from `spec`. Empty for a cell that has
// none: the losses (E_j and E_total).
//
// The operands are read from the row and must be evaluated (they are whenever the cell itself is);
// the result is computed from them with the sheet's own cell arithmetic, so it is complete even when
// the cell's neighbours in the layer are not evaluated yet.
std::optional<MatrixForm> matrixForm(const NetworkCells& cells, const NetworkSpec& spec, const double* row,
                                     int cell);

} // namespace bplab
