#pragma once

#include "tests/support/hang_guard.h"

// Runs the real backprop-lab executable as a user would, in the environment of a user without a
// display, and collects its exit code and output.
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

#include <gtest/gtest.h>

namespace bplab::test {

// The non-empty lines of what a command printed or wrote.
inline QStringList lines(const QString& text) { return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

// Standard error without the lines Qt itself writes on some systems, never the app: a logging
// category's message ("qt.qpa.fonts: …"), QStandardPaths' notice about XDG_RUNTIME_DIR, and the
// four-line notice of Qt 6.5+ when the environment has no UTF-8 locale (its first line, and the three
// that follow it). Narrow on purpose, so that a test still sees every line the app writes.
inline QString withoutQtLines(const QString& err) {
    static const QRegularExpression qtLine(QStringLiteral("^(qt(\\.[A-Za-z0-9_]+)+|QStandardPaths): "));
    static const QRegularExpression localeNotice(
        QStringLiteral("^Detected locale \".*\" with character encoding \".*\", which is not UTF-8\\.$"));
    static const QRegularExpression localeNoticeRest(
        QStringLiteral("^(Qt depends on a UTF-8 locale, .*"
                       "|If this causes problems, reconfigure your locale\\. See the locale\\(1\\) manual"
                       "|for more information\\.)$"));
    const QStringList lines = err.split(QLatin1Char('\n'));
    QString kept;
    bool inLocaleNotice = false;
    for (const QString& line : lines) {
        inLocaleNotice = localeNotice.match(line).hasMatch() ||
                         (inLocaleNotice && localeNoticeRest.match(line).hasMatch());
        if (!inLocaleNotice && !qtLine.match(line).hasMatch()) kept += line + QLatin1Char('\n');
    }
    kept.chop(1); // the split's last part is what follows the last "\n"
    return kept;
}

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
    // What the app itself wrote to standard error: compare this where a test needs the exact text
    // or its beginning; `err` where it only looks for a phrase.
    QString appErr() const { return withoutQtLines(err); }
};

// The environment of a user without a display, plus `variables` ("NAME=value"), less `removed`.
inline QProcessEnvironment environmentWith(const QStringList& variables, const QStringList& removed = {}) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (const QString& name : removed) environment.remove(name);
    for (const QString& variable : variables) {
        environment.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    }
    return environment;
}

inline Result run(const QStringList& arguments, const QStringList& variables = {},
                  const QStringList& removed = {}) {
    QProcess process;
    process.setProcessEnvironment(environmentWith(variables, removed));
    process.start(QStringLiteral(BACKPROP_LAB_EXECUTABLE), arguments);
    EXPECT_TRUE(process.waitForFinished(hangGuardMs(60'000))) << "backprop-lab did not finish";
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit) << "backprop-lab crashed";
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace bplab::test
