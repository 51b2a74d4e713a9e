#include "ui/sheet/values/network_architecture_editor.h"

#include "core/sheet/vector_index.h"
#include "ui/common/core_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

#include <utility>

namespace bplab::ui {

namespace {

QSpinBox* makeUnitsBox(int minimum, int maximum, const QString& accessibleName, QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setAccessibleName(accessibleName);
    return box;
}
} // namespace

NetworkArchitectureEditor::NetworkArchitectureEditor(QWidget* parent)
    : QWidget(parent)
    , m_inputs(makeUnitsBox(kMinInputUnits, kMaxInputUnits, tr("Inputs"), this))
    , m_hiddenLayers(makeUnitsBox(kMinHiddenLayers, kMaxHiddenLayers, tr("Hidden layers"), this))
    , m_outputs(makeUnitsBox(kMinOutputUnits, kMaxOutputUnits, tr("Outputs"), this))
    , m_biases(new QComboBox(this))
    , m_learnBiases(new QCheckBox(tr("Learn biases"), this)) {
    m_inputs->setToolTip(tr("Input units x₁ … (%1 to %2): as many as the training set's inputs")
                             .arg(kMinInputUnits)
                             .arg(kMaxInputUnits));
    m_hiddenLayers->setToolTip(
        tr("Hidden layers (%1 to %2): XOR needs at least one").arg(kMinHiddenLayers).arg(kMaxHiddenLayers));
    m_outputs->setToolTip(tr("Output units (%1 to %2): as many as the training set's targets")
                              .arg(kMinOutputUnits)
                              .arg(kMaxOutputUnits));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    int row = 0;
    auto addRow = [&](QLabel* label, QWidget* field) {
        label->setBuddy(field);
        grid->addWidget(label, row, 0);
        grid->addWidget(field, row, 1);
        ++row;
    };
    addRow(new QLabel(tr("&Inputs:"), this), m_inputs);
    addRow(new QLabel(tr("&Hidden layers:"), this), m_hiddenLayers);
    for (int l = 0; l < kMaxHiddenLayers; ++l) {
        m_hiddenUnits[at(l)] =
            makeUnitsBox(kMinHiddenUnits, kMaxHiddenUnits, tr("Units of hidden layer %1").arg(l + 1), this);
        m_hiddenUnits[at(l)]->setToolTip(
            tr("Units of hidden layer %1 (%2 to %3)").arg(l + 1).arg(kMinHiddenUnits).arg(kMaxHiddenUnits));
        m_hiddenLabels[at(l)] = new QLabel(tr("  units of layer %1:").arg(l + 1), this);
        addRow(m_hiddenLabels[at(l)], m_hiddenUnits[at(l)]);
    }
    addRow(new QLabel(tr("&Outputs:"), this), m_outputs);
    for (int l = 0; l <= kMaxHiddenLayers; ++l) {
        m_activations[at(l)] = makeActivationBox();
        m_activationLabels[at(l)] = new QLabel(this);
        addRow(m_activationLabels[at(l)], m_activations[at(l)]);
    }
    m_biases->addItem(tr("none"), static_cast<int>(BiasMode::None));
    m_biases->addItem(tr("one per layer"), static_cast<int>(BiasMode::Shared));
    m_biases->addItem(tr("one per unit"), static_cast<int>(BiasMode::PerUnit));
    m_biases->setToolTip(
        tr("None (the seed sheet), one bias shared by a layer's units (the seed's b1, b2), or "
           "one per unit. They start at 0: tick Learn biases to let gradient descent move them."));
    m_learnBiases->setToolTip(
        tr("Update the biases by gradient descent like the weights (∂E/∂b and b′ become cells)"));
    addRow(new QLabel(tr("&Biases:"), this), m_biases);
    grid->addWidget(m_learnBiases, row, 0, 1, 2);

    for (QSpinBox* box : {m_inputs, m_hiddenLayers, m_outputs})
        connect(box, &QSpinBox::valueChanged, this, &NetworkArchitectureEditor::announce);
    for (QSpinBox* box : m_hiddenUnits)
        connect(box, &QSpinBox::valueChanged, this, &NetworkArchitectureEditor::announce);
    for (QComboBox* box : m_activations)
        connect(box, &QComboBox::currentIndexChanged, this, &NetworkArchitectureEditor::announce);
    connect(m_biases, &QComboBox::currentIndexChanged, this, &NetworkArchitectureEditor::announce);
    connect(m_learnBiases, &QCheckBox::toggled, this, &NetworkArchitectureEditor::announce);
    showLayerCount();
}

QComboBox* NetworkArchitectureEditor::makeActivationBox() {
    auto* box = new QComboBox(this);
    for (Activation activation : kAllActivations) {
        box->addItem(coreText(kActivationContext, activationName(activation)), static_cast<int>(activation));
    }
    return box;
}

void NetworkArchitectureEditor::showLayerCount() {
    const int hidden = m_hiddenLayers->value();
    for (int l = 0; l < kMaxHiddenLayers; ++l) {
        m_hiddenUnits[at(l)]->setVisible(l < hidden);
        m_hiddenLabels[at(l)]->setVisible(l < hidden);
    }
    for (int l = 0; l <= kMaxHiddenLayers; ++l) {
        const bool shown = l <= hidden;
        m_activations[at(l)]->setVisible(shown);
        m_activationLabels[at(l)]->setVisible(shown);
        const QString what = l == hidden ? tr("Output activation:") : tr("Layer %1 activation:").arg(l + 1);
        m_activationLabels[at(l)]->setText(what);
        m_activations[at(l)]->setAccessibleName(what.chopped(1));
    }
    m_learnBiases->setEnabled(m_biases->currentData().toInt() != static_cast<int>(BiasMode::None));
}

void NetworkArchitectureEditor::announce() {
    const int hidden = m_hiddenLayers->value();
    if (!m_showing && hidden != m_hiddenShown) {
        // The output's activation sits in the box after the last hidden layer's: it moves when layers
        // come or go, and a new hidden layer takes the activation of the hidden layer before it.
        const int before = std::exchange(m_hiddenShown, hidden);
        const int output = m_activations[at(before)]->currentIndex();
        const int lastHidden = before > 0 ? m_activations[at(before - 1)]->currentIndex() : output;
        const auto show = [this](int layer, int activation) {
            const QSignalBlocker blocker(m_activations[at(layer)]);
            m_activations[at(layer)]->setCurrentIndex(activation);
        };
        for (int l = before; l < hidden; ++l) show(l, lastHidden); // the new hidden layers
        show(hidden, output);
    }
    showLayerCount();
    if (!m_showing) Q_EMIT edited();
}

void NetworkArchitectureEditor::showShape(const NetworkSpec& spec) {
    m_showing = true;
    const int hidden = std::max(0, spec.layerCount() - 2);
    if (!spec.layers.empty()) m_inputs->setValue(spec.layers.front());
    m_hiddenLayers->setValue(hidden);
    for (int l = 0; l < hidden && l < kMaxHiddenLayers; ++l)
        m_hiddenUnits[at(l)]->setValue(spec.layers[at(l + 1)]);
    if (spec.layers.size() >= 2) m_outputs->setValue(spec.layers.back());
    for (int l = 0; l < static_cast<int>(spec.activations.size()) && l <= kMaxHiddenLayers; ++l) {
        QComboBox* box = m_activations[at(l)];
        box->setCurrentIndex(box->findData(static_cast<int>(spec.activations[at(l)])));
    }
    m_biases->setCurrentIndex(m_biases->findData(static_cast<int>(spec.biasMode)));
    m_learnBiases->setChecked(spec.learnBiases);
    m_hiddenShown = hidden;
    showLayerCount();
    m_showing = false;
}

void NetworkArchitectureEditor::applyTo(NetworkSpec& spec) const {
    const int hidden = m_hiddenLayers->value();
    spec.layers = {m_inputs->value()};
    for (int l = 0; l < hidden; ++l) spec.layers.push_back(m_hiddenUnits[at(l)]->value());
    spec.layers.push_back(m_outputs->value());
    spec.activations.clear();
    for (int l = 0; l <= hidden; ++l)
        spec.activations.push_back(static_cast<Activation>(m_activations[at(l)]->currentData().toInt()));
    spec.biasMode = static_cast<BiasMode>(m_biases->currentData().toInt());
    spec.learnBiases = spec.biasMode != BiasMode::None && m_learnBiases->isChecked();
}

} // namespace bplab::ui
