#pragma once

#include "core/mnist/data/class_names.h"

#include <vector>

namespace bplab {

// Counts of a classifier's answers, one row per true label and one column per prediction: at(t, p)
// is the number of images labelled t that the model called p. Row t sums to the number of images
// whose label is t, whatever the model said. As many rows and columns as the data set has classes
// (ten for MNIST's digits).
class ConfusionMatrix {
public:
    // An empty matrix for MNIST's ten classes.
    ConfusionMatrix()
        : ConfusionMatrix(kMnistClasses) {}
    // An empty matrix for `classes` classes (kMinClasses … kMaxClasses, else std::invalid_argument).
    explicit ConfusionMatrix(int classes);

    int classes() const { return m_classes; }
    // The count of (trueLabel, predicted); both must lie in [0, classes()), else std::out_of_range.
    int at(int trueLabel, int predicted) const;
    int& at(int trueLabel, int predicted);
    // Counts one answer: an image labelled `trueLabel` that the model called `predicted`.
    void count(int trueLabel, int predicted);

    int rowSum(int trueLabel) const;    // the images labelled trueLabel
    int columnSum(int predicted) const; // the answers "predicted"
    int total() const;                  // every image counted
    int correct() const;                // the diagonal: the answers that were right

    bool operator==(const ConfusionMatrix& other) const {
        return m_classes == other.m_classes && m_counts == other.m_counts;
    }
    bool operator!=(const ConfusionMatrix& other) const { return !(*this == other); }

private:
    std::size_t indexOf(int trueLabel, int predicted) const;

    int m_classes;
    std::vector<int> m_counts; // row after row
};

} // namespace bplab
