// Bad input gets one sentence and changes nothing: each problem of a network's spec is named by
// networkProblems, refused by the sheet with that sentence, and leaves the sheet as it was.
#include "core/sheet/network/network_architecture.h"
#include "core/sheet/network/network_sheet.h"
#include "core/sheet/weight_init.h"
#include "tests/core/sheet/network/network_test_support.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>
#include <stdexcept>
#include <string>

namespace bplab {
namespace {

struct BadCase {
    const char* what;
    std::function<void(NetworkSpec&)> spoil;
    const char* sentence; // the first problem networkProblems reports
};

const double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<BadCase> badCases() {
    return {
        {"a hidden layer of 7 units",
         [](NetworkSpec& s) {
             s.layers = {2, 7, 1};
         },
         "hidden layer 1 has 7 units: it may have 1 to 6"},
        {"5 inputs",
         [](NetworkSpec& s) {
             s.layers = {5, 2, 1};
         },
         "the input layer has 5 units: it may have 1 to 4"},
        {"no outputs",
         [](NetworkSpec& s) {
             s.layers = {2, 2, 0};
         },
         "the output layer has 0 units: it may have 1 to 4"},
        {"4 hidden layers", [](NetworkSpec& s) { s.layers = {2, 2, 2, 2, 2, 1}; },
         "the network has 6 layers: it needs an input layer, 0 to 3 hidden layers and an output layer"},
        {"no output layer", [](NetworkSpec& s) { s.layers = {2}; },
         "the network has 1 layer: it needs an input layer, 0 to 3 hidden layers and an output layer"},
        {"one activation too few", [](NetworkSpec& s) { s.activations.pop_back(); },
         "the network has 1 activation for 2 layers after the inputs: give one per layer"},
        {"no examples", [](NetworkSpec& s) { s.data.examples.clear(); },
         "the training set has no examples: add at least 1"},
        {"a target outside [0, 1] with cross-entropy",
         [](NetworkSpec& s) {
             s.loss = Loss::CrossEntropy;
             s.data.examples[2].targets[0] = 1.5;
         },
         "cross-entropy needs targets between 0 and 1, but example 3 has t1 = 1.5: change the target or use "
         "½·squared error"},
        {"a non-finite input", [](NetworkSpec& s) { s.data.examples[1].inputs[0] = kNaN; },
         "example 2: i1 = nan is not a finite number"},
        {"examples of another size",
         [](NetworkSpec& s) {
             s.layers = {2, 2, 2};
             s.weights[1].push_back({1, 1});
         },
         "the examples have 2 inputs and 1 target, but the network has 2 inputs and 2 outputs"},
        {"a weight matrix that does not match its layers",
         [](NetworkSpec& s) { s.weights[0][1].push_back(0.1); },
         "the weights into layer 1 must be a 2×2 matrix (one row per unit of layer 1, one column per unit of "
         "layer 0)"},
        {"a missing weight matrix", [](NetworkSpec& s) { s.weights.pop_back(); },
         "the network has 1 weight matrix for 2 layers after the inputs: give one per layer"},
        {"per-unit biases of the wrong size",
         [](NetworkSpec& s) {
             s.biasMode = BiasMode::PerUnit;
             s.biases = {{0.1}, {0.2}};
         },
         "layer 1 needs 2 biases (one per unit), but 1 is given"},
        {"biases to learn in a network without", [](NetworkSpec& s) { s.learnBiases = true; },
         "the network has no biases to learn: choose shared or per-unit biases, or do not learn them"},
        {"biases given to a network without",
         [](NetworkSpec& s) {
             s.biases = {{0.1}, {0.2}};
         },
         "the network has no biases, but biases are given: leave them out or choose shared or per-unit "
         "biases"},
        {"an infinite weight",
         [](NetworkSpec& s) { s.weights[1][0][1] = std::numeric_limits<double>::infinity(); },
         "the weight into unit 1 of layer 2 from unit 2 is inf: weights must be finite numbers"},
        {"η = 0", [](NetworkSpec& s) { s.learningRate = 0.0; },
         "the learning rate η is 0: it must be a finite number greater than 0"},
        {"η = NaN", [](NetworkSpec& s) { s.learningRate = kNaN; },
         "the learning rate η is nan: it must be a finite number greater than 0"},
        {"a batch larger than the set", [](NetworkSpec& s) { s.batchSize = 5; },
         "a step cannot use 5 examples of a training set of 4: choose 1 to 4, or the full batch"},
    };
}

TEST(NetworkProblems, AUsableSpecHasNone) {
    EXPECT_TRUE(networkProblems(testing::xorNetwork()).empty());
    EXPECT_TRUE(networkProblems(seedNetwork(classicWorkedExample())).empty());
}

TEST(NetworkProblems, EachProblemGivesItsSentenceAndChangesNothing) {
    NetworkSheet sheet(testing::xorNetwork(), 5);
    sheet.runTo(2);
    sheet.stepCell();
    const std::vector<double> row0 = sheet.rowValues(0);
    const long long evaluated = sheet.evaluatedCellCount();
    for (const BadCase& bad : badCases()) {
        SCOPED_TRACE(bad.what);
        NetworkSpec spec = testing::xorNetwork();
        bad.spoil(spec);
        const std::vector<std::string> problems = englishOf(networkProblems(spec));
        ASSERT_FALSE(problems.empty());
        EXPECT_EQ(problems.front(), bad.sentence);
        try {
            sheet.setSpec(spec);
            ADD_FAILURE() << "accepted";
        } catch (const std::invalid_argument& error) {
            EXPECT_EQ(std::string(error.what()), bad.sentence);
            // The values travel with it, for the window to word in the student's language.
            EXPECT_NE(dynamic_cast<const NetworkError*>(&error), nullptr);
        }
        EXPECT_THROW(NetworkSheet{spec}, std::invalid_argument);
        // Nothing changed: the spec, the cursor and the values.
        EXPECT_TRUE(networkProblems(sheet.spec()).empty());
        EXPECT_EQ(sheet.spec().weights, testing::xorNetwork().weights);
        EXPECT_EQ(sheet.evaluatedCellCount(), evaluated);
        const std::vector<double> now = sheet.rowValues(0);
        ASSERT_EQ(now.size(), row0.size());
        for (std::size_t q = 0; q < now.size(); ++q) {
            EXPECT_TRUE(now[q] == row0[q] || (std::isnan(now[q]) && std::isnan(row0[q])));
        }
    }
    EXPECT_THROW(sheet.setLearningRate(-1.0), std::invalid_argument);
    EXPECT_EQ(sheet.spec().learningRate, 0.5);
}

TEST(NetworkProblems, EditsThatKeepTheLayoutKeepTheCursor) {
    NetworkSheet sheet(testing::xorNetwork(), 5);
    sheet.runTo(2);
    sheet.stepCell();
    const long long evaluated = sheet.evaluatedCellCount();
    sheet.setLearningRate(0.25);
    EXPECT_EQ(sheet.evaluatedCellCount(), evaluated);
    // Another layout (a hidden unit more): whole rows are kept, and no cell of the row in progress
    // that the student did not step through appears evaluated.
    NetworkSpec wider = sheet.spec();
    wider.layers = {2, 3, 1};
    wider.weights = {{{0.5, -0.25}, {0.75, 0.25}, {0.1, 0.2}}, {{0.5, -1.0, 0.3}}};
    sheet.setSpec(wider);
    EXPECT_EQ(sheet.completedIterations(), 2);
    EXPECT_EQ(sheet.evaluatedCellCount(), 2LL * sheet.cellCount() + 1);
}

} // namespace
} // namespace bplab

namespace bplab {
namespace {

// The largest network the sheet allows: 4-6-6-6-4 on 16 examples, per-unit learned biases.
NetworkSpec largestNetwork() {
    NetworkSpec spec;
    spec.layers = {4, 6, 6, 6, 4};
    spec.activations.assign(4, Activation::Sigmoid);
    spec.biasMode = BiasMode::PerUnit;
    spec.learnBiases = true;
    for (int e = 0; e < 16; ++e)
        spec.data.examples.push_back({{e % 2 * 1.0, 0.0, 1.0, 0.5}, {0.0, 1.0, 0.0, 1.0}});
    spec.weights = drawNetworkWeights(spec.layers, WeightInit::XavierUniform, /*seed=*/1);
    spec.biases = zeroBiases(spec);
    return spec;
}

// A run keeps every value of every row: a long row gets fewer iterations, with a sentence, rather than
// gigabytes (1,000,000 rows of this network would be about 13 GB).
TEST(NetworkIterationLimit, ALargeNetworkGetsTheIterationsItsRowsFitIn) {
    const NetworkSpec spec = largestNetwork();
    const int values = NetworkSheet(spec, 1).quantityCount();
    ASSERT_GT(values, 1000); // 16 examples × (4 + 6 + 6 + 6 + 4 + …) and 118 parameters, three times
    const int fitting = NetworkSheet::maxIterationsFor(spec);
    EXPECT_EQ(fitting, static_cast<int>(NetworkSheet::kMaxStoredValues / values));
    EXPECT_LT(fitting, NetworkSheet::kMaxIterationLimit);
    EXPECT_NO_THROW(NetworkSheet(spec, fitting));
    try {
        NetworkSheet tooLong(spec, fitting + 1);
        ADD_FAILURE() << "accepted " << fitting + 1 << " iterations";
    } catch (const std::invalid_argument& error) {
        EXPECT_EQ(std::string(error.what()), "this network keeps " + std::to_string(values) +
                                                 " values per iteration, so a run may have at "
                                                 "most " +
                                                 std::to_string(fitting) + " iterations (not " +
                                                 std::to_string(fitting + 1) +
                                                 "): ask for fewer, or use fewer units or examples per step");
    }
    // A small network keeps its long runs, and growing it past its limit changes nothing.
    NetworkSheet small(testing::xorNetwork(), 50'000);
    EXPECT_THROW(small.setSpec(spec), std::invalid_argument);
    EXPECT_EQ(small.spec().layers, (std::vector<int>{2, 2, 1}));
    EXPECT_THROW(small.setIterationLimit(NetworkSheet::maxIterationsFor(testing::xorNetwork()) + 1),
                 std::invalid_argument);
    EXPECT_EQ(small.iterationLimit(), 50'000);
}

} // namespace
} // namespace bplab
