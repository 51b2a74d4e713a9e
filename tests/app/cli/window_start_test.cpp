// Starting the window, through the real executable: without a usable display it says what is wrong
// and how to run it instead (exit 1), never Qt's abort; Qt's own GUI options still open the window.
#include "tests/app/cli/run_executable.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

using bplab::test::Result;
using bplab::test::run;

void expectDisplayAdvice(const Result& result, const QString& problem) {
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(problem)) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("xvfb-run -a backprop-lab"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("QT_QPA_PLATFORM=offscreen"))) << result.err.toStdString();
}

TEST(WindowStart, WithoutADisplaySaysHowToRunIt) {
    expectDisplayAdvice(run({}), QStringLiteral("no display found"));
}

TEST(WindowStart, ALocalDisplayWithNoServerSaysHowToRunIt) {
    int number = 99;
    while (QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(number))) ++number; // xvfb-run -a's
    const QString display = QStringLiteral(":%1").arg(number);
    expectDisplayAdvice(run({}, {QStringLiteral("DISPLAY=") + display}),
                        QStringLiteral("no X server is running on display %1").arg(display));
}

// An X display over TCP (as an SSH forward is, at localhost:10 and up) whose port is reserved here but
// not listening: connecting is refused, as it is once the SSH session that forwarded it has ended.
class ReservedXPort {
public:
    ReservedXPort()
        : m_socket(socket(AF_INET, SOCK_STREAM, 0)) {
        for (m_display = 150; m_display < 250; ++m_display) {
            sockaddr_in address{};
            address.sin_family = AF_INET;
            address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            address.sin_port = htons(static_cast<uint16_t>(6000 + m_display));
            if (bind(m_socket, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0) return;
        }
        m_display = -1;
    }
    ~ReservedXPort() { close(m_socket); }
    ReservedXPort(const ReservedXPort&) = delete;
    ReservedXPort& operator=(const ReservedXPort&) = delete;
    int display() const { return m_display; }

private:
    int m_socket;
    int m_display = -1;
};

TEST(WindowStart, ADisplayThatDoesNotAnswerSaysHowToRunIt) {
    const ReservedXPort port;
    ASSERT_GE(port.display(), 0) << "no free TCP port for a fake X display";
    const QString display = QStringLiteral("127.0.0.1:%1").arg(port.display());
    const Result result = run({}, {QStringLiteral("DISPLAY=") + display});
    expectDisplayAdvice(result,
                        QStringLiteral("the X display %1 (from DISPLAY) does not answer").arg(display));
    EXPECT_FALSE(result.err.contains(QStringLiteral("could not connect to display")))
        << "our sentence comes instead of Qt's plugin message and abort";
}

// Qt's own options are the window's, not a usage error: it opens and keeps running until closed.
TEST(WindowStart, QtOptionsOpenTheWindow) {
    for (const QStringList& arguments :
         {QStringList{"-platform", "offscreen"}, QStringList{"-style", "Fusion", "-platform", "offscreen"},
          QStringList{"--platform", "offscreen", "-reverse"}}) {
        const QTemporaryDir home; // the window's settings and data stay out of the user's own folders
        QProcess process;
        process.setProcessEnvironment(
            bplab::test::environmentWith({QStringLiteral("XDG_CONFIG_HOME=") + home.path(),
                                          QStringLiteral("XDG_DATA_HOME=") + home.path()}));
        process.start(QStringLiteral(BACKPROP_LAB_EXECUTABLE), arguments);
        ASSERT_TRUE(process.waitForStarted());
        EXPECT_FALSE(process.waitForFinished(4000))
            << arguments.join(QLatin1Char(' ')).toStdString() << " ended with " << process.exitCode() << ": "
            << process.readAllStandardError().toStdString();
        process.kill();
        process.waitForFinished();
    }
}

} // namespace
