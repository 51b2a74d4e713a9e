#pragma once

// The largest network the sheet allows, as the benchmarks measure it: 4-6-6-6-4, sigmoid, one learned
// bias per unit, 16 examples of random inputs and targets, weights drawn by Xavier from seed 2024.
#include "core/sheet/network/network_spec.h"
#include "core/sheet/weight_init.h"

namespace bplab {

inline NetworkSpec largestNetwork() {
    NetworkSpec spec;
    spec.layers = {4, 6, 6, 6, 4};
    spec.activations.assign(4, Activation::Sigmoid);
    spec.biasMode = BiasMode::PerUnit;
    spec.learnBiases = true;
    PortableRandom random(2024);
    for (int e = 0; e < kMaxTrainingExamples; ++e) {
        TrainingExample example;
        for (int i = 0; i < 4; ++i) example.inputs.push_back(random.symmetricUnit());
        for (int t = 0; t < 4; ++t) example.targets.push_back(random.unitInterval());
        spec.data.examples.push_back(example);
    }
    WeightInitializer init(WeightInit::XavierUniform, 2024);
    for (int l = 1; l < 5; ++l) {
        spec.weights.push_back(init.drawLayer(spec.layers[static_cast<std::size_t>(l - 1)],
                                              spec.layers[static_cast<std::size_t>(l)]));
        spec.biases.emplace_back(static_cast<std::size_t>(spec.layers[static_cast<std::size_t>(l)]), 0.1);
    }
    return spec;
}

} // namespace bplab
