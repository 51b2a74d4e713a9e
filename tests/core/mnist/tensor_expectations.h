#pragma once

// LibTorch inside: for the MNIST engine's tests only (tests/core/mnist).
#include <torch/torch.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace bplab::testing {

// |actual − expected| within a float tolerance: `relative` of the largest expected value, or of
// `smallestScale` where all expected values are near 0.
inline void expectClose(const torch::Tensor& actual, const torch::Tensor& expected, const std::string& what,
                        double relative = 2e-5, double smallestScale = 0.0) {
    ASSERT_EQ(actual.sizes(), expected.sizes()) << what;
    const double scale = std::max(expected.abs().max().item<double>(), smallestScale);
    const double error = (actual - expected).abs().max().item<double>();
    EXPECT_LE(error, relative * scale + 1e-6) << what << ": largest error " << error << ", scale " << scale;
}

} // namespace bplab::testing
