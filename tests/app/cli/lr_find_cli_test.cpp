// `backprop-lab lr-find` through the real executable: the range test's lines, CSV and chart, bad
// values (exit 2) and missing data (exit 1); and `train --optimizer`.
#include "tests/app/cli/run_executable.h"
#include "tests/support/image_colors.h"
#include "ui/charts/series_colors.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

namespace bplab::test {
namespace {

const QStringList kSmallRun{"--train-limit", "2000", "--test-limit", "100",
                            "--threads",     "1",    "--batch-size", "64"};

TEST(LrFindCommand, PrintsTheReadingWritesTheCsvAndDrawsTheChart) {
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("range.csv"));
    const QString chart = dir.filePath(QStringLiteral("range.png"));
    const Result result = run(QStringList{"lr-find", "--from", "1e-4", "--to", "100", "--batches", "60",
                                          "--csv", csv, "--chart", chart} +
                              kSmallRun);
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral(
        "range test: learning rate 0.0001 to 100 over up to 60 batches of 64 images, optimizer sgd")))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Suggested one-cycle peak: η = ")));
    const QRegularExpression suggestion(QStringLiteral("suggested learning rate: ([0-9.e+-]+)"));
    const auto match = suggestion.match(result.out);
    ASSERT_TRUE(match.hasMatch()) << result.out.toStdString();
    const double suggested = match.captured(1).toDouble();

    // The CSV: a header, then batch, rate, loss, smoothed loss; rates ×(100/1e-4)^(1/59) apart.
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(rows.size(), 11);
    EXPECT_EQ(rows[0], QStringLiteral("batch,learning_rate,loss,smoothed_loss"));
    const double ratio = std::pow(1e6, 1.0 / 59.0);
    double lowest = 1e300, lowestRate = 0;
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList cells = rows[i].split(QLatin1Char(','));
        ASSERT_EQ(cells.size(), 4) << rows[i].toStdString();
        EXPECT_EQ(cells[0].toInt(), i);
        EXPECT_NEAR(cells[1].toDouble(), 1e-4 * std::pow(ratio, i - 1), 1e-9 * cells[1].toDouble());
        if (cells[3].toDouble() < lowest) {
            lowest = cells[3].toDouble();
            lowestRate = cells[1].toDouble();
        }
    }
    // The printed suggestion is the lowest smoothed point's rate ÷ 10, recomputed from the CSV.
    EXPECT_NEAR(suggested, lowestRate / 10, 1e-5 * suggested);

    QImage image(chart);
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(testing::pixelsOfColor(image, ui::seriesColor(0)), 200) << "the smoothed curve is drawn";
}

TEST(LrFindCommand, BadValuesGetASentenceAndExitTwo) {
    for (const QStringList& arguments :
         {QStringList{"lr-find", "--from", "0"}, QStringList{"lr-find", "--from", "1", "--to", "0.5"},
          QStringList{"lr-find", "--batches", "1"}, QStringList{"lr-find", "--to", "ten"},
          QStringList{"lr-find", "--optimizer", "rmsprop"}}) {
        const Result result = run(arguments);
        EXPECT_EQ(result.exitCode, 2) << arguments.join(' ').toStdString();
        EXPECT_TRUE(result.appErr().startsWith(QStringLiteral("backprop-lab lr-find: ")))
            << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(QStringLiteral("must"))) << result.err.toStdString();
    }
    EXPECT_TRUE(run({"lr-find", "--optimizer", "rmsprop"})
                    .err.contains(QStringLiteral("sgd, nesterov, adam or adamw")));
}

TEST(LrFindCommand, MissingDataGetsASentenceAndExitOne) {
    QTemporaryDir dir;
    const Result result = run({"lr-find", "--data", dir.filePath(QStringLiteral("nowhere"))});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("does not exist"))) << result.err.toStdString();
}

TEST(TrainCommand, TrainsWithTheOptimizerNamedAndSavesIt) {
    QTemporaryDir dir;
    const QString model = dir.filePath(QStringLiteral("adam.pt"));
    const Result result = run(QStringList{"train", "--optimizer", "adam", "--lr", "0.003", "--beta2", "0.99",
                                          "--epochs", "1", "--save", model} +
                              kSmallRun);
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("epoch 1: test loss")));
    // Resuming builds the checkpoint's optimizer again and loads Adam's running means into it.
    const Result resumed = run({"train", "--resume", model, "--epochs", "2", "--threads", "1"});
    ASSERT_EQ(resumed.exitCode, 0) << resumed.err.toStdString();
    EXPECT_TRUE(resumed.out.contains(QStringLiteral("epoch 2: test loss")));

    const Result nesterov = run({"train", "--optimizer", "nesterov", "--momentum", "0"});
    EXPECT_EQ(nesterov.exitCode, 2);
    EXPECT_TRUE(nesterov.err.contains(QStringLiteral("Nesterov optimizer needs a momentum above 0")))
        << nesterov.err.toStdString();
}

} // namespace
} // namespace bplab::test
