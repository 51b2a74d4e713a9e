#include "core/mnist/confusion_matrix.h"

#include <cstddef>

namespace bplab {

void countPrediction(ConfusionMatrix& confusion, int label, int predicted) {
    ++confusion[static_cast<std::size_t>(label)][static_cast<std::size_t>(predicted)];
}

} // namespace bplab
