#include "ui/sheet/values/training_set_editor.h"
#include "ui/common/locale_numbers.h"
#include "ui/sheet/sheet_messages.h"

#include "core/sheet/network/network_quantities.h"
#include "core/sheet/sheet_cells.h"
#include "core/sheet/training_set/training_set_csv.h"
#include "core/sheet/vector_index.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <stdexcept>

namespace bplab::ui {

namespace {
// The largest file a training set of 16 small examples could need, with room for comments.
constexpr qint64 kMaxCsvBytes = 1 << 20;
} // namespace

TrainingSetEditor::TrainingSetEditor(QWidget* parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_open(new QPushButton(tr("Open CSV…"), this)) {
    for (TrainingSetPreset preset : kAllTrainingSetPresets) {
        const std::string_view name = trainingSetPresetName(preset);
        const QString label =
            preset == TrainingSetPreset::Seed
                ? tr("the seed's one example")
                : QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())).toUpper();
        m_preset->addItem(label, static_cast<int>(preset));
    }
    m_preset->addItem(tr("your own"), -1);
    m_preset->setAccessibleName(tr("Training set"));
    m_preset->setToolTip(tr("A training set to start from: XOR, AND and OR have 2 inputs, 1 target and 4 "
                            "examples. Edit any value in the table below."));
    m_table->setAccessibleName(tr("Training examples"));
    m_table->setToolTip(tr("One row per example: its inputs x, then its targets t. A step uses the examples "
                           "in this order."));
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_add->setToolTip(tr("Add an example (at most %1)").arg(kMaxTrainingExamples));
    m_remove->setToolTip(tr("Remove the last example"));
    m_open->setToolTip(
        tr("Read the examples from a CSV file: a header i1,i2,…,t1,… and one row per example"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preset);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_preset, &QComboBox::activated, this, &TrainingSetEditor::onPresetPicked);
    connect(m_table, &QTableWidget::cellChanged, this, &TrainingSetEditor::onCellEdited);
    connect(m_add, &QPushButton::clicked, this, &TrainingSetEditor::addExample);
    connect(m_remove, &QPushButton::clicked, this, &TrainingSetEditor::removeExample);
    connect(m_open, &QPushButton::clicked, this, &TrainingSetEditor::askOpenCsv);
}

void TrainingSetEditor::showExamples(const TrainingSet& set) {
    m_set = set;
    int presetIndex = m_preset->findData(-1);
    for (TrainingSetPreset preset : kAllTrainingSetPresets)
        if (trainingSetPreset(preset) == set) presetIndex = m_preset->findData(static_cast<int>(preset));
    m_preset->setCurrentIndex(presetIndex);
    fillTable();
}

void TrainingSetEditor::fillTable() {
    m_filling = true;
    const int inputs = m_set.inputCount(), targets = m_set.targetCount();
    m_table->setRowCount(static_cast<int>(m_set.examples.size()));
    m_table->setColumnCount(inputs + targets);
    QStringList headers;
    // The sheet's own labels (x₁, t₁), so a column of the table and of the sheet read alike.
    for (int k = 0; k < inputs; ++k) headers << QString::fromStdString(inputQuantity(k, 0, 1).label);
    for (int k = 0; k < targets; ++k) headers << QString::fromStdString(targetQuantity(k, 0, 1).label);
    m_table->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const TrainingExample& example = m_set.examples[at(r)];
        for (int c = 0; c < inputs + targets; ++c) {
            const double value = c < inputs ? example.inputs[at(c)] : example.targets[at(c - inputs)];
            m_table->setItem(r, c, new QTableWidgetItem(withLocaleDecimals(formatShort(value))));
        }
    }
    m_add->setEnabled(m_table->rowCount() < kMaxTrainingExamples);
    m_remove->setEnabled(m_table->rowCount() > kMinTrainingExamples);
    m_filling = false;
}

void TrainingSetEditor::onCellEdited(int row, int column) {
    if (m_filling) return;
    const QString text = m_table->item(row, column)->text().trimmed();
    const std::optional<double> typed = typedNumber(text); // 0,5 in German, and 0.5 anywhere
    if (!typed || !std::isfinite(*typed)) {
        Q_EMIT problem(
            tr("“%1” is not a number: type a value such as %2 (example %3). The previous value is kept.")
                .arg(text, localNumber(0.5))
                .arg(row + 1));
        fillTable();
        return;
    }
    TrainingSet edited = m_set;
    TrainingExample& example = edited.examples[at(row)];
    const int inputs = m_set.inputCount();
    (column < inputs ? example.inputs[at(column)] : example.targets[at(column - inputs)]) = *typed;
    announce(edited);
}

void TrainingSetEditor::onPresetPicked(int index) {
    const int preset = m_preset->itemData(index).toInt();
    if (preset < 0) return; // "your own": keep what is typed
    announce(trainingSetPreset(static_cast<TrainingSetPreset>(preset)));
}

void TrainingSetEditor::addExample() {
    if (m_set.examples.empty() || static_cast<int>(m_set.examples.size()) >= kMaxTrainingExamples) return;
    TrainingSet edited = m_set;
    edited.examples.push_back(edited.examples.back()); // a copy to edit: its sizes are right
    announce(edited);
}

void TrainingSetEditor::removeExample() {
    if (static_cast<int>(m_set.examples.size()) <= kMinTrainingExamples) return;
    TrainingSet edited = m_set;
    edited.examples.pop_back();
    announce(edited);
}

bool TrainingSetEditor::openCsv(const QString& path, QString* error) {
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) *error = tr("Cannot open %1: %2.").arg(name, file.errorString());
        return false;
    }
    if (file.size() > kMaxCsvBytes) {
        if (error)
            *error = tr("%1 is too large for a training set of at most %2 examples.")
                         .arg(name)
                         .arg(kMaxTrainingExamples);
        return false;
    }
    const QByteArray bytes = file.readAll();
    try {
        const TrainingSet set =
            readTrainingSetCsv(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        announce(set);
    } catch (const std::invalid_argument& e) {
        if (error) *error = tr("%1: %2").arg(name, SheetMessages::inputProblem(e));
        return false;
    }
    return true;
}

void TrainingSetEditor::askOpenCsv() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a training set"), {},
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) return;
    QString error;
    if (!openCsv(path, &error)) Q_EMIT problem(error);
}

void TrainingSetEditor::announce(const TrainingSet& set) {
    // The owner validates (with the network's loss and sizes) and shows back what it kept.
    Q_EMIT edited(set);
}

} // namespace bplab::ui
