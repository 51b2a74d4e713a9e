#pragma once

#include "core/sheet/activation.h"

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
    double learningRate = 0.5; // η of plain gradient descent, must be finite and > 0
    Activation activation = Activation::Sigmoid;

    friend bool operator==(const SheetInputs& a, const SheetInputs& b) {
        return a.i1 == b.i1 && a.i2 == b.i2 && a.t1 == b.t1 && a.t2 == b.t2 && a.weights == b.weights &&
               a.learningRate == b.learningRate && a.activation == b.activation;
    }
    friend bool operator!=(const SheetInputs& a, const SheetInputs& b) { return !(a == b); }
};

// The engine takes any finite η > 0 (the command line explores divergence with large ones); the GUI's
// spin box offers this range for typing.
inline constexpr double kMinTypedLearningRate = 0.0001;
inline constexpr double kMaxTypedLearningRate = 1000.0;
// The one rule for a learning rate: finite and greater than 0.
bool isUsableLearningRate(double learningRate);

// Names accepted by setInputValue: i1, i2, t1, t2, w1..w8 and eta (the learning rate).
const std::vector<std::string>& inputValueNames();

// Sets one value by name. Throws std::invalid_argument naming the problem for an unknown name,
// a value that is not finite, or a learning rate that is not > 0.
void setInputValue(SheetInputs& inputs, std::string_view name, double value);
double inputValue(const SheetInputs& inputs, std::string_view name);

// Throws std::invalid_argument when any value is unusable (see setInputValue).
void validate(const SheetInputs& inputs);

} // namespace bplab
