#pragma once

#include "tests/support/hang_guard.h"

// Runs the real backprop-lab executable as a user would, in the environment of a user without a
// display, and collects its exit code and output.
#include <QProcess>
#include <QStringList>

#include <gtest/gtest.h>

namespace bplab::test {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

// The environment of a user without a display, plus `variables` ("NAME=value").
inline QProcessEnvironment environmentWith(const QStringList& variables) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (const QString& variable : variables) {
        environment.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    }
    return environment;
}

inline Result run(const QStringList& arguments, const QStringList& variables = {}) {
    QProcess process;
    process.setProcessEnvironment(environmentWith(variables));
    process.start(QStringLiteral(BACKPROP_LAB_EXECUTABLE), arguments);
    EXPECT_TRUE(process.waitForFinished(hangGuardMs(60'000))) << "backprop-lab did not finish";
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit) << "backprop-lab crashed";
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace bplab::test
