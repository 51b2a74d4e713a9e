#include "ui/mnist/data/mnist_data_pane.h"

#include "ui/common/widget_helpers.h"
#include "ui/mnist/data/class_labels.h"
#include "ui/mnist/data/mnist_data_loader.h"
#include "ui/mnist/data/mnist_fetcher.h"
#include "ui/mnist/mnist_tab_actions.h"
#include "ui/mnist/mnist_tab_text.h"
#include "ui/mnist/results/digit_gallery.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QLabel>
#include <QProgressDialog>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace bplab::ui {

namespace {
constexpr int kSamplesShown = 40;

QList<DigitGallery::Item> sampleItems(const MnistData& data) {
    QList<DigitGallery::Item> samples;
    for (int i = 0; i < std::min(kSamplesShown, data.train.size()); ++i) {
        const int label = data.train.labels[static_cast<std::size_t>(i)];
        // The class's name ("7" for MNIST's digits); loadMnist refuses a label without one.
        const QString name = classLabel(data.classes, label);
        samples.append({digitImage(data.train.image(i)), name,
                        MnistTabText::tr("Training image %1: labelled %2").arg(QString::number(i), name), i});
    }
    return samples;
}
} // namespace

MnistDataPane::MnistDataPane(const MnistTabActions& actions, QWidget* parent)
    : QGroupBox(MnistTabText::tr("Data"), parent)
    , m_loader(new MnistDataLoader(this))
    , m_fetcher(new MnistFetcher(this))
    , m_label(new QLabel(this))
    , m_samples(new DigitGallery(this)) {
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText); // MnistDataLoader::statusText() escapes what it quotes
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse); // the fetch command can be copied
    m_samples->setPlaceholder(
        MnistTabText::tr("Sample training digits appear here once the data is loaded."));
    m_samples->setAccessibleName(MnistTabText::tr("Sample training digits"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(makeActionButton(actions.getMnist, this));
    layout->addWidget(m_chooseButton = makeActionButton(actions.chooseData, this));
    connect(actions.chooseData, &QAction::triggered, this, &MnistDataPane::chooseFolder);
    connect(actions.getMnist, &QAction::triggered, this, &MnistDataPane::getMnist);
    connect(m_loader, &MnistDataLoader::loaded, this, &MnistDataPane::onLoaded);
}

void MnistDataPane::setDirectory(const QString& directory) {
    m_loader->load(directory);
    m_label->setText(m_loader->statusText());
}

QString MnistDataPane::directory() const { return m_loader->directory(); }

std::shared_ptr<const MnistData> MnistDataPane::data() const { return m_loader->data(); }

QString MnistDataPane::error() const { return m_loader->error(); }

QString MnistDataPane::statusText() const { return m_label->text(); }

bool MnistDataPane::isFetching() const { return m_fetcher->isRunning(); }

void MnistDataPane::onLoaded(bool ok) {
    m_label->setText(m_loader->statusText());
    if (ok) {
        const MnistData& data = *m_loader->data();
        const QList<DigitGallery::Item> samples = sampleItems(data);
        m_samples->setItems(samples);
        // MNIST's digits as they always were; a data set of named classes speaks of images.
        const bool digits = data.classes.areDigits();
        m_samples->setAccessibleName(digits ? MnistTabText::tr("Sample training digits")
                                            : MnistTabText::tr("Sample training images"));
        m_samples->setSummary(digits ? QString()
                              : samples.size() == 1
                                  ? MnistTabText::tr("1 image shown")
                                  : MnistTabText::tr("%1 images shown").arg(samples.size()));
        Q_EMIT notice(
            digits ? MnistTabText::tr("MNIST loaded. Press Train (Ctrl+T) to train the CNN.")
                   : MnistTabText::tr("Data set of %1 classes loaded. Press Train (Ctrl+T) to train the CNN.")
                         .arg(data.classes.count()));
    } else {
        m_samples->setItems({});
        m_samples->setAccessibleName(MnistTabText::tr("Sample training digits")); // as its placeholder says
        m_samples->setSummary(QString());
        Q_EMIT notice(
            MnistTabText::tr("No MNIST data: %1 Get it with File › Get MNIST….").arg(m_loader->error()));
    }
    Q_EMIT loaded(ok);
}

void MnistDataPane::chooseFolder() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, MnistTabText::tr("Folder with the MNIST files"), directory());
    if (!folder.isEmpty()) setDirectory(folder);
}

void MnistDataPane::getMnist() {
    const QString script = MnistFetcher::locateScript(QCoreApplication::applicationDirPath());
    if (script.isEmpty()) {
        Q_EMIT notice(MnistTabText::tr(
            "This copy of Backprop Lab has no fetch-mnist.sh to get MNIST with: reinstall it, or "
            "use Choose data folder… with a folder that holds the four MNIST files."));
        return;
    }
    m_fetchProgress =
        new QProgressDialog(MnistTabText::tr("Getting MNIST…"), MnistTabText::tr("Cancel"), 0, 4, this);
    m_fetchProgress->setWindowTitle(MnistTabText::tr("Get MNIST"));
    m_fetchProgress->setAutoReset(false);
    m_fetchProgress->setAutoClose(false);
    m_fetchProgress->setMinimumDuration(0);
    connect(m_fetchProgress, &QProgressDialog::canceled, m_fetcher, &MnistFetcher::cancel);
    connect(m_fetcher, &MnistFetcher::progress, m_fetchProgress,
            [dialog = m_fetchProgress](int step, int steps, const QString& text) {
                dialog->setMaximum(steps);
                dialog->setValue(step - 1); // step k has begun: k − 1 are done
                dialog->setLabelText(text);
            });
    connect(m_fetcher, &MnistFetcher::finished, this, &MnistDataPane::onFetchFinished,
            Qt::SingleShotConnection);
    const QString folder = QString::fromStdString(defaultMnistDirectory());
    // Shown before start(): a process that fails to start finishes (and drops the dialog) inside it.
    m_fetchProgress->show();
    m_fetcher->start(script, folder);
    Q_EMIT notice(MnistTabText::tr("Getting MNIST into %1…").arg(folder));
    Q_EMIT fetchingChanged();
}

void MnistDataPane::onFetchFinished(bool ok, const QString& message) {
    m_fetchProgress->deleteLater();
    m_fetchProgress = nullptr;
    Q_EMIT notice(message);
    if (ok) setDirectory(QString::fromStdString(defaultMnistDirectory()));
    Q_EMIT fetchingChanged();
}

} // namespace bplab::ui
