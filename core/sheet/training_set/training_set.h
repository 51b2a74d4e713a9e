#pragma once

#include "core/sheet/loss.h"
#include "core/sheet/network/network_problem.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bplab {

// How big a training set of the sheet may be: the sheet shows every example's cells, so it stays small.
inline constexpr int kMinTrainingExamples = 1;
inline constexpr int kMaxTrainingExamples = 16;
// Inputs and targets per example: the network's input and output layers have 1 to 4 units.
inline constexpr int kMinExampleValues = 1;
inline constexpr int kMaxExampleValues = 4;

// One example: the inputs i1, i2, … fed to the network and the targets t1, t2, … its outputs should reach.
struct TrainingExample {
    std::vector<double> inputs;
    std::vector<double> targets;

    friend bool operator==(const TrainingExample& a, const TrainingExample& b) {
        return a.inputs == b.inputs && a.targets == b.targets;
    }
    friend bool operator!=(const TrainingExample& a, const TrainingExample& b) { return !(a == b); }
};

// The examples a network of the sheet trains on, in the order a step takes them. A plain value: any
// content is representable, and trainingSetProblems says what makes one unusable.
struct TrainingSet {
    std::vector<TrainingExample> examples;

    // Sizes of the first example (0 without examples); a usable set has these sizes in every example.
    int inputCount() const { return examples.empty() ? 0 : static_cast<int>(examples.front().inputs.size()); }
    int targetCount() const {
        return examples.empty() ? 0 : static_cast<int>(examples.front().targets.size());
    }

    friend bool operator==(const TrainingSet& a, const TrainingSet& b) { return a.examples == b.examples; }
    friend bool operator!=(const TrainingSet& a, const TrainingSet& b) { return !(a == b); }
};

// The training sets offered by name. Seed: the seed sheet's one example (SheetInputs' i1, i2 → t1, t2).
// The logic gates: 2 inputs → 1 target, the four examples in the order 00, 01, 10, 11.
enum class TrainingSetPreset { Seed, Xor, And, Or };

inline constexpr TrainingSetPreset kAllTrainingSetPresets[] = {
    TrainingSetPreset::Seed, TrainingSetPreset::Xor, TrainingSetPreset::And, TrainingSetPreset::Or};

// Lower-case name for the command line and files: "seed", "xor", "and", "or".
std::string_view trainingSetPresetName(TrainingSetPreset preset);
std::optional<TrainingSetPreset> parseTrainingSetPreset(std::string_view name);
TrainingSet trainingSetPreset(TrainingSetPreset preset);

// What makes the set unusable for a network trained with `loss`, one per kind of problem
// (naming the first example where it occurs), in this order: no examples, more than
// kMaxTrainingExamples, input or target counts outside kMinExampleValues..kMaxExampleValues, examples
// of different sizes, a value that is not finite, and with cross-entropy a target outside [0, 1] (where
// that loss has no minimum at a = t). Empty when the set is usable. Examples are counted from 1.
std::vector<NetworkProblem> trainingSetProblems(const TrainingSet& set, Loss loss);

// Throws NetworkError (a std::invalid_argument) with the first of trainingSetProblems, if any.
void validate(const TrainingSet& set, Loss loss);

// The same examples with `inputs` inputs and `targets` targets each: values beyond the new sizes are
// dropped and new ones are 0 (a network's input or output layer grew or shrank under its data).
TrainingSet resizedExamples(const TrainingSet& set, int inputs, int targets);

} // namespace bplab
