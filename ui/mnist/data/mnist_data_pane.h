#pragma once

#include "core/mnist/mnist_data.h"

#include <QGroupBox>

#include <memory>

class QLabel;
class QProgressDialog;
class QToolButton;

namespace bplab::ui {

class DigitGallery;
class MnistDataLoader;
class MnistFetcher;
struct MnistTabActions;

// The MNIST tab's "Data" box: which folder the four MNIST files come from, loaded in the background
// (MnistDataLoader), Get MNIST with its progress dialog (MnistFetcher), Choose data folder…, and the
// gallery of sample training digits (shown in a lower tab of its own).
class MnistDataPane : public QGroupBox {
    Q_OBJECT
public:
    // Shows and serves `actions`' getMnist and chooseData.
    MnistDataPane(const MnistTabActions& actions, QWidget* parent = nullptr);

    // Loads the files from `directory` in the background; loaded() follows.
    void setDirectory(const QString& directory);
    QString directory() const;
    std::shared_ptr<const MnistData> data() const; // nullptr until a load has succeeded
    QString error() const;                         // why the last load failed; empty otherwise
    QString statusText() const;                    // the box's sentence about the data
    bool isFetching() const;

    MnistFetcher* fetcher() const { return m_fetcher; }
    QProgressDialog* fetchProgress() const { return m_fetchProgress; } // while Get MNIST runs
    DigitGallery* samples() const { return m_samples; }
    QToolButton* chooseButton() const { return m_chooseButton; } // the box's last control

Q_SIGNALS:
    void loaded(bool ok);
    void fetchingChanged();
    void notice(const QString& message); // a sentence for the status line

private:
    void onLoaded(bool ok);
    void chooseFolder();
    void getMnist();
    void onFetchFinished(bool ok, const QString& message);

    MnistDataLoader* m_loader;
    MnistFetcher* m_fetcher;
    QLabel* m_label;
    DigitGallery* m_samples;
    QToolButton* m_chooseButton;
    QProgressDialog* m_fetchProgress = nullptr;
};

} // namespace bplab::ui
