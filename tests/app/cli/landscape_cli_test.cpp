// `backprop-lab sheet --landscape`, through the real executable: the grid and the path it writes are
// the sheet's own numbers (the table the same command prints), and bad values are refused with a
// sentence and exit code 2.
#include "tests/app/cli/run_executable.h"
#include "tests/support/image_colors.h"
#include "ui/charts/series_colors.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using bplab::test::lines;
using bplab::test::Result;
using bplab::test::run;

QStringList fileLines(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return lines(QString::fromUtf8(file.readAll()));
}

// Column `name` of CSV row `row` (row 0 is the header).
QString cell(const QStringList& rows, int row, const QString& name) {
    const int column = static_cast<int>(rows.first().split(QLatin1Char(',')).indexOf(name));
    return rows.at(row).split(QLatin1Char(',')).value(column);
}

// E_total of row 0 of `sheet` with these extra arguments: the independent one-row reference.
QString sheetLoss(const QStringList& arguments) {
    const Result result = run(QStringList{"sheet", "--iterations", "1"} + arguments);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    return cell(lines(result.out), 1, QStringLiteral("E_total"));
}

TEST(LandscapeCommand, WritesTheGridThenTheTablesPath) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("landscape.csv"));
    const QStringList runOptions{"--iterations", "10", "--lr", "2", "--activation", "tanh"};
    const Result result = run(
        QStringList{"sheet", "--landscape", "w5,w6", "--grid", "5", "--landscape-csv", path} + runOptions);
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty()); // the landscape was asked for, not the table
    const QStringList rows = fileLines(path);
    ASSERT_EQ(rows.size(), 1 + 5 * 5 + 10);
    EXPECT_EQ(rows[0], QStringLiteral("part,eta,iteration,w5,w6,E_total"));
    const QStringList table = lines(run(QStringList{"sheet"} + runOptions).out);
    for (int r = 0; r < 10; ++r) {
        const int row = 1 + 25 + r;
        EXPECT_EQ(cell(rows, row, "part"), QStringLiteral("path"));
        EXPECT_EQ(cell(rows, row, "eta"), QStringLiteral("2"));
        EXPECT_EQ(cell(rows, row, "iteration"), QString::number(r));
        // The same digits as the table: both write each double exactly.
        EXPECT_EQ(cell(rows, row, "w5"), cell(table, 1 + r, "w5"));
        EXPECT_EQ(cell(rows, row, "w6"), cell(table, 1 + r, "w6"));
        EXPECT_EQ(cell(rows, row, "E_total"), cell(table, 1 + r, "E_total"));
    }
}

TEST(LandscapeCommand, AGridPointIsTheSheetsLossForThoseWeights) {
    const Result result =
        run({"sheet", "--landscape", "w1,w8", "--grid", "3", "--span", "1", "--iterations", "5"});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList rows = lines(result.out); // no file named: standard output
    ASSERT_EQ(rows[0], QStringLiteral("part,eta,iteration,w1,w8,E_total"));
    // --span 1 around iteration 0: w1 = 0.15 ± 1, w8 = 0.55 ± 1 in steps of 1; the middle point is the
    // seed itself (up to the last bit of 0.15 − 1 + 1).
    EXPECT_EQ(cell(rows, 1, "w1"), QStringLiteral("-0.85"));
    EXPECT_NEAR(cell(rows, 5, "w1").toDouble(), 0.15, 1e-16);
    EXPECT_NEAR(cell(rows, 5, "w8").toDouble(), 0.55, 1e-16);
    for (int row : {1, 3, 5, 8}) {
        const QString w1 = cell(rows, row, "w1"), w8 = cell(rows, row, "w8");
        EXPECT_EQ(cell(rows, row, "E_total"), sheetLoss({"--set", "w1=" + w1, "--set", "w8=" + w8}))
            << "w1 = " << w1.toStdString() << ", w8 = " << w8.toStdString();
    }
}

TEST(LandscapeCommand, TheTrainOnlyPathLiesOnTheSurface) {
    const Result result =
        run({"sheet", "--landscape", "w5,w6", "--landscape-train-only", "--grid", "2", "--iterations", "20"});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList rows = lines(result.out);
    ASSERT_EQ(rows.size(), 1 + 4 + 20);
    // Iteration 12 of the two-weight path: the other six weights are still the seed's (iteration 0).
    const int row = 1 + 4 + 12;
    EXPECT_EQ(cell(rows, row, "E_total"),
              sheetLoss({"--set", "w5=" + cell(rows, row, "w5"), "--set", "w6=" + cell(rows, row, "w6")}));
}

TEST(LandscapeCommand, ComparesRatesWithOnePathEach) {
    const Result result = run(
        {"sheet", "--landscape", "w5,w6", "--landscape-rates", "0.5, 2", "--grid", "2", "--iterations", "5"});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList rows = lines(result.out);
    ASSERT_EQ(rows.size(), 1 + 4 + 5 + 5);
    EXPECT_EQ(cell(rows, 1 + 4, "eta"), QStringLiteral("0.5"));
    EXPECT_EQ(cell(rows, 1 + 4 + 5, "eta"), QStringLiteral("2"));
    // The η = 2 path is the run at η = 2, row for row.
    const QStringList table = lines(run({"sheet", "--lr", "2", "--iterations", "5"}).out);
    for (int r = 0; r < 5; ++r) {
        EXPECT_EQ(cell(rows, 1 + 4 + 5 + r, "w5"), cell(table, 1 + r, "w5"));
        EXPECT_EQ(cell(rows, 1 + 4 + 5 + r, "E_total"), cell(table, 1 + r, "E_total"));
    }
}

TEST(LandscapeCommand, DrawsThePathInTheChartsColour) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("landscape.png"));
    const Result result =
        run({"sheet", "--landscape", "w5,w6", "--landscape-image", path, "--chart-size", "800x600"});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QImage image(path);
    ASSERT_EQ(image.size(), QSize(800, 600));
    EXPECT_GT(bplab::testing::pixelsOfColor(image, bplab::ui::seriesColor(0), 12), 100);
}

// An own network (--layers, or a version 2 scenario): the axes are its parameters' ids, and the path is
// the table's own numbers, as for the seed.
TEST(LandscapeCommand, AnOwnNetworksAxesAreItsIdsAndItsPathIsItsTable) {
    const QStringList runOptions{"--layers", "2,2,1", "--data", "xor", "--iterations", "6"};
    const Result table = run(QStringList{"sheet"} + runOptions);
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    const QStringList tableRows = lines(table.out);
    const Result result = run(QStringList{"sheet", "--landscape", "w2_11,w1_12", "--grid", "3", "--span",
                                          "0.5", "--iteration", "2"} +
                              runOptions);
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList rows = lines(result.out); // the landscape alone, not the table
    ASSERT_EQ(rows.size(), 1 + 3 * 3 + 6);
    EXPECT_EQ(rows[0], QStringLiteral("part,eta,iteration,w2_11,w1_12,E_total"));
    for (int r = 0; r < 6; ++r) {
        const int row = 1 + 9 + r;
        EXPECT_EQ(cell(rows, row, "iteration"), QString::number(r));
        EXPECT_EQ(cell(rows, row, "w2_11"), cell(tableRows, 1 + r, "w2_11"));
        EXPECT_EQ(cell(rows, row, "w1_12"), cell(tableRows, 1 + r, "w1_12"));
        EXPECT_EQ(cell(rows, row, "E_total"), cell(tableRows, 1 + r, "E_total")) << r;
    }
    // The grid's centre (i = j = 1 of 3, ±0.5 around iteration 2) is iteration 2's own point, up to the
    // rounding of aMin + (aMax − aMin)·½: its E_total.
    EXPECT_NEAR(cell(rows, 1 + 4, "w2_11").toDouble(), cell(tableRows, 3, "w2_11").toDouble(), 1e-15);
    EXPECT_NEAR(cell(rows, 1 + 4, "E_total").toDouble(), cell(tableRows, 3, "E_total").toDouble(), 1e-12);
}

TEST(LandscapeCommand, DrawsAVersionTwoScenariosLandscape) {
    QTemporaryDir dir;
    const QString scenario = dir.filePath(QStringLiteral("xor.json"));
    QFile file(scenario);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "backprop-lab-scenario", "version": 2, "layers": [2, 2, 1],
        "activations": "sigmoid", "weights": [[[0.5, -0.4], [0.3, 0.8]], [[0.7, -0.6]]],
        "data": "xor", "learning_rate": 0.5, "iterations": 7})");
    file.close();
    const QString path = dir.filePath(QStringLiteral("landscape.png"));
    const Result result = run({"sheet", "--scenario", scenario, "--landscape", "w2_11,w2_12",
                               "--landscape-image", path, "--landscape-train-only"});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty());
    const QImage image(path);
    EXPECT_FALSE(image.isNull());
    EXPECT_GT(bplab::testing::pixelsOfColor(image, bplab::ui::seriesColor(0), 12), 100);

    const Result twice = run({"sheet", "--scenario", scenario, "--landscape", "w1_11,w1_11"});
    EXPECT_EQ(twice.exitCode, 2);
    EXPECT_TRUE(
        twice.err.contains("--landscape: the landscape needs two different parameters, not w1_11 twice"))
        << twice.err.toStdString();
}

struct BadLandscape {
    QStringList arguments;
    QString expectedMessage;
};

void PrintTo(const BadLandscape& bad, std::ostream* out) {
    *out << bad.arguments.join(QLatin1Char(' ')).toStdString();
}

class LandscapeCommandBadInput : public ::testing::TestWithParam<BadLandscape> {};

TEST_P(LandscapeCommandBadInput, ExitsWithCode2AndSaysWhatIsWrong) {
    const Result result = run(QStringList{"sheet"} + GetParam().arguments);
    EXPECT_EQ(result.exitCode, 2) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(GetParam().expectedMessage)) << "stderr: " << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Cases, LandscapeCommandBadInput,
    ::testing::Values(
        BadLandscape{{"--landscape", "w5,w5"}, "two different parameters, not w5 twice"},
        BadLandscape{{"--landscape", "w9,w1"}, "'w9' is not a landscape parameter: use w1..w8"},
        BadLandscape{{"--landscape", "b1,w1"}, "'b1' is not a landscape parameter"}, // the seed has no biases
        BadLandscape{{"--landscape", "w5"}, "two parameters separated by a comma"},
        BadLandscape{{"--landscape", "w5,w6", "--grid", "1"}, "--grid"},
        BadLandscape{{"--landscape", "w5,w6", "--grid", "1001"}, "--grid"},
        BadLandscape{{"--landscape", "w5,w6", "--span", "0"}, "--span must be greater than 0"},
        BadLandscape{{"--landscape", "w5,w6", "--iterations", "10", "--iteration", "10"},
                     "iteration 10 is beyond the run: choose 0..9"},
        BadLandscape{{"--grid", "50"}, "--grid belongs to the loss landscape"},
        BadLandscape{{"--landscape", "w5,w6", "--landscape-rates", "0.5,0"},
                     "--landscape-rates: a learning rate must be greater than 0, not 0"},
        BadLandscape{{"--landscape", "w5,w6", "--landscape-rates", "fast"}, "must be a number"},
        BadLandscape{{"--layers", "2,2,1", "--data", "xor", "--landscape", "w5,w6"},
                     "--landscape: 'w5' is not a parameter of this network: use the id of one of its weights "
                     "or biases, such as w1_11"},
        BadLandscape{{"--layers", "2,2,1", "--data", "xor", "--landscape", "w2_11"},
                     "two parameters separated by a comma, e.g. w1_11,w1_12, not 'w2_11'"},
        BadLandscape{{"--layers", "2,2,1", "--data", "xor", "--iterations", "4", "--landscape", "w1_11,w2_11",
                      "--iteration", "4"},
                     "iteration 4 is beyond the run: choose 0..3"}));

} // namespace
