// Editing an own network beyond its boxes: starting values typed into row 0 of the table, layers added
// with the activations kept, a grown network's iterations, and a lesson that leaves the student's own
// network to come back to.
#include "tests/ui/sheet/own_network_tab_fixture.h"

#include "ui/sheet/lessons/built_in_lessons.h"
#include "ui/sheet/lessons/lesson_panel.h"
#include "ui/sheet/lessons/sheet_lessons.h"

namespace bplab::ui {
namespace {

TEST_F(OwnNetworkTabTest, AStartingWeightTypedInRowZeroChangesTheNetwork) {
    pickOwnNetwork();
    SheetTableModel* model = tab->tableModel();
    const int weight = network().quantities().indexOf("w1_21");
    const QModelIndex first = model->index(0, model->columnOfQuantity(weight));
    ASSERT_TRUE(model->flags(first) & Qt::ItemIsEditable);
    EXPECT_FALSE(model->flags(model->index(1, first.column())) & Qt::ItemIsEditable) << "row 1's is computed";
    const int activation = network().quantities().indexOf("a1_1@1");
    EXPECT_FALSE(model->flags(model->index(0, model->columnOfQuantity(activation))) & Qt::ItemIsEditable);

    ASSERT_TRUE(model->setData(first, QStringLiteral("−0.42")));
    EXPECT_EQ(spec().weights[0][1][0], -0.42) << "w¹₂₁: into unit 2 of layer 1, from input 1";
    EXPECT_EQ(network().value(0, weight), -0.42);
    EXPECT_EQ(panel()->spec().weights[0][1][0], -0.42) << "the values panel keeps it for the next edit";
    panel()->learningRateControl()->setLearningRate(1.5);
    EXPECT_EQ(spec().weights[0][1][0], -0.42) << "another edit keeps the typed weight";

    const int bias = network().quantities().indexOf("b2_1");
    ASSERT_GE(bias, 0);
    ASSERT_TRUE(model->setData(model->index(0, model->columnOfQuantity(bias)), 0.25));
    EXPECT_EQ(spec().biases[1][0], 0.25);

    QSignalSpy status(tab.get(), &BackpropSheetTab::statusMessage);
    EXPECT_FALSE(model->setData(first, QStringLiteral("abc")));
    EXPECT_EQ(spec().weights[0][1][0], -0.42);
    ASSERT_FALSE(status.isEmpty());
    EXPECT_TRUE(status.last().at(0).toString().contains(QStringLiteral("not a number")));

    pickSeedSheet();
    EXPECT_FALSE(model->flags(model->index(0, 0)) & Qt::ItemIsEditable)
        << "the seed's weights are in its panel";
}

TEST_F(OwnNetworkTabTest, AHiddenLayerAddedOrRemovedKeepsTheOutputsActivation) {
    pickOwnNetwork();
    NetworkArchitectureEditor* editor = panel()->architecture();
    QComboBox* output = editor->activationBox(2);
    output->setCurrentIndex(output->findData(static_cast<int>(Activation::Tanh)));
    ASSERT_EQ(spec().activations, (std::vector<Activation>{Activation::Sigmoid, Activation::Tanh}));
    editor->hiddenLayersBox()->setValue(2);
    EXPECT_EQ(spec().activations,
              (std::vector<Activation>{Activation::Sigmoid, Activation::Sigmoid, Activation::Tanh}));
    editor->hiddenLayersBox()->setValue(0);
    EXPECT_EQ(spec().activations, (std::vector<Activation>{Activation::Tanh}));
}

TEST_F(OwnNetworkTabTest, AGrownNetworkGetsNoMoreIterationsThanStayInteractive) {
    pickOwnNetwork();
    const int most = network().maxInteractiveIterations();
    panel()->iterationsBox()->setValue(most);
    ASSERT_EQ(network().iterationLimit(), most);
    NetworkArchitectureEditor* editor = panel()->architecture();
    editor->hiddenLayersBox()->setValue(3);
    for (int l = 0; l < 3; ++l) editor->hiddenUnitsBox(l)->setValue(6);
    EXPECT_LT(network().maxInteractiveIterations(), most);
    EXPECT_EQ(network().iterationLimit(), network().maxInteractiveIterations());
    EXPECT_EQ(panel()->iterationsBox()->value(), network().iterationLimit());
    EXPECT_EQ(panel()->iterationsBox()->maximum(), network().maxInteractiveIterations());
}

TEST_F(OwnNetworkTabTest, ANetworkLessonLeavesTheStudentsHiddenNetworkForBack) {
    pickOwnNetwork();
    panel()->architecture()->hiddenUnitsBox(0)->setValue(3);
    const NetworkSpec mine = spec();
    pickSeedSheet(); // built, then put aside
    ASSERT_TRUE(tab->lessons()->loadBuiltInNetwork(QStringLiteral("symmetry")));
    ASSERT_NE(spec(), mine);
    tab->lessons()->backAction()->trigger();
    EXPECT_FALSE(document()->showsOwnNetwork()) << "back to the sheet that was shown";
    ASSERT_NE(document()->ownNetwork(), nullptr);
    EXPECT_EQ(spec(), mine) << "and the own network is the student's again";
}

} // namespace
} // namespace bplab::ui
