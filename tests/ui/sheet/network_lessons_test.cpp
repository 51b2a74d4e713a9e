// The built-in network lessons say true things: every number their texts quote is measured here by
// running NetworkSheet, so a text that lies, or an engine that changes, fails.
#include "ui/sheet/lessons/built_in_lessons.h"

#include "core/sheet/network/network_sheet.h"
#include "core/sheet/weight_init.h"

#include <QDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>

namespace bplab::ui {
namespace {

NetworkScenario networkLesson(const char* id) {
    const auto found = builtInNetworkLesson(QLatin1String(id));
    EXPECT_TRUE(found) << id;
    return found.value_or(NetworkScenario{});
}

NetworkSheet runNetwork(const NetworkSpec& spec, int iterations) {
    NetworkSheet sheet(spec, iterations);
    sheet.runToEnd();
    return sheet;
}

// The four XOR outputs of the parameters that row `row` starts from: with one example per step a row
// shows only one of them, so a full-batch twin with those parameters computes all four in its first row.
std::vector<double> outputsAtRow(const NetworkSheet& sheet, int row) {
    NetworkSpec twin = sheet.spec();
    twin.batchSize = kFullBatch;
    const NetworkIndex& index = sheet.layout().index();
    for (int l = 1; l <= twin.lastLayer(); ++l) {
        for (int j = 0; j < twin.layers[l]; ++j) {
            for (int k = 0; k < twin.layers[l - 1]; ++k)
                twin.weights[l - 1][j][k] = sheet.value(row, index.weight[l][j][k]);
            if (twin.biasMode == BiasMode::PerUnit)
                twin.biases[l - 1][j] = sheet.value(row, index.bias[l][j]);
        }
    }
    const NetworkSheet first = runNetwork(twin, 1);
    const NetworkIndex& twinIndex = first.layout().index();
    std::vector<double> outputs;
    for (std::size_t e = 0; e < twin.data.examples.size(); ++e) {
        outputs.push_back(first.value(0, twinIndex.a[twin.lastLayer()][e][0]));
    }
    return outputs;
}

// The largest |output − target| over the examples (one output unit).
double worstMiss(const NetworkSpec& spec, const std::vector<double>& outputs) {
    double worst = 0;
    for (std::size_t e = 0; e < outputs.size(); ++e) {
        worst = std::max(worst, std::fabs(outputs[e] - spec.data.examples[e].targets[0]));
    }
    return worst;
}

// The first row whose parameters put every output within 0.1 of its target: the updates it took.
std::optional<int> updatesToWithinATenth(const NetworkSheet& sheet) {
    for (int row = 0; row < sheet.rowCount(); ++row) {
        if (worstMiss(sheet.spec(), outputsAtRow(sheet, row)) < 0.1) return row;
    }
    return std::nullopt;
}

// Steps whose loss is higher than the step before.
int rises(const std::vector<double>& losses) {
    int count = 0;
    for (std::size_t i = 1; i < losses.size(); ++i) count += losses[i] > losses[i - 1] ? 1 : 0;
    return count;
}

// The text holds `number` as a number of its own, not inside a longer one ("336" is not in "3360").
bool quotes(const std::string& text, const std::string& number) {
    const auto isNumberPart = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; };
    for (auto at = text.find(number); at != std::string::npos; at = text.find(number, at + 1)) {
        const std::size_t end = at + number.size();
        const bool startsAlone = at == 0 || !isNumberPart(text[at - 1]);
        // a full stop after a number ends the sentence, not the number
        const bool endsAlone =
            end == text.size() || !isNumberPart(text[end]) ||
            (text[end] == '.' &&
             (end + 1 == text.size() || !std::isdigit(static_cast<unsigned char>(text[end + 1]))));
        if (startsAlone && endsAlone) return true;
    }
    return false;
}

// The text quotes `value` as written with `format` ('f' decimals or 'g' significant digits).
void expectQuoted(const std::string& text, double value, char format, int precision) {
    const std::string written = QString::number(value, format, precision).toStdString();
    EXPECT_TRUE(quotes(text, written)) << "measured " << written << ", text: " << text;
}
void expectQuotedCount(const std::string& text, int count) {
    EXPECT_TRUE(quotes(text, std::to_string(count))) << "measured " << count << ", text: " << text;
}
void expectOutputsQuoted(const std::string& text, const std::vector<double>& outputs) {
    QStringList written;
    for (double output : outputs) written << QString::number(output, 'f', 3);
    EXPECT_NE(text.find(written.join(QStringLiteral(", ")).toStdString()), std::string::npos)
        << "measured " << written.join(QStringLiteral(", ")).toStdString() << ", text: " << text;
}

TEST(NetworkLessons, EveryFileLoadsAndStaysApartFromTheSeedLessons) {
    const QStringList files = QDir(QStringLiteral(":/lessons")).entryList();
    ASSERT_EQ(builtInNetworkLessonIds().size(), 4);
    for (const QString& id : builtInNetworkLessonIds()) {
        EXPECT_TRUE(files.contains(id + QStringLiteral(".json"))) << id.toStdString();
        EXPECT_FALSE(builtInLessonIds().contains(id)) << id.toStdString();
        EXPECT_FALSE(builtInLesson(id)) << "a version-2 file is no version-1 lesson";
        const NetworkScenario scenario = networkLesson(id.toUtf8().constData());
        EXPECT_TRUE(networkProblems(scenario.spec).empty()) << id.toStdString();
        EXPECT_LE(scenario.iterations, NetworkSheet::maxIterationsFor(scenario.spec));
        for (const std::string& text : {scenario.title, scenario.explanation, scenario.suggestion}) {
            EXPECT_FALSE(text.empty()) << id.toStdString();
            EXPECT_EQ(text.find('{'), std::string::npos) << "no placeholder is filled in a v2 text: " << text;
        }
    }
    EXPECT_EQ(builtInNetworkLessons().size(), 4u);
    EXPECT_FALSE(builtInNetworkLesson(QStringLiteral("seed")));
    EXPECT_FALSE(builtInNetworkLesson(QStringLiteral("no-such-lesson")));
}

TEST(NetworkLessons, TwoHiddenUnitsLearnXorAtTheQuotedSeedAndRate) {
    const NetworkScenario xorLesson = networkLesson("xor-hidden-layer");
    EXPECT_EQ(xorLesson.spec.layers, (std::vector<int>{2, 2, 1}));
    EXPECT_EQ(xorLesson.spec.data, trainingSetPreset(TrainingSetPreset::Xor));
    EXPECT_EQ(xorLesson.spec.examplesPerStep(), 4);
    // "from uniform ±1 weights drawn with seed 1 and η = 2"
    WeightInitializer seedOne(WeightInit::Uniform, 1, 1.0);
    EXPECT_EQ(xorLesson.spec.weights[0], seedOne.drawLayer(2, 2));
    EXPECT_EQ(xorLesson.spec.weights[1], seedOne.drawLayer(2, 1));
    EXPECT_EQ(xorLesson.spec.learningRate, 2.0);
    EXPECT_NE(xorLesson.explanation.find("seed 1 and η = 2"), std::string::npos);

    const NetworkSheet sheet = runNetwork(xorLesson.spec, xorLesson.iterations);
    ASSERT_FALSE(sheet.divergedAt());
    // "every output is within 0.1 of its target after 336 iterations"
    const auto updates = updatesToWithinATenth(sheet);
    ASSERT_TRUE(updates);
    expectQuotedCount(xorLesson.explanation, *updates);
    const std::vector<double> last = outputsAtRow(sheet, sheet.rowCount() - 1);
    EXPECT_LT(worstMiss(xorLesson.spec, last), 0.1);
    expectOutputsQuoted(xorLesson.explanation, last); // "0.018, 0.981, 0.981, 0.023"
}

TEST(NetworkLessons, WithoutAHiddenLayerEveryOutputSettlesAtOneHalfForAnySeedAndRate) {
    const NetworkScenario xorLesson = networkLesson("xor-hidden-layer");
    // "for any seed and any η up to 4 the four outputs settle at 0.500 and the loss at 0.5"
    for (const WeightInit init : {WeightInit::Uniform, WeightInit::XavierUniform}) {
        for (const double eta : {0.5, 1.0, 2.0, 4.0}) {
            for (const std::uint64_t seed : {1u, 2u, 3u, 4u, 5u}) {
                NetworkSpec single = xorLesson.spec;
                single.layers = {2, 1};
                single.activations = {Activation::Sigmoid};
                single.weights = {WeightInitializer(init, seed, 1.0).drawLayer(2, 1)};
                single.biases = {{0.0}};
                single.learningRate = eta;
                const NetworkSheet sheet = runNetwork(single, xorLesson.iterations);
                SCOPED_TRACE(testing::Message() << "η " << eta << " seed " << seed);
                const NetworkIndex& index = sheet.layout().index();
                for (int row = 0; row < sheet.rowCount(); ++row) {
                    // z(0,0) + z(1,1) = z(0,1) + z(1,0) for any line, so the outputs 0, 1, 1, 0 cannot all
                    // be on their target's side of ½: "some output always stays 0.5 or more from its target".
                    std::vector<double> outputs;
                    for (int e = 0; e < 4; ++e) outputs.push_back(sheet.value(row, index.a[1][e][0]));
                    ASSERT_GE(worstMiss(single, outputs), 0.5) << "row " << row;
                    // ½·Σ(t − a)² never falls below ½·4·(½)² = 0.5
                    ASSERT_GE(sheet.value(row, index.totalLoss), 0.5 - 1e-12) << "row " << row;
                }
                const int last = sheet.rowCount() - 1;
                for (int e = 0; e < 4; ++e) EXPECT_NEAR(sheet.value(last, index.a[1][e][0]), 0.5, 0.0005);
                EXPECT_NEAR(sheet.value(last, index.totalLoss), 0.5, 0.0005);
            }
        }
    }
    EXPECT_NE(xorLesson.suggestion.find("η up to 4"), std::string::npos);
}

TEST(NetworkLessons, EqualStartingWeightsKeepTheHiddenUnitsTwinsInEveryRow) {
    const NetworkScenario symmetry = networkLesson("symmetry");
    const NetworkSpec& spec = symmetry.spec;
    EXPECT_EQ(spec.weights[0][0], spec.weights[0][1]);
    EXPECT_EQ(spec.weights[1][0][0], spec.weights[1][0][1]);
    EXPECT_EQ(spec.biases[0][0], spec.biases[0][1]);
    const NetworkSheet sheet = runNetwork(spec, symmetry.iterations);
    ASSERT_EQ(sheet.rowCount(), symmetry.iterations);
    const NetworkIndex& index = sheet.layout().index();
    for (int row = 0; row < sheet.rowCount(); ++row) {
        // Bit for bit, not nearly: the two units' arithmetic is the same arithmetic.
        for (int e = 0; e < 4; ++e)
            ASSERT_EQ(sheet.value(row, index.a[1][e][0]), sheet.value(row, index.a[1][e][1]));
        for (int k = 0; k < 2; ++k) {
            ASSERT_EQ(sheet.value(row, index.weight[1][0][k]), sheet.value(row, index.weight[1][1][k]))
                << row;
        }
        ASSERT_EQ(sheet.value(row, index.bias[1][0]), sheet.value(row, index.bias[1][1])) << row;
        ASSERT_EQ(sheet.value(row, index.weight[2][0][0]), sheet.value(row, index.weight[2][0][1])) << row;
    }
    // "in the last row the loss is still 0.337 and the outputs read 0.337, 0.330, 0.964, 0.334"
    const int last = sheet.rowCount() - 1;
    expectQuoted(symmetry.explanation, sheet.value(last, index.totalLoss), 'f', 3);
    const std::vector<double> outputs = outputsAtRow(sheet, last);
    EXPECT_GT(worstMiss(spec, outputs), 0.5);
    expectOutputsQuoted(symmetry.explanation, outputs);

    // "change w¹₂₁ from 0.5 to 0.51 … every output is within 0.1 of its target after 1094 iterations"
    EXPECT_EQ(spec.weights[0][1][0], 0.5);
    NetworkSpec tweaked = spec;
    tweaked.weights[0][1][0] = 0.51;
    const auto updates = updatesToWithinATenth(runNetwork(tweaked, symmetry.iterations));
    ASSERT_TRUE(updates);
    expectQuotedCount(symmetry.suggestion, *updates);
}

// The largest |∂E/∂w| of each layer in row 0, index 0 for layer 1 (the first after the inputs).
std::vector<double> largestGradients(const NetworkSheet& sheet) {
    const NetworkIndex& index = sheet.layout().index();
    std::vector<double> largest;
    for (int l = 1; l <= sheet.spec().lastLayer(); ++l) {
        double layerLargest = 0;
        for (const auto& to : index.weightPartial[l]) {
            for (int quantity : to)
                layerLargest = std::max(layerLargest, std::fabs(sheet.value(0, quantity)));
        }
        largest.push_back(layerLargest);
    }
    return largest;
}

TEST(NetworkLessons, TheSigmoidStacksGradientShrinksLayerByLayerTowardTheInputs) {
    const NetworkScenario vanishing = networkLesson("vanishing-gradients");
    EXPECT_EQ(vanishing.spec.layers, (std::vector<int>{2, 3, 3, 3, 1}));
    const NetworkSheet sheet = runNetwork(vanishing.spec, vanishing.iterations);
    const std::vector<double> largest = largestGradients(sheet);
    ASSERT_EQ(largest.size(), 4u);
    // From the output back: each layer smaller than the one after it.
    for (std::size_t l = 0; l + 1 < largest.size(); ++l) EXPECT_LT(largest[l], largest[l + 1]);
    // "0.084, 0.015, 0.0032 and 0.00082: … 103 times less"
    for (double size : largest) expectQuoted(vanishing.explanation, size, 'g', 2);
    expectQuotedCount(vanishing.explanation, static_cast<int>(std::lround(largest[3] / largest[0])));
    // "the loss only creeps from 0.581 to 0.500"
    const std::vector<double> losses = sheet.lossCurve();
    expectQuoted(vanishing.explanation, losses.front(), 'f', 3);
    expectQuoted(vanishing.explanation, losses.back(), 'f', 3);

    // "Switch the three hidden layers to tanh: … (0.046) is now bigger than the output layer's (0.016),
    // and the loss falls below 0.0001"
    NetworkSpec tanh = vanishing.spec;
    for (int l = 0; l < 3; ++l) tanh.activations[l] = Activation::Tanh;
    const NetworkSheet tanhSheet = runNetwork(tanh, vanishing.iterations);
    const std::vector<double> tanhLargest = largestGradients(tanhSheet);
    EXPECT_GT(tanhLargest[0], tanhLargest[3]);
    expectQuoted(vanishing.suggestion, tanhLargest[0], 'g', 2);
    expectQuoted(vanishing.suggestion, tanhLargest[3], 'g', 2);
    EXPECT_LT(tanhSheet.lossCurve().back(), 0.0001);
    EXPECT_NE(vanishing.suggestion.find("the loss falls below 0.0001"), std::string::npos);
}

TEST(NetworkLessons, OneExampleAtATimeIsNoisierAndSlowerThanTheFullBatchOfTheSameStart) {
    const NetworkScenario stochastic = networkLesson("batch-or-stochastic");
    const NetworkScenario fullBatch = networkLesson("xor-hidden-layer");
    // "The XOR run of “XOR needs a hidden layer”, except that each step now uses one example"
    EXPECT_EQ(stochastic.spec.batchSize, 1);
    NetworkSpec asFullBatch = stochastic.spec;
    asFullBatch.batchSize = kFullBatch;
    EXPECT_EQ(asFullBatch, fullBatch.spec);
    EXPECT_EQ(stochastic.iterations, fullBatch.iterations);

    const NetworkSheet oneAtATime = runNetwork(stochastic.spec, stochastic.iterations);
    const NetworkSheet batch = runNetwork(fullBatch.spec, fullBatch.iterations);
    // "it rises in 999 of the 1999 steps, where the full-batch curve never rises once"
    const std::vector<double> losses = oneAtATime.lossCurve();
    expectQuotedCount(stochastic.explanation, rises(losses));
    expectQuotedCount(stochastic.explanation, static_cast<int>(losses.size()) - 1);
    EXPECT_EQ(rises(batch.lossCurve()), 0);
    // "in the last row the outputs are still 0.056, 0.534, 0.941, 0.541, while the full batch had all four
    // within 0.1 of their targets after 336 steps"
    EXPECT_FALSE(updatesToWithinATenth(oneAtATime));
    expectOutputsQuoted(stochastic.explanation, outputsAtRow(oneAtATime, oneAtATime.rowCount() - 1));
    const auto batchUpdates = updatesToWithinATenth(batch);
    ASSERT_TRUE(batchUpdates);
    expectQuotedCount(stochastic.explanation, *batchUpdates);

    // "Set η to 8: … one example at a time gets every output within 0.1 after 513 steps. … at η = 8 the full
    // batch gets stuck with two outputs at 0.500."
    NetworkSpec fast = stochastic.spec;
    fast.learningRate = 8;
    const auto fastUpdates = updatesToWithinATenth(runNetwork(fast, stochastic.iterations));
    ASSERT_TRUE(fastUpdates);
    expectQuotedCount(stochastic.suggestion, *fastUpdates);
    fast.batchSize = kFullBatch;
    const NetworkSheet fastBatch = runNetwork(fast, stochastic.iterations);
    const std::vector<double> stuck = outputsAtRow(fastBatch, fastBatch.rowCount() - 1);
    EXPECT_EQ(std::count_if(stuck.begin(), stuck.end(), [](double a) { return std::fabs(a - 0.5) < 0.0005; }),
              2);
    EXPECT_FALSE(updatesToWithinATenth(fastBatch));
}

} // namespace
} // namespace bplab::ui
