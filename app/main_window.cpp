#include "app/main_window.h"

#include "core/mnist/libtorch_version.h"
#include "core/mnist/mnist_trainer.h"
#include "ui/common/app_settings.h"
#include "ui/common/help_menu.h"
#include "ui/common/language_menu.h"
#include "ui/mnist/mnist_tab.h"
#include "ui/mnist/training/training_controller.h"
#include "ui/sheet/backprop_sheet_tab.h"
#include "ui/sheet/lessons/sheet_lessons.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>

#include <utility>

namespace bplab::app {

namespace {
// What Help › About says of the engines, asked of them here: the help's room includes no core.
ui::AboutFacts aboutFacts() {
    return {QApplication::applicationVersion(), QString::fromStdString(libtorchVersion()),
            QString::fromStdString(MnistTrainer::nativeInstructionSet())};
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_theme(ui::themeChoiceFromKey(ui::AppSettings().theme()))
    , m_tabs(new QTabWidget(this))
    , m_sheetTab(new ui::BackpropSheetTab(m_tabs))
    , m_mnistTab(new ui::MnistTab(m_tabs)) {
    setWindowTitle(tr("Backprop Lab"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/backprop-lab.svg")));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Tools"));
    m_tabs->addTab(m_sheetTab, tr("Backprop sheet"));
    m_tabs->addTab(m_mnistTab, tr("MNIST trainer"));
    setCentralWidget(m_tabs);
    createMenus();
    statusBar()->showMessage(tr("Ready"));
    connect(m_sheetTab, &ui::BackpropSheetTab::statusMessage, this, [this](const QString& message) {
        if (m_tabs->currentWidget() == m_sheetTab) statusBar()->showMessage(message);
    });
    connect(m_mnistTab, &ui::MnistTab::statusMessage, this, [this](const QString& message) {
        if (m_tabs->currentWidget() == m_mnistTab) statusBar()->showMessage(message);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        const bool sheetShown = m_tabs->currentWidget() == m_sheetTab;
        m_sheetTab->setActionsEnabled(sheetShown);
        m_mnistTab->setActionsEnabled(!sheetShown);
        if (sheetShown)
            m_sheetTab->announceStatus();
        else
            m_mnistTab->announceStatus();
    });
    m_mnistTab->setActionsEnabled(false);
    restoreSettings();
    if (m_tabs->currentWidget() == m_sheetTab) m_sheetTab->announceStatus();
}

void MainWindow::fillFileMenu() {
    // clear() leaves the actions alone: the tabs own them, and their shortcuts stay with the tabs.
    m_fileMenu->clear();
    const QList<QList<QAction*>> sections =
        m_tabs->currentWidget() == m_sheetTab ? m_sheetTab->fileSections() : m_mnistTab->fileSections();
    for (const QList<QAction*>& section : sections) {
        m_fileMenu->addActions(section);
        m_fileMenu->addSeparator();
    }
    m_fileMenu->addAction(m_quit);
}

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_quit = new QAction(tr("&Quit"), this);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setStatusTip(tr("Close Backprop Lab"));
    addAction(m_quit); // its shortcut works while the File menu holds the other tab's actions
    fillFileMenu();

    QMenu* sheetMenu = menuBar()->addMenu(tr("&Sheet"));
    for (QAction* action : m_sheetTab->sheetActions()) {
        if (action == m_sheetTab->exportChartAction() || action == m_sheetTab->exportCsvAction()) continue;
        sheetMenu->addAction(action);
        if (action == m_sheetTab->runToEndAction() || action == m_sheetTab->resetValuesAction())
            sheetMenu->addSeparator();
    }
    QMenu* lessonsMenu = menuBar()->addMenu(tr("&Lessons"));
    const ui::SheetLessons* lessons = m_sheetTab->lessons();
    lessonsMenu->addActions(lessons->lessonActions());
    lessonsMenu->addSeparator();
    lessonsMenu->addActions({lessons->backAction(), lessons->openAction(), lessons->saveAction()});
    QMenu* trainingMenu = menuBar()->addMenu(tr("&Training"));
    for (const QList<QAction*>& section : m_mnistTab->trainingSections()) {
        if (!trainingMenu->isEmpty()) trainingMenu->addSeparator();
        trainingMenu->addActions(section);
    }
    // Each tab's menu (and its shortcuts) only applies while the tab is shown.
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this, sheetMenu, lessonsMenu, trainingMenu](int index) {
                sheetMenu->menuAction()->setVisible(m_tabs->widget(index) == m_sheetTab);
                lessonsMenu->menuAction()->setVisible(m_tabs->widget(index) == m_sheetTab);
                trainingMenu->menuAction()->setVisible(m_tabs->widget(index) == m_mnistTab);
                fillFileMenu();
            });
    trainingMenu->menuAction()->setVisible(false);
    createViewMenu();

    new ui::HelpMenu(this, aboutFacts());
}

void MainWindow::createViewMenu() {
    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu* themeMenu = viewMenu->addMenu(tr("&Theme"));
    m_themeActions = new QActionGroup(this);
    struct Choice {
        ui::ThemeChoice choice;
        QString text;
        QString tip;
    };
    const Choice choices[] = {
        {ui::ThemeChoice::System, tr("Follow the &system"),
         tr("Use the desktop's colours (light or dark, as the desktop is set)")},
        {ui::ThemeChoice::Light, tr("&Light"), tr("Use Backprop Lab's light colours whatever the desktop's")},
        {ui::ThemeChoice::Dark, tr("&Dark"), tr("Use Backprop Lab's dark colours whatever the desktop's")},
        {ui::ThemeChoice::HighContrast, tr("&High contrast"),
         tr("White and yellow on black, for low vision, whatever the desktop's colours")},
    };
    for (const auto& [choice, text, tip] : choices) {
        QAction* action = themeMenu->addAction(text);
        action->setCheckable(true);
        action->setData(ui::themeChoiceKey(choice));
        action->setStatusTip(tip);
        m_themeActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice = choice] {
            applyTheme(choice);
            ui::AppSettings().setTheme(ui::themeChoiceKey(choice));
        });
    }
    m_languageMenu = new ui::LanguageMenu(viewMenu, this);
}

void MainWindow::applyTheme(ui::ThemeChoice choice) {
    m_theme.apply(choice);
    checkThemeAction(choice);
}

void MainWindow::checkThemeAction(ui::ThemeChoice choice) {
    for (QAction* action : m_themeActions->actions())
        action->setChecked(action->data().toString() == ui::themeChoiceKey(choice));
}

void MainWindow::fitToScreen(bool restored) {
    const QScreen* shown = screen();
    if (!shown) return;
    const QRect available = shown->availableGeometry();
    if (!restored) {
        // The first start: the whole available area, whatever the screen (1366×768 is the most common).
        setGeometry(available);
        setWindowState(windowState() | Qt::WindowMaximized);
        return;
    }
    if (isMaximized() || available.contains(frameGeometry())) return;
    const QSize fitted = size().boundedTo(available.size() - (frameGeometry().size() - size()));
    resize(fitted);
    move(available.topLeft());
}

void MainWindow::restoreSettings() {
    ui::AppSettings settings;
    checkThemeAction(m_theme.choice()); // applied before the tabs were built
    fitToScreen(restoreGeometry(settings.windowGeometry()));
    restoreState(settings.windowState());
    m_tabs->setCurrentIndex(qBound(0, settings.currentTab(), m_tabs->count() - 1));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    ui::AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setCurrentTab(m_tabs->currentIndex());
    m_sheetTab->saveSettings();
    m_mnistTab->saveSettings();
    // A run must not outlive the window: stop it now rather than when the tab is destroyed.
    m_mnistTab->controller()->shutDown();
    event->accept();
}

} // namespace bplab::app
