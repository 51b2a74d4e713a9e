// The sheet tab's panes on a first start: a tall screen gives its extra height to the table (the
// diagram and the chart keep what they need to read well), a short one keeps at least half for
// them, and once the user drags the handle their choice stays through every resize.
#include "ui/sheet/sheet_splitters.h"

#include <QLabel>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace bplab::ui {
namespace {

struct Panes {
    QWidget window;
    QWidget* sheet = new QLabel(QStringLiteral("table"));
    QWidget* chart = new QLabel(QStringLiteral("chart"));
    SheetSplitters* splitters = nullptr;

    Panes() {
        auto* lesson = new QLabel(QStringLiteral("lesson"));
        lesson->hide(); // no lesson open
        auto* tabs = new QTabWidget;
        tabs->addTab(new QLabel(QStringLiteral("diagram")), QStringLiteral("Network"));
        splitters =
            new SheetSplitters(new QLabel(QStringLiteral("controls")), sheet, lesson, tabs, chart, &window);
    }
    void showAt(QSize size) {
        window.resize(size);
        splitters->resize(size);
        window.show();
        QCoreApplication::processEvents();
    }
    QSplitter* rows() const {
        for (QSplitter* splitter : splitters->findChildren<QSplitter*>())
            if (splitter->orientation() == Qt::Vertical) return splitter;
        return nullptr;
    }
};

TEST(SheetSplittersRows, ATallTabGivesItsExtraHeightToTheTable) {
    Panes panes;
    panes.showAt(QSize(1900, 1000));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panes.window));
    const int handle = panes.rows()->handleWidth();
    EXPECT_EQ(panes.chart->height(), SheetSplitters::kComfortableLowerHeight);
    EXPECT_EQ(panes.sheet->height(), 1000 - handle - SheetSplitters::kComfortableLowerHeight);
    // Taller still: all of it goes to the table.
    panes.splitters->resize(1900, 1200);
    QCoreApplication::processEvents();
    EXPECT_EQ(panes.chart->height(), SheetSplitters::kComfortableLowerHeight);
    EXPECT_EQ(panes.sheet->height(), 1200 - handle - SheetSplitters::kComfortableLowerHeight);
}

TEST(SheetSplittersRows, AShortTabKeepsAtLeastHalfForTheDiagramAndChart) {
    Panes panes;
    const int height = 2 * SheetSplitters::kComfortableLowerHeight - 100;
    panes.showAt(QSize(1300, height));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panes.window));
    EXPECT_GE(panes.chart->height(), (height - panes.rows()->handleWidth()) / 2);
    EXPECT_GT(panes.sheet->height(), 0);
}

TEST(SheetSplittersRows, ADraggedHandleStaysWhereTheUserPutIt) {
    Panes panes;
    panes.showAt(QSize(1900, 1000));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panes.window));
    QSplitterHandle* handle = panes.rows()->handle(1);
    const QPoint middle = handle->rect().center();
    QTest::mousePress(handle, Qt::LeftButton, {}, middle);
    QTest::mouseMove(handle, middle + QPoint(0, 200));
    QTest::mouseRelease(handle, Qt::LeftButton, {}, middle + QPoint(0, 200));
    const int chosen = panes.chart->height();
    ASSERT_LT(chosen, SheetSplitters::kComfortableLowerHeight - 100) << "the drag moved the handle down";
    panes.splitters->resize(1900, 1100);
    QCoreApplication::processEvents();
    EXPECT_LT(panes.chart->height(), SheetSplitters::kComfortableLowerHeight - 50)
        << "a resize after a drag keeps the user's choice, not the proposal";
}

} // namespace
} // namespace bplab::ui
