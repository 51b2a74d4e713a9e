// The convolution, pooling and dropout kernels, written once and compiled once per instruction set:
// CMake builds this file with BPLAB_NATIVE_ISA set to generic, avx2 or avx512 and the matching -m
// flags, -O3 and FMA contraction (native_vector.h has the vector type).
#include "core/mnist/libtorch/native/native_vector.h"

#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace bplab::native::BPLAB_NATIVE_ISA {

namespace {

using std::int64_t;
using std::size_t;

// ---- tile sizes ------------------------------------------------------------------------------------
// How many vectors a tile keeps in registers, per instruction set: AVX-512 has 32 vector registers,
// AVX2 and SSE 16. Bigger tiles load each input once for more
// multiply-adds, which is what these kernels are bound by (L2 bandwidth), until they spill.
struct Tiles {
    int lanes;         // Vecs of images per tile (forward and input gradient)
    int channels;      // channels per tile: outputs (forward), inputs (input gradient)
    int weightOutputs; // weight gradient: output channels per tile
    int pairInputs;    // weight gradient with kernels up to 3×3: input channels per tile (1 or 2)
};
#if defined(__AVX512F__)
constexpr Tiles kTiles{4, 4, 4, 2}; // 16 accumulators + 4 inputs; 4·2·3 = 24 accumulators (of 32)
#else
constexpr Tiles kTiles{2, 4, 2, 2}; // 8 accumulators + 2 inputs; 2·2·3 = 12 accumulators (of 16)
#endif

// Calls tile(first, count) over [begin, end) in tiles of `size` channels, then single channels.
template <int Size, typename Tile> inline void inTiles(int begin, int end, const Tile& tile) {
    int first = begin;
    for (; first + Size <= end; first += Size) tile.template run<Size>(first);
    for (; first < end; ++first) tile.template run<1>(first);
}

// ---- convolution forward -------------------------------------------------------------------------
// V vectors of lanes for OB output channels at one output pixel: OB·V accumulators in registers, each
// input vector loaded once for the OB channels.
template <int V, int OB>
inline void convForwardTile(const ConvShape& s, const float* in, const float* weight, const float* bias,
                            float* out, int o, int oh, int ow, int lane) {
    const int C = s.channels, W = s.width, K = s.kernel, L = s.lanes;
    const size_t outPlane = static_cast<size_t>(outHeight(s)) * outWidth(s) * L;
    const size_t weightStride = static_cast<size_t>(C) * K * K; // one output channel's weights
    Vec acc[OB][V];
    for (int b = 0; b < OB; ++b)
        for (int v = 0; v < V; ++v) splat(acc[b][v], bias[o + b]);
    for (int c = 0; c < C; ++c) {
        for (int kh = 0; kh < K; ++kh) {
            const float* row = in + ((static_cast<size_t>(c) * s.height + oh + kh) * W + ow) * L + lane;
            const float* w = weight + (static_cast<size_t>(o) * C + c) * K * K + static_cast<size_t>(kh) * K;
            for (int kw = 0; kw < K; ++kw) {
                Vec x[V];
                for (int v = 0; v < V; ++v) load(x[v], row + static_cast<size_t>(kw) * L + v * kVec);
                for (int b = 0; b < OB; ++b) {
                    const float wb = w[b * weightStride + kw];
                    for (int v = 0; v < V; ++v) acc[b][v] += x[v] * wb;
                }
            }
        }
    }
    float* dst = out + (static_cast<size_t>(o) * outHeight(s) + oh) * outWidth(s) * L +
                 static_cast<size_t>(ow) * L + lane;
    for (int b = 0; b < OB; ++b)
        for (int v = 0; v < V; ++v) store(dst + b * outPlane + v * kVec, acc[b][v]);
}

struct ConvForwardPixel {
    const ConvShape& s;
    const float *in, *weight, *bias;
    float* out;
    int oh, ow;
    template <int OB> void run(int o) const {
        int lane = 0;
        for (; lane + kTiles.lanes * kVec <= s.lanes; lane += kTiles.lanes * kVec)
            convForwardTile<kTiles.lanes, OB>(s, in, weight, bias, out, o, oh, ow, lane);
        for (; lane < s.lanes; lane += kVec)
            convForwardTile<1, OB>(s, in, weight, bias, out, o, oh, ow, lane);
    }
};

void convForward(const ConvShape& s, const float* in, const float* weight, const float* bias, float* out,
                 int64_t begin, int64_t end) {
    const int outH = outHeight(s);
    for (int64_t item = begin; item < end; ++item) {
        const int o = static_cast<int>(item / outH) * kChannelBlock, oh = static_cast<int>(item % outH);
        for (int ow = 0; ow < outWidth(s); ++ow)
            inTiles<kTiles.channels>(o, smaller(o + kChannelBlock, s.outputs),
                                     ConvForwardPixel{s, in, weight, bias, out, oh, ow});
    }
}

// ---- convolution backward, input gradient ----------------------------------------------------------
// gradIn[c][ih][iw] = Σ_o Σ_kh Σ_kw w[o][c][kh][kw] · gradOut[o][ih−kh][iw−kw], over the (kh, kw) that
// land inside the output: a gather, so the accumulators stay in registers.
template <int V, int CB>
inline void convBackwardInputTile(const ConvShape& s, const float* gradOut, const float* weight,
                                  float* gradIn, int c, int ih, int iw, int lane) {
    const int C = s.channels, K = s.kernel, L = s.lanes, outH = outHeight(s), outW = outWidth(s);
    const int khLo = larger(0, ih - outH + 1), khHi = smaller(K - 1, ih);
    const int kwLo = larger(0, iw - outW + 1), kwHi = smaller(K - 1, iw);
    const size_t kk = static_cast<size_t>(K) * K;
    Vec acc[CB][V];
    for (int b = 0; b < CB; ++b)
        for (int v = 0; v < V; ++v) splat(acc[b][v], 0.0f);
    for (int o = 0; o < s.outputs; ++o) {
        const float* w = weight + (static_cast<size_t>(o) * C + c) * kk;
        for (int kh = khLo; kh <= khHi; ++kh) {
            const float* row = gradOut + ((static_cast<size_t>(o) * outH + ih - kh) * outW) * L + lane;
            for (int kw = kwLo; kw <= kwHi; ++kw) {
                Vec g[V];
                for (int v = 0; v < V; ++v) load(g[v], row + static_cast<size_t>(iw - kw) * L + v * kVec);
                for (int b = 0; b < CB; ++b) {
                    const float wb = w[b * kk + static_cast<size_t>(kh) * K + kw];
                    for (int v = 0; v < V; ++v) acc[b][v] += g[v] * wb;
                }
            }
        }
    }
    const size_t inPlane = static_cast<size_t>(s.height) * s.width * L;
    float* dst = gradIn + ((static_cast<size_t>(c) * s.height + ih) * s.width + iw) * L + lane;
    for (int b = 0; b < CB; ++b)
        for (int v = 0; v < V; ++v) store(dst + b * inPlane + v * kVec, acc[b][v]);
}

struct ConvBackwardInputPixel {
    const ConvShape& s;
    const float *gradOut, *weight;
    float* gradIn;
    int ih, iw;
    template <int CB> void run(int c) const {
        int lane = 0;
        for (; lane + kTiles.lanes * kVec <= s.lanes; lane += kTiles.lanes * kVec)
            convBackwardInputTile<kTiles.lanes, CB>(s, gradOut, weight, gradIn, c, ih, iw, lane);
        for (; lane < s.lanes; lane += kVec)
            convBackwardInputTile<1, CB>(s, gradOut, weight, gradIn, c, ih, iw, lane);
    }
};

void convBackwardInput(const ConvShape& s, const float* gradOut, const float* weight, float* gradIn,
                       int64_t begin, int64_t end) {
    for (int64_t item = begin; item < end; ++item) {
        const int c = static_cast<int>(item / s.height) * kChannelBlock,
                  ih = static_cast<int>(item % s.height);
        for (int iw = 0; iw < s.width; ++iw)
            inTiles<kTiles.channels>(c, smaller(c + kChannelBlock, s.channels),
                                     ConvBackwardInputPixel{s, gradOut, weight, gradIn, ih, iw});
    }
}

// ---- convolution backward, weight gradient ---------------------------------------------------------
// gradWeight[o][c][kh][kw] = Σ_oh Σ_ow Σ_lanes gradOut[o][oh][ow] · in[c][oh+kh][ow+kw]: one row of the
// kernel (K accumulators) for OB output and CB input channels; each vector loaded once for all of them.
template <int K, int OB, int CB>
void convBackwardWeightRow(const ConvShape& s, const float* in, const float* gradOut, float* gradWeight,
                           int o, int c, int kh) {
    const int C = s.channels, W = s.width, L = s.lanes, outH = outHeight(s), outW = outWidth(s);
    const size_t outPlane = static_cast<size_t>(outH) * outW * L,
                 inPlane = static_cast<size_t>(s.height) * W * L;
    Vec acc[OB][CB][K];
    for (int b = 0; b < OB; ++b)
        for (int i = 0; i < CB; ++i)
            for (int kw = 0; kw < K; ++kw) splat(acc[b][i][kw], 0.0f);
    for (int oh = 0; oh < outH; ++oh) {
        const float* g0 = gradOut + (static_cast<size_t>(o) * outH + oh) * outW * L;
        const float* x0 = in + (static_cast<size_t>(c) * s.height + oh + kh) * W * L;
        for (int ow = 0; ow < outW; ++ow) {
            for (int lane = 0; lane < L; lane += kVec) {
                const size_t at = static_cast<size_t>(ow) * L + lane;
                Vec g[OB];
                for (int b = 0; b < OB; ++b) load(g[b], g0 + b * outPlane + at);
                for (int i = 0; i < CB; ++i) {
                    for (int kw = 0; kw < K; ++kw) {
                        Vec x;
                        load(x, x0 + i * inPlane + at + static_cast<size_t>(kw) * L);
                        for (int b = 0; b < OB; ++b) acc[b][i][kw] += g[b] * x;
                    }
                }
            }
        }
    }
    for (int b = 0; b < OB; ++b)
        for (int i = 0; i < CB; ++i)
            for (int kw = 0; kw < K; ++kw)
                gradWeight[((static_cast<size_t>(o + b) * C + c + i) * K + kh) * K + kw] = sum(acc[b][i][kw]);
}

template <int K, int CB> struct ConvBackwardWeightTile {
    const ConvShape& s;
    const float *in, *gradOut;
    float* gradWeight;
    int c, kh;
    template <int OB> void run(int o) const {
        convBackwardWeightRow<K, OB, CB>(s, in, gradOut, gradWeight, o, c, kh);
    }
};

template <int K>
void convBackwardWeightFixed(const ConvShape& s, const float* in, const float* gradOut, float* gradWeight,
                             int64_t begin, int64_t end) {
    // Input channels in pairs only where the accumulators fit (K·OB·2 registers).
    constexpr int kInputs = K <= 3 ? kTiles.pairInputs : 1;
    const int64_t perBlock = static_cast<int64_t>((s.channels + 1) / 2) * K;
    for (int64_t item = begin; item < end; ++item) {
        const int o = static_cast<int>(item / perBlock) * kChannelBlock;
        const int c = static_cast<int>(item % perBlock / K) * 2, kh = static_cast<int>(item % K);
        const int oEnd = smaller(o + kChannelBlock, s.outputs);
        if (kInputs == 2 && c + 1 < s.channels) {
            inTiles<kTiles.weightOutputs>(
                o, oEnd, ConvBackwardWeightTile<K, kInputs>{s, in, gradOut, gradWeight, c, kh});
            continue;
        }
        for (int i = c; i < smaller(c + 2, s.channels); ++i)
            inTiles<kTiles.weightOutputs>(o, oEnd,
                                          ConvBackwardWeightTile<K, 1>{s, in, gradOut, gradWeight, i, kh});
    }
}

// The refusal, a cold path of its own. snprintf and the exception's constructor live in the C and C++
// libraries: no inline library code is compiled here with this set's flags (see native_vector.h).
[[noreturn]] void refuseKernelSize(int kernel) {
    char message[160];
    std::snprintf(message, sizeof message,
                  "native convolution: the weight gradient has code for kernels of 1×1 to %d×%d, not %d×%d",
                  kMaxKernel, kMaxKernel, kernel, kernel);
    throw std::invalid_argument(message);
}

void convBackwardWeight(const ConvShape& s, const float* in, const float* gradOut, float* gradWeight,
                        int64_t begin, int64_t end) {
    static_assert(kMaxKernel == 7, "one case below per kernel size up to kMaxKernel");
    switch (s.kernel) {
    case 1:
        return convBackwardWeightFixed<1>(s, in, gradOut, gradWeight, begin, end);
    case 2:
        return convBackwardWeightFixed<2>(s, in, gradOut, gradWeight, begin, end);
    case 3:
        return convBackwardWeightFixed<3>(s, in, gradOut, gradWeight, begin, end);
    case 4:
        return convBackwardWeightFixed<4>(s, in, gradOut, gradWeight, begin, end);
    case 5:
        return convBackwardWeightFixed<5>(s, in, gradOut, gradWeight, begin, end);
    case 6:
        return convBackwardWeightFixed<6>(s, in, gradOut, gradWeight, begin, end);
    case 7:
        return convBackwardWeightFixed<7>(s, in, gradOut, gradWeight, begin, end);
    default:
        refuseKernelSize(s.kernel); // checked once per call, not per item
    }
}

// ---- max-pooling -----------------------------------------------------------------------------------
void maxPoolForward(int height, int width, int lanes, const float* in, float* out, int64_t begin,
                    int64_t end) {
    const int outH = height / 2, outW = width / 2;
    for (int64_t c = begin; c < end; ++c) {
        for (int i = 0; i < outH; ++i) {
            for (int j = 0; j < outW; ++j) {
                const float* a = in + ((static_cast<size_t>(c) * height + 2 * i) * width + 2 * j) * lanes;
                const float* b = a + static_cast<size_t>(width) * lanes;
                float* dst = out + ((static_cast<size_t>(c) * outH + i) * outW + j) * lanes;
                for (int lane = 0; lane < lanes; ++lane)
                    dst[lane] = maxKeepingNan(maxKeepingNan(a[lane], a[lane + lanes]),
                                              maxKeepingNan(b[lane], b[lane + lanes]));
            }
        }
    }
}

void maxPoolBackward(int height, int width, int lanes, const float* in, const float* gradOut, float* gradIn,
                     int64_t begin, int64_t end) {
    const int outH = height / 2, outW = width / 2;
    for (int64_t c = begin; c < end; ++c) {
        for (int i = 0; i < outH; ++i) {
            for (int j = 0; j < outW; ++j) {
                const size_t first = ((static_cast<size_t>(c) * height + 2 * i) * width + 2 * j) * lanes;
                const size_t window[4] = {first, first + lanes, first + static_cast<size_t>(width) * lanes,
                                          first + static_cast<size_t>(width + 1) * lanes};
                const size_t at = ((static_cast<size_t>(c) * outH + i) * outW + j) * lanes;
                for (int lane = 0; lane < lanes; lane += kVec) {
                    // LibTorch's scan, row by row: a value is taken when it beats the maximum so far or
                    // is NaN. So the first of equal maxima wins, and a window's last NaN; −∞ everywhere
                    // leaves element 0. Windows do not overlap, so each input is written once.
                    Vec x[4], best;
                    splat(best, -__builtin_inff());
                    Mask chosen = {}; // the element (0…3) that takes the gradient, per lane
                    for (int k = 0; k < 4; ++k) {
                        load(x[k], in + window[k] + lane);
                        const Mask take = (x[k] > best) | (x[k] != x[k]);
                        assignWhere(best, x[k], take);
                        chosen = (chosen & ~take) | (take & k);
                    }
                    Vec grad;
                    load(grad, gradOut + at + lane);
                    for (int k = 0; k < 4; ++k) {
                        Vec share = grad;
                        keepWhere(share, chosen == k);
                        store(gradIn + window[k] + lane, share);
                    }
                }
            }
        }
    }
}

// ---- dropout ---------------------------------------------------------------------------------------
// A 32-bit integer hash (the finaliser of MurmurHash3) of the element's index mixed with the seed: each
// element's draw depends only on (seed, index), and the loop vectorises.
void dropoutMask(std::uint64_t seed, float drop, float* mask, int64_t begin, int64_t end) {
    const auto low = static_cast<std::uint32_t>(seed), high = static_cast<std::uint32_t>(seed >> 32);
    const float keep = 1.0f / (1.0f - drop);
    // Keep when the hash's top 24 bits, as a fraction of 2^24, are at least `drop`.
    const auto threshold = static_cast<std::uint32_t>(std::ceil(static_cast<double>(drop) * (1 << 24)));
    for (int64_t i = begin; i < end; ++i) {
        std::uint32_t h = static_cast<std::uint32_t>(i) * 0x9E3779B9u ^ low;
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h += high;
        h *= 0xC2B2AE35u;
        h ^= h >> 16;
        mask[i] = (h >> 8) >= threshold ? keep : 0.0f;
    }
}

// Field by field, by name (C++17 has no designated initialisers): a reordered Kernels cannot swap two
// kernels of the same type, and a field left out stays null (NativeKernelTables checks). constexpr,
// so the table is constant-initialised, ready before any static constructor looks at it.
constexpr Kernels table() {
    Kernels k{};
    k.name = kInstructionSet;
    k.convForward = convForward;
    k.convBackwardInput = convBackwardInput;
    k.convBackwardWeight = convBackwardWeight;
    k.maxPoolForward = maxPoolForward;
    k.maxPoolBackward = maxPoolBackward;
    k.dropoutMask = dropoutMask;
    k.reluNormTrainForward = reluNormTrainForward;
    k.reluNormEvalForward = reluNormEvalForward;
    k.reluNormBackward = reluNormBackward;
    return k;
}
constexpr Kernels kTable = table();

} // namespace

const Kernels kernels = kTable;

} // namespace bplab::native::BPLAB_NATIVE_ISA
