#pragma once

class QWidget;

namespace bplab::ui {

// In a column that scrolls, the mouse wheel over a spin box or combo box would change its value (and
// recompute the sheet) instead of scrolling the column. Every spin box and combo box under `root`
// takes the wheel only once it has the focus (a click or Tab); before that the wheel scrolls.
void takeWheelOnlyWhenFocused(QWidget* root);

} // namespace bplab::ui
