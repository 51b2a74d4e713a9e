#include "core/sheet/network/network_spec.h"

#include "core/sheet/network/network_architecture.h"

#include "core/sheet/sheet_csv.h"

#include <cmath>
#include <optional>
#include <stdexcept>

namespace bplab {

namespace {

using Problem = std::optional<NetworkProblem>;

std::string count(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}
std::string number(std::size_t n) { return std::to_string(n); }

// "the network has 1 weight matrix for 2 layers after the inputs: give one per layer".
NetworkProblem perLayerProblem(NetworkProblemKind kind, std::size_t given, std::size_t needed,
                               const char* one, const char* many) {
    return {kind,
            {number(given), number(needed)},
            "the network has " + count(given, one, many) + " for " + count(needed, "layer", "layers") +
                " after the inputs: give one per layer"};
}

Problem activationsProblem(const NetworkSpec& spec) {
    const std::size_t needed = static_cast<std::size_t>(spec.lastLayer());
    if (spec.activations.size() == needed) return std::nullopt;
    return perLayerProblem(NetworkProblemKind::ActivationCount, spec.activations.size(), needed, "activation",
                           "activations");
}

Problem dataSizeProblem(const NetworkSpec& spec) {
    const TrainingSet& set = spec.data;
    const auto inputs = static_cast<std::size_t>(spec.layers.front());
    const auto outputs = static_cast<std::size_t>(spec.layers.back());
    const auto setInputs = static_cast<std::size_t>(set.inputCount());
    const auto setTargets = static_cast<std::size_t>(set.targetCount());
    if (setInputs == inputs && setTargets == outputs) return std::nullopt;
    return NetworkProblem{NetworkProblemKind::DataSize,
                          {number(setInputs), number(setTargets), number(inputs), number(outputs)},
                          "the examples have " + count(setInputs, "input", "inputs") + " and " +
                              count(setTargets, "target", "targets") + ", but the network has " +
                              count(inputs, "input", "inputs") + " and " +
                              count(outputs, "output", "outputs")};
}

// Weight matrices [to][from] of the sizes the layers ask for.
Problem weightShapeProblem(const NetworkSpec& spec) {
    const std::size_t matrices = static_cast<std::size_t>(spec.lastLayer());
    if (spec.weights.size() != matrices) {
        return perLayerProblem(NetworkProblemKind::WeightMatrixCount, spec.weights.size(), matrices,
                               "weight matrix", "weight matrices");
    }
    for (int l = 1; l <= spec.lastLayer(); ++l) {
        const auto& matrix = spec.weights[static_cast<std::size_t>(l - 1)];
        const std::size_t to = static_cast<std::size_t>(spec.layers[static_cast<std::size_t>(l)]);
        const std::size_t from = static_cast<std::size_t>(spec.layers[static_cast<std::size_t>(l - 1)]);
        bool fits = matrix.size() == to;
        for (const auto& row : matrix) fits = fits && row.size() == from;
        if (fits) continue;
        return NetworkProblem{NetworkProblemKind::WeightMatrixShape,
                              {std::to_string(l), number(to), number(from), std::to_string(l - 1)},
                              "the weights into layer " + std::to_string(l) + " must be a " + number(to) +
                                  "×" + number(from) + " matrix (one row per unit of layer " +
                                  std::to_string(l) + ", one column per unit of layer " +
                                  std::to_string(l - 1) + ")"};
    }
    return std::nullopt;
}

// Bias vectors of the sizes the layers and the bias mode ask for.
Problem biasShapeProblem(const NetworkSpec& spec) {
    if (spec.biasMode == BiasMode::None) {
        if (spec.learnBiases) {
            return NetworkProblem{
                NetworkProblemKind::BiasesToLearnWithout,
                {},
                "the network has no biases to learn: choose shared or per-unit biases, or do "
                "not learn them"};
        }
        if (spec.biases.empty()) return std::nullopt;
        return NetworkProblem{
            NetworkProblemKind::BiasesGivenWithout,
            {},
            "the network has no biases, but biases are given: leave them out or choose shared "
            "or per-unit biases"};
    }
    const std::size_t vectors = static_cast<std::size_t>(spec.lastLayer());
    if (spec.biases.size() != vectors) {
        return perLayerProblem(NetworkProblemKind::BiasVectorCount, spec.biases.size(), vectors,
                               "bias vector", "bias vectors");
    }
    for (int l = 1; l <= spec.lastLayer(); ++l) {
        const std::size_t given = spec.biases[static_cast<std::size_t>(l - 1)].size();
        const std::size_t needed = static_cast<std::size_t>(spec.biasCount(l));
        if (given == needed) continue;
        const bool shared = spec.biasMode == BiasMode::Shared;
        std::vector<std::string> values{std::to_string(l), number(needed), number(given)};
        if (shared) values.erase(values.begin() + 1); // always one
        return NetworkProblem{shared ? NetworkProblemKind::SharedBiasCount
                                     : NetworkProblemKind::PerUnitBiasCount,
                              std::move(values),
                              "layer " + std::to_string(l) + " needs " + count(needed, "bias", "biases") +
                                  (shared ? " (one shared by its units)" : " (one per unit)") + ", but " +
                                  number(given) + (given == 1 ? " is given" : " are given")};
    }
    return std::nullopt;
}

Problem nonFiniteParameterProblem(const NetworkSpec& spec) {
    for (std::size_t l = 0; l < spec.weights.size(); ++l) {
        for (std::size_t j = 0; j < spec.weights[l].size(); ++j) {
            for (std::size_t k = 0; k < spec.weights[l][j].size(); ++k) {
                const double w = spec.weights[l][j][k];
                if (std::isfinite(w)) continue;
                return NetworkProblem{NetworkProblemKind::NotFiniteWeight,
                                      {number(j + 1), number(l + 1), number(k + 1), formatExact(w)},
                                      "the weight into unit " + number(j + 1) + " of layer " + number(l + 1) +
                                          " from unit " + number(k + 1) + " is " + formatExact(w) +
                                          ": weights must be finite numbers"};
            }
        }
    }
    for (std::size_t l = 0; l < spec.biases.size(); ++l) {
        for (const double b : spec.biases[l]) {
            if (std::isfinite(b)) continue;
            return NetworkProblem{NetworkProblemKind::NotFiniteBias,
                                  {number(l + 1), formatExact(b)},
                                  "a bias of layer " + number(l + 1) + " is " + formatExact(b) +
                                      ": biases must be finite numbers"};
        }
    }
    return std::nullopt;
}

Problem learningRateProblem(const NetworkSpec& spec) {
    if (isUsableLearningRate(spec.learningRate)) return std::nullopt;
    return NetworkProblem{NetworkProblemKind::UnusableLearningRate,
                          {formatExact(spec.learningRate)},
                          "the learning rate η is " + formatExact(spec.learningRate) +
                              ": it must be a finite number greater than 0"};
}

Problem batchProblem(const NetworkSpec& spec) {
    const int examples = static_cast<int>(spec.data.examples.size());
    if (spec.batchSize == kFullBatch || (spec.batchSize >= 1 && spec.batchSize <= examples))
        return std::nullopt;
    const auto batch = static_cast<std::size_t>(spec.batchSize < 0 ? 0 : spec.batchSize);
    return NetworkProblem{NetworkProblemKind::BatchSizeOutsideTheSet,
                          {number(batch), std::to_string(examples)},
                          "a step cannot use " + count(batch, "example", "examples") +
                              " of a training set of " + std::to_string(examples) + ": choose 1 to " +
                              std::to_string(examples) + ", or the full batch"};
}

} // namespace

int NetworkSpec::biasCount(int layer) const {
    switch (biasMode) {
    case BiasMode::None:
        return 0;
    case BiasMode::Shared:
        return 1;
    case BiasMode::PerUnit:
        return layers.at(static_cast<std::size_t>(layer));
    }
    return 0;
}

std::vector<NetworkProblem> networkProblems(const NetworkSpec& spec) {
    std::vector<NetworkProblem> problems;
    const auto add = [&problems](Problem problem) {
        if (problem) problems.push_back(std::move(*problem));
    };
    // Every other check reads the layer list: the others mean nothing without a usable one.
    problems = architectureProblems(spec.layers);
    if (!problems.empty()) return problems;
    add(activationsProblem(spec));
    for (NetworkProblem& problem : trainingSetProblems(spec.data, spec.loss))
        problems.push_back(std::move(problem));
    // The checks below compare sizes with the layers: meaningless without a valid layer list.
    if (!problems.empty()) return problems;
    add(dataSizeProblem(spec));
    // One problem for the weight and bias shapes together: the first of them.
    if (Problem weights = weightShapeProblem(spec))
        add(std::move(weights));
    else
        add(biasShapeProblem(spec));
    add(nonFiniteParameterProblem(spec));
    add(learningRateProblem(spec));
    add(batchProblem(spec));
    return problems;
}

void validate(const NetworkSpec& spec) {
    std::vector<NetworkProblem> problems = networkProblems(spec);
    if (!problems.empty()) throw NetworkError(std::move(problems.front()));
}

std::vector<int> examplesOfStep(const NetworkSpec& spec, int step) {
    std::vector<int> used;
    used.reserve(static_cast<std::size_t>(spec.examplesPerStep()));
    for (int slot = 0; slot < spec.examplesPerStep(); ++slot) used.push_back(exampleOfStep(spec, step, slot));
    return used;
}

NetworkSpec seedNetwork(const SheetInputs& inputs) {
    NetworkSpec spec;
    spec.layers = {2, 2, 2};
    spec.activations = {inputs.activation, inputs.activation};
    spec.loss = inputs.loss;
    spec.learningRate = inputs.learningRate;
    spec.data.examples = {{{inputs.i1, inputs.i2}, {inputs.t1, inputs.t2}}};
    const auto& w = inputs.weights;
    spec.weights = {{{w[0], w[1]}, {w[2], w[3]}}, {{w[4], w[5]}, {w[6], w[7]}}};
    if (inputs.usesBiases()) {
        spec.biasMode = BiasMode::Shared;
        spec.learnBiases = inputs.learnBiases;
        spec.biases = {{inputs.b1}, {inputs.b2}};
    }
    return spec;
}

} // namespace bplab
