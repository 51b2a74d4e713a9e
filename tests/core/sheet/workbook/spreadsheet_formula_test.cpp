// The translation of the sheet's notation into a spreadsheet's: defined names that a spreadsheet does
// not read as cells, "A1" addresses, and each piece of the notation ("·", "−", "ln a", "step(z)", …)
// against formulas written out by hand.
#include "core/sheet/activation.h"
#include "core/sheet/loss.h"
#include "core/sheet/workbook/spreadsheet_formula.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace bplab {
namespace {

// ---- spreadsheetName ----

TEST(SpreadsheetName, AnIdThatReadsAsACellGetsAnUnderscoreBeforeItsDigits) {
    // Each is column letters then a row number: a spreadsheet would read the cell, not a name.
    EXPECT_EQ(spreadsheetName("w5"), "w_5");     // column W, row 5
    EXPECT_EQ(spreadsheetName("i1"), "i_1");     // column I, row 1
    EXPECT_EQ(spreadsheetName("t2"), "t_2");     // column T, row 2
    EXPECT_EQ(spreadsheetName("b1"), "b_1");     // column B, row 1
    EXPECT_EQ(spreadsheetName("x1"), "x_1");     // column X, row 1
    EXPECT_EQ(spreadsheetName("E1"), "E_1");     // column E, row 1
    EXPECT_EQ(spreadsheetName("xfd1"), "xfd_1"); // XFD: Excel's last column, 16,384
}

TEST(SpreadsheetName, AnIdThatCannotBeACellStaysAsItIs) {
    EXPECT_EQ(spreadsheetName("eta"), "eta");         // letters only
    EXPECT_EQ(spreadsheetName("E_total"), "E_total"); // an underscore after the letter
    EXPECT_EQ(spreadsheetName("w2_11"), "w2_11");     // digits, then more than digits
    EXPECT_EQ(spreadsheetName("b1_1"), "b1_1");
    EXPECT_EQ(spreadsheetName("dE_dw5"), "dE_dw5");
    EXPECT_EQ(spreadsheetName("abcd1"), "abcd1"); // four letters: past any column (XFD has three)
}

// ---- cellAddress ----

TEST(CellAddress, CountsRowsAndColumnsFromZeroInLettersAndNumbers) {
    EXPECT_EQ(cellAddress(0, 0), "A1");
    EXPECT_EQ(cellAddress(9, 25), "Z10"); // column 25 is the 26th letter
    // After Z come two letters: column 26 = 1·26 + 0 → "AA"; 701 = 26·26 + 25 → "ZZ";
    // 702 = 1·676 + 1·26 + 0 → "AAA".
    EXPECT_EQ(cellAddress(0, 26), "AA1");
    EXPECT_EQ(cellAddress(0, 701), "ZZ1");
    EXPECT_EQ(cellAddress(0, 702), "AAA1");
    // XFD, the last column: X = 24, F = 6, D = 4 → 24·676 + 6·26 + 4 = 16,384, i.e. column 16,383 from 0.
    EXPECT_EQ(cellAddress(1'048'575, 16'383), "XFD1048576");
}

TEST(CellAddress, AbsoluteAddressesCarryDollars) {
    EXPECT_EQ(cellAddress(0, 0, /*absolute=*/true), "$A$1");
    EXPECT_EQ(cellAddress(11, 27, /*absolute=*/true), "$AB$12");
}

TEST(CellAddress, ANegativeRowOrColumnIsAProgrammingError) {
    EXPECT_THROW(cellAddress(-1, 0), std::logic_error);
    EXPECT_THROW(cellAddress(0, -1), std::logic_error);
}

// ---- spreadsheetFormula, piece by piece ----

// Templates here name the quantities t, a, z, x, y, w, eta, d; the spreadsheet reads each as "R" and
// its id ("Rt"), so every expected formula below is written by hand from the template.
const std::vector<std::string> kIds{"t", "a", "z", "x", "y", "w", "eta", "d"};

std::string translate(const std::string& formulaTemplate) {
    const auto indexOf = [](std::string_view id) {
        for (std::size_t i = 0; i < kIds.size(); ++i) {
            if (kIds[i] == id) return static_cast<int>(i);
        }
        return -1;
    };
    const auto referenceOf = [](int index) { return "R" + kIds.at(static_cast<std::size_t>(index)); };
    return spreadsheetFormula(formulaTemplate, indexOf, referenceOf);
}

TEST(SpreadsheetFormula, ActivationsBecomeTheSpreadsheetsFunctions) {
    // "1/(1 + e^(−{z}))": spaces dropped, e^( → EXP(, − → -.
    EXPECT_EQ(translate(activationTemplate(Activation::Sigmoid, "z")), "1/(1+EXP(-Rz))");
    EXPECT_EQ(translate(activationTemplate(Activation::Tanh, "z")), "TANH(Rz)");
    // "max(0, {z})": the space after the comma dropped too.
    EXPECT_EQ(translate(activationTemplate(Activation::Relu, "z")), "MAX(0,Rz)");
    EXPECT_EQ(translate(activationTemplate(Activation::Identity, "z")), "Rz");
}

TEST(SpreadsheetFormula, DerivativesBecomeProductsPowersAndAComparison) {
    // σ′ = "{a}·(1 − {a})"
    EXPECT_EQ(translate(derivativeTemplate(Activation::Sigmoid, "z", "a")), "Ra*(1-Ra)");
    // tanh′ = "(1 − {a}²)": ² is ^2
    EXPECT_EQ(translate(derivativeTemplate(Activation::Tanh, "z", "a")), "(1-Ra^2)");
    // ReLU′ = "step({z})": a comparison, TRUE or FALSE, which a product counts as 1 or 0
    EXPECT_EQ(translate(derivativeTemplate(Activation::Relu, "z", "a")), "(0<Rz)");
}

TEST(SpreadsheetFormula, LossesKeepTheirOrderOfOperations) {
    // "−[{t}·ln {a} + (1 − {t})·ln(1 − {a})]": [ ] → ( ), "ln {a}" → LN(Ra), "ln(" → LN(
    EXPECT_EQ(translate(lossTemplate(Loss::CrossEntropy, "t", "a")), "-(Rt*LN(Ra)+(1-Rt)*LN(1-Ra))");
    // "½·({t} − {a})²": ½ → 0.5
    EXPECT_EQ(translate(lossTemplate(Loss::SquaredError, "t", "a")), "0.5*(Rt-Ra)^2");
}

TEST(SpreadsheetFormula, OutputDeltasAndUpdates) {
    // Cross-entropy through tanh: "({a} − {t})/({a}·(1 − {a}))·(1 − {a}²)"
    EXPECT_EQ(translate(outputDeltaTemplate(Loss::CrossEntropy, Activation::Tanh, "t", "z", "a")),
              "(Ra-Rt)/(Ra*(1-Ra))*(1-Ra^2)");
    // Squared error through ReLU: "({a} − {t})·step({z})"
    EXPECT_EQ(translate(outputDeltaTemplate(Loss::SquaredError, Activation::Relu, "t", "z", "a")),
              "(Ra-Rt)*(0<Rz)");
    EXPECT_EQ(translate("{w} − {eta}·{d}"), "Rw-Reta*Rd");
}

TEST(SpreadsheetFormula, BracketsMeansAndDecimalsPassThrough) {
    EXPECT_EQ(translate("[{x}·{w} + {y}·{d}]·{a}"), "(Rx*Rw+Ry*Rd)*Ra");
    EXPECT_EQ(translate("({x} + {y})/4"), "(Rx+Ry)/4"); // a mean over 4 examples
    EXPECT_EQ(translate("0.25·{x}"), "0.25*Rx");
}

TEST(SpreadsheetFormula, ALogarithmAtTheEndOfATemplateClosesAfterItsQuantity) {
    EXPECT_EQ(translate("ln {a}"), "LN(Ra)");
    EXPECT_EQ(translate("1 + ln {a}·{t}"), "1+LN(Ra)*Rt"); // only the quantity is the argument
}

TEST(SpreadsheetFormula, NotationASpreadsheetCannotWriteIsAProgrammingError) {
    EXPECT_THROW(translate("√{a}"), std::logic_error);        // no square root in the notation
    EXPECT_THROW(translate("e^{z}"), std::logic_error);       // e^ without its parenthesis
    EXPECT_THROW(translate("{a} - {t}"), std::logic_error);   // an ASCII hyphen is not the notation's −
    EXPECT_THROW(translate("ln ({a})"), std::logic_error);    // "ln " then text, not a quantity
    EXPECT_THROW(translate("{t}·ln "), std::logic_error);     // ends in "ln " with nothing to take
    EXPECT_THROW(translate("{t}·ln x{a}"), std::logic_error); // "ln " then text before the quantity
}

TEST(SpreadsheetFormula, AnUnknownIdIsAProgrammingError) {
    EXPECT_THROW(translate("{q} + {a}"), std::logic_error);
    EXPECT_THROW(translate("{a"), std::logic_error); // unclosed brace
}

} // namespace
} // namespace bplab
