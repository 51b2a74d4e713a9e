#pragma once

namespace bplab::ui {

class ConfusionMatrixView;

// The confusion matrix as assistive technology reads it: a table (QAccessibleTableInterface) whose
// rows are the true digits and columns the predictions, with a header per row ("true 3") and column
// ("predicted 5"), and per cell its count as value and "true 3, predicted 5: 12 images" as name.
// Before the first matrix the table has no rows. The keyboard's cell is the focused one, the chosen
// cell (its mistakes shown) the selected one.

// Registers the accessibility factory for ConfusionMatrixView; once per process, whatever the calls.
void installConfusionMatrixAccessibility();

// Tells assistive technology that the counts changed; `reset` when the matrix appeared or went (the
// cells themselves came or left).
void notifyConfusionMatrixChanged(ConfusionMatrixView* view, bool reset);

// Tells assistive technology that the keyboard moved to the cell (`trueDigit`, `predicted`).
void notifyConfusionCellFocused(ConfusionMatrixView* view, int trueDigit, int predicted);

} // namespace bplab::ui
