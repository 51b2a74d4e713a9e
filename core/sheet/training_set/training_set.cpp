#include "core/sheet/training_set/training_set.h"

#include "core/sheet/sheet_csv.h"
#include "core/sheet/sheet_inputs.h"

#include <cmath>
#include <optional>
#include <stdexcept>

namespace bplab {

namespace {

// Each preset's name once, in the enum's order.
constexpr std::string_view kPresetNames[] = {"seed", "xor", "and", "or"};

// A two-input logic gate as four examples, in the order 00, 01, 10, 11.
TrainingSet logicGate(double t00, double t01, double t10, double t11) {
    return {{{{0.0, 0.0}, {t00}}, {{0.0, 1.0}, {t01}}, {{1.0, 0.0}, {t10}}, {{1.0, 1.0}, {t11}}}};
}

bool inRange(std::size_t count) {
    return count >= static_cast<std::size_t>(kMinExampleValues) &&
           count <= static_cast<std::size_t>(kMaxExampleValues);
}

std::string exampleName(std::size_t index) { return "example " + std::to_string(index + 1); }

// "example 2 has 5 inputs": the first example whose inputs (or targets) number outside 1..4.
std::optional<NetworkProblem> countProblem(const TrainingSet& set, bool inputs) {
    const char* what = inputs ? "inputs" : "targets";
    for (std::size_t e = 0; e < set.examples.size(); ++e) {
        const std::size_t count = inputs ? set.examples[e].inputs.size() : set.examples[e].targets.size();
        if (inRange(count)) continue;
        return NetworkProblem{
            inputs ? NetworkProblemKind::ExampleInputCount : NetworkProblemKind::ExampleTargetCount,
            {std::to_string(e + 1), std::to_string(count), std::to_string(kMinExampleValues),
             std::to_string(kMaxExampleValues)},
            exampleName(e) + " has " + std::to_string(count) + " " + what + ": an example has " +
                std::to_string(kMinExampleValues) + " to " + std::to_string(kMaxExampleValues) + " " + what};
    }
    return std::nullopt;
}

std::optional<NetworkProblem> raggedProblem(const TrainingSet& set) {
    for (std::size_t e = 1; e < set.examples.size(); ++e) {
        const TrainingExample& example = set.examples[e];
        if (static_cast<int>(example.inputs.size()) == set.inputCount() &&
            static_cast<int>(example.targets.size()) == set.targetCount())
            continue;
        return NetworkProblem{NetworkProblemKind::RaggedExample,
                              {std::to_string(e + 1), std::to_string(example.inputs.size()),
                               std::to_string(example.targets.size()), std::to_string(set.inputCount()),
                               std::to_string(set.targetCount())},
                              exampleName(e) + " has " + std::to_string(example.inputs.size()) +
                                  " inputs and " + std::to_string(example.targets.size()) +
                                  " targets, but example 1 has " + std::to_string(set.inputCount()) +
                                  " and " + std::to_string(set.targetCount()) +
                                  ": every example needs the same numbers"};
    }
    return std::nullopt;
}

std::optional<NetworkProblem> nonFiniteProblem(const TrainingSet& set) {
    for (std::size_t e = 0; e < set.examples.size(); ++e) {
        for (const bool inputs : {true, false}) {
            const std::vector<double>& values = inputs ? set.examples[e].inputs : set.examples[e].targets;
            for (std::size_t k = 0; k < values.size(); ++k) {
                if (std::isfinite(values[k])) continue;
                const std::string name = (inputs ? "i" : "t") + std::to_string(k + 1);
                return NetworkProblem{NetworkProblemKind::NotFiniteExampleValue,
                                      {std::to_string(e + 1), name, formatExact(values[k])},
                                      exampleName(e) + ": " + name + " = " + formatExact(values[k]) +
                                          " is not a finite number"};
            }
        }
    }
    return std::nullopt;
}

std::optional<NetworkProblem> crossEntropyTargetProblem(const TrainingSet& set) {
    for (std::size_t e = 0; e < set.examples.size(); ++e) {
        const std::vector<double>& targets = set.examples[e].targets;
        for (std::size_t k = 0; k < targets.size(); ++k) {
            // (A NaN target is the problem above, not this one.)
            if (targets[k] >= 0.0 && targets[k] <= 1.0) continue;
            const std::string name = "t" + std::to_string(k + 1);
            return NetworkProblem{NetworkProblemKind::CrossEntropyTarget,
                                  {std::to_string(e + 1), name, formatExact(targets[k])},
                                  "cross-entropy needs targets between 0 and 1, but " + exampleName(e) +
                                      " has " + name + " = " + formatExact(targets[k]) +
                                      ": change the target or use ½·squared error"};
        }
    }
    return std::nullopt;
}

} // namespace

std::string_view trainingSetPresetName(TrainingSetPreset preset) {
    return kPresetNames[static_cast<std::size_t>(preset)];
}

std::optional<TrainingSetPreset> parseTrainingSetPreset(std::string_view name) {
    for (const TrainingSetPreset preset : kAllTrainingSetPresets) {
        if (trainingSetPresetName(preset) == name) return preset;
    }
    return std::nullopt;
}

TrainingSet trainingSetPreset(TrainingSetPreset preset) {
    switch (preset) {
    case TrainingSetPreset::Seed: {
        const SheetInputs seed; // its i1, i2, t1, t2 are the seed sheet's one example
        return {{{{seed.i1, seed.i2}, {seed.t1, seed.t2}}}};
    }
    case TrainingSetPreset::Xor:
        return logicGate(0.0, 1.0, 1.0, 0.0);
    case TrainingSetPreset::And:
        return logicGate(0.0, 0.0, 0.0, 1.0);
    case TrainingSetPreset::Or:
        return logicGate(0.0, 1.0, 1.0, 1.0);
    }
    throw std::invalid_argument("unknown training set preset");
}

std::vector<NetworkProblem> trainingSetProblems(const TrainingSet& set, Loss loss) {
    std::vector<NetworkProblem> problems;
    const auto add = [&problems](std::optional<NetworkProblem> problem) {
        if (problem) problems.push_back(std::move(*problem));
    };
    const std::size_t count = set.examples.size();
    if (count < static_cast<std::size_t>(kMinTrainingExamples)) {
        add(NetworkProblem{NetworkProblemKind::NoExamples,
                           {std::to_string(kMinTrainingExamples)},
                           "the training set has no examples: add at least " +
                               std::to_string(kMinTrainingExamples)});
    }
    if (count > static_cast<std::size_t>(kMaxTrainingExamples)) {
        add(NetworkProblem{NetworkProblemKind::TooManyExamples,
                           {std::to_string(count), std::to_string(kMaxTrainingExamples)},
                           "the training set has " + std::to_string(count) + " examples: at most " +
                               std::to_string(kMaxTrainingExamples) + " fit on the sheet"});
    }
    add(countProblem(set, /*inputs=*/true));
    add(countProblem(set, /*inputs=*/false));
    add(raggedProblem(set));
    add(nonFiniteProblem(set));
    if (loss == Loss::CrossEntropy) add(crossEntropyTargetProblem(set));
    return problems;
}

void validate(const TrainingSet& set, Loss loss) {
    std::vector<NetworkProblem> problems = trainingSetProblems(set, loss);
    if (!problems.empty()) throw NetworkError(std::move(problems.front()));
}

TrainingSet resizedExamples(const TrainingSet& set, int inputs, int targets) {
    TrainingSet resized = set;
    for (TrainingExample& example : resized.examples) {
        example.inputs.resize(static_cast<std::size_t>(inputs), 0.0);
        example.targets.resize(static_cast<std::size_t>(targets), 0.0);
    }
    return resized;
}

} // namespace bplab
