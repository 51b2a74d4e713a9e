// Scenario files: a round trip keeps every value, and every kind of bad file is refused with one
// sentence that says what is wrong and how to fix it.
#include "ui/sheet/lessons/scenario_file.h"

#include "tests/support/temporary_path.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

Scenario example() {
    Scenario scenario;
    scenario.id = "mine";
    scenario.title = "A teacher's lesson";
    scenario.inputs.i1 = 0.3;
    scenario.inputs.t2 = 0.7;
    scenario.inputs.weights = {0.1, -0.2, 0.3, -0.4, 0.5, -0.6, 0.7, 1.0 / 3.0};
    scenario.inputs.b1 = 0.35;
    scenario.inputs.learnBiases = true;
    scenario.inputs.activation = Activation::Tanh;
    scenario.inputs.loss = Loss::SquaredError;
    scenario.inputs.learningRate = 0.123456789;
    scenario.iterations = 250;
    scenario.compareRates = {0.1, 2.5};
    scenario.explanation = "Look at `∂E/∂w5` — \"quoted\" and <b>not markup</b>.";
    scenario.suggestion = "Drag η.";
    return scenario;
}

QJsonObject exampleObject() { return QJsonDocument::fromJson(scenarioToJson(example())).object(); }

// The sentence a changed copy of the example gets.
QString refusalOfBytes(const QByteArray& bytes) {
    QString error;
    EXPECT_FALSE(scenarioFromJson(bytes, &error)) << bytes.toStdString();
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(error.endsWith(QLatin1Char('.'))) << error.toStdString();
    return error;
}
QString scenarioRefusal(const QJsonObject& object) { return refusalOfBytes(QJsonDocument(object).toJson()); }

TEST(ScenarioFile, ARoundTripKeepsEveryValueToTheLastBit) {
    QString error;
    const auto read = scenarioFromJson(scenarioToJson(example()), &error);
    ASSERT_TRUE(read) << error.toStdString();
    EXPECT_EQ(read->id, example().id);
    EXPECT_EQ(read->title, example().title);
    EXPECT_EQ(read->inputs, example().inputs);
    EXPECT_EQ(read->iterations, 250);
    EXPECT_EQ(read->compareRates, example().compareRates);
    EXPECT_EQ(read->explanation, example().explanation);
    EXPECT_EQ(read->suggestion, example().suggestion);
}

TEST(ScenarioFile, WritesAVersionedHumanReadableFile) {
    const QString path = QString::fromStdString(temporaryPath("scenario.json"));
    QString error;
    ASSERT_TRUE(writeScenarioFile(path, example(), &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.contains("\"format\": \"backprop-lab-scenario\"")) << bytes.toStdString();
    EXPECT_TRUE(bytes.contains("\"version\": 1"));
    EXPECT_TRUE(bytes.contains("\"activation\": \"tanh\""));
    const auto read = readScenarioFile(path, &error);
    ASSERT_TRUE(read) << error.toStdString();
    EXPECT_EQ(read->inputs, example().inputs);
    QFile::remove(path);
}

TEST(ScenarioFile, AFailedSaveLeavesThePreviousFileIntact) {
    const QString path = QString::fromStdString(temporaryPath("missing-folder")) + QStringLiteral("/x.json");
    QString error;
    EXPECT_FALSE(writeScenarioFile(path, example(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("does not exist"))) << error.toStdString();
}

TEST(ScenarioFile, RefusesADamagedFile) {
    QByteArray bytes = scenarioToJson(example());
    bytes.chop(bytes.size() / 2);
    EXPECT_TRUE(refusalOfBytes(bytes).contains(QStringLiteral("damaged")));
    EXPECT_TRUE(refusalOfBytes(QByteArray("\x89PNG\r\n", 6)).contains(QStringLiteral("damaged")));
    EXPECT_TRUE(refusalOfBytes(QByteArray("[1, 2]")).contains(QStringLiteral("not a Backprop Lab scenario")));
    // JSON has no NaN: a hand-written one is a damaged file, not a number.
    QByteArray nan = scenarioToJson(example());
    nan.replace("0.123456789", "NaN");
    EXPECT_TRUE(refusalOfBytes(nan).contains(QStringLiteral("damaged")));
}

TEST(ScenarioFile, RefusesAForeignFile) {
    QJsonObject foreign = exampleObject();
    foreign.insert(QStringLiteral("format"), QStringLiteral("some-other-app"));
    EXPECT_TRUE(scenarioRefusal(foreign).contains(QStringLiteral("not a Backprop Lab scenario")));
    foreign.remove(QStringLiteral("format"));
    EXPECT_TRUE(scenarioRefusal(foreign).contains(QStringLiteral("not a Backprop Lab scenario")));
}

TEST(ScenarioFile, RefusesANewerVersionAndSaysWhatToDo) {
    QJsonObject newer = exampleObject();
    newer.insert(QStringLiteral("version"), 2);
    const QString error = scenarioRefusal(newer);
    EXPECT_TRUE(error.contains(QStringLiteral("version 2"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("newer Backprop Lab"))) << error.toStdString();
    newer.insert(QStringLiteral("version"), 0.5);
    EXPECT_TRUE(scenarioRefusal(newer).contains(QStringLiteral("whole number")));
}

TEST(ScenarioFile, RefusesAMissingFieldByName) {
    for (const char* field : {"title", "inputs", "weights", "activation", "loss", "learning_rate",
                              "iterations", "explanation", "suggestion", "version"}) {
        QJsonObject missing = exampleObject();
        missing.remove(QLatin1String(field));
        const QString error = scenarioRefusal(missing);
        EXPECT_TRUE(error.contains(QStringLiteral("\"%1\"").arg(QLatin1String(field))))
            << error.toStdString();
    }
    QJsonObject noInput = exampleObject();
    QJsonObject inputs = noInput.value(QStringLiteral("inputs")).toObject();
    inputs.remove(QStringLiteral("t2"));
    noInput.insert(QStringLiteral("inputs"), inputs);
    EXPECT_TRUE(scenarioRefusal(noInput).contains(QStringLiteral("\"inputs.t2\"")));
    // Optional: no biases means none, no compare_rates means one rate.
    QJsonObject minimal = exampleObject();
    minimal.remove(QStringLiteral("biases"));
    minimal.remove(QStringLiteral("compare_rates"));
    minimal.remove(QStringLiteral("id"));
    QString error;
    const auto read = scenarioFromJson(QJsonDocument(minimal).toJson(), &error);
    ASSERT_TRUE(read) << error.toStdString();
    EXPECT_FALSE(read->inputs.usesBiases());
    EXPECT_TRUE(read->compareRates.empty());
}

TEST(ScenarioFile, RefusesValuesOutOfRange) {
    auto with = [](const char* key, const QJsonValue& value) {
        QJsonObject object = exampleObject();
        object.insert(QLatin1String(key), value);
        return scenarioRefusal(object);
    };
    EXPECT_TRUE(with("learning_rate", 0.0).contains(QStringLiteral("learning rate")));
    EXPECT_TRUE(with("learning_rate", -1.0).contains(QStringLiteral("greater than 0")));
    EXPECT_TRUE(with("learning_rate", QStringLiteral("fast")).contains(QStringLiteral("must be a number")));
    EXPECT_TRUE(with("iterations", 0).contains(QStringLiteral("iterations")));
    EXPECT_TRUE(with("iterations", Scenario::kMaxIterations + 1).contains(QStringLiteral("iterations")));
    EXPECT_TRUE(with("iterations", 2.5).contains(QStringLiteral("whole number")));
    EXPECT_TRUE(
        with("activation", QStringLiteral("softmax")).contains(QStringLiteral("\"softmax\" is unknown")));
    EXPECT_TRUE(with("loss", QStringLiteral("hinge")).contains(QStringLiteral("\"hinge\" is unknown")));
    EXPECT_TRUE(with("weights", QJsonArray{1, 2, 3}).contains(QStringLiteral("8 numbers")));
    EXPECT_TRUE(with("compare_rates", QJsonArray{0.5, -2}).contains(QStringLiteral("greater than 0")));
    EXPECT_TRUE(with("title", QString()).contains(QStringLiteral("title")));
    EXPECT_TRUE(with("biases", QJsonObject{{"b1", 0.0}, {"b2", 0.0}, {"learn", QStringLiteral("yes")}})
                    .contains(QStringLiteral("true or false")));
    // Cross-entropy needs targets in [0, 1]: the engine's own sentence.
    QJsonObject crossEntropy = exampleObject();
    crossEntropy.insert(QStringLiteral("loss"), QStringLiteral("cross-entropy"));
    crossEntropy.insert(QStringLiteral("inputs"),
                        QJsonObject{{"i1", 0.05}, {"i2", 0.1}, {"t1", 2.0}, {"t2", 0.5}});
    EXPECT_TRUE(scenarioRefusal(crossEntropy).contains(QStringLiteral("targets between 0 and 1")));
}

// The window's boxes hold ±kMaxTypedValue and η from kMinTypedLearningRate to kMaxTypedLearningRate:
// a file beyond them would show a clamped value that the next edit writes back, so it is refused with
// the value and the range, and the edges themselves are accepted.
TEST(ScenarioFile, RefusesValuesTheWindowCannotShowAndNamesTheRange) {
    auto withInput = [](const char* key, double value) {
        QJsonObject object = exampleObject();
        QJsonObject inputs = object.value(QStringLiteral("inputs")).toObject();
        inputs.insert(QLatin1String(key), value);
        object.insert(QStringLiteral("inputs"), inputs);
        return QJsonDocument(object).toJson();
    };
    const QString big = refusalOfBytes(withInput("i1", 123456.789));
    EXPECT_TRUE(big.contains(QStringLiteral("i1 = 123456.789 lies outside −100 to 100")))
        << big.toStdString();
    EXPECT_TRUE(big.contains(QStringLiteral("Change that value in the file"))) << big.toStdString();
    EXPECT_TRUE(refusalOfBytes(withInput("t2", -100.5)).contains(QStringLiteral("t2 = −100.5")));
    QJsonObject weight = exampleObject();
    weight.insert(QStringLiteral("weights"), QJsonArray{0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 250.0});
    EXPECT_TRUE(scenarioRefusal(weight).contains(QStringLiteral("w8 = 250")));
    QJsonObject bias = exampleObject();
    bias.insert(QStringLiteral("biases"), QJsonObject{{"b1", 0.0}, {"b2", -101.0}});
    EXPECT_TRUE(scenarioRefusal(bias).contains(QStringLiteral("b2 = −101")));
    auto withRate = [](double rate) {
        QJsonObject object = exampleObject();
        object.insert(QStringLiteral("learning_rate"), rate);
        return QJsonDocument(object).toJson();
    };
    const QString fast = refusalOfBytes(withRate(2000.0));
    EXPECT_TRUE(fast.contains(QStringLiteral("learning rate 2000 lies outside 0.0001 to 1000")))
        << fast.toStdString();
    EXPECT_TRUE(refusalOfBytes(withRate(0.00009)).contains(QStringLiteral("lies outside 0.0001 to 1000")));
    // The edges are what the boxes hold, so they open.
    QString error;
    EXPECT_TRUE(scenarioFromJson(withInput("i1", kMaxTypedValue), &error)) << error.toStdString();
    EXPECT_TRUE(scenarioFromJson(withInput("t1", -kMaxTypedValue), &error)) << error.toStdString();
    EXPECT_TRUE(scenarioFromJson(withRate(kMaxTypedLearningRate), &error)) << error.toStdString();
    EXPECT_TRUE(scenarioFromJson(withRate(kMinTypedLearningRate), &error)) << error.toStdString();
}

TEST(ScenarioFile, AFileThatCannotBeReadNamesIt) {
    QString error;
    EXPECT_FALSE(readScenarioFile(QStringLiteral("/no/such/lesson.json"), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("Could not open lesson.json"))) << error.toStdString();
}

} // namespace
} // namespace bplab::ui
