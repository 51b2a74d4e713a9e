// The native kernels (core/mnist/libtorch/native) against LibTorch's own operators: values and
// gradients of each layer, for every instruction set this processor runs, on shapes of the network
// and on odd ones (an odd channel count, a non-square image, a batch that is not a multiple of the
// vector width, so padding lanes are exercised).
#include "core/mnist/libtorch/native/native_layers.h"
#include "core/mnist/libtorch/native/native_warp.h"
#include "tests/core/mnist/tensor_expectations.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace bplab::native {
namespace {

using bplab::testing::expectClose;

class NativeKernels : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        kernels = kernelsFor(GetParam());
        if (!kernels) GTEST_SKIP() << "this processor or build has no " << GetParam() << " kernels";
        torch::manual_seed(7);
    }
    const Kernels* kernels = nullptr;
};

struct ConvCase {
    std::int64_t images, channels, outputs, kernel, height, width;
};

TEST_P(NativeKernels, ConvolutionValuesAndGradientsEqualLibTorchs) {
    const ConvCase cases[] = {{37, 1, 4, 5, 28, 28}, {130, 4, 8, 3, 24, 24}, {37, 8, 16, 3, 11, 11},
                              {20, 16, 32, 3, 9, 9}, {16, 32, 16, 3, 7, 7},  {5, 3, 5, 3, 10, 8},
                              {3, 2, 3, 4, 6, 9},    {17, 3, 5, 5, 12, 12},  {9, 2, 3, 7, 9, 9},
                              {9, 3, 4, 1, 6, 6}};
    for (const ConvCase& c : cases) {
        const std::string what = "C" + std::to_string(c.channels) + "→" + std::to_string(c.outputs) + " K" +
                                 std::to_string(c.kernel) + " " + std::to_string(c.height) + "×" +
                                 std::to_string(c.width) + " N" + std::to_string(c.images);
        const torch::Tensor x =
            torch::randn({c.images, c.channels, c.height, c.width}, torch::requires_grad());
        const torch::Tensor w =
            torch::randn({c.outputs, c.channels, c.kernel, c.kernel}, torch::requires_grad());
        const torch::Tensor b = torch::randn({c.outputs}, torch::requires_grad());
        const torch::Tensor expected = torch::conv2d(x, w, b);
        const torch::Tensor upstream = torch::randn_like(expected);
        (expected * upstream).sum().backward();
        const torch::Tensor gx = x.grad().clone(), gw = w.grad().clone(), gb = b.grad().clone();
        x.grad().zero_(), w.grad().zero_(), b.grad().zero_();

        const torch::Tensor lanes = conv(*kernels, toLanes(x), w, b);
        const torch::Tensor actual = fromLanes(lanes, c.images);
        expectClose(actual, expected.detach(), what + " output");
        const torch::Tensor padding = lanes.slice(3, c.images).detach();
        EXPECT_TRUE(padding.equal(b.detach().view({-1, 1, 1, 1}).expand_as(padding)))
            << what << ": padding lanes (zero images) hold exactly the bias";
        (actual * upstream).sum().backward();
        expectClose(x.grad(), gx, what + " input gradient");
        expectClose(w.grad(), gw, what + " weight gradient");
        expectClose(b.grad(), gb, what + " bias gradient");
    }
}

TEST_P(NativeKernels, AConvolutionItCannotComputeIsRefusedNotMiscomputed) {
    const torch::Tensor in = toLanes(torch::randn({4, 2, 12, 12}));
    EXPECT_THROW(conv(*kernels, in, torch::randn({3, 2, kMaxKernel + 1, kMaxKernel + 1}), torch::zeros({3})),
                 std::exception);
    EXPECT_THROW(conv(*kernels, in, torch::randn({3, 2, 3, 2}), torch::zeros({3})), std::exception);
    EXPECT_THROW(conv(*kernels, in, torch::randn({3, 5, 3, 3}), torch::zeros({3})), std::exception);
}

// The message of the exception `call` throws, or "" when it throws none.
template <typename Call> std::string kernelRefusalOf(const Call& call) {
    try {
        call();
    } catch (const std::exception& e) {
        return e.what();
    }
    return "";
}

TEST_P(NativeKernels, AConvolutionWhoseBiasIsNotOnePerOutputIsRefusedWithTheSizes) {
    // 3 outputs need 3 biases: the kernel would read bias[2] past a bias of 2 (and ignore a fourth).
    const torch::Tensor in = toLanes(torch::randn({4, 2, 6, 6})), weight = torch::randn({3, 2, 3, 3});
    const std::pair<torch::Tensor, std::string> biases[] = {
        {torch::zeros({2}), "[2]"}, {torch::zeros({4}), "[4]"}, {torch::zeros({3, 1}), "[3, 1]"}};
    for (const auto& [bias, shape] : biases) {
        const std::string message = kernelRefusalOf([&] { conv(*kernels, in, weight, bias); });
        EXPECT_NE(message.find("3 outputs"), std::string::npos) << message;
        EXPECT_NE(message.find(shape), std::string::npos) << message;
    }
}

TEST_P(NativeKernels, AnEmptyKernelIsRefused) {
    // K = 0 would make the output one row and column larger than the input: reads past its end.
    const torch::Tensor in = toLanes(torch::randn({4, 2, 6, 6}));
    const std::string message = kernelRefusalOf([&] {
        conv(*kernels, in, torch::randn({3, 2, 0, 0}), torch::zeros({3}));
    });
    EXPECT_NE(message.find("0×0"), std::string::npos) << message;
}

TEST_P(NativeKernels, TheWeightGradientKernelRefusesAKernelSizeItHasNoCodeFor) {
    // Called directly, past the layer's check: a size with no code must throw, not return with the
    // gradient left as it was (torch::empty's uninitialised memory, in the layer).
    for (const int k : {0, kMaxKernel + 1}) {
        ConvShape s;
        s.channels = 1, s.height = 9, s.width = 9, s.outputs = 1, s.kernel = k, s.lanes = kLanes;
        std::vector<float> in(static_cast<std::size_t>(9 * 9 * kLanes), 1.0f);
        std::vector<float> gradOut(in.size(), 1.0f), gradWeight(static_cast<std::size_t>(k * k + 1), -7.0f);
        EXPECT_THROW(kernels->convBackwardWeight(s, in.data(), gradOut.data(), gradWeight.data(), 0, k),
                     std::invalid_argument)
            << "K = " << k;
    }
}

TEST_P(NativeKernels, EveryKernelSizeUpToTheLimitHasItsWeightGradient) {
    // convBackwardWeight has one compiled loop per size: each must exist and be right.
    for (int k = 1; k <= kMaxKernel; ++k) {
        const torch::Tensor x = torch::randn({5, 2, 9, 10});
        const torch::Tensor w = torch::randn({3, 2, k, k}, torch::requires_grad()), b = torch::randn({3});
        const torch::Tensor upstream = torch::randn({5, 3, 10 - k, 11 - k});
        (torch::conv2d(x, w, b) * upstream).sum().backward();
        const torch::Tensor expected = w.grad().clone();
        w.grad().zero_();
        (fromLanes(conv(*kernels, toLanes(x), w, b), 5) * upstream).sum().backward();
        expectClose(w.grad(), expected, "K" + std::to_string(k) + " weight gradient");
    }
}

TEST_P(NativeKernels, ABatchNormOfAnotherChannelCountIsRefused) {
    // A norm of 2 channels has 2 γ and 2 β: a third channel would read past them.
    torch::nn::BatchNorm2d norm(torch::nn::BatchNorm2dOptions(2));
    const std::string message = kernelRefusalOf([&] {
        reluNorm(*kernels, torch::zeros({3, 2, 2, 16}), *norm, 4);
    });
    EXPECT_NE(message.find("norm of 2 channels"), std::string::npos) << message;
    EXPECT_NE(message.find("input of 3 channels"), std::string::npos) << message;
}

TEST_P(NativeKernels, LayersRefuseTensorsTheyCannotRead) {
    EXPECT_THROW(maxPool(*kernels, torch::zeros({1, 2, 2, 5})), std::exception) << "lanes not whole vectors";
    EXPECT_THROW(maxPool(*kernels, torch::zeros({1, 2, 2, 16}, torch::kDouble)), std::exception);
    torch::nn::BatchNorm2d norm(torch::nn::BatchNorm2dOptions(2));
    EXPECT_THROW(reluNorm(*kernels, torch::zeros({2, 3, 3, 16}), *norm, 17), std::exception)
        << "more images than lanes";
    torch::nn::BatchNorm2d cumulative(torch::nn::BatchNorm2dOptions(2).momentum(c10::nullopt));
    EXPECT_THROW(reluNorm(*kernels, torch::zeros({2, 3, 3, 16}), *cumulative, 4), std::exception);
}

TEST_P(NativeKernels, NotANumberPassesThroughLikeLibTorchs) {
    // A diverging run must show in the loss at once: ReLU and max-pooling keep NaN.
    torch::Tensor x = torch::randn({16, 2, 4, 4});
    x[3][1][2][2] = std::numeric_limits<float>::quiet_NaN();
    const torch::Tensor pooled = fromLanes(maxPool(*kernels, toLanes(x)), 16);
    EXPECT_TRUE(std::isnan(pooled[3][1][1][1].item<float>()));
    EXPECT_EQ(torch::isnan(pooled).sum().item<std::int64_t>(), 1);
    torch::nn::BatchNorm2d norm(torch::nn::BatchNorm2dOptions(2));
    const torch::Tensor normed = fromLanes(reluNorm(*kernels, toLanes(x), *norm, 16), 16);
    EXPECT_TRUE(torch::isnan(normed[0][1]).all().item<bool>()) << "the NaN reaches its channel's statistics";
    EXPECT_FALSE(torch::isnan(normed.select(1, 0)).any().item<bool>());
}

TEST_P(NativeKernels, MaxPoolingEqualsLibTorchsTiesIncluded) {
    // Small whole numbers make ties common: the gradient must go to the same (first) maximum.
    for (const auto& [h, w] : {std::pair<int, int>{22, 22}, {11, 9}}) {
        const torch::Tensor x = torch::randint(0, 3, {21, 3, h, w}).to(torch::kFloat).requires_grad_();
        const torch::Tensor expected = torch::max_pool2d(x, 2);
        const torch::Tensor upstream = torch::randn_like(expected);
        (expected * upstream).sum().backward();
        const torch::Tensor gx = x.grad().clone();
        x.grad().zero_();
        const torch::Tensor actual = fromLanes(maxPool(*kernels, toLanes(x)), 21);
        EXPECT_TRUE(actual.equal(expected.detach())) << h << "×" << w;
        (actual * upstream).sum().backward();
        EXPECT_TRUE(x.grad().equal(gx)) << h << "×" << w << ": gradient routed to another maximum";
    }
}

TEST_P(NativeKernels, AMaxPoolWindowWithNotANumberSendsItsGradientWhereLibTorchsDoes) {
    // LibTorch's CPU max-pool scans a window row by row and takes a value when (val > max) or val is
    // NaN: the gradient goes to the last NaN of the window, else to the first maximum. One 2×2 window
    // per image, scan order 0 1 / 2 3:
    const float nan = std::numeric_limits<float>::quiet_NaN(), inf = std::numeric_limits<float>::infinity();
    float windows[][4] = {
        {nan, 5, 1, 2},           // → 0: the NaN
        {1, nan, 5, 2},           // → 1
        {1, 5, nan, 2},           // → 2
        {1, 5, 2, nan},           // → 3
        {nan, 5, nan, 2},         // → 2: the last of two NaNs
        {-inf, -inf, -inf, -inf}, // → 0: nothing beats −∞, the first stays
        {2, 5, 5, 1},             // → 1: the first of two maxima
    };
    const std::int64_t count = sizeof windows / sizeof windows[0];
    const int expectedIndex[] = {0, 1, 2, 3, 2, 0, 1};
    const torch::Tensor x = torch::from_blob(&windows[0][0], {count, 1, 2, 2}).clone();
    const torch::Tensor upstream = torch::arange(1, count + 1, torch::kFloat).view({count, 1, 1, 1});
    const torch::Tensor reference = x.clone().requires_grad_(), native = x.clone().requires_grad_();
    (torch::max_pool2d(reference, 2) * upstream).sum().backward();
    (fromLanes(maxPool(*kernels, toLanes(native)), count) * upstream).sum().backward();
    for (std::int64_t i = 0; i < count; ++i) {
        // Image i's window gets upstream i + 1, all of it at expectedIndex[i], 0 elsewhere.
        const torch::Tensor expected =
            torch::zeros({4}).index_put_({expectedIndex[i]}, static_cast<float>(i + 1));
        EXPECT_TRUE(reference.grad()[i].flatten().equal(expected)) << "LibTorch's rule, window " << i;
        EXPECT_TRUE(native.grad()[i].flatten().equal(expected))
            << "window " << i << ": " << native.grad()[i].flatten();
    }
}

TEST_P(NativeKernels, ReluThenBatchNormEqualsLibTorchsInTrainingAndEvaluation) {
    for (const std::int64_t images : {37, 128}) {
        const auto options = torch::nn::BatchNorm2dOptions(6).momentum(0.1).eps(1e-5);
        torch::nn::BatchNorm2d reference(options), norm(options);
        reference->weight.data().uniform_(0.5, 1.5), reference->bias.data().uniform_(-0.5, 0.5);
        reference->running_mean.uniform_(-1, 1), reference->running_var.uniform_(0.5, 2);
        {
            torch::NoGradGuard copying;
            for (auto [to, from] : {std::pair{norm->weight, reference->weight},
                                    {norm->bias, reference->bias},
                                    {norm->running_mean, reference->running_mean},
                                    {norm->running_var, reference->running_var}})
                to.copy_(from);
        }
        const torch::Tensor x = (torch::randn({images, 6, 5, 7}) * 2 + 0.3).requires_grad_();
        const torch::Tensor expected = reference->forward(torch::relu(x));
        const torch::Tensor upstream = torch::randn_like(expected);
        (expected * upstream).sum().backward();
        const torch::Tensor gx = x.grad().clone();
        x.grad().zero_();

        // Padding lanes hold a convolution's bias in the network: fill them, they must not count.
        torch::Tensor padded = toLanes(x);
        padded.slice(3, images).fill_(3.0f);
        const torch::Tensor lanes = reluNorm(*kernels, padded, *norm, images);
        const torch::Tensor actual = fromLanes(lanes, images);
        const std::string what = "N" + std::to_string(images);
        expectClose(actual, expected.detach(), what + " output");
        EXPECT_EQ(lanes.slice(3, images).abs().sum().item<float>(), 0.0f) << what << ": padding lanes";
        expectClose(norm->running_mean, reference->running_mean, what + " running mean");
        expectClose(norm->running_var, reference->running_var, what + " running variance");
        EXPECT_EQ(norm->num_batches_tracked.item<std::int64_t>(), 1);
        (actual * upstream).sum().backward();
        expectClose(x.grad(), gx, what + " input gradient", 1e-4);
        expectClose(norm->weight.grad(), reference->weight.grad(), what + " γ gradient", 1e-4);
        expectClose(norm->bias.grad(), reference->bias.grad(), what + " β gradient");

        reference->eval(), norm->eval();
        torch::NoGradGuard evaluation;
        const torch::Tensor input = torch::randn({images, 6, 5, 7});
        expectClose(fromLanes(reluNorm(*kernels, toLanes(input), *norm, images), images),
                    reference->forward(torch::relu(input)), what + " evaluation");
    }
}

TEST_P(NativeKernels, DropoutDropsTheRateAndScalesTheRestByTheSeedAlone) {
    const double drop = 0.05;
    const torch::Tensor ones = torch::ones({1000, 1000});
    torch::manual_seed(11);
    const torch::Tensor masked = dropout(*kernels, ones, drop, /*training=*/true);
    const double dropped = (masked == 0).to(torch::kDouble).mean().item<double>();
    // 10^6 draws: the standard error of the fraction is 2.2e-4.
    EXPECT_NEAR(dropped, drop, 0.0015);
    const float keep = static_cast<float>(1.0 / (1.0 - drop));
    EXPECT_TRUE(((masked == 0) | (masked == keep)).all().item<bool>()) << "kept values are 1/(1 − p)";
    torch::manual_seed(11);
    EXPECT_TRUE(dropout(*kernels, ones, drop, true).equal(masked)) << "the same seed, the same mask";
    torch::manual_seed(12);
    EXPECT_FALSE(dropout(*kernels, ones, drop, true).equal(masked)) << "another seed, another mask";
    // Neighbours are independent: a dropped element says nothing about the next one.
    const torch::Tensor flat = (masked.flatten() == 0).to(torch::kDouble);
    const double both = (flat.slice(0, 1) * flat.slice(0, 0, -1)).mean().item<double>();
    EXPECT_NEAR(both, drop * drop, 0.0006);
    EXPECT_TRUE(dropout(*kernels, ones, drop, /*training=*/false).equal(ones));
    // A mask computed in pieces (as threads do) equals one computed in one go.
    std::vector<float> whole(1000), pieces(1000);
    kernels->dropoutMask(99, 0.3f, whole.data(), 0, 1000);
    kernels->dropoutMask(99, 0.3f, pieces.data(), 0, 377);
    kernels->dropoutMask(99, 0.3f, pieces.data(), 377, 1000);
    EXPECT_EQ(whole, pieces);
}

TEST(NativeWarp, EqualsAffineGridThenGridSample) {
    torch::manual_seed(3);
    const torch::Tensor images = torch::rand({40, 1, 28, 28});
    // Rotations up to ±40° and shifts up to ±60 % of the image, so pixels come from outside too; and
    // the identity, which must give the images back.
    const torch::Tensor angle = (torch::rand({40}) * 2 - 1) * 0.7;
    const torch::Tensor shift = (torch::rand({40, 2}) * 2 - 1) * 1.2;
    torch::Tensor theta = torch::stack({torch::stack({angle.cos(), -angle.sin(), shift.select(1, 0)}, 1),
                                        torch::stack({angle.sin(), angle.cos(), shift.select(1, 1)}, 1)},
                                       1);
    theta[0] = torch::tensor({1.0f, 0.0f, 0.0f, 0.0f, 1.0f, 0.0f}).view({2, 3});
    const torch::Tensor grid = torch::nn::functional::affine_grid(theta, images.sizes(), false);
    const torch::Tensor expected =
        torch::nn::functional::grid_sample(images, grid,
                                           torch::nn::functional::GridSampleFuncOptions()
                                               .mode(torch::kBilinear)
                                               .padding_mode(torch::kZeros)
                                               .align_corners(false));
    const torch::Tensor actual = warpBilinear(images, theta);
    expectClose(actual, expected, "warped images", 1e-5);
    expectClose(actual[0], images[0], "identity", 1e-6);
    EXPECT_GT((expected == 0).sum().item<std::int64_t>(), 1000) << "the test reaches outside the images";
}

TEST(NativeWarp, RefusesWhatItCannotRead) {
    // One channel per image (the warp walks H·W floats per image), one 2×3 matrix per image.
    const torch::Tensor theta =
        torch::tensor({1.0f, 0.0f, 0.0f, 0.0f, 1.0f, 0.0f}).view({1, 2, 3}).repeat({2, 1, 1});
    const std::string channels = kernelRefusalOf([&] { warpBilinear(torch::rand({2, 3, 8, 8}), theta); });
    EXPECT_NE(channels.find("3 channels"), std::string::npos) << channels;
    const std::string matrices = kernelRefusalOf([&] { warpBilinear(torch::rand({3, 1, 8, 8}), theta); });
    EXPECT_NE(matrices.find("[2, 2, 3]"), std::string::npos) << matrices;
    EXPECT_THROW(warpBilinear(torch::rand({2, 8, 8}), theta), std::exception) << "no channel dimension";
    EXPECT_THROW(warpBilinear(torch::rand({2, 1, 8, 8}, torch::kDouble), theta), std::exception);
    EXPECT_NO_THROW(warpBilinear(torch::rand({2, 1, 8, 8}), theta));
}

TEST(NativeKernelTables, EachIsNamedForTheInstructionSetItWasCompiledFor) {
    // native_vector.h names a table after the vectors its unit was compiled with: a unit built
    // without its -m flags would show here (and fails to compile: see native_vector.h).
    const std::pair<const char*, const char*> sets[] = {
        {"generic", "generic"}, {"avx2", "AVX2"}, {"avx512", "AVX-512"}};
    for (const auto& [isa, name] : sets) {
        const Kernels* table = kernelsFor(isa);
        if (!table) continue; // not on this processor
        EXPECT_STREQ(table->name, name);
        EXPECT_TRUE(table->convForward && table->convBackwardInput && table->convBackwardWeight &&
                    table->maxPoolForward && table->maxPoolBackward && table->dropoutMask &&
                    table->reluNormTrainForward && table->reluNormEvalForward && table->reluNormBackward)
            << isa << ": a kernel is missing";
    }
}

INSTANTIATE_TEST_SUITE_P(EveryInstructionSet, NativeKernels, ::testing::Values("generic", "avx2", "avx512"),
                         [](const auto& test) { return test.param; });

} // namespace
} // namespace bplab::native
