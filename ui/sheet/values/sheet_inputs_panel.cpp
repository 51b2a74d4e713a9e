#include "ui/sheet/values/sheet_inputs_panel.h"

#include "core/sheet/backprop_sheet.h"
#include "ui/common/core_text.h"
#include "ui/common/locale_numbers.h"
#include "ui/common/wheel_guard.h"
#include "ui/common/widget_helpers.h"
#include "ui/sheet/values/learning_rate_control.h"
#include "ui/sheet/table/stage_colors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bplab::ui {

namespace {
const char* const kValueNames[] = {"i1", "i2", "t1", "t2", "w1", "w2", "w3",
                                   "w4", "w5", "w6", "w7", "w8", "b1", "b2"};
constexpr int kValueCount = 14;

QString valueTip(int k, const QString& name) {
    if (k < 2) return SheetInputsPanel::tr("Input %1").arg(name);
    if (k < 4) return SheetInputsPanel::tr("Target for output o%1").arg(k - 1);
    if (k == 12)
        return SheetInputsPanel::tr("Bias b1, shared by both hidden units: h = w·i + w·i + b1 (0: none)");
    if (k == 13)
        return SheetInputsPanel::tr("Bias b2, shared by both outputs: o = w·a_h + w·a_h + b2 (0: none)");
    return SheetInputsPanel::tr("Initial weight %1 (iteration 0); later rows use the updated weights")
        .arg(name);
}
} // namespace

SheetInputsPanel::SheetInputsPanel(QWidget* parent)
    : QWidget(parent)
    , m_values(makeValueBoxes())
    , m_learnBiases(new QCheckBox(tr("&Learn biases"), this))
    , m_activation(new QComboBox(this))
    , m_loss(new QComboBox(this))
    , m_iterations(new QSpinBox(this))
    , m_learningRate(new LearningRateControl(this)) {
    auto* values = new QGroupBox(tr("Network values"), this);
    auto* grid = new QGridLayout(values);
    grid->setHorizontalSpacing(8);
    for (int k = 0; k < kValueCount; ++k) {
        const QString name = QString::fromLatin1(kValueNames[k]);
        auto* label = m_valueLabels[static_cast<std::size_t>(k)] = new QLabel(name, values);
        label->setBuddy(m_values[static_cast<std::size_t>(k)]);
        // Two columns: i1 t1 w1 w3 w5 w7 b1 on the left, i2 t2 w2 w4 w6 w8 b2 on the right.
        const int row = k / 2, column = (k % 2) * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(m_values[static_cast<std::size_t>(k)], row, column + 1);
    }

    for (Activation activation : kAllActivations) {
        m_activation->addItem(coreText(kActivationContext, activationName(activation)),
                              static_cast<int>(activation));
    }
    m_activation->setToolTip(tr("Activation of every neuron. Sigmoid only saturates at large η; tanh "
                                "oscillates from about η = 20 and identity diverges above about η = 17."));
    for (Loss loss : kAllLosses) {
        m_loss->addItem(coreText(kLossContext, lossLabel(loss)), static_cast<int>(loss));
    }
    m_loss->setToolTip(
        tr("Loss of each output: ½·(t − a)², or cross-entropy −[t·ln a + (1 − t)·ln(1 − a)], "
           "which keeps learning from a confidently wrong sigmoid output (targets in [0, 1])"));
    m_learnBiases->setToolTip(tr("Update b1 and b2 by gradient descent like the weights (∂E/∂b1, ∂E/∂b2 and "
                                 "b′ become cells). Off in the classic worked example."));
    grid->addWidget(m_learnBiases, kValueCount / 2, 0, 1, 4);
    m_iterations->setRange(1, BackpropSheet::kMaxInteractiveIterations);
    m_iterations->setToolTip(tr("Number of iterations (rows) of gradient descent"));
    m_iterations->setAccessibleName(tr("Iterations"));

    auto* training = new QGroupBox(tr("Training"), this);
    auto* form = new QFormLayout(training);
    form->addRow(tr("&Activation:"), m_activation);
    form->addRow(tr("L&oss:"), m_loss);
    form->addRow(tr("&Iterations:"), m_iterations);
    form->addRow(new QLabel(tr("Learning rate η (log scale):"), training));
    form->addRow(m_learningRate);

    // On a short screen the values scroll in their own box, so the η control and the stepping
    // buttons below stay in view; on a tall one the box is as tall as the values, no taller.
    auto* valuesScroll = new QScrollArea(this);
    valuesScroll->setWidget(values);
    valuesScroll->setWidgetResizable(true);
    valuesScroll->setFrameShape(QFrame::NoFrame);
    valuesScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    valuesScroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    valuesScroll->setMinimumWidth(values->sizeHint().width() +
                                  valuesScroll->verticalScrollBar()->sizeHint().width());
    valuesScroll->setMinimumHeight(values->sizeHint().height() / 3);
    // Not a stop of its own on the Tab key: Tab goes from value to value, and the box scrolls to show
    // each (QScrollArea::focusNextPrevChild).
    valuesScroll->setFocusPolicy(Qt::NoFocus);
    nameScrollArea(valuesScroll, values->title());
    takeWheelOnlyWhenFocused(values); // the wheel scrolls the values, not a value under the pointer

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(valuesScroll);
    layout->addWidget(training);

    connect(m_activation, &QComboBox::currentIndexChanged, this, [this] {
        edit([this](SheetInputs& inputs) {
            inputs.activation = static_cast<Activation>(m_activation->currentData().toInt());
        });
    });
    connect(m_loss, &QComboBox::currentIndexChanged, this, [this] {
        edit([this](SheetInputs& inputs) { inputs.loss = static_cast<Loss>(m_loss->currentData().toInt()); });
    });
    connect(m_learnBiases, &QCheckBox::toggled, this,
            [this](bool on) { edit([on](SheetInputs& inputs) { inputs.learnBiases = on; }); });
    connect(m_learningRate, &LearningRateControl::learningRateChanged, this,
            [this](double rate) { edit([rate](SheetInputs& inputs) { inputs.learningRate = rate; }); });
    connect(m_iterations, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_updating) Q_EMIT iterationsEdited(value);
    });
    colourValueLabels();
    setInputs(SheetInputs{});
    setIterations(BackpropSheet::kDefaultIterationLimit);
}

void SheetInputsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) colourValueLabels();
    QWidget::changeEvent(event);
}

void SheetInputsPanel::colourValueLabels() {
    for (int k = 0; k < kValueCount; ++k) {
        QLabel* label = m_valueLabels[static_cast<std::size_t>(k)];
        QPalette colours = label->palette();
        colours.setColor(QPalette::WindowText, stageColor(k < 4 ? Stage::Given : Stage::Weight, palette()));
        label->setPalette(colours);
    }
}

std::array<QDoubleSpinBox*, 14> SheetInputsPanel::makeValueBoxes() {
    std::array<QDoubleSpinBox*, 14> boxes{};
    for (int k = 0; k < kValueCount; ++k) boxes[static_cast<std::size_t>(k)] = addValueBox(k);
    return boxes;
}

QDoubleSpinBox* SheetInputsPanel::addValueBox(int k) {
    const QString name = QString::fromLatin1(kValueNames[k]);
    auto* box = new QDoubleSpinBox(this);
    box->setRange(-kMaxTypedValue, kMaxTypedValue);
    box->setDecimals(4);
    box->setSingleStep(0.01);
    box->setToolTip(valueTip(k, name));
    box->setAccessibleName(name);
    box->setObjectName(name);
    connect(box, &QDoubleSpinBox::valueChanged, this, [this, k](double value) {
        edit([k, value](SheetInputs& inputs) { setInputValue(inputs, kValueNames[k], value); });
        showExactInTooltip(k);
    });
    return box;
}

void SheetInputsPanel::showExactInTooltip(int k) {
    const QString name = QString::fromLatin1(kValueNames[k]);
    QDoubleSpinBox* box = m_values[static_cast<std::size_t>(k)];
    const double exact = inputValue(m_inputs, kValueNames[k]);
    box->setToolTip(box->value() == exact
                        ? valueTip(k, name)
                        : tr("%1\nExact value: %2 (the sheet computes with it; the box rounds it)")
                              .arg(valueTip(k, name), localNumber(exact, 17)));
}

template <typename Edit> void SheetInputsPanel::edit(Edit applyTo) {
    if (m_updating) return;
    applyTo(m_inputs);
    Q_EMIT inputsEdited(m_inputs);
}

QDoubleSpinBox* SheetInputsPanel::valueBox(const QString& name) const {
    for (int k = 0; k < kValueCount; ++k) {
        if (name == QLatin1String(kValueNames[k])) return m_values[static_cast<std::size_t>(k)];
    }
    return nullptr;
}

void SheetInputsPanel::setInputs(const SheetInputs& inputs) {
    m_updating = true;
    m_inputs = inputs;
    for (int k = 0; k < kValueCount; ++k) {
        m_values[static_cast<std::size_t>(k)]->setValue(inputValue(inputs, kValueNames[k]));
        showExactInTooltip(k);
    }
    m_activation->setCurrentIndex(m_activation->findData(static_cast<int>(inputs.activation)));
    m_loss->setCurrentIndex(m_loss->findData(static_cast<int>(inputs.loss)));
    m_learnBiases->setChecked(inputs.learnBiases);
    m_learningRate->setLearningRate(inputs.learningRate);
    m_updating = false;
}

SheetInputs SheetInputsPanel::inputs() const { return m_inputs; }

void SheetInputsPanel::setIterations(int iterations) {
    m_updating = true;
    m_iterations->setValue(iterations);
    m_updating = false;
}

int SheetInputsPanel::iterations() const { return m_iterations->value(); }

} // namespace bplab::ui
