#include "app/display_check.h"

#include <QByteArray>
#include <QFileInfo>
#include <QtGlobal>

#include <cstring>

#if defined(Q_OS_LINUX)
#include <dlfcn.h>
#endif

namespace bplab::app {

#if defined(Q_OS_LINUX)
namespace {

// The value of Qt's option `-name VALUE` (or `--name VALUE`), else of the environment variable.
QByteArray optionOrEnvironment(int argc, char** argv, const char* name, const char* variable) {
    for (int i = 1; i + 1 < argc; ++i) {
        if (argv[i][0] != '-') continue;
        const char* word = argv[i][1] == '-' ? argv[i] + 2 : argv[i] + 1;
        if (std::strcmp(word, name) == 0) return argv[i + 1];
    }
    return qgetenv(variable);
}

// Asks the X server itself, through the libxcb that Qt's xcb plugin loads anyway. A listening socket
// is not enough: an SSH session's forwarded display accepts the connection and then closes it once the
// client's X server is gone, and Qt's plugin aborts the process on any failed connection. True when
// libxcb is missing: then Qt's own message names what is missing.
bool xServerAnswers(const QByteArray& display) {
    void* xcb = dlopen("libxcb.so.1", RTLD_LAZY | RTLD_LOCAL);
    if (!xcb) return true;
    using Connect = void* (*)(const char* name, int* screen);
    using HasError = int (*)(void* connection);
    using Disconnect = void (*)(void* connection);
    const auto connect = reinterpret_cast<Connect>(dlsym(xcb, "xcb_connect"));
    const auto hasError = reinterpret_cast<HasError>(dlsym(xcb, "xcb_connection_has_error"));
    const auto disconnect = reinterpret_cast<Disconnect>(dlsym(xcb, "xcb_disconnect"));
    bool answers = true;
    if (connect && hasError && disconnect) {
        void* connection = connect(display.constData(), nullptr); // never null: an error object at worst
        answers = hasError(connection) == 0;
        disconnect(connection);
    }
    dlclose(xcb);
    return answers;
}

} // namespace
#endif

QString missingDisplayReason(int argc, char** argv) {
#if defined(Q_OS_LINUX)
    // A platform chosen by the user (QT_QPA_PLATFORM=offscreen, -platform vnc, ...) needs no X server.
    const QByteArray platform = optionOrEnvironment(argc, argv, "platform", "QT_QPA_PLATFORM");
    if (!platform.isEmpty() && platform != "xcb") return {};
    if (platform.isEmpty() && !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) return {};
    const QByteArray display = optionOrEnvironment(argc, argv, "display", "DISPLAY");
    if (display.isEmpty()) {
        return QStringLiteral("no display found (neither DISPLAY nor WAYLAND_DISPLAY is set)");
    }
    // Ask the server itself first: libxcb also reaches Xorg and Xwayland through the abstract socket,
    // so a missing /tmp/.X11-unix/XN (a private /tmp) does not mean there is no server.
    if (xServerAnswers(display)) return {};
    // Only to word the message: a local ":N" or ":N.S" whose socket file is gone has no server at all.
    if (display.startsWith(':')) {
        const QByteArray number = display.mid(1).split('.').first();
        if (!QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X") + QString::fromLatin1(number))) {
            return QStringLiteral("no X server is running on display %1").arg(QString::fromLatin1(display));
        }
    }
    return QStringLiteral("the X display %1 (from DISPLAY) does not answer; a display forwarded by SSH "
                          "ends with its session")
        .arg(QString::fromLatin1(display));
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
#endif
    return {};
}

} // namespace bplab::app
