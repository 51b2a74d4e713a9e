#pragma once

namespace bplab::app {

// Exit codes of the command line.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1; // the work itself failed (a file could not be written, ...)
inline constexpr int kExitUsage = 2;   // bad arguments: unknown option, bad value, unknown name
// train only: the loss diverged (the CSV and --save hold the last good epoch); Ctrl+C, as shells report it.
inline constexpr int kExitDiverged = 3;
inline constexpr int kExitInterrupted = 130;

// True when argv asks for the command line (a command such as `sheet`, or --help / --version)
// rather than the GUI. Qt's own GUI options such as `-platform offscreen` leave it false.
bool wantsCommandLine(int argc, char** argv);

// Runs the command line; needs no display. Returns the process exit code.
int runCommandLine(int argc, char** argv);

} // namespace bplab::app
