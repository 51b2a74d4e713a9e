#pragma once

// The CNN's own CPU kernels, on plain float arrays (no LibTorch here: this header is compiled once
// per instruction set, see native_kernels.cpp).
//
// Layout: "batch innermost". An activation of C channels of H×W pixels for a batch is one array
// [C][H][W][lanes], lanes being the batch padded up to a multiple of kLanes. Every kernel then works
// on whole vectors of kLanes images at once, with no edge cases in the pixel loops: that is what makes
// 1→4, 4→8 and 8→16-channel convolutions fast, where a library's kernels (built for wide layers) waste
// most of their work. Padding lanes hold zeros and zero gradients; only the BatchNorm kernels must
// know which lanes are real images (`images`), to leave the padding out of their statistics.
//
// Each kernel does a range [begin, end) of independent work items (named at each function), so the
// caller can split the work between threads without the kernels knowing about threads.

#include <cstdint>

namespace bplab::native {

inline constexpr int kLanes = 16; // one AVX-512 register of floats; two AVX2 registers

// The largest square kernel the convolutions take (the network's are 5 and 3): the weight gradient
// has one loop compiled per size, 1 to kMaxKernel, and throws std::invalid_argument for any other.
inline constexpr int kMaxKernel = 7;

// A valid (unpadded) convolution with stride 1: in [C][H][W][lanes] → out [O][H-K+1][W-K+1][lanes],
// weights [O][C][K][K] (LibTorch's own layout, used in place).
struct ConvShape {
    int channels = 0; // C
    int height = 0;   // H
    int width = 0;    // W
    int outputs = 0;  // O
    int kernel = 0;   // K
    int lanes = 0;    // a multiple of kLanes
    int outHeight() const { return height - kernel + 1; }
    int outWidth() const { return width - kernel + 1; }
};

// ReLU followed by BatchNorm over a [C][S][lanes] array (S = H·W pixels), of which the first `images`
// lanes are real images; the rest is padding.
struct NormShape {
    int channels = 0;
    int pixels = 0; // S
    int lanes = 0;
    int images = 0;
};

// Convolution work items go by blocks of channels: kChannelBlock outputs (forward, weight gradient) or
// inputs (input gradient), and pairs of input channels (weight gradient).
inline constexpr int kChannelBlock = 4;
inline constexpr int channelBlocks(int channels) { return (channels + kChannelBlock - 1) / kChannelBlock; }
inline constexpr int pairs(int channels) { return (channels + 1) / 2; }

// The kernels for one instruction set. Work items are given in each comment. Tables are filled field
// by field by name (native_kernels.cpp): convBackwardInput and convBackwardWeight have the same type,
// so a positional list would swap them silently if the fields were reordered.
struct Kernels {
    const char* name; // the instruction set, as a user reads it: "AVX-512", "AVX2", "generic"
    // out = bias + Σ w·in. Items: output rows of a block of outputs, (o/kChannelBlock)·outHeight + oh.
    void (*convForward)(const ConvShape&, const float* in, const float* weight, const float* bias, float* out,
                        std::int64_t begin, std::int64_t end);
    // gradIn = Σ_o w ⋆ gradOut (the full correlation with the flipped kernel). Items: input rows of a
    // block of input channels, (c/kChannelBlock)·H + h.
    void (*convBackwardInput)(const ConvShape&, const float* gradOut, const float* weight, float* gradIn,
                              std::int64_t begin, std::int64_t end);
    // gradWeight[o][c][kh][·] = Σ gradOut[o]·in[c] shifted by (kh, ·). Items: kernel rows of a
    // block of outputs and a pair of inputs, (o/kChannelBlock)·(pairs(C)·K) + (c/2)·K + kh. Throws
    // std::invalid_argument for K outside 1…kMaxKernel, rather than leave gradWeight as it was.
    void (*convBackwardWeight)(const ConvShape&, const float* in, const float* gradOut, float* gradWeight,
                               std::int64_t begin, std::int64_t end);
    // 2×2 max-pooling with stride 2 (a last odd row or column is dropped, like LibTorch's floor mode).
    // Items: channels. in [C][H][W][lanes] → out [C][H/2][W/2][lanes].
    void (*maxPoolForward)(int height, int width, int lanes, const float* in, float* out, std::int64_t begin,
                           std::int64_t end);
    // The gradient goes where LibTorch's sends it: a window's last NaN, else its first maximum (LibTorch
    // scans row by row and takes a value when `val > max || isnan(val)`). gradIn must be zeroed (a last
    // odd row or column is left as it is).
    void (*maxPoolBackward)(int height, int width, int lanes, const float* in, const float* gradOut,
                            float* gradIn, std::int64_t begin, std::int64_t end);
    // Dropout's multipliers: 0 with probability `drop`, else 1/(1-drop); a counter-based hash of
    // (seed, index), so any range gives the same values whichever thread computes it. Items: elements.
    void (*dropoutMask)(std::uint64_t seed, float drop, float* mask, std::int64_t begin, std::int64_t end);

    // ReLU then BatchNorm, training: out = γ·(relu(in) − mean)/√(var + eps) + β with the batch's mean and
    // biased variance per channel; stores mean and 1/√(var + eps) (for backward) and the unbiased
    // variance (for the running statistics). Padding lanes of `out` are 0. Items: channels.
    void (*reluNormTrainForward)(const NormShape&, const float* in, const float* gamma, const float* beta,
                                 double eps, float* out, float* mean, float* invStd, float* unbiasedVar,
                                 std::int64_t begin, std::int64_t end);
    // The same with the running statistics (evaluation). Items: channels.
    void (*reluNormEvalForward)(const NormShape&, const float* in, const float* gamma, const float* beta,
                                const float* runningMean, const float* runningVar, double eps, float* out,
                                std::int64_t begin, std::int64_t end);
    // The training forward's gradients: gradIn (padding lanes 0), gradGamma, gradBeta. Items: channels.
    void (*reluNormBackward)(const NormShape&, const float* in, const float* gradOut, const float* gamma,
                             const float* mean, const float* invStd, float* gradIn, float* gradGamma,
                             float* gradBeta, std::int64_t begin, std::int64_t end);
};

// The kernels compiled for each instruction set (native_kernels.cpp is built once per set: see
// core/mnist/CMakeLists.txt). `generic` uses only the compiler's baseline; avx2 and avx512 exist on
// x86-64 builds, and run only where the processor has them (native_layers.cpp chooses).
namespace generic {
extern const Kernels kernels;
}
namespace avx2 {
extern const Kernels kernels;
}
namespace avx512 {
extern const Kernels kernels;
}

} // namespace bplab::native
