#include "app/display_check.h"

#include <QByteArray>
#include <QFileInfo>
#include <QtGlobal>

#include <cstring>

namespace bplab::app {

QString missingDisplayReason(int argc, char** argv) {
#if defined(Q_OS_LINUX)
    // A platform chosen by the user (QT_QPA_PLATFORM=offscreen, -platform vnc, ...) needs no X server.
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) return {};
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0) return {};
    }
    if (!qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) return {};
    const QByteArray display = qgetenv("DISPLAY");
    if (display.isEmpty()) {
        return QStringLiteral("no display found (neither DISPLAY nor WAYLAND_DISPLAY is set)");
    }
    // A local X display ":N" or ":N.S" listens on /tmp/.X11-unix/XN; remote ones can't be checked cheaply.
    if (display.startsWith(':')) {
        const QByteArray number = display.mid(1).split('.').first();
        if (!QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X") + QString::fromLatin1(number))) {
            return QStringLiteral("no X server is running on display %1").arg(QString::fromLatin1(display));
        }
    }
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
#endif
    return {};
}

} // namespace bplab::app
