#include "app/cli/command_line.h"

#include "app/cli/command_table.h"
#include "app/cli/explain_command.h"
#include "app/cli/lessons_command.h"
#include "app/cli/lr_find_command.h"
#include "app/cli/man_page.h"
#include "app/cli/qt_notice_filter.h"
#include "app/cli/sheet_command.h"
#include "app/cli/shell_completions.h"
#include "app/cli/train_command.h"
#include "core/mnist/mnist_data.h"
#include "ui/mnist/data/mnist_fetcher.h"

#include <QApplication>
#include <QLocale>
#include <QStringList>

#include <cstring>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace bplab::app {

namespace {

using CommandRunner = int (*)(const QStringList& arguments, std::ostream& out, std::ostream& err);

// The function that runs each command of the table (command_table.h), by its name.
const std::map<QString, CommandRunner>& commandRunners() {
    static const std::map<QString, CommandRunner> runners{
        {QStringLiteral("sheet"), runSheetCommand},     {QStringLiteral("lessons"), runLessonsCommand},
        {QStringLiteral("train"), runTrainCommand},     {QStringLiteral("lr-find"), runLrFindCommand},
        {QStringLiteral("summary"), runSummaryCommand}, {QStringLiteral("explain"), runExplainCommand}};
    return runners;
}

// `backprop-lab --generate KIND`, hidden from --help: the man page or a shell's completion script, made
// from the command table for the build to install (app/CMakeLists.txt).
std::optional<std::string> generatedFile(const QString& kind) {
    const auto& commands = commandTable();
    if (kind == QLatin1String("man")) {
        return manPage(commands, QCoreApplication::applicationVersion(),
                       QStringLiteral(BACKPROP_LAB_DESCRIPTION));
    }
    if (kind == QLatin1String("bash")) return bashCompletion(commands);
    if (kind == QLatin1String("zsh")) return zshCompletion(commands);
    if (kind == QLatin1String("fish")) return fishCompletion(commands);
    return std::nullopt;
}

bool isTopLevelFlag(const char* word) {
    for (const char* flag : {"-h", "--help", "-v", "--version", "help", "--generate"}) {
        if (std::strcmp(word, flag) == 0) return true;
    }
    return false;
}

// Qt's own GUI options (QGuiApplication and QApplication read them, with one dash or two): those
// followed by a value, then switches.
bool isQtOption(const char* word, bool* takesValue) {
    static const char* const withValue[] = {
        "platform", "platformpluginpath", "platformtheme", "plugin",      "qwindowgeometry",
        "geometry", "qwindowtitle",       "title",         "qwindowicon", "icon",
        "style",    "stylesheet",         "session",       "display",     "name"};
    static const char* const switches[] = {"reverse", "widgetcount", "nograb", "dograb", "sync"};
    if (word[0] != '-') return false;
    const char* name = word[1] == '-' ? word + 2 : word + 1;
    const char* equals = std::strchr(name, '=');
    const std::size_t length = equals ? static_cast<std::size_t>(equals - name) : std::strlen(name);
    auto matches = [&](const char* option) {
        return std::strlen(option) == length && std::strncmp(name, option, length) == 0;
    };
    *takesValue = false;
    for (const char* option : withValue) {
        if (matches(option)) {
            *takesValue = equals == nullptr; // "-style=Fusion" carries its value
            return true;
        }
    }
    for (const char* option : switches) {
        if (matches(option) && !equals) return true;
    }
    return false;
}

// The first argument that is neither one of Qt's GUI options nor its value, or -1.
int firstNonQtArgument(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        bool takesValue = false;
        if (!isQtOption(argv[i], &takesValue)) return i;
        if (takesValue) ++i;
    }
    return -1;
}

int usageError(const std::string& problem) {
    std::cerr << "backprop-lab: " << problem << ". Run 'backprop-lab --help' for the commands and options.\n"
              << usageLine();
    return kExitUsage;
}

} // namespace

bool wantsCommandLine(int argc, char** argv) {
    // A command, --help or --version; and anything else that is not one of Qt's GUI options is a usage
    // error (an unknown command or option) rather than a window.
    return firstNonQtArgument(argc, argv) >= 0;
}

namespace {
// Rendering a chart, a landscape or a decision boundary (`sheet --chart`, `--landscape-image`,
// `--boundary-image`) needs widgets (fonts); everything else only QtCore.
bool needsWidgets(int argc, char** argv) {
    for (int i = 2; i < argc; ++i) {
        for (const char* option : {"--chart", "--landscape-image", "--boundary-image"}) {
            const std::size_t length = std::strlen(option);
            if (std::strncmp(argv[i], option, length) == 0 &&
                (argv[i][length] == '\0' || argv[i][length] == '='))
                return true;
        }
    }
    return false;
}
} // namespace

int runCommandLine(int argc, char** argv) {
    // Read before QApplication strips its own options from argv. Qt's options may come first.
    const int first = firstNonQtArgument(argc, argv);
    if (argv[first][0] == '-' && !isTopLevelFlag(argv[first])) {
        return usageError(std::string("unknown option '") + argv[first] + "'");
    }
    const QString command = QString::fromLocal8Bit(argv[first]);
    QStringList arguments;
    for (int i = first + 1; i < argc; ++i) arguments << QString::fromLocal8Bit(argv[i]);

    // The command line's standard error carries its own sentences, not Qt's platform chatter.
    dropHarmlessQtNotices();
    std::unique_ptr<QCoreApplication> app;
    // `explain` draws its pictures with QPainter, which needs a GUI application (off screen).
    if (needsWidgets(argc, argv) || command == QLatin1String("explain")) {
        // Charts render off screen: no display is needed or used.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The command line writes numbers as files do, whatever the system's language: the window's code it
    // shares (chart captions and legends, the range test's summary) follows the default locale.
    QLocale::setDefault(QLocale::c());
    // Messages about missing data name the fetch script this copy actually has.
    setMnistFetchCommand(
        ui::MnistFetcher::locateScript(QCoreApplication::applicationDirPath()).toStdString());

    if (command == QLatin1String("-h") || command == QLatin1String("--help") ||
        command == QLatin1String("help")) {
        std::cout << usageText();
        return kExitOk;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        std::cout << "backprop-lab " << QCoreApplication::applicationVersion().toStdString() << '\n';
        return kExitOk;
    }
    if (command == QLatin1String("--generate")) {
        const auto file = generatedFile(arguments.value(0));
        if (!file || arguments.size() != 1)
            return usageError("--generate takes one of man, bash, zsh or fish");
        std::cout << *file;
        return kExitOk;
    }
    if (findCommand(command)) return commandRunners().at(command)(arguments, std::cout, std::cerr);
    return usageError("unknown command '" + command.toStdString() + "'");
}

} // namespace bplab::app
