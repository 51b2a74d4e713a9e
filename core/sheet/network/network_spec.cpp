#include "core/sheet/network/network_spec.h"

#include "core/sheet/network/network_architecture.h"

#include "core/sheet/sheet_csv.h"

#include <cmath>
#include <stdexcept>

namespace bplab {

namespace {

std::string count(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string activationsProblem(const NetworkSpec& spec) {
    const std::size_t needed = static_cast<std::size_t>(spec.lastLayer());
    if (spec.activations.size() == needed) return {};
    return "the network has " + count(spec.activations.size(), "activation", "activations") + " for " +
           count(needed, "layer", "layers") + " after the inputs: give one per layer";
}

std::string dataSizeProblem(const NetworkSpec& spec) {
    const TrainingSet& set = spec.data;
    const int inputs = spec.layers.front();
    const int outputs = spec.layers.back();
    if (set.inputCount() == inputs && set.targetCount() == outputs) return {};
    return "the examples have " + count(static_cast<std::size_t>(set.inputCount()), "input", "inputs") +
           " and " + count(static_cast<std::size_t>(set.targetCount()), "target", "targets") +
           ", but the network has " + count(static_cast<std::size_t>(inputs), "input", "inputs") + " and " +
           count(static_cast<std::size_t>(outputs), "output", "outputs");
}

// Weight matrices [to][from] and bias vectors of the sizes the layers ask for.
std::string shapeProblem(const NetworkSpec& spec) {
    const std::size_t matrices = static_cast<std::size_t>(spec.lastLayer());
    if (spec.weights.size() != matrices) {
        return "the network has " + count(spec.weights.size(), "weight matrix", "weight matrices") + " for " +
               count(matrices, "layer", "layers") + " after the inputs: give one per layer";
    }
    for (int l = 1; l <= spec.lastLayer(); ++l) {
        const auto& matrix = spec.weights[static_cast<std::size_t>(l - 1)];
        const std::size_t to = static_cast<std::size_t>(spec.layers[static_cast<std::size_t>(l)]);
        const std::size_t from = static_cast<std::size_t>(spec.layers[static_cast<std::size_t>(l - 1)]);
        bool fits = matrix.size() == to;
        for (const auto& row : matrix) fits = fits && row.size() == from;
        if (!fits) {
            return "the weights into layer " + std::to_string(l) + " must be a " + std::to_string(to) + "×" +
                   std::to_string(from) + " matrix (one row per unit of layer " + std::to_string(l) +
                   ", one column per unit of layer " + std::to_string(l - 1) + ")";
        }
    }
    if (spec.biasMode == BiasMode::None) {
        if (spec.learnBiases)
            return "the network has no biases to learn: choose shared or per-unit biases, or do not learn "
                   "them";
        if (spec.biases.empty()) return {};
        return "the network has no biases, but biases are given: leave them out or choose shared or "
               "per-unit biases";
    }
    if (spec.biases.size() != matrices) {
        return "the network has " + count(spec.biases.size(), "bias vector", "bias vectors") + " for " +
               count(matrices, "layer", "layers") + " after the inputs: give one per layer";
    }
    for (int l = 1; l <= spec.lastLayer(); ++l) {
        const std::size_t given = spec.biases[static_cast<std::size_t>(l - 1)].size();
        const std::size_t needed = static_cast<std::size_t>(spec.biasCount(l));
        if (given != needed) {
            return "layer " + std::to_string(l) + " needs " + count(needed, "bias", "biases") +
                   (spec.biasMode == BiasMode::Shared ? " (one shared by its units)" : " (one per unit)") +
                   ", but " + std::to_string(given) + (given == 1 ? " is given" : " are given");
        }
    }
    return {};
}

std::string nonFiniteParameterProblem(const NetworkSpec& spec) {
    for (std::size_t l = 0; l < spec.weights.size(); ++l) {
        for (std::size_t j = 0; j < spec.weights[l].size(); ++j) {
            for (std::size_t k = 0; k < spec.weights[l][j].size(); ++k) {
                const double w = spec.weights[l][j][k];
                if (std::isfinite(w)) continue;
                return "the weight into unit " + std::to_string(j + 1) + " of layer " +
                       std::to_string(l + 1) + " from unit " + std::to_string(k + 1) + " is " +
                       formatExact(w) + ": weights must be finite numbers";
            }
        }
    }
    for (std::size_t l = 0; l < spec.biases.size(); ++l) {
        for (const double b : spec.biases[l]) {
            if (std::isfinite(b)) continue;
            return "a bias of layer " + std::to_string(l + 1) + " is " + formatExact(b) +
                   ": biases must be finite numbers";
        }
    }
    return {};
}

std::string batchProblem(const NetworkSpec& spec) {
    const int examples = static_cast<int>(spec.data.examples.size());
    if (spec.batchSize == kFullBatch || (spec.batchSize >= 1 && spec.batchSize <= examples)) return {};
    return "a step cannot use " +
           count(static_cast<std::size_t>(spec.batchSize < 0 ? 0 : spec.batchSize), "example", "examples") +
           " of a training set of " + std::to_string(examples) + ": choose 1 to " + std::to_string(examples) +
           ", or the full batch";
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

std::vector<std::string> networkProblems(const NetworkSpec& spec) {
    std::vector<std::string> problems;
    const auto add = [&problems](std::string problem) {
        if (!problem.empty()) problems.push_back(std::move(problem));
    };
    // Every other check reads the layer list: the others mean nothing without a usable one.
    problems = architectureProblems(spec.layers);
    if (!problems.empty()) return problems;
    add(activationsProblem(spec));
    for (std::string& problem : trainingSetProblems(spec.data, spec.loss)) add(std::move(problem));
    // The checks below compare sizes with the layers: meaningless without a valid layer list.
    if (!problems.empty()) return problems;
    add(dataSizeProblem(spec));
    add(shapeProblem(spec));
    add(nonFiniteParameterProblem(spec));
    if (!isUsableLearningRate(spec.learningRate)) {
        add("the learning rate η is " + formatExact(spec.learningRate) +
            ": it must be a finite number greater than 0");
    }
    add(batchProblem(spec));
    return problems;
}

void validate(const NetworkSpec& spec) {
    const std::vector<std::string> problems = networkProblems(spec);
    if (!problems.empty()) throw std::invalid_argument(problems.front());
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
