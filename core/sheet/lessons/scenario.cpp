#include "core/sheet/lessons/scenario.h"

#include "core/sheet/lessons/divergence_threshold.h"
#include "core/sheet/input_error.h"
#include "core/sheet/sheet_cells.h"

#include <functional>
#include <stdexcept>
#include <utility>

namespace bplab {

namespace {
std::string measured(const std::optional<double>& rate, const MeasurementWords& words) {
    if (rate) return words.number ? words.number(*rate) : formatShort(*rate);
    return words.noneUpTo ? words.noneUpTo(kMaxTypedLearningRate)
                          : std::string("none up to ") + formatShort(kMaxTypedLearningRate);
}

// Replaces every `placeholder` in `text` by `value()`, computed once and only when it is needed (a
// threshold costs a few hundred runs).
void replaceAll(std::string& text, const std::string& placeholder,
                const std::function<std::string()>& value) {
    std::size_t at = text.find(placeholder);
    if (at == std::string::npos) return;
    const std::string replacement = value();
    for (; at != std::string::npos; at = text.find(placeholder, at + replacement.size())) {
        text.replace(at, placeholder.size(), replacement);
    }
}
} // namespace

void validate(const Scenario& scenario) {
    if (scenario.title.empty())
        throw InputError(InputProblem::EmptyTitle, {}, "the title is empty: give the lesson a title");
    validate(scenario.inputs);
    if (scenario.iterations < 1 || scenario.iterations > Scenario::kMaxIterations) {
        const std::vector<std::string> values{std::to_string(Scenario::kMaxIterations),
                                              std::to_string(scenario.iterations)};
        throw InputError(InputProblem::IterationsOutOfRange, values,
                         "the number of iterations must be from 1 to " + values[0] + ", not " + values[1]);
    }
    if (scenario.compareRates.size() > kMaxCompareRates) {
        const std::vector<std::string> values{std::to_string(kMaxCompareRates),
                                              std::to_string(scenario.compareRates.size())};
        throw InputError(InputProblem::TooManyCompareRates, values,
                         "a lesson compares at most " + values[0] + " learning rates, not " + values[1]);
    }
    for (double rate : scenario.compareRates) {
        if (!isUsableLearningRate(rate)) {
            throw InputError(InputProblem::UnusableCompareRate, {},
                             "every learning rate to compare must be a finite number greater than 0");
        }
    }
}

std::string withMeasurements(const std::string& text, const Scenario& scenario,
                             const MeasurementWords& words) {
    std::string result = text;
    replaceAll(result, "{divergence_threshold}", [&] {
        return measured(measureDivergenceThreshold(scenario.inputs, scenario.iterations), words);
    });
    replaceAll(result, "{oscillation_threshold}", [&] {
        return measured(measureOscillationThreshold(scenario.inputs, scenario.iterations), words);
    });
    replaceAll(result, "{eta}", [&] {
        return words.number ? words.number(scenario.inputs.learningRate)
                            : formatShort(scenario.inputs.learningRate);
    });
    return result;
}

} // namespace bplab
