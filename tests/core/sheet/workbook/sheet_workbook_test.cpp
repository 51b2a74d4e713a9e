// What a workbook of a run holds beyond the engine: the parameter block (names and values), the
// table's columns (the CSV's), where each given value of a row comes from, and why a run stopped.
#include "core/sheet/network/network_csv.h"
#include "core/sheet/sheet_csv.h"
#include "core/sheet/workbook/sheet_workbook.h"
#include "tests/core/sheet/workbook/workbook_test_networks.h"

#include <gtest/gtest.h>

#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace bplab {

// GoogleTest compares and prints sources through ADL, which looks in bplab (not in a nested unnamed
// namespace).
static bool operator==(const GivenSource& a, const GivenSource& b) {
    return a.kind == b.kind && a.index == b.index && a.field == b.field;
}
static std::ostream& operator<<(std::ostream& out, const GivenSource& s) {
    const char* kinds[] = {"Parameter", "PreviousRow", "Example"};
    return out << kinds[static_cast<int>(s.kind)] << "(" << s.index << ", " << s.field << ")";
}

namespace {

std::vector<std::string> namesOf(const SheetWorkbook& workbook) {
    std::vector<std::string> names;
    for (const WorkbookParameter& p : workbook.parameters) names.push_back(p.name);
    return names;
}
std::vector<std::string> labelsOf(const SheetWorkbook& workbook) {
    std::vector<std::string> labels;
    for (const WorkbookParameter& p : workbook.parameters) labels.push_back(p.label);
    return labels;
}
std::vector<double> valuesOf(const SheetWorkbook& workbook) {
    std::vector<double> values;
    for (const WorkbookParameter& p : workbook.parameters) values.push_back(p.value);
    return values;
}

// The header a table of these columns has, as the CSV writes it: "iteration[,examples],id,id,…".
std::string headerOf(const SheetWorkbook& workbook) {
    std::string header = workbook.examplesOfRow ? "iteration,examples" : "iteration";
    for (const int q : workbook.columns) header += "," + workbook.engine->idOf(q);
    return header;
}
std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

// A sheet with row 0 evaluated: the parameter block reads its values from row 0.
BackpropSheet seedRun(const SheetInputs& inputs = {}) {
    BackpropSheet sheet(inputs, 1);
    sheet.runToEnd();
    return sheet;
}
NetworkSheet networkRun(const NetworkSpec& spec) {
    NetworkSheet sheet(spec, 1);
    sheet.runToEnd();
    return sheet;
}

GivenSource parameter(int index) { return {GivenSource::Kind::Parameter, index, 0}; }
GivenSource previousRow(int quantity) { return {GivenSource::Kind::PreviousRow, quantity, 0}; }
GivenSource example(int index, int field) { return {GivenSource::Kind::Example, index, field}; }

// ---- the seed sheet ----

TEST(SeedWorkbook, ParametersAreTheSeedsGivenValuesByName) {
    const BackpropSheet sheet = seedRun();
    const SheetWorkbook workbook = seedWorkbook(sheet, "seed");
    EXPECT_EQ(workbook.engine, &sheet);
    EXPECT_EQ(workbook.title, "seed");
    EXPECT_EQ(workbook.quantityCount, 46);
    EXPECT_EQ(namesOf(workbook), (std::vector<std::string>{"i_1", "i_2", "t_1", "t_2", "eta", "w_1", "w_2",
                                                           "w_3", "w_4", "w_5", "w_6", "w_7", "w_8"}));
    EXPECT_EQ(labelsOf(workbook), (std::vector<std::string>{"i1", "i2", "t1", "t2", "η", "w1", "w2", "w3",
                                                            "w4", "w5", "w6", "w7", "w8"}));
    EXPECT_EQ(valuesOf(workbook), (std::vector<double>{0.05, 0.10, 0.01, 0.99, 0.5, 0.15, 0.20, 0.25, 0.30,
                                                       0.40, 0.45, 0.50, 0.55}));
    EXPECT_TRUE(workbook.examples.empty()); // the seed's one example is among the parameters
    EXPECT_FALSE(workbook.examplesOfRow);
}

TEST(SeedWorkbook, BiasesAreParametersOnlyWhenTheSheetUsesThem) {
    const BackpropSheet sheet = seedRun(classicWorkedExample()); // b1 = 0.35, b2 = 0.6, not learned
    const SheetWorkbook workbook = seedWorkbook(sheet, "classic");
    ASSERT_EQ(workbook.parameters.size(), 13U + 2U);
    EXPECT_EQ(workbook.parameters[13].name, "b_1");
    EXPECT_EQ(workbook.parameters[13].value, 0.35);
    EXPECT_EQ(workbook.parameters[14].name, "b_2");
    EXPECT_EQ(workbook.parameters[14].value, 0.60);
}

TEST(SeedWorkbook, ColumnsAreTheCsvs) {
    for (const auto& [name, inputs] : testing::everySeedVariant()) {
        BackpropSheet sheet(inputs, 2);
        sheet.runToEnd();
        std::ostringstream csv;
        writeSheetCsv(csv, sheet);
        EXPECT_EQ(headerOf(seedWorkbook(sheet, name)), firstLine(csv.str())) << name;
    }
    // The seed's table by hand: w1..w8, then its 27 cells from h1 on.
    const BackpropSheet seed = seedRun();
    const SheetWorkbook workbook = seedWorkbook(seed, "seed");
    ASSERT_EQ(workbook.columns.size(), 8U + 27U);
    EXPECT_EQ(seed.idOf(workbook.columns[0]), "w1");
    EXPECT_EQ(seed.idOf(workbook.columns[8]), "h1");
}

TEST(SeedWorkbook, AWeightReadsItsStartingValueInRowZeroAndTheRowBeforesUpdateAfter) {
    const BackpropSheet sheet = seedRun();
    const SheetWorkbook workbook = seedWorkbook(sheet, "seed");
    // Parameters i1, i2, t1, t2, η are 0..4, w1..w8 are 5..12.
    EXPECT_EQ(workbook.sourceOf(0, quantity::w1), parameter(5));
    EXPECT_EQ(workbook.sourceOf(0, quantity::w1 + 7), parameter(12));
    // w5 of row 3 is w5′ of row 2: quantity w1_new + 4 = 36 + 4 = 40.
    EXPECT_EQ(workbook.sourceOf(3, quantity::w1 + 4), previousRow(40));
    // The example and η are the same in every row.
    EXPECT_EQ(workbook.sourceOf(3, quantity::i2), parameter(1));
    EXPECT_EQ(workbook.sourceOf(3, quantity::t1), parameter(2));
    EXPECT_EQ(workbook.sourceOf(3, quantity::eta), parameter(4));
    // A computed quantity is no given value.
    EXPECT_THROW(workbook.sourceOf(0, quantity::h1), std::logic_error);
}

TEST(SeedWorkbook, ABiasThatIsNotLearnedIsTheParameterInEveryRow) {
    const BackpropSheet given = seedRun(classicWorkedExample());
    const SheetWorkbook workbook = seedWorkbook(given, "classic");
    for (int row = 0; row < 4; ++row) {
        EXPECT_EQ(workbook.sourceOf(row, quantity::b1), parameter(13)) << row;
        EXPECT_EQ(workbook.sourceOf(row, quantity::b2), parameter(14)) << row;
    }
    SheetInputs inputs = classicWorkedExample();
    inputs.learnBiases = true;
    const BackpropSheet learned = seedRun(inputs);
    // A learned b2 continues b2′ of the row before: quantity 45.
    EXPECT_EQ(seedWorkbook(learned, "learned").sourceOf(2, quantity::b2), previousRow(45));
}

// ---- networks ----

TEST(NetworkWorkbook, ParametersAreEtaAndTheStartingWeightsAndTheTrainingSetIsABlock) {
    const NetworkSheet sheet = networkRun(testing::xorNetwork());
    const SheetWorkbook workbook = networkWorkbook(sheet, "xor");
    EXPECT_EQ(workbook.quantityCount, sheet.quantityCount());
    // W¹ = [[0.5, −0.25], [0.75, 0.25]], W² = [[0.5, −1]]; ids w{layer}_{to}{from} cannot be cells.
    EXPECT_EQ(namesOf(workbook),
              (std::vector<std::string>{"eta", "w1_11", "w1_12", "w1_21", "w1_22", "w2_11", "w2_12"}));
    EXPECT_EQ(labelsOf(workbook),
              (std::vector<std::string>{"η", "w¹₁₁", "w¹₁₂", "w¹₂₁", "w¹₂₂", "w²₁₁", "w²₁₂"}));
    EXPECT_EQ(valuesOf(workbook), (std::vector<double>{0.5, 0.5, -0.25, 0.75, 0.25, 0.5, -1.0}));
    EXPECT_EQ(workbook.exampleFields, (std::vector<std::string>{"x1", "x2", "t1"}));
    // XOR: (0, 0) → 0, (0, 1) → 1, (1, 0) → 1, (1, 1) → 0, inputs then target.
    EXPECT_EQ(workbook.examples,
              (std::vector<std::vector<double>>{{0, 0, 0}, {0, 1, 1}, {1, 0, 1}, {1, 1, 0}}));
    EXPECT_EQ(workbook.examplesOfRow(0), "1 2 3 4");
}

TEST(NetworkWorkbook, ASharedBiasIsNamedSoThatItIsNoCell) {
    NetworkSpec spec = testing::xorNetwork();
    spec.biasMode = BiasMode::Shared;
    spec.biases = {{0.1}, {-0.2}};
    const NetworkSheet sheet = networkRun(spec);
    const std::vector<std::string> names = namesOf(networkWorkbook(sheet, "shared"));
    ASSERT_EQ(names.size(), 7U + 2U);
    EXPECT_EQ(names[7], "b_1"); // the id b1 would be column B, row 1
    EXPECT_EQ(names[8], "b_2");
}

TEST(NetworkWorkbook, ColumnsAreTheCsvs) {
    for (const auto& [name, spec] : testing::networkVariants()) {
        NetworkSheet sheet(spec, 2);
        sheet.runToEnd();
        std::ostringstream csv;
        writeNetworkCsv(csv, sheet);
        const SheetWorkbook workbook = networkWorkbook(sheet, name);
        EXPECT_EQ(headerOf(workbook), firstLine(csv.str())) << name;
        EXPECT_EQ(sheet.idOf(workbook.columns.back()), "eta") << name; // last, as in the CSV
    }
}

TEST(NetworkWorkbook, AStochasticRowReadsItsExampleFromTheTrainingSet) {
    NetworkSpec spec = testing::xorNetwork();
    spec.batchSize = 1;
    const NetworkSheet sheet = networkRun(spec);
    const SheetWorkbook workbook = networkWorkbook(sheet, "stochastic");
    const auto& q = sheet.quantities();
    // Row 5 takes example 5 mod 4 = 1 (counted from 0): fields x1, x2 are 0, 1, and t1 is 2 + 0 = 2.
    EXPECT_EQ(workbook.sourceOf(5, q.indexOf("x1")), example(1, 0));
    EXPECT_EQ(workbook.sourceOf(5, q.indexOf("x2")), example(1, 1));
    EXPECT_EQ(workbook.sourceOf(5, q.indexOf("t1")), example(1, 2));
    EXPECT_EQ(workbook.examplesOfRow(5), "2");
    EXPECT_EQ(workbook.sourceOf(0, q.indexOf("x2")), example(0, 1));
    EXPECT_EQ(workbook.sourceOf(7, q.indexOf("t1")), example(3, 2)); // 7 mod 4 = 3
}

TEST(NetworkWorkbook, AFullBatchRowReadsEachSlotsExample) {
    const NetworkSheet sheet = networkRun(testing::xorNetwork());
    const SheetWorkbook workbook = networkWorkbook(sheet, "full batch");
    const auto& q = sheet.quantities();
    // Slot 3 of every row is example 3 (from 1), index 2; slot 4's target is field 2 of example index 3.
    EXPECT_EQ(workbook.sourceOf(2, q.indexOf("x1@3")), example(2, 0));
    EXPECT_EQ(workbook.sourceOf(2, q.indexOf("t1@4")), example(3, 2));
}

TEST(NetworkWorkbook, WeightsContinueTheRowBeforeAndAGivenBiasStays) {
    NetworkSpec spec = testing::xorNetwork();
    spec.biasMode = BiasMode::PerUnit;
    spec.biases = {{0.1, -0.2}, {0.3}};
    const NetworkSheet sheet = networkRun(spec);
    const SheetWorkbook workbook = networkWorkbook(sheet, "biases");
    const auto& q = sheet.quantities();
    // Parameters: η 0, w1_11 1, w1_12 2, w1_21 3, w1_22 4, w2_11 5, w2_12 6, b1_1 7, b1_2 8, b2_1 9.
    EXPECT_EQ(workbook.sourceOf(0, q.indexOf("w2_12")), parameter(6));
    EXPECT_EQ(workbook.sourceOf(3, q.indexOf("w2_12")), previousRow(q.indexOf("w2_12_new")));
    for (int row = 0; row < 4; ++row) {
        EXPECT_EQ(workbook.sourceOf(row, q.indexOf("b1_2")), parameter(8)) << row;
        EXPECT_EQ(workbook.sourceOf(row, q.indexOf("eta")), parameter(0)) << row;
    }
    EXPECT_THROW(workbook.sourceOf(0, q.indexOf("E_total")), std::logic_error);
}

// ---- why a run stopped ----

TEST(StopMessage, EmptyForARunThatDidNotStop) {
    BackpropSheet sheet(SheetInputs{}, 5);
    sheet.runToEnd();
    EXPECT_EQ(stopMessage(sheet), "");
    EXPECT_EQ(seedWorkbook(sheet, "seed").message, "");
}

TEST(StopMessage, ADivergedNetworkSaysWhere) {
    // A 1-1 identity network, x = 1, t = 0, w = 1, η = 10: w′ = (1 − η)·w = −9·w, so |w| = 9^k and
    // E = ½·81^k, which passes the largest double (1.8·10³⁰⁸) once k > 308.56/1.9085 = 161.7: row 162.
    NetworkSpec spec;
    spec.layers = {1, 1};
    spec.activations = {Activation::Identity};
    spec.data.examples = {{{1.0}, {0.0}}};
    spec.weights = {{{1.0}}};
    spec.learningRate = 10.0;
    NetworkSheet sheet(spec, 1000);
    sheet.runToEnd();
    EXPECT_EQ(stopMessage(sheet), "Diverged at iteration 162: a value became infinite or NaN");
    EXPECT_EQ(networkWorkbook(sheet, "diverged").message, stopMessage(sheet));
}

TEST(StopMessage, TheDivergenceLessonPastItsThresholdSaysWhere) {
    // The divergence lesson: identity, diverging from η ≈ 17.84; at η = 20 it does.
    SheetInputs inputs;
    inputs.activation = Activation::Identity;
    inputs.learningRate = 20.0;
    BackpropSheet sheet(inputs, 2000);
    sheet.runToEnd();
    ASSERT_TRUE(sheet.divergedAt());
    ASSERT_FALSE(sheet.stoppedAtUncomputableCell());
    EXPECT_EQ(stopMessage(sheet), "Diverged at iteration " + std::to_string(*sheet.divergedAt()) +
                                      ": a value became infinite or NaN");
}

TEST(StopMessage, AnUncomputableCrossEntropySaysStoppedAndWhy) {
    SheetInputs inputs;
    inputs.loss = Loss::CrossEntropy;
    inputs.weights[4] = inputs.weights[5] = 100.0; // o1 ≈ 100·0.51 + 100·0.51 = 101: σ(o1) is 1 exactly
    BackpropSheet sheet(inputs, 5);
    sheet.runToEnd();
    const std::string message = stopMessage(sheet);
    EXPECT_EQ(message.rfind("Stopped at iteration 0: cross-entropy needs 0 < a_o1 < 1", 0), 0U) << message;
    EXPECT_NE(message.find("a_o1 = 1 exactly"), std::string::npos) << message;
    EXPECT_EQ(seedWorkbook(sheet, "stopped").message, message);
}

} // namespace
} // namespace bplab
