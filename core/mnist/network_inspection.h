#pragma once

// What the CNN computes inside, for one image, as plain C++ (no LibTorch type): the stages of the
// forward pass, the learned kernels, and saliency maps. MnistClassifier produces them
// (libtorch/network_inspection.cpp); the GUI and the CLI only draw and write them.

#include <cstdint>
#include <string>
#include <vector>

namespace bplab {

// Numbers with their shape, row-major, without a batch dimension: {4, 24, 24} holds four 24×24 maps.
struct PlainTensor {
    std::vector<std::int64_t> shape;
    std::vector<float> values;

    // The product of the shape: values.size() when the two agree.
    std::int64_t elementCount() const;
    // The i-th slice along the first dimension (map i of {4, 24, 24} is {24, 24}). Throws
    // std::out_of_range for an index outside the first dimension.
    PlainTensor slice(std::int64_t index) const;
};

// One stage of the forward pass, as the next stage receives it.
struct NetworkStage {
    std::string name;        // "conv1" … "conv5", "max-pool", "average pool", "scores"
    std::string description; // how it was computed: "5×5 convolution → ReLU → BatchNorm"
    PlainTensor output;      // shape as in the model summary: conv1 {4, 24, 24} … scores {classes}
};

// The model's probability for each class, in label order; they sum to 1.
using ClassProbabilities = std::vector<float>;

// One image through the network, stage by stage in data-flow order, ending with the class scores
// (the logits, before softmax) and the probabilities predict() returns.
struct NetworkTrace {
    std::vector<NetworkStage> stages;
    ClassProbabilities probabilities;
};

// The learned kernels of the first two convolutions, and the bias each output map adds.
struct ConvKernels {
    PlainTensor conv1;     // {4, 1, 5, 5}: 4 output maps × 1 input × 5×5
    PlainTensor conv1Bias; // {4}
    PlainTensor conv2;     // {8, 4, 3, 3}
    PlainTensor conv2Bias; // {8}
};

enum class SaliencyKind {
    Gradient,           // ∂score/∂pixel: how much each pixel would move the score
    InputTimesGradient, // pixel × ∂score/∂pixel: what the ink present contributes (0 where no ink)
};

// "Why did it say 7?": the class score's sensitivity to each input pixel. Pixels are in MNIST's
// 0 (background) … 1 (ink) scale, before normalisation; the score is the class's logit.
struct SaliencyMap {
    int classIndex = 0;
    SaliencyKind kind = SaliencyKind::InputTimesGradient;
    PlainTensor map; // {28, 28}
};

// The names of the stages, in the order NetworkTrace lists them.
const std::vector<std::string>& networkStageNames();

} // namespace bplab
