#pragma once

#include "core/sheet/training_set/training_set.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace bplab::ui {

// The examples an own network trains on: a preset (the seed's one example, XOR, AND, OR), a small
// table to type them into (one row per example: inputs x, then targets t), rows added or removed, or a
// CSV file read (core/sheet/training_set/training_set_csv.h). Each edit is announced at once; a cell that is not a
// number is refused with a sentence and put back.
class TrainingSetEditor : public QWidget {
    Q_OBJECT
public:
    explicit TrainingSetEditor(QWidget* parent = nullptr);

    // Shows these examples without announcing them; the preset box names the preset they equal, if any.
    void showExamples(const TrainingSet& set);
    const TrainingSet& examples() const { return m_set; }

    QComboBox* presetBox() const { return m_preset; }
    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* openButton() const { return m_open; }
    // Reads a training-set CSV file (what the Open button asks for): false, with a sentence, when it
    // cannot be read; the examples are kept then.
    bool openCsv(const QString& path, QString* error);

Q_SIGNALS:
    void edited(const bplab::TrainingSet& set);
    // A sentence for the status bar: what was refused and why.
    void problem(const QString& sentence);

private:
    void fillTable();
    void onCellEdited(int row, int column);
    void onPresetPicked(int index);
    void addExample();
    void removeExample();
    void askOpenCsv();
    void announce(const TrainingSet& set);

    TrainingSet m_set;
    QComboBox* m_preset;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_open;
    bool m_filling = false; // set while the table is filled: its itemChanged signals are ours
};

} // namespace bplab::ui
