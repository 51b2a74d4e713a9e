#include "app/cli/qt_notice_filter.h"

#include <QLatin1String>

namespace bplab::app {

namespace {

// Warnings matched whole.
const QLatin1String kHarmlessWarnings[] = {
    QLatin1String("This plugin does not support propagateSizeHints()"),
};
// Warnings matched by their beginning, the rest being a path: Qt falls back to a private folder of
// its own under /tmp and works on (cron, containers, su); its other QStandardPaths warnings stay.
const QLatin1String kHarmlessWarningBeginnings[] = {
    QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to '"),
};

QtMessageHandler previousHandler = nullptr;

void forwardAllButHarmlessNotices(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (isHarmlessQtNotice(type, message)) return;
    if (previousHandler) previousHandler(type, context, message);
}

} // namespace

bool isHarmlessQtNotice(QtMsgType type, const QString& message) {
    if (type != QtWarningMsg) return false;
    for (const QLatin1String& harmless : kHarmlessWarnings) {
        if (message == harmless) return true;
    }
    for (const QLatin1String& beginning : kHarmlessWarningBeginnings) {
        if (message.startsWith(beginning)) return true;
    }
    return false;
}

void dropHarmlessQtNotices() {
    // Qt returns its default handler when none was installed, so nothing is lost; installing twice
    // must not make the filter its own successor.
    const QtMessageHandler previous = qInstallMessageHandler(forwardAllButHarmlessNotices);
    if (previous != forwardAllButHarmlessNotices) previousHandler = previous;
}

} // namespace bplab::app
