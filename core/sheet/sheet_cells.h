#pragma once

#include "core/sheet/run_stop.h"
#include "core/sheet/sheet_inputs.h"

#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace bplab {

// The stage a quantity belongs to. The GUI gives each stage one colour everywhere.
enum class Stage { Given, Weight, Forward, Loss, Gradient, Update };

// Every number of one iteration row has a fixed index. The first kGivenCount are given (inputs,
// targets, η and the weights and biases this row's forward pass uses); the rest are computed cells.
// A sheet without biases has no cells for the bias partials and updates (see buildCells).
namespace quantity {
inline constexpr int i1 = 0, i2 = 1, t1 = 2, t2 = 3, eta = 4;
inline constexpr int w1 = 5; // w1..w8 are w1 + 0..7
inline constexpr int b1 = 13, b2 = 14;
inline constexpr int h1 = 15, h2 = 16, a_h1 = 17, a_h2 = 18, o1 = 19, o2 = 20, a_o1 = 21, a_o2 = 22;
inline constexpr int E1 = 23, E2 = 24, E_total = 25;
inline constexpr int dE_dw1 = 26; // ∂E/∂w1..∂E/∂w8 are dE_dw1 + 0..7
inline constexpr int dE_db1 = 34, dE_db2 = 35;
inline constexpr int w1_new = 36; // the updated weights w1..w8 are w1_new + 0..7
inline constexpr int b1_new = 44, b2_new = 45;
} // namespace quantity

inline constexpr int kGivenCount = 15;
inline constexpr int kQuantityCount = 46;

using RowValues = std::array<double, kQuantityCount>;

struct QuantityInfo {
    std::string id;    // stable name used in templates, CSV headers and on the command line: "dE_dw5"
    std::string label; // how a student reads it: "∂E/∂w5"
    Stage stage;
};

// All kQuantityCount quantities, in index order.
const std::vector<QuantityInfo>& quantities();
// Index of the quantity with this id, or -1.
int quantityIndex(std::string_view id);

// One computed cell of the sheet: its formula as data, the cells it reads, and how to compute it.
struct CellSpec {
    int quantity = 0;              // where the result is stored in RowValues
    std::string formulaTemplate;   // ids in braces, e.g. "({a_o1} − {t1})·{a_o1}·(1 − {a_o1})·{a_h1}"
    std::vector<int> dependencies; // quantities named in the template, in order of first appearance
    std::function<double(const RowValues&)> evaluate;
    // Why the cell cannot be computed from these values; nothing when it can. Only the cross-entropy
    // loss cells refuse (an output at 0 or 1, or outside (0, 1)). May be empty.
    std::function<std::optional<LossRefusal>(const RowValues&)> refusal;
    std::string note; // a short "why" for the formula bar, e.g. the cancellation behind (a − t)
};

// The cells of one iteration for these inputs' activation, loss and biases, in evaluation order:
// forward pass, loss, the eight partials by the chain rule (and the two bias partials when biases are
// learned), then the updated weights (and biases). Without biases (SheetInputs::usesBiases) the
// forward formulas are the seed sheet's, with no "+ b" term.
std::vector<CellSpec> buildCells(const SheetInputs& inputs);

enum class FormulaStyle {
    Symbols, // "a_o1 − t1"
    Numbers  // "0.6065 − 0.01"
};

// Replaces every {id} of a template by the quantity's label or its value (4 significant digits).
std::string renderFormula(std::string_view formulaTemplate, const RowValues& values, FormulaStyle style);

// A value for reading: 4 significant digits, a true minus sign, negatives in parentheses when
// `parenthesizeNegative` (so "a − (−0.3)" stays unambiguous).
std::string formatShort(double value, bool parenthesizeNegative = false);

} // namespace bplab
