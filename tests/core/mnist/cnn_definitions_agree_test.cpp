// The CNN is written twice: MnistNetImpl::forward on LibTorch's layers and native::forward on the
// native kernels (a faster pass, so neither is generated from the other). This test holds the two
// together: it walks both passes layer by layer on one 1×1×28×28 image and fails on any difference in
// layer kind or order, output shape, parameter count or output values; and it checks that the native
// pass uses each of the model's parameters once, in the parameter breakdown's order, and that the
// LibTorch layers' options are the ones the native kernels compute (stride 1, no padding, 2×2 pool).
#include "core/mnist/libtorch/mnist_net.h"
#include "core/mnist/libtorch/native/native_layers.h"
#include "core/mnist/model_summary.h"
#include "core/mnist/parameter_breakdown.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace bplab::native {
namespace {

// One layer of a walk: its type, output [N, …], trainable parameters and output values.
struct LayerRow {
    std::string type;
    std::vector<std::int64_t> shape;
    std::int64_t parameters = 0;
    torch::Tensor output;
    std::string module; // the native walk's module name ("conv1"); empty on the LibTorch walk
};

std::int64_t trainableParameters(const torch::nn::Module* module) {
    std::int64_t count = 0;
    if (module == nullptr) return count;
    for (const auto& parameter : module->parameters())
        if (parameter.requires_grad()) count += parameter.numel();
    return count;
}

std::vector<std::int64_t> shapeOf(const torch::Tensor& t) { return {t.sizes().begin(), t.sizes().end()}; }

std::string describe(const LayerRow& row) {
    std::ostringstream out;
    out << row.type << " [";
    for (std::size_t i = 0; i < row.shape.size(); ++i) out << (i ? ", " : "") << row.shape[i];
    out << "] " << row.parameters << " parameters";
    return out.str();
}

// Non-trivial BatchNorm statistics and affine parameters, different in every norm, so that a native
// pass using one 16-channel norm in place of the other gives other values.
MnistNet distinctNetwork() {
    torch::manual_seed(25);
    MnistNet net(/*dropout=*/0.1);
    torch::NoGradGuard noGrad;
    for (torch::nn::BatchNorm2d* norm : {&net->norm1, &net->norm2, &net->norm3, &net->norm4, &net->norm5}) {
        (*norm)->running_mean.copy_(0.1 * torch::randn_like((*norm)->running_mean));
        (*norm)->running_var.copy_(0.5 + torch::rand_like((*norm)->running_var));
        (*norm)->weight.copy_(1.0 + 0.2 * torch::randn_like((*norm)->weight));
        (*norm)->bias.copy_(0.1 * torch::randn_like((*norm)->bias));
    }
    net->eval(); // dropout is the identity in both passes, so the values can be compared
    return net;
}

// LibTorch's pass as MnistNetImpl::forward records it, with ReLU → BatchNorm2d folded into the one
// row the native pass has for them (its kernel applies both).
std::vector<LayerRow> libtorchWalk(MnistNet& net, const torch::Tensor& x) {
    torch::NoGradGuard noGrad;
    std::vector<LayerRow> rows;
    net->forward(x, [&rows](const std::string& type, const torch::Tensor& output, std::int64_t parameters) {
        LayerRow row{type, shapeOf(output), parameters, output.clone(), {}};
        if (type == "BatchNorm2d" && !rows.empty() && rows.back().type == "ReLU") {
            rows.back() = row;
            rows.back().type = "ReLU+BatchNorm2d";
        } else {
            rows.push_back(row);
        }
    });
    return rows;
}

// The native pass on the generic kernels (every machine runs them), each row named by its module.
std::vector<LayerRow> nativeWalk(MnistNet& net, const torch::Tensor& x) {
    std::map<const torch::nn::Module*, std::string> names;
    for (const auto& child : net->named_children()) names[child.value().get()] = child.key();
    torch::NoGradGuard noGrad;
    std::vector<LayerRow> rows;
    forward(*kernelsFor("generic"), *net, x,
            [&](const std::string& type, const torch::Tensor& output, const torch::nn::Module* layer) {
                rows.push_back({type, shapeOf(output), trainableParameters(layer), output.clone(),
                                layer ? names.at(layer) : std::string()});
            });
    return rows;
}

// Every difference between the two walks, one sentence each; empty when they agree.
std::vector<std::string> differences(const std::vector<LayerRow>& libtorch,
                                     const std::vector<LayerRow>& native) {
    std::vector<std::string> found;
    if (libtorch.size() != native.size())
        found.push_back("LibTorch has " + std::to_string(libtorch.size()) + " layers, native " +
                        std::to_string(native.size()));
    for (std::size_t i = 0; i < std::min(libtorch.size(), native.size()); ++i) {
        const LayerRow &a = libtorch[i], &b = native[i];
        const std::string where =
            "layer " + std::to_string(i + 1) + ": LibTorch " + describe(a) + ", native ";
        if (a.type != b.type || a.shape != b.shape || a.parameters != b.parameters) {
            found.push_back(where + describe(b));
            continue;
        }
        // Float sums in another order: within 1e-4 of the layer's largest value.
        const double scale = std::max(a.output.abs().max().item<double>(), 1.0);
        const double error = (a.output - b.output).abs().max().item<double>();
        if (error > 1e-4 * scale) found.push_back(where + "values differ by up to " + std::to_string(error));
    }
    return found;
}

class CnnDefinitions : public ::testing::Test {
protected:
    MnistNet net = distinctNetwork();
    torch::Tensor image = torch::randn({1, 1, 28, 28});
};

TEST_F(CnnDefinitions, NativePassWalksTheLibTorchLayersInOrderWithTheirShapesParametersAndValues) {
    const std::vector<LayerRow> libtorch = libtorchWalk(net, image), native = nativeWalk(net, image);
    for (const std::string& difference : differences(libtorch, native)) ADD_FAILURE() << difference;
    // The torchsummary rows by hand (ReLU folded): no padding, so a k×k conv takes k − 1 off each side.
    const std::vector<std::pair<std::string, std::vector<std::int64_t>>> expected = {
        {"Conv2d", {1, 4, 24, 24}}, // 28 − 5 + 1
        {"ReLU+BatchNorm2d", {1, 4, 24, 24}},
        {"Conv2d", {1, 8, 22, 22}}, // 24 − 3 + 1
        {"ReLU+BatchNorm2d", {1, 8, 22, 22}},
        {"MaxPool2d", {1, 8, 11, 11}}, // 22 / 2
        {"Dropout", {1, 8, 11, 11}},
        {"Conv2d", {1, 16, 9, 9}},
        {"ReLU+BatchNorm2d", {1, 16, 9, 9}},
        {"Dropout", {1, 16, 9, 9}},
        {"Conv2d", {1, 32, 7, 7}},
        {"ReLU+BatchNorm2d", {1, 32, 7, 7}},
        {"Conv2d", {1, 16, 5, 5}},
        {"ReLU+BatchNorm2d", {1, 16, 5, 5}},
        {"Dropout", {1, 16, 5, 5}},
        {"AvgPool2d", {1, 16, 1, 1}}, // 5×5 averaged
        {"Linear", {1, 10}},
    };
    ASSERT_EQ(native.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(native[i].type, expected[i].first) << "layer " << i + 1;
        EXPECT_EQ(native[i].shape, expected[i].second) << "layer " << i + 1;
    }
}

TEST_F(CnnDefinitions, NativePassUsesEveryParameterOnceInTheBreakdownsOrder) {
    const std::vector<LayerRow> native = nativeWalk(net, image);
    // The layers with parameters, in the order the data flows, as the parameter breakdown lists them.
    std::vector<std::pair<std::string, std::int64_t>> used, listed;
    for (const LayerRow& row : native)
        if (row.parameters > 0) used.emplace_back(row.module, row.parameters);
    for (const LayerBreakdown& layer : mnistParameterBreakdown().layers)
        if (layer.parameters() > 0) listed.emplace_back(layer.layer, layer.parameters());
    EXPECT_EQ(used, listed);
    // Each parameter tensor (name and shape) reached exactly once: conv1.weight [4, 1, 5, 5], …
    std::map<std::string, std::vector<std::int64_t>> reached;
    for (const LayerRow& row : native) {
        if (row.parameters == 0) continue;
        for (const auto& parameter : net->named_children()[row.module]->named_parameters())
            EXPECT_TRUE(
                reached.emplace(row.module + "." + parameter.key(), shapeOf(parameter.value())).second)
                << row.module << "." << parameter.key() << " used twice";
    }
    std::map<std::string, std::vector<std::int64_t>> all;
    for (const auto& parameter : net->named_parameters())
        all.emplace(parameter.key(), shapeOf(parameter.value()));
    EXPECT_EQ(reached, all);
    // 104 + 8 + 296 + 16 + 1168 + 32 + 4640 + 64 + 4624 + 32 + 170 = 11,154, the model summary's total.
    std::int64_t total = 0;
    for (const LayerRow& row : native) total += row.parameters;
    EXPECT_EQ(total, 11154);
    EXPECT_EQ(total, mnistModelSummary().totalParameters);
}

TEST_F(CnnDefinitions, LibTorchLayersUseOnlyWhatTheNativeKernelsCompute) {
    // native::conv: square kernel from the weights, stride 1, no padding, no dilation, one group, a bias.
    for (const torch::nn::Conv2d* conv : {&net->conv1, &net->conv2, &net->conv3, &net->conv4, &net->conv5}) {
        const auto& options = (*conv)->options;
        SCOPED_TRACE(describe({"Conv2d", shapeOf((*conv)->weight), 0, {}, {}}));
        EXPECT_EQ((*options.kernel_size())[0], (*options.kernel_size())[1]);
        EXPECT_EQ((*options.kernel_size())[0], (*conv)->weight.size(2));
        EXPECT_EQ((*options.stride())[0], 1);
        EXPECT_EQ((*options.stride())[1], 1);
        // LibTorch 1.13 keeps the padding in a c10::variant, 2.x in a std::variant: an unqualified get_if
        // finds either (std's through this using-declaration, c10's by argument-dependent lookup).
        using std::get_if;
        const auto* padding = get_if<torch::ExpandingArray<2>>(&options.padding());
        EXPECT_TRUE(padding != nullptr && (**padding)[0] == 0 && (**padding)[1] == 0) << "padding";
        EXPECT_EQ((*options.dilation())[0], 1);
        EXPECT_EQ((*options.dilation())[1], 1);
        EXPECT_EQ(options.groups(), 1);
        EXPECT_TRUE(options.bias());
    }
    // native::maxPool: 2×2 windows, stride 2, no padding.
    const auto& pool = net->pool->options;
    EXPECT_EQ((*pool.kernel_size())[0], 2);
    EXPECT_EQ((*pool.kernel_size())[1], 2);
    EXPECT_EQ((*pool.stride())[0], 2);
    EXPECT_EQ((*pool.stride())[1], 2);
    EXPECT_EQ((*pool.padding())[0], 0);
    // native::forward averages the whole 5×5 map: the pool's window must be that map.
    EXPECT_EQ((*net->gap->options.kernel_size())[0], 5);
    EXPECT_EQ((*net->gap->options.kernel_size())[1], 5);
}

// The comparison itself can fail: one planted difference of each kind in the native walk's view.
TEST_F(CnnDefinitions, ComparisonReportsAPlantedDifference) {
    const std::vector<LayerRow> libtorch = libtorchWalk(net, image), native = nativeWalk(net, image);
    ASSERT_TRUE(differences(libtorch, native).empty());

    std::vector<LayerRow> moreChannels = native; // conv1 with 5 outputs: [1, 5, 24, 24], 5·25 + 5 = 130
    moreChannels[0].shape[1] = 5;
    moreChannels[0].parameters = 130;
    ASSERT_EQ(differences(libtorch, moreChannels).size(), 1U);
    EXPECT_EQ(differences(libtorch, moreChannels)[0],
              "layer 1: LibTorch Conv2d [1, 4, 24, 24] 104 parameters, native Conv2d [1, 5, 24, 24] 130 "
              "parameters");

    std::vector<LayerRow> swapped = native; // pool and dropout in the other order
    std::swap(swapped[4], swapped[5]);
    EXPECT_EQ(differences(libtorch, swapped).size(), 2U);

    std::vector<LayerRow> missing = native; // a dropout left out
    missing.erase(missing.begin() + 8);
    EXPECT_FALSE(differences(libtorch, missing).empty());

    std::vector<LayerRow> otherValues = native; // another norm's statistics: same shape, other values
    otherValues[12].output = otherValues[12].output + 0.01;
    ASSERT_EQ(differences(libtorch, otherValues).size(), 1U);
    EXPECT_NE(differences(libtorch, otherValues)[0].find("values differ"), std::string::npos);
}

} // namespace
} // namespace bplab::native
