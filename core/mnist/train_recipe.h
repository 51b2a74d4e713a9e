#pragma once

#include "core/mnist/train_types.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace bplab {

// The one description of every TrainConfig field. Settings, checkpoints, the command line, the
// settings panel and validate() are all driven by trainFields(): a new hyperparameter is one entry
// there (and its default member initialiser in TrainConfig), and appears everywhere.

enum class FieldKind {
    Whole,  // a whole number in [min, max]
    Real,   // a finite number between min and max (each bound open or closed)
    Flag,   // on or off
    Choice, // one of `choices`
};

// Recipe fields define a model and travel with its checkpoint; machine fields say how this computer
// trains (threads, device), so a checkpoint neither stores nor restores them.
enum class FieldScope { Recipe, Machine };

// The BPLAB_TRANSLATABLE context (core/translatable.h) of the words below that the window shows: labels,
// help, special texts and choice labels. The command line prints them in English as they are.
inline constexpr char kTrainFieldContext[] = "TrainField";

struct FieldChoice {
    std::string_view value; // as typed on the command line, e.g. "onecycle"
    std::string_view label; // as shown in the GUI, e.g. "one-cycle"
};

using FieldMember = std::variant<int TrainConfig::*, std::uint64_t TrainConfig::*, double TrainConfig::*,
                                 bool TrainConfig::*, std::string TrainConfig::*>;

struct TrainField {
    std::string_view key;    // stable snake_case: checkpoint "config/<key>", settings "mnist/<key>"
    std::string_view option; // command line: --<option> (a flag on by default: --no-<option>)
    std::string_view label;  // GUI form label, '&' marks the mnemonic
    // Tooltip and command-line help. %1, %2 … stand for helpNumbers, so the words are one literal a
    // translator sees and the numbers come from the code (helpText() fills them in).
    std::string_view help;
    FieldKind kind;
    FieldScope scope;
    FieldMember member;
    double min = 0.0; // Whole and Real
    double max = 0.0;
    bool minOpen = false; // Real: min itself is not allowed
    bool maxOpen = false; // Real: max itself is not allowed
    int decimals = 0;     // Real: digits the GUI shows; its step is 10^-decimals unless `step` says
    double step = 0.0;    // GUI single step; 0 = Qt's default (or adaptive for Real)
    // Whole: what 0 means, shown instead of "0" ("%1" stands for the machine's core count); Flag: the
    // text beside the check box.
    std::string_view specialText;
    std::vector<FieldChoice> choices; // Choice; a bool member is true for the first, false for the second
    // The optimizers the field belongs to, space-separated ("adam adamw"); empty: every one. Others
    // ignore it (the GUI greys it out).
    std::string_view forOptimizers;
    std::vector<double> helpNumbers; // what %1, %2 … of `help` stand for
};

// Every field, in the order of the settings panel.
const std::vector<TrainField>& trainFields();
// The field with this key; throws std::out_of_range for an unknown one.
const TrainField& trainField(std::string_view key);

// The field's name in a sentence: its label without '&' or ':', lower case ("batch size").
std::string fieldName(const TrainField& field);
// The help with its numbers: %1, %2 … of `help` replaced by helpNumbers in the C locale's shortest form.
std::string helpText(const TrainField& field);
// The allowed values in words: "a whole number from 1 to 1000", "a number in (0, 10]", "cpu or cuda".
std::string allowedText(const TrainField& field);

// Typed access whatever the member's C++ type. Whole and Real as a number; Flag and a bool Choice as
// a bool; a Choice as the index into `choices` (-1 when the value is none of them).
double numberOf(const TrainField& field, const TrainConfig& config);
void setNumber(const TrainField& field, TrainConfig& config, double value);
int choiceIndexOf(const TrainField& field, const TrainConfig& config);
void setChoiceIndex(const TrainField& field, TrainConfig& config, int index);
// The label the settings show for the field's current choice ("AdamW", "SGD + momentum"); the first
// choice's for a value that is none of them.
std::string_view choiceLabelOf(const TrainField& field, const TrainConfig& config);

// The value as text ("15", "0.1", "true", "onecycle") and back. setFromText throws
// std::invalid_argument with a sentence starting with `subject` (default: fieldName) for text that is
// not a value of the field or is out of range.
std::string textOf(const TrainField& field, const TrainConfig& config);
void setFromText(const TrainField& field, TrainConfig& config, std::string_view text,
                 const std::string& subject = {});

// Whether `field` has any effect with config's optimizer (momentum does not for Adam).
bool fieldApplies(const TrainField& field, const TrainConfig& config);

// The learning rate (one-cycle peak) we suggest for an optimizer: the recipe's 0.1 for SGD and
// Nesterov; Adam and AdamW scale each step by the gradient's running RMS, so the same rate moves
// weights further, and they want kAdamLearningRate. Measured (README, "Optimizers compared"): 2 epochs
// on 6,000 images, two seeds, 0.03 and 0.1 tied on accuracy, 0.03 steadier, 0.003 and 0.3 clearly worse;
// Adam's range test suggests 0.046.
inline constexpr double kAdamLearningRate = 0.03;
double suggestedLearningRate(std::string_view optimizer);
// The weight decay we suggest for an optimizer: AdamW's decoupled decay is what sets it apart from
// Adam (with 0 the two take the same steps), so it gets PyTorch's AdamW default; the others none.
inline constexpr double kAdamWWeightDecay = 0.01;
double suggestedWeightDecay(std::string_view optimizer);

// Throws std::invalid_argument naming the field and its allowed values when `config` holds a value
// outside them.
void checkField(const TrainField& field, const TrainConfig& config);

} // namespace bplab
