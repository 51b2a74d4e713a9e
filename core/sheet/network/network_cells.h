#pragma once

#include "core/sheet/network/network_quantities.h"
#include "core/sheet/network/network_spec.h"
#include "core/sheet/run_stop.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace bplab {

// The arithmetic a network cell does, on the quantities listed as its operands (v = the row's values).
enum class CellOp {
    WeightedSum, // z = Σ w·x (+ b)                  operands w₁, x₁, w₂, x₂, … (, b)
    Activate,    // a = f(z)                         z
    OutputLoss,  // E_j = loss(t, a)                 t, a
    TotalLoss,   // E_total = Σ E_j (÷ k)            E…
    OutputDelta, // δ = ∂E/∂a·f′(z)                  t, z, a
    HiddenDelta, // δ = (Σ δ_next·w)·f′(z)           z, a, δ₁, w₁, δ₂, w₂, …
    ProductSum,  // ∂E/∂w = Σ δ·a (÷ k)              δ₁, a₁, δ₂, a₂, …
    Sum,         // ∂E/∂b = Σ δ (÷ k)                δ…
    Update       // θ′ = θ − η·∂E/∂θ                 θ, η, ∂E/∂θ
};

// What evaluating a cell needs, packed small: the sheet runs through these in a tight loop.
struct CellInstruction {
    int quantity = 0;
    CellOp op = CellOp::WeightedSum;
    int firstOperand = 0;
    int operandCount = 0;
    Activation activation = Activation::Identity;
    double divisor = 1.0;
};

// One computed cell of a network's row: its formula as data, the quantities it reads, and what it
// computes (NetworkCells::evaluate).
struct NetworkCell {
    int quantity = 0; // where the result is stored in the row
    CellOp op = CellOp::WeightedSum;
    int firstOperand = 0; // the operands: NetworkCells::operands()[firstOperand …]
    int operandCount = 0;
    Activation activation = Activation::Identity; // of the cell's layer (Activate, OutputLoss, deltas)
    double divisor = 1.0;          // TotalLoss and partials: the step's example count with a mean loss
    std::string formulaTemplate;   // ids in braces, as sheet_cells.h: "{w1_11}·{x1} + {w1_12}·{x2}"
    std::vector<int> dependencies; // quantities named in the template, in order of first appearance
    std::string note;              // a short "why" for the formula bar; may be empty
};

// The quantities and cells of one row of a network's sheet, built from a spec's architecture and
// choices (its numbers are read per row by the sheet). Quantities come in this order: η, the weights
// and biases (layer by layer, [to][from]), each example slot's inputs and targets, then one quantity
// per cell in evaluation order: the forward pass of each example (layer by layer, all z then all a),
// the loss of each output of each example and E_total, the δ of each example from the last layer
// backwards, ∂E/∂w and ∂E/∂b (learned biases only), and the updated parameters.
class NetworkCells {
public:
    // The spec must be usable (networkProblems empty); its values are not read, only its shape.
    explicit NetworkCells(const NetworkSpec& spec);

    const NetworkQuantities& quantities() const { return m_quantities; }
    const NetworkIndex& index() const { return m_index; }
    const std::vector<NetworkCell>& cells() const { return m_cells; }
    const std::vector<int>& operands() const { return m_operands; }
    int quantityCount() const { return m_quantities.size(); }
    int givenCount() const { return m_givenCount; } // quantities before the first cell's
    int slots() const { return m_slots; }           // examples per step
    // Index into cells() of the cell computing `quantity`, or -1 for a given value.
    int cellOfQuantity(int quantity) const;
    // What a new row copies from the row before: (parameter, its update) for the weights and learned biases.
    const std::vector<std::pair<int, int>>& carriedParameters() const { return m_carried; }

    // The cells' arithmetic alone, in the same order (what the sheet's hot loop runs).
    const std::vector<CellInstruction>& program() const { return m_program; }

    // The cell's value from the row's values (one per quantity). Allocates nothing.
    double evaluate(const CellInstruction& cell, const double* row) const;
    double evaluate(int cell, const double* row) const {
        return evaluate(m_program[static_cast<std::size_t>(cell)], row);
    }
    // Why the cell cannot be computed from these values; nothing when it can. Only a cross-entropy loss
    // cell refuses (an output at 0 or 1, or outside (0, 1)), as in the seed sheet.
    std::optional<LossRefusal> refusal(const CellInstruction& cell, const double* row) const;
    // Evaluates cells [from, to) of a row in order, storing each value in the row; stops before a cell
    // that refuses (`refused` set) or after one whose value is not finite. Returns how many cells it
    // evaluated. The sheet's hot loop: allocates nothing while every cell computes.
    struct RunResult {
        int evaluated = 0;
        bool refused = false;
    };
    RunResult run(double* row, int from, int to) const;
    // Whether a cell may refuse at all: the loss cells of a cross-entropy network.
    bool mayRefuse(const CellInstruction& cell) const {
        return cell.op == CellOp::OutputLoss && m_loss == Loss::CrossEntropy;
    }

private:
    friend class NetworkCellBuilder;

    Loss m_loss;
    int m_slots = 1;
    int m_givenCount = 0;
    NetworkQuantities m_quantities;
    NetworkIndex m_index;
    std::vector<NetworkCell> m_cells;
    std::vector<CellInstruction> m_program;
    std::vector<int> m_operands;
    std::vector<int> m_cellOfQuantity;
    std::vector<std::pair<int, int>> m_carried;
};

} // namespace bplab
