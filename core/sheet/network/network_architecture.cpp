#include "core/sheet/network/network_architecture.h"

#include <optional>

namespace bplab {

namespace {

std::optional<NetworkProblem> layerCountProblem(const std::vector<int>& layers) {
    const int count = static_cast<int>(layers.size());
    const int hidden = count - 2;
    if (hidden >= kMinHiddenLayers && hidden <= kMaxHiddenLayers) return std::nullopt;
    return NetworkProblem{
        NetworkProblemKind::LayerCount,
        {std::to_string(count), std::to_string(kMinHiddenLayers), std::to_string(kMaxHiddenLayers)},
        "the network has " + std::to_string(count) + (count == 1 ? " layer" : " layers") +
            ": it needs an input layer, " + std::to_string(kMinHiddenLayers) + " to " +
            std::to_string(kMaxHiddenLayers) + " hidden layers and an output layer"};
}

// The first layer whose size is out of range for its place (input, hidden or output).
std::optional<NetworkProblem> layerSizeProblem(const std::vector<int>& layers) {
    const std::size_t last = layers.size() - 1;
    for (std::size_t l = 0; l < layers.size(); ++l) {
        const int units = layers[l];
        const bool input = l == 0;
        const bool output = l == last;
        const int low = input ? kMinInputUnits : output ? kMinOutputUnits : kMinHiddenUnits;
        const int high = input ? kMaxInputUnits : output ? kMaxOutputUnits : kMaxHiddenUnits;
        if (units >= low && units <= high) continue;
        const std::string what = input    ? "the input layer"
                                 : output ? "the output layer"
                                          : "hidden layer " + std::to_string(l);
        std::vector<std::string> values{std::to_string(units), std::to_string(low), std::to_string(high)};
        if (!input && !output) values.insert(values.begin(), std::to_string(l));
        return NetworkProblem{input    ? NetworkProblemKind::InputLayerSize
                              : output ? NetworkProblemKind::OutputLayerSize
                                       : NetworkProblemKind::HiddenLayerSize,
                              std::move(values),
                              what + " has " + std::to_string(units) + (units == 1 ? " unit" : " units") +
                                  ": it may have " + std::to_string(low) + " to " + std::to_string(high)};
    }
    return std::nullopt;
}

} // namespace

std::vector<NetworkProblem> architectureProblems(const std::vector<int>& layers) {
    if (auto problem = layerCountProblem(layers)) return {std::move(*problem)};
    if (auto problem = layerSizeProblem(layers)) return {std::move(*problem)};
    return {};
}

std::vector<int> defaultLayersFor(const TrainingSet& data) {
    return {data.inputCount(), kDefaultHiddenUnits, data.targetCount()};
}

std::vector<std::vector<std::vector<double>>> startingWeights(const std::vector<int>& layers, WeightInit init,
                                                              std::uint64_t seed, double uniformRange) {
    if (!architectureProblems(layers).empty()) return {};
    return drawNetworkWeights(layers, init, seed, uniformRange);
}

std::vector<std::vector<double>> zeroBiases(const NetworkSpec& spec) {
    std::vector<std::vector<double>> biases;
    if (spec.biasMode == BiasMode::None || !architectureProblems(spec.layers).empty()) return biases;
    for (int l = 1; l <= spec.lastLayer(); ++l)
        biases.emplace_back(static_cast<std::size_t>(spec.biasCount(l)), 0.0);
    return biases;
}

} // namespace bplab
