#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QActionGroup;
class QToolButton;
class QWidget;

namespace bplab::ui {

// A non-exclusive group for a tab's actions, so the window can switch all of them off while another
// tab is shown (a group remembers each action's own enabled state).
QActionGroup* makeActionGroup(QObject* parent);

// An action owned by `group`, with `tip` as its tool tip and status tip, and `shortcuts`; added to
// `widget` so the shortcuts work wherever the focus is inside it (the first one shows in menus).
QAction* makeAction(QActionGroup* group, QWidget* widget, const QString& text, const QString& tip,
                    const QList<QKeySequence>& shortcuts = {});

// A tool button that shows and triggers `action`, stretched to its cell (the tabs' button grids).
QToolButton* makeActionButton(QAction* action, QWidget* parent);

// The tabs' left column: `sections` stacked top to bottom in a frameless vertical scroll area that
// is always wide enough for them (so a small window scrolls rather than clips the controls).
QWidget* makeSidePanel(const QList<QWidget*>& sections, QWidget* parent);

} // namespace bplab::ui
