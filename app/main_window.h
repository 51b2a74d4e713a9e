#pragma once

#include "ui/common/app_theme.h"

#include <QMainWindow>

class QActionGroup;
class QMenu;
class QTabWidget;

namespace bplab::ui {
class BackpropSheetTab;
class LanguageMenu;
class MnistTab;
} // namespace bplab::ui

namespace bplab::app {

// The top-level window: one tab per tool, menus, and the remembered geometry. Wiring only.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    // View › Theme: follows the system, or our light or dark palette; remembered.
    QActionGroup* themeActions() const { return m_themeActions; }
    ui::LanguageMenu* languageMenu() const { return m_languageMenu; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createViewMenu();
    void applyTheme(ui::ThemeChoice choice);
    void checkThemeAction(ui::ThemeChoice choice);
    // The window's first size: the screen's available area; a remembered size that no longer fits
    // (a smaller screen since) is shrunk into it.
    void fitToScreen(bool restored);
    // The File menu holds the shown tab's exports and files, then Quit.
    void fillFileMenu();
    void restoreSettings();

    ui::AppTheme m_theme; // first: the tabs are built in the chosen colours
    QTabWidget* m_tabs;
    ui::BackpropSheetTab* m_sheetTab;
    ui::MnistTab* m_mnistTab;
    QMenu* m_fileMenu = nullptr;
    QAction* m_quit = nullptr;
    QActionGroup* m_themeActions = nullptr;
    ui::LanguageMenu* m_languageMenu = nullptr;
};

} // namespace bplab::app
