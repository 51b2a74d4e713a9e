#pragma once

#include <QStringList>

#include <iosfwd>

namespace bplab::app {

// `backprop-lab sheet [--scenario NAME|FILE] [--lr X] [--iterations N] [--activation A] [--set name=value ...] [--csv FILE]`:
// runs the backprop sheet and prints (or writes) the whole table as CSV. With any network option
// (`--layers`, `--data`, `--batch`, `--init`, …; see network_sheet_options.h) it runs that network on
// the general engine instead. `arguments` excludes the
// program name and the word "sheet". Returns the exit code (see command_line.h).
int runSheetCommand(const QStringList& arguments, std::ostream& out, std::ostream& err);

} // namespace bplab::app
