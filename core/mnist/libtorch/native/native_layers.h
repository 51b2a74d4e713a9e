#pragma once

// The CNN's layers on the native kernels (native_kernels.h), as LibTorch autograd functions: the
// same parameters and buffers as the LibTorch layers, so either path trains the one model and a
// checkpoint does not know which ran. LibTorch inside: include only from core/mnist/libtorch .cpp files.
#include "core/mnist/libtorch/native/native_kernels.h"

#include <torch/torch.h>

#include <functional>
#include <string>
#include <string_view>

namespace bplab {

struct MnistNetImpl;

namespace native {

// The kernels for this processor: AVX-512 (F, DQ, BW, VL) or AVX2 + FMA on x86-64, the generic build
// elsewhere; null on an x86-64 processor with neither, where LibTorch's own operators are faster. The
// environment variable BACKPROP_LAB_CPU_KERNELS (generic, avx2 or avx512) asks for another set this
// processor runs, to measure one against another (as PyTorch's ATEN_CPU_CAPABILITY does); a set it
// cannot run is ignored, and MnistTrainer::kernelsInUse() says what trains.
const Kernels* bestKernels();
// The table built for one instruction set ("generic", "avx2", "avx512"), or null when this build has
// none for it or this processor cannot run it. For tests, which check every table the machine runs.
const Kernels* kernelsFor(std::string_view isa);

// Batch-innermost tensors: [N, C, H, W] → [C, H, W, lanes] with zero padding lanes, and back.
int lanesFor(std::int64_t images);
torch::Tensor toLanes(const torch::Tensor& nchw);
torch::Tensor fromLanes(const torch::Tensor& lanes, std::int64_t images);

// The layers, on [C, H, W, lanes] tensors (float, CPU, contiguous), differentiable.
torch::Tensor conv(const Kernels&, const torch::Tensor& in, const torch::Tensor& weight,
                   const torch::Tensor& bias);
torch::Tensor maxPool(const Kernels&, const torch::Tensor& in);
// relu then batch norm; in training mode the batch statistics, and the module's running statistics
// are updated as LibTorch's BatchNorm2d does; otherwise the running statistics (with gradients wanted,
// through LibTorch's operators, whose padding lanes are not zeroed: nothing downstream reads them).
// The norm must be affine, with running statistics and a momentum (as the network's are).
torch::Tensor reluNorm(const Kernels&, const torch::Tensor& in, torch::nn::BatchNorm2dImpl& norm,
                       std::int64_t images);
// Inverted dropout with a mask drawn from LibTorch's generator (so the seed decides it); identity when
// `drop` is 0 or not training.
torch::Tensor dropout(const Kernels&, const torch::Tensor& in, double drop, bool training);

// Sees each native layer's output during a forward pass, for the test that holds this layer sequence
// to MnistNetImpl::forward's (tests/core/mnist/cnn_definitions_agree_test.cpp): the LibTorch pass's
// type names ("ReLU+BatchNorm2d" for the fused pair), the output [N, …] out of the lanes, and the
// module whose parameters or options the layer used (null for none).
using LayerObserver =
    std::function<void(const std::string& type, const torch::Tensor& output, const torch::nn::Module* layer)>;

// The whole network's forward pass on the native layers: log-probabilities [N, 10], as
// MnistNetImpl::forward gives them.
torch::Tensor forward(const Kernels&, MnistNetImpl& net, const torch::Tensor& x,
                      const LayerObserver& observe = {});

} // namespace native
} // namespace bplab
