// ReLU followed by BatchNorm, forward and backward, compiled once per instruction set like
// native_kernels.cpp. Memory-bound: each pass streams one channel's plane.
#include "core/mnist/libtorch/native/native_vector.h"

#include <cmath>

namespace bplab::native::BPLAB_NATIVE_ISA {

using std::int64_t;
using std::size_t;

namespace {

// Lanes at or beyond `images` are padding: vectors before `full` are all real images, vector `full`
// may be partly real (`real` is 1 for its real lanes), and any after it is padding only.
struct LaneSplit {
    int full;  // vectors of real images only
    int total; // vectors per pixel
    Vec real;  // 1 for the real lanes of vector `full`, 0 for padding
    // Zeroes the padding lanes of vector v (none before `full`).
    void clearPadding(Vec& x, int v) const {
        if (v < full) return;
        if (v == full) x *= real;
        else x = Vec{};
    }
};
inline void splitLanes(const NormShape& s, LaneSplit& split) {
    split.full = s.images / kVec;
    split.total = s.lanes / kVec;
    split.real = Vec{};
    for (int i = 0; i < kVec; ++i) split.real[i] = i < s.images % kVec ? 1.0f : 0.0f;
}
// The ReLU of the vector at p: every pass of the forward and the first of the backward start so.
inline void loadRelu(Vec& r, const float* p) {
    load(r, p);
    relu(r);
}

} // namespace

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
                loadRelu(r, x + static_cast<size_t>(p) * s.lanes + v * kVec);
                split.clearPadding(r, v);
                acc += r;
            }
            total += sum(acc);
        }
        const float mu = static_cast<float>(total / count);
        double squares = 0.0;
        for (int p = 0; p < s.pixels; ++p) {
            Vec acc = {};
            for (int v = 0; v < split.total; ++v) {
                Vec r;
                loadRelu(r, x + static_cast<size_t>(p) * s.lanes + v * kVec);
                r -= mu;
                split.clearPadding(r, v);
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
                loadRelu(r, x + static_cast<size_t>(p) * s.lanes + v * kVec);
                r = r * scale + shift;
                split.clearPadding(r, v);
                store(y + static_cast<size_t>(p) * s.lanes + v * kVec, r);
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
                const size_t at = c * plane + static_cast<size_t>(p) * s.lanes + v * kVec;
                Vec r;
                loadRelu(r, in + at);
                r = r * scale + shift;
                split.clearPadding(r, v);
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
                const size_t at = c * plane + static_cast<size_t>(p) * s.lanes + v * kVec;
                Vec r, dy;
                loadRelu(r, in + at);
                load(dy, gradOut + at);
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
        for (int p = 0; p < s.pixels; ++p) {
            for (int v = 0; v < split.total; ++v) {
                const size_t at = c * plane + static_cast<size_t>(p) * s.lanes + v * kVec;
                Vec z, dy;
                load(z, in + at);
                load(dy, gradOut + at);
                Vec r = z;
                relu(r);
                Vec dx = (dy - meanGrad - ((r - mu) * inv) * meanGradXhat) * scale;
                keepWhere(dx, z > Vec{}); // ReLU passes the gradient where its input was positive
                split.clearPadding(dx, v);
                store(gradIn + at, dx);
            }
        }
    }
}

} // namespace bplab::native::BPLAB_NATIVE_ISA
