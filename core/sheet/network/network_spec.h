#pragma once

#include "core/sheet/activation.h"
#include "core/sheet/loss.h"
#include "core/sheet/sheet_inputs.h"
#include "core/sheet/training_set/training_set.h"

#include <string>
#include <vector>

namespace bplab {

// The sizes a network of the sheet may have: every cell is shown, so it stays small.
inline constexpr int kMinInputUnits = 1, kMaxInputUnits = 4;
inline constexpr int kMinHiddenLayers = 0, kMaxHiddenLayers = 3;
inline constexpr int kMinHiddenUnits = 1, kMaxHiddenUnits = 6;
inline constexpr int kMinOutputUnits = 1, kMaxOutputUnits = 4;

// How a layer's units get a bias: none (the seed sheet), one parameter shared by all units of the
// layer (the seed's and the classic worked example's b1, b2), or one per unit.
enum class BiasMode { None, Shared, PerUnit };

// How the loss of a step combines its examples: summed, or averaged (which divides every partial by
// the number of examples the step used, so η means the same for any batch size).
enum class LossReduction { Sum, Mean };

// Batch size meaning "every example in every step".
inline constexpr int kFullBatch = 0;

// A network of the sheet with everything that decides its numbers. Layers are counted from the
// inputs: layer 0 holds the inputs x, layer L = layers.size() − 1 the outputs. A plain value: any
// content is representable, and networkProblems says what makes one unusable.
struct NetworkSpec {
    std::vector<int> layers;             // units per layer, inputs first: {2, 2, 1} is 2-2-1
    std::vector<Activation> activations; // one per layer after the inputs (layers.size() − 1)
    BiasMode biasMode = BiasMode::None;  // how the layers after the inputs get biases
    bool learnBiases = false;            // update the biases by gradient descent like the weights
    Loss loss = Loss::SquaredError;      // the loss of each output of each example
    LossReduction reduction = LossReduction::Sum;
    int batchSize = kFullBatch; // kFullBatch, or k examples per step (1 ≤ k ≤ examples)
    double learningRate = 0.5;  // η of plain gradient descent: finite and > 0
    TrainingSet data;           // the examples, in the order the steps take them
    // weights[l − 1][j][k] connects unit k of layer l − 1 to unit j of layer l (the scenario files'
    // [to][from]), for l = 1..L.
    std::vector<std::vector<std::vector<double>>> weights;
    // biases[l − 1] for l = 1..L: one value (Shared) or one per unit (PerUnit); empty with BiasMode::None.
    std::vector<std::vector<double>> biases;

    int layerCount() const { return static_cast<int>(layers.size()); } // inputs included
    int lastLayer() const { return layerCount() - 1; }
    // Examples per step: the whole set for kFullBatch.
    int examplesPerStep() const {
        return batchSize == kFullBatch ? static_cast<int>(data.examples.size()) : batchSize;
    }
    // Bias parameters of layer l (1..L): 0, 1 or its unit count.
    int biasCount(int layer) const;

    // Every field: the one list of what a spec holds (a new field is added here).
    friend bool operator==(const NetworkSpec& a, const NetworkSpec& b) {
        return a.layers == b.layers && a.activations == b.activations && a.biasMode == b.biasMode &&
               a.learnBiases == b.learnBiases && a.loss == b.loss && a.reduction == b.reduction &&
               a.batchSize == b.batchSize && a.learningRate == b.learningRate && a.data == b.data &&
               a.weights == b.weights && a.biases == b.biases;
    }
    friend bool operator!=(const NetworkSpec& a, const NetworkSpec& b) { return !(a == b); }
};

// What makes the spec unusable, one per kind of problem (naming the first place it occurs),
// in this order: the number of layers, a layer size out of range, activations that do not match the
// layers, the training set's own problems (trainingSetProblems: no examples, a target outside [0, 1]
// with cross-entropy, …), examples whose sizes do not match the input or output layer, weight or bias
// matrices that do not match the layers, a weight or bias that is not finite, a learning rate that is
// not finite and > 0, and a batch size outside 1..examples. Empty when the spec is usable.
std::vector<NetworkProblem> networkProblems(const NetworkSpec& spec);

// Throws NetworkError (a std::invalid_argument) with the first of networkProblems, if any.
void validate(const NetworkSpec& spec);

// Which examples (indices into spec.data.examples) step `step` uses, in the order it uses them:
// examples s·k … s·k + k − 1 modulo the set's size, k = examplesPerStep().
std::vector<int> examplesOfStep(const NetworkSpec& spec, int step);
// The one of them in place `slot` (0-based): (s·k + slot) mod the set's size.
inline int exampleOfStep(const NetworkSpec& spec, int step, int slot) {
    const long long k = spec.examplesPerStep();
    return static_cast<int>((step * k + slot) % static_cast<long long>(spec.data.examples.size()));
}

// The seed sheet's 2-2-2 network for these inputs: its one example, weights w1..w8 as two 2×2
// matrices ([[w1, w2], [w3, w4]] and [[w5, w6], [w7, w8]]), its activation on both layers, and shared
// biases b1, b2 when the inputs use biases (SheetInputs::usesBiases), learned when they are.
NetworkSpec seedNetwork(const SheetInputs& inputs = {});

} // namespace bplab
