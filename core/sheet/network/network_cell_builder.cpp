// The quantities and cells of a network's row, in evaluation order. Each add…() keeps a cell's formula
// template beside the operation and operands that compute it (NetworkCells::evaluate does the
// arithmetic), so a reader checks one against the other.
#include "core/sheet/network/network_cells.h"
#include "core/sheet/network/network_formula.h"
#include "core/sheet/vector_index.h"

#include <stdexcept>

namespace bplab {

namespace {
using Ids = std::vector<int>;
using Grid = std::vector<std::vector<int>>;
} // namespace

class NetworkCellBuilder {
public:
    NetworkCellBuilder(const NetworkSpec& spec, NetworkCells& target)
        : m_spec(spec)
        , m_out(target)
        , m_q(target.m_quantities)
        , m_ix(target.m_index)
        , m_layers(spec.lastLayer())
        , m_slots(spec.examplesPerStep()) {}

    void build() {
        addGiven();
        m_out.m_givenCount = m_q.size();
        addForward();
        addLoss();
        addDeltas();
        addPartials();
        addUpdates();
    }

private:
    std::string brace(int index) const { return "{" + m_q[index].id + "}"; }
    int units(int layer) const { return m_spec.layers[at(layer)]; }
    Activation activation(int layer) const { return m_spec.activations[at(layer - 1)]; }
    bool mean() const { return m_spec.reduction == LossReduction::Mean && m_slots > 1; }
    // "(s)/k" with a mean loss over k > 1 examples, else s.
    std::string averaged(const std::string& sum) const {
        return mean() ? "(" + sum + ")/" + std::to_string(m_slots) : sum;
    }

    NetworkCell& add(NetworkQuantity quantity, CellOp op, const Ids& operands, std::string formulaTemplate) {
        NetworkCell cell;
        cell.quantity = m_q.add(std::move(quantity));
        cell.op = op;
        cell.firstOperand = static_cast<int>(m_out.m_operands.size());
        cell.operandCount = static_cast<int>(operands.size());
        m_out.m_operands.insert(m_out.m_operands.end(), operands.begin(), operands.end());
        cell.dependencies = templateDependencies(formulaTemplate, m_q);
        cell.formulaTemplate = std::move(formulaTemplate);
        m_out.m_cells.push_back(std::move(cell));
        return m_out.m_cells.back();
    }

    void addGiven();
    void addForward();
    void addLoss();
    void addDeltas();
    void addPartials();
    void addUpdates();

    const NetworkSpec& m_spec;
    NetworkCells& m_out;
    NetworkQuantities& m_q;
    NetworkIndex& m_ix;
    int m_layers; // L: the output layer's number
    int m_slots;  // examples per step
};

void NetworkCellBuilder::addGiven() {
    m_ix.eta = m_q.add({"eta", "η", Stage::Given, QuantityKind::LearningRate});
    m_ix.weight.resize(at(m_layers + 1));
    m_ix.bias.resize(at(m_layers + 1));
    for (int l = 1; l <= m_layers; ++l) {
        m_ix.weight[at(l)].assign(at(units(l)), Ids(at(units(l - 1))));
        for (int j = 0; j < units(l); ++j) {
            for (int k = 0; k < units(l - 1); ++k) {
                m_ix.weight[at(l)][at(j)][at(k)] = m_q.add(weightQuantity(QuantityKind::Weight, l, j, k));
            }
        }
    }
    for (int l = 1; l <= m_layers; ++l) {
        const bool shared = m_spec.biasMode == BiasMode::Shared;
        for (int j = 0; j < m_spec.biasCount(l); ++j) {
            m_ix.bias[at(l)].push_back(m_q.add(biasQuantity(QuantityKind::Bias, l, shared ? -1 : j)));
        }
    }
    // Each example slot's inputs (layer 0's activations) and targets.
    m_ix.a.assign(at(m_layers + 1), Grid(at(m_slots)));
    m_ix.target.assign(at(m_slots), Ids());
    for (int s = 0; s < m_slots; ++s) {
        for (int j = 0; j < units(0); ++j) m_ix.a[0][at(s)].push_back(m_q.add(inputQuantity(j, s, m_slots)));
        for (int j = 0; j < units(m_layers); ++j) {
            m_ix.target[at(s)].push_back(m_q.add(targetQuantity(j, s, m_slots)));
        }
    }
}

void NetworkCellBuilder::addForward() {
    // z^l_j = Σ_k w^l_jk·a^(l−1)_k (+ b^l_j), a^l_j = f^l(z^l_j); layer by layer, all z then all a.
    m_ix.z.assign(at(m_layers + 1), Grid(at(m_slots)));
    for (int s = 0; s < m_slots; ++s) {
        for (int l = 1; l <= m_layers; ++l) {
            const Ids& below = m_ix.a[at(l - 1)][at(s)];
            for (int j = 0; j < units(l); ++j) {
                Ids operands;
                std::string sum;
                for (int k = 0; k < units(l - 1); ++k) {
                    const int w = m_ix.weight[at(l)][at(j)][at(k)];
                    operands.insert(operands.end(), {w, below[at(k)]});
                    sum += (k > 0 ? " + " : "") + brace(w) + "·" + brace(below[at(k)]);
                }
                if (!m_ix.bias[at(l)].empty()) {
                    const int b = m_ix.bias[at(l)][m_spec.biasMode == BiasMode::Shared ? 0 : at(j)];
                    operands.push_back(b);
                    sum += " + " + brace(b);
                }
                const int z = add(unitQuantity(QuantityKind::PreActivation, l, j, s, m_slots),
                                  CellOp::WeightedSum, operands, sum)
                                  .quantity;
                m_ix.z[at(l)][at(s)].push_back(z);
            }
            for (int j = 0; j < units(l); ++j) {
                const int z = m_ix.z[at(l)][at(s)][at(j)];
                NetworkCell& cell = add(unitQuantity(QuantityKind::Activation, l, j, s, m_slots),
                                        CellOp::Activate, {z}, activationTemplate(activation(l), m_q[z].id));
                cell.activation = activation(l);
                m_ix.a[at(l)][at(s)].push_back(cell.quantity);
            }
        }
    }
}

void NetworkCellBuilder::addLoss() {
    // E_j = ½·(t_j − a^L_j)² or −[t·ln a + (1 − t)·ln(1 − a)] per output and example; E_total sums
    // them (and divides by k for a mean).
    m_ix.outputLoss.assign(at(m_slots), Ids());
    Ids all;
    std::string sum;
    for (int s = 0; s < m_slots; ++s) {
        for (int j = 0; j < units(m_layers); ++j) {
            const int t = m_ix.target[at(s)][at(j)];
            const int a = m_ix.a[at(m_layers)][at(s)][at(j)];
            NetworkCell& cell = add(outputLossQuantity(j, s, m_slots), CellOp::OutputLoss, {t, a},
                                    lossTemplate(m_spec.loss, m_q[t].id, m_q[a].id));
            cell.activation = activation(m_layers);
            m_ix.outputLoss[at(s)].push_back(cell.quantity);
            all.push_back(cell.quantity);
            sum += (all.size() > 1 ? " + " : "") + brace(cell.quantity);
        }
    }
    NetworkCell& total = add({"E_total", "E_total", Stage::Loss, QuantityKind::TotalLoss}, CellOp::TotalLoss,
                             all, averaged(sum));
    total.divisor = mean() ? m_slots : 1.0;
    m_ix.totalLoss = total.quantity;
}

void NetworkCellBuilder::addDeltas() {
    // δ^L_j = ∂E_j/∂a^L_j·f′(z^L_j); δ^l_j = (Σ_k δ^(l+1)_k·w^(l+1)_kj)·f′(z^l_j), with this row's
    // (not yet updated) weights. Per example, from the last layer backwards.
    m_ix.delta.assign(at(m_layers + 1), Grid(at(m_slots)));
    std::string outputNote;
    if (m_spec.loss == Loss::CrossEntropy) {
        outputNote =
            activation(m_layers) == Activation::Sigmoid
                ? "cross-entropy with a sigmoid output: ∂E/∂a = (a − t)/(a·(1 − a)) and σ′ = a·(1 − a) "
                  "cancel, so δ = a − t"
                : "cross-entropy: ∂E/∂a = (a − t)/(a·(1 − a))";
    }
    for (int s = 0; s < m_slots; ++s) {
        for (int l = m_layers; l >= 1; --l) {
            for (int j = 0; j < units(l); ++j) {
                const int z = m_ix.z[at(l)][at(s)][at(j)];
                const int a = m_ix.a[at(l)][at(s)][at(j)];
                const NetworkQuantity quantity = unitQuantity(QuantityKind::Delta, l, j, s, m_slots);
                if (l == m_layers) {
                    const int t = m_ix.target[at(s)][at(j)];
                    NetworkCell& cell =
                        add(quantity, CellOp::OutputDelta, {t, z, a},
                            outputDeltaTemplate(m_spec.loss, activation(l), m_q[t].id, m_q[z].id, m_q[a].id));
                    cell.activation = activation(l);
                    cell.note = outputNote;
                    m_ix.delta[at(l)][at(s)].push_back(cell.quantity);
                    continue;
                }
                Ids operands{z, a};
                std::string sum;
                for (int k = 0; k < units(l + 1); ++k) {
                    const int d = m_ix.delta[at(l + 1)][at(s)][at(k)];
                    const int w = m_ix.weight[at(l + 1)][at(k)][at(j)];
                    operands.insert(operands.end(), {d, w});
                    sum += (k > 0 ? " + " : "") + brace(d) + "·" + brace(w);
                }
                const std::string factor = derivativeTemplate(activation(l), m_q[z].id, m_q[a].id);
                std::string formula = units(l + 1) > 1 && !factor.empty() ? "(" + sum + ")" : sum;
                if (!factor.empty()) formula += "·" + factor;
                NetworkCell& cell = add(quantity, CellOp::HiddenDelta, operands, std::move(formula));
                cell.activation = activation(l);
                m_ix.delta[at(l)][at(s)].push_back(cell.quantity);
            }
        }
    }
}

void NetworkCellBuilder::addPartials() {
    // ∂E/∂w^l_jk = Σ over the step's examples of δ^l_j·a^(l−1)_k (÷ k for a mean); a bias enters its
    // unit(s) with coefficient 1, so ∂E/∂b sums the δ of the units it feeds.
    m_ix.weightPartial.resize(at(m_layers + 1));
    for (int l = 1; l <= m_layers; ++l) {
        m_ix.weightPartial[at(l)].assign(at(units(l)), Ids(at(units(l - 1))));
        for (int j = 0; j < units(l); ++j) {
            for (int k = 0; k < units(l - 1); ++k) {
                Ids operands;
                std::string sum;
                for (int s = 0; s < m_slots; ++s) {
                    const int d = m_ix.delta[at(l)][at(s)][at(j)];
                    const int a = m_ix.a[at(l - 1)][at(s)][at(k)];
                    operands.insert(operands.end(), {d, a});
                    sum += (s > 0 ? " + " : "") + brace(d) + "·" + brace(a);
                }
                NetworkCell& cell = add(weightQuantity(QuantityKind::WeightPartial, l, j, k),
                                        CellOp::ProductSum, operands, averaged(sum));
                cell.divisor = mean() ? m_slots : 1.0;
                m_ix.weightPartial[at(l)][at(j)][at(k)] = cell.quantity;
            }
        }
    }
    m_ix.biasPartial.resize(at(m_layers + 1));
    if (!m_spec.learnBiases) return;
    for (int l = 1; l <= m_layers; ++l) {
        const bool shared = m_spec.biasMode == BiasMode::Shared;
        for (int b = 0; b < m_spec.biasCount(l); ++b) {
            Ids operands;
            std::string sum;
            for (int s = 0; s < m_slots; ++s) {
                for (int j = shared ? 0 : b; j < (shared ? units(l) : b + 1); ++j) {
                    operands.push_back(m_ix.delta[at(l)][at(s)][at(j)]);
                    sum += (operands.size() > 1 ? " + " : "") + brace(operands.back());
                }
            }
            NetworkCell& cell = add(biasQuantity(QuantityKind::BiasPartial, l, shared ? -1 : b), CellOp::Sum,
                                    operands, averaged(sum));
            cell.divisor = mean() ? m_slots : 1.0;
            m_ix.biasPartial[at(l)].push_back(cell.quantity);
        }
    }
}

void NetworkCellBuilder::addUpdates() {
    // Plain gradient descent: θ′ = θ − η·∂E/∂θ; the next row starts from θ′.
    const auto update = [this](NetworkQuantity quantity, int parameter, int partial) {
        const int updated = add(std::move(quantity), CellOp::Update, {parameter, m_ix.eta, partial},
                                brace(parameter) + " − {eta}·" + brace(partial))
                                .quantity;
        m_out.m_carried.emplace_back(parameter, updated);
        return updated;
    };
    m_ix.weightUpdate.resize(at(m_layers + 1));
    for (int l = 1; l <= m_layers; ++l) {
        m_ix.weightUpdate[at(l)].assign(at(units(l)), Ids(at(units(l - 1))));
        for (int j = 0; j < units(l); ++j) {
            for (int k = 0; k < units(l - 1); ++k) {
                m_ix.weightUpdate[at(l)][at(j)][at(k)] =
                    update(weightQuantity(QuantityKind::WeightUpdate, l, j, k),
                           m_ix.weight[at(l)][at(j)][at(k)], m_ix.weightPartial[at(l)][at(j)][at(k)]);
            }
        }
    }
    m_ix.biasUpdate.resize(at(m_layers + 1));
    if (!m_spec.learnBiases) return;
    for (int l = 1; l <= m_layers; ++l) {
        const bool shared = m_spec.biasMode == BiasMode::Shared;
        for (std::size_t b = 0; b < m_ix.bias[at(l)].size(); ++b) {
            m_ix.biasUpdate[at(l)].push_back(
                update(biasQuantity(QuantityKind::BiasUpdate, l, shared ? -1 : static_cast<int>(b)),
                       m_ix.bias[at(l)][b], m_ix.biasPartial[at(l)][b]));
        }
    }
}

NetworkCells::NetworkCells(const NetworkSpec& spec)
    : m_loss(spec.loss)
    , m_slots(spec.examplesPerStep()) {
    NetworkCellBuilder(spec, *this).build();
    m_cellOfQuantity.assign(at(m_quantities.size()), -1);
    for (std::size_t c = 0; c < m_cells.size(); ++c) {
        const NetworkCell& cell = m_cells[c];
        // NetworkSheet relies on it: the quantity of cell c is givenCount() + c.
        if (cell.quantity != m_givenCount + static_cast<int>(c)) throw std::logic_error("cells out of order");
        m_cellOfQuantity[at(cell.quantity)] = static_cast<int>(c);
        m_program.push_back(
            {cell.quantity, cell.op, cell.firstOperand, cell.operandCount, cell.activation, cell.divisor});
    }
}

} // namespace bplab
