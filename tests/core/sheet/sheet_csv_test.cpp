#include "core/sheet/sheet_csv.h"
#include "tests/support/sheet_examples.h"

#include "core/sheet/backprop_sheet.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

namespace bplab {
namespace {

std::vector<std::string> split(const std::string& line) {
    std::vector<std::string> fields;
    std::stringstream stream(line);
    std::string field;
    while (std::getline(stream, field, ',')) fields.push_back(field);
    if (!line.empty() && line.back() == ',') fields.emplace_back();
    return fields;
}

TEST(SheetCsv, HeaderThenOneRowPerIteration) {
    BackpropSheet sheet(SheetInputs{}, 3);
    sheet.runToEnd();
    std::stringstream csv;
    writeSheetCsv(csv, sheet);
    std::string header;
    std::getline(csv, header);
    EXPECT_EQ(header, "iteration,w1,w2,w3,w4,w5,w6,w7,w8,h1,h2,a_h1,a_h2,o1,o2,a_o1,a_o2,E1,E2,E_total,"
                      "dE_dw1,dE_dw2,dE_dw3,dE_dw4,dE_dw5,dE_dw6,dE_dw7,dE_dw8,"
                      "w1_new,w2_new,w3_new,w4_new,w5_new,w6_new,w7_new,w8_new");
    std::string line;
    int rows = 0;
    while (std::getline(csv, line)) {
        const auto fields = split(line);
        ASSERT_EQ(fields.size(), 36u);
        EXPECT_EQ(fields[0], std::to_string(rows));
        // Every value reads back to exactly the double in the sheet.
        const std::vector<int> columns = sheet.columns();
        for (std::size_t f = 1; f < fields.size(); ++f) {
            EXPECT_EQ(std::stod(fields[f]), sheet.row(rows)[static_cast<std::size_t>(columns[f - 1])]);
        }
        ++rows;
    }
    EXPECT_EQ(rows, 3);
}

TEST(SheetCsv, FormatExactKeepsEveryDigit) {
    EXPECT_EQ(formatExact(0.15), "0.15");
    EXPECT_EQ(formatExact(0.1 + 0.2), "0.30000000000000004");
    EXPECT_EQ(formatExact(INFINITY), "inf");
    EXPECT_EQ(formatExact(-INFINITY), "-inf");
    EXPECT_EQ(formatExact(std::nan("")), "nan");
}

TEST(SheetCsv, CellsAfterADivergenceAreEmpty) {
    const BackpropSheet sheet = divergedIdentitySheet();
    ASSERT_TRUE(sheet.divergedAt());
    std::stringstream csv;
    writeSheetCsv(csv, sheet);
    std::string line, last;
    while (std::getline(csv, line)) last = line;
    const auto fields = split(last);
    ASSERT_EQ(fields.size(), 36u);
    EXPECT_EQ(fields[0], std::to_string(*sheet.divergedAt()));
    // The first non-finite value ends the run: every later cell of the row stays empty.
    std::size_t firstBad = 1;
    while (firstBad < fields.size() && fields[firstBad] != "inf" && fields[firstBad] != "-inf" &&
           fields[firstBad] != "nan") {
        ++firstBad;
    }
    ASSERT_LT(firstBad, fields.size());
    for (std::size_t f = firstBad + 1; f < fields.size(); ++f) {
        EXPECT_EQ(fields[f], "") << "field " << f;
    }
}

// The seed sheet (no biases, squared error) must stay bit-identical to what it was before biases and
// cross-entropy existed: these files are `backprop-lab sheet` output of commit 1f824bf, and formatExact
// writes every digit, so equal text means equal doubles.
struct SeedFixture {
    const char* file;
    Activation activation;
    double learningRate;
    int iterations;
};

class SeedSheetBeforeBiases : public ::testing::TestWithParam<SeedFixture> {};

TEST_P(SeedSheetBeforeBiases, IsBitIdentical) {
    std::ifstream file(std::string(BPLAB_SHEET_FIXTURES) + "/" + GetParam().file);
    ASSERT_TRUE(file) << GetParam().file;
    std::stringstream expected;
    expected << file.rdbuf();
    SheetInputs inputs;
    inputs.activation = GetParam().activation;
    inputs.learningRate = GetParam().learningRate;
    BackpropSheet sheet(inputs, GetParam().iterations);
    sheet.runToEnd();
    std::stringstream csv;
    writeSheetCsv(csv, sheet);
    EXPECT_EQ(csv.str(), expected.str());
}

INSTANTIATE_TEST_SUITE_P(Fixtures, SeedSheetBeforeBiases,
                         ::testing::Values(SeedFixture{"seed_sheet_100.csv", Activation::Sigmoid, 0.5, 100},
                                           SeedFixture{"seed_tanh_lr2_30.csv", Activation::Tanh, 2.0, 30},
                                           SeedFixture{"seed_relu_30.csv", Activation::Relu, 0.5, 30},
                                           SeedFixture{"seed_identity_lr50.csv", Activation::Identity, 50.0,
                                                       1000}));

std::string headerOf(const SheetInputs& inputs) {
    BackpropSheet sheet(inputs, 1);
    sheet.runToEnd();
    std::stringstream csv;
    writeSheetCsv(csv, sheet);
    std::string header;
    std::getline(csv, header);
    return header;
}

TEST(SheetCsv, BiasColumnsOnlyWhenUsed) {
    SheetInputs inputs = classicWorkedExample();
    EXPECT_EQ(headerOf(inputs),
              "iteration,w1,w2,w3,w4,w5,w6,w7,w8,b1,b2,h1,h2,a_h1,a_h2,o1,o2,a_o1,a_o2,E1,E2,"
              "E_total,dE_dw1,dE_dw2,dE_dw3,dE_dw4,dE_dw5,dE_dw6,dE_dw7,dE_dw8,"
              "w1_new,w2_new,w3_new,w4_new,w5_new,w6_new,w7_new,w8_new");
    inputs.learnBiases = true;
    EXPECT_EQ(headerOf(inputs),
              "iteration,w1,w2,w3,w4,w5,w6,w7,w8,b1,b2,h1,h2,a_h1,a_h2,o1,o2,a_o1,a_o2,E1,E2,"
              "E_total,dE_dw1,dE_dw2,dE_dw3,dE_dw4,dE_dw5,dE_dw6,dE_dw7,dE_dw8,dE_db1,dE_db2,"
              "w1_new,w2_new,w3_new,w4_new,w5_new,w6_new,w7_new,w8_new,b1_new,b2_new");
    // Cross-entropy changes formulas, not columns.
    SheetInputs seed;
    const std::string seedHeader = headerOf(seed);
    seed.loss = Loss::CrossEntropy;
    EXPECT_EQ(headerOf(seed), seedHeader);
}

} // namespace
} // namespace bplab
