// The bash, zsh and fish completions, made from the command table: every command and every option of
// the table in each script, and an option's value completed as the table says (files, folders, words).
// tests/packaging/man_and_completions.sh runs the scripts in the shells themselves.
#include "app/cli/shell_completions.h"

#include <gtest/gtest.h>

namespace bplab::app {
namespace {

// A made-up table of one command: the scripts follow whatever the table says.
std::vector<CommandEntry> fakeTable() {
    return {
        {QStringLiteral("report"), QStringLiteral("Write a report"), QStringLiteral("Writes a report."), [] {
             return QList<TableOption>{
                 TableOption(QCommandLineOption(QStringLiteral("out"), QStringLiteral("Write to FILE."),
                                                QStringLiteral("FILE"))),
                 TableOption(QCommandLineOption(QStringLiteral("into"), QStringLiteral("Into DIR."),
                                                QStringLiteral("DIR"))),
                 TableOption(QCommandLineOption(QStringLiteral("style"), QStringLiteral("Style. More."),
                                                QStringLiteral("plain|fancy"))),
                 TableOption(QCommandLineOption(QStringLiteral("quiet"), QStringLiteral("Say less.")))};
         }}};
}

TEST(ShellCompletions, FirstSentenceIsTheMenusText) {
    EXPECT_EQ(firstSentence(QStringLiteral("Learning rate η (> 0). Default: 0.5.")),
              QStringLiteral("Learning rate η (> 0)"));
    EXPECT_EQ(firstSentence(QStringLiteral("Set a value, e.g. --set b1=0.35. Repeat for several.")),
              QStringLiteral("Set a value, e.g. --set b1=0.35"));
    EXPECT_EQ(firstSentence(QStringLiteral("Use a logarithmic loss axis in the chart.")),
              QStringLiteral("Use a logarithmic loss axis in the chart"));
}

TEST(ShellCompletions, BashCompletesCommandsOptionsFilesFoldersAndWords) {
    const std::string script = bashCompletion(fakeTable());
    EXPECT_NE(script.find("else _backprop_lab_add -W 'report'; fi"), std::string::npos) << script;
    EXPECT_NE(script.find("_backprop_lab_add -W '-h --help --out --into --style --quiet'"),
              std::string::npos);
    EXPECT_NE(script.find("--out) _backprop_lab_value file ''; return ;;"), std::string::npos);
    EXPECT_NE(script.find("--into) _backprop_lab_value dir ''; return ;;"), std::string::npos);
    EXPECT_NE(script.find("--style) _backprop_lab_value text 'plain fancy'; return ;;"), std::string::npos);
    EXPECT_EQ(script.find("--quiet)"), std::string::npos); // a switch has no value to complete
    EXPECT_NE(script.find("complete -F _backprop_lab backprop-lab"), std::string::npos);
}

TEST(ShellCompletions, ZshCompletesCommandsOptionsFilesFoldersAndWords) {
    const std::string script = zshCompletion(fakeTable());
    EXPECT_EQ(script.rfind("#compdef backprop-lab\n", 0), 0u);
    EXPECT_NE(script.find("'report:Write a report'"), std::string::npos) << script;
    EXPECT_NE(script.find("'*--out=[Write to FILE]:FILE:_files'"), std::string::npos);
    EXPECT_NE(script.find("'*--into=[Into DIR]:DIR:_files -/'"), std::string::npos);
    EXPECT_NE(script.find("'*--style=[Style]:plain|fancy:(plain fancy)'"), std::string::npos);
    EXPECT_NE(script.find("'*--quiet[Say less]'"), std::string::npos);
}

TEST(ShellCompletions, FishCompletesCommandsOptionsFilesFoldersAndWords) {
    const std::string script = fishCompletion(fakeTable());
    const std::string inReport = "complete -c backprop-lab -n '__fish_seen_subcommand_from report'";
    EXPECT_NE(script.find("-a report -d 'Write a report'"), std::string::npos) << script;
    EXPECT_NE(script.find(inReport + " -l out -r -F -d 'Write to FILE'"), std::string::npos);
    EXPECT_NE(script.find(inReport + " -l into -x -a '(__fish_complete_directories)' -d 'Into DIR'"),
              std::string::npos);
    EXPECT_NE(script.find(inReport + " -l style -x -a 'plain fancy' -d 'Style'"), std::string::npos);
    EXPECT_NE(script.find(inReport + " -l quiet -d 'Say less'"), std::string::npos);
}

TEST(ShellCompletions, QuotesSurviveInEachShell) {
    std::vector<CommandEntry> table = fakeTable();
    table.front().summary = QStringLiteral("Write 'a' report");
    table.front().options = [] {
        return QList<TableOption>{TableOption(
            QCommandLineOption(QStringLiteral("style"), QStringLiteral("Style."), QStringLiteral("STYLE")),
            {QStringLiteral("plain"), QStringLiteral("o'clock")})};
    };
    // bash writes no summaries, but it does write an option's fixed words.
    EXPECT_NE(bashCompletion(table).find("--style) _backprop_lab_value text 'plain o'\\''clock'; return ;;"),
              std::string::npos)
        << bashCompletion(table);
    EXPECT_NE(zshCompletion(table).find("'report:Write '\\''a'\\'' report'"), std::string::npos);
    EXPECT_NE(fishCompletion(table).find("-d 'Write \\'a\\' report'"), std::string::npos);
}

// The real table: every command and every option name appears in every script.
TEST(ShellCompletions, EveryCommandAndOptionOfTheTableIsInEachScript) {
    const std::string scripts[] = {bashCompletion(commandTable()), zshCompletion(commandTable()),
                                   fishCompletion(commandTable())};
    for (const std::string& script : scripts) {
        for (const CommandEntry& command : commandTable()) {
            EXPECT_NE(script.find(command.name.toStdString()), std::string::npos)
                << command.name.toStdString();
            for (const TableOption& option : command.options()) {
                for (const QString& each : option.option.names()) {
                    // bash and zsh write -n and --name; fish writes -s n and -l name. A name is followed by
                    // a space, a quote, '=', '[' or ')' in each of them: "--o" alone would match "--out".
                    const std::string name = each.toStdString();
                    const bool shortName = name.size() == 1;
                    const std::string dashed = (shortName ? "-" : "--") + name;
                    const std::string fish = (shortName ? "-s " : "-l ") + name + " ";
                    bool found = script.find(fish) != std::string::npos;
                    for (const char* after : {" ", "'", "=", "[", ")"})
                        found = found || script.find(dashed + after) != std::string::npos;
                    EXPECT_TRUE(found) << command.name.toStdString() << " " << dashed;
                }
            }
        }
    }
}

// The options of the real table that name a file complete files in each shell (sheet --csv FILE).
TEST(ShellCompletions, AFileOptionOfTheTableCompletesFiles) {
    EXPECT_NE(bashCompletion(commandTable()).find("--csv) _backprop_lab_value file ''"), std::string::npos);
    EXPECT_NE(zshCompletion(commandTable())
                  .find("'*--csv=[Write the table to FILE instead of standard output "
                        "('\\''-'\\''\\: standard output)]:FILE:_files'"),
              std::string::npos);
    EXPECT_NE(fishCompletion(commandTable()).find("-l csv -r -F"), std::string::npos);
}

} // namespace
} // namespace bplab::app
