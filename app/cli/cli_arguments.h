#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <iosfwd>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>

namespace bplab::app {

// Bad arguments, with the sentence the user reads; the command reports it and exits with kExitUsage.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Parses `arguments` (without the program and the command word) with `parser`, which must have its
// help option added. Returns the exit code when the command is done already: help printed, or a usage
// error (unknown option, stray argument) reported. Returns nothing when the command should run.
std::optional<int> parseCommandArguments(QCommandLineParser& parser, const std::string& command,
                                         const QStringList& arguments, std::ostream& out, std::ostream& err);

// Writes "backprop-lab COMMAND: MESSAGE" and where to find help.
void reportUsageError(std::ostream& err, const std::string& command, const std::string& message);

// Runs a command's body: a UsageError is reported as such (kExitUsage), any other exception as
// "backprop-lab COMMAND: what went wrong" (kExitFailure); otherwise the body's exit code.
int runReportingErrors(const std::string& command, std::ostream& err, const std::function<int()>& body);

// `text` as a number; `what` names it in the error ("w1 must be a number, not 'abc'").
double parseNumber(const QString& text, const std::string& what);
// `text` as a whole number in [low, high]; `what` names it in the error.
long long parseWholeNumber(const QString& text, const std::string& what, long long low, long long high);

} // namespace bplab::app
