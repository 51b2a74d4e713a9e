// The window's menus follow the shown tab: File holds that tab's exports and files, never the other
// tab's greyed out.
#include "app/main_window.h"

#include "ui/mnist/mnist_tab.h"
#include "ui/sheet/backprop_sheet_tab.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>

#include <gtest/gtest.h>

namespace bplab::app {
namespace {

QMenu* menu(MainWindow& window, const QString& title) {
    for (QAction* action : window.menuBar()->actions()) {
        if (action->text() == title) return action->menu();
    }
    return nullptr;
}

QStringList enabledTexts(QMenu* menu) {
    QStringList texts;
    for (QAction* action : menu->actions()) {
        if (!action->isSeparator())
            texts << (action->isEnabled() ? action->text() : action->text() + " (greyed)");
    }
    return texts;
}

TEST(MainWindow, TheFileMenuShowsTheShownTabsExports) {
    QSettings().clear();
    MainWindow window;
    auto* tabs = window.findChild<QTabWidget*>();
    ASSERT_NE(tabs, nullptr);
    QMenu* file = menu(window, QStringLiteral("&File"));
    ASSERT_NE(file, nullptr);
    auto* sheet = window.findChild<ui::BackpropSheetTab*>();
    auto* mnist = window.findChild<ui::MnistTab*>();

    tabs->setCurrentWidget(mnist);
    QStringList texts = enabledTexts(file);
    EXPECT_TRUE(texts.contains(QStringLiteral("Export &accuracy chart…"))) << texts.join(", ").toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Export l&oss chart…"))) << texts.join(", ").toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Export &metrics as CSV…"))) << texts.join(", ").toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("&Get MNIST…"))) << texts.join(", ").toStdString();
    EXPECT_FALSE(file->actions().contains(sheet->exportChartAction()))
        << "the sheet's export is not offered here";
    EXPECT_EQ(file->actions().last()->text(), QStringLiteral("&Quit"));

    tabs->setCurrentWidget(sheet);
    texts = enabledTexts(file);
    EXPECT_TRUE(file->actions().contains(sheet->exportChartAction()));
    EXPECT_TRUE(sheet->exportChartAction()->isEnabled());
    EXPECT_FALSE(file->actions().contains(mnist->exportAccuracyAction())) << texts.join(", ").toStdString();
    for (const QString& text : texts)
        EXPECT_FALSE(text.endsWith(QStringLiteral("(greyed)"))) << text.toStdString();
    QSettings().clear();
}

TEST(MainWindow, TheTrainingMenuOffersRestoreDefaults) {
    QSettings().clear();
    MainWindow window;
    QMenu* training = menu(window, QStringLiteral("&Training"));
    ASSERT_NE(training, nullptr);
    EXPECT_TRUE(training->actions().contains(window.findChild<ui::MnistTab*>()->restoreDefaultsAction()));
    QSettings().clear();
}

} // namespace
} // namespace bplab::app
