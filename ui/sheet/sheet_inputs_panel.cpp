#include "ui/sheet/sheet_inputs_panel.h"

#include "core/sheet/backprop_sheet.h"
#include "ui/sheet/learning_rate_control.h"
#include "ui/sheet/stage_colors.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bplab::ui {

namespace {
const char* const kValueNames[] = {"i1", "i2", "t1", "t2", "w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8"};
}

SheetInputsPanel::SheetInputsPanel(QWidget* parent)
    : QWidget(parent)
    , m_activation(new QComboBox(this))
    , m_iterations(new QSpinBox(this))
    , m_learningRate(new LearningRateControl(this)) {
    auto* values = new QGroupBox(tr("Network values"), this);
    auto* grid = new QGridLayout(values);
    grid->setHorizontalSpacing(8);
    for (int k = 0; k < 12; ++k) {
        const QString name = QString::fromLatin1(kValueNames[k]);
        QString tip;
        if (k < 2)
            tip = tr("Input %1").arg(name);
        else if (k < 4)
            tip = tr("Target for output o%1").arg(k - 1);
        else
            tip = tr("Initial weight %1 (iteration 0); later rows use the updated weights").arg(name);
        m_values[static_cast<std::size_t>(k)] = addValueBox(name, tip);
        auto* label = new QLabel(name, values);
        label->setBuddy(m_values[static_cast<std::size_t>(k)]);
        label->setStyleSheet(
            QStringLiteral("color:%1").arg(stageColor(k < 4 ? Stage::Given : Stage::Weight).name()));
        // Two columns: i1 t1 w1 w3 w5 w7 on the left, i2 t2 w2 w4 w6 w8 on the right.
        const int row = k / 2, column = (k % 2) * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(m_values[static_cast<std::size_t>(k)], row, column + 1);
    }

    for (Activation activation : kAllActivations) {
        m_activation->addItem(QString::fromUtf8(activationName(activation).data(),
                                                static_cast<qsizetype>(activationName(activation).size())),
                              static_cast<int>(activation));
    }
    m_activation->setToolTip(tr("Activation of every neuron. Sigmoid only saturates at large η; tanh "
                                "oscillates from about η = 20 and identity diverges above about η = 17."));
    m_iterations->setRange(1, BackpropSheet::kMaxInteractiveIterations);
    m_iterations->setToolTip(tr("Number of iterations (rows) of gradient descent"));
    m_iterations->setAccessibleName(tr("Iterations"));

    auto* training = new QGroupBox(tr("Training"), this);
    auto* form = new QFormLayout(training);
    form->addRow(tr("&Activation:"), m_activation);
    form->addRow(tr("&Iterations:"), m_iterations);
    form->addRow(new QLabel(tr("Learning rate η (log scale):"), training));
    form->addRow(m_learningRate);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(values);
    layout->addWidget(training);

    connect(m_activation, &QComboBox::currentIndexChanged, this, &SheetInputsPanel::announce);
    connect(m_learningRate, &LearningRateControl::learningRateChanged, this, &SheetInputsPanel::announce);
    connect(m_iterations, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_updating) Q_EMIT iterationsEdited(value);
    });
    setInputs(SheetInputs{});
    setIterations(BackpropSheet::kDefaultIterationLimit);
}

QDoubleSpinBox* SheetInputsPanel::addValueBox(const QString& name, const QString& tip) {
    auto* box = new QDoubleSpinBox(this);
    box->setRange(-100.0, 100.0);
    box->setDecimals(4);
    box->setSingleStep(0.01);
    box->setToolTip(tip);
    box->setAccessibleName(name);
    box->setObjectName(name);
    connect(box, &QDoubleSpinBox::valueChanged, this, &SheetInputsPanel::announce);
    return box;
}

QDoubleSpinBox* SheetInputsPanel::valueBox(const QString& name) const {
    for (int k = 0; k < 12; ++k) {
        if (name == QLatin1String(kValueNames[k])) return m_values[static_cast<std::size_t>(k)];
    }
    return nullptr;
}

void SheetInputsPanel::setInputs(const SheetInputs& inputs) {
    m_updating = true;
    for (int k = 0; k < 12; ++k) {
        m_values[static_cast<std::size_t>(k)]->setValue(inputValue(inputs, kValueNames[k]));
    }
    m_activation->setCurrentIndex(m_activation->findData(static_cast<int>(inputs.activation)));
    m_learningRate->setLearningRate(inputs.learningRate);
    m_updating = false;
}

SheetInputs SheetInputsPanel::inputs() const {
    SheetInputs inputs;
    for (int k = 0; k < 12; ++k) {
        setInputValue(inputs, kValueNames[k], m_values[static_cast<std::size_t>(k)]->value());
    }
    inputs.activation = static_cast<Activation>(m_activation->currentData().toInt());
    inputs.learningRate = m_learningRate->learningRate();
    return inputs;
}

void SheetInputsPanel::setIterations(int iterations) {
    m_updating = true;
    m_iterations->setValue(iterations);
    m_updating = false;
}

int SheetInputsPanel::iterations() const { return m_iterations->value(); }

void SheetInputsPanel::announce() {
    if (!m_updating) Q_EMIT inputsEdited(inputs());
}

} // namespace bplab::ui
