// The own network after a restart (settings) and its decision boundary, through the sheet tab.
#include "tests/ui/sheet/own_network_tab_fixture.h"

namespace bplab::ui {
namespace {

TEST_F(OwnNetworkTabTest, AnOwnNetworkShownComesBackShownInTheNextTab) {
    pickOwnNetwork();
    panel()->seedBox()->setValue(5);
    panel()->architecture()->hiddenUnitsBox(0)->setValue(3);
    panel()->learningRateControl()->setLearningRate(0.8);
    panel()->iterationsBox()->setValue(40);
    const NetworkSpec saved = spec();
    ASSERT_EQ(network().iterationLimit(), 40);
    ASSERT_EQ(saved.weights,
              drawNetworkWeights({2, 3, 1}, StartingWeights{}.init, 5, StartingWeights{}.uniformRange));

    tab.reset(); // saves
    tab = std::make_unique<BackpropSheetTab>();
    ASSERT_TRUE(document()->showsOwnNetwork());
    EXPECT_EQ(spec(), saved);
    EXPECT_EQ(network().iterationLimit(), 40);
    EXPECT_EQ(panel()->spec(), saved);
    EXPECT_EQ(panel()->iterationsBox()->value(), 40);
    EXPECT_EQ(panel()->startingWeights().seed, 5U);
    EXPECT_EQ(tab->valuesStack()->networkBox()->currentIndex(), 1);
    expectTableShowsTheOwnNetwork();
    EXPECT_TRUE(tab->compareAction()->isEnabled()); // compare rates follows an own network
    EXPECT_EQ(chartTitle(), networkRunCaption(saved));
}

TEST_F(OwnNetworkTabTest, AnOwnNetworkBuiltButNotShownComesBackBehindTheSeedSheet) {
    pickOwnNetwork();
    panel()->architecture()->hiddenUnitsBox(0)->setValue(4);
    const NetworkSpec saved = spec();
    pickSeedSheet();

    tab.reset();
    tab = std::make_unique<BackpropSheetTab>();
    EXPECT_FALSE(document()->showsOwnNetwork());
    ASSERT_NE(document()->ownNetwork(), nullptr);
    EXPECT_EQ(spec(), saved);
    EXPECT_EQ(tab->valuesStack()->networkBox()->currentIndex(), 0);
    EXPECT_EQ(tab->tableModel()->columnCount(), static_cast<int>(document()->sheet().columns().size()));
    EXPECT_TRUE(tab->compareAction()->isEnabled());
    // Picking it again shows the one kept.
    pickOwnNetwork();
    EXPECT_EQ(spec(), saved);
}

TEST_F(OwnNetworkTabTest, AStoredNetworkThatCannotBeReadFallsBackToTheFirstNetwork) {
    tab.reset();
    {
        SheetSettings settings;
        settings.setOwnNetwork(QByteArrayLiteral("{\"version\": 2, \"layers\": [9, 9, 9, 9, 9]"));
        settings.setShowsOwnNetwork(true);
        settings.setOwnNetworkStart(QStringLiteral("bogus,-1,x"));
    }
    tab = std::make_unique<BackpropSheetTab>();
    ASSERT_TRUE(document()->showsOwnNetwork());
    EXPECT_EQ(spec(), NetworkValuesPanel::firstNetwork(StartingWeights{}));
    EXPECT_EQ(panel()->startingWeights().seed, StartingWeights{}.seed);
    expectTableShowsTheOwnNetwork();
}

TEST_F(OwnNetworkTabTest, AStoredNetworkThatCannotBeUsedLeavesTheSeedSheetWhenItWasNotShown) {
    tab.reset();
    {
        SheetSettings settings;
        // Well-formed, but 9 inputs: the sheet allows at most 4.
        settings.setOwnNetwork(
            QByteArrayLiteral("{\"version\": 2, \"layers\": [9, 1], \"activations\": \"sigmoid\", "
                              "\"weights\": [[[0,0,0,0,0,0,0,0,0]]], "
                              "\"data\": {\"inputs\": [[0,0,0,0,0,0,0,0,0]], \"targets\": [[0]]}}"));
        settings.setShowsOwnNetwork(false);
    }
    tab = std::make_unique<BackpropSheetTab>();
    EXPECT_FALSE(document()->showsOwnNetwork());
    EXPECT_EQ(document()->ownNetwork(), nullptr);
    EXPECT_EQ(tab->valuesStack()->networkBox()->currentIndex(), 0);
    // The first network is what picking "your own network" offers.
    pickOwnNetwork();
    EXPECT_EQ(spec(), NetworkValuesPanel::firstNetwork(StartingWeights{}));
}

} // namespace
} // namespace bplab::ui
