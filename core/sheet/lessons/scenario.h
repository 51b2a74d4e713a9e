#pragma once

#include "core/sheet/backprop_sheet.h"
#include "core/sheet/sheet_inputs.h"

#include <functional>
#include <string>
#include <vector>

namespace bplab {

// A lesson: the values a sheet starts from, how long it runs, and what it teaches. The built-in
// lessons and a teacher's files are both Scenarios (see ui/sheet/lessons/scenario_file.h for the file).
struct Scenario {
    static constexpr int kMaxIterations =
        BackpropSheet::kMaxInteractiveIterations; // a file must open in the window

    std::string id;    // short name for the command line, e.g. "divergence"; empty for a user's file
    std::string title; // "Too big a step: divergence"
    SheetInputs inputs;
    int iterations = BackpropSheet::kDefaultIterationLimit;
    // 3–5 sentences with the formula that matters. May hold placeholders that the app fills with values
    // measured on these inputs (see explanationWithMeasurements).
    std::string explanation;
    std::string suggestion;           // one thing to try next, e.g. "Drag η to the right."
    std::vector<double> compareRates; // not empty: the lesson compares these rates (compare mode)
};

// Throws std::invalid_argument with a sentence when a scenario cannot be shown: an unusable value
// (validate(inputs)), iterations outside 1..Scenario::kMaxIterations, an empty title, a compare rate
// that is not > 0, or more than kMaxCompareRates of them.
inline constexpr std::size_t kMaxCompareRates = 12;
void validate(const Scenario& scenario);

// The placeholders an explanation or suggestion may hold, each replaced by a value measured with the
// engine on the scenario's own inputs and iterations (4 significant digits, or "none up to 1000"):
//   {divergence_threshold}   the smallest η that diverges (measureDivergenceThreshold)
//   {oscillation_threshold}  the smallest η whose loss bounces (measureOscillationThreshold)
//   {eta}                    the scenario's η
// Unknown placeholders stay as written. `words` says how a value is written: the defaults are the C
// locale's numbers and English (files, the command line); the window passes its language's.
struct MeasurementWords {
    std::function<std::string(double)> number;   // default formatShort
    std::function<std::string(double)> noneUpTo; // no threshold up to that η; default "none up to 1000"
};
std::string withMeasurements(const std::string& text, const Scenario& scenario,
                             const MeasurementWords& words = {});

} // namespace bplab
