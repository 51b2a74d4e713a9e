#pragma once

#include <QMainWindow>

class QMenu;
class QTabWidget;

namespace bplab::ui {
class BackpropSheetTab;
class MnistTab;
} // namespace bplab::ui

namespace bplab::app {

// The top-level window: one tab per tool, menus, and the remembered geometry. Wiring only.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    // The File menu holds the shown tab's exports and files, then Quit.
    void fillFileMenu();
    void restoreSettings();

    QTabWidget* m_tabs;
    ui::BackpropSheetTab* m_sheetTab;
    ui::MnistTab* m_mnistTab;
    QMenu* m_fileMenu = nullptr;
    QAction* m_quit = nullptr;
};

} // namespace bplab::app
