// The general engine on the seed's 2-2-2 network gives the seed engine's numbers: every quantity of 20
// iterations, for every activation, loss and bias choice (none, fixed, learned), and the same stops.
// Also the quantity names and formula texts of the general engine.
#include "core/sheet/backprop_sheet.h"
#include "core/sheet/network/network_sheet.h"
#include "tests/core/sheet/network/network_test_support.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace bplab {
namespace {

// The general engine's id for each of the seed's quantities (η is the same everywhere).
std::string networkIdOf(const std::string& seedId) {
    static const char* const kWeights[] = {"w1_11", "w1_12", "w1_21", "w1_22",
                                           "w2_11", "w2_12", "w2_21", "w2_22"};
    static const std::pair<const char*, const char*> kUnits[] = {
        {"i1", "x1"},     {"i2", "x2"},   {"h1", "z1_1"}, {"h2", "z1_2"},   {"a_h1", "a1_1"},
        {"a_h2", "a1_2"}, {"o1", "z2_1"}, {"o2", "z2_2"}, {"a_o1", "a2_1"}, {"a_o2", "a2_2"}};
    for (const auto& [seed, network] : kUnits) {
        if (seedId == seed) return network;
    }
    for (int k = 0; k < 8; ++k) {
        const std::string w = "w" + std::to_string(k + 1);
        if (seedId == w) return kWeights[k];
        if (seedId == "dE_d" + w) return std::string("dE_d") + kWeights[k];
        if (seedId == w + "_new") return std::string(kWeights[k]) + "_new";
    }
    return seedId; // t1, t2, b1, b2, E1, E2, E_total, dE_db1, b1_new, …: the same names
}

// To the last bit: both engines do the same operations in the same order (network_cells.cpp), so
// any difference, even of rounding, is a different computation.
bool sameNumber(double a, double b) {
    if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
    return a == b;
}

struct BiasChoice {
    const char* name;
    SheetInputs inputs;
};

std::vector<BiasChoice> biasChoices() {
    SheetInputs learned = classicWorkedExample();
    learned.learnBiases = true;
    return {
        {"no biases", SheetInputs{}}, {"fixed biases", classicWorkedExample()}, {"learned biases", learned}};
}

TEST(NetworkSeed, EveryValueOfTwentyIterationsEqualsTheSeedEngine) {
    int stoppedEarly = 0;
    for (const Activation activation : kAllActivations) {
        for (const Loss loss : kAllLosses) {
            for (BiasChoice choice : biasChoices()) {
                choice.inputs.activation = activation;
                choice.inputs.loss = loss;
                SCOPED_TRACE(std::string(activationName(activation)) + ", " + std::string(lossName(loss)) +
                             ", " + choice.name);
                BackpropSheet seed(choice.inputs, 20);
                NetworkSheet network(seedNetwork(choice.inputs), 20);
                seed.runToEnd();
                network.runToEnd();
                ASSERT_EQ(network.rowCount(), seed.rowCount());
                EXPECT_EQ(network.divergedAt(), seed.divergedAt());
                EXPECT_EQ(network.stoppedAtUncomputableCell(), seed.stoppedAtUncomputableCell());
                EXPECT_EQ(network.lossCurve().size(), seed.lossCurve().size());
                if (seed.divergedAt()) ++stoppedEarly;
                for (int r = 0; r < seed.rowCount(); ++r) {
                    for (int q = 0; q < kQuantityCount; ++q) {
                        const std::string id = quantities()[static_cast<std::size_t>(q)].id;
                        const int seedCell = seed.cellOfQuantity(q);
                        const int networkQ = network.quantities().indexOf(networkIdOf(id));
                        if (q >= kGivenCount && seedCell < 0) {
                            EXPECT_LT(networkQ, 0) << id << " is not a quantity of this seed sheet";
                            continue;
                        }
                        if ((id == "b1" || id == "b2") && !choice.inputs.usesBiases()) continue;
                        ASSERT_GE(networkQ, 0) << id;
                        const int networkCell = network.cellOfQuantity(networkQ);
                        const bool seedDone = seedCell < 0 || seed.isEvaluated(r, seedCell);
                        const bool networkDone = networkCell < 0 || network.isEvaluated(r, networkCell);
                        ASSERT_EQ(networkDone, seedDone) << id << " in row " << r;
                        if (!seedDone) continue;
                        const double expected = seed.row(r)[static_cast<std::size_t>(q)];
                        EXPECT_PRED2(sameNumber, network.value(r, networkQ), expected)
                            << id << " in row " << r;
                    }
                }
            }
        }
    }
    // Cross-entropy on outputs that leave (0, 1) stops early: the stops were compared too.
    EXPECT_GT(stoppedEarly, 0);
}

TEST(NetworkSeed, NamesFollowTheLayerUnitConvention) {
    NetworkSheet xorSheet(testing::xorNetwork());
    const NetworkQuantities& q = xorSheet.quantities();
    // Four examples per step: per-example quantities carry the example's place in the step.
    EXPECT_EQ(q[q.indexOf("w1_12")].label, "w¹₁₂");
    EXPECT_EQ(q[q.indexOf("a2_1@3")].label, "a²₁[3]");
    EXPECT_EQ(q[q.indexOf("x2@4")].label, "x₂[4]");
    EXPECT_EQ(q[q.indexOf("d1_2@1")].label, "δ¹₂[1]");
    EXPECT_EQ(q[q.indexOf("dE_dw2_11")].label, "∂E/∂w²₁₁");
    EXPECT_EQ(q[q.indexOf("w2_12_new")].label, "w²₁₂′");
    const NetworkQuantity& a = q[q.indexOf("a2_1@3")];
    EXPECT_EQ(a.stage, Stage::Forward);
    EXPECT_EQ(a.layer, 2);
    EXPECT_EQ(a.unit, 0);
    EXPECT_EQ(a.example, 2);
    const NetworkQuantity& w = q[q.indexOf("w1_12")];
    EXPECT_EQ(w.kind, QuantityKind::Weight);
    EXPECT_EQ(w.unit, 0);
    EXPECT_EQ(w.fromUnit, 1);
    // One example per step: no suffix; shared biases are the seed's b1, b2; per-unit ones b¹₂.
    NetworkSheet seed(seedNetwork(classicWorkedExample()));
    EXPECT_GE(seed.quantities().indexOf("a2_1"), 0);
    EXPECT_EQ(seed.quantities()[seed.quantities().indexOf("b2")].label, "b²");
    EXPECT_EQ(biasQuantity(QuantityKind::BiasPartial, 1, 1).id, "dE_db1_2");
    EXPECT_EQ(biasQuantity(QuantityKind::BiasPartial, 1, 1).label, "∂E/∂b¹₂");
    EXPECT_EQ(superscript(12) + subscript(30), "¹²₃₀");
}

TEST(NetworkSeed, FormulasNameTheCellsTheyRead) {
    NetworkSheet sheet(seedNetwork(classicWorkedExample()));
    sheet.runTo(1);
    const int z = sheet.cellOfQuantity(sheet.quantities().indexOf("z1_1"));
    EXPECT_EQ(sheet.formula(z), "w¹₁₁·x₁ + w¹₁₂·x₂ + b¹");
    EXPECT_EQ(sheet.formulaWithNumbers(0, z), "0.15·0.05 + 0.2·0.1 + 0.35");
    // The hidden δ sums the δ of the layer above through this row's weights, times σ′.
    const int d = sheet.cellOfQuantity(sheet.quantities().indexOf("d1_2"));
    EXPECT_EQ(sheet.formula(d), "(δ²₁·w²₁₂ + δ²₂·w²₂₂)·a¹₂·(1 − a¹₂)");
    const std::vector<int>& precedents = sheet.cells()[static_cast<std::size_t>(d)].dependencies;
    ASSERT_EQ(precedents.size(), 5U);
    EXPECT_EQ(sheet.quantities()[precedents[0]].id, "d2_1");
    EXPECT_EQ(sheet.quantities()[precedents[4]].id, "a1_2");
    // A shared bias's partial sums the δ of the units it feeds (learned biases only).
    SheetInputs learned = classicWorkedExample();
    learned.learnBiases = true;
    NetworkSheet learning(seedNetwork(learned));
    const int db = learning.cellOfQuantity(learning.quantities().indexOf("dE_db2"));
    EXPECT_EQ(learning.formula(db), "δ²₁ + δ²₂");
    EXPECT_LT(sheet.quantities().indexOf("dE_db2"), 0); // fixed biases have no partial
}

TEST(NetworkSeed, SteppingCellByCellAgreesWithRunning) {
    NetworkSheet stepped(testing::xorNetwork(), 3);
    NetworkSheet run(testing::xorNetwork(), 3);
    run.runToEnd();
    std::optional<CellSnapshot> last;
    while (auto snapshot = stepped.stepCell()) last = snapshot;
    ASSERT_TRUE(last.has_value());
    EXPECT_EQ(last->position, (CellPosition{2, stepped.cellCount() - 1}));
    EXPECT_EQ(stepped.quantities()[last->quantity].id, "w2_12_new");
    EXPECT_EQ(last->formula, "w²₁₂ − η·∂E/∂w²₁₂");
    for (int r = 0; r < 3; ++r) EXPECT_EQ(stepped.rowValues(r), run.rowValues(r));
    stepped.reset();
    stepped.stepIteration();
    EXPECT_EQ(stepped.completedIterations(), 1);
    EXPECT_EQ(stepped.lossCurve(), std::vector<double>{run.lossCurve().front()});
}

} // namespace
} // namespace bplab
