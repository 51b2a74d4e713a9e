// SheetDocument with the student's own network: switching to it and back (the seed sheet kept as it
// was), a spec the sheet refuses, the selection following its quantity by id, given values of an own
// network's rows, and the number of iterations applying to the sheet shown.
#include "ui/sheet/sheet_document.h"

#include "tests/core/sheet/network/network_test_support.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

using bplab::testing::xorNetwork;

class OwnNetworkDocumentTest : public ::testing::Test {
protected:
    int quantityOf(const std::string& id) const {
        const NetworkSheet* network = document.ownNetwork();
        const int q = network ? network->quantities().indexOf(id) : -1;
        EXPECT_GE(q, 0) << "no quantity " << id;
        return q;
    }
    int cellOf(const std::string& id) const { return document.engine().cellOfQuantity(quantityOf(id)); }
    std::string selectedId() const {
        const auto selected = document.selectedCell();
        if (!selected) return {};
        const SheetEngine& shown = document.engine();
        return shown.idOf(shown.quantityOfCell(selected->cell));
    }
    void showXor() {
        QString error;
        ASSERT_TRUE(document.setNetwork(xorNetwork(), &error)) << error.toStdString();
    }

    SheetDocument document;
};

TEST_F(OwnNetworkDocumentTest, SetNetworkShowsTheNetworkComputedAndKeepsTheSeedSheet) {
    const std::vector<double> seedLosses = document.sheet().lossCurve();
    ASSERT_EQ(seedLosses.size(), 100U); // the seed opens computed: 100 rows
    QSignalSpy shown(&document, &SheetDocument::shownSheetChanged);
    QSignalSpy changed(&document, &SheetDocument::changed);

    showXor();

    ASSERT_EQ(shown.count(), 1);
    EXPECT_TRUE(shown.at(0).at(0).toBool());
    EXPECT_GE(changed.count(), 1);
    ASSERT_NE(document.ownNetwork(), nullptr);
    EXPECT_TRUE(document.showsOwnNetwork());
    EXPECT_EQ(&document.engine(), static_cast<const SheetEngine*>(document.ownNetwork()));
    EXPECT_EQ(document.ownNetwork()->spec(), xorNetwork());
    // Like the seed, a new network opens computed, with the seed's 100 rows.
    EXPECT_EQ(document.engine().iterationLimit(), 100);
    EXPECT_EQ(document.engine().completedIterations(), 100);
    EXPECT_EQ(document.selectedCell(), document.engine().currentPosition());
    // Row 0's E_total is the same as a NetworkSheet of that spec computes on its own.
    NetworkSheet alone(xorNetwork());
    alone.runToEnd();
    EXPECT_EQ(document.engine().lossCurve(), alone.lossCurve());
    // The seed sheet is untouched.
    EXPECT_EQ(document.sheet().inputs(), SheetInputs{});
    EXPECT_EQ(document.sheet().lossCurve(), seedLosses);
}

TEST_F(OwnNetworkDocumentTest, ASpecTheSheetRefusesIsSaidInASentenceAndChangesNothing) {
    NetworkSpec tooLarge = xorNetwork();
    tooLarge.layers = {9, 9, 9, 9, 9}; // 9 inputs (at most 4), 3 hidden layers of 9 (at most 6)
    tooLarge.activations.assign(4, Activation::Sigmoid);
    QSignalSpy shown(&document, &SheetDocument::shownSheetChanged);
    QSignalSpy changed(&document, &SheetDocument::changed);

    QString error;
    EXPECT_FALSE(document.setNetwork(tooLarge, &error));
    // The sheet's own words (networkProblems): what is wrong and what it may be.
    EXPECT_TRUE(error.contains(QStringLiteral("9 units"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("1 to 4"))) << error.toStdString();
    EXPECT_FALSE(document.showsOwnNetwork());
    EXPECT_EQ(document.ownNetwork(), nullptr);
    EXPECT_EQ(&document.engine(), static_cast<const SheetEngine*>(&document.sheet()));
    EXPECT_EQ(shown.count(), 0);
    EXPECT_EQ(changed.count(), 0);

    // While an own network is shown, it keeps its spec and its values.
    showXor();
    const std::vector<double> losses = document.engine().lossCurve();
    shown.clear();
    changed.clear();
    error.clear();
    EXPECT_FALSE(document.setNetwork(tooLarge, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(document.showsOwnNetwork());
    EXPECT_EQ(document.ownNetwork()->spec(), xorNetwork());
    EXPECT_EQ(document.engine().lossCurve(), losses);
    EXPECT_EQ(shown.count(), 0);
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(OwnNetworkDocumentTest, ALearningRateOfZeroIsRefusedForTheOwnNetwork) {
    showXor();
    QString error;
    EXPECT_FALSE(document.setLearningRate(0.0, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(document.engine().learningRate(), 0.5);
    EXPECT_EQ(document.sheet().inputs().learningRate, 0.5);
}

TEST_F(OwnNetworkDocumentTest, TheSelectionFollowsItsQuantityWhenEtaOrTheShapeChanges) {
    showXor();
    const int dw = cellOf("w2_11_new");
    document.select({3, dw});
    ASSERT_EQ(selectedId(), "w2_11_new");

    // η changes every value from row 1 on; the selected cell stays the same quantity of the same row.
    QString error;
    ASSERT_TRUE(document.setLearningRate(0.8, &error)) << error.toStdString();
    EXPECT_EQ(document.engine().learningRate(), 0.8);
    EXPECT_EQ(document.sheet().inputs().learningRate, 0.5); // the seed's η is its own
    ASSERT_TRUE(document.selectedCell());
    EXPECT_EQ(document.selectedCell()->iteration, 3);
    EXPECT_EQ(selectedId(), "w2_11_new");
    NetworkSpec faster = xorNetwork();
    faster.learningRate = 0.8;
    NetworkSheet alone(faster);
    alone.runToEnd();
    EXPECT_EQ(document.engine().value(3, quantityOf("w2_11_new")),
              bplab::testing::valueOf(alone, 3, "w2_11_new"));

    // Learned per-unit biases add cells before it (∂E/∂b¹₁ …): its index moves, the selection follows.
    NetworkSpec withBiases = faster;
    withBiases.biasMode = BiasMode::PerUnit;
    withBiases.learnBiases = true;
    withBiases.biases = {{0.0, 0.0}, {0.0}};
    ASSERT_TRUE(document.setNetwork(withBiases, &error)) << error.toStdString();
    ASSERT_NE(cellOf("w2_11_new"), dw); // otherwise this part shows nothing
    ASSERT_TRUE(document.selectedCell());
    EXPECT_EQ(document.selectedCell()->iteration, 3);
    EXPECT_EQ(selectedId(), "w2_11_new");
}

TEST_F(OwnNetworkDocumentTest, InputsOfEveryRowAreGivenButALaterRowsWeightIsTheUpdateBeforeIt) {
    showXor();
    document.select({2, cellOf("a1_1@1")});
    QSignalSpy selection(&document, &SheetDocument::selectionChanged);

    // x₁ of the second example in row 2: XOR's inputs are the same data in every row, typed, not computed.
    const GivenValue input{2, quantityOf("x1@2")};
    document.selectGiven(input);
    ASSERT_TRUE(document.selectedGiven());
    EXPECT_EQ(*document.selectedGiven(), input);
    EXPECT_FALSE(document.selectedCell());
    EXPECT_EQ(selection.count(), 1);

    // w¹₁₁ of row 1 is w¹₁₁′ of row 0, computed: not a given value, ignored.
    document.select({2, cellOf("a1_1@1")});
    selection.clear();
    document.selectGiven({1, quantityOf("w1_11")});
    EXPECT_FALSE(document.selectedGiven());
    ASSERT_TRUE(document.selectedCell());
    EXPECT_EQ(selectedId(), "a1_1@1");
    EXPECT_EQ(selection.count(), 0);

    // In row 0 it is the starting weight: given.
    const GivenValue start{0, quantityOf("w1_11")};
    document.selectGiven(start);
    ASSERT_TRUE(document.selectedGiven());
    EXPECT_EQ(*document.selectedGiven(), start);

    // A computed cell (a¹₁ of example 1) is never a given value.
    document.selectGiven({2, quantityOf("a1_1@1")});
    EXPECT_EQ(*document.selectedGiven(), start);
}

TEST_F(OwnNetworkDocumentTest, TheNumberOfIterationsAppliesToTheSheetShownOnly) {
    showXor();
    QString error;
    ASSERT_TRUE(document.setIterationLimit(40, &error)) << error.toStdString();
    EXPECT_EQ(document.ownNetwork()->iterationLimit(), 40);
    EXPECT_EQ(document.engine().rowCount(), 40);
    EXPECT_EQ(document.sheet().iterationLimit(), 100);
    EXPECT_EQ(document.sheet().rowCount(), 100);

    document.showSeedSheet();
    ASSERT_TRUE(document.setIterationLimit(30, &error)) << error.toStdString();
    EXPECT_EQ(document.sheet().iterationLimit(), 30);
    EXPECT_EQ(document.ownNetwork()->iterationLimit(), 40);

    // A complete run stays complete when the shown sheet gets more rows.
    ASSERT_TRUE(document.setNetwork(xorNetwork(), &error)) << error.toStdString();
    ASSERT_TRUE(document.setIterationLimit(60, &error)) << error.toStdString();
    EXPECT_EQ(document.engine().completedIterations(), 60);
    EXPECT_EQ(document.sheet().iterationLimit(), 30);
}

TEST_F(OwnNetworkDocumentTest, ShowSeedSheetReturnsToTheSeedWithItsValuesAndKeepsTheNetwork) {
    const std::vector<double> seedLosses = document.sheet().lossCurve();
    const auto seedPosition = document.sheet().currentPosition();
    showXor();
    const std::vector<double> ownLosses = document.engine().lossCurve();
    QSignalSpy shown(&document, &SheetDocument::shownSheetChanged);

    document.showSeedSheet();

    ASSERT_EQ(shown.count(), 1);
    EXPECT_FALSE(shown.at(0).at(0).toBool());
    EXPECT_FALSE(document.showsOwnNetwork());
    EXPECT_EQ(&document.engine(), static_cast<const SheetEngine*>(&document.sheet()));
    EXPECT_EQ(document.engine().lossCurve(), seedLosses);
    EXPECT_EQ(document.selectedCell(), seedPosition);
    ASSERT_NE(document.ownNetwork(), nullptr); // kept, to come back to
    EXPECT_EQ(document.ownNetwork()->spec(), xorNetwork());

    // Showing the seed twice announces nothing; coming back shows the network as it was.
    document.showSeedSheet();
    EXPECT_EQ(shown.count(), 1);
    QString error;
    ASSERT_TRUE(document.setNetwork(xorNetwork(), &error)) << error.toStdString();
    EXPECT_EQ(shown.count(), 2);
    EXPECT_TRUE(document.showsOwnNetwork());
    EXPECT_EQ(document.engine().lossCurve(), ownLosses);
}

TEST_F(OwnNetworkDocumentTest, EditingTheSeedWhileItIsShownLeavesTheOwnNetworkAlone) {
    showXor();
    const std::vector<double> ownLosses = document.engine().lossCurve();
    document.showSeedSheet();
    QString error;
    ASSERT_TRUE(document.setLearningRate(0.25, &error)) << error.toStdString();
    EXPECT_EQ(document.sheet().inputs().learningRate, 0.25);
    EXPECT_EQ(document.ownNetwork()->learningRate(), 0.5);
    EXPECT_EQ(document.ownNetwork()->lossCurve(), ownLosses);
}

} // namespace
} // namespace bplab::ui
