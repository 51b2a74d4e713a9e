// Version-2 scenario files: a teacher's hand-written file becomes exactly the network it describes, every
// kind of bad file is refused with one sentence, a saved file reads back equal, and version 1 files still
// open as before through the reader of both versions.
#include "ui/sheet/lessons/network_scenario_file.h"

#include "core/sheet/weight_init.h"
#include "tests/support/temporary_path.h"
#include "ui/sheet/lessons/scenario_file.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <cmath>

namespace bplab::ui {
namespace {

// A 2-2-1 XOR lesson written as a teacher would, with every field.
constexpr char kXorFile[] = R"({
  "format": "backprop-lab-scenario", "version": 2,
  "title": "XOR needs a hidden layer",
  "layers": [2, 2, 1],
  "activations": ["tanh", "sigmoid"],
  "weights": [[[0.5, -0.4], [0.3, 0.8]], [[0.7, -0.6]]],
  "biases": [[0.1, -0.1], [0.2]], "learn_biases": true,
  "data": {"inputs": [[0, 0], [0, 1], [1, 0], [1, 1]], "targets": [[0], [1], [1], [0]]},
  "loss": "cross-entropy", "loss_reduction": "mean", "batch": 2,
  "learning_rate": 0.75, "iterations": 2000,
  "explanation": "No straight line separates the ones from the zeros.",
  "suggestion": "Set the hidden layer to 1 unit."
})";

// The smallest usable file: everything optional left out.
constexpr char kMinimalFile[] = R"({"format": "backprop-lab-scenario", "version": 2,
  "layers": [2, 2, 1], "activations": "sigmoid", "weights": [[[0.5, -0.4], [0.3, 0.8]], [[0.7, -0.6]]],
  "data": "xor", "learning_rate": 0.5})";

// The minimal file with `fields` (JSON members, e.g. R"("batch": 2)") set and the `removed` ones left out.
QByteArray minimalWith(const char* fields, std::initializer_list<const char*> removed = {}) {
    QJsonObject file = QJsonDocument::fromJson(kMinimalFile).object();
    for (const char* field : removed) file.remove(QLatin1String(field));
    const QJsonObject changes = QJsonDocument::fromJson(QByteArray("{") + fields + "}").object();
    EXPECT_TRUE(*fields == '\0' || !changes.isEmpty()) << fields; // a typo in a test is not a refusal
    for (auto change = changes.begin(); change != changes.end(); ++change)
        file.insert(change.key(), change.value());
    return QJsonDocument(file).toJson();
}
QByteArray minimalWithout(const char* field) { return minimalWith("", {field}); }

NetworkScenario read(const QByteArray& bytes) {
    QString error;
    const auto scenario = networkScenarioFromJson(bytes, &error);
    EXPECT_TRUE(scenario) << error.toStdString() << "\n" << bytes.toStdString();
    return scenario.value_or(NetworkScenario{});
}

// The one sentence a bad file gets.
std::string networkScenarioRefusal(const QByteArray& bytes) {
    QString error;
    EXPECT_FALSE(networkScenarioFromJson(bytes, &error)) << bytes.toStdString();
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(error.endsWith(QLatin1Char('.'))) << error.toStdString();
    EXPECT_EQ(error.count(QStringLiteral(". ")) <= 2, true) << error.toStdString(); // a sentence, not a page
    return error.toStdString();
}

TEST(NetworkScenarioFile, AHandWrittenXorFileBecomesExactlyItsNetwork) {
    const NetworkScenario scenario = read(kXorFile);
    const NetworkSpec& spec = scenario.spec;
    EXPECT_EQ(spec.layers, (std::vector<int>{2, 2, 1}));
    EXPECT_EQ(spec.activations, (std::vector<Activation>{Activation::Tanh, Activation::Sigmoid}));
    // [to][from]: row j is unit j of the layer, column k unit k of the layer before.
    EXPECT_EQ(spec.weights,
              (std::vector<std::vector<std::vector<double>>>{{{0.5, -0.4}, {0.3, 0.8}}, {{0.7, -0.6}}}));
    EXPECT_EQ(spec.biasMode, BiasMode::PerUnit);
    EXPECT_EQ(spec.biases, (std::vector<std::vector<double>>{{0.1, -0.1}, {0.2}}));
    EXPECT_TRUE(spec.learnBiases);
    ASSERT_EQ(spec.data.examples.size(), 4u);
    EXPECT_EQ(spec.data.examples[1], (TrainingExample{{0, 1}, {1}}));
    EXPECT_EQ(spec.data.examples[3], (TrainingExample{{1, 1}, {0}}));
    EXPECT_EQ(spec.loss, Loss::CrossEntropy);
    EXPECT_EQ(spec.reduction, LossReduction::Mean);
    EXPECT_EQ(spec.batchSize, 2);
    EXPECT_EQ(spec.learningRate, 0.75);
    EXPECT_EQ(scenario.iterations, 2000);
    EXPECT_EQ(scenario.title, "XOR needs a hidden layer");
    EXPECT_EQ(scenario.explanation, "No straight line separates the ones from the zeros.");
    EXPECT_EQ(scenario.suggestion, "Set the hidden layer to 1 unit.");
    EXPECT_TRUE(networkProblems(spec).empty());
}

TEST(NetworkScenarioFile, LeftOutFieldsTakeTheirDefaultsAndOneActivationServesEveryLayer) {
    const NetworkScenario scenario = read(kMinimalFile);
    EXPECT_EQ(scenario.spec.activations, (std::vector<Activation>{Activation::Sigmoid, Activation::Sigmoid}));
    EXPECT_EQ(scenario.spec.biasMode, BiasMode::None);
    EXPECT_TRUE(scenario.spec.biases.empty());
    EXPECT_FALSE(scenario.spec.learnBiases);
    EXPECT_EQ(scenario.spec.loss, Loss::SquaredError);
    EXPECT_EQ(scenario.spec.reduction, LossReduction::Sum);
    EXPECT_EQ(scenario.spec.batchSize, kFullBatch);
    EXPECT_EQ(scenario.iterations, 100);
    EXPECT_TRUE(scenario.title.empty() && scenario.explanation.empty() && scenario.suggestion.empty());
}

TEST(NetworkScenarioFile, APresetNameGivesThePresetsExamples) {
    for (TrainingSetPreset preset : kAllTrainingSetPresets) {
        const std::string name(trainingSetPresetName(preset));
        const std::string data = "\"data\": \"" + name + "\"";
        // The seed's one example has 2 targets: a 2-2-2.
        const std::string seedLayers =
            R"(, "layers": [2, 2, 2], "weights": [[[1, 2], [3, 4]], [[5, 6], [7, 8]]])";
        const std::string fields = data + (preset == TrainingSetPreset::Seed ? seedLayers : "");
        const QByteArray bytes = minimalWith(fields.c_str());
        EXPECT_EQ(read(bytes).spec.data, trainingSetPreset(preset)) << name;
    }
}

TEST(NetworkScenarioFile, SharedBiasesAreOneParameterPerLayerWrittenAsANumberOrAOneElementList) {
    const NetworkScenario scenario = read(minimalWith(R"("biases": [0.35, [0.6]], "shared_biases": true)"));
    EXPECT_EQ(scenario.spec.biasMode, BiasMode::Shared);
    EXPECT_EQ(scenario.spec.biases, (std::vector<std::vector<double>>{{0.35}, {0.6}}));
    // Two values for a layer's one shared bias: networkProblems' sentence.
    EXPECT_NE(networkScenarioRefusal(minimalWith(R"("biases": [[0.35, 0.1], 0.6], "shared_biases": true)"))
                  .find("layer 1 needs 1 bias (one shared by its units), but 2 are given"),
              std::string::npos);
}

TEST(NetworkScenarioFile, InitDrawsTheWeightsThatWeightInitDrawsFromThatSeed) {
    const NetworkScenario scenario =
        read(minimalWith(R"("layers": [2, 3, 1], "init": {"name": "xavier", "seed": 7})", {"weights"}));
    WeightInitializer initializer(WeightInit::XavierUniform, 7);
    const auto first = initializer.drawLayer(/*fanIn=*/2, /*fanOut=*/3);
    const auto second = initializer.drawLayer(/*fanIn=*/3, /*fanOut=*/1); // continues the same sequence
    ASSERT_EQ(scenario.spec.weights.size(), 2u);
    EXPECT_EQ(scenario.spec.weights[0], first);
    EXPECT_EQ(scenario.spec.weights[1], second);
    // Xavier into the hidden layer: r = √(6 / (2 + 3)) ≈ 1.0954, every weight in [−r, r).
    for (const auto& row : scenario.spec.weights[0])
        for (double w : row) EXPECT_LT(std::abs(w), std::sqrt(6.0 / 5.0));
    // "uniform" takes its range from the file.
    const QByteArray uniform = minimalWith(
        R"("layers": [2, 3, 1], "init": {"name": "uniform", "seed": 7, "range": 0.01})", {"weights"});
    const NetworkScenario narrow = read(uniform); // kept: a loop over a temporary's member dangles
    for (const auto& row : narrow.spec.weights[0])
        for (double w : row) EXPECT_LT(std::abs(w), 0.01);
}

TEST(NetworkScenarioFile, EachKindOfBadFileGetsItsOwnSentence) {
    const auto refusedWith = [](const QByteArray& bytes, const std::string& part) {
        const std::string sentence = networkScenarioRefusal(bytes);
        EXPECT_NE(sentence.find(part), std::string::npos) << sentence << "\n  lacks: " << part;
    };
    // Matrices that do not match the layers: networkProblems' sentence, inside the file's.
    refusedWith(minimalWith(R"("weights": [[[0.5, -0.4]], [[0.7, -0.6]]])"),
                "The scenario cannot be used: the weights into layer 1 must be a 2×2 matrix");
    refusedWith(minimalWith(R"("weights": [[[0.5, -0.4], [0.3, 0.8]]])"), "1 weight matrix for 2 layers");
    refusedWith(minimalWith(R"("layers": [2, 9, 1])"), "hidden layer 1 has 9 units");
    // More iterations than the network's rows fit in (NetworkSheet::kMaxStoredValues): the largest
    // network on 16 examples, drawn from an initialisation, with the file format's 100,000 iterations.
    refusedWith(
        R"({"format": "backprop-lab-scenario", "version": 2, "layers": [4, 6, 6, 6, 4],
                    "activations": "sigmoid", "init": {"name": "xavier", "seed": 1}, "learning_rate": 0.5,
                    "iterations": 100000, "data": {"inputs": [)" +
            QByteArray("[0, 0, 1, 1], ").repeated(15) + R"([0, 0, 1, 1]], "targets": [)" +
            QByteArray("[0, 1, 0, 1], ").repeated(15) + R"([0, 1, 0, 1]]}})",
        "\"iterations\" is 100000, but this network keeps so many values per iteration that a run may "
        "have at most");
    refusedWith(minimalWith(R"("layers": [2, 1.5, 1])"), "whole numbers of units");
    // A ragged data row, a non-number, 0 examples, a target outside [0, 1] with cross-entropy.
    refusedWith(minimalWith(R"("data": {"inputs": [[0, 0], [0]], "targets": [[0], [1]]})"),
                "The scenario cannot be used: example 2");
    refusedWith(minimalWith(R"("data": {"inputs": [[0, "one"]], "targets": [[1]]})"),
                "\"data.inputs\" in the scenario must be lists of numbers only");
    refusedWith(minimalWith(R"("weights": [[[0.5, null], [0.3, 0.8]], [[0.7, -0.6]]])"),
                "\"weights\" in the scenario must be lists of numbers only");
    refusedWith(minimalWith(R"("learning_rate": "fast")"),
                "\"learning_rate\" in the scenario must be a number");
    refusedWith(minimalWith(R"("data": {"inputs": [], "targets": []})"),
                "The scenario cannot be used: the training set has no examples");
    refusedWith(minimalWith(R"("data": {"inputs": [[0, 1]], "targets": [[1.5]]}, "loss": "cross-entropy")"),
                "cross-entropy needs targets between 0 and 1");
    refusedWith(minimalWith(R"("data": {"inputs": [[0, 1]], "targets": []})"),
                "1 input rows and 0 target rows");
    refusedWith(minimalWith(R"("data": "nand")"), "data \"nand\" is unknown");
    // Weights: exactly one of weights and init.
    refusedWith(minimalWithout("weights"), "either \"weights\"");
    refusedWith(minimalWith(R"("init": {"name": "xavier", "seed": 1})"), "not both or neither");
    refusedWith(minimalWith(R"("init": {"name": "lecun", "seed": 1})", {"weights"}),
                "init \"lecun\" is unknown");
    // The rest of the fields.
    refusedWith(minimalWith(R"("batch": 0)"), "\"batch\" in the scenario");
    refusedWith(minimalWith(R"("batch": 9)"), "a step cannot use 9 examples");
    refusedWith(minimalWith(R"("shared_biases": true)"), "needs \"biases\"");
    refusedWith(minimalWith(R"("learn_biases": "yes")"), "true or false");
    refusedWith(minimalWith(R"("activations": ["sigmoid"])"), "1 activation for 2 layers");
    refusedWith(minimalWith(R"("loss_reduction": "median")"), "Use sum or mean");
    refusedWith(minimalWith(R"("iterations": 0)"), "from 1 to 100000");
    refusedWith(minimalWithout("layers"), "The scenario has no \"layers\"");
    refusedWith("{\"format\": \"backprop-lab-scenario\", \"version\": 2, \"layers\": [2, ", "damaged");
}

// Fields that would change nothing are refused rather than dropped: a flag with nothing to learn, a range
// that only "uniform" reads. And a seed larger than a JSON number holds exactly is refused by its limit,
// the command line's too (2^53, weight_init.h's kMaxWeightSeed).
TEST(NetworkScenarioFile, FieldsThatWouldBeIgnoredAreRefusedWithASentence) {
    EXPECT_EQ(networkScenarioRefusal(minimalWith(R"("learn_biases": true)")),
              "\"learn_biases\": true in the scenario needs \"biases\": give each layer's biases, e.g. "
              "\"biases\": [[0, 0], [0]], or remove \"learn_biases\".");
    EXPECT_FALSE(read(minimalWith(R"("learn_biases": false)")).spec.learnBiases); // says what it does
    for (const char* name : {"xavier", "he"}) {
        const std::string init =
            std::string(R"("init": {"name": ")") + name + R"(", "seed": 1, "range": 0.1})";
        EXPECT_EQ(networkScenarioRefusal(minimalWith(init.c_str(), {"weights"})),
                  std::string("\"init.range\" belongs to \"uniform\" only: ") + name +
                      " chooses its own range. Remove \"range\", or write \"name\": \"uniform\".");
    }
    // 2^53 = 9007199254740992 is the largest seed; 2^53 + 2 is the next whole number a double holds.
    const NetworkScenario largest =
        read(minimalWith(R"("init": {"name": "he", "seed": 9007199254740992})", {"weights"}));
    EXPECT_EQ(largest.spec.weights,
              drawNetworkWeights({2, 2, 1}, WeightInit::HeUniform, std::uint64_t{1} << 53));
    EXPECT_EQ(
        networkScenarioRefusal(
            minimalWith(R"("init": {"name": "he", "seed": 9007199254740994})", {"weights"})),
        "\"init.seed\" in the scenario must be a whole number from 0 to 9007199254740992 (2^53: the file's "
        "numbers are doubles, which hold every whole number up to there exactly). Change it in the file.");
}

TEST(NetworkScenarioFile, AnUnknownFieldIsRefusedByItsName) {
    EXPECT_NE(
        networkScenarioRefusal(minimalWith(R"("learning_rte": 0.5)")).find("unknown field \"learning_rte\""),
        std::string::npos);
    EXPECT_NE(networkScenarioRefusal(
                  minimalWith(R"("data": {"inputs": [[0, 1]], "targets": [[1]], "weights": [1]})"))
                  .find("unknown field \"data.weights\""),
              std::string::npos);
    // Version 1's fields are not version 2's.
    EXPECT_NE(networkScenarioRefusal(minimalWith(R"("compare_rates": [0.1])")).find("\"compare_rates\""),
              std::string::npos);
}

TEST(NetworkScenarioFile, AWrittenScenarioReadsBackEqual) {
    NetworkScenario perUnit = read(kXorFile);
    perUnit.spec.learningRate = 1.0 / 3.0; // the last bit survives the text
    perUnit.spec.data.examples[2].targets = {0.25};
    NetworkScenario shared = read(minimalWith(R"("biases": [0.35, 0.6], "shared_biases": true)"));
    shared.spec.learnBiases = true;
    const NetworkScenario minimal = read(kMinimalFile);
    for (const NetworkScenario& scenario : {perUnit, shared, minimal}) {
        const QByteArray bytes = networkScenarioToJson(scenario);
        EXPECT_EQ(read(bytes), scenario) << bytes.toStdString();
    }
    // A preset's examples are written by its name, anything else as lists.
    EXPECT_TRUE(networkScenarioToJson(minimal).contains("\"data\": \"xor\""));
    EXPECT_TRUE(networkScenarioToJson(perUnit).contains("\"targets\""));
}

TEST(NetworkScenarioFile, AFileWrittenToDiskOpensAsAVersion2Scenario) {
    const QString path = QString::fromStdString(temporaryPath("network.json"));
    const NetworkScenario scenario = read(kXorFile);
    QString error;
    ASSERT_TRUE(writeNetworkScenarioFile(path, scenario, &error)) << error.toStdString();
    const auto opened = readAnyScenarioFile(path, &error);
    QFile::remove(path);
    ASSERT_TRUE(opened) << error.toStdString();
    ASSERT_TRUE(std::holds_alternative<NetworkScenario>(*opened));
    EXPECT_EQ(std::get<NetworkScenario>(*opened), scenario);
}

TEST(NetworkScenarioFile, AVersion1FileReadsAsBeforeThroughTheReaderOfBothVersions) {
    QFile lesson(QStringLiteral(":/lessons/divergence.json"));
    ASSERT_TRUE(lesson.open(QIODevice::ReadOnly));
    const QByteArray bytes = lesson.readAll();
    QString error;
    const auto before = scenarioFromJson(bytes, &error);
    ASSERT_TRUE(before) << error.toStdString();
    const auto any = anyScenarioFromJson(bytes, &error);
    ASSERT_TRUE(any && std::holds_alternative<Scenario>(*any)) << error.toStdString();
    const Scenario& now = std::get<Scenario>(*any);
    EXPECT_EQ(now.inputs, before->inputs);
    EXPECT_EQ(now.title, before->title);
    EXPECT_EQ(now.iterations, before->iterations);
    EXPECT_EQ(now.compareRates, before->compareRates);
    EXPECT_EQ(now.explanation, before->explanation);
    // Bad version-1, damaged and foreign files keep version 1's sentences.
    for (QByteArray bad :
         {QByteArray(bytes).replace("\"learning_rate\"", "\"rate\""), QByteArray("{\"format\": "),
          QByteArray("{\"format\": \"other\", \"version\": 2}")}) {
        QString oldSentence, newSentence;
        EXPECT_FALSE(scenarioFromJson(bad, &oldSentence));
        EXPECT_FALSE(anyScenarioFromJson(bad, &newSentence));
        EXPECT_EQ(newSentence, oldSentence);
    }
    // A newer version than either names the newest one read.
    QString newer;
    EXPECT_FALSE(anyScenarioFromJson(minimalWith(R"("version": 3)"), &newer));
    EXPECT_TRUE(newer.contains(QStringLiteral("version 3, newer than this Backprop Lab reads (version 2)")))
        << newer.toStdString();
}

TEST(NetworkScenarioFile, TheReadmesVersion2ExampleOpens) {
    QFile readme(QStringLiteral(BPLAB_README));
    ASSERT_TRUE(readme.open(QIODevice::ReadOnly));
    const QByteArray text = readme.readAll();
    const qsizetype version = text.indexOf("\"version\": 2,");
    ASSERT_GE(version, 0) << "README.md shows no version 2 scenario";
    const qsizetype start = text.lastIndexOf("```json\n", version) + 8;
    const QByteArray example = text.mid(start, text.indexOf("```", version) - start);
    const NetworkScenario scenario = read(example);
    EXPECT_EQ(scenario.spec.layers, (std::vector<int>{2, 2, 1}));
    EXPECT_EQ(scenario.spec.data, trainingSetPreset(TrainingSetPreset::Xor)); // written out in full there
}

} // namespace
} // namespace bplab::ui
