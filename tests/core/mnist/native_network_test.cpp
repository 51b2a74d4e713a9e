// The whole CNN on the native kernels against the same CNN on LibTorch's operators (same weights):
// log-probabilities, every parameter's gradient and the BatchNorm statistics; and training with each
// kind of kernel: both learn alike, and the native kernels give the same result on any thread count.
#include "core/mnist/libtorch/mnist_net.h"
#include "core/mnist/libtorch/native/native_layers.h"
#include "core/mnist/mnist_trainer.h"
#include "tests/core/mnist/tensor_expectations.h"
#include "tests/support/mnist_test_data.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <vector>

namespace bplab::native {
namespace {

using bplab::testing::expectClose;

// Two copies of one freshly initialised network, without dropout (its masks differ by design).
std::pair<MnistNet, MnistNet> twins() {
    torch::manual_seed(5);
    MnistNet plain(/*dropout=*/0.0), fast(/*dropout=*/0.0);
    torch::NoGradGuard copying;
    const auto from = plain->named_parameters(), to = fast->named_parameters();
    for (const auto& item : from) to[item.key()].copy_(item.value());
    const auto fromBuffers = plain->named_buffers(), toBuffers = fast->named_buffers();
    for (const auto& item : fromBuffers) toBuffers[item.key()].copy_(item.value());
    return {plain, fast};
}

// Every instruction set this processor runs: the network is checked on each, not only the fastest.
std::vector<const Kernels*> everyKernelSet() {
    std::vector<const Kernels*> sets;
    for (const char* isa : {"generic", "avx2", "avx512"})
        if (const Kernels* k = kernelsFor(isa)) sets.push_back(k);
    return sets;
}

TEST(NativeNetwork, TrainingStepEqualsLibTorchsInValuesGradientsAndStatistics) {
    for (const Kernels* kernels : everyKernelSet()) {
        SCOPED_TRACE(kernels->name);
        auto [plain, fast] = twins();
        fast->nativeKernels = kernels;
        const torch::Tensor x = torch::randn({100, 1, 28, 28});
        const torch::Tensor y = torch::randint(0, 10, {100});
        const torch::Tensor expected = plain->forward(x), actual = fast->forward(x);
        expectClose(actual, expected.detach(), "log-probabilities", 1e-4);
        torch::nll_loss(expected, y).backward();
        torch::nll_loss(actual, y).backward();
        const auto plainParameters = plain->named_parameters(), fastParameters = fast->named_parameters();
        for (const auto& item : plainParameters)
            expectClose(fastParameters[item.key()].grad(), item.value().grad(), item.key() + " gradient", 2e-3);
        const auto plainBuffers = plain->named_buffers(), fastBuffers = fast->named_buffers();
        for (const auto& item : plainBuffers)
            expectClose(fastBuffers[item.key()].to(torch::kDouble), item.value().to(torch::kDouble), item.key(), 1e-4);
    }
}

TEST(NativeNetwork, EvaluationEqualsLibTorchs) {
    for (const Kernels* kernels : everyKernelSet()) {
        SCOPED_TRACE(kernels->name);
        auto [plain, fast] = twins();
        {
            // Statistics of some batches first, so evaluation does not see BatchNorm's initial 0 and 1.
            torch::NoGradGuard noGrad;
            for (int i = 0; i < 3; ++i) plain->forward(torch::randn({64, 1, 28, 28}));
        }
        for (const auto& item : plain->named_buffers()) fast->named_buffers()[item.key()].copy_(item.value());
        plain->eval(), fast->eval();
        fast->nativeKernels = kernels;
        const torch::Tensor x = torch::randn({1000, 1, 28, 28});
        {
            torch::NoGradGuard noGrad;
            expectClose(fast->forward(x), plain->forward(x), "evaluation log-probabilities", 1e-4);
        }
        // With gradients wanted (saliency), evaluation takes LibTorch's operators: the same bits.
        const torch::Tensor image = torch::randn({1, 1, 28, 28});
        EXPECT_TRUE(fast->forward(image).equal(plain->forward(image)));
    }
}

TEST(NativeNetwork, ANotANumberWeightShowsInTheLossAtOnce) {
    const Kernels* kernels = bestKernels();
    if (!kernels) GTEST_SKIP() << "no native kernels for this processor";
    auto [plain, fast] = twins();
    fast->nativeKernels = kernels;
    {
        torch::NoGradGuard writing;
        fast->conv1->weight[0][0][2][2] = std::numeric_limits<float>::quiet_NaN();
    }
    const torch::Tensor loss = torch::nll_loss(fast->forward(torch::randn({32, 1, 28, 28})), torch::zeros({32}, torch::kLong));
    EXPECT_TRUE(std::isnan(loss.item<float>())) << "as on LibTorch's operators: the divergence watch sees it";
}

TEST(NativeNetwork, EachSgdStepEqualsLibTorchs) {
    // Without dropout the two paths compute the same function. Six steps of SGD with momentum on a
    // batch of 100 (12 padding lanes): before each step the fast network takes the plain one's weights
    // (the momentum and the BatchNorm statistics it keeps), and after it both must agree to float
    // noise. Momentum fed a gradient of the padding, statistics that drift, or a gradient off in any
    // layer would show. The tolerance allows one step's discrete flips: a ReLU input, or a max-pool
    // tie, within float noise of its threshold goes one way in one path and the other way in the other
    // (measured up to 4e-4 of the largest weight). Free-running, those flips compound: on random
    // images with random labels training is chaotic, and the two paths part after a few steps.
    const Kernels* kernels = bestKernels();
    if (!kernels) GTEST_SKIP() << "no native kernels for this processor";
    auto [plain, fast] = twins();
    fast->nativeKernels = kernels;
    torch::optim::SGD plainSgd(plain->parameters(), torch::optim::SGDOptions(0.05).momentum(0.9));
    torch::optim::SGD fastSgd(fast->parameters(), torch::optim::SGDOptions(0.05).momentum(0.9));
    const auto plainParameters = plain->named_parameters(), fastParameters = fast->named_parameters();
    const auto plainBuffers = plain->named_buffers(), fastBuffers = fast->named_buffers();
    for (int step = 1; step <= 6; ++step) {
        {
            torch::NoGradGuard copying;
            for (const auto& item : plainParameters) fastParameters[item.key()].copy_(item.value());
        }
        const torch::Tensor x = torch::randn({100, 1, 28, 28}), y = torch::randint(0, 10, {100});
        for (auto [net, sgd] : {std::pair{plain, &plainSgd}, {fast, &fastSgd}}) {
            sgd->zero_grad();
            torch::nll_loss(net->forward(x), y).backward();
            sgd->step();
        }
        const std::string after = " after step " + std::to_string(step);
        for (const auto& item : plainParameters)
            expectClose(fastParameters[item.key()], item.value().detach(), item.key() + after, 2e-3, 0.1);
        for (const auto& item : plainBuffers)
            expectClose(fastBuffers[item.key()].to(torch::kDouble), item.value().to(torch::kDouble), item.key() + after,
                        2e-3, 0.1);
    }
}

TEST(NativeNetwork, TheKernelsInUseAreNamedAndCanBeChanged) {
    MnistTrainer trainer(TrainConfig{}, nullptr);
    const Kernels* best = bestKernels();
    EXPECT_EQ(trainer.kernelsInUse(),
              best ? std::string("native ") + best->name + " kernels" : std::string("LibTorch's operators"));
    trainer.setKernels("libtorch");
    EXPECT_EQ(trainer.kernelsInUse(), "LibTorch's operators");
    EXPECT_EQ(trainer.config().kernels, "libtorch");
    EXPECT_THROW(trainer.setKernels("fast"), std::invalid_argument);
    EXPECT_EQ(trainer.config().kernels, "libtorch") << "a refused value changes nothing";
}

TEST(NativeNetwork, TheEnvironmentCanAskForAnotherInstructionSet) {
    const Kernels* automatic = bestKernels();
    ::setenv("BACKPROP_LAB_CPU_KERNELS", "generic", 1);
    EXPECT_EQ(bestKernels(), kernelsFor("generic"));
    EXPECT_STREQ(bestKernels()->name, "generic");
    ::setenv("BACKPROP_LAB_CPU_KERNELS", "sse9", 1);
    EXPECT_EQ(bestKernels(), automatic) << "a set this build does not have is ignored";
    ::unsetenv("BACKPROP_LAB_CPU_KERNELS");
    EXPECT_EQ(bestKernels(), automatic);
}

TrainOutcome trainSmall(const std::string& kernels, int threads, Evaluation& evaluation) {
    TrainConfig config;
    config.epochs = 1;
    config.batchSize = 64;
    config.threads = threads;
    config.kernels = kernels;
    MnistTrainer trainer(config, testing::smallMnist(3000, 1000));
    const TrainOutcome outcome = trainer.train({}, StopToken{});
    evaluation = trainer.evaluate();
    return outcome;
}

TEST(NativeNetwork, TrainsLikeLibTorchAndTheSameOnAnyThreadCount) {
    if (!bestKernels()) GTEST_SKIP() << "no native kernels for this processor";
    Evaluation libtorch, nativeOne, nativeTwo;
    trainSmall("libtorch", 1, libtorch);
    trainSmall("native", 1, nativeOne);
    trainSmall("native", 2, nativeTwo);
    // One epoch on 3,000 images reaches about 90 %; dropout masks differ between the kernels, so the
    // two accuracies are close, not equal.
    EXPECT_GT(libtorch.accuracy, 80.0);
    EXPECT_NEAR(nativeOne.accuracy, libtorch.accuracy, 3.0);
    // Each output is summed by one thread in a fixed order, whatever the thread count.
    EXPECT_EQ(nativeOne.accuracy, nativeTwo.accuracy);
    EXPECT_EQ(nativeOne.loss, nativeTwo.loss);
}

} // namespace
} // namespace bplab::native
