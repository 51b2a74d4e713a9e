#pragma once

#include <QtGlobal>

namespace bplab {

// How long a test waits for something before it calls it a hang: `milliseconds`, times the
// BACKPROP_LAB_TEST_SLOWDOWN factor that the sanitizer presets set (their builds run several times
// slower). A guard against hanging forever, never a speed check.
inline int hangGuardMs(int milliseconds) {
    bool ok = false;
    const int factor = qEnvironmentVariableIntValue("BACKPROP_LAB_TEST_SLOWDOWN", &ok);
    return ok && factor > 1 ? milliseconds * factor : milliseconds;
}

} // namespace bplab
