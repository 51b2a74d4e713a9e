#pragma once

#include "core/sheet/network/network_spec.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace bplab::ui {

// The shape of an own network as a student picks it: inputs, hidden layers and their units, outputs,
// an activation per layer, and the biases (none, shared per layer, one per unit; learned or fixed).
// Limits come from core/sheet/network/network_spec.h. Each edit is announced at once.
class NetworkArchitectureEditor : public QWidget {
    Q_OBJECT
public:
    explicit NetworkArchitectureEditor(QWidget* parent = nullptr);

    // Shows the shape of `spec` (its layers, activations, bias mode) without announcing it.
    void showShape(const NetworkSpec& spec);
    // The shown shape written into `spec` (layers, activations, biasMode, learnBiases); the rest is kept.
    void applyTo(NetworkSpec& spec) const;

    QSpinBox* inputsBox() const { return m_inputs; }
    QSpinBox* hiddenLayersBox() const { return m_hiddenLayers; }
    QSpinBox* hiddenUnitsBox(int hiddenLayer) const {
        return m_hiddenUnits.at(static_cast<std::size_t>(hiddenLayer));
    }
    QSpinBox* outputsBox() const { return m_outputs; }
    // The activation of layer `layer` (1 = the first after the inputs … hidden layers + 1 = outputs).
    QComboBox* activationBox(int layer) const {
        return m_activations.at(static_cast<std::size_t>(layer - 1));
    }
    QComboBox* biasesBox() const { return m_biases; }
    QCheckBox* learnBiasesBox() const { return m_learnBiases; }

Q_SIGNALS:
    void edited();

private:
    QComboBox* makeActivationBox();
    // Shows the boxes of the hidden layers there are (and the output's activation after them).
    void showLayerCount();
    void announce();

    QSpinBox* m_inputs;
    QSpinBox* m_hiddenLayers;
    std::array<QSpinBox*, kMaxHiddenLayers> m_hiddenUnits{};
    std::array<QLabel*, kMaxHiddenLayers> m_hiddenLabels{};
    QSpinBox* m_outputs;
    // One per layer after the inputs, hidden layers first; the last shown one is the output's.
    std::array<QComboBox*, kMaxHiddenLayers + 1> m_activations{};
    std::array<QLabel*, kMaxHiddenLayers + 1> m_activationLabels{};
    QComboBox* m_biases;
    QCheckBox* m_learnBiases;
    bool m_showing = false; // set while showShape fills the boxes: no announcement then
    int m_hiddenShown = 0;  // the hidden layers the boxes show: the output's activation box moves with it
};

} // namespace bplab::ui
