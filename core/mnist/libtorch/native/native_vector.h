#pragma once

// The vector type and helpers of the native kernels, for the files compiled once per instruction set
// (native_kernels.cpp, native_norm_kernels.cpp): include only from them, with BPLAB_NATIVE_ISA set.
// The vectors are GCC's vector extension (16, 8 or 4 floats: a zmm, ymm or xmm register), so there
// are no intrinsics and one source for every set. No vector type crosses a
// function boundary by value: the ABI for passing them differs between the sets.
#include "core/mnist/libtorch/native/native_kernels.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

#ifndef BPLAB_NATIVE_ISA
#error "compiled with BPLAB_NATIVE_ISA set (see core/mnist/CMakeLists.txt)"
#endif

// Each unit must get its set's -m flags: without them the avx512 table would hold code split through
// the stack (no 16-float register), picked at run time as the fastest. The runtime check in
// native_layers.cpp asks for the same features. A baseline above the set (-march=native) is allowed:
// the whole program then needs that processor anyway.
#define BPLAB_NATIVE_ISA_ID_generic 1
#define BPLAB_NATIVE_ISA_ID_avx2 2
#define BPLAB_NATIVE_ISA_ID_avx512 3
#define BPLAB_NATIVE_ISA_ID_OF(isa) BPLAB_NATIVE_ISA_ID_##isa
#define BPLAB_NATIVE_ISA_ID(isa) BPLAB_NATIVE_ISA_ID_OF(isa)
#if BPLAB_NATIVE_ISA_ID(BPLAB_NATIVE_ISA) == 3
#if !(defined(__AVX512F__) && defined(__AVX512DQ__) && defined(__AVX512BW__) && defined(__AVX512VL__) &&     \
      defined(__FMA__))
#error "the avx512 kernels need -mavx512f -mavx512dq -mavx512bw -mavx512vl -mfma"
#endif
#elif BPLAB_NATIVE_ISA_ID(BPLAB_NATIVE_ISA) == 2
#if !(defined(__AVX2__) && defined(__FMA__))
#error "the avx2 kernels need -mavx2 -mfma"
#endif
#elif BPLAB_NATIVE_ISA_ID(BPLAB_NATIVE_ISA) != 1
#error "BPLAB_NATIVE_ISA is generic, avx2 or avx512"
#endif

namespace bplab::native::BPLAB_NATIVE_ISA {

// The vector is exactly one register of the instruction set: a wider one (16 floats on AVX2, say)
// is split by the compiler through the stack, which measured 6× slower than LibTorch. Chosen by the
// unit's set, not by what the compiler may use, so under a higher baseline each table keeps its name.
#if BPLAB_NATIVE_ISA_ID(BPLAB_NATIVE_ISA) == 3
inline constexpr const char* kInstructionSet = "AVX-512";
inline constexpr int kVec = 16;
#elif BPLAB_NATIVE_ISA_ID(BPLAB_NATIVE_ISA) == 2
inline constexpr const char* kInstructionSet = "AVX2";
inline constexpr int kVec = 8;
#else
inline constexpr const char* kInstructionSet = "generic";
inline constexpr int kVec = 4;
#endif
static_assert(kLanes % kVec == 0, "the layout's padding is whole vectors");

using Vec = float __attribute__((vector_size(kVec * sizeof(float))));
using Mask = std::int32_t __attribute__((vector_size(kVec * sizeof(float)))); // a comparison's result

inline void load(Vec& v, const float* p) { std::memcpy(&v, p, sizeof v); }
inline void store(float* p, const Vec& v) { std::memcpy(p, &v, sizeof v); }
inline void splat(Vec& v, float x) { v = Vec{} + x; }
inline float sum(const Vec& v) {
    float s = 0.0f;
    for (int i = 0; i < kVec; ++i) s += v[i];
    return s;
}
// Keeps v where `keep` is set, 0 elsewhere (a bitwise and: GCC and clang agree on it, not on ?: of vectors).
inline void keepWhere(Vec& v, const Mask& keep) {
    Mask bits;
    std::memcpy(&bits, &v, sizeof bits);
    bits &= keep;
    std::memcpy(&v, &bits, sizeof v);
}
// v = x where `where` is set; v unchanged elsewhere.
inline void assignWhere(Vec& v, const Vec& x, const Mask& where) {
    Mask bits, from;
    std::memcpy(&bits, &v, sizeof bits);
    std::memcpy(&from, &x, sizeof from);
    bits = (bits & ~where) | (from & where);
    std::memcpy(&v, &bits, sizeof v);
}
// max(v, 0), NaN kept as LibTorch's relu keeps it (so a diverging run shows in the loss at once).
inline void relu(Vec& v) { keepWhere(v, ~(v <= Vec{})); }

// Helpers with this instruction set's code only. Inline functions shared with other translation
// units (std::min, ConvShape::outHeight, …) would be emitted once per set under one symbol, and the
// linker may keep the AVX-512 copy for the generic build: these live in this set's namespace instead.
inline int smaller(int a, int b) { return a < b ? a : b; }
inline int larger(int a, int b) { return a > b ? a : b; }
inline int outHeight(const ConvShape& s) { return s.height - s.kernel + 1; }
inline int outWidth(const ConvShape& s) { return s.width - s.kernel + 1; }
// The larger of a and b, NaN if either is (LibTorch's max-pool propagates NaN).
inline float maxKeepingNan(float a, float b) { return (b > a || b != b) ? b : a; }

// native_norm_kernels.cpp (see Kernels for what each does).
void reluNormTrainForward(const NormShape&, const float* in, const float* gamma, const float* beta,
                          double eps, float* out, float* mean, float* invStd, float* unbiasedVar,
                          std::int64_t begin, std::int64_t end);
void reluNormEvalForward(const NormShape&, const float* in, const float* gamma, const float* beta,
                         const float* runningMean, const float* runningVar, double eps, float* out,
                         std::int64_t begin, std::int64_t end);
void reluNormBackward(const NormShape&, const float* in, const float* gradOut, const float* gamma,
                      const float* mean, const float* invStd, float* gradIn, float* gradGamma,
                      float* gradBeta, std::int64_t begin, std::int64_t end);

} // namespace bplab::native::BPLAB_NATIVE_ISA
