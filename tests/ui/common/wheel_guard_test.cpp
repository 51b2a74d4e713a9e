// takeWheelOnlyWhenFocused: the wheel over a value box scrolls the column until the box has the focus.
#include "ui/common/wheel_guard.h"

#include <QApplication>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

void turnWheelOver(QWidget* widget, int notches) {
    const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, -120 * notches), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

TEST(WheelGuard, TheWheelScrollsTheColumnUntilTheBoxHasTheFocus) {
    QScrollArea area;
    auto* column = new QWidget;
    auto* layout = new QVBoxLayout(column);
    auto* box = new QSpinBox;
    box->setRange(0, 100);
    box->setValue(50);
    layout->addWidget(box);
    layout->addSpacing(2000); // taller than the area: it scrolls
    area.setWidget(column);
    area.resize(200, 200);
    takeWheelOnlyWhenFocused(column);
    QLineEdit elsewhere; // where the focus is: the box gets none until clicked
    elsewhere.show();
    area.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&area));
    elsewhere.activateWindow();
    elsewhere.setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&elsewhere] { return elsewhere.hasFocus(); }));
    ASSERT_FALSE(box->hasFocus());

    turnWheelOver(box, 3);
    EXPECT_EQ(box->value(), 50) << "an unfocused box keeps its value";
    EXPECT_GT(area.verticalScrollBar()->value(), 0) << "the column scrolled instead";
    EXPECT_EQ(box->focusPolicy(), Qt::StrongFocus);

    area.verticalScrollBar()->setValue(0);
    area.activateWindow();
    box->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([box] { return box->hasFocus(); }));
    turnWheelOver(box, 1);
    EXPECT_EQ(box->value(), 49) << "a focused box takes the wheel, as a student who clicked it expects";
}

} // namespace
} // namespace bplab::ui
