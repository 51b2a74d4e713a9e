#include "core/mnist/parameter_breakdown.h"

#include <iomanip>
#include <sstream>

namespace bplab {

namespace {

struct LayerSpec {
    const char* name;
    LayerKind kind;
    int inChannels;
    int outChannels;
    int kernel;
    int stride;
};

// The seed CNN, layer by layer as in MnistNetImpl's forward (ReLU and dropout have no parameters
// and do not widen the view, so they are left out). fc's outputs are MNIST's; another class count
// replaces them.
constexpr LayerSpec kMnistLayers[] = {
    {"conv1", LayerKind::Convolution, 1, 4, 5, 1},      {"norm1", LayerKind::BatchNorm, 4, 4, 1, 1},
    {"conv2", LayerKind::Convolution, 4, 8, 3, 1},      {"norm2", LayerKind::BatchNorm, 8, 8, 1, 1},
    {"pool", LayerKind::MaxPool, 8, 8, 2, 2},           {"conv3", LayerKind::Convolution, 8, 16, 3, 1},
    {"norm3", LayerKind::BatchNorm, 16, 16, 1, 1},      {"conv4", LayerKind::Convolution, 16, 32, 3, 1},
    {"norm4", LayerKind::BatchNorm, 32, 32, 1, 1},      {"conv5", LayerKind::Convolution, 32, 16, 3, 1},
    {"norm5", LayerKind::BatchNorm, 16, 16, 1, 1},      {"gap", LayerKind::AveragePool, 16, 16, 5, 5},
    {"fc", LayerKind::Linear, 16, kMnistClasses, 1, 1},
};

LayerBreakdown countParameters(const LayerSpec& spec) {
    LayerBreakdown layer;
    layer.layer = spec.name;
    layer.kind = spec.kind;
    const std::int64_t in = spec.inChannels, out = spec.outChannels, k = spec.kernel;
    switch (spec.kind) {
    case LayerKind::Convolution:
        layer.weights = out * in * k * k;
        layer.biases = out;
        break;
    case LayerKind::BatchNorm: // γ and β per channel (the running statistics are not trained)
        layer.weights = out;
        layer.biases = out;
        break;
    case LayerKind::Linear:
        layer.weights = out * in;
        layer.biases = out;
        break;
    case LayerKind::MaxPool:
    case LayerKind::AveragePool:
        break;
    }
    return layer;
}

} // namespace

std::vector<int> receptiveFields(const std::vector<ReceptiveStep>& steps) {
    std::vector<int> fields;
    int field = 1, jump = 1;
    for (const ReceptiveStep& step : steps) {
        field += (step.kernel - 1) * jump;
        jump *= step.stride;
        fields.push_back(field);
    }
    return fields;
}

ParameterBreakdown mnistParameterBreakdown(int classes) {
    checkedClassCount(classes);
    ParameterBreakdown breakdown;
    std::vector<ReceptiveStep> steps;
    for (LayerSpec spec : kMnistLayers) {
        if (spec.kind == LayerKind::Linear) spec.outChannels = classes;
        breakdown.layers.push_back(countParameters(spec));
        breakdown.totalParameters += breakdown.layers.back().parameters();
        steps.push_back({spec.kernel, spec.stride});
    }
    const std::vector<int> fields = receptiveFields(steps);
    for (std::size_t i = 0; i < breakdown.layers.size(); ++i) {
        LayerBreakdown& layer = breakdown.layers[i];
        layer.receptiveField = fields[i];
        layer.share =
            100.0 * static_cast<double>(layer.parameters()) / static_cast<double>(breakdown.totalParameters);
    }
    return breakdown;
}

std::string formatParameterBreakdown(const ParameterBreakdown& breakdown) {
    std::ostringstream out;
    const std::string rule(64, '-');
    out << rule << '\n'
        << std::setw(8) << "Layer" << std::setw(10) << "Weights" << std::setw(9) << "Biases" << std::setw(9)
        << "Params" << std::setw(9) << "Share" << std::setw(19) << "Receptive field" << '\n'
        << std::string(64, '=') << '\n';
    for (const LayerBreakdown& layer : breakdown.layers) {
        std::ostringstream share, field;
        share << std::fixed << std::setprecision(1) << layer.share << " %";
        field << layer.receptiveField << "×" << layer.receptiveField;
        out << std::setw(8) << layer.layer << std::setw(10) << layer.weights << std::setw(9) << layer.biases
            << std::setw(9) << layer.parameters() << std::setw(9)
            << share.str()
            // "×" is two bytes in UTF-8: one more column so the text lines up.
            << std::setw(20) << field.str() << '\n';
    }
    out << std::string(64, '=') << '\n'
        << "Total params: " << breakdown.totalParameters
        << " (BatchNorm: weights = scale γ, biases = shift β; receptive field in input pixels)\n"
        << rule << '\n';
    return out.str();
}

} // namespace bplab
