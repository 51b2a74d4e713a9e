#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace bplab::ui {

// One line of Help › Keyboard shortcuts: an action's text and its shortcuts, as the menus show them.
struct ShortcutEntry {
    QString action;      // "Step cell", without the mnemonic's '&'
    QString keys;        // "Space, F10": every shortcut of the action, in the desktop's notation
    bool enabled = true; // false: the key does nothing right now (Stop while nothing trains)
};
struct ShortcutGroup {
    QString menu; // "Sheet", or "View › Theme" for a submenu
    QList<ShortcutEntry> entries;
    bool shown = true; // false: the menu is hidden in the view in use (the other tab's), so are its keys
};

// Every visible action with a shortcut in `bar`'s menus, grouped by menu in menu-bar order. Read from
// the actions themselves, so the list cannot drift from them. A menu hidden while the other tab is shown
// is listed too, marked as not shown (the dialog is the whole reference), and an action in two menus only
// under the first.
QList<ShortcutGroup> menuShortcuts(const QMenuBar* bar);

// Help › Keyboard shortcuts: menuShortcuts() as a tree, with a search field that keeps the lines whose
// action or keys contain what is typed.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar* bar, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    QLineEdit* searchField() const { return m_search; }

private:
    void filter(const QString& text);

    QLineEdit* m_search;
    QTreeWidget* m_tree;
};

} // namespace bplab::ui
