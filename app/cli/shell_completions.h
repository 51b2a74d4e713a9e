#pragma once

#include "app/cli/command_table.h"

#include <QString>

#include <string>
#include <vector>

namespace bplab::app {

// Completion scripts for `backprop-lab`, made from the command table: the commands after the program,
// each command's options after it, and for an option's value what the table says: files, folders or its
// fixed words (activations, losses, lesson names, optimizers, ...).

// For bash: defines _backprop_lab and registers it with `complete -F` (bash-completion's completions/).
std::string bashCompletion(const std::vector<CommandEntry>& commands);
// For zsh: an autoloaded #compdef function file, _backprop-lab (vendor-completions/).
std::string zshCompletion(const std::vector<CommandEntry>& commands);
// For fish: `complete -c backprop-lab` lines (vendor_completions.d/).
std::string fishCompletion(const std::vector<CommandEntry>& commands);

// A menu's short text: `help` up to its first sentence's end, without the full stop.
QString firstSentence(const QString& help);

} // namespace bplab::app
