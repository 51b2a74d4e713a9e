// MnistClassifier's look inside the network (network_inspection.h): the forward pass stage by stage,
// the kernels, and saliency maps. Separate from mnist_classifier.cpp, which only predicts.
#include "core/mnist/libtorch/mnist_internal.h"

#include <algorithm>
#include <stdexcept>

namespace bplab {

namespace {

PlainTensor toPlain(const torch::Tensor& tensor, bool dropBatch) {
    const torch::Tensor values = tensor.detach().to(torch::kCPU, torch::kFloat).contiguous();
    PlainTensor plain;
    const auto sizes = values.sizes();
    plain.shape.assign(sizes.begin() + (dropBatch ? 1 : 0), sizes.end());
    plain.values.assign(values.data_ptr<float>(), values.data_ptr<float>() + values.numel());
    return plain;
}

// The stage a layer's output is, in networkStageNames()'s terms, or "" for an inner step (a block's
// convolution and ReLU, dropout). Blocks end with their BatchNorm: that output is what flows on.
std::string stageOf(const std::string& layerType, int& blocksSeen) {
    if (layerType == "BatchNorm2d") return "conv" + std::to_string(++blocksSeen);
    if (layerType == "MaxPool2d") return "max-pool";
    if (layerType == "AvgPool2d") return "average pool";
    if (layerType == "Linear") return "scores";
    return {};
}

std::string describe(const std::string& stage) {
    if (stage == "conv1") return "5×5 convolution → ReLU → BatchNorm";
    if (stage == "max-pool") return "the largest of each 2×2 square";
    if (stage == "average pool") return "the mean of each 5×5 map";
    if (stage == "scores") return "linear layer: one score (logit) per digit";
    return "3×3 convolution → ReLU → BatchNorm";
}

} // namespace

NetworkTrace MnistClassifier::trace(const std::array<float, kMnistPixels>& pixels) const {
    const std::lock_guard<std::mutex> lock(m_impl->mutex);
    useOnlyThisThreadForTorch();
    torch::NoGradGuard noGrad;
    NetworkTrace trace;
    int blocksSeen = 0;
    const torch::Tensor logProbabilities = m_impl->net->forward(
        normalisedInput(pixelTensor(pixels)),
        [&](const std::string& type, const torch::Tensor& output, std::int64_t /*parameters*/) {
            const std::string stage = stageOf(type, blocksSeen);
            if (!stage.empty()) trace.stages.push_back({stage, describe(stage), toPlain(output, true)});
        });
    trace.probabilities = probabilitiesOf(logProbabilities);
    return trace;
}

SaliencyMap MnistClassifier::saliency(const std::array<float, kMnistPixels>& pixels, int classIndex,
                                      SaliencyKind kind) const {
    if (classIndex < 0 || classIndex >= classes())
        throw std::out_of_range("class " + std::to_string(classIndex) +
                                " is not one of the model's classes 0–" + std::to_string(classes() - 1));
    const std::lock_guard<std::mutex> lock(m_impl->mutex);
    useOnlyThisThreadForTorch();
    const torch::Tensor image = pixelTensor(pixels).requires_grad_(true);
    torch::Tensor logits;
    m_impl->net->forward(normalisedInput(image),
                         [&](const std::string& type, const torch::Tensor& output, std::int64_t) {
                             if (type == "Linear") logits = output;
                         });
    // autograd::grad, not backward(): the classifier's parameters keep no gradient of their own.
    torch::Tensor gradient = torch::autograd::grad({logits[0][classIndex]}, {image})[0];
    if (kind == SaliencyKind::InputTimesGradient) gradient = gradient * image.detach();
    SaliencyMap map;
    map.classIndex = classIndex;
    map.kind = kind;
    map.map = toPlain(gradient.reshape({kMnistRows, kMnistCols}), false);
    return map;
}

ConvKernels MnistClassifier::kernels() const {
    const std::lock_guard<std::mutex> lock(m_impl->mutex);
    const MnistNet& net = m_impl->net;
    return {toPlain(net->conv1->weight, false), toPlain(net->conv1->bias, false),
            toPlain(net->conv2->weight, false), toPlain(net->conv2->bias, false)};
}

} // namespace bplab
