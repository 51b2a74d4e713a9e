// The four optimizers: the factory builds the one the recipe names with its hyperparameters, each
// learns a small subset, and each survives a checkpoint with its state.
#include "core/mnist/libtorch/mnist_net.h"
#include "core/mnist/libtorch/optimizer_factory.h"
#include "core/mnist/mnist_trainer.h"
#include "core/mnist/train_recipe.h"
#include "tests/core/mnist/optimizer_state_key.h"
#include "tests/support/mnist_test_data.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <numeric>
#include <sstream>
#include <type_traits>

namespace bplab {
namespace {

TrainConfig recipeWith(const std::string& optimizer) {
    TrainConfig config;
    config.optimizer = optimizer;
    config.learningRate = suggestedLearningRate(optimizer);
    config.momentum = 0.8;
    config.beta1 = 0.85;
    config.beta2 = 0.99;
    config.epsilon = 1e-6;
    config.weightDecay = 0.001;
    config.batchSize = 64;
    config.threads = 1; // ctest runs tests side by side on two cores
    config.seed = 3;
    return config;
}

std::vector<torch::Tensor> someParameters() { return {torch::zeros({3, 2}, torch::requires_grad())}; }

TEST(OptimizerFactory, SgdAndNesterovAreSgdWithTheRecipesMomentumAndDecay) {
    for (const std::string name : {"sgd", "nesterov"}) {
        const auto optimizer = makeOptimizer(recipeWith(name), someParameters());
        const auto* sgd = dynamic_cast<const torch::optim::SGD*>(optimizer.get());
        ASSERT_NE(sgd, nullptr) << name;
        const auto& options = static_cast<const torch::optim::SGDOptions&>(sgd->defaults());
        EXPECT_EQ(options.lr(), 0.1) << name;
        EXPECT_EQ(options.momentum(), 0.8) << name;
        EXPECT_EQ(options.weight_decay(), 0.001) << name;
        EXPECT_EQ(options.nesterov(), name == "nesterov");
    }
}

TEST(OptimizerFactory, AdamAndAdamWHaveTheRecipesBetasEpsilonAndDecay) {
    const auto adam = makeOptimizer(recipeWith("adam"), someParameters());
    ASSERT_NE(dynamic_cast<const torch::optim::Adam*>(adam.get()), nullptr);
    const auto& a = static_cast<const torch::optim::AdamOptions&>(adam->defaults());
    EXPECT_EQ(a.lr(), kAdamLearningRate);
    EXPECT_EQ(std::get<0>(a.betas()), 0.85);
    EXPECT_EQ(std::get<1>(a.betas()), 0.99);
    EXPECT_EQ(a.eps(), 1e-6);
    EXPECT_EQ(a.weight_decay(), 0.001);

    const auto adamw = makeOptimizer(recipeWith("adamw"), someParameters());
    ASSERT_NE(dynamic_cast<const torch::optim::AdamW*>(adamw.get()), nullptr);
    const auto& w = static_cast<const torch::optim::AdamWOptions&>(adamw->defaults());
    EXPECT_EQ(std::get<0>(w.betas()), 0.85);
    EXPECT_EQ(std::get<1>(w.betas()), 0.99);
    EXPECT_EQ(w.eps(), 1e-6);
    EXPECT_EQ(w.weight_decay(), 0.001);
}

// One step on one weight w = 1 with gradient g = 0.5. Adam's first step is η·m̂/(√ŝ + ε) with m̂ = g,
// ŝ = g², i.e. η·0.5/(0.5 + 1e-8) ≈ η. AdamW takes the same step and shrinks the weight apart from it
// by η·λ·w = 0.003 · 0.01 · 1 = 3e-5: with its suggested decay it no longer equals Adam.
TEST(OptimizerFactory, AdamWWithItsSuggestedDecayStepsApartFromAdam) {
    auto stepOnce = [](const std::string& name) {
        TrainConfig config;
        config.optimizer = name;
        config.learningRate = 0.003;
        config.weightDecay = suggestedWeightDecay(name);
        torch::Tensor w = torch::ones({1}, torch::dtype(torch::kDouble).requires_grad(true));
        const auto optimizer = makeOptimizer(config, {w});
        w.mutable_grad() = torch::full({1}, 0.5, torch::kDouble);
        optimizer->step();
        return w.item<double>();
    };
    const double adam = stepOnce("adam"), adamw = stepOnce("adamw");
    EXPECT_NEAR(adam, 1.0 - 0.003, 1e-9);
    EXPECT_NEAR(adamw, 1.0 - 0.003 - 0.003 * 0.01 * 1.0, 1e-9);
    EXPECT_NEAR(adam - adamw, 3e-5, 1e-9);
}

TEST(OptimizerFactory, SetLearningRateReachesEveryGroupOfEveryKind) {
    for (const std::string name : {"sgd", "nesterov", "adam", "adamw"}) {
        const auto optimizer = makeOptimizer(recipeWith(name), someParameters());
        setLearningRate(*optimizer, 0.0123);
        for (auto& group : optimizer->param_groups()) EXPECT_EQ(group.options().get_lr(), 0.0123) << name;
    }
}

TEST(OptimizerRecipe, NesterovWithoutMomentumIsRefusedWithASentence) {
    TrainConfig config = recipeWith("nesterov");
    config.momentum = 0.0;
    try {
        validate(config);
        FAIL() << "accepted";
    } catch (const std::invalid_argument& error) {
        EXPECT_NE(std::string(error.what()).find("Nesterov optimizer needs a momentum above 0"),
                  std::string::npos)
            << error.what();
    }
}

TEST(OptimizerRecipe, EachFieldSaysWhichOptimizersItAppliesTo) {
    const TrainConfig sgd = recipeWith("sgd"), adam = recipeWith("adamw");
    EXPECT_TRUE(fieldApplies(trainField("momentum"), sgd));
    EXPECT_FALSE(fieldApplies(trainField("momentum"), adam));
    for (const char* key : {"beta1", "beta2", "epsilon"}) {
        EXPECT_FALSE(fieldApplies(trainField(key), sgd)) << key;
        EXPECT_TRUE(fieldApplies(trainField(key), adam)) << key;
    }
    EXPECT_TRUE(fieldApplies(trainField("weight_decay"), adam));
    EXPECT_TRUE(fieldApplies(trainField("learning_rate"), sgd));
}

// Adam's step count as a tensor, to compare with the other state (an int64 in every LibTorch we build
// against, but torch::tensor's overloads for it differ between versions).
torch::Tensor stepTensor(std::int64_t step) { return torch::scalar_tensor(step, torch::kLong); }

// The optimizer state a checkpoint file holds, read back into an optimizer of the recipe's kind: per
// parameter, its momentum buffer (SGD, Nesterov) or its running means and step count (Adam, AdamW).
std::vector<torch::Tensor> savedOptimizerState(const std::string& path, const TrainConfig& config) {
    torch::serialize::InputArchive archive, saved;
    archive.load_from(path);
    archive.read("optimizer", saved);
    MnistNet net(/*dropout=*/0.0);
    const auto optimizer = makeOptimizer(config, net->parameters());
    optimizer->load(saved);
    std::vector<torch::Tensor> state;
    for (const torch::Tensor& parameter : optimizer->param_groups()[0].params()) {
        using Key = typename std::decay_t<decltype(optimizer->state())>::key_type;
        const auto found = optimizer->state().find(testing::optimizerStateKey<Key>(parameter));
        if (found == optimizer->state().end()) continue;
        if (const auto* sgd = dynamic_cast<const torch::optim::SGDParamState*>(found->second.get())) {
            state.push_back(sgd->momentum_buffer());
        } else if (const auto* adam =
                       dynamic_cast<const torch::optim::AdamParamState*>(found->second.get())) {
            state.insert(state.end(), {adam->exp_avg(), adam->exp_avg_sq(), stepTensor(adam->step())});
        } else if (const auto* adamw =
                       dynamic_cast<const torch::optim::AdamWParamState*>(found->second.get())) {
            state.insert(state.end(), {adamw->exp_avg(), adamw->exp_avg_sq(), stepTensor(adamw->step())});
        }
    }
    return state;
}

class EachOptimizer : public ::testing::TestWithParam<std::string> {};

// 2,000 images, batches of 64: 32 batches an epoch, two epochs.
TEST_P(EachOptimizer, LearnsASmallSubsetAndResumesFromItsCheckpointWithItsState) {
    auto data = testing::smallMnist(2000, 500);
    ASSERT_TRUE(data);
    TrainConfig config = recipeWith(GetParam());
    config.epochs = 2;
    config.oneCycle = false; // a constant rate: the fall of the loss is the optimizer's alone

    MnistTrainer trainer(config, data);
    std::vector<double> losses;
    StopToken stop;
    TrainCallbacks callbacks;
    callbacks.onBatch = [&](const BatchProgress& p) { losses.push_back(p.loss); };
    callbacks.onEpoch = [&](const EpochResult&, const Evaluation&) { stop.requestStop(); };
    ASSERT_FALSE(trainer.train(callbacks, stop));
    ASSERT_EQ(losses.size(), 32u);
    // The first batches start near ln 10 ≈ 2.3; after a few dozen steps the loss has clearly fallen.
    const double first = std::accumulate(losses.begin(), losses.begin() + 5, 0.0) / 5;
    const double last = std::accumulate(losses.end() - 5, losses.end(), 0.0) / 5;
    EXPECT_GT(first, 1.8);
    EXPECT_LT(last, 0.6 * first) << "first five batches " << first << ", last five " << last;

    // (temporaryPath() names the file after the test, whose parameterised name holds a '/'.)
    const std::string path = (std::filesystem::temp_directory_path() /
                              ("bplab-optimizer-" + GetParam() + "-" + std::to_string(getpid()) + ".pt"))
                                 .string();
    trainer.saveCheckpoint(path);
    EXPECT_EQ(MnistTrainer::checkpointConfig(path).optimizer, GetParam());
    auto resumed = MnistTrainer::loadCheckpoint(path, data);
    EXPECT_EQ(resumed->config().optimizer, GetParam());
    EXPECT_EQ(resumed->config().beta1, config.beta1);
    EXPECT_EQ(resumed->config().epsilon, config.epsilon);
    // The optimizer's state came back with the weights: the resumed trainer saves the same momentum
    // buffers (Adam: running means and step counts) as the one that was interrupted.
    const std::string again = path + "-resumed";
    resumed->saveCheckpoint(again);
    const std::vector<torch::Tensor> before = savedOptimizerState(path, config);
    const std::vector<torch::Tensor> after = savedOptimizerState(again, config);
    ASSERT_EQ(before.size(), static_cast<std::size_t>(GetParam().rfind("adam", 0) == 0 ? 3 : 1) *
                                 MnistNet(0.0)->parameters().size())
        << "every parameter has its state";
    ASSERT_EQ(after.size(), before.size());
    for (std::size_t i = 0; i < before.size(); ++i) EXPECT_TRUE(torch::equal(before[i], after[i])) << i;
    EXPECT_EQ(resumed->evaluate().loss, trainer.evaluate().loss) << "and the weights";
    std::filesystem::remove(path);
    std::filesystem::remove(again);
}

INSTANTIATE_TEST_SUITE_P(Optimizers, EachOptimizer, ::testing::Values("sgd", "nesterov", "adam", "adamw"),
                         [](const ::testing::TestParamInfo<std::string>& param) { return param.param; });

} // namespace
} // namespace bplab
