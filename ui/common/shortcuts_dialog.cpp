#include "ui/common/shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace bplab::ui {

namespace {

// "&Step cell" → "Step cell", "Save && quit" → "Save & quit"; text after a tab (a menu's own
// shortcut column) is dropped.
QString plainText(const QString& text) {
    QString plain;
    for (int i = 0; i < text.size() && text[i] != QLatin1Char('\t'); ++i) {
        if (text[i] == QLatin1Char('&') && i + 1 < text.size()) ++i;
        plain += text[i];
    }
    return plain;
}

QString keysOf(const QAction* action) {
    QStringList keys;
    for (const QKeySequence& shortcut : action->shortcuts())
        keys << shortcut.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

void collect(const QMenu* menu, const QString& title, bool shown, QSet<const QAction*>& seen,
             QList<ShortcutGroup>& groups) {
    ShortcutGroup group{title, {}, shown};
    QList<const QMenu*> submenus;
    for (const QAction* action : menu->actions()) {
        if (!action->isVisible()) continue; // not in the menu: its key is off as well
        if (action->menu()) {
            submenus << action->menu();
        } else if (!action->isSeparator() && !action->shortcuts().isEmpty() && !seen.contains(action)) {
            seen.insert(action);
            group.entries.append({plainText(action->text()), keysOf(action), action->isEnabled()});
        }
    }
    if (!group.entries.isEmpty()) groups.append(group);
    for (const QMenu* submenu : submenus)
        collect(submenu, title + QStringLiteral(" › ") + plainText(submenu->title()), shown, seen, groups);
}

} // namespace

QList<ShortcutGroup> menuShortcuts(const QMenuBar* bar) {
    QList<ShortcutGroup> groups;
    QSet<const QAction*> seen;
    for (const QAction* entry : bar->actions()) {
        if (entry->menu())
            collect(entry->menu(), plainText(entry->menu()->title()), entry->isVisible(), seen, groups);
    }
    return groups;
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar* bar, QWidget* parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this)) {
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_search->setPlaceholderText(tr("Search actions and keys"));
    m_search->setAccessibleName(tr("Search shortcuts"));
    m_search->setClearButtonEnabled(true);
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    for (const ShortcutGroup& group : menuShortcuts(bar)) {
        auto* menu = new QTreeWidgetItem(
            m_tree,
            {group.shown ? group.menu : tr("%1 (on the other tab: its keys work there)").arg(group.menu)});
        menu->setFirstColumnSpanned(true);
        QFont bold = menu->font(0);
        bold.setBold(true);
        menu->setFont(0, bold);
        menu->setDisabled(!group.shown);
        menu->setData(0, Qt::UserRole, group.menu); // the search reads the menu's name, not the note
        for (const ShortcutEntry& entry : group.entries) {
            auto* line = new QTreeWidgetItem(menu, {entry.action, entry.keys});
            if (!entry.enabled) { // greyed, as in its menu: the key does nothing right now
                line->setDisabled(true);
                line->setToolTip(0, tr("Not available right now"));
            }
        }
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->resizeColumnToContents(1);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    // Wide enough for the longest action and its keys in any language: nothing elided.
    const int contents = m_tree->columnWidth(0) + m_tree->columnWidth(1) + m_tree->frameWidth() * 2 +
                         m_tree->verticalScrollBar()->sizeHint().width() + layout->contentsMargins().left() +
                         layout->contentsMargins().right();
    resize(std::max(520, contents), 560);
}

void ShortcutsDialog::filter(const QString& text) {
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* menu = m_tree->topLevelItem(g);
        bool anyShown = false;
        for (int e = 0; e < menu->childCount(); ++e) {
            QTreeWidgetItem* entry = menu->child(e);
            const bool shown = entry->text(0).contains(text, Qt::CaseInsensitive) ||
                               entry->text(1).contains(text, Qt::CaseInsensitive) ||
                               menu->data(0, Qt::UserRole).toString().contains(text, Qt::CaseInsensitive);
            entry->setHidden(!shown);
            anyShown = anyShown || shown;
        }
        menu->setHidden(!anyShown);
    }
}

} // namespace bplab::ui
