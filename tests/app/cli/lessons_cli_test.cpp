// `backprop-lab lessons` and `backprop-lab sheet --scenario`, through the real executable: a lesson
// runs headless with the same table as its values typed by hand, options change it, and a bad
// scenario is a sentence and exit code 1.
#include "tests/app/cli/run_executable.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using bplab::test::lines;
using bplab::test::Result;
using bplab::test::run;

TEST(LessonsCommand, ListsTheBuiltInLessonsWithTheirMeasuredThresholds) {
    const Result result = run({"lessons"});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList rows = lines(result.out);
    ASSERT_EQ(rows.size(), 7) << result.out.toStdString();
    EXPECT_TRUE(rows.first().startsWith(QStringLiteral("seed "))) << rows.first().toStdString();
    const QStringList divergence = rows.filter(QStringLiteral("Too big a step: divergence"));
    ASSERT_EQ(divergence.size(), 1);
    EXPECT_TRUE(divergence.first().startsWith(QStringLiteral("divergence ")));
    // Measured on the identity network over 100 iterations (17.84, tests/core/sheet).
    EXPECT_TRUE(divergence.first().contains(QStringLiteral("diverges from η = 17.8")))
        << divergence.first().toStdString();
    const QStringList saturation = rows.filter(QStringLiteral("saturation "));
    ASSERT_EQ(saturation.size(), 1);
    EXPECT_TRUE(saturation.first().contains(QStringLiteral("never diverges up to η = 1000")));
}

TEST(LessonsCommand, ABuiltInScenarioRunsLikeItsValuesTypedOut) {
    // The divergence lesson: identity, η = 16, 100 iterations, the seed's other values.
    const Result lesson = run({"sheet", "--scenario", "divergence"});
    const Result typed = run({"sheet", "--activation", "identity", "--lr", "16", "--iterations", "100"});
    ASSERT_EQ(lesson.exitCode, 0) << lesson.err.toStdString();
    EXPECT_EQ(lines(lesson.out).size(), 101);
    EXPECT_EQ(lesson.out, typed.out);
}

TEST(LessonsCommand, OptionsChangeTheScenariosValues) {
    // Past the threshold the lesson diverges, as its suggestion promises.
    const Result faster = run({"sheet", "--scenario", "divergence", "--lr", "50"});
    EXPECT_EQ(faster.exitCode, 0);
    EXPECT_TRUE(faster.err.contains(QStringLiteral("diverged at iteration"))) << faster.err.toStdString();
    const Result typed = run({"sheet", "--activation", "identity", "--lr", "50", "--iterations", "100"});
    EXPECT_EQ(faster.out, typed.out);
    // The worked example's biases stay; --iterations replaces its 10,000.
    const Result example =
        run({"sheet", "--scenario", "worked-example", "--iterations", "2", "--set", "w1=0.3"});
    ASSERT_EQ(example.exitCode, 0) << example.err.toStdString();
    const QStringList rows = lines(example.out);
    ASSERT_EQ(rows.size(), 3);
    const QStringList header = rows.first().split(QLatin1Char(','));
    const QStringList first = rows.at(1).split(QLatin1Char(','));
    EXPECT_EQ(first.at(header.indexOf("b1")), QStringLiteral("0.35"));
    EXPECT_EQ(first.at(header.indexOf("w1")), QStringLiteral("0.3"));
    // h1 = 0.3·0.05 + 0.2·0.1 + 0.35 = 0.015 + 0.02 + 0.35 = 0.385
    EXPECT_NEAR(first.at(header.indexOf("h1")).toDouble(), 0.385, 1e-15);
}

TEST(LessonsCommand, AScenarioFileRunsAndABadOneIsASentenceAndExitCode1) {
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("tanh.json"));
    QFile file(good);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "backprop-lab-scenario", "version": 1, "title": "tanh",
                  "inputs": {"i1": 0.05, "i2": 0.1, "t1": 0.01, "t2": 0.99},
                  "weights": [0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55],
                  "activation": "tanh", "loss": "squared", "learning_rate": 2, "iterations": 3,
                  "explanation": "x", "suggestion": "y"})");
    file.close();
    const Result fromFile = run({"sheet", "--scenario", good});
    ASSERT_EQ(fromFile.exitCode, 0) << fromFile.err.toStdString();
    EXPECT_EQ(fromFile.out, run({"sheet", "--activation", "tanh", "--lr", "2", "--iterations", "3"}).out);

    const QString newer = dir.filePath(QStringLiteral("newer.json"));
    QFile newerFile(newer);
    ASSERT_TRUE(newerFile.open(QIODevice::WriteOnly));
    newerFile.write(R"({"format": "backprop-lab-scenario", "version": 9})");
    newerFile.close();
    const Result refused = run({"sheet", "--scenario", newer});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.out.isEmpty());
    EXPECT_TRUE(refused.err.contains(QStringLiteral("version 9, newer than this Backprop Lab reads")))
        << refused.err.toStdString();

    // η = 2000 runs on the command line (--lr 2000 does), but a scenario must open in the window too,
    // whose η box ends at 1000: the same reader refuses it here.
    const QString tooFast = dir.filePath(QStringLiteral("too-fast.json"));
    QFile tooFastFile(tooFast);
    ASSERT_TRUE(tooFastFile.open(QIODevice::WriteOnly));
    QFile goodFile(good);
    ASSERT_TRUE(goodFile.open(QIODevice::ReadOnly));
    tooFastFile.write(goodFile.readAll().replace("\"learning_rate\": 2,", "\"learning_rate\": 2000,"));
    tooFastFile.close();
    const Result beyond = run({"sheet", "--scenario", tooFast});
    EXPECT_EQ(beyond.exitCode, 1);
    EXPECT_TRUE(beyond.out.isEmpty());
    EXPECT_TRUE(beyond.err.contains(QStringLiteral("learning rate 2000 lies outside 0.0001 to 1000")))
        << beyond.err.toStdString();

    const Result unknown = run({"sheet", "--scenario", "no-such-lesson"});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("no built-in lesson or file named 'no-such-lesson'")))
        << unknown.err.toStdString();
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("divergence")));
}

TEST(LessonsCommand, AScenarioDrawsItsChartWithoutADisplay) {
    QTemporaryDir dir;
    const QString chart = dir.filePath(QStringLiteral("divergence.png"));
    const Result result = run({"sheet", "--scenario", "divergence", "--lr", "50", "--chart", chart});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_GT(QFile(chart).size(), 1000);
}

} // namespace
