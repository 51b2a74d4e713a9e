// The window's menus follow the shown tab: File holds that tab's exports and files, never the other
// tab's greyed out. Closing the window during training stops the worker.
#include "app/main_window.h"

#include "tests/support/hang_guard.h"

#include "ui/mnist/mnist_tab.h"
#include "ui/mnist/training/train_settings_panel.h"
#include "ui/mnist/training/training_controller.h"
#include "ui/sheet/backprop_sheet_tab.h"
#include "ui/sheet/lessons/sheet_lessons.h"

#include <QAction>
#include <QElapsedTimer>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
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
        if (!action->isSeparator() && action->isVisible()) // what the menu shows
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
    // Every lower view's exports are in the menu too, named by their view, with the scenario files.
    for (const QList<QAction*>& section : sheet->fileSections()) {
        for (QAction* action : section)
            EXPECT_TRUE(file->actions().contains(action)) << action->text().toStdString();
    }
    for (const QString& expected :
         {QStringLiteral("&Open scenario…"), QStringLiteral("Export landscape &image…"),
          QStringLiteral("Export saturation chart…"), QStringLiteral("Export time-travel CSV…"),
          QStringLiteral("Export quiz as CSV…")})
        EXPECT_TRUE(texts.contains(expected)) << texts.join(", ").toStdString();
    for (const QString& text : texts)
        EXPECT_FALSE(text.endsWith(QStringLiteral("(greyed)"))) << text.toStdString();
    QSettings().clear();
}

TEST(MainWindow, TheLessonsMenuListsTheLessonsWhileTheSheetIsShown) {
    QSettings().clear();
    MainWindow window;
    auto* tabs = window.findChild<QTabWidget*>();
    auto* sheet = window.findChild<ui::BackpropSheetTab*>();
    auto* mnist = window.findChild<ui::MnistTab*>();
    QMenu* lessons = menu(window, QStringLiteral("&Lessons"));
    ASSERT_NE(lessons, nullptr);
    tabs->setCurrentWidget(sheet);
    const QStringList texts = enabledTexts(lessons);
    for (const QString& title : {QStringLiteral("The seed sheet"),
                                 QStringLiteral("Too big a step: divergence"), QStringLiteral("A dead ReLU"),
                                 QStringLiteral("&Open scenario…"), QStringLiteral("&Save scenario…")}) {
        EXPECT_TRUE(texts.contains(title)) << title.toStdString() << " in " << texts.join(", ").toStdString();
    }
    EXPECT_TRUE(lessons->menuAction()->isVisible());
    // Ctrl+O and Ctrl+S belong to the shown tab: the other tab's are off, so a key is never ambiguous.
    const ui::SheetLessons* sheetLessons = sheet->lessons();
    EXPECT_EQ(sheetLessons->openAction()->shortcut(), mnist->loadModelAction()->shortcut());
    EXPECT_TRUE(sheetLessons->openAction()->isEnabled());
    EXPECT_FALSE(mnist->loadModelAction()->isEnabled());
    tabs->setCurrentWidget(mnist);
    EXPECT_FALSE(lessons->menuAction()->isVisible());
    EXPECT_FALSE(sheetLessons->openAction()->isEnabled());
    EXPECT_FALSE(sheetLessons->saveAction()->isEnabled());
    QSettings().clear();
}

TEST(MainWindow, TheTrainingMenuOffersRestoreDefaults) {
    QSettings().clear();
    MainWindow window;
    QMenu* training = menu(window, QStringLiteral("&Training"));
    ASSERT_NE(training, nullptr);
    EXPECT_TRUE(training->actions().contains(window.findChild<ui::MnistTab*>()->restoreDefaultsAction()));
    EXPECT_TRUE(training->actions().contains(window.findChild<ui::MnistTab*>()->findLearningRateAction()));
    QSettings().clear();
}

TEST(MainWindow, ClosingDuringTrainingStopsTheWorkerBeforeCloseReturns) {
    // Guards against a hang, not speed checks.
    const int kLoadTimeoutMs = hangGuardMs(60'000);
    const qint64 kCloseBoundMs = hangGuardMs(10'000);
    QSettings().clear();
    MainWindow window;
    window.show();
    auto* mnist = window.findChild<ui::MnistTab*>();
    ASSERT_NE(mnist, nullptr);
    window.findChild<QTabWidget*>()->setCurrentWidget(mnist); // a hidden tab's actions are off
    if (!mnist->hasData()) {
        QSignalSpy loaded(mnist, &ui::MnistTab::dataLoaded);
        ASSERT_TRUE(loaded.wait(kLoadTimeoutMs)) << "MNIST did not load";
    }
    ASSERT_TRUE(mnist->hasData()) << mnist->dataStatus().toStdString();
    // Long enough that the run is still going when the window closes: 5 epochs of 20,000 images.
    TrainConfig config = mnist->settingsPanel()->config();
    config.epochs = 5;
    config.trainLimit = 20000;
    config.testLimit = 500;
    config.batchSize = 64;
    config.threads = 1; // ctest runs two tests at once on two cores
    mnist->settingsPanel()->setConfig(config);
    ui::TrainingController* controller = mnist->controller();
    QSignalSpy progress(controller, &ui::TrainingController::progress);
    ASSERT_TRUE(mnist->trainAction()->isEnabled());
    mnist->trainAction()->trigger();
    ASSERT_TRUE(progress.wait(kLoadTimeoutMs)) << "training did not start";
    ASSERT_TRUE(controller->isRunning());

    QElapsedTimer closing;
    closing.start();
    EXPECT_TRUE(window.close());
    EXPECT_LT(closing.elapsed(), kCloseBoundMs) << "close() waited too long for the worker";
    EXPECT_FALSE(controller->isRunning()) << "the run outlived the window";
    EXPECT_TRUE(controller->hasShutDown()) << "the worker thread is still running";
    EXPECT_FALSE(window.isVisible());
    QSettings().clear();
}

} // namespace
} // namespace bplab::app
