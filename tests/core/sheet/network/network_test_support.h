#pragma once

// Small helpers shared by the network sheet's tests.
#include "core/sheet/network/network_sheet.h"
#include "core/sheet/weight_init.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <set>
#include <string>

namespace bplab::testing {

// `count` examples of inputs in [−1, 1) and targets in (0.1, 0.9) (usable with cross-entropy).
inline TrainingSet randomExamples(int inputs, int targets, int count, std::uint64_t seed) {
    PortableRandom random(seed);
    TrainingSet set;
    for (int e = 0; e < count; ++e) {
        TrainingExample example;
        for (int i = 0; i < inputs; ++i) example.inputs.push_back(random.symmetricUnit());
        for (int t = 0; t < targets; ++t) example.targets.push_back(0.5 + 0.4 * random.symmetricUnit());
        set.examples.push_back(example);
    }
    return set;
}

// Xavier-uniform weights and biases in ±0.5 (not 0, so that a wrong or missing bias term shows) for
// the spec's layers, from a seed.
inline void drawParameters(NetworkSpec& spec, std::uint64_t seed) {
    spec.weights = drawNetworkWeights(spec.layers, WeightInit::XavierUniform, seed);
    PortableRandom random(seed + 1);
    spec.biases.clear();
    for (int l = 1; spec.biasMode != BiasMode::None && l <= spec.lastLayer(); ++l) {
        std::vector<double> biases(static_cast<std::size_t>(spec.biasCount(l)));
        for (double& b : biases) b = 0.5 * random.symmetricUnit();
        spec.biases.push_back(biases);
    }
}

// The value of the quantity `id` in row `iteration`; fails the test for an unknown id.
inline double valueOf(const NetworkSheet& sheet, int iteration, const std::string& id) {
    const int q = sheet.quantities().indexOf(id);
    EXPECT_GE(q, 0) << "no quantity " << id;
    return q < 0 ? 0.0 : sheet.value(iteration, q);
}

// The XOR set on a 2-2-1 sigmoid network without biases, W¹ = [[0.5, −0.25], [0.75, 0.25]],
// W² = [[0.5, −1]], η = 0.5, ½·squared error summed, full batch: the hand-checked network.
inline NetworkSpec xorNetwork() {
    NetworkSpec spec;
    spec.layers = {2, 2, 1};
    spec.activations = {Activation::Sigmoid, Activation::Sigmoid};
    spec.data = trainingSetPreset(TrainingSetPreset::Xor);
    spec.weights = {{{0.5, -0.25}, {0.75, 0.25}}, {{0.5, -1.0}}};
    spec.learningRate = 0.5;
    return spec;
}

// Checks row 0's cells one by one and, at the end, that every computed cell was checked.
class EveryCell {
public:
    EveryCell(const NetworkSheet& sheet, double tolerance)
        : m_sheet(sheet)
        , m_tolerance(tolerance) {}
    ~EveryCell() {
        for (const NetworkCell& cell : m_sheet.cells()) {
            const std::string& id = m_sheet.quantities()[cell.quantity].id;
            EXPECT_EQ(m_checked.count(id), 1U) << "cell " << id << " has no hand-computed value";
        }
    }
    void operator()(const std::string& id, double expected) {
        EXPECT_NEAR(valueOf(m_sheet, 0, id), expected, m_tolerance) << id;
        m_checked.insert(id);
    }

private:
    const NetworkSheet& m_sheet;
    double m_tolerance;
    std::set<std::string> m_checked;
};

} // namespace bplab::testing
