#include "core/sheet/network/network_cells.h"

#include <cmath>

namespace bplab {

// The arithmetic of every cell, in the order of the sums in its template (so the seed's 2-2-2 gets
// the seed sheet's numbers, rounding included): a sum starts from its first term and adds the others.
namespace {

// Inlined into the run loop: a call per cell cost a fifth of the largest network's recompute.
#if defined(__GNUC__)
#define BPLAB_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define BPLAB_ALWAYS_INLINE inline
#endif

BPLAB_ALWAYS_INLINE double evaluateCell(const CellInstruction& cell, const int* operands, Loss loss,
                                        const double* v) {
    const int* o = operands + cell.firstOperand;
    const int n = cell.operandCount;
    switch (cell.op) {
    case CellOp::WeightedSum: { // z = w₁·x₁ + w₂·x₂ + … (+ b when the count is odd)
        double z = v[o[0]] * v[o[1]];
        for (int i = 2; i + 1 < n; i += 2) z += v[o[i]] * v[o[i + 1]];
        if (n % 2 == 1) z += v[o[n - 1]];
        return z;
    }
    case CellOp::Activate: // a = f(z)
        return activate(cell.activation, v[o[0]]);
    case CellOp::OutputLoss: // E = loss(t, a)
        return lossOfOutput(loss, v[o[0]], v[o[1]]);
    case CellOp::TotalLoss:
    case CellOp::Sum: { // (E₁ + E₂ + …)/k, or (δ₁ + δ₂ + …)/k
        double sum = v[o[0]];
        for (int i = 1; i < n; ++i) sum += v[o[i]];
        return sum / cell.divisor;
    }
    case CellOp::OutputDelta: // δ = ∂E/∂a·f′(z), from t, z, a
        return outputDelta(loss, cell.activation, v[o[0]], v[o[1]], v[o[2]]);
    case CellOp::HiddenDelta: { // δ = (δ₁·w₁ + δ₂·w₂ + …)·f′(z), from z, a, then the (δ, w) pairs
        double back = v[o[2]] * v[o[3]];
        for (int i = 4; i + 1 < n; i += 2) back += v[o[i]] * v[o[i + 1]];
        return back * activationDerivative(cell.activation, v[o[0]], v[o[1]]);
    }
    case CellOp::ProductSum: { // (δ₁·a₁ + δ₂·a₂ + …)/k
        double sum = v[o[0]] * v[o[1]];
        for (int i = 2; i + 1 < n; i += 2) sum += v[o[i]] * v[o[i + 1]];
        return sum / cell.divisor;
    }
    case CellOp::Update: // θ − η·∂E/∂θ
        return v[o[0]] - v[o[1]] * v[o[2]];
    }
    return 0.0;
}

} // namespace

double NetworkCells::evaluate(const CellInstruction& cell, const double* row) const {
    return evaluateCell(cell, m_operands.data(), m_loss, row);
}

std::optional<LossRefusal> NetworkCells::refusal(const CellInstruction& cell, const double* row) const {
    if (!mayRefuse(cell)) return std::nullopt;
    const int a = m_operands[static_cast<std::size_t>(cell.firstOperand + 1)];
    return lossRefusal(m_loss, cell.activation, m_quantities[a].label, row[a]);
}

NetworkCells::RunResult NetworkCells::run(double* row, int from, int to) const {
    const bool mayRefuseAny = m_loss == Loss::CrossEntropy;
    const CellInstruction* program = m_program.data();
    int c = from;
    for (; c < to; ++c) {
        const CellInstruction& cell = program[c];
        if (mayRefuseAny && mayRefuse(cell) && refusal(cell, row)) return {c - from, true};
        const double value = evaluateCell(cell, m_operands.data(), m_loss, row);
        row[cell.quantity] = value;
        if (!std::isfinite(value)) return {c + 1 - from, false};
    }
    return {c - from, false};
}

int NetworkCells::cellOfQuantity(int quantity) const {
    return quantity >= 0 && quantity < quantityCount() ? m_cellOfQuantity[static_cast<std::size_t>(quantity)]
                                                       : -1;
}

} // namespace bplab
