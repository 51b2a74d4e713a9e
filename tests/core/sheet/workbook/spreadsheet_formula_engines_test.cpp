// Every cell of the seed sheet (every activation, loss and bias setting) and of several networks,
// translated into a spreadsheet formula: it must read exactly the cell's precedents, in the engine's
// order, and, evaluated by an independent reading of the spreadsheet's syntax with a row's values put
// in, give the engine's value of that cell.
#include "core/sheet/sheet_csv.h"
#include "core/sheet/workbook/spreadsheet_formula.h"
#include "tests/core/sheet/workbook/spreadsheet_syntax_evaluator.h"
#include "tests/core/sheet/workbook/workbook_test_networks.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <regex>
#include <string>
#include <vector>

namespace bplab {
namespace {

using IndexOf = std::function<int(std::string_view)>;

// Each quantity q as the token "Q<q>Q", which no part of a translated formula can be mistaken for.
std::string token(int quantity) { return "Q" + std::to_string(quantity) + "Q"; }

// The quantities a formula reads, parsed back out of its tokens, each once, in order of first
// appearance; `rest` gets the formula without them.
std::vector<int> quantitiesRead(const std::string& formula, std::string& rest) {
    static const std::regex tokenPattern("Q([0-9]+)Q");
    std::vector<int> read;
    for (auto it = std::sregex_iterator(formula.begin(), formula.end(), tokenPattern);
         it != std::sregex_iterator(); ++it) {
        const int q = std::stoi((*it)[1].str());
        if (std::find(read.begin(), read.end(), q) == read.end()) read.push_back(q);
    }
    rest = std::regex_replace(formula, tokenPattern, "");
    return read;
}

// Only the spreadsheet's own signs and functions are left once the references are taken out.
bool onlySpreadsheetSyntax(std::string rest) {
    for (const char* function : {"EXP(", "LN(", "TANH(", "MAX("}) {
        for (std::size_t at = rest.find(function); at != std::string::npos; at = rest.find(function))
            rest.replace(at, std::string(function).size(), "(");
    }
    return rest.find_first_not_of("0123456789.+-*/^(),<") == std::string::npos;
}

// Checks every cell of `engine`; templateOf and indexOf are the engine's own.
void expectEveryCellReadsItsPrecedents(const SheetEngine& engine,
                                       const std::function<const std::string&(int)>& templateOf,
                                       const IndexOf& indexOf, const std::string& name) {
    for (int c = 0; c < engine.cellCount(); ++c) {
        const std::string& formulaTemplate = templateOf(c);
        std::string formula;
        ASSERT_NO_THROW(formula = spreadsheetFormula(formulaTemplate, indexOf, token))
            << name << ", cell " << engine.idOf(engine.quantityOfCell(c)) << ": " << formulaTemplate;
        std::string rest;
        EXPECT_EQ(quantitiesRead(formula, rest), engine.precedentsOfCell(c))
            << name << ", cell " << engine.idOf(engine.quantityOfCell(c)) << ": " << formula;
        EXPECT_TRUE(onlySpreadsheetSyntax(rest)) << name << ": " << formula;
    }
}

TEST(SpreadsheetFormulaOfEveryCell, SeedSheetReadsExactlyEachCellsPrecedents) {
    int checked = 0;
    for (const auto& [name, inputs] : testing::everySeedVariant()) {
        const BackpropSheet sheet(inputs);
        expectEveryCellReadsItsPrecedents(
            sheet,
            [&sheet](int c) -> const std::string& { return sheet.cells()[std::size_t(c)].formulaTemplate; },
            quantityIndex, name);
        checked += sheet.cellCount();
    }
    // 4 activations × 2 losses × (27 + 27 + 31 cells: no biases, given biases, learned biases)
    EXPECT_EQ(checked, 8 * (27 + 27 + 31));
}

TEST(SpreadsheetFormulaOfEveryCell, NetworksReadExactlyEachCellsPrecedents) {
    for (const auto& [name, spec] : testing::networkVariants()) {
        const NetworkSheet sheet(spec);
        expectEveryCellReadsItsPrecedents(
            sheet,
            [&sheet](int c) -> const std::string& { return sheet.cells()[std::size_t(c)].formulaTemplate; },
            [&sheet](std::string_view id) { return sheet.quantities().indexOf(id); }, name);
    }
}

// ---- the formulas compute the engine's values ----

// Evaluates every evaluated cell of row 1 (whose weights are row 0's updates; row 0 for a run that
// stopped there) from the row's values, written as their exact shortest text in parentheses (so a
// negative value stays one operand), and compares with the engine's own value to 1e-12 relative: the
// formula may group a product differently from the engine's code ("(a − t)·a·(1 − a)" against
// (a − t)·(a·(1 − a))), which moves the last bits only. Returns how many cells it checked.
int expectFormulasComputeRowOne(SheetEngine& engine, const std::function<const std::string&(int)>& templateOf,
                                const IndexOf& indexOf, const std::string& name) {
    engine.runTo(3);
    // Only a cross-entropy that cannot be computed may stop a run this short, and then in row 0.
    const int row = engine.divergedAt() == 0 && engine.stoppedAtUncomputableCell() ? 0 : 1;
    EXPECT_TRUE(!engine.divergedAt() || row == 0) << name << ": " << engine.stopReason();
    const auto valueText = [&engine, row](int q) { return "(" + formatExact(engine.value(row, q)) + ")"; };
    int checked = 0;
    for (int c = 0; c < engine.cellCount() && engine.isEvaluated(row, c); ++c) {
        const int q = engine.quantityOfCell(c);
        const std::string formula = spreadsheetFormula(templateOf(c), indexOf, valueText);
        const double expected = engine.value(row, q);
        EXPECT_TRUE(std::isfinite(expected)) << name << ", " << engine.idOf(q);
        double computed = 0.0;
        EXPECT_NO_THROW(computed = test::evaluateSpreadsheetFormula(formula)) << formula;
        EXPECT_NEAR(computed, expected, 1e-12 * std::fabs(expected))
            << name << ", cell " << engine.idOf(q) << " = " << formula;
        ++checked;
    }
    return checked;
}

TEST(SpreadsheetFormulaOfEveryCell, SeedSheetFormulasComputeTheSheetsValues) {
    int checked = 0;
    for (const auto& [name, inputs] : testing::everySeedVariant()) {
        BackpropSheet sheet(inputs, 3);
        checked += expectFormulasComputeRowOne(
            sheet,
            [&sheet](int c) -> const std::string& { return sheet.cells()[std::size_t(c)].formulaTemplate; },
            quantityIndex, name);
    }
    // All of row 1 of 8·3 − 4 = 20 runs: 8 activation × loss pairs of 27 + 27 + 31 cells, less the 4 relu
    // or identity cross-entropy runs with biases, whose a_o2 = 1.005 stops them in row 0 at E2 (the 10th
    // cell: 8 forward, E1, E2): 9 cells each instead of 27, 31, 27, 31.
    EXPECT_EQ(checked, 8 * (27 + 27 + 31) - (27 + 31 + 27 + 31) + 4 * 9);
}

TEST(SpreadsheetFormulaOfEveryCell, NetworkFormulasComputeTheSheetsValues) {
    for (const auto& [name, spec] : testing::networkVariants()) {
        NetworkSheet sheet(spec, 3);
        const int checked = expectFormulasComputeRowOne(
            sheet,
            [&sheet](int c) -> const std::string& { return sheet.cells()[std::size_t(c)].formulaTemplate; },
            [&sheet](std::string_view id) { return sheet.quantities().indexOf(id); }, name);
        EXPECT_FALSE(sheet.divergedAt()) << name;
        EXPECT_EQ(checked, sheet.cellCount()) << name;
    }
}

TEST(SpreadsheetSyntaxEvaluator, ReadsASpreadsheetsPrecedence) {
    // The evaluator itself, by hand: negation binds tighter than ^ (-2^2 = (−2)² = 4), ^ runs left to
    // right ((2^3)^2 = 64), a comparison counts as 1 or 0 in a product.
    EXPECT_EQ(test::evaluateSpreadsheetFormula("-2^2"), 4.0);
    EXPECT_EQ(test::evaluateSpreadsheetFormula("2^3^2"), 64.0);
    EXPECT_EQ(test::evaluateSpreadsheetFormula("1+2*3-4/8"), 6.5);            // 1 + 6 − 0.5
    EXPECT_EQ(test::evaluateSpreadsheetFormula("(0<(-0.5))*3+(0<2)*5"), 5.0); // 0·3 + 1·5
    EXPECT_EQ(test::evaluateSpreadsheetFormula("MAX(0,(-1.5))+MAX(0,2.5)"), 2.5);
    EXPECT_EQ(test::evaluateSpreadsheetFormula("1e-05*2"), 2e-05);
    EXPECT_DOUBLE_EQ(test::evaluateSpreadsheetFormula("LN(EXP(2))+TANH(0)"), 2.0);
    EXPECT_THROW(test::evaluateSpreadsheetFormula("1 + 2"), std::invalid_argument); // a space
    EXPECT_THROW(test::evaluateSpreadsheetFormula("SQRT(4)"), std::invalid_argument);
    EXPECT_THROW(test::evaluateSpreadsheetFormula("1·2"), std::invalid_argument);
}

} // namespace
} // namespace bplab
