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

// summary --data counts the network a data set gets: one output per class, 10,984 + 17 per class
// parameters (three classes: 10,984 + 51 = 11,035; the last layer 16 × 3 weights + 3 biases = 51).
TEST_F(OwnIdxDataSet, SummaryCountsTheParametersOfTheDataSetsClasses) {
    const Result digits = run({"summary", "--data", folder.path()});
    ASSERT_EQ(digits.exitCode, 0) << digits.err.toStdString();
    EXPECT_FALSE(digits.out.contains(QStringLiteral("classes ("))) << "without classes.txt: MNIST's digits";
    EXPECT_TRUE(digits.out.contains(QStringLiteral("Total params: 11,154"))) << digits.out.toStdString();

    writeClasses("zero\none\ntwo\n");
    const Result named = run({"summary", "--data", folder.path()});
    ASSERT_EQ(named.exitCode, 0) << named.err.toStdString();
    EXPECT_TRUE(named.out.startsWith(QStringLiteral("classes (3): zero, one, two\n\n")))
        << named.out.toStdString();
    EXPECT_TRUE(named.out.contains(QStringLiteral("[-1, 3]"))) << named.out.toStdString();
    EXPECT_TRUE(named.out.contains(QStringLiteral("Total params: 11,035"))) << named.out.toStdString();

    const Result missing = run({"summary", "--data", folder.filePath(QStringLiteral("nowhere"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.startsWith(QStringLiteral("backprop-lab summary: ")))
        << missing.err.toStdString();
    EXPECT_TRUE(missing.out.isEmpty()) << missing.out.toStdString();
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

// A model trained on the named classes remembers them: explain prints and explains by name (a class
// chosen by name or number), and resuming it on MNIST's ten digits is refused naming both lists.
TEST_F(OwnIdxDataSet, TrainsOneModelThatExplainsByItsClassNames) {
    writeClasses("zero\none\ntwo\n");
    QTemporaryDir out;
    ASSERT_TRUE(out.isValid());
    const QString model = out.filePath(QStringLiteral("shapes.pt"));
    const Result trained = run(trainOneEpoch() << "--save" << model);
    ASSERT_EQ(trained.exitCode, 0) << trained.err.toStdString();

    const QStringList explain{"explain", "--model",     model,
                              "--data",  folder.path(), "--test-image",
                              "0",       "--out",       out.filePath(QStringLiteral("explained"))};
    const Result explained = run(explain);
    ASSERT_EQ(explained.exitCode, 0) << explained.err.toStdString();
    for (const char* line : {"  0  zero  ", "  1  one  ", "  2  two  ", "predicted class: "})
        EXPECT_TRUE(explained.out.contains(QLatin1String(line))) << line << '\n'
                                                                 << explained.out.toStdString();
    EXPECT_FALSE(explained.out.contains(QStringLiteral("  3  "))) << "three classes, three lines";
    // The test image is named by its label's number and name, the one the classes file gives it.
    const QRegularExpression source(
        QStringLiteral("explaining test image 0 \\(label ([0-9]), ([a-z]+)\\) with "));
    const QRegularExpressionMatch named = source.match(explained.out);
    ASSERT_TRUE(named.hasMatch()) << explained.out.toStdString();
    const QStringList names{"zero", "one", "two"};
    EXPECT_EQ(named.captured(2), names.value(named.captured(1).toInt())) << explained.out.toStdString();

    const Result byName = run(QStringList(explain) << "--class"
                                                   << "two");
    ASSERT_EQ(byName.exitCode, 0) << byName.err.toStdString();
    EXPECT_TRUE(byName.out.contains(QStringLiteral("of the score of class 2 (two)\n")))
        << byName.out.toStdString();
    const Result byNumber = run(QStringList(explain) << "--class"
                                                     << "1");
    ASSERT_EQ(byNumber.exitCode, 0) << byNumber.err.toStdString();
    EXPECT_TRUE(byNumber.out.contains(QStringLiteral("of the score of class 1 (one)\n")))
        << byNumber.out.toStdString();

    const Result pastTheClasses = run(QStringList(explain) << "--class"
                                                           << "5");
    EXPECT_EQ(pastTheClasses.exitCode, 2);
    EXPECT_TRUE(pastTheClasses.err.contains(QStringLiteral("--class"))) << pastTheClasses.err.toStdString();
    const Result unknown = run(QStringList(explain) << "--class"
                                                    << "square");
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral(
        "--class square: the model's classes are zero, one, two; give one of them, or its number "
        "0 to 2")))
        << unknown.err.toStdString();

    const Result onMnist =
        run({"train", "--resume", model, "--data", QString::fromStdString(defaultMnistDirectory()),
             "--epochs", "2", "--threads", "1"});
    EXPECT_EQ(onMnist.exitCode, 1);
    EXPECT_TRUE(onMnist.err.contains(QStringLiteral(
        "was trained on 3 classes (zero, one, two), but the data set has 10 classes (0, 1, 2, 3, "
        "4, 5, 6, 7, 8, 9)")))
        << onMnist.err.toStdString();
}

} // namespace
} // namespace bplab
