#include "core/mnist/libtorch/mnist_net.h"

#include "core/mnist/libtorch/mnist_internal.h"
#include "core/mnist/libtorch/native/native_layers.h"

#include <iomanip>
#include <sstream>

namespace bplab {

namespace {
using torch::nn::BatchNorm2dOptions;
using torch::nn::Conv2dOptions;

std::int64_t parameterCount(const torch::nn::Module& module) {
    std::int64_t count = 0;
    for (const auto& parameter : module.parameters(/*recurse=*/true)) {
        if (parameter.requires_grad()) count += parameter.numel();
    }
    return count;
}

} // namespace

MnistNetImpl::MnistNetImpl(double dropoutRate, int classes)
    : conv1(Conv2dOptions(/*in=*/1, /*out=*/4, /*kernel=*/5))
    , conv2(Conv2dOptions(4, 8, 3))
    , conv3(Conv2dOptions(8, 16, 3))
    , conv4(Conv2dOptions(16, 32, 3))
    , conv5(Conv2dOptions(32, 16, 3))
    , norm1(BatchNorm2dOptions(4))
    , norm2(BatchNorm2dOptions(8))
    , norm3(BatchNorm2dOptions(16))
    , norm4(BatchNorm2dOptions(32))
    , norm5(BatchNorm2dOptions(16))
    , pool(torch::nn::MaxPool2dOptions(2))
    , dropout(torch::nn::DropoutOptions(dropoutRate))
    , gap(torch::nn::AvgPool2dOptions(5))
    , fc(torch::nn::LinearOptions(16, checkedClassCount(classes))) {
    register_module("conv1", conv1);
    register_module("norm1", norm1);
    register_module("conv2", conv2);
    register_module("norm2", norm2);
    register_module("pool", pool);
    register_module("dropout", dropout);
    register_module("conv3", conv3);
    register_module("norm3", norm3);
    register_module("conv4", conv4);
    register_module("norm4", norm4);
    register_module("conv5", conv5);
    register_module("norm5", norm5);
    register_module("gap", gap);
    register_module("fc", fc);
}

torch::Tensor MnistNetImpl::forward(torch::Tensor x) {
    // Weights elsewhere than the input take LibTorch's path too, which names the mismatch.
    const bool nativeApplies =
        nativeKernels != nullptr && x.device().is_cpu() && x.scalar_type() == torch::kFloat && x.dim() == 4 &&
        conv1->weight.device().is_cpu() && (is_training() || !torch::GradMode::is_enabled());
    if (nativeApplies) return native::forward(*nativeKernels, *this, x);
    return forward(std::move(x), LayerObserver{});
}

torch::Tensor MnistNetImpl::forward(torch::Tensor x, const LayerObserver& observe) {
    // The parameter count is taken only when someone watches: training's forward passes skip it.
    auto record = [&observe](const std::string& type, const torch::Tensor& output,
                             const torch::nn::Module* layer = nullptr) {
        if (observe) observe(type, output, layer ? parameterCount(*layer) : 0);
    };
    // One Conv → ReLU → BN block, recorded as three rows like torchsummary does.
    auto block = [&](torch::nn::Conv2d& conv, torch::nn::BatchNorm2d& norm, const torch::Tensor& in) {
        torch::Tensor out = conv->forward(in);
        record("Conv2d", out, conv.get());
        out = torch::relu(out);
        record("ReLU", out);
        out = norm->forward(out);
        record("BatchNorm2d", out, norm.get());
        return out;
    };
    x = block(conv1, norm1, x); // 1×28×28 → 4×24×24
    x = block(conv2, norm2, x); //         → 8×22×22
    x = pool->forward(x);       //         → 8×11×11
    record("MaxPool2d", x);
    x = dropout->forward(x);
    record("Dropout", x);
    x = block(conv3, norm3, x); //         → 16×9×9
    x = dropout->forward(x);
    record("Dropout", x);
    x = block(conv4, norm4, x); //         → 32×7×7
    x = block(conv5, norm5, x); //         → 16×5×5
    x = dropout->forward(x);
    record("Dropout", x);
    x = gap->forward(x); //         → 16×1×1 (global average pooling)
    record("AvgPool2d", x);
    x = fc->forward(x.flatten(1)); //         → one score per class
    record("Linear", x, fc.get());
    return torch::log_softmax(x, /*dim=*/1);
}

ModelSummary mnistModelSummary(int classes) {
    useOnlyThisThreadForTorch(); // called on the GUI thread
    MnistNet net(/*dropout=*/0.0, classes);
    net->eval();
    torch::NoGradGuard noGrad;
    ModelSummary summary;
    // Rows numbered like torchsummary ("Conv2d-1", "ReLU-2", ...), shapes without the batch dimension.
    net->forward(torch::zeros({1, 1, 28, 28}),
                 [&summary](const std::string& type, const torch::Tensor& output, std::int64_t parameters) {
                     const auto sizes = output.sizes();
                     summary.rows.push_back({type + "-" + std::to_string(summary.rows.size() + 1),
                                             std::vector<std::int64_t>(sizes.begin() + 1, sizes.end()),
                                             parameters});
                 });
    summary.totalParameters = parameterCount(*net);
    summary.trainableParameters = summary.totalParameters;
    return summary;
}

std::string formatModelSummary(const ModelSummary& summary) {
    auto withCommas = [](std::int64_t value) {
        std::string digits = std::to_string(value);
        for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
            digits.insert(static_cast<std::size_t>(i), ",");
        return digits;
    };
    std::ostringstream out;
    const std::string rule(64, '-');
    out << rule << '\n'
        << std::setw(20) << "Layer (type)" << std::setw(25) << "Output Shape" << std::setw(15) << "Param #"
        << '\n'
        << std::string(64, '=') << '\n';
    for (const SummaryRow& row : summary.rows) {
        std::string shape = "[-1";
        for (std::int64_t size : row.shape) shape += ", " + std::to_string(size);
        shape += "]";
        out << std::setw(20) << row.layer << std::setw(25) << shape << std::setw(15)
            << withCommas(row.parameters) << '\n';
    }
    out << std::string(64, '=') << '\n'
        << "Total params: " << withCommas(summary.totalParameters) << '\n'
        << "Trainable params: " << withCommas(summary.trainableParameters) << '\n'
        << "Non-trainable params: " << withCommas(summary.totalParameters - summary.trainableParameters)
        << '\n'
        << rule << '\n';
    return out.str();
}

} // namespace bplab
