#pragma once

#include "core/sheet/backprop_sheet.h"

#include <QObject>
#include <QString>

#include <optional>

namespace bplab::ui {

// The backprop sheet as the GUI's single source of truth: owns the core BackpropSheet, applies the
// user's edits and steps, and announces changes. Views and item models read from it; nothing else
// writes to the sheet.
class SheetDocument : public QObject {
    Q_OBJECT
public:
    explicit SheetDocument(QObject* parent = nullptr);

    const BackpropSheet& sheet() const { return m_sheet; }
    const SheetInputs& inputs() const { return m_sheet.inputs(); }

    // The cell the formula bar explains: the one evaluated last after a step, or one the user clicked.
    std::optional<CellPosition> selectedCell() const { return m_selected; }

    // Edits recompute every evaluated cell. Unusable values are refused with a sentence in `error`.
    bool setInputs(const SheetInputs& inputs, QString* error = nullptr);
    bool setLearningRate(double learningRate, QString* error = nullptr);
    bool setIterationLimit(int iterations, QString* error = nullptr);

    void stepCell();
    void stepIteration();
    void runToEnd();
    void reset();
    void select(CellPosition position);

Q_SIGNALS:
    // What was typed (a value, η, the activation or the number of iterations) changed; `changed`
    // follows. Steps don't emit it: what depends only on the inputs need not follow the cursor.
    void inputsChanged();
    // Any value, the set of rows, or the cursor may have changed.
    void changed();
    // The selected cell changed (also emitted after `changed` when a step moves it).
    void selectionChanged();

private:
    void followCursor();
    void announceRecompute();

    BackpropSheet m_sheet;
    std::optional<CellPosition> m_selected;
};

} // namespace bplab::ui
