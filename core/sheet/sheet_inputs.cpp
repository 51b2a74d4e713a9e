#include "core/sheet/sheet_inputs.h"

#include "core/sheet/input_error.h"
#include "core/sheet/sheet_cells.h"

#include <cmath>
#include <iomanip>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace bplab {

namespace {

// Works for both const and mutable inputs, so the name table exists once.
template <typename Inputs> auto valueSlot(Inputs& inputs, std::string_view name) -> decltype(&inputs.i1) {
    if (name == "i1") return &inputs.i1;
    if (name == "i2") return &inputs.i2;
    if (name == "t1") return &inputs.t1;
    if (name == "t2") return &inputs.t2;
    if (name == "eta") return &inputs.learningRate;
    if (name == "b1") return &inputs.b1;
    if (name == "b2") return &inputs.b2;
    if (name.size() == 2 && name[0] == 'w' && name[1] >= '1' && name[1] <= '8') {
        return &inputs.weights[static_cast<std::size_t>(name[1] - '1')];
    }
    return nullptr;
}

void checkValue(std::string_view name, double value) {
    if (name == "eta" && !isUsableLearningRate(value)) {
        throw InputError(InputProblem::UnusableLearningRate, {},
                         "the learning rate must be a finite number greater than 0");
    }
    if (!std::isfinite(value)) {
        throw InputError(InputProblem::NotFinite, {std::string(name)},
                         std::string(name) + " must be a finite number");
    }
}

// Up to ten significant digits with a true minus: a file's value as the user wrote it, 123456.789.
std::string written(double value) {
    std::ostringstream text;
    text << std::setprecision(10) << std::fabs(value);
    return (value < 0 ? "\u2212" : "") + text.str();
}

} // namespace

bool isUsableLearningRate(double learningRate) { return std::isfinite(learningRate) && learningRate > 0.0; }

const std::vector<std::string>& inputValueNames() {
    static const std::vector<std::string> names{"i1", "i2", "t1", "t2", "w1", "w2", "w3", "w4",
                                                "w5", "w6", "w7", "w8", "b1", "b2", "eta"};
    return names;
}

void setInputValue(SheetInputs& inputs, std::string_view name, double value) {
    double* slot = valueSlot(inputs, name);
    if (slot == nullptr) {
        throw std::invalid_argument("unknown value '" + std::string(name) +
                                    "' (known: i1, i2, t1, t2, w1..w8, b1, b2, eta)");
    }
    checkValue(name, value);
    *slot = value;
}

double inputValue(const SheetInputs& inputs, std::string_view name) {
    const double* slot = valueSlot(inputs, name);
    if (slot == nullptr) {
        throw std::invalid_argument("unknown value '" + std::string(name) + "'");
    }
    return *slot;
}

void checkShownInWindow(const SheetInputs& inputs) {
    for (const std::string& name : inputValueNames()) {
        const double value = inputValue(inputs, name);
        if (name == "eta") {
            if (value < kMinTypedLearningRate || value > kMaxTypedLearningRate) {
                const std::vector<std::string> values{written(value), written(kMinTypedLearningRate),
                                                      written(kMaxTypedLearningRate)};
                throw InputError(InputProblem::LearningRateOutsideWindow, values,
                                 "the learning rate " + values[0] + " lies outside " + values[1] + " to " +
                                     values[2] + ", the range the window's η box holds");
            }
        } else if (std::fabs(value) > kMaxTypedValue) {
            const std::vector<std::string> values{name, written(value), written(-kMaxTypedValue),
                                                  written(kMaxTypedValue)};
            throw InputError(InputProblem::ValueOutsideWindow, values,
                             name + " = " + values[1] + " lies outside " + values[2] + " to " + values[3] +
                                 ", the range the window's value boxes hold");
        }
    }
}

SheetInputs classicWorkedExample() {
    SheetInputs inputs; // i1, i2, t1, t2, w1..w8 and η are the seed's, which are the example's
    inputs.b1 = 0.35;
    inputs.b2 = 0.60;
    return inputs;
}

void validate(const SheetInputs& inputs) {
    for (const std::string& name : inputValueNames()) {
        checkValue(name, inputValue(inputs, name));
    }
    if (inputs.loss != Loss::CrossEntropy) return;
    for (const char* target : {"t1", "t2"}) {
        const double t = inputValue(inputs, target);
        if (t < 0.0 || t > 1.0) {
            throw InputError(InputProblem::CrossEntropyTarget, {target, formatShort(t)},
                             "cross-entropy needs targets between 0 and 1, but " + std::string(target) +
                                 " = " + formatShort(t) + ": change the target or use ½·squared error");
        }
    }
}

} // namespace bplab
