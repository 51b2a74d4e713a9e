// The window on the screen it opens on, and in the colours the user chose: a first start fills the
// screen's available area, a remembered size too big for today's screen is shrunk into it, and
// View › Theme switches between the desktop's colours and our light, dark and high-contrast ones,
// remembered.
#include "app/main_window.h"

#include "ui/common/app_settings.h"
#include "ui/common/palette_colors.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QStyle>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

namespace bplab::app {
namespace {

QAction* themeAction(const MainWindow& window, const QString& key) {
    for (QAction* action : window.themeActions()->actions())
        if (action->data().toString() == key) return action;
    return nullptr;
}

class MainWindowScreen : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        m_palette = QApplication::palette();
        m_style = QApplication::style()->name();
    }
    void TearDown() override {
        QSettings().clear();
        QApplication::setStyle(m_style);
        QApplication::setPalette(m_palette);
    }
    QRect available() const { return QGuiApplication::primaryScreen()->availableGeometry(); }

private:
    QPalette m_palette;
    QString m_style;
};

TEST_F(MainWindowScreen, AFirstStartFillsTheAvailableArea) {
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_TRUE(window.isMaximized());
    EXPECT_TRUE(available().contains(window.geometry()))
        << "on a screen of " << available().width() << "×" << available().height();
    EXPECT_GE(window.width(), available().width() * 9 / 10) << "the window uses the screen, not a fixed size";
}

TEST_F(MainWindowScreen, ARememberedSizeTooBigForTheScreenIsShrunkIntoIt) {
    {
        MainWindow big;
        big.setWindowState(Qt::WindowNoState);
        big.setGeometry(QRect(QPoint(0, 0), available().size() * 2));
        ui::AppSettings().setWindowGeometry(big.saveGeometry());
    }
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    // Shrunk to the screen, or as far as the window can shrink (the offscreen test screen is smaller
    // than any the window is made for), and placed at the screen's corner.
    const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
    EXPECT_LE(window.width(), std::max(available().width(), least.width()));
    EXPECT_LE(window.height(), std::max(available().height(), least.height()));
    EXPECT_LT(window.width(), available().width() * 2) << "not the remembered size";
    EXPECT_TRUE(available().contains(window.frameGeometry().topLeft()));
}

TEST_F(MainWindowScreen, ThemeSwitchesTheColoursAndIsRemembered) {
    const bool desktopIsDark = ui::isDarkPalette(QApplication::palette());
    {
        MainWindow window;
        QAction* dark = themeAction(window, QStringLiteral("dark"));
        ASSERT_NE(dark, nullptr);
        EXPECT_TRUE(themeAction(window, QStringLiteral("system"))->isChecked())
            << "the default follows the desktop";
        dark->trigger();
        EXPECT_TRUE(ui::isDarkPalette(QApplication::palette()));
        EXPECT_TRUE(dark->isChecked());
        EXPECT_EQ(ui::AppSettings().theme(), QStringLiteral("dark"));
        themeAction(window, QStringLiteral("light"))->trigger();
        EXPECT_FALSE(ui::isDarkPalette(QApplication::palette()));
        QAction* highContrast = themeAction(window, QStringLiteral("high-contrast"));
        ASSERT_NE(highContrast, nullptr);
        highContrast->trigger();
        EXPECT_EQ(QApplication::palette().color(QPalette::Base), QColor(Qt::black));
        EXPECT_EQ(QApplication::palette().color(QPalette::Text), QColor(Qt::white));
        EXPECT_EQ(ui::AppSettings().theme(), QStringLiteral("high-contrast"));
        dark->trigger();
    }
    // The window is gone, and the application with it back at the desktop's colours.
    EXPECT_EQ(ui::isDarkPalette(QApplication::palette()), desktopIsDark);
    // A new start: dark before any widget is built, and the menu says so.
    MainWindow again;
    EXPECT_TRUE(ui::isDarkPalette(QApplication::palette()));
    EXPECT_TRUE(themeAction(again, QStringLiteral("dark"))->isChecked());
    // Following the system again gives the desktop's own colours back.
    themeAction(again, QStringLiteral("system"))->trigger();
    EXPECT_EQ(ui::isDarkPalette(QApplication::palette()), desktopIsDark);
    EXPECT_EQ(ui::AppSettings().theme(), QStringLiteral("system"));
}

} // namespace
} // namespace bplab::app
