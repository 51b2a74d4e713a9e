#include "core/sheet/network/network_forward.h"
#include "core/sheet/vector_index.h"

#include <array>
#include <stdexcept>
#include <string>

namespace bplab {

void NetworkForward::shapeFrom(const NetworkSpec& spec) {
    if (spec.layers.size() < 2 || spec.activations.size() + 1 != spec.layers.size()) {
        throw std::invalid_argument("NetworkForward: the spec needs layers and one activation per layer "
                                    "after the inputs");
    }
    for (const int units : spec.layers) {
        if (units < 1 || units > kMaxLayerUnits) {
            throw std::invalid_argument("NetworkForward: a layer has " + std::to_string(units) +
                                        " units (1.." + std::to_string(kMaxLayerUnits) + " allowed)");
        }
    }
    m_inputCount = spec.layers.front();
    m_layers.clear();
    std::size_t weights = 0, biases = 0;
    for (int l = 1; l <= spec.lastLayer(); ++l) {
        Layer layer;
        layer.units = spec.layers[at(l)];
        layer.fromUnits = spec.layers[at(l - 1)];
        layer.activation = spec.activations[at(l - 1)];
        layer.hasBias = spec.biasMode != BiasMode::None;
        layer.firstWeight = weights;
        layer.firstBias = biases;
        weights += at(layer.units * layer.fromUnits);
        if (layer.hasBias) biases += at(layer.units);
        m_layers.push_back(layer);
    }
    m_weights.assign(weights, 0.0);
    m_biases.assign(biases, 0.0);
}

NetworkForward::NetworkForward(const NetworkSpec& spec, const NetworkIndex& index, const double* row,
                               Parameters parameters) {
    shapeFrom(spec);
    const bool after = parameters == Parameters::AfterUpdate;
    const auto& weightIds = after ? index.weightUpdate : index.weight;
    if (weightIds.size() != spec.layers.size() || index.bias.size() != spec.layers.size()) {
        throw std::invalid_argument("NetworkForward: the index is not the layout of this spec");
    }
    for (std::size_t l = 1; l < spec.layers.size(); ++l) {
        const Layer& layer = m_layers[l - 1];
        if (weightIds[l].size() != at(layer.units) || weightIds[l][0].size() != at(layer.fromUnits) ||
            (layer.hasBias && index.bias[l].empty())) {
            throw std::invalid_argument("NetworkForward: the index is not the layout of this spec");
        }
        for (int j = 0; j < layer.units; ++j) {
            for (int k = 0; k < layer.fromUnits; ++k) {
                m_weights[layer.firstWeight + at(j * layer.fromUnits + k)] = row[weightIds[l][at(j)][at(k)]];
            }
            if (!layer.hasBias) continue;
            // A learned bias moves to its update; one that is not learned has none and stays.
            const bool learned = after && !index.biasUpdate[l].empty();
            const auto& biasIds = learned ? index.biasUpdate[l] : index.bias[l];
            m_biases[layer.firstBias + at(j)] = row[biasIds[biasIds.size() == 1 ? 0 : at(j)]];
        }
    }
}

NetworkForward::NetworkForward(const NetworkSpec& spec) {
    shapeFrom(spec);
    if (spec.weights.size() + 1 != spec.layers.size() ||
        (spec.biasMode != BiasMode::None && spec.biases.size() + 1 != spec.layers.size())) {
        throw std::invalid_argument("NetworkForward: the spec's parameters do not match its layers");
    }
    for (std::size_t l = 1; l < spec.layers.size(); ++l) {
        const Layer& layer = m_layers[l - 1];
        const auto& matrix = spec.weights[l - 1];
        const std::size_t biasCount = layer.hasBias ? spec.biases[l - 1].size() : 0;
        if (matrix.size() != at(layer.units) ||
            (layer.hasBias && biasCount != 1 && biasCount != at(layer.units))) {
            throw std::invalid_argument("NetworkForward: the spec's parameters do not match its layers");
        }
        for (int j = 0; j < layer.units; ++j) {
            if (matrix[at(j)].size() != at(layer.fromUnits)) {
                throw std::invalid_argument("NetworkForward: the spec's parameters do not match its layers");
            }
            for (int k = 0; k < layer.fromUnits; ++k) {
                m_weights[layer.firstWeight + at(j * layer.fromUnits + k)] = matrix[at(j)][at(k)];
            }
            if (layer.hasBias)
                m_biases[layer.firstBias + at(j)] = spec.biases[l - 1][biasCount == 1 ? 0 : at(j)];
        }
    }
}

void NetworkForward::outputs(const double* inputs, double* outputs) const {
    // Two buffers on the stack take turns holding "the layer below" and "this layer".
    std::array<double, kMaxLayerUnits> first{}, second{};
    const double* below = inputs;
    for (std::size_t l = 0; l < m_layers.size(); ++l) {
        const Layer& layer = m_layers[l];
        double* out = l + 1 == m_layers.size() ? outputs : (l % 2 == 0 ? first.data() : second.data());
        const double* w = m_weights.data() + layer.firstWeight;
        for (int j = 0; j < layer.units; ++j, w += layer.fromUnits) {
            // z = w₁·a₁ + w₂·a₂ + … (+ b): the sheet's WeightedSum, in its order, so the values agree.
            double z = w[0] * below[0];
            for (int k = 1; k < layer.fromUnits; ++k) z += w[k] * below[k];
            if (layer.hasBias) z += m_biases[layer.firstBias + at(j)];
            out[j] = activate(layer.activation, z);
        }
        below = out;
    }
}

} // namespace bplab
