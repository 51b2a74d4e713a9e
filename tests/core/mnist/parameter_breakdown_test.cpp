// The parameter breakdown: counts by hand and against the LibTorch model, and each layer's receptive
// field by hand and by where the gradient of one output unit reaches the input.
#include "core/mnist/libtorch/mnist_net.h"
#include "core/mnist/model_summary.h"
#include "core/mnist/parameter_breakdown.h"

#include <gtest/gtest.h>

namespace bplab {
namespace {

const LayerBreakdown& layerNamed(const ParameterBreakdown& breakdown, const std::string& name) {
    for (const LayerBreakdown& layer : breakdown.layers)
        if (layer.layer == name) return layer;
    throw std::out_of_range(name);
}

TEST(ParameterBreakdown, CountsEachLayerByHand) {
    const ParameterBreakdown b = mnistParameterBreakdown();
    // conv: out·in·k·k weights + out biases; BatchNorm: γ and β per channel; fc: 16·10 + 10.
    EXPECT_EQ(layerNamed(b, "conv1").weights, 4 * 1 * 5 * 5); // 100
    EXPECT_EQ(layerNamed(b, "conv1").biases, 4);
    EXPECT_EQ(layerNamed(b, "norm1").parameters(), 2 * 4);
    EXPECT_EQ(layerNamed(b, "conv2").parameters(), 8 * 4 * 3 * 3 + 8);    // 296
    EXPECT_EQ(layerNamed(b, "conv3").parameters(), 16 * 8 * 3 * 3 + 16);  // 1168
    EXPECT_EQ(layerNamed(b, "conv4").parameters(), 32 * 16 * 3 * 3 + 32); // 4640
    EXPECT_EQ(layerNamed(b, "norm4").parameters(), 2 * 32);
    EXPECT_EQ(layerNamed(b, "conv5").parameters(), 16 * 32 * 3 * 3 + 16); // 4624
    EXPECT_EQ(layerNamed(b, "fc").parameters(), 16 * 10 + 10);            // 170
    EXPECT_EQ(layerNamed(b, "pool").parameters(), 0);
    EXPECT_EQ(b.totalParameters, 11154);
    // conv4 holds 4640 of 11,154: 41.6 %.
    EXPECT_NEAR(layerNamed(b, "conv4").share, 100.0 * 4640 / 11154, 1e-12);
    double shares = 0.0;
    for (const LayerBreakdown& layer : b.layers) shares += layer.share;
    EXPECT_NEAR(shares, 100.0, 1e-9);
    EXPECT_NE(formatParameterBreakdown(b).find("Total params: 11154"), std::string::npos);
}

TEST(ParameterBreakdown, AgreesWithTheLibTorchModel) {
    // The summary counts the LibTorch modules' own parameters: conv and BatchNorm rows in order.
    const ModelSummary summary = mnistModelSummary();
    std::vector<std::int64_t> fromModel;
    for (const SummaryRow& row : summary.rows)
        if (row.parameters > 0) fromModel.push_back(row.parameters);
    std::vector<std::int64_t> fromBreakdown;
    for (const LayerBreakdown& layer : mnistParameterBreakdown().layers)
        if (layer.parameters() > 0) fromBreakdown.push_back(layer.parameters());
    EXPECT_EQ(fromBreakdown, fromModel);
    EXPECT_EQ(mnistParameterBreakdown().totalParameters, summary.totalParameters);
}

TEST(ParameterBreakdown, OnlyTheLastLayerGrowsWithTheClassCount) {
    // fc has 16 weights and a bias per class: 17·C. Every other layer: 11,154 − 170 = 10,984.
    const ParameterBreakdown mnist = mnistParameterBreakdown();
    for (int classes = kMinClasses; classes <= kMaxClasses; ++classes) {
        SCOPED_TRACE(classes);
        const ParameterBreakdown b = mnistParameterBreakdown(classes);
        EXPECT_EQ(layerNamed(b, "fc").weights, 16 * classes);
        EXPECT_EQ(layerNamed(b, "fc").biases, classes);
        EXPECT_EQ(b.totalParameters, 10984 + 17 * classes); // 3 classes: 10,984 + 51 = 11,035
        ASSERT_EQ(b.layers.size(), mnist.layers.size());
        for (std::size_t i = 0; i + 1 < b.layers.size(); ++i) {
            EXPECT_EQ(b.layers[i].layer, mnist.layers[i].layer);
            EXPECT_EQ(b.layers[i].parameters(), mnist.layers[i].parameters()) << b.layers[i].layer;
            EXPECT_EQ(b.layers[i].receptiveField, mnist.layers[i].receptiveField) << b.layers[i].layer;
        }
        // The LibTorch model built for as many classes counts the same.
        EXPECT_EQ(mnistModelSummary(classes).totalParameters, b.totalParameters);
        EXPECT_EQ(mnistModelSummary(classes).rows.back().shape, std::vector<std::int64_t>{classes});
    }
    EXPECT_EQ(mnistParameterBreakdown(2).totalParameters, 11018);
    EXPECT_THROW(mnistParameterBreakdown(1), std::invalid_argument);
    EXPECT_THROW(mnistParameterBreakdown(11), std::invalid_argument);
    EXPECT_THROW(mnistModelSummary(1), std::invalid_argument);
    EXPECT_THROW(MnistNet(0.0, 11), std::invalid_argument);
}

TEST(ParameterBreakdown, ReceptiveFieldsByHand) {
    // r ← r + (k − 1)·jump, jump ← jump·stride, from r = 1, jump = 1:
    // conv1 1 + 4 = 5; conv2 5 + 2 = 7; pool 7 + 1 = 8 (jump 2); conv3 8 + 2·2 = 12; conv4 16;
    // conv5 20; GAP (5, stride 5) 20 + 4·2 = 28: the whole image.
    const ParameterBreakdown b = mnistParameterBreakdown();
    const std::vector<std::pair<std::string, int>> expected{
        {"conv1", 5},  {"norm1", 5},  {"conv2", 7},  {"norm2", 7},  {"pool", 8}, {"conv3", 12}, {"norm3", 12},
        {"conv4", 16}, {"norm4", 16}, {"conv5", 20}, {"norm5", 20}, {"gap", 28}, {"fc", 28}};
    ASSERT_EQ(b.layers.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(b.layers[i].layer, expected[i].first);
        EXPECT_EQ(b.layers[i].receptiveField, expected[i].second) << expected[i].first;
    }
    EXPECT_EQ(receptiveFields({{3, 1}, {3, 1}}), (std::vector<int>{3, 5}));
}

// The input pixels that output unit (0, 0) of a layer depends on: the union, over random inputs, of
// where its gradient w.r.t. the input is non-zero (one input alone misses pixels: ReLU closes some
// paths, and max pooling passes the gradient to one pixel of four). Returns the bounding square's side
// and whether anything reached outside it.
std::pair<int, bool> measuredField(MnistNet& net, int stage) {
    torch::Tensor reached = torch::zeros({28, 28}, torch::kBool);
    for (int trial = 0; trial < 40; ++trial) {
        torch::Tensor x = torch::randn({1, 1, 28, 28}).requires_grad_(true);
        auto block = [](torch::nn::Conv2d& conv, torch::nn::BatchNorm2d& norm, const torch::Tensor& in) {
            return norm->forward(torch::relu(conv->forward(in)));
        };
        std::vector<torch::Tensor> outputs;
        torch::Tensor h = block(net->conv1, net->norm1, x);
        outputs.push_back(h);
        h = block(net->conv2, net->norm2, h);
        outputs.push_back(h);
        h = net->pool->forward(h);
        outputs.push_back(h);
        h = block(net->conv3, net->norm3, h);
        outputs.push_back(h);
        h = block(net->conv4, net->norm4, h);
        outputs.push_back(h);
        h = block(net->conv5, net->norm5, h);
        outputs.push_back(h);
        outputs.push_back(net->gap->forward(h));
        // Every channel of unit (0, 0), so a channel whose ReLU is closed does not hide the field.
        outputs[static_cast<std::size_t>(stage)].select(3, 0).select(2, 0).abs().sum().backward();
        reached |= x.grad()[0][0] != 0;
    }
    const torch::Tensor rows = reached.any(1).nonzero(), cols = reached.any(0).nonzero();
    const int side =
        static_cast<int>(std::max(rows.max().item<std::int64_t>(), cols.max().item<std::int64_t>())) + 1;
    const bool startsAtCorner = rows.min().item<std::int64_t>() == 0 && cols.min().item<std::int64_t>() == 0;
    // Everything inside the square reached (a full window), nothing outside it.
    const bool full = reached.slice(0, 0, side).slice(1, 0, side).all().item<bool>() &&
                      reached.sum().item<std::int64_t>() == side * side;
    return {side, startsAtCorner && full};
}

TEST(ParameterBreakdown, ReceptiveFieldsAreWhereTheGradientReachesTheInput) {
    torch::manual_seed(5);
    MnistNet net(0.0);
    net->eval(); // BatchNorm with its running statistics: each output unit depends on its own input only
    const std::vector<std::string> stages{"conv1", "conv2", "pool", "conv3", "conv4", "conv5", "gap"};
    const ParameterBreakdown b = mnistParameterBreakdown();
    for (std::size_t stage = 0; stage < stages.size(); ++stage) {
        const auto [side, isWindow] = measuredField(net, static_cast<int>(stage));
        EXPECT_TRUE(isWindow) << stages[stage];
        EXPECT_EQ(side, layerNamed(b, stages[stage]).receptiveField) << stages[stage];
    }
}

} // namespace
} // namespace bplab
