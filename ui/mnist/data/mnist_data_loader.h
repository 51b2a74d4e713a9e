#pragma once

#include "core/mnist/mnist_data.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>

namespace bplab::ui {

// Loads the four MNIST files in the background (QtConcurrent) and keeps the result: the data, or
// the reason it failed as a value. One load at a time; a new load() replaces the one in progress.
class MnistDataLoader : public QObject {
    Q_OBJECT
public:
    explicit MnistDataLoader(QObject* parent = nullptr);
    ~MnistDataLoader() override;

    // Forgets the current data and starts loading from `directory` (empty: the default folder);
    // loaded() follows.
    void load(const QString& directory);
    QString directory() const { return m_directory; }
    // Null while loading or after a failed load. Shared, read-only: training keeps its own reference.
    std::shared_ptr<const MnistData> data() const { return m_data; }
    QString error() const { return m_error; } // why the last load failed; empty otherwise
    // Rich text for the tab's data box: loading, what was loaded, or what is wrong and how to fix it.
    QString statusText() const;
    // What is missing, in the window's language: the first sentence of the error's what(). How to get the
    // data is said once, by statusText() (the command line's hint names a script, the window its menu).
    static QString missingDataSentence(const MissingMnistError& missing);

Q_SIGNALS:
    void loaded(bool ok);

private:
    struct Result {
        std::shared_ptr<const MnistData> data;
        QString error;
    };

    void onFinished();

    QString m_directory;
    std::shared_ptr<const MnistData> m_data;
    QString m_error;
    bool m_loading = false;
    QFutureWatcher<Result> m_watcher;
};

} // namespace bplab::ui
