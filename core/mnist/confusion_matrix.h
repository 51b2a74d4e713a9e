#pragma once

#include <array>

namespace bplab {

// Counts of a classifier's answers: confusion[true label][predicted]. Row t sums to the number of
// images whose label is t, whatever the model said.
using ConfusionMatrix = std::array<std::array<int, 10>, 10>;

// Counts one answer: the image's true `label` and the model's `predicted` digit (both 0..9).
void countPrediction(ConfusionMatrix& confusion, int label, int predicted);

} // namespace bplab
