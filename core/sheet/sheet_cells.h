#pragma once

#include "core/sheet/activation.h"

#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace bplab {

// The stage a quantity belongs to. The GUI gives each stage one colour everywhere.
enum class Stage { Given, Weight, Forward, Loss, Gradient, Update };

// Every number of one iteration row has a fixed index. The first kGivenCount are given (inputs,
// targets, η and the weights this row's forward pass uses); the rest are the computed cells.
namespace quantity {
inline constexpr int i1 = 0, i2 = 1, t1 = 2, t2 = 3, eta = 4;
inline constexpr int w1 = 5; // w1..w8 are w1 + 0..7
inline constexpr int h1 = 13, h2 = 14, a_h1 = 15, a_h2 = 16, o1 = 17, o2 = 18, a_o1 = 19, a_o2 = 20;
inline constexpr int E1 = 21, E2 = 22, E_total = 23;
inline constexpr int dE_dw1 = 24; // ∂E/∂w1..∂E/∂w8 are dE_dw1 + 0..7
inline constexpr int w1_new = 32; // the updated weights w1..w8 are w1_new + 0..7
} // namespace quantity

inline constexpr int kGivenCount = 13;
inline constexpr int kQuantityCount = 40;
inline constexpr int kCellCount = kQuantityCount - kGivenCount; // cells computed per iteration

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
};

// The kCellCount cells of one iteration for the given activation, in evaluation order: forward
// pass, loss, the eight partials by the chain rule, then the updated weights.
std::vector<CellSpec> buildCells(Activation activation);

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
