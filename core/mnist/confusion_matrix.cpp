#include "core/mnist/confusion_matrix.h"

#include <numeric>
#include <stdexcept>
#include <string>

namespace bplab {

ConfusionMatrix::ConfusionMatrix(int classes)
    : m_classes(checkedClassCount(classes))
    , m_counts(static_cast<std::size_t>(classes) * static_cast<std::size_t>(classes), 0) {}

std::size_t ConfusionMatrix::indexOf(int trueLabel, int predicted) const {
    if (trueLabel < 0 || trueLabel >= m_classes || predicted < 0 || predicted >= m_classes)
        throw std::out_of_range("confusion matrix of " + std::to_string(m_classes) +
                                " classes has no cell (" + std::to_string(trueLabel) + ", " +
                                std::to_string(predicted) + ")");
    return static_cast<std::size_t>(trueLabel) * static_cast<std::size_t>(m_classes) +
           static_cast<std::size_t>(predicted);
}

int ConfusionMatrix::at(int trueLabel, int predicted) const {
    return m_counts[indexOf(trueLabel, predicted)];
}

int& ConfusionMatrix::at(int trueLabel, int predicted) { return m_counts[indexOf(trueLabel, predicted)]; }

void ConfusionMatrix::count(int trueLabel, int predicted) { ++at(trueLabel, predicted); }

int ConfusionMatrix::rowSum(int trueLabel) const {
    int sum = 0;
    for (int p = 0; p < m_classes; ++p) sum += at(trueLabel, p);
    return sum;
}

int ConfusionMatrix::columnSum(int predicted) const {
    int sum = 0;
    for (int t = 0; t < m_classes; ++t) sum += at(t, predicted);
    return sum;
}

int ConfusionMatrix::total() const { return std::accumulate(m_counts.begin(), m_counts.end(), 0); }

int ConfusionMatrix::correct() const {
    int sum = 0;
    for (int k = 0; k < m_classes; ++k) sum += at(k, k);
    return sum;
}

} // namespace bplab
