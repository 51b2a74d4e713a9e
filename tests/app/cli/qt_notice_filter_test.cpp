// The command line drops exactly the Qt notices it knows to be harmless and nothing else.
#include "app/cli/qt_notice_filter.h"

#include <gtest/gtest.h>

namespace bplab::app {
namespace {

TEST(QtNoticeFilter, DropsTheOffscreenPluginsSizeHintWarning) {
    EXPECT_TRUE(isHarmlessQtNotice(QtWarningMsg,
                                   QStringLiteral("This plugin does not support propagateSizeHints()")));
}

TEST(QtNoticeFilter, DropsTheNoticeAboutAMissingRuntimeFolder) {
    EXPECT_TRUE(isHarmlessQtNotice(QtWarningMsg, QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR not set, "
                                                                "defaulting to '/tmp/runtime-root'")));
    EXPECT_FALSE(
        isHarmlessQtNotice(QtWarningMsg, QStringLiteral("QStandardPaths: wrong permissions on runtime "
                                                        "directory /run/user/0, 0755 instead of 0700")))
        << "a real problem with the folder stays visible";
}

TEST(QtNoticeFilter, KeepsEveryOtherMessage) {
    EXPECT_FALSE(isHarmlessQtNotice(QtWarningMsg,
                                    QStringLiteral("QPainter::begin: Paint device returned engine == 0")));
    EXPECT_FALSE(
        isHarmlessQtNotice(QtWarningMsg, QStringLiteral("This plugin does not support propagateSizeHints() "
                                                        "and the file could not be written")))
        << "matched whole, not as a prefix";
    EXPECT_FALSE(isHarmlessQtNotice(QtCriticalMsg,
                                    QStringLiteral("This plugin does not support propagateSizeHints()")))
        << "only as the warning Qt sends it as";
}

} // namespace
} // namespace bplab::app
