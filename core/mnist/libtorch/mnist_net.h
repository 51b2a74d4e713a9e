#pragma once

// LibTorch inside: include only from core's .cpp files, never from a header that ui or moc sees.
#include "core/mnist/model_summary.h"

#include <torch/torch.h>

#include <vector>

namespace bplab {

// The seed notebook's CNN, 11,154 trainable parameters. Each block is Conv → ReLU → BatchNorm (ReLU
// before BN, as in the seed); no padding, so 28 → 24 → 22 → (pool) 11 → 9 → 7 → 5 → (GAP) 1.
struct MnistNetImpl : torch::nn::Module {
    explicit MnistNetImpl(double dropout);

    // x: [B, 1, 28, 28], normalised. Returns log-probabilities [B, 10].
    torch::Tensor forward(torch::Tensor x);
    // The same, recording each layer's output shape and parameter count (torchsummary's table).
    torch::Tensor forward(torch::Tensor x, std::vector<SummaryRow>* rows);

    torch::nn::Conv2d conv1, conv2, conv3, conv4, conv5;
    torch::nn::BatchNorm2d norm1, norm2, norm3, norm4, norm5;
    torch::nn::MaxPool2d pool;
    torch::nn::Dropout dropout;
    torch::nn::AvgPool2d gap;
    torch::nn::Linear fc;
};
TORCH_MODULE(MnistNet);

} // namespace bplab
