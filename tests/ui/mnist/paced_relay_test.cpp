// The training thread's reports reach the views one per turn of the event loop, in the order sent,
// so the window's own events (a repaint, a key) come in between instead of waiting for all of them.
#include "ui/mnist/training/paced_relay.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTest>

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
    QTRY_COMPARE_WITH_TIMEOUT(log.size(), 6, 2000);
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
    QTRY_COMPARE_WITH_TIMEOUT(log.size(), 3, 2000);
    EXPECT_EQ(log, (QStringList{"first", "second", "posted by first"}));
}

TEST(PacedRelay, ACallMayDeleteTheRelay) {
    auto relay = std::make_unique<PacedRelay>();
    bool ran = false;
    relay->post([&] { relay.reset(); });
    relay->post([&] { ran = true; }); // dropped with the relay
    QTRY_VERIFY_WITH_TIMEOUT(!relay, 2000);
    QCoreApplication::processEvents();
    EXPECT_FALSE(ran);
}

} // namespace
} // namespace bplab::ui
