// Each layer-level equation is written twice side by side, once in symbols and once with the row's
// numbers, so a reader checks one against the other; the result comes from the sheet's own cells.
#include "core/sheet/network/network_matrix_form.h"

#include "core/sheet/sheet_cells.h"
#include "core/sheet/vector_index.h"

#include <vector>

namespace bplab {

namespace {

using MatrixIds = std::vector<int>;
using MatrixGrid = std::vector<std::vector<int>>;
using Values = std::vector<double>;

// A bare scalar: negatives in parentheses, so "b − (−0.3)" stays unambiguous.
std::string scalar(double value) { return formatShort(value, /*parenthesizeNegative=*/true); }
// A row vector "[0.05, 0.1]"; inside brackets a negative needs no parentheses.
std::string rowVector(const Values& values) {
    std::string out = "[";
    for (std::size_t i = 0; i < values.size(); ++i) out += (i > 0 ? ", " : "") + formatShort(values[i]);
    return out + "]";
}
std::string column(const Values& values) { return rowVector(values) + "ᵀ"; }
std::string matrix(const std::vector<Values>& rows) {
    std::string out = "[";
    for (std::size_t i = 0; i < rows.size(); ++i) out += (i > 0 ? ", " : "") + rowVector(rows[i]);
    return out + "]";
}

// f(z) and f′(z) of a layer's activation written around `z` (symbols or numbers); an empty
// derivative means the factor is 1 (identity). The names match the sheet's templates where they are
// short (max(0, z), step(z)).
std::string applied(Activation activation, const std::string& z) {
    switch (activation) {
    case Activation::Sigmoid:
        return "σ(" + z + ")";
    case Activation::Tanh:
        return "tanh(" + z + ")";
    case Activation::Relu:
        return "max(0, " + z + ")";
    case Activation::Identity:
        return z;
    }
    return z;
}
std::string derivativeName(Activation activation) {
    switch (activation) {
    case Activation::Sigmoid:
        return "σ′";
    case Activation::Tanh:
        return "tanh′";
    case Activation::Relu:
        return "step";
    case Activation::Identity:
        return {};
    }
    return {};
}

// Writes the matrix form of one row's cells; knows the layout's names and reads the row's numbers.
class MatrixFormWriter {
public:
    MatrixFormWriter(const NetworkCells& cells, const NetworkSpec& spec, const double* row)
        : m_cells(cells)
        , m_ix(cells.index())
        , m_spec(spec)
        , m_row(row) {}

    std::optional<MatrixForm> write(int cell) const {
        const NetworkQuantity& q = m_cells.quantities()[m_cells.cells().at(at(cell)).quantity];
        const int l = q.layer, s = q.example < 0 ? 0 : q.example;
        switch (q.kind) {
        case QuantityKind::PreActivation:
            return preActivation(l, s);
        case QuantityKind::Activation:
            return activation(l, s);
        case QuantityKind::Delta:
            return l == m_spec.lastLayer() ? outputDelta(l, s) : hiddenDelta(l, s);
        case QuantityKind::WeightPartial:
            return weightPartial(l, m_cells.cells().at(at(cell)).divisor);
        case QuantityKind::BiasPartial:
            return biasPartial(l, m_cells.cells().at(at(cell)).divisor);
        case QuantityKind::WeightUpdate:
            return weightUpdate(l);
        case QuantityKind::BiasUpdate:
            return biasUpdate(l);
        default:
            return std::nullopt;
        }
    }

private:
    // ---- names ----
    std::string slot(int s) const { return m_cells.slots() > 1 ? "[" + std::to_string(s + 1) + "]" : ""; }
    std::string layerName(const char* letter, int l, int s) const {
        return letter + superscript(l) + slot(s);
    }
    std::string activations(int l, int s) const { return l == 0 ? "x" + slot(s) : layerName("a", l, s); }
    std::string transposed(const std::string& vector) const {
        return vector == "x" ? "xᵀ" : "(" + vector + ")ᵀ";
    }
    Activation activationOf(int l) const { return m_spec.activations[at(l - 1)]; }
    bool sharedBias() const { return m_spec.biasMode == BiasMode::Shared; }

    // ---- numbers: given or evaluated quantities read from the row, results computed as the sheet does ----
    Values read(const MatrixIds& ids) const {
        Values out;
        for (const int id : ids) out.push_back(m_row[id]);
        return out;
    }
    std::vector<Values> read(const MatrixGrid& grid) const {
        std::vector<Values> out;
        for (const MatrixIds& ids : grid) out.push_back(read(ids));
        return out;
    }
    double computed(int quantity) const { return m_cells.evaluate(m_cells.cellOfQuantity(quantity), m_row); }
    Values computed(const MatrixIds& ids) const {
        Values out;
        for (const int id : ids) out.push_back(computed(id));
        return out;
    }
    std::vector<Values> computed(const MatrixGrid& grid) const {
        std::vector<Values> out;
        for (const MatrixIds& ids : grid) out.push_back(computed(ids));
        return out;
    }
    // f′(zˡ) of example slot s, element by element.
    Values derivatives(int l, int s) const {
        const Values z = read(m_ix.z[at(l)][at(s)]), a = read(m_ix.a[at(l)][at(s)]);
        Values out;
        for (std::size_t j = 0; j < z.size(); ++j)
            out.push_back(activationDerivative(activationOf(l), z[j], a[j]));
        return out;
    }
    // A bias as the layer uses it: a scalar added to every unit (shared) or a column.
    std::string biasNumbers(const MatrixIds& ids, bool computedValues) const {
        const Values values = computedValues ? computed(ids) : read(ids);
        return sharedBias() ? scalar(values.front()) : column(values);
    }
    // (sum)/k when the cell divides by the step's k examples.
    std::string averaged(const std::string& sum, double divisor) const {
        return divisor != 1.0 ? "(" + sum + ")/" + std::to_string(m_cells.slots()) : sum;
    }

    // ---- the equations ----
    MatrixForm preActivation(int l, int s) const {
        // zˡ = Wˡ aˡ⁻¹ + bˡ
        MatrixForm form{layerName("z", l, s), "W" + superscript(l) + " " + activations(l - 1, s),
                        matrix(read(m_ix.weight[at(l)])) + " " + column(read(m_ix.a[at(l - 1)][at(s)])),
                        column(computed(m_ix.z[at(l)][at(s)]))};
        if (!m_ix.bias[at(l)].empty()) {
            form.symbolic += " + b" + superscript(l);
            form.withNumbers += " + " + biasNumbers(m_ix.bias[at(l)], false);
        }
        return form;
    }

    MatrixForm activation(int l, int s) const {
        // aˡ = f(zˡ)
        return {layerName("a", l, s), applied(activationOf(l), layerName("z", l, s)),
                applied(activationOf(l), column(read(m_ix.z[at(l)][at(s)]))),
                column(computed(m_ix.a[at(l)][at(s)]))};
    }

    MatrixForm outputDelta(int l, int s) const {
        // δᴸ = ∂E/∂aᴸ ⊙ f′(zᴸ): squared error (aᴸ − t) ⊙ f′(zᴸ); cross-entropy (aᴸ − t) ⊘ (aᴸ ⊙ (1 − aᴸ))
        // ⊙ f′(zᴸ), which with a sigmoid cancels to aᴸ − t (as loss.h's outputDelta).
        const std::string a = layerName("a", l, s);
        const Values aValues = read(m_ix.a[at(l)][at(s)]);
        MatrixForm form{layerName("δ", l, s), a + " − t" + slot(s),
                        column(aValues) + " − " + column(read(m_ix.target[at(s)])),
                        column(computed(m_ix.delta[at(l)][at(s)]))};
        const std::string factor = derivativeName(activationOf(l));
        const bool crossEntropy = m_spec.loss == Loss::CrossEntropy;
        if (crossEntropy && activationOf(l) == Activation::Sigmoid) return form;
        if (!crossEntropy && factor.empty()) return form;
        form.symbolic = "(" + form.symbolic + ")";
        form.withNumbers = "(" + form.withNumbers + ")";
        if (crossEntropy) {
            Values spread;
            for (const double value : aValues) spread.push_back(value * (1.0 - value));
            form.symbolic += " ⊘ (" + a + " ⊙ (1 − " + a + "))";
            form.withNumbers += " ⊘ " + column(spread);
        }
        if (!factor.empty()) {
            form.symbolic += " ⊙ " + factor + "(" + layerName("z", l, s) + ")";
            form.withNumbers += " ⊙ " + column(derivatives(l, s));
        }
        return form;
    }

    MatrixForm hiddenDelta(int l, int s) const {
        // δˡ = (Wˡ⁺¹)ᵀ δˡ⁺¹ ⊙ f′(zˡ): each unit collects the errors of the units it feeds, through the
        // weights it feeds them with (this row's, before their update).
        MatrixForm form{layerName("δ", l, s), "(W" + superscript(l + 1) + ")ᵀ " + layerName("δ", l + 1, s),
                        matrix(read(m_ix.weight[at(l + 1)])) + "ᵀ " +
                            column(read(m_ix.delta[at(l + 1)][at(s)])),
                        column(computed(m_ix.delta[at(l)][at(s)]))};
        const std::string factor = derivativeName(activationOf(l));
        if (!factor.empty()) {
            form.symbolic += " ⊙ " + factor + "(" + layerName("z", l, s) + ")";
            form.withNumbers += " ⊙ " + column(derivatives(l, s));
        }
        return form;
    }

    MatrixForm weightPartial(int l, double divisor) const {
        // ∂E/∂Wˡ = Σ over the step's examples of δˡ (aˡ⁻¹)ᵀ, an outer product: column times row.
        std::string symbolic, numbers;
        for (int s = 0; s < m_cells.slots(); ++s) {
            symbolic += (s > 0 ? " + " : "") + layerName("δ", l, s) + " " + transposed(activations(l - 1, s));
            numbers += (s > 0 ? " + " : "") + column(read(m_ix.delta[at(l)][at(s)])) + " " +
                       rowVector(read(m_ix.a[at(l - 1)][at(s)]));
        }
        return {"∂E/∂W" + superscript(l), averaged(symbolic, divisor), averaged(numbers, divisor),
                matrix(computed(m_ix.weightPartial[at(l)]))};
    }

    MatrixForm biasPartial(int l, double divisor) const {
        // ∂E/∂bˡ = Σ over the step's examples of δˡ; a shared bias feeds every unit: the sum of δˡ.
        std::string symbolic, numbers;
        for (int s = 0; s < m_cells.slots(); ++s) {
            const std::string delta = layerName("δ", l, s), deltas = column(read(m_ix.delta[at(l)][at(s)]));
            symbolic += (s > 0 ? " + " : "") + (sharedBias() ? "sum(" + delta + ")" : delta);
            numbers += (s > 0 ? " + " : "") + (sharedBias() ? "sum(" + deltas + ")" : deltas);
        }
        return {"∂E/∂b" + superscript(l), averaged(symbolic, divisor), averaged(numbers, divisor),
                biasNumbers(m_ix.biasPartial[at(l)], true)};
    }

    MatrixForm weightUpdate(int l) const {
        // Wˡ′ = Wˡ − η·∂E/∂Wˡ
        const std::string w = "W" + superscript(l);
        return {w + "′", w + " − η·∂E/∂" + w,
                matrix(read(m_ix.weight[at(l)])) + " − " + scalar(m_row[m_ix.eta]) + "·" +
                    matrix(read(m_ix.weightPartial[at(l)])),
                matrix(computed(m_ix.weightUpdate[at(l)]))};
    }

    MatrixForm biasUpdate(int l) const {
        // bˡ′ = bˡ − η·∂E/∂bˡ
        const std::string b = "b" + superscript(l);
        return {b + "′", b + " − η·∂E/∂" + b,
                biasNumbers(m_ix.bias[at(l)], false) + " − " + scalar(m_row[m_ix.eta]) + "·" +
                    biasNumbers(m_ix.biasPartial[at(l)], false),
                biasNumbers(m_ix.biasUpdate[at(l)], true)};
    }

    const NetworkCells& m_cells;
    const NetworkIndex& m_ix;
    const NetworkSpec& m_spec;
    const double* m_row;
};

} // namespace

std::optional<MatrixForm> matrixForm(const NetworkCells& cells, const NetworkSpec& spec, const double* row,
                                     int cell) {
    return MatrixFormWriter(cells, spec, row).write(cell);
}

} // namespace bplab
