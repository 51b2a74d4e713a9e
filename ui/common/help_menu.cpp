#include "ui/common/help_menu.h"

#include "ui/common/help_page.h"
#include "ui/common/help_window.h"
#include "ui/common/shortcuts_dialog.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>

#include <utility>

namespace bplab::ui {

HelpMenu::HelpMenu(QMainWindow* window, AboutFacts facts)
    : QObject(window)
    , m_window(window)
    , m_facts(std::move(facts)) {
    QMenu* menu = window->menuBar()->addMenu(tr("&Help"));
    m_userGuide = menu->addAction(tr("&User guide"), this, &HelpMenu::showGuideForFocus);
    m_userGuide->setShortcut(QKeySequence::HelpContents);
    // Application-wide: F1 works in the learning-rate test's window too, which has a page of its own.
    m_userGuide->setShortcutContext(Qt::ApplicationShortcut);
    m_userGuide->setStatusTip(tr("Open the user guide at the page about the view you are in"));
    m_shortcuts = menu->addAction(tr("&Keyboard shortcuts"), this, &HelpMenu::showShortcuts);
    m_shortcuts->setStatusTip(tr("List every shortcut of the menus"));
    menu->addSeparator();
    m_about = menu->addAction(tr("&About Backprop Lab"), this, [this] {
        QMessageBox::about(m_window, tr("About Backprop Lab"), aboutText(m_facts));
    });
    m_about->setStatusTip(tr("Version, licence, and the Qt, LibTorch and instruction set it runs on"));
    QAction* aboutQt = menu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setStatusTip(tr("The Qt version and its licence"));
}

HelpWindow* HelpMenu::helpWindow() const { return m_helpWindow; }

void HelpMenu::showGuide(const QString& page) {
    if (!m_helpWindow) m_helpWindow = new HelpWindow(m_window);
    m_helpWindow->showPage(page);
}

void HelpMenu::showGuideForFocus() {
    const QWidget* focus = QApplication::focusWidget();
    if (m_helpWindow && focus && focus->window() == m_helpWindow) {
        m_helpWindow->raise();
        return;
    }
    QString page = helpPageFor(focus ? focus : QApplication::activeWindow());
    // Outside any view (the tab bar, the menu bar, nothing focused yet at launch): the shown tab's page.
    if (page.isEmpty() && (!focus || focus->window() == m_window)) {
        if (const auto* tabs = qobject_cast<const QTabWidget*>(m_window->centralWidget()))
            page = helpPageFor(tabs->currentWidget());
    }
    showGuide(page);
}

void HelpMenu::showShortcuts() {
    // Made anew each time: the File menu holds the shown tab's actions, which may have changed.
    if (m_shortcutsDialog) m_shortcutsDialog->close();
    m_shortcutsDialog = new ShortcutsDialog(m_window->menuBar(), m_window);
    m_shortcutsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_shortcutsDialog->show();
}

} // namespace bplab::ui
