// The command table: the one list of commands and options that the command line parses with and the
// man page and the completions are made from. What completes an option's value follows its value name.
#include "app/cli/command_table.h"

#include "ui/sheet/lessons/built_in_lessons.h"

#include <gtest/gtest.h>

namespace bplab::app {
namespace {

const TableOption& optionOf(const QString& command, const QString& name) {
    const CommandEntry* entry = findCommand(command);
    EXPECT_NE(entry, nullptr) << command.toStdString();
    static QList<TableOption> options; // kept alive for the returned reference
    options = entry->options();
    for (const TableOption& option : options)
        if (option.option.names().contains(name)) return option;
    ADD_FAILURE() << command.toStdString() << " has no --" << name.toStdString();
    return options.front();
}

TEST(CommandTable, ListsTheSixCommandsInTheUsageOrder) {
    QStringList names;
    for (const CommandEntry& command : commandTable()) names << command.name;
    EXPECT_EQ(names, QStringList({"sheet", "lessons", "train", "lr-find", "summary", "explain"}));
    EXPECT_EQ(findCommand(QStringLiteral("bogus")), nullptr);
}

// The text `backprop-lab --help` printed before the table existed, to the byte.
TEST(CommandTable, UsageTextIsMadeFromTheTable) {
    EXPECT_EQ(
        usageText(),
        "Usage: backprop-lab [COMMAND] [OPTIONS]\n"
        "\n"
        "Without a command, opens the Backprop Lab window (needs a display; use xvfb-run without one).\n"
        "\n"
        "Commands (no display needed):\n"
        "  sheet      Compute the 2-2-2 backprop sheet and print it as CSV\n"
        "  lessons    List the built-in lessons ('sheet --scenario NAME' runs one)\n"
        "  train      Train the MNIST CNN and print per-epoch test accuracy\n"
        "  lr-find    Run the learning-rate range test and suggest a one-cycle peak rate\n"
        "  summary    Print the MNIST CNN's layers, output shapes and parameter counts\n"
        "  explain    Write one image's feature maps, the kernels, a saliency map and the probabilities\n"
        "\n"
        "Options:\n"
        "  -h, --help       Show this help; 'backprop-lab COMMAND --help' shows a command's options\n"
        "  -v, --version    Show the version\n");
}

TEST(CommandTable, ValueKindFollowsTheValueName) {
    auto kind = [](const QString& valueName) {
        return TableOption(QCommandLineOption(QStringLiteral("x"), QStringLiteral("help"), valueName)).value;
    };
    EXPECT_EQ(TableOption(QCommandLineOption(QStringLiteral("log-y"), QStringLiteral("help"))).value,
              ValueKind::None);
    EXPECT_EQ(kind(QStringLiteral("FILE")), ValueKind::File);
    EXPECT_EQ(kind(QStringLiteral("NAME|FILE")), ValueKind::File);
    EXPECT_EQ(kind(QStringLiteral("DIR")), ValueKind::Directory);
    EXPECT_EQ(kind(QStringLiteral("X")), ValueKind::Text);
    EXPECT_EQ(kind(QStringLiteral("sum|mean")), ValueKind::Text);
}

TEST(CommandTable, FixedWordsAreTheValueNamesLowerCaseAlternativesUnlessGiven) {
    auto words = [](const QString& valueName, const QStringList& given = {}) {
        return TableOption(QCommandLineOption(QStringLiteral("x"), QStringLiteral("help"), valueName), given)
            .words;
    };
    EXPECT_EQ(words(QStringLiteral("none|shared|per-unit")), QStringList({"none", "shared", "per-unit"}));
    EXPECT_EQ(words(QStringLiteral("full|K")), QStringList({"full"})); // K is a number
    EXPECT_EQ(words(QStringLiteral("FILE")), QStringList());
    EXPECT_EQ(words(QStringLiteral("KIND"), {"a", "b"}), QStringList({"a", "b"}));
}

TEST(CommandTable, KnownValuesComeFromTheirOwners) {
    // A copy: GCC 14 takes a reference returned by a call with temporary arguments for a dangling one.
    const TableOption scenario = optionOf(QStringLiteral("sheet"), QStringLiteral("scenario"));
    EXPECT_EQ(scenario.value, ValueKind::File); // a lesson's name or a scenario file
    EXPECT_EQ(scenario.words, ui::builtInLessonIds());
    EXPECT_EQ(optionOf(QStringLiteral("sheet"), QStringLiteral("activation")).words,
              QStringList({"sigmoid", "tanh", "relu", "identity"}));
    EXPECT_EQ(optionOf(QStringLiteral("sheet"), QStringLiteral("loss")).words,
              QStringList({"squared", "cross-entropy"}));
    EXPECT_EQ(optionOf(QStringLiteral("sheet"), QStringLiteral("data")).words,
              QStringList({"seed", "xor", "and", "or"}));
    EXPECT_EQ(optionOf(QStringLiteral("train"), QStringLiteral("optimizer")).words,
              QStringList({"sgd", "nesterov", "adam", "adamw"}));
    EXPECT_EQ(optionOf(QStringLiteral("train"), QStringLiteral("data")).value, ValueKind::Directory);
    EXPECT_EQ(optionOf(QStringLiteral("explain"), QStringLiteral("saliency")).words,
              QStringList({"input-x-gradient", "gradient"}));
}

// The parser a command sets up takes every option the table lists (and --help), and nothing else.
TEST(CommandTable, EachCommandsParserTakesExactlyTheTablesOptions) {
    for (const CommandEntry& command : commandTable()) {
        QCommandLineParser parser;
        setUpCommandParser(parser, command.name);
        QStringList arguments{QStringLiteral("backprop-lab")};
        for (const TableOption& option : command.options()) {
            arguments << QStringLiteral("--") + option.option.names().first();
            if (option.value != ValueKind::None) arguments << QStringLiteral("1");
        }
        ASSERT_TRUE(parser.parse(arguments))
            << command.name.toStdString() << ": " << parser.errorText().toStdString();
        EXPECT_FALSE(parser.isSet(QStringLiteral("help")));
        EXPECT_EQ(parser.applicationDescription(), command.description);
        EXPECT_FALSE(parser.parse({QStringLiteral("backprop-lab"), QStringLiteral("--no-such-option")}));
    }
}

TEST(CommandTable, SummariesAreOneLineAndEveryOptionIsExplained) {
    for (const CommandEntry& command : commandTable()) {
        EXPECT_FALSE(command.summary.isEmpty());
        EXPECT_FALSE(command.summary.contains(QLatin1Char('\n'))) << command.name.toStdString();
        for (const TableOption& option : command.options())
            EXPECT_FALSE(option.option.description().isEmpty())
                << option.option.names().first().toStdString();
    }
}

} // namespace
} // namespace bplab::app
