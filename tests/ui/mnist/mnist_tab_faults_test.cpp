// Faults a user meets sooner or later, on the MNIST tab: a disk that fills up or a folder they may not
// write to while saving a model or exporting (the previous file stays intact, and a sentence says
// why), a data file cut short between two loads, and Train/Stop clicked over and over.
#include "tests/support/file_faults.h"
#include "tests/ui/mnist/mnist_tab_fixture.h"

#include "core/mnist/mnist_data.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <filesystem>

namespace bplab::ui {
namespace {

namespace fs = std::filesystem;

QByteArray contents(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The files in `folder` by name: a failed write leaves no temporary file behind.
QStringList fileNames(const QTemporaryDir& folder) {
    QStringList names;
    for (const auto& entry : fs::directory_iterator(folder.path().toStdString())) {
        names << QString::fromStdString(entry.path().filename().string());
    }
    names.sort();
    return names;
}

void expectSentence(const QString& message) {
    EXPECT_TRUE(message.endsWith(QLatin1Char('.'))) << message.toStdString();
}

class MnistTabFaults : public MnistTabTest {
protected:
    // A model saved, both charts and the metrics exported into `folder`: the files a fault must keep.
    void saveEverything() {
        trainToTheEnd();
        QString error;
        ASSERT_TRUE(tab->saveModel(model(), &error)) << error.toStdString();
        ASSERT_TRUE(tab->exportAccuracyChart(chart(), QSize(400, 300), &error)) << error.toStdString();
        ASSERT_TRUE(tab->exportMetricsCsv(csv(), &error)) << error.toStdString();
        before = {contents(model()), contents(chart()), contents(csv())};
        namesBefore = fileNames(folder);
    }
    // The same three writes again (the chart larger, so its bytes would differ): each must fail.
    QStringList writeAgainAndFail() {
        QStringList errors(3);
        EXPECT_FALSE(tab->saveModel(model(), &errors[0]));
        EXPECT_FALSE(tab->exportAccuracyChart(chart(), QSize(800, 600), &errors[1]));
        EXPECT_FALSE(tab->exportMetricsCsv(csv(), &errors[2]));
        for (const QString& error : errors) expectSentence(error);
        return errors;
    }
    void expectNothingLost() {
        EXPECT_EQ(contents(model()), before[0]) << "the saved model changed";
        EXPECT_EQ(contents(chart()), before[1]) << "the exported chart changed";
        EXPECT_EQ(contents(csv()), before[2]) << "the exported metrics changed";
        EXPECT_EQ(fileNames(folder), namesBefore) << "a failed write left a file behind";
        QString error;
        EXPECT_TRUE(tab->loadModel(model(), &error))
            << "the earlier model no longer loads: " << error.toStdString();
    }
    QString model() const { return folder.filePath(QStringLiteral("model.pt")); }
    QString chart() const { return folder.filePath(QStringLiteral("accuracy.png")); }
    QString csv() const { return folder.filePath(QStringLiteral("epochs.csv")); }

    QTemporaryDir folder;
    QList<QByteArray> before;
    QStringList namesBefore;
};

TEST_F(MnistTabFaults, ADiskThatFillsUpKeepsThePreviousFiles) {
    saveEverything();
    QStringList errors;
    {
        // Half the smallest of the three files: every rewrite runs out of room part-way.
        const auto smallest = std::min({before[0].size(), before[1].size(), before[2].size()});
        testing::FileSizeLimit fillsUp(static_cast<rlim_t>(smallest / 2));
        errors = writeAgainAndFail();
    }
    const QStringList paths{model(), chart(), csv()};
    for (int i = 0; i < 3; ++i) {
        EXPECT_TRUE(errors[i].startsWith(QStringLiteral("Could not write %1: ").arg(paths[i])))
            << errors[i].toStdString();
    }
    expectNothingLost();
}

TEST_F(MnistTabFaults, AFullDeviceSaysTheDiskIsFull) {
    trainToTheEnd();
    const fs::path png = testing::linkToFullDevice(folder.path().toStdString(), "accuracy.png");
    const fs::path csv = testing::linkToFullDevice(folder.path().toStdString(), "epochs.csv");
    QString error;
    EXPECT_FALSE(tab->exportAccuracyChart(QString::fromStdString(png.string()), QSize(400, 300), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("the disk is full. Free some disk space")))
        << error.toStdString();
    EXPECT_FALSE(tab->exportMetricsCsv(QString::fromStdString(csv.string()), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("the disk is full. Free some disk space")))
        << error.toStdString();
    ASSERT_TRUE(testing::fullDeviceIsIntact()) << "/dev/full was replaced: mknod -m 666 /dev/full c 1 7";
    EXPECT_TRUE(fs::is_symlink(png)) << "the link the user chose is still there";
}

TEST_F(MnistTabFaults, AReadOnlyFolderKeepsThePreviousFiles) {
    saveEverything();
    QStringList errors;
    {
        testing::ReadOnlyFolder readOnly(folder.path().toStdString());
        errors = writeAgainAndFail();
    }
    const QString mayNot = QStringLiteral("you may not write to the folder %1").arg(folder.path());
    for (const QString& error : errors) EXPECT_TRUE(error.contains(mayNot)) << error.toStdString();
    expectNothingLost();
}

TEST_F(MnistTabFaults, ADataFileCutShortBetweenLoadsIsNamedAndNothingCrashes) {
    // A copy of the set-up's MNIST files, so the real ones are never touched.
    QTemporaryDir data;
    for (const auto& entry : fs::directory_iterator(defaultMnistDirectory())) {
        if (entry.is_regular_file())
            fs::copy_file(entry.path(), data.path().toStdString() / entry.path().filename());
    }
    QSignalSpy loaded(tab.get(), &MnistTab::dataLoaded);
    tab->setDataDirectory(data.path());
    ASSERT_TRUE(loaded.wait(kLoadTimeoutMs));
    ASSERT_TRUE(loaded.takeFirst().at(0).toBool()) << tab->dataStatus().toStdString();

    const fs::path images = data.path().toStdString() / fs::path("t10k-images-idx3-ubyte");
    ASSERT_TRUE(fs::exists(images)) << "the set-up fetches the raw (not gzipped) files";
    fs::resize_file(images, fs::file_size(images) / 2);
    tab->setDataDirectory(data.path());
    ASSERT_TRUE(loaded.wait(kLoadTimeoutMs));
    EXPECT_FALSE(loaded.takeFirst().at(0).toBool());
    const QString status = tab->dataStatus();
    EXPECT_TRUE(status.contains(QStringLiteral("t10k-images-idx3-ubyte"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("truncated"))) << status.toStdString();
    EXPECT_FALSE(tab->trainAction()->isEnabled()) << "no training on data that failed to load";
}

TEST_F(MnistTabFaults, TrainAndStopTwentyTimesInARow) {
    TrainConfig config = tab->settingsPanel()->config();
    config.epochs = 3;
    config.trainLimit = 20000; // long enough that every Stop comes before the end
    tab->settingsPanel()->setConfig(config);
    QSignalSpy progress(tab->controller(), &TrainingController::progress);
    QSignalSpy finished(tab->controller(), &TrainingController::finished);
    for (int round = 0; round < 20; ++round) {
        SCOPED_TRACE("round " + std::to_string(round));
        progress.clear();
        finished.clear();
        click(tab->trainAction());
        // Every other round stops at once, before the worker may have started its first batch.
        if (round % 2 == 1) {
            ASSERT_TRUE(progress.wait(kTrainTimeoutMs)) << "training did not start";
        }
        click(tab->stopAction());
        ASSERT_TRUE(finished.count() == 1 || finished.wait(static_cast<int>(kCloseBoundMs)))
            << "Stop did not end training";
        EXPECT_FALSE(finished.first().at(0).toBool()) << "the run ended by itself, not by Stop";
        EXPECT_TRUE(finished.first().at(1).toString().isEmpty())
            << finished.first().at(1).toString().toStdString();
        EXPECT_FALSE(tab->controller()->isRunning());
        EXPECT_TRUE(tab->trainAction()->isEnabled());
        EXPECT_FALSE(tab->stopAction()->isEnabled());
    }
    // And the tab still trains a whole run after all that.
    config.epochs = 1;
    config.trainLimit = 2000;
    tab->settingsPanel()->setConfig(config);
    trainToTheEnd();
    EXPECT_EQ(tab->controller()->completedEpochs(), 1);
}

} // namespace
} // namespace bplab::ui
