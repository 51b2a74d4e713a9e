#include "ui/mnist/training/train_settings_panel.h"

#include "core/mnist/mnist_trainer.h"
#include "core/mnist/train_recipe.h"
#include "ui/common/core_text.h"
#include "ui/common/locale_numbers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLocale>
#include <QSpinBox>
#include <QStandardItemModel>

#include <climits>
#include <cmath>
#include <thread>
#include <utility>

namespace bplab::ui {

namespace {

QString text(std::string_view utf8) {
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

// A label, special text or choice label of the recipe as the window's language words it.
QString shown(std::string_view recipeText) { return coreText(kTrainFieldContext, recipeText); }

// The tooltip: the help translated, its %1, %2 … filled with numbers as the locale writes them.
QString helpShown(const TrainField& field) {
    QString help = shown(field.help);
    for (const double number : field.helpNumbers) help = help.arg(QLocale().toString(number));
    return help;
}

QWidget* wholeEditor(const TrainField& field, QWidget* parent) {
    if (field.max > INT_MAX) {
        // Seeds go up to 2^53, beyond a QSpinBox's int: a double spin box without decimals holds them
        // exactly.
        auto* box = new QDoubleSpinBox(parent);
        box->setDecimals(0);
        box->setRange(field.min, field.max);
        return box;
    }
    auto* box = new QSpinBox(parent);
    box->setRange(static_cast<int>(field.min), static_cast<int>(field.max));
    if (field.step > 0) box->setSingleStep(static_cast<int>(field.step));
    QString special = shown(field.specialText);
    if (special.contains(QLatin1String("%1"))) {
        special = special.arg(std::max(1u, std::thread::hardware_concurrency()));
    }
    box->setSpecialValueText(special);
    return box;
}

QWidget* realEditor(const TrainField& field, QWidget* parent) {
    auto* box = new QDoubleSpinBox(parent);
    box->setDecimals(field.decimals);
    // An open bound is not offered itself: the nearest value the box can show instead.
    const double unit = std::pow(10.0, -field.decimals);
    box->setRange(field.min + (field.minOpen ? unit : 0.0), field.max - (field.maxOpen ? unit : 0.0));
    if (field.step > 0) {
        box->setSingleStep(field.step);
    } else {
        box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    }
    return box;
}

QWidget* createEditor(const TrainField& field, QWidget* parent) {
    QWidget* editor = nullptr;
    switch (field.kind) {
    case FieldKind::Whole:
        editor = wholeEditor(field, parent);
        break;
    case FieldKind::Real:
        editor = realEditor(field, parent);
        break;
    case FieldKind::Flag:
        editor = new QCheckBox(shown(field.specialText), parent);
        break;
    case FieldKind::Choice: {
        auto* combo = new QComboBox(parent);
        for (const FieldChoice& choice : field.choices)
            combo->addItem(shown(choice.label), text(choice.value));
        editor = combo;
        break;
    }
    }
    editor->setToolTip(helpShown(field));
    editor->setObjectName(text(field.key));
    return editor;
}

void readEditor(const TrainField& field, const QWidget* editor, TrainConfig& config) {
    if (const auto* box = qobject_cast<const QSpinBox*>(editor)) setNumber(field, config, box->value());
    if (const auto* box = qobject_cast<const QDoubleSpinBox*>(editor)) setNumber(field, config, box->value());
    if (const auto* box = qobject_cast<const QCheckBox*>(editor)) setNumber(field, config, box->isChecked());
    if (const auto* box = qobject_cast<const QComboBox*>(editor))
        setChoiceIndex(field, config, box->currentIndex());
}

void writeEditor(const TrainField& field, QWidget* editor, const TrainConfig& config) {
    const double number = numberOf(field, config);
    if (auto* box = qobject_cast<QSpinBox*>(editor)) box->setValue(static_cast<int>(number));
    if (auto* box = qobject_cast<QDoubleSpinBox*>(editor)) box->setValue(number);
    if (auto* box = qobject_cast<QCheckBox*>(editor)) box->setChecked(number != 0.0);
    if (auto* box = qobject_cast<QComboBox*>(editor))
        box->setCurrentIndex(std::max(0, choiceIndexOf(field, config)));
}

void connectEditor(QWidget* editor, TrainSettingsPanel* panel) {
    if (auto* box = qobject_cast<QSpinBox*>(editor)) {
        QObject::connect(box, &QSpinBox::valueChanged, panel, &TrainSettingsPanel::edited);
    }
    if (auto* box = qobject_cast<QDoubleSpinBox*>(editor)) {
        QObject::connect(box, &QDoubleSpinBox::valueChanged, panel, &TrainSettingsPanel::edited);
    }
    if (auto* box = qobject_cast<QCheckBox*>(editor)) {
        QObject::connect(box, &QCheckBox::toggled, panel, &TrainSettingsPanel::edited);
    }
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        QObject::connect(box, &QComboBox::currentIndexChanged, panel, &TrainSettingsPanel::edited);
    }
}

} // namespace

TrainSettingsPanel::TrainSettingsPanel(QWidget* parent)
    : QWidget(parent) {
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    for (const TrainField& field : trainFields()) {
        QWidget* editor = createEditor(field, this);
        form->addRow(shown(field.label), editor);
        connectEditor(editor, this);
        m_editors.push_back(editor);
    }
    disableCudaWithoutGpu();
    nameNativeKernels();
    connect(this, &TrainSettingsPanel::edited, this, &TrainSettingsPanel::showWhichFieldsApply);
    // `activated`: only the user's own choice, not setConfig(), proposes a rate and a decay.
    connect(qobject_cast<QComboBox*>(editor("optimizer")), &QComboBox::activated, this,
            [this] { proposeSuggestions(m_previousOptimizer); });
    setConfig(TrainConfig{});
}

void TrainSettingsPanel::followInTabOrder(QWidget* previous) {
    for (QWidget* editor : m_editors) {
        QWidget::setTabOrder(previous, editor);
        previous = editor;
    }
}

void TrainSettingsPanel::showWhichFieldsApply() {
    const TrainConfig shown = config();
    auto* form = qobject_cast<QFormLayout*>(layout());
    for (std::size_t i = 0; i < m_editors.size(); ++i) {
        const bool applies = fieldApplies(trainFields()[i], shown);
        m_editors[i]->setEnabled(applies);
        if (QWidget* label = form->labelForField(m_editors[i])) label->setEnabled(applies);
    }
    // `activated` comes after the change has been shown: remember the one the user switched from.
    if (shown.optimizer != m_optimizer) m_previousOptimizer = std::exchange(m_optimizer, shown.optimizer);
}

void TrainSettingsPanel::proposeSuggestions(const std::string& previousOptimizer) {
    struct Proposal {
        std::string_view key;
        double (*suggestion)(std::string_view);
        QString sentence; // %1 the new value, %2 the optimizer, %3 the old value
    };
    const Proposal proposals[] = {
        {"learning_rate", suggestedLearningRate,
         tr("Learning rate set to %1, the rate we suggest for %2 (it was %3). "
            "Find a learning rate… measures one for this recipe.")},
        {"weight_decay", suggestedWeightDecay,
         tr("Weight decay set to %1 for %2 (it was %3): AdamW's decoupled decay is what sets it apart "
            "from Adam.")},
    };
    const QString optimizer = qobject_cast<QComboBox*>(editor("optimizer"))->currentText();
    for (const Proposal& proposal : proposals) {
        if (const auto change = proposeValue(proposal.key, proposal.suggestion, previousOptimizer))
            Q_EMIT notice(proposal.sentence.arg(localNumber(change->second))
                              .arg(optimizer)
                              .arg(localNumber(change->first)));
    }
}

std::optional<std::pair<double, double>>
TrainSettingsPanel::proposeValue(std::string_view key, double (*suggestion)(std::string_view),
                                 const std::string& previousOptimizer) {
    auto* box = qobject_cast<QDoubleSpinBox*>(editor(key));
    const double oldSuggestion = suggestion(previousOptimizer);
    const double newSuggestion = suggestion(config().optimizer);
    // The suggestions have fewer digits than the box shows, so the box holds them exactly.
    if (!box || oldSuggestion == newSuggestion || std::abs(box->value() - oldSuggestion) > 1e-12) return {};
    box->setValue(newSuggestion);
    return std::make_pair(oldSuggestion, newSuggestion);
}

// The GPU entry stays listed but unavailable, so users learn that a CUDA-enabled LibTorch would enable it.
void TrainSettingsPanel::disableCudaWithoutGpu() {
    auto* device = qobject_cast<QComboBox*>(editor("device"));
    const int cuda = device ? device->findData(QStringLiteral("cuda")) : -1;
    if (cuda < 0 || MnistTrainer::cudaAvailable()) return;
    qobject_cast<QStandardItemModel*>(device->model())->item(cuda)->setEnabled(false);
    device->setToolTip(tr("Training device. This LibTorch has no CUDA support (or sees no GPU): CPU only."));
}

// "native (AVX-512)": which kernels this processor runs; without AVX2 the choice trains on LibTorch.
void TrainSettingsPanel::nameNativeKernels() {
    auto* kernels = qobject_cast<QComboBox*>(editor("kernels"));
    const int native = kernels ? kernels->findData(QStringLiteral("native")) : -1;
    if (native < 0) return;
    const QString isa = QString::fromStdString(MnistTrainer::nativeInstructionSet());
    kernels->setItemText(native, isa.isEmpty() ? tr("native (not on this processor: LibTorch)")
                                               : tr("native (%1, fast)").arg(isa));
}

TrainConfig TrainSettingsPanel::config() const {
    TrainConfig config;
    for (std::size_t i = 0; i < m_editors.size(); ++i) readEditor(trainFields()[i], m_editors[i], config);
    return config;
}

void TrainSettingsPanel::setConfig(const TrainConfig& config) {
    for (std::size_t i = 0; i < m_editors.size(); ++i) writeEditor(trainFields()[i], m_editors[i], config);
    showWhichFieldsApply();
}

QWidget* TrainSettingsPanel::editor(std::string_view key) const {
    for (std::size_t i = 0; i < m_editors.size(); ++i) {
        if (trainFields()[i].key == key) return m_editors[i];
    }
    return nullptr;
}

QSpinBox* TrainSettingsPanel::epochsBox() const { return qobject_cast<QSpinBox*>(editor("epochs")); }
QSpinBox* TrainSettingsPanel::trainLimitBox() const { return qobject_cast<QSpinBox*>(editor("train_limit")); }
QSpinBox* TrainSettingsPanel::testLimitBox() const { return qobject_cast<QSpinBox*>(editor("test_limit")); }
QSpinBox* TrainSettingsPanel::threadsBox() const { return qobject_cast<QSpinBox*>(editor("threads")); }

} // namespace bplab::ui
