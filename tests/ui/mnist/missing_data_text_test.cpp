// The first thing a new user meets on the MNIST tab, missing data, in the window's language: the engine
// says what is missing as values (MissingMnistError), the window words it; in English as the command line.
#include "core/mnist/mnist_data.h"
#include "ui/common/app_language.h"
#include "ui/mnist/data/mnist_data_loader.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

// What loadMnist throws for `folder`, which must be missing or incomplete.
MissingMnistError missingIn(const std::string& folder) {
    try {
        loadMnist(folder);
    } catch (const MissingMnistError& missing) {
        return missing;
    }
    ADD_FAILURE() << "no MissingMnistError for " << folder;
    return MissingMnistError(folder);
}

TEST(MissingDataText, AMissingFolderOrFileIsValuesAndTheEnglishWindowSaysWhatTheCommandLineSays) {
    QTemporaryDir empty;
    const std::string noFolder = empty.filePath(QStringLiteral("nowhere")).toStdString();
    const MissingMnistError folder = missingIn(noFolder);
    EXPECT_EQ(folder.folder(), noFolder);
    EXPECT_FALSE(folder.part().has_value());
    EXPECT_EQ(std::string(folder.what()).rfind(MnistDataLoader::missingDataSentence(folder).toStdString(), 0),
              0u)
        << "the command line's first sentence: " << folder.what();

    const MissingMnistError file = missingIn(empty.path().toStdString()); // a folder without the files
    ASSERT_TRUE(file.part().has_value());
    EXPECT_EQ(*file.part(), MnistPart::TrainingImages); // the first one looked for
    EXPECT_EQ(file.expectedFile(), "train-images-idx3-ubyte");
    EXPECT_EQ(MnistDataLoader::missingDataSentence(file).toStdString(),
              "no MNIST training images in " + empty.path().toStdString() +
                  ": expected train-images-idx3-ubyte (or train-images-idx3-ubyte.gz).");
    EXPECT_EQ(std::string(file.what()).rfind(MnistDataLoader::missingDataSentence(file).toStdString(), 0),
              0u);
}

TEST(MissingDataText, AGermanWindowSaysItInGerman) {
    QTemporaryDir empty;
    const InstalledLanguage german(QStringLiteral("de"), QLocale::c());
    const QString folder = MnistDataLoader::missingDataSentence(MissingMnistError("/data/mnist"));
    EXPECT_TRUE(folder.contains(QStringLiteral("/data/mnist"))) << folder.toStdString();
    EXPECT_TRUE(folder.contains(QStringLiteral("existiert nicht"))) << folder.toStdString();
    const QString file = MnistDataLoader::missingDataSentence(
        MissingMnistError("/data/mnist", MnistPart::TestLabels, "t10k-labels-idx1-ubyte"));
    EXPECT_TRUE(file.contains(QStringLiteral("t10k-labels-idx1-ubyte.gz"))) << file.toStdString();
    EXPECT_TRUE(file.contains(QStringLiteral("Testlabels"))) << file.toStdString();
}

// The data box says how to get the data once: the missing part's sentence no longer repeats it.
TEST(MissingDataText, TheDataBoxSaysHowToGetTheDataOnce) {
    QTemporaryDir empty;
    MnistDataLoader loader;
    QSignalSpy loaded(&loader, &MnistDataLoader::loaded);
    loader.load(empty.filePath(QStringLiteral("nowhere")));
    ASSERT_TRUE(loaded.wait(10000));
    const QString box = loader.statusText();
    EXPECT_EQ(box.count(QStringLiteral("Get MNIST")), 1) << box.toStdString();
    EXPECT_TRUE(box.contains(QStringLiteral("does not exist"))) << box.toStdString();
}

} // namespace
} // namespace bplab::ui
