#include "core/sheet/sheet_cells.h"

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
    for (const char* id : {"h1", "h2", "a_h1", "a_h2", "o1", "o2", "a_o1", "a_o2"}) {
        list.push_back({id, id, Stage::Forward});
    }
    for (const char* id : {"E1", "E2", "E_total"}) {
        list.push_back({id, id, Stage::Loss});
    }
    for (int k = 1; k <= 8; ++k) {
        list.push_back({"dE_dw" + std::to_string(k), "∂E/∂w" + std::to_string(k), Stage::Gradient});
    }
    for (int k = 1; k <= 8; ++k) {
        list.push_back({"w" + std::to_string(k) + "_new", "w" + std::to_string(k) + "′", Stage::Update});
    }
    return list;
}

// Calls `onId` for each {id} of a template and `onText` for the text between them.
template <typename OnText, typename OnId>
void walkTemplate(std::string_view formulaTemplate, OnText onText, OnId onId) {
    std::size_t pos = 0;
    while (pos < formulaTemplate.size()) {
        const std::size_t open = formulaTemplate.find('{', pos);
        if (open == std::string_view::npos) {
            onText(formulaTemplate.substr(pos));
            return;
        }
        const std::size_t close = formulaTemplate.find('}', open);
        if (close == std::string_view::npos) {
            throw std::logic_error("unclosed brace in formula template");
        }
        onText(formulaTemplate.substr(pos, open - pos));
        const std::string_view id = formulaTemplate.substr(open + 1, close - open - 1);
        const int index = quantityIndex(id);
        if (index < 0) {
            throw std::logic_error("formula template names unknown quantity '" + std::string(id) + "'");
        }
        onId(index);
        pos = close + 1;
    }
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

// "·factor", or nothing when the factor is 1 (identity activation).
std::string timesFactor(const std::string& factor) { return factor.empty() ? std::string() : "·" + factor; }

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

std::vector<CellSpec> buildCells(Activation activation) {
    using namespace quantity;
    std::vector<CellSpec> cells;
    auto add = [&](int target, std::string formulaTemplate,
                   std::function<double(const RowValues&)> evaluate) {
        CellSpec cell;
        cell.quantity = target;
        cell.dependencies = dependenciesOf(formulaTemplate);
        cell.formulaTemplate = std::move(formulaTemplate);
        cell.evaluate = std::move(evaluate);
        cells.push_back(std::move(cell));
    };
    auto f = [activation](double z) { return activate(activation, z); };
    // f'(z) of a neuron, from its pre-activation cell z and activated cell a.
    auto fPrime = [activation](const RowValues& v, int z, int a) {
        return activationDerivative(activation, v[z], v[a]);
    };
    auto derivative = [&](int z, int a) {
        const auto& list = quantities();
        return derivativeTemplate(activation, list[static_cast<std::size_t>(z)].id,
                                  list[static_cast<std::size_t>(a)].id);
    };
    const int w = quantity::w1 - 1; // w + k is weight k (1-based, as in the sheet)

    // Forward pass: h = weighted sum of inputs, a_h = f(h); o = weighted sum of a_h, a_o = f(o).
    add(h1, "{w1}·{i1} + {w2}·{i2}", [](const RowValues& v) { return v[w1] * v[i1] + v[w1 + 1] * v[i2]; });
    add(h2, "{w3}·{i1} + {w4}·{i2}",
        [](const RowValues& v) { return v[w1 + 2] * v[i1] + v[w1 + 3] * v[i2]; });
    add(a_h1, activationTemplate(activation, "h1"), [f](const RowValues& v) { return f(v[h1]); });
    add(a_h2, activationTemplate(activation, "h2"), [f](const RowValues& v) { return f(v[h2]); });
    add(o1, "{w5}·{a_h1} + {w6}·{a_h2}",
        [](const RowValues& v) { return v[w1 + 4] * v[a_h1] + v[w1 + 5] * v[a_h2]; });
    add(o2, "{w7}·{a_h1} + {w8}·{a_h2}",
        [](const RowValues& v) { return v[w1 + 6] * v[a_h1] + v[w1 + 7] * v[a_h2]; });
    add(a_o1, activationTemplate(activation, "o1"), [f](const RowValues& v) { return f(v[o1]); });
    add(a_o2, activationTemplate(activation, "o2"), [f](const RowValues& v) { return f(v[o2]); });

    // Loss: E = ½(t − a)² per output, summed.
    add(E1, "½·({t1} − {a_o1})²",
        [](const RowValues& v) { return 0.5 * (v[t1] - v[a_o1]) * (v[t1] - v[a_o1]); });
    add(E2, "½·({t2} − {a_o2})²",
        [](const RowValues& v) { return 0.5 * (v[t2] - v[a_o2]) * (v[t2] - v[a_o2]); });
    add(E_total, "{E1} + {E2}", [](const RowValues& v) { return v[E1] + v[E2]; });

    // Output layer: δ_ok = ∂E/∂o_k = (a_ok − t_k)·f'(o_k); ∂E/∂w = δ_o · (the hidden activation it scales).
    const std::string delta1 = "({a_o1} − {t1})" + timesFactor(derivative(o1, a_o1));
    const std::string delta2 = "({a_o2} − {t2})" + timesFactor(derivative(o2, a_o2));
    auto deltaO1 = [fPrime](const RowValues& v) { return (v[a_o1] - v[t1]) * fPrime(v, o1, a_o1); };
    auto deltaO2 = [fPrime](const RowValues& v) { return (v[a_o2] - v[t2]) * fPrime(v, o2, a_o2); };
    // Hidden layer: δ_h1 = (δ_o1·w5 + δ_o2·w7)·f'(h1), δ_h2 = (δ_o1·w6 + δ_o2·w8)·f'(h2), using this
    // row's (not yet updated) weights.
    auto deltaH1 = [=](const RowValues& v) {
        return (deltaO1(v) * v[w + 5] + deltaO2(v) * v[w + 7]) * fPrime(v, h1, a_h1);
    };
    auto deltaH2 = [=](const RowValues& v) {
        return (deltaO1(v) * v[w + 6] + deltaO2(v) * v[w + 8]) * fPrime(v, h2, a_h2);
    };
    const std::string hidden1 =
        "[" + delta1 + "·{w5} + " + delta2 + "·{w7}]" + timesFactor(derivative(h1, a_h1));
    const std::string hidden2 =
        "[" + delta1 + "·{w6} + " + delta2 + "·{w8}]" + timesFactor(derivative(h2, a_h2));

    add(dE_dw1 + 0, hidden1 + "·{i1}", [=](const RowValues& v) { return deltaH1(v) * v[i1]; });
    add(dE_dw1 + 1, hidden1 + "·{i2}", [=](const RowValues& v) { return deltaH1(v) * v[i2]; });
    add(dE_dw1 + 2, hidden2 + "·{i1}", [=](const RowValues& v) { return deltaH2(v) * v[i1]; });
    add(dE_dw1 + 3, hidden2 + "·{i2}", [=](const RowValues& v) { return deltaH2(v) * v[i2]; });
    add(dE_dw1 + 4, delta1 + "·{a_h1}", [=](const RowValues& v) { return deltaO1(v) * v[a_h1]; });
    add(dE_dw1 + 5, delta1 + "·{a_h2}", [=](const RowValues& v) { return deltaO1(v) * v[a_h2]; });
    add(dE_dw1 + 6, delta2 + "·{a_h1}", [=](const RowValues& v) { return deltaO2(v) * v[a_h1]; });
    add(dE_dw1 + 7, delta2 + "·{a_h2}", [=](const RowValues& v) { return deltaO2(v) * v[a_h2]; });

    // Plain gradient descent: w ← w − η·∂E/∂w.
    for (int k = 0; k < 8; ++k) {
        add(w1_new + k, brace(w1 + k) + " − {eta}·" + brace(dE_dw1 + k),
            [k](const RowValues& v) { return v[w1 + k] - v[eta] * v[dE_dw1 + k]; });
    }
    return cells;
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
