// The window's Help menu: F1 opens the guide at the page of the view with the focus; Keyboard
// shortcuts lists every menu action that has one; About names the versions and the kernels' instruction set.
#include "app/main_window.h"

#include "core/mnist/libtorch_version.h"
#include "core/mnist/mnist_trainer.h"
#include "ui/common/guide_browser.h"
#include "ui/common/guide_contents.h"
#include "ui/common/help_menu.h"
#include "ui/common/help_page.h"
#include "ui/common/help_window.h"
#include "ui/common/shortcuts_dialog.h"
#include "ui/mnist/inside/inside_network_view.h"
#include "ui/mnist/lr_range/lr_range_dialog.h"
#include "ui/mnist/mnist_tab.h"
#include "ui/mnist/training/train_settings_panel.h"
#include "ui/sheet/backprop_sheet_tab.h"
#include "ui/sheet/lessons/lesson_panel.h"
#include "ui/sheet/lessons/sheet_lessons.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <functional>

#include <gtest/gtest.h>

namespace bplab::app {
namespace {

// The page the help window shows after F1 on `widget` (given the focus first), as a path under docs/.
QString pageAfterF1(MainWindow& window, QWidget* widget) {
    widget->setFocus(Qt::OtherFocusReason);
    EXPECT_EQ(QApplication::focusWidget(), widget)
        << (QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none")
        << " has it, not " << widget->metaObject()->className();
    QTest::keyClick(widget, Qt::Key_F1);
    auto* help = window.findChild<ui::HelpMenu*>()->helpWindow();
    if (!help) return QStringLiteral("(no help window)");
    return ui::guidePathOf(help->browser()->source());
}

QString stepCellKeys(MainWindow& window) {
    QStringList keys;
    for (const QKeySequence& key : window.findChild<ui::BackpropSheetTab*>()->stepCellAction()->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

struct ShownWindow {
    MainWindow window;
    ShownWindow() {
        window.show();
        window.activateWindow(); // QApplication::setActiveWindow is deprecated from Qt 6.5
        EXPECT_TRUE(QTest::qWaitForWindowActive(&window));
    }
};

TEST(MainWindowHelp, F1OpensThePageOfTheViewWithTheFocus) {
    QSettings().clear();
    ShownWindow shown;
    MainWindow& window = shown.window;
    auto* tabs = window.findChild<QTabWidget*>();
    auto* sheet = window.findChild<ui::BackpropSheetTab*>();
    auto* mnist = window.findChild<ui::MnistTab*>();

    tabs->setCurrentWidget(sheet);
    EXPECT_EQ(pageAfterF1(window, sheet->tableView()), QStringLiteral("guide/sheet.md"));
    auto* helpWindow = window.findChild<ui::HelpMenu*>()->helpWindow();
    EXPECT_TRUE(helpWindow->isVisible());

    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitFor([&window] { return QApplication::activeWindow() == &window; }));
    tabs->setCurrentWidget(mnist);
    auto* field = mnist->settingsPanel()->findChild<QAbstractSpinBox*>();
    ASSERT_NE(field, nullptr);
    EXPECT_EQ(pageAfterF1(window, field), QStringLiteral("guide/mnist.md"));
    EXPECT_EQ(window.findChild<ui::HelpMenu*>()->helpWindow(), helpWindow) << "one help window";

    // F1 inside the help window keeps the page being read.
    helpWindow->activateWindow();
    // (qWaitForWindowActive would not do: a transient window counts as active while its parent is.)
    ASSERT_TRUE(QTest::qWaitFor([helpWindow] { return QApplication::activeWindow() == helpWindow; }));
    EXPECT_EQ(pageAfterF1(window, helpWindow->browser()), QStringLiteral("guide/mnist.md"));
    QSettings().clear();
}

// Outside any view (the tabs' bar has the focus, as after a click on a tab): the shown tab's page.
TEST(MainWindowHelp, F1OnTheTabBarOpensTheShownTabsPage) {
    QSettings().clear();
    ShownWindow shown;
    MainWindow& window = shown.window;
    auto* tabs = window.findChild<QTabWidget*>();
    tabs->setCurrentWidget(window.findChild<ui::BackpropSheetTab*>());
    tabs->tabBar()->setFocusPolicy(Qt::StrongFocus);
    EXPECT_EQ(pageAfterF1(window, tabs->tabBar()), QStringLiteral("guide/sheet.md"));
    QSettings().clear();
}

TEST(MainWindowHelp, EachViewNamesItsPage) {
    QSettings().clear();
    MainWindow window;
    auto* sheet = window.findChild<ui::BackpropSheetTab*>();
    auto* mnist = window.findChild<ui::MnistTab*>();
    EXPECT_EQ(ui::helpPageFor(sheet->tableView()), QStringLiteral("guide/sheet.md"));
    EXPECT_EQ(ui::helpPageFor(sheet->lessons()->panel()), QStringLiteral("guide/lessons.md"));
    EXPECT_EQ(ui::helpPageFor(mnist->findChild<ui::InsideNetworkView*>()),
              QStringLiteral("guide/inside-the-network.md"));
    window.findChild<QTabWidget*>()->setCurrentWidget(mnist); // a hidden tab's actions are off
    mnist->findLearningRateAction()->setEnabled(true);        // with no MNIST data too
    mnist->findLearningRateAction()->trigger();               // opens the range test's window
    auto* rangeTest = mnist->findChild<ui::LrRangeDialog*>();
    ASSERT_NE(rangeTest, nullptr);
    EXPECT_EQ(ui::helpPageFor(rangeTest), QStringLiteral("guide/lr-range-test.md"));
    rangeTest->close();
    // An own network on the sheet: its own page.
    ASSERT_TRUE(sheet->lessons()->loadBuiltInNetwork(QStringLiteral("symmetry")));
    EXPECT_EQ(ui::helpPageFor(sheet->tableView()), QStringLiteral("guide/your-own-network.md"));
    // Every page a view names is in the guide.
    for (const QWidget* widget : window.findChildren<QWidget*>()) {
        const QString page = ui::helpPageFor(widget);
        if (!page.isEmpty()) {
            EXPECT_TRUE(ui::isCompiledIn(ui::guideUrl(page))) << page.toStdString();
        }
    }
    QSettings().clear();
}

TEST(MainWindowHelp, TheShortcutsListHasEveryMenuActionWithAShortcut) {
    QSettings().clear();
    MainWindow window;
    auto* help = window.findChild<ui::HelpMenu*>();
    help->shortcutsAction()->trigger();
    auto* dialog = window.findChild<ui::ShortcutsDialog*>();
    ASSERT_NE(dialog, nullptr);
    QStringList lines; // "Step cell: Space, F10"
    QTreeWidget* tree = dialog->tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int e = 0; e < tree->topLevelItem(g)->childCount(); ++e) {
            const QTreeWidgetItem* entry = tree->topLevelItem(g)->child(e);
            lines << entry->text(0) + QStringLiteral(": ") + entry->text(1);
        }
    }
    // UX.md: Step cell on Space or F10.
    const QString stepCell = QStringLiteral("Step cell: ") + stepCellKeys(window);
    EXPECT_TRUE(lines.contains(stepCell)) << lines.join(QStringLiteral(" | ")).toStdString();
    EXPECT_TRUE(stepCell.contains(QStringLiteral("F10")));
    EXPECT_TRUE(lines.contains(QStringLiteral("User guide: F1")))
        << lines.join(QStringLiteral(" | ")).toStdString();
    // Every action with a shortcut in any menu, submenus included, is listed with its keys.
    int withShortcut = 0;
    std::function<void(const QMenu*)> visit = [&](const QMenu* menu) {
        for (const QAction* action : menu->actions()) {
            if (action->menu()) {
                visit(action->menu());
            } else if (!action->shortcuts().isEmpty()) {
                ++withShortcut;
                const QString keys = action->shortcut().toString(QKeySequence::NativeText);
                const bool listed = std::any_of(lines.cbegin(), lines.cend(), [&](const QString& line) {
                    return line.contains(keys) &&
                           line.startsWith(QString(action->text()).remove(QLatin1Char('&')));
                });
                EXPECT_TRUE(listed) << action->text().toStdString() << " (" << keys.toStdString() << ")";
            }
        }
    };
    for (const QAction* entry : window.menuBar()->actions()) {
        if (entry->menu()) visit(entry->menu());
    }
    EXPECT_GE(withShortcut, 15);
    QSettings().clear();
}

TEST(MainWindowHelp, AboutNamesTheVersionsLicenceAndInstructionSet) {
    QSettings().clear();
    MainWindow window;
    QString text;
    QTimer::singleShot(0, &window, [&text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) return;
        text = box->text();
        box->accept();
    });
    window.findChild<ui::HelpMenu*>()->aboutAction()->trigger();
    EXPECT_TRUE(text.contains(QString::fromLatin1(qVersion()))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("MIT License"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Help › User guide › Licence"))) << text.toStdString();
    const std::string torch = libtorchVersion();
    EXPECT_TRUE(QRegularExpression(QStringLiteral(R"(^\d+\.\d+\.\d+)"))
                    .match(QString::fromStdString(torch))
                    .hasMatch())
        << torch;
    EXPECT_TRUE(text.contains(QString::fromStdString(torch))) << text.toStdString();
    const QString isa = QString::fromStdString(MnistTrainer::nativeInstructionSet());
    EXPECT_TRUE(text.contains(isa.isEmpty() ? QStringLiteral("no AVX2") : isa)) << text.toStdString();
    QSettings().clear();
}

} // namespace
} // namespace bplab::app
