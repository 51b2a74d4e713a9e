// The seed sheet keeps what a student reads while the engine is generalised (issue 21): for every
// activation, both losses, without biases, with fixed and with learned biases, the table's columns
// (their ids and labels) and every cell's formula, in symbols and with iteration 0's numbers, equal
// tests/data/sheet_seed/formulas.txt, written by this engine at the commit its README names.
// (`backprop-lab sheet` has no option that prints formulas, so this reads them from the core.)
#include "core/sheet/backprop_sheet.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace bplab {
namespace {

const std::string kFormulasFile = std::string(BPLAB_SHEET_SEED) + "/formulas.txt";

enum class SeedBiases { None, Fixed, Learned };

// The same runs as the CSV fixtures (tests/data/sheet_seed/commands.txt): fixed and learned biases
// start at the classic worked example's b1 = 0.35, b2 = 0.6.
SheetInputs seedInputs(Activation activation, Loss loss, SeedBiases biases) {
    SheetInputs inputs;
    inputs.activation = activation;
    inputs.loss = loss;
    if (biases != SeedBiases::None) {
        inputs.b1 = 0.35;
        inputs.b2 = 0.6;
    }
    inputs.learnBiases = biases == SeedBiases::Learned;
    return inputs;
}

// One sheet's texts: a title line, the columns, then "label = symbols" and "  = numbers" per cell, in
// evaluation order. A cell the run could not compute at iteration 0 says so instead of its numbers.
std::string sheetTexts(const std::string& title, const SheetInputs& inputs) {
    BackpropSheet sheet(inputs, 1);
    sheet.runToEnd();
    std::ostringstream out;
    out << "[" << title << "]\n";
    std::string ids = "columns:", labels = "labels:";
    for (const int column : sheet.columns()) {
        ids += " " + quantities()[static_cast<std::size_t>(column)].id;
        labels += " " + quantities()[static_cast<std::size_t>(column)].label;
    }
    out << ids << "\n" << labels << "\n";
    for (int cell = 0; cell < sheet.cellCount(); ++cell) {
        const auto quantity =
            static_cast<std::size_t>(sheet.cells()[static_cast<std::size_t>(cell)].quantity);
        out << quantities()[quantity].label << " = " << sheet.formula(cell) << "\n";
        out << "  = "
            << (sheet.isEvaluated(0, cell) ? sheet.formulaWithNumbers(0, cell)
                                           : "(not computed at iteration 0)")
            << "\n";
    }
    return out.str();
}

std::string allSeedTexts() {
    std::string texts;
    const std::pair<SeedBiases, const char*> biasChoices[] = {{SeedBiases::None, "no-biases"},
                                                              {SeedBiases::Fixed, "fixed-biases"},
                                                              {SeedBiases::Learned, "learned-biases"}};
    for (const Activation activation : kAllActivations) {
        for (const Loss loss : kAllLosses) {
            for (const auto& [biases, name] : biasChoices) {
                const std::string title =
                    std::string(activationName(activation)) + "-" + std::string(lossName(loss)) + "-" + name;
                texts += sheetTexts(title, seedInputs(activation, loss, biases));
            }
        }
    }
    return texts;
}

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream stream(text);
    for (std::string line; std::getline(stream, line);) lines.push_back(line);
    return lines;
}

TEST(SeedFormulas, ColumnsAndFormulaTextsAreTheSeedSheets) {
    std::ifstream file(kFormulasFile, std::ios::binary);
    ASSERT_TRUE(file) << kFormulasFile;
    std::stringstream expected;
    expected << file.rdbuf();
    const std::string actual = allSeedTexts();
    if (actual == expected.str()) return;

    // Where they part, and the whole text in a file beside the build for a diff.
    const std::string written = (std::filesystem::temp_directory_path() / "bplab-seed-formulas.txt").string();
    std::ofstream(written, std::ios::binary) << actual;
    const std::vector<std::string> want = linesOf(expected.str()), got = linesOf(actual);
    for (std::size_t k = 0; k < std::max(want.size(), got.size()); ++k) {
        const std::string wantLine = k < want.size() ? want[k] : "(no line)";
        const std::string gotLine = k < got.size() ? got[k] : "(no line)";
        if (wantLine != gotLine) {
            FAIL() << kFormulasFile << ", line " << k + 1 << " differs:\n  expected: " << wantLine
                   << "\n  now:      " << gotLine << "\n(the engine's whole text: " << written << ")";
        }
    }
    FAIL() << "the lines are equal but the bytes are not (the engine's whole text: " << written << ")";
}

TEST(SeedFormulas, TheSeedSheetReadsAsTheWorkedExample) {
    // A spot check that the texts say what they should, so the fixture above is no empty promise:
    // the seed's h1 = w1·i1 + w2·i2 with 0.15·0.05 + 0.2·0.1, and the first update w1 − η·∂E/∂w1.
    const std::string seed = sheetTexts("seed", SheetInputs{});
    EXPECT_NE(seed.find("columns: w1 w2 w3 w4 w5 w6 w7 w8 h1 h2 a_h1"), std::string::npos) << seed;
    EXPECT_NE(seed.find("\nh1 = w1·i1 + w2·i2\n  = 0.15·0.05 + 0.2·0.1\n"), std::string::npos) << seed;
    EXPECT_NE(seed.find("\nw1′ = w1 − η·∂E/∂w1\n"), std::string::npos) << seed;
}

} // namespace
} // namespace bplab
