#include "ui/mnist/data/mnist_data_loader.h"

#include "ui/mnist/data/class_labels.h"
#include "ui/mnist/mnist_messages.h"

#include <QLocale>
#include <QStringList>
#include <QtConcurrent/QtConcurrentRun>

namespace bplab::ui {

namespace {
// The engine's sentences start in lower case, to follow a colon; the data box starts one.
QString sentenceCase(QString text) {
    if (!text.isEmpty()) text[0] = text[0].toUpper();
    return text;
}
} // namespace

MnistDataLoader::MnistDataLoader(QObject* parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &MnistDataLoader::onFinished);
}

MnistDataLoader::~MnistDataLoader() {
    m_watcher.waitForFinished(); // the load reads files only; it ends by itself in well under a second
}

QString MnistDataLoader::missingDataSentence(const MissingMnistError& missing) {
    const QString folder = QString::fromStdString(missing.folder());
    const auto part = missing.part();
    if (!part) {
        return tr("the MNIST data folder %1 does not exist.").arg(folder);
    }
    QString partName;
    switch (*part) {
    case MnistPart::TrainingImages:
        partName = tr("training images");
        break;
    case MnistPart::TrainingLabels:
        partName = tr("training labels");
        break;
    case MnistPart::TestImages:
        partName = tr("test images");
        break;
    case MnistPart::TestLabels:
        partName = tr("test labels");
        break;
    }
    return tr("no MNIST %1 in %2: expected %3 (or %3.gz).")
        .arg(partName, folder, QString::fromStdString(missing.expectedFile()));
}

void MnistDataLoader::load(const QString& directory) {
    m_directory = directory.isEmpty() ? QString::fromStdString(defaultMnistDirectory()) : directory;
    m_data.reset();
    m_error.clear();
    m_loading = true;
    const std::string path = m_directory.toStdString();
    // Off the GUI thread: reading and checking 55 MB takes a noticeable moment on a slow disk.
    m_watcher.setFuture(QtConcurrent::run([path]() -> Result {
        try {
            return {std::make_shared<const MnistData>(loadMnist(path)), QString()};
        } catch (const std::exception& error) {
            return {nullptr, MnistMessages::problem(error)};
        }
    }));
}

void MnistDataLoader::onFinished() {
    const Result result = m_watcher.result();
    m_data = result.data;
    m_error = result.error;
    m_loading = false;
    Q_EMIT loaded(m_data != nullptr);
}

QString MnistDataLoader::statusText() const {
    // Rich text (the missing-data sentence has bold parts), so the folder and names are escaped.
    const QString folder = m_directory.toHtmlEscaped();
    if (m_loading) return tr("Loading MNIST from %1…").arg(folder);
    if (m_data && m_data->classes != ClassNames::digits()) {
        const QString names = classLabels(m_data->classes).join(QStringLiteral(", ")).toHtmlEscaped();
        return tr("%1 training and %2 test images of %3 classes (%4) from %5")
            .arg(QLocale().toString(m_data->train.size()), QLocale().toString(m_data->test.size()),
                 QLocale().toString(m_data->classes.count()), names, folder);
    }
    if (m_data) {
        return tr("%1 training and %2 test images from %3")
            .arg(QLocale().toString(m_data->train.size()), QLocale().toString(m_data->test.size()), folder);
    }
    // How to get the data, said once: the window's action first, then the script for a terminal.
    return tr("<b>No usable MNIST data.</b> %1<br>Get it with <b>File › Get MNIST…</b> (the button below) or "
              "by "
              "running %2, or choose a folder that holds the four files.")
        .arg(sentenceCase(m_error).toHtmlEscaped(),
             QString::fromStdString(mnistFetchCommand()).toHtmlEscaped());
}

} // namespace bplab::ui
