#pragma once

#include "core/sheet/activation.h"
#include "core/sheet/network/network_quantities.h"
#include "core/sheet/network/network_spec.h"

#include <algorithm>
#include <vector>

namespace bplab {

// The network of one row of a NetworkSheet as a plain function of its inputs, for views that evaluate
// it away from the training examples (a decision boundary over a grid of points). It copies the row's
// weights and biases once; outputs() then runs the forward pass with the sheet's own arithmetic (same
// order of sums, same activation functions), so at a training example it gives the row's a^L values.
//
// outputs() allocates nothing and changes nothing (its scratch space is on the stack), so one object
// may be shared by threads that each evaluate a part of a grid.
class NetworkForward {
public:
    // Which parameters of the row: the ones its forward pass used, or the ones it hands to the next
    // row (w′, b′; a bias that is not learned stays as it is). The latter needs the row's update cells
    // evaluated, and shows what the step has learned even in the last row of a run.
    enum class Parameters { BeforeUpdate, AfterUpdate };

    // The widest layer a sheet's network may have: outputs() keeps two layers' values on the stack.
    static constexpr int kMaxLayerUnits = std::max({kMaxInputUnits, kMaxHiddenUnits, kMaxOutputUnits});

    // `row` holds one value per quantity of the NetworkCells built from `spec` (NetworkSheet::row),
    // laid out by that layout's `index`. Throws std::invalid_argument when the spec's architecture does
    // not match the index or has a layer wider than kMaxLayerUnits.
    NetworkForward(const NetworkSpec& spec, const NetworkIndex& index, const double* row,
                   Parameters parameters = Parameters::BeforeUpdate);
    // The spec's own starting weights and biases (what row 0 of its sheet uses). Throws as above when
    // the spec's matrices do not match its layers.
    explicit NetworkForward(const NetworkSpec& spec);

    int inputCount() const { return m_inputCount; }
    int outputCount() const { return m_layers.empty() ? m_inputCount : m_layers.back().units; }

    // Writes the outputCount() activations of the last layer for the inputCount() values at `inputs`.
    // The two arrays must not overlap.
    void outputs(const double* inputs, double* outputs) const;

private:
    // Layer l's shape and where its parameters start in the flat arrays below.
    struct Layer {
        int units = 0;     // of this layer
        int fromUnits = 0; // of the layer below
        Activation activation = Activation::Identity;
        bool hasBias = false;
        std::size_t firstWeight = 0; // m_weights[firstWeight + j·fromUnits + k] = w^l_jk
        std::size_t firstBias = 0;   // m_biases[firstBias + j] = the bias of unit j (a shared one repeated)
    };

    // Sizes the layers from the spec and checks them; the parameters are filled in by the constructors.
    void shapeFrom(const NetworkSpec& spec);

    int m_inputCount = 0;
    std::vector<Layer> m_layers; // layers 1..L
    std::vector<double> m_weights;
    std::vector<double> m_biases;
};

} // namespace bplab
