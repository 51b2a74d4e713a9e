#include "ui/mnist/training/paced_relay.h"

#include <QPointer>

namespace bplab::ui {

PacedRelay::PacedRelay(QObject* parent)
    : QObject(parent) {
    m_next.setSingleShot(true);
    m_next.setInterval(0);
    connect(&m_next, &QTimer::timeout, this, &PacedRelay::runNext);
}

void PacedRelay::post(std::function<void()> call) {
    m_calls.push_back(std::move(call));
    // Not while a call runs: one that runs an event loop of its own (a message box) would see the next
    // run inside it; runNext() schedules the next when the call returns.
    if (!m_inCall && !m_next.isActive()) m_next.start();
}

void PacedRelay::runNext() {
    const QPointer<PacedRelay> alive(this); // a call that closes the window may delete this relay
    // One call, and more only while the backlog is over kMaxBacklog: on a display too slow for one a
    // turn, the reports would otherwise pile up and the views fall ever further behind.
    do {
        if (m_calls.empty()) return;
        // Taken off first: the call may post another (it then runs after the ones already waiting).
        const std::function<void()> call = std::move(m_calls.front());
        m_calls.pop_front();
        m_inCall = true;
        call();
        if (!alive) return;
        m_inCall = false;
    } while (m_calls.size() > kMaxBacklog);
    if (!m_calls.empty() && !m_next.isActive()) m_next.start();
}

} // namespace bplab::ui
