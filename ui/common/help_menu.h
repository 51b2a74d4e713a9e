#pragma once

#include "ui/common/about_text.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;

namespace bplab::ui {

class HelpWindow;
class ShortcutsDialog;

// The window's Help menu: User guide (F1, the page of the view with the focus), Keyboard shortcuts
// (read from the window's menus when opened), About, About Qt. Owns the one help window, made when
// first asked for.
class HelpMenu : public QObject {
    Q_OBJECT
public:
    // Adds the menu to the end of `window`'s menu bar.
    HelpMenu(QMainWindow* window, AboutFacts facts);

    QAction* userGuideAction() const { return m_userGuide; }
    QAction* shortcutsAction() const { return m_shortcuts; }
    QAction* aboutAction() const { return m_about; }
    // Null until the guide is first opened.
    HelpWindow* helpWindow() const;

    // Opens the help window at `page` (a path under docs/; empty: the index).
    void showGuide(const QString& page);

private:
    // F1: the page declared by the focused widget or its nearest ancestor (help_page.h); outside any
    // view of the main window (its tab bar, nothing focused), the shown tab's; else the index.
    // In the help window itself, F1 only brings it forward: the page read stays.
    void showGuideForFocus();
    void showShortcuts();

    QMainWindow* m_window;
    AboutFacts m_facts;
    QAction* m_userGuide;
    QAction* m_shortcuts;
    QAction* m_about;
    QPointer<HelpWindow> m_helpWindow;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
};

} // namespace bplab::ui
