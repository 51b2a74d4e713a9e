#pragma once

#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

namespace bplab::ui {

// Runs queued calls in order, one per turn of the event loop. At an epoch's end the training thread
// reports six things at once (progress, loss and rate points, health, results, a model copy), and
// each sets several views to work; run back to back they kept the window from repainting or taking
// input for 50 ms and more. One per turn, the window's own events (a repaint, a key) come in between.
class PacedRelay : public QObject {
    Q_OBJECT
public:
    explicit PacedRelay(QObject* parent = nullptr);

    // Runs `call` after every call posted before it, in a later turn of this thread's event loop.
    void post(std::function<void()> call);
    // Calls posted and not yet run.
    std::size_t pending() const { return m_calls.size(); }
    // Past this many waiting calls (the worker sends about 30 a second), a turn runs calls until the
    // backlog is back to it, so a slow display lets the views fall behind by a second at most.
    static constexpr std::size_t kMaxBacklog = 30;

private:
    void runNext();

    std::deque<std::function<void()>> m_calls;
    bool m_inCall = false; // a call is running: the next waits until it returns
    QTimer m_next{this};   // 0 ms, single shot: the next turn of the event loop
};

} // namespace bplab::ui
