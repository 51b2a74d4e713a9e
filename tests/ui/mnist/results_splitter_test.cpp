// The MNIST tab's right side: the charts keep most of the height, a lower tab that needs more (Inside
// the network) gets it while shown, up to half, and a drag of the handle is the user's to keep.
#include "ui/mnist/results/results_splitter.h"

#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

// A page that asks for `height` pixels.
class Page : public QWidget {
public:
    explicit Page(int height)
        : m_height(height) {}
    QSize sizeHint() const override { return {200, m_height}; }

private:
    int m_height;
};

TEST(ResultsSplitter, ATallLowerTabGetsItsHeightUpToHalfAndGivesItBack) {
    auto* charts = new QWidget;
    auto* tabs = new QTabWidget;
    tabs->addTab(new Page(100), QStringLiteral("Try it"));
    tabs->addTab(new Page(300), QStringLiteral("Matrix"));
    tabs->addTab(new Page(900), QStringLiteral("Inside"));
    ResultsSplitter splitter(charts, tabs);
    splitter.resize(600, 800);
    splitter.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&splitter));
    const int total = splitter.height() - splitter.handleWidth();
    const int bar = tabs->tabBar()->sizeHint().height() + 8;

    // 100 px asked: the default share, 34 % of the height (the charts are the main pane).
    EXPECT_NEAR(splitter.sizes()[1], total * 34 / 100, 2);
    // 300 px and the tab bar: more than 34 %, less than half: what it asks.
    tabs->setCurrentIndex(1);
    EXPECT_NEAR(splitter.sizes()[1], 300 + bar, 2);
    // 900 px: half at most; the charts keep the other half.
    tabs->setCurrentIndex(2);
    EXPECT_NEAR(splitter.sizes()[1], total / 2, 2);
    tabs->setCurrentIndex(0);
    EXPECT_NEAR(splitter.sizes()[1], total * 34 / 100, 2) << "a smaller tab gives the room back";

    // The user drags the handle 100 px up: from then on the sizes are theirs.
    QSplitterHandle* handle = splitter.handle(1);
    const QPoint middle = handle->rect().center();
    QTest::mousePress(handle, Qt::LeftButton, {}, middle);
    QTest::mouseMove(handle, middle - QPoint(0, 100));
    QTest::mouseRelease(handle, Qt::LeftButton, {}, middle - QPoint(0, 100));
    const int dragged = splitter.sizes()[1];
    EXPECT_GT(dragged, total * 34 / 100 + 50);
    tabs->setCurrentIndex(1);
    EXPECT_EQ(splitter.sizes()[1], dragged);
}

} // namespace
} // namespace bplab::ui
