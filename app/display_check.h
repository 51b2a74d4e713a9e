#pragma once

#include <QString>

namespace bplab::app {

// Whether a GUI can start. Without this check Qt's xcb plugin aborts the process with a core dump
// when there is no X server, which is what a user running the setup over SSH would meet.
// Returns an empty string when a display is usable, or a message saying what is missing.
QString missingDisplayReason(int argc, char** argv);

} // namespace bplab::app
