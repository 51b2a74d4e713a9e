// The Ctrl+C guard of `backprop-lab train`: SIGINT inside its scope only raises its flag (the process
// goes on), and the handler it replaced is back once the scope ends, by an exception too.
#include "app/cli/interrupt_guard.h"

#include <gtest/gtest.h>

#include <csignal>
#include <stdexcept>

namespace bplab::app {
namespace {

// A stand-in for whatever handler the process had before (the shell's default would end the test).
volatile std::sig_atomic_t g_earlierHandlerCalls = 0;
extern "C" void earlierHandler(int) { g_earlierHandlerCalls = g_earlierHandlerCalls + 1; }

using Handler = void (*)(int);

// The handler now installed for SIGINT (std::signal answers with the one it replaces).
Handler currentHandler() {
    const Handler current = std::signal(SIGINT, SIG_IGN);
    std::signal(SIGINT, current);
    return current;
}

TEST(InterruptGuard, SigintInsideTheScopeRequestsAStop) {
    const Handler before = std::signal(SIGINT, earlierHandler);
    g_earlierHandlerCalls = 0;
    {
        const InterruptGuard guard;
        EXPECT_FALSE(guard.interrupted());
        std::raise(SIGINT); // the handler runs before raise returns
        EXPECT_TRUE(guard.interrupted());
        EXPECT_EQ(g_earlierHandlerCalls, 0) << "the guard's handler, not the earlier one, took it";
    }
    const InterruptGuard next;
    EXPECT_FALSE(next.interrupted()) << "a new guard starts without the old request";
    std::signal(SIGINT, before);
}

TEST(InterruptGuard, RestoresThePreviousHandlerWhenAnExceptionLeavesItsScope) {
    const Handler before = std::signal(SIGINT, earlierHandler);
    try {
        const InterruptGuard guard;
        EXPECT_NE(currentHandler(), earlierHandler);
        throw std::runtime_error("could not save the checkpoint"); // as a failing --save would
    } catch (const std::runtime_error&) {
    }
    EXPECT_EQ(currentHandler(), earlierHandler);
    g_earlierHandlerCalls = 0;
    std::raise(SIGINT);
    EXPECT_EQ(g_earlierHandlerCalls, 1);
    std::signal(SIGINT, before);
}

} // namespace
} // namespace bplab::app
