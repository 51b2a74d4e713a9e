#include "core/sheet/sheet_cells.h"

#include "core/sheet/formula_template.h"
#include "core/sheet/loss.h"
#include "core/sheet/vector_index.h"

#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace bplab {

namespace {

std::vector<QuantityInfo> makeQuantities() {
    std::vector<QuantityInfo> list{{"i1", "i1", Stage::Given},
                                   {"i2", "i2", Stage::Given},
                                   {"t1", "t1", Stage::Given},
                                   {"t2", "t2", Stage::Given},
                                   {"eta", "η", Stage::Given}};
    for (int k = 1; k <= 8; ++k) {
        list.push_back({"w" + std::to_string(k), "w" + std::to_string(k), Stage::Weight});
    }
    list.push_back({"b1", "b1", Stage::Weight});
    list.push_back({"b2", "b2", Stage::Weight});
    for (const char* id : {"h1", "h2", "a_h1", "a_h2", "o1", "o2", "a_o1", "a_o2"}) {
        list.push_back({id, id, Stage::Forward});
    }
    for (const char* id : {"E1", "E2", "E_total"}) {
        list.push_back({id, id, Stage::Loss});
    }
    for (int k = 1; k <= 8; ++k) {
        list.push_back({"dE_dw" + std::to_string(k), "∂E/∂w" + std::to_string(k), Stage::Gradient});
    }
    list.push_back({"dE_db1", "∂E/∂b1", Stage::Gradient});
    list.push_back({"dE_db2", "∂E/∂b2", Stage::Gradient});
    for (int k = 1; k <= 8; ++k) {
        list.push_back({"w" + std::to_string(k) + "_new", "w" + std::to_string(k) + "′", Stage::Update});
    }
    list.push_back({"b1_new", "b1′", Stage::Update});
    list.push_back({"b2_new", "b2′", Stage::Update});
    return list;
}

// Calls `onId` for each {id} of a template and `onText` for the text between them.
template <typename OnText, typename OnId>
void walkTemplate(std::string_view formulaTemplate, OnText onText, OnId onId) {
    walkFormulaTemplate(formulaTemplate, quantityIndex, onText, onId);
}

std::vector<int> dependenciesOf(std::string_view formulaTemplate) {
    std::vector<int> dependencies;
    walkTemplate(
        formulaTemplate, [](std::string_view) {},
        [&](int index) {
            for (int known : dependencies) {
                if (known == index) return;
            }
            dependencies.push_back(index);
        });
    return dependencies;
}

std::string brace(int index) { return "{" + quantities()[static_cast<std::size_t>(index)].id + "}"; }

using Evaluate = std::function<double(const RowValues&)>;

// The cells of one row for one set of choices (activation, loss, biases). Each add() keeps a
// formula template beside the lambda that computes it, so a reader checks one against the other.
class CellListBuilder {
public:
    explicit CellListBuilder(const SheetInputs& inputs)
        : m_activation(inputs.activation)
        , m_loss(inputs.loss)
        , m_biases(inputs.usesBiases())
        , m_learnBiases(inputs.learnBiases) {}

    void addForward();
    void addLoss();
    void addPartials();
    void addUpdates();
    std::vector<CellSpec> take() { return std::move(m_cells); }

private:
    CellSpec& add(int target, std::string formulaTemplate, Evaluate evaluate) {
        CellSpec cell;
        cell.quantity = target;
        cell.dependencies = dependenciesOf(formulaTemplate);
        cell.formulaTemplate = std::move(formulaTemplate);
        cell.evaluate = std::move(evaluate);
        m_cells.push_back(std::move(cell));
        return m_cells.back();
    }
    static std::string id(int q) { return quantities()[at(q)].id; }
    // z = wa·xa + wb·xb, plus the shared bias when the sheet has biases.
    void addSum(int z, int wa, int xa, int wb, int xb, int bias) {
        const std::string sum = brace(wa) + "·" + brace(xa) + " + " + brace(wb) + "·" + brace(xb);
        if (!m_biases) {
            add(z, sum, [=](const RowValues& v) { return v[at(wa)] * v[at(xa)] + v[at(wb)] * v[at(xb)]; });
            return;
        }
        add(z, sum + " + " + brace(bias),
            [=](const RowValues& v) { return v[at(wa)] * v[at(xa)] + v[at(wb)] * v[at(xb)] + v[at(bias)]; });
    }
    void addActivation(int a, int z) {
        const Activation activation = m_activation;
        add(a, activationTemplate(activation, id(z)),
            [=](const RowValues& v) { return activate(activation, v[at(z)]); });
    }
    void addOutputLoss(int e, int t, int a) {
        const Loss loss = m_loss;
        const Activation activation = m_activation;
        CellSpec& cell = add(e, lossTemplate(loss, id(t), id(a)),
                             [=](const RowValues& v) { return lossOfOutput(loss, v[at(t)], v[at(a)]); });
        if (loss == Loss::CrossEntropy) {
            cell.refusal = [=, name = id(a)](const RowValues& v) {
                return lossRefusal(loss, activation, name, v[at(a)]);
            };
        }
    }
    // "·f'(z)" as a template, or nothing when the factor is 1 (identity activation).
    std::string timesDerivative(int z, int a) const {
        const std::string factor = derivativeTemplate(m_activation, id(z), id(a));
        return factor.empty() ? std::string() : "·" + factor;
    }
    Evaluate outputDeltaOf(int t, int z, int a) const {
        const Loss loss = m_loss;
        const Activation activation = m_activation;
        return
            [=](const RowValues& v) { return outputDelta(loss, activation, v[at(t)], v[at(z)], v[at(a)]); };
    }
    std::string partialNote() const {
        if (m_loss != Loss::CrossEntropy) return {};
        if (m_activation == Activation::Sigmoid) {
            return "cross-entropy with a sigmoid output: ∂E/∂a = (a − t)/(a·(1 − a)) and σ′ = a·(1 − a) "
                   "cancel, so δo = a − t, and a confidently wrong output is not slowed by a flat sigmoid";
        }
        return "cross-entropy: ∂E/∂a = (a − t)/(a·(1 − a))";
    }
    void addUpdate(int target, int parameter, int partial) {
        add(target, brace(parameter) + " − {eta}·" + brace(partial),
            [=](const RowValues& v) { return v[at(parameter)] - v[quantity::eta] * v[at(partial)]; });
    }

    Activation m_activation;
    Loss m_loss;
    bool m_biases;
    bool m_learnBiases;
    std::vector<CellSpec> m_cells;
};

void CellListBuilder::addForward() {
    using namespace quantity;
    // h = weighted sum of the inputs (+ b1), a_h = f(h); o = weighted sum of a_h (+ b2), a_o = f(o).
    addSum(h1, w1, i1, w1 + 1, i2, b1);
    addSum(h2, w1 + 2, i1, w1 + 3, i2, b1);
    addActivation(a_h1, h1);
    addActivation(a_h2, h2);
    addSum(o1, w1 + 4, a_h1, w1 + 5, a_h2, b2);
    addSum(o2, w1 + 6, a_h1, w1 + 7, a_h2, b2);
    addActivation(a_o1, o1);
    addActivation(a_o2, o2);
}

void CellListBuilder::addLoss() {
    using namespace quantity;
    // E per output (½·(t − a)² or −[t·ln a + (1 − t)·ln(1 − a)]), summed.
    addOutputLoss(E1, t1, a_o1);
    addOutputLoss(E2, t2, a_o2);
    add(E_total, "{E1} + {E2}", [](const RowValues& v) { return v[E1] + v[E2]; });
}

void CellListBuilder::addPartials() {
    using namespace quantity;
    const std::size_t firstPartial = m_cells.size();
    // Output layer: δ_ok = ∂E/∂o_k = ∂E/∂a_ok·f'(o_k); ∂E/∂w = δ_o · (the hidden activation it scales).
    const std::string delta1 = outputDeltaTemplate(m_loss, m_activation, "t1", "o1", "a_o1");
    const std::string delta2 = outputDeltaTemplate(m_loss, m_activation, "t2", "o2", "a_o2");
    const Evaluate deltaO1 = outputDeltaOf(t1, o1, a_o1);
    const Evaluate deltaO2 = outputDeltaOf(t2, o2, a_o2);
    // Hidden layer: δ_h1 = (δ_o1·w5 + δ_o2·w7)·f'(h1), δ_h2 = (δ_o1·w6 + δ_o2·w8)·f'(h2), using this
    // row's (not yet updated) weights.
    const Activation activation = m_activation;
    auto deltaH1 = [=](const RowValues& v) {
        return (deltaO1(v) * v[w1 + 4] + deltaO2(v) * v[w1 + 6]) *
               activationDerivative(activation, v[h1], v[a_h1]);
    };
    auto deltaH2 = [=](const RowValues& v) {
        return (deltaO1(v) * v[w1 + 5] + deltaO2(v) * v[w1 + 7]) *
               activationDerivative(activation, v[h2], v[a_h2]);
    };
    const std::string hidden1 = "[" + delta1 + "·{w5} + " + delta2 + "·{w7}]" + timesDerivative(h1, a_h1);
    const std::string hidden2 = "[" + delta1 + "·{w6} + " + delta2 + "·{w8}]" + timesDerivative(h2, a_h2);

    add(dE_dw1 + 0, hidden1 + "·{i1}", [=](const RowValues& v) { return deltaH1(v) * v[i1]; });
    add(dE_dw1 + 1, hidden1 + "·{i2}", [=](const RowValues& v) { return deltaH1(v) * v[i2]; });
    add(dE_dw1 + 2, hidden2 + "·{i1}", [=](const RowValues& v) { return deltaH2(v) * v[i1]; });
    add(dE_dw1 + 3, hidden2 + "·{i2}", [=](const RowValues& v) { return deltaH2(v) * v[i2]; });
    add(dE_dw1 + 4, delta1 + "·{a_h1}", [=](const RowValues& v) { return deltaO1(v) * v[a_h1]; });
    add(dE_dw1 + 5, delta1 + "·{a_h2}", [=](const RowValues& v) { return deltaO1(v) * v[a_h2]; });
    add(dE_dw1 + 6, delta2 + "·{a_h1}", [=](const RowValues& v) { return deltaO2(v) * v[a_h1]; });
    add(dE_dw1 + 7, delta2 + "·{a_h2}", [=](const RowValues& v) { return deltaO2(v) * v[a_h2]; });
    if (m_learnBiases) {
        // A shared bias enters each of its units with coefficient 1: its partial sums their δ.
        add(dE_db1, hidden1 + " + " + hidden2, [=](const RowValues& v) { return deltaH1(v) + deltaH2(v); });
        add(dE_db2, delta1 + " + " + delta2, [=](const RowValues& v) { return deltaO1(v) + deltaO2(v); });
    }
    for (std::size_t c = firstPartial; c < m_cells.size(); ++c) m_cells[c].note = partialNote();
}

void CellListBuilder::addUpdates() {
    using namespace quantity;
    // Plain gradient descent: w ← w − η·∂E/∂w (and b ← b − η·∂E/∂b when biases are learned).
    for (int k = 0; k < 8; ++k) addUpdate(w1_new + k, w1 + k, dE_dw1 + k);
    if (m_learnBiases) {
        addUpdate(b1_new, b1, dE_db1);
        addUpdate(b2_new, b2, dE_db2);
    }
}

} // namespace

const std::vector<QuantityInfo>& quantities() {
    static const std::vector<QuantityInfo> list = makeQuantities();
    return list;
}

int quantityIndex(std::string_view id) {
    const auto& list = quantities();
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (list[i].id == id) return static_cast<int>(i);
    }
    return -1;
}

std::vector<CellSpec> buildCells(const SheetInputs& inputs) {
    CellListBuilder builder(inputs);
    builder.addForward();
    builder.addLoss();
    builder.addPartials();
    builder.addUpdates();
    return builder.take();
}

std::string renderFormula(std::string_view formulaTemplate, const RowValues& values, FormulaStyle style) {
    std::string out;
    walkTemplate(
        formulaTemplate, [&](std::string_view text) { out += text; },
        [&](int index) {
            if (style == FormulaStyle::Symbols) {
                out += quantities()[static_cast<std::size_t>(index)].label;
            } else {
                out += formatShort(values[static_cast<std::size_t>(index)], /*parenthesizeNegative=*/true);
            }
        });
    return out;
}

std::string formatShort(double value, bool parenthesizeNegative) {
    if (std::isnan(value)) return "NaN";
    if (std::isinf(value)) return value > 0 ? "∞" : (parenthesizeNegative ? "(−∞)" : "−∞");
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4g", std::fabs(value));
    if (value < 0.0 && std::fabs(value) > 0.0) {
        return parenthesizeNegative ? "(−" + std::string(buffer) + ")" : "−" + std::string(buffer);
    }
    return buffer;
}

} // namespace bplab
