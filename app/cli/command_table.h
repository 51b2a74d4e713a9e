#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace bplab::app {

// What a shell may complete as an option's value.
enum class ValueKind {
    None,      // a switch: the option takes no value
    Text,      // a value no shell can guess (a number, a list); only `words`, if any
    File,      // a file, or one of `words`
    Directory, // a folder
};

// One option as the command table lists it: the option the parser takes, and what completes its value.
struct TableOption {
    // The kind follows the value name: none for a switch, FILE (also "NAME|FILE") a file, DIR a folder,
    // anything else text. `words` are the fixed values; without them, the value name's lower-case
    // alternatives ("sum|mean", "full|K" → full).
    explicit TableOption(QCommandLineOption parsed, QStringList fixedWords = {});

    QCommandLineOption option;
    ValueKind value;
    QStringList words;
};

// One command of `backprop-lab COMMAND [OPTIONS]`.
struct CommandEntry {
    QString name;                    // the word after backprop-lab
    QString summary;                 // one line, for the usage text and the completions' menus
    QString description;             // the command's --help text and its man page paragraph
    QList<TableOption> (*options)(); // its options in --help's order (--help itself is added to every one)
};

// The commands in the order the usage text lists them. The command line, its --help, the man page and
// the completions all come from this table.
const std::vector<CommandEntry>& commandTable();
// The command named `name`, or nullptr.
const CommandEntry* findCommand(const QString& name);

// The options before any command (--help, --version), and the program's own description.
QList<TableOption> programOptions();
QString programDescription();

// An option's names as typed: "-h", "--help".
QStringList dashedNames(const QCommandLineOption& option);

// Sets `parser` up for `command` (a name of commandTable()): its description, --help and its options.
void setUpCommandParser(QCommandLineParser& parser, const QString& command);

// The first line of the usage text, and the whole text `backprop-lab --help` prints.
std::string usageLine();
std::string usageText();

} // namespace bplab::app
