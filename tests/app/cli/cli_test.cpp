// Runs the real backprop-lab executable, as a user or a script would, and checks its output and
// exit codes. The executable needs no display for these commands.
#include "tests/app/cli/run_executable.h"
#include "tests/support/image_colors.h"
#include "ui/charts/series_colors.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

namespace {

using bplab::test::lines;
using bplab::test::Result;
using bplab::test::run;

TEST(CommandLine, SheetPrintsTheRequiredColumns) {
    const Result result = run({"sheet", "--iterations", "5"});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList rows = lines(result.out);
    ASSERT_EQ(rows.size(), 6); // header + 5 iterations
    const QStringList header = rows.first().split(QLatin1Char(','));
    QStringList required{"iteration"};
    for (int k = 1; k <= 8; ++k) required << QStringLiteral("w%1").arg(k);
    required << "h1"
             << "h2"
             << "a_h1"
             << "a_h2"
             << "o1"
             << "o2"
             << "a_o1"
             << "a_o2"
             << "E1"
             << "E2"
             << "E_total";
    for (int k = 1; k <= 8; ++k) required << QStringLiteral("dE_dw%1").arg(k);
    for (const QString& column : required) {
        EXPECT_TRUE(header.contains(column)) << "missing column " << column.toStdString();
    }
    // Row 0 at the seed values: E_total = 0.242519857... printed with all its digits.
    const QStringList first = rows.at(1).split(QLatin1Char(','));
    const QString loss = first.at(header.indexOf(QStringLiteral("E_total")));
    EXPECT_TRUE(loss.startsWith(QStringLiteral("0.2425198573"))) << loss.toStdString();
    EXPECT_EQ(first.at(header.indexOf(QStringLiteral("w1"))), QStringLiteral("0.15"));
}

TEST(CommandLine, SheetOptionsChangeTheRun) {
    const Result result = run({"sheet", "--iterations", "2", "--lr", "2", "--activation", "tanh", "--set",
                               "w1=0.3", "--set", "i2=0.2"});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList rows = lines(result.out);
    const QStringList header = rows.first().split(QLatin1Char(','));
    const QStringList first = rows.at(1).split(QLatin1Char(','));
    // h1 = w1·i1 + w2·i2 = 0.3·0.05 + 0.2·0.2 = 0.015 + 0.04 = 0.055; a_h1 = tanh(0.055)
    EXPECT_NEAR(first.at(header.indexOf("h1")).toDouble(), 0.055, 1e-15);
    EXPECT_NEAR(first.at(header.indexOf("a_h1")).toDouble(), std::tanh(0.055), 1e-15);
    // w1′ = w1 − 2·∂E/∂w1
    const double updated = first.at(header.indexOf("w1_new")).toDouble();
    EXPECT_NEAR(updated, 0.3 - 2.0 * first.at(header.indexOf("dE_dw1")).toDouble(), 1e-15);
}

TEST(CommandLine, SheetReproducesTheClassicWorkedExample) {
    const Result result = run({"sheet", "--iterations", "1", "--set", "b1=0.35", "--set", "b2=0.6"});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList rows = lines(result.out);
    const QStringList header = rows.first().split(QLatin1Char(','));
    const QStringList first = rows.at(1).split(QLatin1Char(','));
    // Biases that are not learned add their two columns only.
    EXPECT_EQ(header.indexOf("b1"), 9);
    EXPECT_EQ(header.indexOf("b2"), 10);
    EXPECT_FALSE(header.contains("dE_db1"));
    EXPECT_FALSE(header.contains("b1_new"));
    // net_h1 = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775; the published E_total, ∂E/∂w5 and w5⁺.
    EXPECT_NEAR(first.at(header.indexOf("h1")).toDouble(), 0.3775, 1e-15);
    EXPECT_NEAR(first.at(header.indexOf("E_total")).toDouble(), 0.298371109, 1e-9);
    EXPECT_NEAR(first.at(header.indexOf("dE_dw5")).toDouble(), 0.082167041, 1e-9);
    EXPECT_NEAR(first.at(header.indexOf("w5_new")).toDouble(), 0.35891648, 1e-8);
}

TEST(CommandLine, SheetLearnsBiasesWithCrossEntropy) {
    const Result result = run({"sheet", "--iterations", "2", "--learn-biases", "--loss", "cross-entropy"});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList rows = lines(result.out);
    const QStringList header = rows.first().split(QLatin1Char(','));
    for (const char* column : {"b1", "b2", "dE_db1", "dE_db2", "b1_new", "b2_new"}) {
        EXPECT_TRUE(header.contains(QLatin1String(column))) << column;
    }
    const QStringList first = rows.at(1).split(QLatin1Char(','));
    // Cross-entropy with sigmoid outputs: ∂E/∂w5 = (a_o1 − t1)·a_h1 = 0.596477732·0.506874567 = 0.302339392
    EXPECT_NEAR(first.at(header.indexOf("dE_dw5")).toDouble(), 0.302339392, 1e-9);
    // ∂E/∂b2 = δo1 + δo2 = 0.596477732 − 0.359519165 = 0.236958567;  b2′ = 0 − 0.5·0.236958567
    EXPECT_NEAR(first.at(header.indexOf("dE_db2")).toDouble(), 0.236958567, 1e-9);
    const QStringList second = rows.at(2).split(QLatin1Char(','));
    EXPECT_EQ(second.at(header.indexOf("b2")), first.at(header.indexOf("b2_new")));
}

TEST(CommandLine, AnUncomputableCrossEntropyRunSaysWhy) {
    const Result result =
        run({"sheet", "--loss", "cross-entropy", "--set", "w5=100", "--set", "w6=100", "--iterations", "3"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(
        result.err.contains(QStringLiteral("stopped at iteration 0: cross-entropy needs 0 < a_o1 < 1")))
        << result.err.toStdString();
    EXPECT_FALSE(result.out.contains(QStringLiteral("nan")));
}

TEST(CommandLine, SheetWritesCsvFile) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.csv"));
    const Result result = run({"sheet", "--iterations", "3", "--csv", path});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(lines(QString::fromUtf8(file.readAll())).size(), 4);
}

TEST(CommandLine, ADashForTheCsvFileIsStandardOutput) {
    const Result result = run({"sheet", "--iterations", "3", "--csv", "-"}); // in this test's folder
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(lines(result.out).size(), 4);
    EXPECT_FALSE(QFile::exists(QStringLiteral("-"))) << "no file named '-'";
}

TEST(CommandLine, UnwritableCsvFileIsAnError) {
    const Result result = run({"sheet", "--csv", "/nonexistent-folder/sheet.csv"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("Could not write"))) << result.err.toStdString();
}

TEST(CommandLine, DivergenceIsReportedNotACrash) {
    const Result result = run({"sheet", "--activation", "identity", "--lr", "50", "--iterations", "1000"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.err.contains(QStringLiteral("diverged at iteration"))) << result.err.toStdString();
}

struct BadArguments {
    QStringList arguments;
    QString expectedMessage;
};

// Readable test names in ctest's list: the arguments themselves.
void PrintTo(const BadArguments& bad, std::ostream* out) {
    *out << bad.arguments.join(QLatin1Char(' ')).toStdString();
}

class CommandLineBadInput : public ::testing::TestWithParam<BadArguments> {};

TEST_P(CommandLineBadInput, ExitsWithCode2AndSaysWhatIsWrong) {
    const Result result = run(GetParam().arguments);
    EXPECT_EQ(result.exitCode, 2) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(GetParam().expectedMessage, Qt::CaseInsensitive))
        << "stderr: " << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CommandLineBadInput,
    ::testing::Values(BadArguments{{"sheet", "--bogus"}, "unknown option"},
                      BadArguments{{"sheet", "--lr", "0"}, "greater than 0"},
                      BadArguments{{"sheet", "--lr", "-0.5"}, "greater than 0"},
                      BadArguments{{"sheet", "--lr", "abc"}, "must be a number"},
                      BadArguments{{"sheet", "--lr", "nan"}, "finite"},
                      BadArguments{{"sheet", "--lr", "inf"}, "finite"},
                      BadArguments{{"sheet", "--iterations", "0"}, "--iterations"},
                      BadArguments{{"sheet", "--iterations", "ten"}, "--iterations"},
                      BadArguments{{"sheet", "--activation", "softmax"}, "unknown activation"},
                      BadArguments{{"sheet", "--set", "w9=1"}, "unknown value 'w9'"},
                      BadArguments{{"sheet", "--loss", "hinge"}, "unknown loss 'hinge'"},
                      BadArguments{{"sheet", "--loss", "cross-entropy", "--set", "t1=2"}, "between 0 and 1"},
                      BadArguments{{"sheet", "--set", "w1"}, "name=value"},
                      BadArguments{{"sheet", "extra"}, "unexpected argument"},
                      BadArguments{{"frobnicate"}, "unknown command"}));

// Before any command: an option that is not one of Qt's window options is a usage error, not a window.
INSTANTIATE_TEST_SUITE_P(TopLevel, CommandLineBadInput,
                         ::testing::Values(BadArguments{{"--bogus"}, "unknown option '--bogus'."},
                                           BadArguments{{"-style", "Fusion", "--bogus"},
                                                        "unknown option '--bogus'."},
                                           BadArguments{{"-x"}, "unknown option '-x'."}));

TEST(CommandLine, UsageErrorsShowTheUsageLine) {
    for (const QStringList& arguments : {QStringList{"--bogus"}, QStringList{"frobnicate"}}) {
        const Result result = run(arguments);
        EXPECT_EQ(result.exitCode, 2);
        EXPECT_TRUE(result.err.contains(QStringLiteral("Usage: backprop-lab [COMMAND] [OPTIONS]")))
            << result.err.toStdString();
        EXPECT_FALSE(result.err.contains(QStringLiteral("display")))
            << "a usage error is not a display problem";
    }
}

TEST(CommandLine, HelpAndVersion) {
    const Result help = run({"--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("sheet")));
    const Result sheetHelp = run({"sheet", "--help"});
    EXPECT_EQ(sheetHelp.exitCode, 0);
    EXPECT_TRUE(sheetHelp.out.contains(QStringLiteral("--iterations")));
    // Each command's help names itself, not the executable's path.
    for (const char* command : {"sheet", "lessons", "train", "lr-find", "summary", "explain"}) {
        const Result commandHelp = run({command, "--help"});
        EXPECT_EQ(commandHelp.exitCode, 0) << command;
        EXPECT_TRUE(
            commandHelp.out.startsWith(QStringLiteral("Usage: backprop-lab %1 [options]\n").arg(command)))
            << commandHelp.out.left(80).toStdString();
    }
    const Result version = run({"--version"});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("backprop-lab " BACKPROP_LAB_VERSION)));
}

} // namespace

namespace {

TEST(CommandLine, SheetRendersTheChartWithoutADisplay) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loss.png"));
    const Result result = run({"sheet", "--lr", "2", "--chart", path, "--chart-size", "640x400"});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty()) << "with --chart alone the table is not printed";
    const QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(640, 400));
    // The curve is drawn in the first series colour, not just a frame: count its pixels.
    EXPECT_GT(bplab::testing::pixelsOfColor(image, bplab::ui::seriesColor(0)), 300);
}

TEST(CommandLine, AChartNamedNeitherPngNorSvgIsRefused) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loss.bmp"));
    const Result result = run({"sheet", "--chart", path});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("does not end in .png or .svg")))
        << result.err.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST(CommandLine, BadChartSizeIsAUsageError) {
    const Result result = run({"sheet", "--chart", "x.png", "--chart-size", "big"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--chart-size")));
}

} // namespace

namespace {

TEST(CommandLine, SummaryPrintsTheSeedTable) {
    const Result result = run({"summary"});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("Conv2d-1          [-1, 4, 24, 24]            104")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("Total params: 11,154")));
    // The parameter breakdown after it: conv4 holds 4640 of 11,154 (41.6 %) and sees 16×16 pixels.
    EXPECT_TRUE(result.out.contains(QStringLiteral("   conv4      4608       32     4640   41.6 %")))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("16×16")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("     gap         0        0        0    0.0 %")));
    EXPECT_TRUE(result.out.contains(QStringLiteral("28×28")));
}

TEST(CommandLine, TrainWritesEpochLinesCsvAndACheckpointThatResumes) {
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("epochs.csv"));
    const QString model = dir.filePath(QStringLiteral("model.pt"));
    const QStringList small{"--train-limit", "2000", "--test-limit", "500",
                            "--threads",     "1",    "--batch-size", "64"};
    const Result first = run(QStringList{"train", "--epochs", "1", "--csv", csv, "--save", model} + small);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("training on 2000 images, testing on 500")));
    EXPECT_TRUE(first.out.contains(QStringLiteral("epoch 1/1 100%|")));
    const QRegularExpression epochLine(
        QStringLiteral("epoch 1: test loss [0-9.]+, test accuracy [0-9.]+ %, [0-9.]+ s"));
    EXPECT_TRUE(epochLine.match(first.out).hasMatch()) << first.out.toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList rows = lines(QString::fromUtf8(file.readAll()));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0], QStringLiteral("epoch,train_loss,test_loss,test_accuracy,seconds"));
    EXPECT_TRUE(rows[1].startsWith(QStringLiteral("1,")));
    file.close();

    EXPECT_TRUE(QRegularExpression(
                    QStringLiteral("on the CPU, (native [-A-Za-z0-9]+ kernels|LibTorch's operators)\n"))
                    .match(first.out)
                    .hasMatch())
        << "the line says what computes the layers: " << first.out.toStdString();

    // Resuming honours the machine's fields the checkpoint does not hold, the kernels among them.
    const Result resumed = run(QStringList{"train", "--resume", model, "--epochs", "2", "--csv", csv,
                                           "--threads", "1", "--kernels", "libtorch"});
    ASSERT_EQ(resumed.exitCode, 0) << resumed.err.toStdString();
    EXPECT_TRUE(resumed.out.contains(QStringLiteral("on the CPU, LibTorch's operators")))
        << resumed.out.toStdString();
    EXPECT_TRUE(resumed.out.contains(QStringLiteral("resuming after epoch 1 of 2")));
    EXPECT_TRUE(resumed.out.contains(QStringLiteral("training on 2000 images")))
        << "limits come from the checkpoint";
    EXPECT_TRUE(resumed.out.contains(QStringLiteral("epoch 2: test loss")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(lines(QString::fromUtf8(file.readAll())).size(), 3);
}

TEST(CommandLine, ADivergingRunEndsWithItsOwnExitCodeAndACsvOfTheGoodEpochs) {
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("epochs.csv"));
    const QString model = dir.filePath(QStringLiteral("model.pt"));
    const QStringList small{"--train-limit", "2000", "--test-limit", "500",     "--threads", "1",
                            "--batch-size",  "64",   "--schedule",   "constant"};
    const Result calm = run(QStringList{"train", "--epochs", "1", "--lr", "0.05", "--save", model} + small);
    ASSERT_EQ(calm.exitCode, 0) << calm.err.toStdString();
    // Epoch 2 at the largest rate: it diverges, and the process says where and what was kept.
    const Result wild = run({"train", "--resume", model, "--epochs", "2", "--lr", "10", "--csv", csv});
    EXPECT_EQ(wild.exitCode, 3) << wild.err.toStdString();
    const QRegularExpression sentence(QStringLiteral(
        "diverged at epoch 2, batch [0-9]+ \\(η = 10\\): the training loss became [^;]+; the weights are "
        "back "
        "at the end of epoch 1, the last finite state\\. 1 good epoch\\(s\\) kept; try --lr 1\n"));
    EXPECT_TRUE(sentence.match(wild.err).hasMatch()) << wild.err.toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList rows = lines(QString::fromUtf8(file.readAll()));
    ASSERT_EQ(rows.size(), 2) << "the header and epoch 1, nothing of the diverged epoch";
    EXPECT_TRUE(rows[1].startsWith(QStringLiteral("1,")));
    const Result help = run({"train", "--help"});
    EXPECT_TRUE(help.out.contains(QStringLiteral("3 the loss diverged"))) << help.out.toStdString();
}

TEST(CommandLine, TrainRefusesBadDataAndCheckpointsWithAReason) {
    QTemporaryDir dir;
    const Result missing = run({"train", "--data", dir.filePath(QStringLiteral("nowhere"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("does not exist"))) << missing.err.toStdString();
    EXPECT_TRUE(missing.err.contains(QStringLiteral("fetch-mnist.sh")));

    const Result empty = run({"train", "--data", dir.path()});
    EXPECT_EQ(empty.exitCode, 1);
    EXPECT_TRUE(empty.err.contains(QStringLiteral("no MNIST training images"))) << empty.err.toStdString();

    const QString garbage = dir.filePath(QStringLiteral("garbage.pt"));
    QFile file(garbage);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a model");
    file.close();
    const Result wrong = run({"train", "--resume", garbage, "--train-limit", "100", "--test-limit", "100"});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("not a Backprop Lab checkpoint")))
        << wrong.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Train, CommandLineBadInput,
    ::testing::Values(BadArguments{{"train", "--epochs", "0"},
                                   "--epochs must be a whole number from 1 to 1000"},
                      BadArguments{{"train", "--lr", "nan"}, "--lr must be a finite number"},
                      BadArguments{{"train", "--lr", "-1"}, "--lr must be a number in (0, 10]"},
                      BadArguments{{"train", "--batch-size", "many"}, "--batch-size"},
                      BadArguments{{"train", "--schedule", "cosine"}, "onecycle or constant"},
                      BadArguments{{"train", "--device", "tpu"}, "--device must be cpu or cuda"},
                      BadArguments{{"train", "--unknown"}, "unknown option"},
                      BadArguments{{"summary", "extra"}, "unexpected argument 'extra'"}));

} // namespace
