#pragma once

#include <QList>

class QAction;
class QToolButton;
class QWidget;

namespace bplab::ui {

// A tool button that shows and triggers `action`, stretched to its cell (the tabs' button grids).
QToolButton* makeActionButton(QAction* action, QWidget* parent);

// The tabs' left column: `sections` stacked top to bottom in a frameless vertical scroll area that
// is always wide enough for them (so a small window scrolls rather than clips the controls).
QWidget* makeSidePanel(const QList<QWidget*>& sections, QWidget* parent);

} // namespace bplab::ui
