#pragma once

#include "app/cli/command_table.h"

#include <QString>

#include <string>
#include <vector>

namespace bplab::app {

// The man page backprop-lab(1) in roff (man macros), made from the command table: NAME, SYNOPSIS,
// DESCRIPTION, OPTIONS, COMMANDS with every option of each, EXIT STATUS, ENVIRONMENT, FILES, SEE ALSO.
// `version` goes into the title line; `summary` is the NAME line's description (the project's). No date:
// the same table gives the same page, byte for byte (reproducible packages).
std::string manPage(const std::vector<CommandEntry>& commands, const QString& version,
                    const QString& summary);

// `text` as roff running text: backslashes and hyphens escaped (\e, \-: a hyphen in an option name must
// stay an ASCII minus for copy and paste), other characters beyond ASCII as \[uXXXX] (groff without
// preconv reads Latin-1), and a leading dot or quote made harmless (\&).
QString roffText(const QString& text);

} // namespace bplab::app
