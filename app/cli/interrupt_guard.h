#pragma once

namespace bplab::app {

// Ctrl+C during a long command: while a guard lives, SIGINT only sets a flag that the command polls
// (the training loop, after every batch) instead of ending the process. Its destructor puts back the
// handler it replaced, also when an exception leaves the command. One at a time: the handler can
// reach nothing but one process-wide flag.
class InterruptGuard {
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

    // Whether SIGINT arrived since this guard was made.
    bool interrupted() const;

private:
    using Handler = void (*)(int);
    Handler m_previous;
};

} // namespace bplab::app
