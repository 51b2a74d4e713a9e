#pragma once

#include "core/mnist/data/class_names.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bplab {

// Where the CNN's parameters sit (11,154 for MNIST's ten classes) and how much of the 28×28 input
// each layer sees.
//
// The layers are described here by their channels, kernel and stride (plain C++, no LibTorch); the
// engine's tests check the counts against the LibTorch model's own, so the two descriptions agree.

enum class LayerKind { Convolution, BatchNorm, MaxPool, AveragePool, Linear };

struct LayerBreakdown {
    std::string layer; // "conv1", "norm1", "pool", "gap", "fc"
    LayerKind kind = LayerKind::Convolution;
    std::int64_t weights = 0; // conv/linear weights; BatchNorm's scale γ
    std::int64_t biases = 0;  // conv/linear biases; BatchNorm's shift β
    double share = 0.0;       // percent of all trainable parameters
    int receptiveField = 1;   // side, in input pixels, of the square one output unit sees
    std::int64_t parameters() const { return weights + biases; }
};

struct ParameterBreakdown {
    std::vector<LayerBreakdown> layers; // in the order the data flows
    std::int64_t totalParameters = 0;
};

// One layer's effect on the receptive field: r ← r + (kernel − 1)·jump, then jump ← jump·stride
// (jump: input pixels between neighbouring units of the layer's input).
struct ReceptiveStep {
    int kernel = 1;
    int stride = 1;
};

// The receptive field after each step, starting from one input pixel (r = 1, jump = 1).
std::vector<int> receptiveFields(const std::vector<ReceptiveStep>& steps);

// The seed CNN (see libtorch/mnist_net.h) built for `classes` classes (kMinClasses … kMaxClasses, else
// std::invalid_argument): conv1 sees 5 pixels, conv2 7, the pool 8, conv3 12, conv4 16, conv5 20, and
// the global average pool all 28. Only fc depends on the class count: 16 weights and a bias per class.
ParameterBreakdown mnistParameterBreakdown(int classes = kMnistClasses);

// The breakdown as a text table, for the command line's summary.
std::string formatParameterBreakdown(const ParameterBreakdown& breakdown);

} // namespace bplab
