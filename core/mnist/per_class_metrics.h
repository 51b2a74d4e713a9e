#pragma once

#include "core/mnist/confusion_matrix.h"

#include <optional>
#include <string>
#include <vector>

namespace bplab {

// How well the model does on one class (a digit of MNIST), read off the confusion matrix. The three
// counts are kept beside the ratios so a student sees "1012/1028", not only "98.4 %". A ratio over zero
// images is undefined (std::nullopt), never NaN: a class the model never predicted has no precision,
// a class absent from the test set has no recall.
struct ClassMetrics {
    int label = 0;
    int support = 0;   // images whose true label is this class: the row's sum
    int predicted = 0; // images the model called this class: the column's sum
    int correct = 0;   // both: the diagonal cell

    // correct / predicted, in [0, 1]: of the answers "d", the share that are right.
    std::optional<double> precision() const;
    // correct / support, in [0, 1]: of the images of d, the share the model recognised.
    std::optional<double> recall() const;
    // Their harmonic mean, 2·correct / (support + predicted): 0 when both are 0 (a digit predicted and
    // present but never right), undefined only when the digit is neither predicted nor present.
    std::optional<double> f1() const;
};

// One entry per class, in label order.
using PerClassMetrics = std::vector<ClassMetrics>;

PerClassMetrics perClassMetrics(const ConfusionMatrix& confusion);

// The metrics as CSV for a spreadsheet: the header
// "class,support,predicted,correct,precision_percent,recall_percent,f1_percent", then one line per
// class (its label); percentages with up to 10 significant digits, "undefined" where the ratio is over zero
// images, '\n' line ends.
std::string perClassMetricsCsv(const PerClassMetrics& metrics);

} // namespace bplab
