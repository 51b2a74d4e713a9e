// The data box on a data set of the learner's own in MNIST's format: it says how many classes a
// classes.txt names and which (quoted as text, whatever characters a name has), and words a refused
// classes.txt with the file and the line. The set is cut from the set-up's MNIST (zeros, ones, twos).
#include "core/mnist/mnist_data.h"
#include "tests/support/idx_files.h"
#include "tests/support/mnist_test_data.h"
#include "ui/mnist/data/mnist_data_loader.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

class OwnDataLoader : public ::testing::Test {
protected:
    void SetUp() override {
        const auto mnist = testing::smallMnist(300, 100);
        ASSERT_TRUE(mnist);
        const MnistData three = testing::writeFirstClassesSet(folder.path().toStdString(), *mnist, 3);
        trainImages = three.train.size();
        testImages = three.test.size();
    }
    void writeClasses(const QByteArray& text) {
        QFile file(folder.filePath(QStringLiteral("classes.txt")));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    bool load() {
        QSignalSpy loaded(&loader, &MnistDataLoader::loaded);
        loader.load(folder.path());
        return loaded.wait(10000) && loaded.first().first().toBool();
    }

    QTemporaryDir folder;
    MnistDataLoader loader;
    int trainImages = 0, testImages = 0;
};

TEST_F(OwnDataLoader, TheDataBoxSaysTheNamedClasses) {
    writeClasses("zero\none\n<two> & more\n");
    ASSERT_TRUE(load()) << loader.statusText().toStdString();
    EXPECT_EQ(loader.data()->classes.count(), 3);
    EXPECT_EQ(loader.statusText(),
              QStringLiteral(
                  "%1 training and %2 test images of 3 classes (zero, one, &lt;two&gt; &amp; more) from %3")
                  .arg(trainImages)
                  .arg(testImages)
                  .arg(folder.path().toHtmlEscaped()));
}

TEST_F(OwnDataLoader, WithoutAClassesFileItIsMnistsWording) {
    ASSERT_TRUE(load());
    EXPECT_EQ(loader.data()->classes, ClassNames::digits());
    EXPECT_EQ(loader.statusText(), QStringLiteral("%1 training and %2 test images from %3")
                                       .arg(trainImages)
                                       .arg(testImages)
                                       .arg(folder.path().toHtmlEscaped()));
}

TEST_F(OwnDataLoader, ARefusedClassesFileIsWordedWithItsLine) {
    writeClasses("zero\none\none\n");
    EXPECT_FALSE(load());
    EXPECT_EQ(loader.data(), nullptr);
    EXPECT_TRUE(
        loader.error().contains(QStringLiteral("classes.txt: line 3: “one” names an earlier class too")))
        << loader.error().toStdString();
}

} // namespace
} // namespace bplab::ui
