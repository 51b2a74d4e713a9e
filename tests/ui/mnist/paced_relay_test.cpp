// The training thread's reports reach the views one per turn of the event loop, in the order sent,
// so the window's own events (a repaint, a key) come in between instead of waiting for all of them.
#include "ui/mnist/training/paced_relay.h"

#include <QCoreApplication>
#include <QStringList>
#include <QEventLoop>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

namespace bplab::ui {
namespace {

TEST(PacedRelay, RunsOneCallPerTurnInOrderWithTheWindowsEventsBetween) {
    PacedRelay relay;
    QObject window; // stands for the window: its events are posted as a repaint would be
    QStringList log;
    auto report = [&](const QString& name) {
        return [&, name] {
            log << name;
            // Something the report made the window do next (a repaint): posted, not run at once.
            QMetaObject::invokeMethod(&window, [&log, name] { log << "window after " + name; }, Qt::QueuedConnection);
        };
    };
    relay.post(report("progress"));
    relay.post(report("results"));
    relay.post(report("model"));
    EXPECT_EQ(relay.pending(), 3U);
    EXPECT_TRUE(log.isEmpty()); // nothing runs inside post()
    ASSERT_TRUE(QTest::qWaitFor([&] { return log.size() == 6; }, 2000)) << log.join(", ").toStdString();
    EXPECT_EQ(log, (QStringList{"progress", "window after progress", "results", "window after results", "model",
                                "window after model"}));
    EXPECT_EQ(relay.pending(), 0U);
}

TEST(PacedRelay, ACallThatPostsAnotherRunsItAfterTheOnesWaiting) {
    PacedRelay relay;
    QStringList log;
    relay.post([&] {
        log << "first";
        relay.post([&] { log << "posted by first"; });
    });
    relay.post([&] { log << "second"; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return log.size() == 3; }, 2000)) << log.join(", ").toStdString();
    EXPECT_EQ(log, (QStringList{"first", "second", "posted by first"}));
}

TEST(PacedRelay, ACallMayDeleteTheRelay) {
    auto relay = std::make_unique<PacedRelay>();
    bool ran = false;
    relay->post([&] { relay.reset(); });
    relay->post([&] { ran = true; }); // dropped with the relay
    ASSERT_TRUE(QTest::qWaitFor([&] { return !relay; }, 2000));
    QCoreApplication::processEvents();
    EXPECT_FALSE(ran);
}

TEST(PacedRelay, ACallThatRunsAnEventLoopDoesNotRunTheNextInsideIt) {
    PacedRelay relay;
    QStringList log;
    relay.post([&] {
        log << "dialog opens";
        relay.post([&] { log << "report"; }); // arrives while the dialog's loop runs
        QEventLoop dialog;
        QTimer::singleShot(50, &dialog, &QEventLoop::quit);
        dialog.exec();
        log << "dialog closes";
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return log.size() == 3; }, 2000)) << log.join(", ").toStdString();
    EXPECT_EQ(log, (QStringList{"dialog opens", "dialog closes", "report"}));
}

TEST(PacedRelay, ABacklogOverItsBoundIsWorkedDownInOneTurn) {
    PacedRelay relay;
    QObject window;
    QStringList log;
    const auto total = static_cast<int>(PacedRelay::kMaxBacklog) + 10;
    for (int i = 0; i < total; ++i) {
        relay.post([&, i] {
            log << QString::number(i);
            if (i == 0) // the window's next event: it comes when this turn is over
                QMetaObject::invokeMethod(&window, [&log] { log << "window"; }, Qt::QueuedConnection);
        });
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return log.size() == total + 1; }, 5000)) << log.join(", ").toStdString();
    // The first turn ran calls 0-9, until 30 were left, before the window's event.
    EXPECT_EQ(log.indexOf("window"), 10) << log.join(", ").toStdString();
    EXPECT_EQ(relay.pending(), 0U);
}

} // namespace
} // namespace bplab::ui
