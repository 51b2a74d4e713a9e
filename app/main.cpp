#include "app/cli/command_line.h"
#include "app/display_check.h"
#include "app/main_window.h"
#include "app/utf8_locale.h"
#include "core/mnist/mnist_data.h"
#include "ui/common/app_language.h"
#include "ui/common/app_settings.h"
#include "ui/mnist/data/mnist_fetcher.h"

#include <QApplication>

#include <iostream>

namespace {
void setApplicationIdentity() {
    // QSettings and QStandardPaths derive their locations from these.
    QCoreApplication::setOrganizationName(QStringLiteral("BackpropLab"));
    QCoreApplication::setApplicationName(QStringLiteral("backprop-lab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKPROP_LAB_VERSION));
}
} // namespace

int main(int argc, char* argv[]) {
    // Before anything of Qt: without a UTF-8 locale in the environment Qt 6.5+ would pick one itself
    // and say so on standard error, ahead of every message of ours (see utf8_locale.h).
    bplab::app::selectUtf8CharacterLocale();
    setApplicationIdentity();
    if (bplab::app::wantsCommandLine(argc, argv)) {
        return bplab::app::runCommandLine(argc, argv);
    }
    const QString missingDisplay = bplab::app::missingDisplayReason(argc, argv);
    if (!missingDisplay.isEmpty()) {
        std::cerr << "backprop-lab: " << missingDisplay.toStdString() << ".\n"
                  << "Run the window on a virtual display:   xvfb-run -a backprop-lab\n"
                  << "or without any display (renders off screen): QT_QPA_PLATFORM=offscreen backprop-lab\n"
                  << "The command line needs no display:      backprop-lab --help\n";
        return bplab::app::kExitFailure;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Backprop Lab"));
    // The desktop entry's name without ".desktop" (the AppStream id): Wayland docks match the window to
    // its entry and icon by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.backproplab.BackpropLab"));
    // View › Language's choice (remembered), else the desktop's language. BACKPROP_LAB_LANGUAGE overrides
    // both for one run: a screenshot in another language, or the pseudo-locale (translations/README.md).
    const QString languageSetting = qEnvironmentVariableIsSet("BACKPROP_LAB_LANGUAGE")
                                        ? qEnvironmentVariable("BACKPROP_LAB_LANGUAGE")
                                        : bplab::ui::AppSettings().language();
    const bplab::ui::InstalledLanguage language(bplab::ui::chosenLanguage(languageSetting, QLocale::system()),
                                                QLocale::system());
    // Messages about missing data name the fetch script this copy actually has.
    bplab::setMnistFetchCommand(
        bplab::ui::MnistFetcher::locateScript(QCoreApplication::applicationDirPath()).toStdString());
    bplab::app::MainWindow window;
    window.show();
    return app.exec();
}
