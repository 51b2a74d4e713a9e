#pragma once

#include "core/sheet/backprop_sheet.h"

#include <QObject>
#include <QString>

#include <optional>

namespace bplab::ui {

// A value the sheet is given rather than computes, as the table shows it: a starting weight (row 0), or a
// bias in a row where it is not the update of the row before.
struct GivenValue {
    int iteration = 0;
    int quantity = 0; // index into RowValues / quantities()
    friend bool operator==(const GivenValue& a, const GivenValue& b) {
        return a.iteration == b.iteration && a.quantity == b.quantity;
    }
};

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
    // Empty while a given value is selected instead (or nothing is computed).
    std::optional<CellPosition> selectedCell() const { return m_selected; }
    // The given value the user selected (a starting weight has no formula, but it has a value to read).
    std::optional<GivenValue> selectedGiven() const { return m_selectedGiven; }

    // Edits recompute every evaluated cell. Unusable values are refused with a sentence in `error`.
    bool setInputs(const SheetInputs& inputs, QString* error = nullptr);
    bool setLearningRate(double learningRate, QString* error = nullptr);
    bool setIterationLimit(int iterations, QString* error = nullptr);

    void stepCell();
    void stepIteration();
    void runToEnd();
    void reset();
    void select(CellPosition position);
    // Selects a given value of a started row; ignored for anything the sheet computes.
    void selectGiven(GivenValue given);

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
    bool isGivenValue(GivenValue given) const;

    BackpropSheet m_sheet;
    std::optional<CellPosition> m_selected;
    std::optional<GivenValue> m_selectedGiven; // set only while m_selected is empty
};

} // namespace bplab::ui
