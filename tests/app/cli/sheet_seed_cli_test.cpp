// The seed sheet must not change while the engine is generalised (issue 21): for every activation, both
// losses, without biases, with fixed and with learned biases, `backprop-lab sheet --csv FILE` writes the
// same bytes as the build of the commit named in tests/data/sheet_seed/README.md. formatExact writes
// every digit, so equal bytes mean equal doubles, equal column names and equal stopping points.
//
// One test per line of tests/data/sheet_seed/commands.txt ("FILE ARGUMENTS…"), so the list of runs is
// written once, beside the files it made.
#include "tests/app/cli/run_executable.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using bplab::test::Result;
using bplab::test::run;

const std::string kSeedFolder = std::string(BPLAB_TEST_DATA) + "/sheet_seed";

struct SeedRun {
    std::string file;                   // the fixture, in kSeedFolder
    std::vector<std::string> arguments; // what wrote it, less "--csv FILE"
};

// ctest lists a parameter by what it prints: the fixture's name rather than the struct's bytes.
void PrintTo(const SeedRun& run, std::ostream* out) { *out << run.file; }

// Read while the tests are registered: a missing or empty list is a failure of its own (below), not
// silently no test at all.
std::vector<SeedRun> seedRuns() {
    std::vector<SeedRun> runs;
    std::ifstream list(kSeedFolder + "/commands.txt");
    std::string line;
    while (std::getline(list, line)) {
        if (line.empty() || line.front() == '#') continue;
        std::istringstream words(line);
        SeedRun seedRun;
        words >> seedRun.file;
        for (std::string word; words >> word;) seedRun.arguments.push_back(word);
        runs.push_back(seedRun);
    }
    return runs;
}

std::vector<std::string> splitLines(const QByteArray& bytes) {
    std::vector<std::string> lines;
    std::istringstream stream(bytes.toStdString());
    for (std::string line; std::getline(stream, line);) lines.push_back(line);
    return lines;
}

// "" when equal, else where they first part: the line number (1 = the header) and both lines.
std::string firstDifference(const QByteArray& expected, const QByteArray& actual) {
    if (expected == actual) return {};
    const std::vector<std::string> want = splitLines(expected);
    const std::vector<std::string> got = splitLines(actual);
    for (std::size_t k = 0; k < std::max(want.size(), got.size()); ++k) {
        const std::string wantLine = k < want.size() ? want[k] : "(no line)";
        const std::string gotLine = k < got.size() ? got[k] : "(no line)";
        if (wantLine != gotLine) {
            return "line " + std::to_string(k + 1) + " differs:\n  expected: " + wantLine +
                   "\n  written:  " + gotLine;
        }
    }
    return "the lines are equal but the bytes are not (line endings or the last newline)";
}

class SeedSheetCsv : public ::testing::TestWithParam<SeedRun> {};

TEST_P(SeedSheetCsv, WritesTheSameBytesAsBeforeTheGeneralEngine) {
    QFile fixture(QString::fromStdString(kSeedFolder + "/" + GetParam().file));
    ASSERT_TRUE(fixture.open(QIODevice::ReadOnly)) << fixture.fileName().toStdString();
    const QByteArray expected = fixture.readAll();

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString written = dir.filePath(QStringLiteral("sheet.csv"));
    QStringList arguments;
    for (const std::string& argument : GetParam().arguments) arguments << QString::fromStdString(argument);
    arguments << QStringLiteral("--csv") << written;
    const Result result = run(arguments);
    // Runs that stop at a cell cross-entropy cannot compute say so on standard error and still succeed.
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();

    QFile csv(written);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly)) << "no CSV written";
    const std::string difference = firstDifference(expected, csv.readAll());
    EXPECT_TRUE(difference.empty()) << GetParam().file << ": " << difference;
}

std::string testName(const ::testing::TestParamInfo<SeedRun>& info) {
    std::string name = info.param.file.substr(0, info.param.file.rfind('.'));
    for (char& c : name) {
        if (c == '-') c = '_';
    }
    return name;
}

INSTANTIATE_TEST_SUITE_P(SeedFixtures, SeedSheetCsv, ::testing::ValuesIn(seedRuns()), testName);

TEST(SeedSheetCsvList, CoversEveryActivationLossAndBiasChoice) {
    // 4 activations × 2 losses × (none, fixed, learned) + the defaults' run.
    EXPECT_EQ(seedRuns().size(), 4u * 2u * 3u + 1u);
}

TEST(SeedSheetCsvFirstDifference, NamesTheLineWhereTheFilesPart) {
    EXPECT_EQ(firstDifference("a,b\n1,2\n", "a,b\n1,2\n"), "");
    EXPECT_EQ(firstDifference("a,b\n1,2\n", "a,b\n1,3\n"),
              "line 2 differs:\n  expected: 1,2\n  written:  1,3");
    EXPECT_EQ(firstDifference("a,b\n1,2\n", "a,b\n"),
              "line 2 differs:\n  expected: 1,2\n  written:  (no line)");
    EXPECT_EQ(firstDifference("a,b\n", "a,b"),
              "the lines are equal but the bytes are not (line endings or the last newline)");
}

} // namespace
