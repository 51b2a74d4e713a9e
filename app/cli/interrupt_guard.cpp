#include "app/cli/interrupt_guard.h"

#include <atomic>
#include <csignal>

namespace bplab::app {

namespace {

// The one piece of process-wide state: a signal handler may touch only lock-free atomics (and
// volatile std::sig_atomic_t); anything behind a lock or a pointer could be half-written when it runs.
std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "a signal handler may only use lock-free atomics");

extern "C" void onInterrupt(int) { g_interrupted.store(true); }

} // namespace

InterruptGuard::InterruptGuard() {
    g_interrupted.store(false);
    m_previous = std::signal(SIGINT, onInterrupt);
}

InterruptGuard::~InterruptGuard() {
    // SIG_ERR: installing failed, so the previous handler is still in place.
    if (m_previous != SIG_ERR) std::signal(SIGINT, m_previous);
}

bool InterruptGuard::interrupted() const { return g_interrupted.load(); }

} // namespace bplab::app
