// What the student reads is what the sheet computes. For every cell of every activation, both losses,
// without biases, with fixed and with learned biases, at every iteration of a short run:
// - the formula with numbers, evaluated by the test's own little evaluator (formula_text_evaluator.h),
//   gives the cell's value (within what 4 printed digits allow);
// - the symbols of the formula name exactly the quantities the cell's value is computed from, found by
//   changing one quantity of the row at a time and seeing whether the cell's value changes.
#include "core/sheet/backprop_sheet.h"
#include "tests/core/sheet/formula_text_evaluator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <random>
#include <set>

namespace bplab {
namespace {

using test::evaluateFormulaText;
using test::Interval;

// --- The evaluator itself, on texts worked out by hand. ---

TEST(FormulaTextEvaluator, ReadsTheSheetsNotationWithHandArithmetic) {
    // 0.15·0.05 + 0.2·0.1 = 0.0075 + 0.02 = 0.0275; each factor ±half a unit in its 4th digit.
    const Interval h1 = evaluateFormulaText("0.15·0.05 + 0.2·0.1");
    EXPECT_TRUE(h1.contains(0.0275));
    // Widths: 0.15 and 0.2 stand for ±0.00005, 0.05 for ±0.000005, 0.1 for [0.099995, 0.10005]
    // (width 0.000055), so the sum's width is 0.05·0.0001 + 0.15·0.00001 + 0.1·0.0001 + 0.2·0.000055
    // = 0.0000275.
    EXPECT_NEAR(h1.hi - h1.lo, 2.75e-5, 1e-8); // to first order: the products of two widths are left out
    // 1/(1 + e^(−0.3775)) = 1/(1 + 0.685602) = 0.593270
    EXPECT_TRUE(evaluateFormulaText("1/(1 + e^(−0.3775))").contains(0.5932699921));
    // ½·(0.01 − 0.7514)² = ½·0.549 = 0.274811
    EXPECT_TRUE(evaluateFormulaText("½·(0.01 − 0.7514)²").contains(0.2748110));
    // −[0.01·ln 0.6065 + (1 − 0.01)·ln(1 − 0.6065)] = −[−0.005001 − 0.923262] = 0.928263
    EXPECT_TRUE(evaluateFormulaText("−[0.01·ln 0.6065 + (1 − 0.01)·ln(1 − 0.6065)]").contains(0.928263));
    // A negative printed in parentheses, tanh, max, step, and 4-digit exponents with an ASCII sign.
    EXPECT_TRUE(evaluateFormulaText("0.4 − 0.5·(−0.3)").contains(0.55));
    EXPECT_TRUE(evaluateFormulaText("tanh(0.5)·(1 − 0.25²)").contains(std::tanh(0.5) * 0.9375));
    EXPECT_TRUE(evaluateFormulaText("max(0, (−0.2))·step(0.3) + max(0, 0.7)·step(0)").contains(0.0));
    EXPECT_TRUE(evaluateFormulaText("1.5e-05·2e+03").contains(0.03));
    // And not a value the digits rule out: 0.6065 stands for [0.60645, 0.60655].
    EXPECT_FALSE(evaluateFormulaText("0.6065").contains(0.6067));
    EXPECT_THROW(evaluateFormulaText("0.5 ·· 2"), std::invalid_argument);
    EXPECT_THROW(evaluateFormulaText("ln(1 − 2)"), std::invalid_argument);
    // "1" is anything in [0.99995, 1.0005): 1 − 1 may be up to 1.0005 − 0.99995 = 0.00055, so
    // ln(1 − 1) is anything up to ln 0.00055 = −7.505.
    EXPECT_TRUE(evaluateFormulaText("ln(1 − 1)").contains(-7.51));
    EXPECT_TRUE(evaluateFormulaText("ln(1 − 1)").contains(-700.0));
    EXPECT_FALSE(evaluateFormulaText("ln(1 − 1)").contains(-7.50));
    EXPECT_THROW(evaluateFormulaText("w5·2"), std::invalid_argument);
}

// --- The sheets checked: every activation × loss × bias mode. ---

enum class Biases { None, Fixed, Learned };

struct Choice {
    Activation activation;
    Loss loss;
    Biases biases;
};

void PrintTo(const Choice& choice, std::ostream* out) {
    const char* biases[] = {"no biases", "fixed biases", "learned biases"};
    *out << activationName(choice.activation) << ", " << lossName(choice.loss) << ", "
         << biases[static_cast<int>(choice.biases)];
}

std::vector<Choice> allFormulaChoices() {
    std::vector<Choice> choices;
    for (Activation activation : kAllActivations) {
        for (Loss loss : kAllLosses) {
            for (Biases biases : {Biases::None, Biases::Fixed, Biases::Learned}) {
                choices.push_back({activation, loss, biases});
            }
        }
    }
    return choices;
}

// The seed values with the choice applied. Small biases keep every output of every activation inside
// (0, 1), so cross-entropy computes whole rows (the worked example's b2 = 0.6 would push an identity
// output past 1).
SheetInputs inputsFor(const Choice& choice) {
    SheetInputs inputs;
    inputs.activation = choice.activation;
    inputs.loss = choice.loss;
    if (choice.biases != Biases::None) {
        inputs.b1 = 0.1;
        inputs.b2 = 0.05;
    }
    inputs.learnBiases = choice.biases == Biases::Learned;
    return inputs;
}

// A random point with weights of both signs (negative numbers in the text, ReLU's zero branch) and a
// large learning rate half the time (big numbers, exponent notation, divergence).
SheetInputs randomInputs(const Choice& choice, std::mt19937& random) {
    std::uniform_real_distribution<double> weight(-1.5, 1.5);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    SheetInputs inputs = inputsFor(choice);
    inputs.i1 = unit(random);
    inputs.i2 = unit(random);
    inputs.t1 = unit(random);
    inputs.t2 = unit(random);
    for (double& w : inputs.weights) w = weight(random);
    if (choice.biases != Biases::None) {
        inputs.b1 = weight(random);
        inputs.b2 = weight(random);
    }
    inputs.learningRate = unit(random) < 0.5 ? 0.5 : 40.0;
    return inputs;
}

constexpr int kIterations = 12;

// Checks every evaluated cell's formula with numbers against its value; returns how precisely each
// text pinned its value down (relative half-widths).
std::vector<double> checkFormulaTexts(const BackpropSheet& sheet) {
    std::vector<double> halfWidths;
    for (int iteration = 0; iteration < sheet.rowCount(); ++iteration) {
        for (int cell = 0; cell < sheet.cellCount(); ++cell) {
            if (!sheet.isEvaluated(iteration, cell)) continue;
            const int q = sheet.cells()[static_cast<std::size_t>(cell)].quantity;
            const double value = sheet.row(iteration)[static_cast<std::size_t>(q)];
            if (!std::isfinite(value)) continue; // the diverged cell prints "∞" or "NaN"
            const std::string text = sheet.formulaWithNumbers(iteration, cell);
            try {
                const Interval allowed = evaluateFormulaText(text);
                EXPECT_TRUE(allowed.contains(value))
                    << "iteration " << iteration << ": " << sheet.formula(cell) << " = " << text << " = ["
                    << allowed.lo << ", " << allowed.hi << "], but the cell holds " << value;
                halfWidths.push_back(allowed.relativeHalfWidth());
            } catch (const std::invalid_argument& error) {
                ADD_FAILURE() << sheet.formula(cell) << " = " << error.what();
            }
        }
    }
    return halfWidths;
}

class FormulaText : public ::testing::TestWithParam<Choice> {};

TEST_P(FormulaText, NumbersInTheFormulaGiveTheCellsValue) {
    BackpropSheet seed(inputsFor(GetParam()), kIterations);
    seed.runToEnd();
    // At least one whole row, so every kind of cell is read (cross-entropy with a ReLU or identity
    // output stops when an output leaves (0, 1)).
    ASSERT_GE(seed.completedIterations(), 1) << seed.stopReason();
    std::vector<double> seedHalfWidths = checkFormulaTexts(seed);
    // The check is only as sharp as the printed digits: at the seed point half the texts pin their
    // value down to 0.1 %, so a wrong quantity or operation (w7 for w8) cannot hide in the rounding.
    // (Where a sum cancels, as the hidden partials do after a few steps, 4 digits say less.)
    std::sort(seedHalfWidths.begin(), seedHalfWidths.end());
    EXPECT_LT(seedHalfWidths[seedHalfWidths.size() / 2], 1e-3);

    std::mt19937 random(20261126);
    for (int point = 0; point < 6; ++point) {
        BackpropSheet sheet(randomInputs(GetParam(), random), kIterations);
        sheet.runToEnd();
        checkFormulaTexts(sheet);
    }
}

// The quantity each label of a symbolic formula names ("∂E/∂w5" → dE_dw5); the words that are
// functions or constants map to nothing. Any other word fails the test.
std::set<int> quantitiesNamedIn(const std::string& formula) {
    std::map<std::string, int> byLabel;
    for (std::size_t q = 0; q < quantities().size(); ++q)
        byLabel[quantities()[q].label] = static_cast<int>(q);
    const std::set<std::string> notQuantities{"e", "ln", "tanh", "max", "step"};
    const auto isWordByte = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
    };
    std::set<int> named;
    std::size_t pos = 0;
    while (pos < formula.size()) {
        std::string word;
        for (std::string prefix : {"∂E/∂", "η"}) {
            if (formula.compare(pos, prefix.size(), prefix) == 0) {
                word = prefix;
                pos += prefix.size();
            }
        }
        if (word != "η") {
            while (pos < formula.size() && isWordByte(formula[pos])) word += formula[pos++];
        }
        if (word.empty()) {
            ++pos; // an operator, a bracket, a space or a byte of a multi-byte sign
            continue;
        }
        if (std::isdigit(static_cast<unsigned char>(word[0])) != 0 || notQuantities.count(word) != 0)
            continue;
        const auto found = byLabel.find(word);
        if (found == byLabel.end()) {
            ADD_FAILURE() << "\"" << word << "\" in \"" << formula << "\" names no quantity";
            continue;
        }
        named.insert(found->second);
    }
    return named;
}

// The quantities a cell's computation reads: each quantity of the row is changed on its own (shifted,
// and flipped in sign so ReLU's step sees the other side of 0) and the cell recomputed from that row.
std::set<int> quantitiesReadBy(const CellSpec& cell, const RowValues& row) {
    const double base = cell.evaluate(row);
    std::set<int> read;
    for (int q = 0; q < kQuantityCount; ++q) {
        const double original = row[static_cast<std::size_t>(q)];
        for (double changed : {original + 0.37, -original - 0.61}) {
            RowValues perturbed = row;
            perturbed[static_cast<std::size_t>(q)] = changed;
            const double value = cell.evaluate(perturbed);
            if (!(value == base)) read.insert(q); // NaN counts as a change
        }
    }
    return read;
}

std::string labelsOf(const std::set<int>& set) {
    std::string text;
    for (int q : set) text += (text.empty() ? "" : ", ") + quantities()[static_cast<std::size_t>(q)].label;
    return "{" + text + "}";
}

TEST_P(FormulaText, SymbolsNameExactlyTheQuantitiesTheValueIsComputedFrom) {
    // The seed point has no value at exactly 0 (where a product would hide a factor's influence).
    BackpropSheet sheet(inputsFor(GetParam()), kIterations);
    sheet.runToEnd();
    ASSERT_GE(sheet.completedIterations(), 1) << sheet.stopReason();
    for (int iteration : {0, sheet.completedIterations() - 1}) {
        for (int cell = 0; cell < sheet.cellCount(); ++cell) {
            const CellSpec& spec = sheet.cells()[static_cast<std::size_t>(cell)];
            const std::set<int> named = quantitiesNamedIn(sheet.formula(cell));
            const std::set<int> read = quantitiesReadBy(spec, sheet.row(iteration));
            EXPECT_EQ(named, read) << quantities()[static_cast<std::size_t>(spec.quantity)].label << " = "
                                   << sheet.formula(cell) << " names " << labelsOf(named)
                                   << " but is computed from " << labelsOf(read) << " (iteration "
                                   << iteration << ")";
        }
    }
}

INSTANTIATE_TEST_SUITE_P(AllSheets, FormulaText, ::testing::ValuesIn(allFormulaChoices()));

} // namespace
} // namespace bplab
