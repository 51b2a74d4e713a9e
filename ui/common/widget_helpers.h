#pragma once

#include <QKeySequence>
#include <QList>
#include <QPalette>
#include <QString>

class QAction;
class QActionGroup;
class QObject;
class QLabel;
class QScrollArea;
class QToolButton;
class QWidget;

namespace bplab::ui {

// An action with `tip` as its tool tip and status-bar text, and `shortcuts` (the first shows in menus).
QAction* makeAction(const QString& text, const QString& tip, const QList<QKeySequence>& shortcuts,
                    QObject* parent);

// Puts a tab's actions in one non-exclusive group, so the window can switch all of them off while
// another tab is shown (Space must not step an invisible sheet; a group remembers each action's own
// enabled state), and adds them to `tab`, which is always in the window, so their shortcuts work
// window-wide.
QActionGroup* groupTabActions(const QList<QAction*>& actions, QWidget* tab);

// A tool button that shows and triggers `action`, stretched to its cell (the tabs' button grids).
QToolButton* makeActionButton(QAction* action, QWidget* parent);

// The tabs' left column: `scrolled` stacked top to bottom in a frameless vertical scroll area that
// is always wide enough for them (so a small window scrolls rather than clips the controls), then
// `pinned` below it, never scrolled: the primary actions (Train, Step, η) stay in view on any screen.
QWidget* makeSidePanel(const QList<QWidget*>& scrolled, const QList<QWidget*>& pinned, QWidget* parent);

// Gives `widget` `palette` for as long as it lives (a picture for export drawn in the light look
// whatever the window's), then the palette it had back: its own, or again the one it inherits.
class ScopedPalette {
public:
    ScopedPalette(QWidget* widget, const QPalette& palette);
    ~ScopedPalette();
    ScopedPalette(const ScopedPalette&) = delete;
    ScopedPalette& operator=(const ScopedPalette&) = delete;

private:
    QWidget* m_widget;
    bool m_hadOwnPalette;
    QPalette m_own;
};

// Draws `label`'s text in `hue`, made readable (4.5 : 1) on the label's window colour, now and after
// every palette change (a theme chosen while the window is open).
void keepReadableColour(QLabel* label, const QColor& hue);

// Names a scroll area and its scroll bars for screen readers ("Inside the network", "Scroll Inside
// the network"): Qt names neither.
void nameScrollArea(QScrollArea* area, const QString& name);

} // namespace bplab::ui
