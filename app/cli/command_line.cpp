#include "app/cli/command_line.h"

#include "app/cli/sheet_command.h"
#include "app/cli/train_command.h"

#include <QApplication>
#include <QStringList>

#include <cstring>
#include <iostream>
#include <memory>

namespace bplab::app {

namespace {

const char* const kUsage =
    "Usage: backprop-lab [COMMAND] [OPTIONS]\n"
    "\n"
    "Without a command, opens the Backprop Lab window (needs a display; use xvfb-run without one).\n"
    "\n"
    "Commands (no display needed):\n"
    "  sheet      Compute the 2-2-2 backprop sheet and print it as CSV\n"
    "  train      Train the MNIST CNN and print per-epoch test accuracy\n"
    "  summary    Print the MNIST CNN's layers, output shapes and parameter counts\n"
    "\n"
    "Options:\n"
    "  -h, --help       Show this help; 'backprop-lab COMMAND --help' shows a command's options\n"
    "  -v, --version    Show the version\n";

bool isTopLevelFlag(const char* word) {
    for (const char* flag : {"-h", "--help", "-v", "--version", "help"}) {
        if (std::strcmp(word, flag) == 0) return true;
    }
    return false;
}

} // namespace

bool wantsCommandLine(int argc, char** argv) {
    if (argc < 2) return false;
    // Any bare word is meant as a command; an unknown one gets an error rather than a window.
    return isTopLevelFlag(argv[1]) || argv[1][0] != '-';
}

namespace {
// Rendering a chart (`sheet --chart`) needs widgets; everything else only QtCore.
bool needsWidgets(int argc, char** argv) {
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--chart") == 0 || std::strncmp(argv[i], "--chart=", 8) == 0) return true;
    }
    return false;
}
} // namespace

int runCommandLine(int argc, char** argv) {
    std::unique_ptr<QCoreApplication> app;
    if (needsWidgets(argc, argv)) {
        // Charts render off screen: no display is needed or used.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst(); // the program
    const QString command = arguments.takeFirst();

    if (command == QLatin1String("-h") || command == QLatin1String("--help") ||
        command == QLatin1String("help")) {
        std::cout << kUsage;
        return kExitOk;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        std::cout << "backprop-lab " << QCoreApplication::applicationVersion().toStdString() << '\n';
        return kExitOk;
    }
    if (command == QLatin1String("sheet")) {
        return runSheetCommand(arguments, std::cout, std::cerr);
    }
    if (command == QLatin1String("train")) {
        return runTrainCommand(arguments, std::cout, std::cerr);
    }
    if (command == QLatin1String("summary")) {
        return runSummaryCommand(arguments, std::cout, std::cerr);
    }
    std::cerr << "backprop-lab: unknown command '" << command.toStdString() << "'\n"
              << "Try 'backprop-lab --help'.\n";
    return kExitUsage;
}

} // namespace bplab::app
