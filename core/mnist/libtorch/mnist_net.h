#pragma once

// LibTorch inside: include only from core's .cpp files, never from a header that ui or moc sees.
#include "core/mnist/data/class_names.h"
#include "core/mnist/libtorch/native/native_kernels.h"
#include "core/mnist/model_summary.h"

#include <torch/torch.h>

#include <functional>
#include <string>
#include <vector>

namespace bplab {

// The seed notebook's CNN, 11,154 trainable parameters for MNIST's ten classes (10,984 + 17 per class:
// the last layer has 16 weights and a bias per class). Each block is Conv → ReLU → BatchNorm (ReLU
// before BN, as in the seed); no padding, so 28 → 24 → 22 → (pool) 11 → 9 → 7 → 5 → (GAP) 1.
struct MnistNetImpl : torch::nn::Module {
    // classes: kMinClasses … kMaxClasses, else std::invalid_argument. The last layer is built last, so
    // its class count changes no other layer's initial weights.
    explicit MnistNetImpl(double dropout, int classes = kMnistClasses);

    // x: [B, 1, 28, 28], normalised. Returns log-probabilities [B, classes].
    torch::Tensor forward(torch::Tensor x);
    // The number of classes it tells apart: the last layer's outputs.
    int classes() const { return static_cast<int>(fc->options.out_features()); }
    // Sees each layer's output during a forward pass: its torchsummary type ("Conv2d", "ReLU", …),
    // the output [B, …] and the layer's trainable parameter count. The model summary and the
    // inspection trace both watch the one forward pass, so neither can drift from the model.
    using LayerObserver =
        std::function<void(const std::string& type, const torch::Tensor& output, std::int64_t parameters)>;
    torch::Tensor forward(torch::Tensor x, const LayerObserver& observe);

    // The kernels the forward pass runs on the CPU: this processor's native ones (native_layers.h), or
    // null for LibTorch's operators. A pass that is watched, runs on another device, or evaluates with
    // gradients (saliency) always takes LibTorch's operators.
    const native::Kernels* nativeKernels = nullptr;

    torch::nn::Conv2d conv1, conv2, conv3, conv4, conv5;
    torch::nn::BatchNorm2d norm1, norm2, norm3, norm4, norm5;
    torch::nn::MaxPool2d pool;
    torch::nn::Dropout dropout;
    torch::nn::AvgPool2d gap;
    torch::nn::Linear fc;
};
TORCH_MODULE(MnistNet);

} // namespace bplab
