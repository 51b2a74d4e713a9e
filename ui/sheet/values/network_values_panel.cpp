#include "ui/sheet/values/network_values_panel.h"

#include "core/sheet/network/network_architecture.h"
#include "ui/common/core_text.h"
#include "ui/common/wheel_guard.h"
#include "ui/common/widget_helpers.h"
#include "ui/sheet/values/learning_rate_control.h"
#include "ui/sheet/values/network_architecture_editor.h"
#include "ui/sheet/values/training_set_editor.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>

#include <climits>

namespace bplab::ui {

NetworkSpec NetworkValuesPanel::withDrawnParameters(NetworkSpec spec, const StartingWeights& start) {
    spec.weights = bplab::startingWeights(spec.layers, start.init, start.seed, start.uniformRange);
    spec.biases = zeroBiases(spec);
    return spec;
}

NetworkSpec NetworkValuesPanel::firstNetwork(const StartingWeights& start) {
    NetworkSpec spec;
    spec.data = trainingSetPreset(TrainingSetPreset::Xor);
    spec.layers = defaultLayersFor(spec.data);
    spec.activations.assign(spec.layers.size() - 1, Activation::Sigmoid);
    spec.biasMode = BiasMode::PerUnit;
    spec.learnBiases = true;
    spec.learningRate = 2.0;
    return withDrawnParameters(spec, start);
}

NetworkValuesPanel::NetworkValuesPanel(QWidget* parent)
    : QWidget(parent)
    , m_architecture(new NetworkArchitectureEditor(this))
    , m_trainingSet(new TrainingSetEditor(this))
    , m_loss(new QComboBox(this))
    , m_reduction(new QComboBox(this))
    , m_batch(new QSpinBox(this))
    , m_init(new QComboBox(this))
    , m_range(new QDoubleSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_redraw(new QPushButton(tr("New seed"), this))
    , m_iterations(new QSpinBox(this))
    , m_learningRate(new LearningRateControl(this)) {
    auto* architecture = new QGroupBox(tr("Architecture"), this);
    (new QVBoxLayout(architecture))->addWidget(m_architecture);
    auto* examples = new QGroupBox(tr("Training set"), this);
    (new QVBoxLayout(examples))->addWidget(m_trainingSet);

    // As in the seed's panel: on a short screen the network's values scroll in their own box, so η and
    // the stepping buttons below stay in view.
    auto* values = new QWidget(this);
    auto* valuesLayout = new QVBoxLayout(values);
    valuesLayout->setContentsMargins(0, 0, 0, 0);
    valuesLayout->addWidget(architecture);
    valuesLayout->addWidget(examples);
    valuesLayout->addWidget(createStartGroup());
    valuesLayout->addWidget(createTrainingGroup());
    auto* valuesScroll = new QScrollArea(this);
    valuesScroll->setWidget(values);
    valuesScroll->setWidgetResizable(true);
    valuesScroll->setFrameShape(QFrame::NoFrame);
    valuesScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    valuesScroll->setMinimumWidth(values->sizeHint().width() +
                                  valuesScroll->verticalScrollBar()->sizeHint().width());
    valuesScroll->setMinimumHeight(values->sizeHint().height() / 4);
    valuesScroll->setFocusPolicy(Qt::NoFocus);
    nameScrollArea(valuesScroll, tr("Own network values"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(valuesScroll, 1);
    // η stays in view, as in the seed's panel: the lessons ask to drag it and watch.
    auto* rate = new QGroupBox(tr("Learning rate η (log scale)"), this);
    (new QVBoxLayout(rate))->addWidget(m_learningRate);
    layout->addWidget(rate);

    connect(m_architecture, &NetworkArchitectureEditor::edited, this,
            &NetworkValuesPanel::onArchitectureEdited);
    connect(m_trainingSet, &TrainingSetEditor::edited, this, &NetworkValuesPanel::onTrainingSetEdited);
    connect(m_trainingSet, &TrainingSetEditor::problem, this, &NetworkValuesPanel::problem);
    setStartingWeights(m_start);
    showSpec(firstNetwork(m_start));
    takeWheelOnlyWhenFocused(values); // the wheel scrolls the column, not a value under the pointer
}

QWidget* NetworkValuesPanel::createStartGroup() {
    for (WeightInit init : kAllWeightInits)
        m_init->addItem(coreText(kWeightInitContext, weightInitLabel(init)), static_cast<int>(init));
    m_init->setToolTip(
        tr("How the starting weights are drawn: uniform on [−r, r), or Xavier/Glorot (for sigmoid "
           "and tanh) and He (for ReLU), whose r follows each layer's size"));
    m_range->setRange(0.001, 100.0);
    m_range->setDecimals(3);
    m_range->setSingleStep(0.1);
    m_range->setToolTip(tr("r of uniform ±r"));
    m_range->setAccessibleName(tr("Range r"));
    m_seed->setRange(0, INT_MAX);
    m_seed->setToolTip(tr("The same seed draws the same weights on every computer: tell a class the seed"));
    m_seed->setAccessibleName(tr("Seed"));
    m_redraw->setToolTip(tr("Draw other starting weights (the next seed)"));
    auto* group = new QGroupBox(tr("Starting weights"), this);
    auto* form = new QFormLayout(group);
    form->addRow(tr("&Drawn by:"), m_init);
    form->addRow(tr("&r:"), m_range);
    form->addRow(tr("S&eed:"), m_seed);
    form->addRow(m_redraw);
    connect(m_init, &QComboBox::currentIndexChanged, this, &NetworkValuesPanel::onStartEdited);
    connect(m_range, &QDoubleSpinBox::valueChanged, this, &NetworkValuesPanel::onStartEdited);
    connect(m_seed, &QSpinBox::valueChanged, this, &NetworkValuesPanel::onStartEdited);
    connect(m_redraw, &QPushButton::clicked, this, [this] { m_seed->setValue(m_seed->value() + 1); });
    return group;
}

QWidget* NetworkValuesPanel::createTrainingGroup() {
    for (Loss loss : kAllLosses)
        m_loss->addItem(coreText(kLossContext, lossLabel(loss)), static_cast<int>(loss));
    m_reduction->addItem(tr("summed"), static_cast<int>(LossReduction::Sum));
    m_reduction->addItem(tr("averaged"), static_cast<int>(LossReduction::Mean));
    m_reduction->setToolTip(
        tr("E_total of a step: the losses of its examples summed, or averaged (which divides "
           "every partial by the number of examples, so η means the same for any batch)"));
    m_batch->setRange(kFullBatch, kMaxTrainingExamples);
    m_batch->setSpecialValueText(tr("full batch"));
    m_batch->setSuffix(tr(" per step"));
    m_batch->setToolTip(tr("Examples per step: full batch (every example), or k, taken in order and wrapping "
                           "around: step s uses examples s·k … s·k + k − 1"));
    m_batch->setAccessibleName(tr("Examples per step"));
    m_iterations->setToolTip(tr("Number of iterations (rows) of gradient descent"));
    m_iterations->setAccessibleName(tr("Iterations"));
    auto* group = new QGroupBox(tr("Training"), this);
    auto* form = new QFormLayout(group);
    form->addRow(tr("L&oss:"), m_loss);
    form->addRow(tr("Loss of a step:"), m_reduction);
    form->addRow(tr("E&xamples:"), m_batch);
    form->addRow(tr("&Iterations:"), m_iterations);
    auto edited = [this](auto apply) {
        if (m_showing) return;
        NetworkSpec spec = m_spec;
        apply(spec);
        announce(spec);
    };
    connect(m_loss, &QComboBox::currentIndexChanged, this, [this, edited] {
        edited([this](NetworkSpec& spec) { spec.loss = static_cast<Loss>(m_loss->currentData().toInt()); });
    });
    connect(m_reduction, &QComboBox::currentIndexChanged, this, [this, edited] {
        edited([this](NetworkSpec& spec) {
            spec.reduction = static_cast<LossReduction>(m_reduction->currentData().toInt());
        });
    });
    connect(m_batch, &QSpinBox::valueChanged, this,
            [edited](int k) { edited([k](NetworkSpec& spec) { spec.batchSize = k; }); });
    connect(m_learningRate, &LearningRateControl::learningRateChanged, this,
            [edited](double rate) { edited([rate](NetworkSpec& spec) { spec.learningRate = rate; }); });
    connect(m_iterations, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_showing) Q_EMIT iterationsEdited(value);
    });
    return group;
}

void NetworkValuesPanel::showSpec(const NetworkSpec& spec) {
    m_showing = true;
    m_spec = spec;
    m_architecture->showShape(spec);
    m_trainingSet->showExamples(spec.data);
    m_loss->setCurrentIndex(m_loss->findData(static_cast<int>(spec.loss)));
    m_reduction->setCurrentIndex(m_reduction->findData(static_cast<int>(spec.reduction)));
    m_batch->setMaximum(std::max(1, static_cast<int>(spec.data.examples.size())));
    m_batch->setValue(spec.batchSize);
    m_learningRate->setLearningRate(spec.learningRate);
    m_showing = false;
}

void NetworkValuesPanel::showIterations(int iterations, int maxIterations) {
    m_showing = true;
    m_iterations->setRange(1, maxIterations);
    m_iterations->setValue(iterations);
    m_showing = false;
}

void NetworkValuesPanel::setStartingWeights(const StartingWeights& start) {
    m_showing = true;
    m_start = start;
    m_init->setCurrentIndex(m_init->findData(static_cast<int>(start.init)));
    m_range->setValue(start.uniformRange);
    m_range->setEnabled(start.init == WeightInit::Uniform);
    m_seed->setValue(static_cast<int>(std::min<std::uint64_t>(start.seed, INT_MAX)));
    m_showing = false;
}

void NetworkValuesPanel::onArchitectureEdited() {
    if (m_showing) return;
    NetworkSpec spec = m_spec;
    m_architecture->applyTo(spec);
    // The examples follow the input and output layers; new values are 0, to be typed.
    spec.data = resizedExamples(spec.data, spec.layers.front(), spec.layers.back());
    const bool sameParameters = spec.layers == m_spec.layers && spec.biasMode == m_spec.biasMode;
    announce(sameParameters ? spec : withDrawnParameters(spec, m_start));
}

void NetworkValuesPanel::onTrainingSetEdited(const TrainingSet& set) {
    NetworkSpec spec = m_spec;
    spec.data = set;
    // A set of other sizes (a preset, a file) brings its own input and output layers.
    const bool resized = set.inputCount() != spec.layers.front() || set.targetCount() != spec.layers.back();
    if (resized && set.inputCount() > 0 && set.targetCount() > 0) {
        spec.layers.front() = set.inputCount();
        spec.layers.back() = set.targetCount();
        spec = withDrawnParameters(spec, m_start);
    }
    if (spec.batchSize > static_cast<int>(set.examples.size())) spec.batchSize = kFullBatch;
    announce(spec);
}

void NetworkValuesPanel::onStartEdited() {
    if (m_showing) return;
    m_start.init = static_cast<WeightInit>(m_init->currentData().toInt());
    m_start.uniformRange = m_range->value();
    m_start.seed = static_cast<std::uint64_t>(m_seed->value());
    m_range->setEnabled(m_start.init == WeightInit::Uniform);
    announce(withDrawnParameters(m_spec, m_start));
}

void NetworkValuesPanel::announce(const NetworkSpec& spec) {
    // The owner validates; it shows back the spec it kept (showSpec), whether this one or the last good.
    Q_EMIT specEdited(spec);
}

} // namespace bplab::ui
