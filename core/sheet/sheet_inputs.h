#pragma once

#include "core/sheet/activation.h"
#include "core/sheet/loss.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace bplab {

// Everything a user can type into the backprop sheet. The defaults are the seed sheet's values.
struct SheetInputs {
    double i1 = 0.05; // input 1
    double i2 = 0.10; // input 2
    double t1 = 0.01; // target for output 1
    double t2 = 0.99; // target for output 2
    // Initial weights w1..w8: w1,w2 feed h1; w3,w4 feed h2; w5,w6 feed o1; w7,w8 feed o2.
    std::array<double, 8> weights{0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55};
    // Biases: b1 is shared by both hidden units, b2 by both outputs (as in the classic worked example).
    // 0 and not learned: the seed sheet, which has none.
    double b1 = 0.0;
    double b2 = 0.0;
    bool learnBiases = false;  // update b1, b2 by gradient descent like the weights
    double learningRate = 0.5; // η of plain gradient descent, must be finite and > 0
    Activation activation = Activation::Sigmoid;
    Loss loss = Loss::SquaredError;

    // Whether the sheet shows biases at all: a zero bias that is never learned adds nothing.
    bool usesBiases() const { return b1 != 0.0 || b2 != 0.0 || learnBiases; }

    friend bool operator==(const SheetInputs& a, const SheetInputs& b) {
        return a.i1 == b.i1 && a.i2 == b.i2 && a.t1 == b.t1 && a.t2 == b.t2 && a.weights == b.weights &&
               a.b1 == b.b1 && a.b2 == b.b2 && a.learnBiases == b.learnBiases &&
               a.learningRate == b.learningRate && a.activation == b.activation && a.loss == b.loss;
    }
    friend bool operator!=(const SheetInputs& a, const SheetInputs& b) { return !(a == b); }
};

// The engine takes any finite η > 0 (the command line explores divergence with large ones); the GUI's
// spin box offers this range for typing.
inline constexpr double kMinTypedLearningRate = 0.0001;
inline constexpr double kMaxTypedLearningRate = 1000.0;
// The one rule for a learning rate: finite and greater than 0.
bool isUsableLearningRate(double learningRate);
// The window's value boxes (i1, i2, t1, t2, w1..w8, b1, b2) hold values from −kMaxTypedValue to
// kMaxTypedValue: a weight beyond ±100 saturates every activation anyway.
inline constexpr double kMaxTypedValue = 100.0;
// Throws std::invalid_argument naming the first value the window could not show, with the range it
// can: a value beyond ±kMaxTypedValue, or η outside kMinTypedLearningRate..kMaxTypedLearningRate. A file
// that sets such a value would otherwise be clamped by the boxes on the next edit.
void checkShownInWindow(const SheetInputs& inputs);

// The classic worked example that the seed sheet was built from: the seed's values with the biases
// b1 = 0.35 and b2 = 0.60, which it does not update; sigmoid, ½·squared error, η = 0.5.
SheetInputs classicWorkedExample();

// Names accepted by setInputValue: i1, i2, t1, t2, w1..w8, b1, b2 and eta (the learning rate).
const std::vector<std::string>& inputValueNames();

// Sets one value by name. Throws std::invalid_argument naming the problem for an unknown name,
// a value that is not finite, or a learning rate that is not > 0.
void setInputValue(SheetInputs& inputs, std::string_view name, double value);
double inputValue(const SheetInputs& inputs, std::string_view name);

// Throws std::invalid_argument when any value is unusable (see setInputValue), or when the loss is
// cross-entropy and a target lies outside [0, 1] (where that loss has no minimum at a = t).
void validate(const SheetInputs& inputs);

} // namespace bplab
