#pragma once

#include "core/mnist/data/class_names.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bplab {

// One row of the model summary, in the form of the seed notebook's torchsummary table.
struct SummaryRow {
    std::string layer;               // "Conv2d-1"
    std::vector<std::int64_t> shape; // output shape without the batch dimension, e.g. {4, 24, 24}
    std::int64_t parameters = 0;     // trainable parameters of this layer
};

struct ModelSummary {
    std::vector<SummaryRow> rows;
    std::int64_t totalParameters = 0;     // all trainable parameters of the model
    std::int64_t trainableParameters = 0; // the same here: nothing is frozen
};

// The summary of the CNN for a 1×28×28 input, built for `classes` classes (kMinClasses … kMaxClasses,
// else std::invalid_argument).
ModelSummary mnistModelSummary(int classes = kMnistClasses);

// The summary as text, like torchsummary prints it ("Layer (type)  Output Shape  Param #").
std::string formatModelSummary(const ModelSummary& summary);

} // namespace bplab
