// "Compare rates" follows the sheet shown: with the student's own network, one run of that network per
// rate; back on the seed, the seed's 2-2-2 again. The panel is read on the tab's own instance
// (tab->comparePanel()), made the current lower tab so that it is shown: a hidden panel waits until it
// is shown to recompute.
#include "tests/ui/sheet/own_network_tab_fixture.h"

#include "core/sheet/network/network_rate_sweep.h"
#include "tests/core/sheet/network/network_test_support.h"

namespace bplab::ui {
namespace {

class CompareRatesOwnNetworkTest : public OwnNetworkTabTest {
protected:
    CompareRatesPanel* compare() const { return tab->comparePanel(); }
    void showComparePanel() {
        tab->lowerTabs()->setCurrentWidget(compare());
        ASSERT_TRUE(compare()->isVisible());
    }
    // The XOR 2-2-1 of the core tests: its first loss differs from the seed's 2-2-2.
    void showXorNetwork() {
        pickOwnNetwork();
        QString error;
        ASSERT_TRUE(document()->setNetwork(bplab::testing::xorNetwork(), &error)) << error.toStdString();
        showComparePanel();
    }
    // The network's run at `rate`, built here as the sweep should build it.
    std::vector<double> ownRunAt(double rate) const {
        NetworkSpec spec = network().spec();
        spec.learningRate = rate;
        NetworkSheet run(spec, network().iterationLimit());
        run.runToEnd();
        return run.lossCurve();
    }
};

TEST_F(CompareRatesOwnNetworkTest, CurvesAreTheOwnNetworksRuns) {
    showXorNetwork();
    const double ownStart = network().value(0, network().quantities().indexOf("E_total"));
    ASSERT_NE(ownStart, document()->sheet().lossCurve().front()); // tells the two sheets apart
    const std::vector<LossCurve>& curves = compare()->curves();
    ASSERT_EQ(curves.size(), compare()->rates().size());
    for (const LossCurve& curve : curves) {
        ASSERT_FALSE(curve.losses.empty());
        // Row 0 uses the starting weights at every rate: E_total(0) of the network shown.
        EXPECT_EQ(curve.losses.front(), ownStart) << "η = " << curve.learningRate;
        EXPECT_EQ(curve.losses, ownRunAt(curve.learningRate)) << "η = " << curve.learningRate;
    }
    // The same table as the seed's: one row per rate, named as in the legend.
    ASSERT_EQ(compare()->table()->rowCount(), static_cast<int>(curves.size()));
    EXPECT_EQ(compare()->table()->item(0, 0)->text(), CompareRatesPanel::curveName(curves.front()));
}

TEST_F(CompareRatesOwnNetworkTest, BackOnTheSeedTheCurvesAreTheSeeds) {
    showXorNetwork();
    const double ownStart = network().value(0, network().quantities().indexOf("E_total"));
    ASSERT_EQ(compare()->curves().front().losses.front(), ownStart); // the own network's first
    pickSeedSheet();                                                 // the panel, shown, recomputes at once
    showComparePanel();
    const BackpropSheet& seed = document()->sheet();
    const std::vector<LossCurve> expected =
        sweepLearningRates(seed.inputs(), compare()->rates(), seed.iterationLimit());
    const std::vector<LossCurve>& curves = compare()->curves();
    ASSERT_EQ(curves.size(), expected.size());
    for (std::size_t i = 0; i < curves.size(); ++i) {
        EXPECT_EQ(curves[i].losses.front(), seed.lossCurve().front()) << "η = " << curves[i].learningRate;
        EXPECT_EQ(curves[i].losses, expected[i].losses) << "η = " << curves[i].learningRate;
    }
}

TEST_F(CompareRatesOwnNetworkTest, AnEditOfTheNetworkRecomputesAStepDoesNot) {
    showXorNetwork();
    QSignalSpy recomputed(compare(), &CompareRatesPanel::curvesChanged);
    document()->stepIteration();
    EXPECT_EQ(recomputed.count(), 0); // the compared runs do not depend on the cursor
    NetworkSpec edited = network().spec();
    edited.weights[1][0][0] = 2.0; // w²₁₁: 0.5 → 2
    ASSERT_TRUE(document()->setNetwork(edited));
    EXPECT_EQ(recomputed.count(), 1);
    const double start = network().value(0, network().quantities().indexOf("E_total"));
    for (const LossCurve& curve : compare()->curves()) EXPECT_EQ(curve.losses.front(), start);
}

TEST_F(CompareRatesOwnNetworkTest, BothLossesMeasureTheNetworksSquaredError) {
    showXorNetwork();
    compare()->setComparesLosses(true);
    const std::vector<LossCurve>& curves = compare()->curves();
    // Per rate: squared error, then cross-entropy (a refused cross-entropy would leave one curve per rate).
    ASSERT_EQ(curves.size(), 2 * compare()->rates().size());
    NetworkSpec crossEntropy = network().spec();
    crossEntropy.loss = Loss::CrossEntropy;
    crossEntropy.learningRate = curves[1].learningRate;
    NetworkSheet run(crossEntropy, network().iterationLimit());
    run.runToEnd();
    EXPECT_EQ(curves[1].loss, Loss::CrossEntropy);
    EXPECT_EQ(curves[1].losses, outputSquaredErrorCurve(run));
}

TEST_F(CompareRatesOwnNetworkTest, CompareModeCaptionsTheOwnNetworksRates) {
    showXorNetwork();
    tab->compareAction()->setChecked(true);
    const int rates = static_cast<int>(compare()->rates().size()); // the seed's six
    // "2-2-1 sigmoid network, 4 examples, 6 learning rates"
    EXPECT_EQ(chartTitle().toStdString(),
              QStringLiteral("%1, %2 learning rates").arg(networkName(spec())).arg(rates).toStdString());
    compare()->setComparesLosses(true);
    EXPECT_EQ(chartTitle().toStdString(), QStringLiteral("%1, both losses as ½·squared error of the outputs")
                                              .arg(networkName(spec()))
                                              .toStdString());
}

} // namespace
} // namespace bplab::ui
