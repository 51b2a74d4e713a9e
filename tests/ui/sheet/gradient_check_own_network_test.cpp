// The "Gradient check" view follows the sheet shown: with the student's own network, every weight and
// learned bias of the selected iteration against central differences of that step's loss; with the
// seed, its w1..w8 again. The panel is read on the tab's own instance (tab->gradientCheck()): what it
// shows does not depend on its lower tab being enabled.
#include "tests/ui/sheet/own_network_tab_fixture.h"

#include "core/sheet/network/network_gradient_check.h"

#include <QCheckBox>

namespace bplab::ui {
namespace {

class GradientCheckOwnNetworkTest : public OwnNetworkTabTest {
protected:
    QTableWidget* table() const { return tab->gradientCheck()->table(); }
    // The row headers, one line: "∂E/∂w¹₁₁ ∂E/∂w¹₁₂ …" (readable when a comparison fails).
    std::string rowLabels() const {
        QStringList labels;
        for (int r = 0; r < table()->rowCount(); ++r) labels << table()->verticalHeaderItem(r)->text();
        return labels.join(' ').toStdString();
    }
    int selectedIteration() const {
        const auto selected = document()->selectedCell();
        return selected ? selected->iteration : 0;
    }
    // Every row shows ✓, and the summary says all of them agree at the selected iteration.
    void expectAllAgree() const {
        EXPECT_GT(table()->rowCount(), 0);
        for (int r = 0; r < table()->rowCount(); ++r)
            EXPECT_EQ(table()->item(r, 3)->text(), QStringLiteral("✓"))
                << table()->verticalHeaderItem(r)->text().toStdString();
        EXPECT_EQ(tab->gradientCheck()->summary().toStdString(),
                  QStringLiteral("Iteration %1: all %2 partials agree with finite differences.")
                      .arg(selectedIteration())
                      .arg(table()->rowCount())
                      .toStdString());
    }
};

TEST_F(GradientCheckOwnNetworkTest, ListsTheOwnNetworksWeightsAndLearnedBiasesThenTheSeedsAgain) {
    const std::string weights = "∂E/∂w¹₁₁ ∂E/∂w¹₁₂ ∂E/∂w¹₂₁ ∂E/∂w¹₂₂ ∂E/∂w²₁₁ ∂E/∂w²₁₂";
    pickOwnNetwork();
    // The first network (the XOR lesson's): 2-2-1 sigmoid with one learned bias per unit.
    ASSERT_EQ(spec().layers, (std::vector<int>{2, 2, 1}));
    ASSERT_EQ(spec().biasMode, BiasMode::PerUnit);
    EXPECT_EQ(rowLabels(), weights + " ∂E/∂b¹₁ ∂E/∂b¹₂ ∂E/∂b²₁");
    expectAllAgree();
    // The analytic column is the sheet's own partial cell of that row.
    const int partial = network().quantities().indexOf("dE_dw2_12");
    EXPECT_EQ(table()->item(5, 0)->text(),
              QString::number(network().value(selectedIteration(), partial), 'g', 8));

    // Without biases: the six weights alone.
    QComboBox* biases = panel()->architecture()->biasesBox();
    biases->setCurrentIndex(biases->findData(static_cast<int>(BiasMode::None)));
    ASSERT_EQ(spec().biasMode, BiasMode::None);
    EXPECT_EQ(rowLabels(), weights);
    expectAllAgree();

    // One learned bias per layer (as the seed's b1, b2), a mean loss and one example per step.
    biases->setCurrentIndex(biases->findData(static_cast<int>(BiasMode::Shared)));
    panel()->architecture()->learnBiasesBox()->setChecked(true);
    pick(panel()->reductionBox(), panel()->reductionBox()->findData(static_cast<int>(LossReduction::Mean)));
    panel()->batchBox()->setValue(1);
    ASSERT_TRUE(spec().learnBiases);
    ASSERT_EQ(spec().reduction, LossReduction::Mean);
    ASSERT_EQ(spec().batchSize, 1);
    EXPECT_EQ(rowLabels(), weights + " ∂E/∂b¹ ∂E/∂b²");
    expectAllAgree();

    // Back to the seed: its ∂E/∂w1 … ∂E/∂w8.
    pickSeedSheet();
    EXPECT_EQ(rowLabels(), "∂E/∂w1 ∂E/∂w2 ∂E/∂w3 ∂E/∂w4 ∂E/∂w5 ∂E/∂w6 ∂E/∂w7 ∂E/∂w8");
    expectAllAgree();
}

TEST_F(GradientCheckOwnNetworkTest, FollowsTheSelectedIterationOfTheOwnNetwork) {
    pickOwnNetwork();
    const int cell = cellOf("E_total");
    document()->select({3, cell});
    expectAllAgree();
    EXPECT_TRUE(tab->gradientCheck()->summary().startsWith(QStringLiteral("Iteration 3:")));
    const std::vector<GradientCheckEntry> row3 = checkNetworkGradients(network(), 3);
    EXPECT_EQ(table()->item(0, 1)->text(), QString::number(row3[0].numeric, 'g', 8));

    // Reset: nothing computed, nothing to check.
    document()->reset();
    EXPECT_EQ(table()->rowCount(), 0);
    EXPECT_EQ(tab->gradientCheck()->summary().toStdString(),
              "Iteration 0: the partials are not computed yet.");
}

} // namespace
} // namespace bplab::ui
