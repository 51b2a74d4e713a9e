// The native kernels, written once and compiled once per instruction set: CMake builds this file with
// BPLAB_NATIVE_ISA set to generic, avx2 or avx512 and the matching -m flags, -O3 and FMA contraction.
// The vectors are GCC's vector extension (a portable 16-float type the compiler maps onto zmm, ymm or
// xmm registers), so there are no intrinsics and one source for every set. No vector type crosses a
// function boundary by value: the ABI for passing them differs between the sets.
#include "core/mnist/libtorch/native/native_kernels.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstring>

#ifndef BPLAB_NATIVE_ISA
#error "native_kernels.cpp is compiled with BPLAB_NATIVE_ISA set (see core/mnist/CMakeLists.txt)"
#endif

namespace bplab::native::BPLAB_NATIVE_ISA {

namespace {

using Vec = float __attribute__((vector_size(kLanes * sizeof(float))));
using std::int64_t;
using std::size_t;

inline void load(Vec& v, const float* p) { std::memcpy(&v, p, sizeof v); }
inline void store(float* p, const Vec& v) { std::memcpy(p, &v, sizeof v); }
inline void splat(Vec& v, float x) { v = Vec{} + x; }
inline float sum(const Vec& v) {
    float s = 0.0f;
    for (int i = 0; i < kLanes; ++i) s += v[i];
    return s;
}

// ---- convolution forward -------------------------------------------------------------------------
// V vectors of lanes for OB output channels at one output pixel: OB·V accumulators in registers, each
// input vector loaded once for the OB channels.
template <int V, int OB>
inline void convForwardTile(const ConvShape& s, const float* in, const float* weight, const float* bias,
                            float* out, int o, int oh, int ow, int lane) {
    const int C = s.channels, W = s.width, K = s.kernel, L = s.lanes;
    const size_t outPlane = static_cast<size_t>(s.outHeight()) * s.outWidth() * L;
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
                for (int v = 0; v < V; ++v) load(x[v], row + static_cast<size_t>(kw) * L + v * kLanes);
                for (int b = 0; b < OB; ++b) {
                    const float wb = w[b * weightStride + kw];
                    for (int v = 0; v < V; ++v) acc[b][v] += x[v] * wb;
                }
            }
        }
    }
    float* dst = out + (static_cast<size_t>(o) * s.outHeight() + oh) * s.outWidth() * L +
                 static_cast<size_t>(ow) * L + lane;
    for (int b = 0; b < OB; ++b)
        for (int v = 0; v < V; ++v) store(dst + b * outPlane + v * kLanes, acc[b][v]);
}

template <int OB>
void convForwardPixel(const ConvShape& s, const float* in, const float* weight, const float* bias, float* out,
                      int o, int oh, int ow) {
    int lane = 0;
    for (; lane + 8 * kLanes <= s.lanes; lane += 8 * kLanes)
        convForwardTile<8, OB>(s, in, weight, bias, out, o, oh, ow, lane);
    for (; lane + 2 * kLanes <= s.lanes; lane += 2 * kLanes)
        convForwardTile<2, OB>(s, in, weight, bias, out, o, oh, ow, lane);
    for (; lane < s.lanes; lane += kLanes) convForwardTile<1, OB>(s, in, weight, bias, out, o, oh, ow, lane);
}

void convForward(const ConvShape& s, const float* in, const float* weight, const float* bias, float* out,
                 int64_t begin, int64_t end) {
    const int outH = s.outHeight();
    for (int64_t item = begin; item < end; ++item) {
        const int o = static_cast<int>(item / outH) * 2, oh = static_cast<int>(item % outH);
        for (int ow = 0; ow < s.outWidth(); ++ow) {
            if (o + 1 < s.outputs) convForwardPixel<2>(s, in, weight, bias, out, o, oh, ow);
            else convForwardPixel<1>(s, in, weight, bias, out, o, oh, ow);
        }
    }
}

// ---- convolution backward, input gradient ----------------------------------------------------------
// gradIn[c][ih][iw] = Σ_o Σ_kh Σ_kw w[o][c][kh][kw] · gradOut[o][ih−kh][iw−kw], over the (kh, kw) that
// land inside the output: a gather, so the accumulators stay in registers.
template <int V, int CB>
inline void convBackwardInputTile(const ConvShape& s, const float* gradOut, const float* weight, float* gradIn,
                                  int c, int ih, int iw, int lane) {
    const int C = s.channels, K = s.kernel, L = s.lanes, outH = s.outHeight(), outW = s.outWidth();
    const int khLo = std::max(0, ih - outH + 1), khHi = std::min(K - 1, ih);
    const int kwLo = std::max(0, iw - outW + 1), kwHi = std::min(K - 1, iw);
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
                for (int v = 0; v < V; ++v) load(g[v], row + static_cast<size_t>(iw - kw) * L + v * kLanes);
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
        for (int v = 0; v < V; ++v) store(dst + b * inPlane + v * kLanes, acc[b][v]);
}

template <int CB>
void convBackwardInputPixel(const ConvShape& s, const float* gradOut, const float* weight, float* gradIn, int c,
                            int ih, int iw) {
    int lane = 0;
    for (; lane + 8 * kLanes <= s.lanes; lane += 8 * kLanes)
        convBackwardInputTile<8, CB>(s, gradOut, weight, gradIn, c, ih, iw, lane);
    for (; lane + 2 * kLanes <= s.lanes; lane += 2 * kLanes)
        convBackwardInputTile<2, CB>(s, gradOut, weight, gradIn, c, ih, iw, lane);
    for (; lane < s.lanes; lane += kLanes) convBackwardInputTile<1, CB>(s, gradOut, weight, gradIn, c, ih, iw, lane);
}

void convBackwardInput(const ConvShape& s, const float* gradOut, const float* weight, float* gradIn, int64_t begin,
                       int64_t end) {
    for (int64_t item = begin; item < end; ++item) {
        const int c = static_cast<int>(item / s.height) * 2, ih = static_cast<int>(item % s.height);
        for (int iw = 0; iw < s.width; ++iw) {
            if (c + 1 < s.channels) convBackwardInputPixel<2>(s, gradOut, weight, gradIn, c, ih, iw);
            else convBackwardInputPixel<1>(s, gradOut, weight, gradIn, c, ih, iw);
        }
    }
}

// ---- convolution backward, weight gradient ---------------------------------------------------------
// gradWeight[o][c][kh][kw] = Σ_oh Σ_ow Σ_lanes gradOut[o][oh][ow] · in[c][oh+kh][ow+kw]: one row of the
// kernel (K accumulators) for OB output channels; each input vector loaded once for all of them.
template <int K, int OB>
void convBackwardWeightRow(const ConvShape& s, const float* in, const float* gradOut, float* gradWeight, int o,
                           int c, int kh) {
    const int C = s.channels, W = s.width, L = s.lanes, outH = s.outHeight(), outW = s.outWidth();
    const size_t outPlane = static_cast<size_t>(outH) * outW * L;
    Vec acc[OB][K];
    for (int b = 0; b < OB; ++b)
        for (int kw = 0; kw < K; ++kw) splat(acc[b][kw], 0.0f);
    for (int oh = 0; oh < outH; ++oh) {
        const float* g0 = gradOut + (static_cast<size_t>(o) * outH + oh) * outW * L;
        const float* x0 = in + (static_cast<size_t>(c) * s.height + oh + kh) * W * L;
        for (int ow = 0; ow < outW; ++ow) {
            for (int lane = 0; lane < L; lane += kLanes) {
                const size_t at = static_cast<size_t>(ow) * L + lane;
                Vec g[OB];
                for (int b = 0; b < OB; ++b) load(g[b], g0 + b * outPlane + at);
                for (int kw = 0; kw < K; ++kw) {
                    Vec x;
                    load(x, x0 + at + static_cast<size_t>(kw) * L);
                    for (int b = 0; b < OB; ++b) acc[b][kw] += g[b] * x;
                }
            }
        }
    }
    for (int b = 0; b < OB; ++b)
        for (int kw = 0; kw < K; ++kw)
            gradWeight[((static_cast<size_t>(o + b) * C + c) * K + kh) * K + kw] = sum(acc[b][kw]);
}

template <int K>
void convBackwardWeightFixed(const ConvShape& s, const float* in, const float* gradOut, float* gradWeight,
                             int64_t begin, int64_t end) {
    const int64_t perPair = static_cast<int64_t>(s.channels) * K;
    for (int64_t item = begin; item < end; ++item) {
        const int o = static_cast<int>(item / perPair) * 2;
        const int c = static_cast<int>(item % perPair / K), kh = static_cast<int>(item % K);
        if (o + 1 < s.outputs) convBackwardWeightRow<K, 2>(s, in, gradOut, gradWeight, o, c, kh);
        else convBackwardWeightRow<K, 1>(s, in, gradOut, gradWeight, o, c, kh);
    }
}

void convBackwardWeight(const ConvShape& s, const float* in, const float* gradOut, float* gradWeight,
                        int64_t begin, int64_t end) {
    switch (s.kernel) {
    case 1: return convBackwardWeightFixed<1>(s, in, gradOut, gradWeight, begin, end);
    case 2: return convBackwardWeightFixed<2>(s, in, gradOut, gradWeight, begin, end);
    case 3: return convBackwardWeightFixed<3>(s, in, gradOut, gradWeight, begin, end);
    case 4: return convBackwardWeightFixed<4>(s, in, gradOut, gradWeight, begin, end);
    case 5: return convBackwardWeightFixed<5>(s, in, gradOut, gradWeight, begin, end);
    case 6: return convBackwardWeightFixed<6>(s, in, gradOut, gradWeight, begin, end);
    case 7: return convBackwardWeightFixed<7>(s, in, gradOut, gradWeight, begin, end);
    default: break; // the caller offers only kernels up to kMaxNativeKernel (native_layers.cpp)
    }
}

// ---- max-pooling -----------------------------------------------------------------------------------
void maxPoolForward(int height, int width, int lanes, const float* in, float* out, int64_t begin, int64_t end) {
    const int outH = height / 2, outW = width / 2;
    for (int64_t c = begin; c < end; ++c) {
        for (int i = 0; i < outH; ++i) {
            for (int j = 0; j < outW; ++j) {
                const float* a = in + ((static_cast<size_t>(c) * height + 2 * i) * width + 2 * j) * lanes;
                const float* b = a + static_cast<size_t>(width) * lanes;
                float* dst = out + ((static_cast<size_t>(c) * outH + i) * outW + j) * lanes;
                for (int lane = 0; lane < lanes; ++lane)
                    dst[lane] = std::max(std::max(a[lane], a[lane + lanes]), std::max(b[lane], b[lane + lanes]));
            }
        }
    }
}

void maxPoolBackward(int height, int width, int lanes, const float* in, const float* out, const float* gradOut,
                     float* gradIn, int64_t begin, int64_t end) {
    const int outH = height / 2, outW = width / 2;
    for (int64_t c = begin; c < end; ++c) {
        for (int i = 0; i < outH; ++i) {
            for (int j = 0; j < outW; ++j) {
                const size_t first = ((static_cast<size_t>(c) * height + 2 * i) * width + 2 * j) * lanes;
                const size_t window[4] = {first, first + lanes, first + static_cast<size_t>(width) * lanes,
                                          first + static_cast<size_t>(width + 1) * lanes};
                const size_t at = ((static_cast<size_t>(c) * outH + i) * outW + j) * lanes;
                for (int lane = 0; lane < lanes; ++lane) {
                    const float best = out[at + lane];
                    // Scan order (row by row) decides ties: the first maximum takes the gradient.
                    int k = 0;
                    while (k < 3 && in[window[k] + lane] != best) ++k;
                    gradIn[window[k] + lane] += gradOut[at + lane];
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

// ---- ReLU + BatchNorm --------------------------------------------------------------------------------
// Lanes at or beyond `images` are padding: `real` is 1 for real lanes of the last (partial) vector.
struct LaneSplit {
    int full;  // vectors of real images only
    int total; // vectors per pixel
    Vec real;  // 1 for the real lanes of vector `full`, 0 for padding
};
inline void splitLanes(const NormShape& s, LaneSplit& split) {
    split.full = s.images / kLanes;
    split.total = s.lanes / kLanes;
    split.real = Vec{};
    for (int i = 0; i < kLanes; ++i) split.real[i] = i < s.images % kLanes ? 1.0f : 0.0f;
}
inline void relu(Vec& v) {
    const Vec zero = {};
    v = v > zero ? v : zero;
}

void reluNormTrainForward(const NormShape& s, const float* in, const float* gamma, const float* beta, double eps,
                          float* out, float* mean, float* invStd, float* unbiasedVar, int64_t begin, int64_t end) {
    LaneSplit split;
    splitLanes(s, split);
    const double count = static_cast<double>(s.pixels) * s.images;
    const size_t plane = static_cast<size_t>(s.pixels) * s.lanes;
    for (int64_t c = begin; c < end; ++c) {
        const float* x = in + c * plane;
        float* y = out + c * plane;
        // Two passes (mean, then squared deviations) in float vectors, each pixel's sum added in double.
        double total = 0.0;
        for (int p = 0; p < s.pixels; ++p) {
            Vec acc = {};
            for (int v = 0; v < split.total; ++v) {
                Vec r;
                load(r, x + static_cast<size_t>(p) * s.lanes + v * kLanes);
                relu(r);
                acc += v < split.full ? r : r * split.real;
            }
            total += sum(acc);
        }
        const float mu = static_cast<float>(total / count);
        double squares = 0.0;
        for (int p = 0; p < s.pixels; ++p) {
            Vec acc = {};
            for (int v = 0; v < split.total; ++v) {
                Vec r;
                load(r, x + static_cast<size_t>(p) * s.lanes + v * kLanes);
                relu(r);
                r -= mu;
                if (v >= split.full) r *= split.real;
                acc += r * r;
            }
            squares += sum(acc);
        }
        const double variance = squares / count;
        const float inv = static_cast<float>(1.0 / std::sqrt(variance + eps));
        const float scale = gamma[c] * inv, shift = beta[c] - mu * scale;
        for (int p = 0; p < s.pixels; ++p) {
            for (int v = 0; v < split.total; ++v) {
                Vec r;
                load(r, x + static_cast<size_t>(p) * s.lanes + v * kLanes);
                relu(r);
                r = r * scale + shift;
                if (v >= split.full) r *= split.real;
                store(y + static_cast<size_t>(p) * s.lanes + v * kLanes, r);
            }
        }
        mean[c] = mu;
        invStd[c] = inv;
        unbiasedVar[c] = static_cast<float>(count > 1 ? squares / (count - 1) : variance);
    }
}

void reluNormEvalForward(const NormShape& s, const float* in, const float* gamma, const float* beta,
                         const float* runningMean, const float* runningVar, double eps, float* out, int64_t begin,
                         int64_t end) {
    LaneSplit split;
    splitLanes(s, split);
    const size_t plane = static_cast<size_t>(s.pixels) * s.lanes;
    for (int64_t c = begin; c < end; ++c) {
        const float inv = static_cast<float>(1.0 / std::sqrt(static_cast<double>(runningVar[c]) + eps));
        const float scale = gamma[c] * inv, shift = beta[c] - runningMean[c] * scale;
        for (int p = 0; p < s.pixels; ++p) {
            for (int v = 0; v < split.total; ++v) {
                const size_t at = c * plane + static_cast<size_t>(p) * s.lanes + v * kLanes;
                Vec r;
                load(r, in + at);
                relu(r);
                r = r * scale + shift;
                if (v >= split.full) r *= split.real;
                store(out + at, r);
            }
        }
    }
}

void reluNormBackward(const NormShape& s, const float* in, const float* gradOut, const float* gamma,
                      const float* mean, const float* invStd, float* gradIn, float* gradGamma, float* gradBeta,
                      int64_t begin, int64_t end) {
    LaneSplit split;
    splitLanes(s, split);
    const double count = static_cast<double>(s.pixels) * s.images;
    const size_t plane = static_cast<size_t>(s.pixels) * s.lanes;
    for (int64_t c = begin; c < end; ++c) {
        const float mu = mean[c], inv = invStd[c];
        // Σ dy and Σ dy·x̂; padding lanes have dy = 0 (nothing downstream reads them), so they add 0.
        double sumGrad = 0.0, sumGradXhat = 0.0;
        for (int p = 0; p < s.pixels; ++p) {
            Vec g = {}, gx = {};
            for (int v = 0; v < split.total; ++v) {
                const size_t at = c * plane + static_cast<size_t>(p) * s.lanes + v * kLanes;
                Vec r, dy;
                load(r, in + at);
                load(dy, gradOut + at);
                relu(r);
                g += dy;
                gx += dy * ((r - mu) * inv);
            }
            sumGrad += sum(g);
            sumGradXhat += sum(gx);
        }
        gradBeta[c] = static_cast<float>(sumGrad);
        gradGamma[c] = static_cast<float>(sumGradXhat);
        const float meanGrad = static_cast<float>(sumGrad / count);
        const float meanGradXhat = static_cast<float>(sumGradXhat / count);
        const float scale = gamma[c] * inv;
        const Vec zero = {};
        for (int p = 0; p < s.pixels; ++p) {
            for (int v = 0; v < split.total; ++v) {
                const size_t at = c * plane + static_cast<size_t>(p) * s.lanes + v * kLanes;
                Vec z, dy;
                load(z, in + at);
                load(dy, gradOut + at);
                Vec r = z;
                relu(r);
                Vec dx = (dy - meanGrad - ((r - mu) * inv) * meanGradXhat) * scale;
                dx = z > zero ? dx : zero; // ReLU passes the gradient where its input was positive
                if (v >= split.full) dx *= split.real;
                store(gradIn + at, dx);
            }
        }
    }
}

} // namespace

const Kernels kernels = {convForward,    convBackwardInput, convBackwardWeight,  maxPoolForward,
                         maxPoolBackward, dropoutMask,      reluNormTrainForward, reluNormEvalForward,
                         reluNormBackward};

} // namespace bplab::native::BPLAB_NATIVE_ISA
