#pragma once

#include <QMainWindow>

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
    void restoreSettings();

    QTabWidget* m_tabs;
    ui::BackpropSheetTab* m_sheetTab;
    ui::MnistTab* m_mnistTab;
};

} // namespace bplab::app
