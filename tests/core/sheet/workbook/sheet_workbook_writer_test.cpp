// The .xlsx writer: it writes a zip (an .xlsx is one), the same run with a fixed creation time gives
// the same bytes, a file that cannot be created is a WorkbookFileError, and a workbook missing what
// the writer reads is a programming error. (tests/workbook/check_workbook.py has LibreOffice
// recalculate the formulas of such files against the CSV.)
#include "core/sheet/backprop_sheet.h"
#include "core/sheet/network/network_sheet.h"
#include "core/sheet/workbook/sheet_workbook_writer.h"
#include "tests/core/sheet/workbook/workbook_test_networks.h"
#include "tests/support/temporary_path.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

namespace bplab {
namespace {

std::string bytesOf(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A written file, removed when the test ends.
class WrittenFile {
public:
    explicit WrittenFile(const std::string& name)
        : m_path(temporaryPath(name)) {}
    ~WrittenFile() { std::remove(m_path.c_str()); }
    const std::string& path() const { return m_path; }
    std::string bytes() const { return bytesOf(m_path); }

private:
    std::string m_path;
};

// A zip's local file header: "PK", 3, 4. Its file names are stored uncompressed after it.
const std::string kZipSignature("PK\x03\x04", 4);

TEST(SheetWorkbookWriter, WritesAZipWithTheWorksheetAndTheLossChart) {
    BackpropSheet sheet(SheetInputs{}, 5);
    sheet.runToEnd();
    WrittenFile file("seed.xlsx");
    writeSheetWorkbook(seedWorkbook(sheet, "seed"), file.path());
    const std::string bytes = file.bytes();
    ASSERT_GE(bytes.size(), 4U);
    EXPECT_EQ(bytes.substr(0, 4), kZipSignature);
    EXPECT_NE(bytes.find("xl/worksheets/sheet1.xml"), std::string::npos);
    EXPECT_NE(bytes.find("xl/chartsheets/sheet1.xml"), std::string::npos); // the loss chart
    EXPECT_NE(bytes.find("xl/comments1.xml"), std::string::npos);          // the header's formulas
}

TEST(SheetWorkbookWriter, TheSameRunWithAFixedCreationTimeGivesTheSameBytes) {
    NetworkSheet sheet(testing::xorNetwork(), 10);
    sheet.runToEnd();
    SheetWorkbook workbook = networkWorkbook(sheet, "xor");
    workbook.createdAt = 1'700'000'000; // 2023-11-14
    WrittenFile first("first.xlsx");
    WrittenFile second("second.xlsx");
    writeSheetWorkbook(workbook, first.path());
    writeSheetWorkbook(workbook, second.path());
    const std::string bytes = first.bytes();
    EXPECT_GT(bytes.size(), 1000U);
    EXPECT_TRUE(bytes == second.bytes()) << "two writes of one workbook differ";
    // A different creation time is stated in the file: the bytes differ, so the time is not ignored.
    workbook.createdAt = 1'700'000'060;
    writeSheetWorkbook(workbook, second.path());
    EXPECT_FALSE(bytes == second.bytes());
}

TEST(SheetWorkbookWriter, EveryEngineOfTheTestsWritesIncludingStoppedRuns) {
    for (const auto& [name, inputs] : testing::everySeedVariant()) {
        BackpropSheet sheet(inputs, 3);
        sheet.runToEnd();
        WrittenFile file("seed-variant.xlsx");
        EXPECT_NO_THROW(writeSheetWorkbook(seedWorkbook(sheet, name), file.path())) << name;
    }
    for (const auto& [name, spec] : testing::networkVariants()) {
        NetworkSheet sheet(spec, 3);
        sheet.runToEnd();
        WrittenFile file("network-variant.xlsx");
        EXPECT_NO_THROW(writeSheetWorkbook(networkWorkbook(sheet, name), file.path())) << name;
    }
    // Stopped in row 0 at an uncomputable cross-entropy: E1 and every cell after it have no value.
    SheetInputs inputs;
    inputs.loss = Loss::CrossEntropy;
    inputs.weights[4] = inputs.weights[5] = 100.0;
    BackpropSheet stopped(inputs, 5);
    stopped.runToEnd();
    ASSERT_TRUE(stopped.stoppedAtUncomputableCell());
    WrittenFile file("stopped.xlsx");
    writeSheetWorkbook(seedWorkbook(stopped, "stopped"), file.path());
    EXPECT_EQ(file.bytes().substr(0, 4), kZipSignature);
}

TEST(SheetWorkbookWriter, AFolderThatDoesNotExistIsAFileError) {
    BackpropSheet sheet(SheetInputs{}, 2);
    sheet.runToEnd();
    const std::filesystem::path missing = temporaryPath("no-such-folder");
    ASSERT_FALSE(std::filesystem::exists(missing));
    const std::string path = (missing / "sheet.xlsx").string();
    // EXPECT_THROW fails for any other type, std::runtime_error (its base) included.
    EXPECT_THROW(writeSheetWorkbook(seedWorkbook(sheet, "seed"), path), WorkbookFileError);
    EXPECT_FALSE(std::filesystem::exists(missing));
}

TEST(SheetWorkbookWriter, AWorkbookWithoutItsEngineSourcesOrTemplatesIsAProgrammingError) {
    BackpropSheet sheet(SheetInputs{}, 1);
    sheet.runToEnd();
    WrittenFile file("incomplete.xlsx");
    SheetWorkbook noEngine = seedWorkbook(sheet, "seed");
    noEngine.engine = nullptr;
    EXPECT_THROW(writeSheetWorkbook(noEngine, file.path()), std::logic_error);
    SheetWorkbook noSources = seedWorkbook(sheet, "seed");
    noSources.sourceOf = nullptr;
    EXPECT_THROW(writeSheetWorkbook(noSources, file.path()), std::logic_error);
    SheetWorkbook noTemplates = seedWorkbook(sheet, "seed");
    noTemplates.templateOfCell = nullptr;
    EXPECT_THROW(writeSheetWorkbook(noTemplates, file.path()), std::logic_error);
    EXPECT_FALSE(std::filesystem::exists(file.path())); // refused before anything was written
}

// A sheet just reset (or never stepped) has no row: its workbook still holds the starting values
// (from the inputs and the spec, as typed) and no table rows, and no loss chart to draw.
TEST(SheetWorkbookWriter, ASheetWithNoRowYetWritesItsStartingValues) {
    SheetInputs inputs;
    inputs.weights[4] = 0.125;
    inputs.b1 = 0.35;
    const BackpropSheet seed(inputs, 10);
    ASSERT_EQ(seed.rowCount(), 0);
    const SheetWorkbook seedBook = seedWorkbook(seed, "seed");
    // i1 i2 t1 t2 eta w1..w8 b1 b2: w5 is parameter 9, b1 parameter 13.
    EXPECT_EQ(seedBook.parameters.at(9).value, 0.125);
    EXPECT_EQ(seedBook.parameters.at(13).value, 0.35);
    WrittenFile seedFile("no-rows-seed.xlsx");
    EXPECT_NO_THROW(writeSheetWorkbook(seedBook, seedFile.path()));
    EXPECT_EQ(bytesOf(seedFile.path()).find("chartsheet"), std::string::npos); // no chart without rows

    NetworkSpec spec = seedNetwork(inputs);
    spec.learningRate = 2.0;
    const NetworkSheet network(spec, 10);
    ASSERT_EQ(network.rowCount(), 0);
    const SheetWorkbook networkBook = networkWorkbook(network, "network");
    // η, then w¹₁₁ w¹₁₂ w¹₂₁ w¹₂₂ w²₁₁ (the seed's w5) …
    EXPECT_EQ(networkBook.parameters.at(0).value, 2.0);
    EXPECT_EQ(networkBook.parameters.at(5).value, 0.125);
    WrittenFile networkFile("no-rows-network.xlsx");
    EXPECT_NO_THROW(writeSheetWorkbook(networkBook, networkFile.path()));
}

// keepGoing is told the rows written and may stop the write: WorkbookCancelled, nothing more written.
TEST(SheetWorkbookWriter, KeepGoingHearsTheRowsAndCanCancel) {
    BackpropSheet sheet(SheetInputs{}, 200);
    sheet.runToEnd();
    SheetWorkbook book = seedWorkbook(sheet, "seed");
    std::vector<int> heard;
    book.keepGoing = [&heard](int rows) {
        heard.push_back(rows);
        return true;
    };
    WrittenFile file("progress.xlsx");
    writeSheetWorkbook(book, file.path());
    // Every 64 rows from 0, then once all 200 are written.
    EXPECT_EQ(heard, (std::vector<int>{0, 64, 128, 192, 200}));
    book.keepGoing = [](int rows) { return rows < 64; };
    EXPECT_THROW(writeSheetWorkbook(book, file.path()), WorkbookCancelled);
}

} // namespace
} // namespace bplab
