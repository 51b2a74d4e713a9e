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
    if (!m_next.isActive()) m_next.start();
}

void PacedRelay::runNext() {
    if (m_calls.empty()) return;
    // Taken off first: the call may post another (it then runs after the ones already waiting). The
    // next is scheduled after it returns, so a call that runs an event loop of its own (a message box)
    // does not see the next one run inside it; a call that closes the window may delete this relay.
    const std::function<void()> call = std::move(m_calls.front());
    m_calls.pop_front();
    const QPointer<PacedRelay> alive(this);
    call();
    if (alive && !m_calls.empty() && !m_next.isActive()) m_next.start();
}

} // namespace bplab::ui
