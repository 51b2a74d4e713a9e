#pragma once

// An expression evaluator for the formula texts a student reads ("1/(1 + e^(−0.3775))",
// "−[0.01·ln 0.6065 + (1 − 0.01)·ln(1 − 0.6065)]"), written for the tests and independent of the
// engine: it shares no code with core/sheet, only the notation.
//
// The sheet prints each number with 4 significant digits, so a text stands for every value that
// rounds to what it shows. The evaluator therefore computes an interval: each printed number x becomes
// [x − h, x + h] with h half a unit in its 4th significant digit, and every operation takes the
// interval of all its results. A cell's true value must lie inside; a formula naming a wrong quantity
// (w7 for w8) or a wrong operation lands outside unless the difference hides in the last digit.

#include <string>
#include <string_view>

namespace bplab::test {

struct Interval {
    double lo = 0.0;
    double hi = 0.0;
    bool contains(double value) const;
    // Half the width over the largest magnitude: how precisely the text pins the value down.
    double relativeHalfWidth() const;
};

// Grammar, loosest binding first:
//   sum     = product {("+" | "−") product}
//   product = unary {("·" | "×" | "/") unary}
//   unary   = "−" unary | power
//   power   = postfix ["^" unary]
//   postfix = primary {"²"}
//   primary = number | "e" | "½" | "(" sum ")" | "[" sum "]" | "ln" primary
//           | ("tanh" | "step") "(" sum ")" | "max(" sum "," sum ")"
// Throws std::invalid_argument naming the position of anything else, of a logarithm of a value ≤ 0,
// or of a division by a value that may be 0.
Interval evaluateFormulaText(std::string_view text);

} // namespace bplab::test
