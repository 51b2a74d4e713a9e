#include "main_window.h"

#include "app_settings.h"
#include "backprop_sheet_tab.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace bplab::app {

namespace {
QWidget* placeholderTab(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_sheetTab(new ui::BackpropSheetTab(m_tabs)) {
    setWindowTitle(tr("Backprop Lab"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/backprop-lab.svg")));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_sheetTab, tr("Backprop sheet"));
    m_tabs->addTab(placeholderTab(tr("The MNIST trainer will appear here."), m_tabs), tr("MNIST trainer"));
    setCentralWidget(m_tabs);
    createMenus();
    statusBar()->showMessage(tr("Ready"));
    connect(m_sheetTab, &ui::BackpropSheetTab::statusMessage, this, [this](const QString& message) {
        if (m_tabs->currentWidget() == m_sheetTab) statusBar()->showMessage(message);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        const bool sheetShown = m_tabs->currentWidget() == m_sheetTab;
        m_sheetTab->setActionsEnabled(sheetShown);
        if (sheetShown) m_sheetTab->announceStatus();
    });
    restoreSettings();
    m_sheetTab->announceStatus();
}

void MainWindow::createMenus() {
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_sheetTab->exportChartAction());
    fileMenu->addAction(m_sheetTab->exportCsvAction());
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setStatusTip(tr("Close Backprop Lab"));

    QMenu* sheetMenu = menuBar()->addMenu(tr("&Sheet"));
    for (QAction* action : m_sheetTab->sheetActions()) {
        if (action == m_sheetTab->exportChartAction() || action == m_sheetTab->exportCsvAction()) continue;
        sheetMenu->addAction(action);
        if (action == m_sheetTab->runToEndAction() || action == m_sheetTab->resetValuesAction()) sheetMenu->addSeparator();
    }
    // The sheet's menu only applies while its tab is shown.
    connect(m_tabs, &QTabWidget::currentChanged, sheetMenu,
            [this, sheetMenu](int index) { sheetMenu->menuAction()->setVisible(m_tabs->widget(index) == m_sheetTab); });

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Backprop Lab"), this, [this] {
        QMessageBox::about(this, tr("About Backprop Lab"),
                           tr("<h3>Backprop Lab %1</h3><p>See how a neural network learns: backpropagation "
                              "cell by cell, and a small CNN trained on MNIST.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::restoreSettings() {
    ui::AppSettings settings;
    if (!restoreGeometry(settings.windowGeometry())) {
        resize(1280, 800);
    }
    restoreState(settings.windowState());
    m_tabs->setCurrentIndex(qBound(0, settings.currentTab(), m_tabs->count() - 1));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    ui::AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setCurrentTab(m_tabs->currentIndex());
    m_sheetTab->saveSettings();
    event->accept();
}

} // namespace bplab::app
