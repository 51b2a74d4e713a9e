// `backprop-lab sheet … --xlsx FILE` (issue 22), through the real executable: the seed, the network and
// the version-2 scenario paths write a zip (as every .xlsx is); --xlsx alone, like --chart alone, keeps
// standard output quiet, and --csv - still puts the table there; SOURCE_DATE_EPOCH makes two runs write
// the same bytes; a folder that does not exist gets exit code 1 and a sentence, and nothing is created.
// What the workbook's formulas compute is checked by LibreOffice (tests/workbook/check_workbook.py).
#include "tests/app/cli/run_executable.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using bplab::test::Result;
using bplab::test::run;

// Every .xlsx is a zip: its first local file header.
const QByteArray kZipStart("PK\x03\x04", 4);

class SheetXlsxCli : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QDir(m_dir.path()).mkpath(QStringLiteral("tmp")));
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }
    // The run's temporary folder (TMPDIR): its own, so that what a run leaves there is seen.
    QString temporaryFolder() const { return path(QStringLiteral("tmp")); }
    QString temporaryFolderVariable() const { return QStringLiteral("TMPDIR=") + temporaryFolder(); }

    // Runs `sheet ARGUMENTS` with the temporary folder above and `variables`.
    Result sheet(const QStringList& arguments, const QStringList& variables = {}) const {
        return run(QStringList{QStringLiteral("sheet")} + arguments,
                   variables + QStringList{temporaryFolderVariable()});
    }
    QByteArray contents(const QString& name) const {
        QFile file(path(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        return file.readAll();
    }
    bool temporaryFolderIsEmpty() const {
        return QDir(temporaryFolder())
            .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }
    // The run succeeded, wrote a zip to `name`, and left nothing in its temporary folder.
    void expectWorkbook(const Result& result, const QString& name) const {
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        EXPECT_TRUE(contents(name).startsWith(kZipStart)) << name.toStdString();
        EXPECT_TRUE(temporaryFolderIsEmpty()) << "left in the temporary folder";
    }
    // A version-2 scenario (network_sheet_cli_test.cpp's XOR file); its path.
    QString writeScenario() const {
        const QString file = path(QStringLiteral("xor.json"));
        QFile out(file);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(R"({"format": "backprop-lab-scenario", "version": 2, "layers": [2, 2, 1],
            "activations": "sigmoid", "weights": [[[0.5, -0.4], [0.3, 0.8]], [[0.7, -0.6]]],
            "data": "xor", "learning_rate": 0.5, "iterations": 7})");
        return file;
    }

private:
    QTemporaryDir m_dir;
};

TEST_F(SheetXlsxCli, TheSeedWritesAWorkbookAndNothingOnStandardOutput) {
    const Result result = sheet({"--iterations", "5", "--xlsx", path("seed.xlsx")});
    expectWorkbook(result, "seed.xlsx");
    // --xlsx alone is what was asked for, as --chart alone is: no table on standard output.
    EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
    EXPECT_TRUE(result.appErr().isEmpty()) << result.appErr().toStdString();
}

TEST_F(SheetXlsxCli, WithCsvDashTheTableStillGoesToStandardOutput) {
    const Result plain = sheet({"--iterations", "5"});
    ASSERT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    const Result result = sheet({"--iterations", "5", "--xlsx", path("seed.xlsx"), "--csv", "-"});
    expectWorkbook(result, "seed.xlsx");
    // The header and 5 rows, the same as without --xlsx.
    EXPECT_EQ(result.out.count(QLatin1Char('\n')), 6) << result.out.toStdString();
    EXPECT_EQ(result.out, plain.out);
}

TEST_F(SheetXlsxCli, TheNetworkPathWritesAWorkbook) {
    const Result result = sheet({"--layers", "2,2,1", "--data", "xor", "--xlsx", path("xor.xlsx")});
    expectWorkbook(result, "xor.xlsx");
    EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
}

TEST_F(SheetXlsxCli, AVersionTwoScenarioWritesAWorkbook) {
    const Result result = sheet({"--scenario", writeScenario(), "--xlsx", path("scenario.xlsx")});
    expectWorkbook(result, "scenario.xlsx");
    EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
}

TEST_F(SheetXlsxCli, SourceDateEpochGivesTheSameBytesTwice) {
    const QStringList fixedTime{QStringLiteral("SOURCE_DATE_EPOCH=1700000000")};
    for (const QStringList& arguments :
         {QStringList{"--iterations", "5"}, QStringList{"--layers", "2,2,1", "--data", "xor"}}) {
        expectWorkbook(sheet(arguments + QStringList{"--xlsx", path("first.xlsx")}, fixedTime), "first.xlsx");
        expectWorkbook(sheet(arguments + QStringList{"--xlsx", path("second.xlsx")}, fixedTime),
                       "second.xlsx");
        EXPECT_EQ(contents("first.xlsx"), contents("second.xlsx")) << arguments.join(' ').toStdString();
    }
}

TEST_F(SheetXlsxCli, AFolderThatDoesNotExistGetsASentenceAndNothingIsCreated) {
    // In a fresh folder rather than at the root, so that a run which did create it leaves nothing behind.
    const QString missing = path("no-such-folder");
    const QString file = QDir(missing).filePath(QStringLiteral("x.xlsx"));
    const Result result = sheet({"--iterations", "5", "--xlsx", file});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
    // The sentence every export gives (ui/common/file_writing.h), on one line after the command's name.
    EXPECT_EQ(result.appErr().toStdString(),
              QStringLiteral("backprop-lab sheet: Could not write %1: the folder %2 does not exist. Choose a "
                             "folder that exists.\n")
                  .arg(file, missing)
                  .toStdString());
    EXPECT_FALSE(QFileInfo::exists(missing));
    EXPECT_TRUE(temporaryFolderIsEmpty()) << "left in the temporary folder";
}

} // namespace
