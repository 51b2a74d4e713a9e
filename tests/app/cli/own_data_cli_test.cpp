// `train --data DIR` on a data set of the learner's own in MNIST's file format: a classes.txt names
// the classes, the network gets one output per class and learns them, and a classes.txt that does not
// fit the labels is refused with the file, the label and what to do. The data set is cut from the
// set-up's MNIST files (the zeros, ones and twos), so nothing is downloaded.
#include "tests/app/cli/run_executable.h"
#include "tests/support/idx_files.h"
#include "tests/support/mnist_test_data.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace bplab {
namespace {

using test::Result;
using test::run;

class OwnIdxDataSet : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(folder.isValid());
        const auto mnist = testing::smallMnist(8000, 600);
        ASSERT_TRUE(mnist);
        testing::writeFirstClassesSet(folder.path().toStdString(), *mnist, 3);
    }
    void writeClasses(const QByteArray& text) {
        QFile file(folder.filePath(QStringLiteral("classes.txt")));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    QStringList trainOneEpoch() const {
        return {"train", "--data", folder.path(), "--epochs", "1", "--threads", "1", "--batch-size", "64"};
    }

    QTemporaryDir folder;
};

TEST_F(OwnIdxDataSet, TrainsOneOutputPerNamedClassAndSaysTheClasses) {
    writeClasses("zero\none\ntwo\n");
    const Result result = run(trainOneEpoch());
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("classes (3): zero, one, two\n")))
        << result.out.toStdString();
    // Chance is 33.3 % for three classes: zeros, ones and twos are told apart far better after one epoch.
    const QRegularExpressionMatch accuracy =
        QRegularExpression(QStringLiteral("epoch 1: test loss [0-9.]+, test accuracy ([0-9.]+) %"))
            .match(result.out);
    ASSERT_TRUE(accuracy.hasMatch()) << result.out.toStdString();
    EXPECT_GT(accuracy.captured(1).toDouble(), 90.0) << result.out.toStdString();
}

TEST_F(OwnIdxDataSet, AClassesFileThatDoesNotFitTheLabelsIsRefusedWithWhatToDo) {
    writeClasses("zero\none\n"); // the labels go up to 2
    const Result result = run(trainOneEpoch());
    EXPECT_EQ(result.exitCode, 1);
    const QString labels = folder.filePath(QStringLiteral("train-labels-idx1-ubyte"));
    EXPECT_TRUE(
        result.err.contains(labels + QStringLiteral(": label 2 at index ")) &&
        result.err.contains(QStringLiteral("classes.txt names 2 classes, for the labels 0 to 1. Name every "
                                           "class in classes.txt, one per line.")))
        << result.err.toStdString();

    writeClasses("zero\none\none\n");
    const Result duplicate = run(trainOneEpoch());
    EXPECT_EQ(duplicate.exitCode, 1);
    EXPECT_TRUE(
        duplicate.err.contains(folder.filePath(QStringLiteral("classes.txt")) +
                               QStringLiteral(": The class names, line 3: \"one\" names an earlier class "
                                              "too.")))
        << duplicate.err.toStdString();
}

} // namespace
} // namespace bplab
