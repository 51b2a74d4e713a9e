#pragma once

// The engines the workbook's tests translate and write: the seed sheet in every activation, loss and
// bias setting, and small networks covering each bias mode, batching and reduction up to the largest
// size the sheet allows.
#include "core/sheet/backprop_sheet.h"
#include "core/sheet/network/network_sheet.h"
#include "core/sheet/weight_init.h"
#include "tests/core/sheet/network/network_test_support.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace bplab::testing {

// The seed's inputs with biases absent, given (0.35 and 0.6, the classic worked example's, not
// learned) or learned.
enum class SeedBiases { None, Given, Learned };

inline SheetInputs seedInputs(Activation activation, Loss loss, SeedBiases biases) {
    SheetInputs inputs = biases == SeedBiases::None ? SheetInputs{} : classicWorkedExample();
    inputs.activation = activation;
    inputs.loss = loss;
    inputs.learnBiases = biases == SeedBiases::Learned;
    return inputs;
}

// Every activation × loss × biases of the seed sheet: 4 × 2 × 3 = 24.
inline std::vector<std::pair<std::string, SheetInputs>> everySeedVariant() {
    std::vector<std::pair<std::string, SheetInputs>> variants;
    const std::pair<SeedBiases, const char*> biasSettings[] = {{SeedBiases::None, "no biases"},
                                                               {SeedBiases::Given, "given biases"},
                                                               {SeedBiases::Learned, "learned"}};
    for (const Activation activation : kAllActivations) {
        for (const Loss loss : kAllLosses) {
            for (const auto& [biases, name] : biasSettings) {
                variants.emplace_back(std::string(activationName(activation)) + ", " +
                                          std::string(lossName(loss)) + ", " + name,
                                      seedInputs(activation, loss, biases));
            }
        }
    }
    return variants;
}

inline NetworkSpec randomNetwork(std::vector<int> layers, std::vector<Activation> activations,
                                 BiasMode biases, bool learnBiases, TrainingSet data, std::uint64_t seed) {
    NetworkSpec spec;
    spec.layers = std::move(layers);
    spec.activations = std::move(activations);
    spec.biasMode = biases;
    spec.learnBiases = learnBiases;
    spec.data = std::move(data);
    drawParameters(spec, seed);
    return spec;
}

// The networks the tests translate, by name: each covers what the others do not.
inline std::vector<std::pair<std::string, NetworkSpec>> networkVariants() {
    using A = Activation;
    std::vector<std::pair<std::string, NetworkSpec>> variants;
    variants.emplace_back("2-2-1 XOR, full batch", xorNetwork());

    NetworkSpec stochastic = randomNetwork({2, 3, 1}, {A::Sigmoid, A::Sigmoid}, BiasMode::PerUnit, true,
                                           trainingSetPreset(TrainingSetPreset::Xor), 3);
    stochastic.batchSize = 1;
    variants.emplace_back("2-3-1 XOR, batch 1, learned per-unit biases", stochastic);

    NetworkSpec crossEntropy = xorNetwork();
    crossEntropy.loss = Loss::CrossEntropy;
    variants.emplace_back("2-2-1 XOR, cross-entropy", crossEntropy);

    NetworkSpec mean = randomNetwork({1, 3, 3, 1}, {A::Tanh, A::Tanh, A::Tanh}, BiasMode::Shared, true,
                                     randomExamples(1, 1, 3, 11), 5);
    mean.reduction = LossReduction::Mean;
    variants.emplace_back("1-3-3-1 tanh, mean over 3 examples, learned shared biases", mean);

    NetworkSpec relu = randomNetwork({2, 3, 3, 2}, {A::Relu, A::Relu, A::Sigmoid}, BiasMode::Shared, false,
                                     randomExamples(2, 2, 4, 13), 17);
    relu.loss = Loss::CrossEntropy;
    relu.batchSize = 2;
    variants.emplace_back("2-3-3-2 relu, cross-entropy, batch 2 of 4, given shared biases", relu);

    variants.emplace_back("4-6-6-6-4 relu, 16 examples, learned per-unit biases",
                          randomNetwork({4, 6, 6, 6, 4}, {A::Relu, A::Relu, A::Relu, A::Identity},
                                        BiasMode::PerUnit, true, randomExamples(4, 4, 16, 7), 7));
    return variants;
}

} // namespace bplab::testing
