#include "ui/sheet/lessons/scenario_file.h"
#include "ui/sheet/sheet_messages.h"

#include "ui/common/core_text.h"
#include "ui/common/file_writing.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <stdexcept>

namespace bplab::ui {

namespace {

// tr() for this file's functions, under a context that lupdate reads from the macro (a plain helper
// function would hide the strings from it).
struct ScenarioFileText {
    Q_DECLARE_TR_FUNCTIONS(bplab::ui::ScenarioFile)
};

// What is wrong with a file, as the sentence the user reads.
struct FileProblem {
    QString sentence;
};

// The value of `key`, which must be there ("inputs.i1" names a nested one in the sentence).
QJsonValue requiredField(const QJsonObject& object, const QString& key, const QString& shownName) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        throw FileProblem{ScenarioFileText::tr(
                              "The scenario has no \"%1\". Add it to the file (a file saved with Lessons › "
                              "Save scenario… shows every field).")
                              .arg(shownName)};
    }
    return value;
}

double numberField(const QJsonObject& object, const QString& key, const QString& shownName) {
    const QJsonValue value = requiredField(object, key, shownName);
    if (!value.isDouble()) {
        throw FileProblem{
            ScenarioFileText::tr("\"%1\" in the scenario must be a number. Write it as a number, e.g. 0.5.")
                .arg(shownName)};
    }
    return value.toDouble();
}

QString textField(const QJsonObject& object, const QString& key) {
    const QJsonValue value = requiredField(object, key, key);
    if (!value.isString()) {
        throw FileProblem{
            ScenarioFileText::tr("\"%1\" in the scenario must be text in quotes. Put it in quotes.")
                .arg(key)};
    }
    return value.toString();
}

QJsonObject object(const QJsonObject& parent, const QString& key) {
    const QJsonValue value = requiredField(parent, key, key);
    if (!value.isObject()) {
        throw FileProblem{ScenarioFileText::tr(
                              "\"%1\" in the scenario must be an object in braces { }. See a saved scenario.")
                              .arg(key)};
    }
    return value.toObject();
}

std::vector<double> numbers(const QJsonArray& array, const QString& key) {
    std::vector<double> result;
    for (const QJsonValue& value : array) {
        if (!value.isDouble()) {
            throw FileProblem{
                ScenarioFileText::tr(
                    "\"%1\" in the scenario must list numbers only. Remove what is not a number.")
                    .arg(key)};
        }
        result.push_back(value.toDouble());
    }
    return result;
}

void checkFormatAndVersion(const QJsonObject& root) {
    const QString format = root.value(QStringLiteral("format")).toString();
    if (format != QLatin1String(kScenarioFormat)) {
        throw FileProblem{ScenarioFileText::tr(
                              "This is not a Backprop Lab scenario (its \"format\" should be \"%1\"). Open a "
                              "file saved with Lessons › Save scenario….")
                              .arg(QLatin1String(kScenarioFormat))};
    }
    const double version = numberField(root, QStringLiteral("version"), QStringLiteral("version"));
    if (version > kScenarioVersion) {
        throw FileProblem{ScenarioFileText::tr(
                              "This scenario is version %1, newer than this Backprop Lab reads (version %2). "
                              "Open it with a newer Backprop Lab.")
                              .arg(version)
                              .arg(kScenarioVersion)};
    }
    if (version != std::floor(version) || version < 1) {
        throw FileProblem{
            ScenarioFileText::tr(
                "The scenario's \"version\" must be a whole number from 1 to %1. Write \"version\": %1.")
                .arg(kScenarioVersion)};
    }
}

SheetInputs readInputs(const QJsonObject& root) {
    SheetInputs inputs;
    const QJsonObject given = object(root, QStringLiteral("inputs"));
    for (const char* name : {"i1", "i2", "t1", "t2"}) {
        const QString key = QLatin1String(name);
        setInputValue(inputs, name, numberField(given, key, QStringLiteral("inputs.") + key));
    }
    const QJsonValue weights = requiredField(root, QStringLiteral("weights"), QStringLiteral("weights"));
    const std::vector<double> w = numbers(weights.toArray(), QStringLiteral("weights"));
    if (!weights.isArray() || w.size() != inputs.weights.size()) {
        throw FileProblem{
            ScenarioFileText::tr("\"weights\" in the scenario must list the 8 numbers w1..w8, e.g. "
                                 "[0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55].")};
    }
    std::copy(w.begin(), w.end(), inputs.weights.begin());
    if (root.contains(QStringLiteral("biases"))) { // optional: a scenario without biases has none
        const QJsonObject biases = object(root, QStringLiteral("biases"));
        inputs.b1 = numberField(biases, QStringLiteral("b1"), QStringLiteral("biases.b1"));
        inputs.b2 = numberField(biases, QStringLiteral("b2"), QStringLiteral("biases.b2"));
        const QJsonValue learn = biases.value(QStringLiteral("learn")); // optional: not learned
        if (!learn.isUndefined() && !learn.isBool()) {
            throw FileProblem{ScenarioFileText::tr(
                "\"biases.learn\" in the scenario must be true or false, without quotes.")};
        }
        inputs.learnBiases = learn.toBool(false);
    }
    const QString activation = textField(root, QStringLiteral("activation"));
    const auto parsedActivation = parseActivation(activation.toStdString());
    if (!parsedActivation) {
        throw FileProblem{
            ScenarioFileText::tr(
                "The scenario's activation \"%1\" is unknown. Use sigmoid, tanh, relu or identity.")
                .arg(activation)};
    }
    inputs.activation = *parsedActivation;
    const QString loss = textField(root, QStringLiteral("loss"));
    const auto parsedLoss = parseLoss(loss.toStdString());
    if (!parsedLoss) {
        throw FileProblem{
            ScenarioFileText::tr("The scenario's loss \"%1\" is unknown. Use squared or cross-entropy.")
                .arg(loss)};
    }
    inputs.loss = *parsedLoss;
    inputs.learningRate = numberField(root, QStringLiteral("learning_rate"), QStringLiteral("learning_rate"));
    return inputs;
}

Scenario readScenario(const QJsonObject& root) {
    checkFormatAndVersion(root);
    Scenario scenario;
    scenario.id = root.value(QStringLiteral("id")).toString().toStdString(); // optional
    scenario.title = textField(root, QStringLiteral("title")).toStdString();
    scenario.inputs = readInputs(root);
    const double iterations = numberField(root, QStringLiteral("iterations"), QStringLiteral("iterations"));
    if (iterations != std::floor(iterations) || iterations < 1 || iterations > Scenario::kMaxIterations) {
        throw FileProblem{
            ScenarioFileText::tr(
                "The scenario's \"iterations\" must be a whole number from 1 to %1. Change it in "
                "the file.")
                .arg(Scenario::kMaxIterations)};
    }
    scenario.iterations = static_cast<int>(iterations);
    if (root.contains(QStringLiteral("compare_rates"))) {
        scenario.compareRates =
            numbers(root.value(QStringLiteral("compare_rates")).toArray(), QStringLiteral("compare_rates"));
    }
    scenario.explanation = textField(root, QStringLiteral("explanation")).toStdString();
    scenario.suggestion = textField(root, QStringLiteral("suggestion")).toStdString();
    return scenario;
}

} // namespace

std::optional<Scenario> scenarioFromJson(const QByteArray& bytes, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    try {
        if (parseError.error != QJsonParseError::NoError) {
            throw FileProblem{
                ScenarioFileText::tr(
                    "The file is damaged or not a scenario: %1 at character %2. Open a scenario "
                    "saved by Backprop Lab, or mend the JSON at that point.")
                    .arg(parseError.errorString())
                    .arg(parseError.offset)};
        }
        if (!document.isObject()) {
            throw FileProblem{ScenarioFileText::tr(
                "This is not a Backprop Lab scenario: it holds no JSON object. Open a file "
                "saved with Lessons › Save scenario….")};
        }
        try {
            Scenario scenario = readScenario(document.object());
            validate(scenario);
            // The window shows the scenario in its boxes: a value they cannot hold would be clamped by
            // the student's next edit (and the command line refuses what the window refuses).
            checkShownInWindow(scenario.inputs);
            return scenario;
        } catch (const std::invalid_argument& problem) { // a value the engine or the window refuses
            throw FileProblem{
                ScenarioFileText::tr("The scenario cannot be used: %1. Change that value in the file.")
                    .arg(SheetMessages::inputProblem(problem))};
        }
    } catch (const FileProblem& problem) {
        if (error) *error = problem.sentence;
        return std::nullopt;
    }
}

QByteArray scenarioToJson(const Scenario& scenario) {
    const SheetInputs& inputs = scenario.inputs;
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(kScenarioFormat));
    root.insert(QStringLiteral("version"), kScenarioVersion);
    if (!scenario.id.empty()) root.insert(QStringLiteral("id"), fromStd(scenario.id));
    root.insert(QStringLiteral("title"), fromStd(scenario.title));
    QJsonObject given;
    for (const char* name : {"i1", "i2", "t1", "t2"})
        given.insert(QLatin1String(name), inputValue(inputs, name));
    root.insert(QStringLiteral("inputs"), given);
    QJsonArray weights;
    for (double w : inputs.weights) weights.append(w);
    root.insert(QStringLiteral("weights"), weights);
    root.insert(QStringLiteral("biases"), QJsonObject{{QStringLiteral("b1"), inputs.b1},
                                                      {QStringLiteral("b2"), inputs.b2},
                                                      {QStringLiteral("learn"), inputs.learnBiases}});
    root.insert(QStringLiteral("activation"), fromStd(activationName(inputs.activation)));
    root.insert(QStringLiteral("loss"), fromStd(lossName(inputs.loss)));
    root.insert(QStringLiteral("learning_rate"), inputs.learningRate);
    root.insert(QStringLiteral("iterations"), scenario.iterations);
    if (!scenario.compareRates.empty()) {
        QJsonArray rates;
        for (double rate : scenario.compareRates) rates.append(rate);
        root.insert(QStringLiteral("compare_rates"), rates);
    }
    root.insert(QStringLiteral("explanation"), fromStd(scenario.explanation));
    root.insert(QStringLiteral("suggestion"), fromStd(scenario.suggestion));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QByteArray> readScenarioBytes(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = ScenarioFileText::tr("Could not open %1: %2. Check the name and folder.")
                         .arg(QFileInfo(path).fileName(), file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

QString cannotOpenScenario(const QString& path, QString problem) {
    if (!problem.isEmpty()) problem[0] = problem[0].toLower(); // it continues the sentence
    return ScenarioFileText::tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), problem);
}

std::optional<Scenario> readScenarioFile(const QString& path, QString* error) {
    const std::optional<QByteArray> bytes = readScenarioBytes(path, error);
    if (!bytes) return std::nullopt;
    QString problem;
    auto scenario = scenarioFromJson(*bytes, &problem);
    if (!scenario && error) *error = cannotOpenScenario(path, problem);
    return scenario;
}

bool writeScenarioFile(const QString& path, const Scenario& scenario, QString* error) {
    return writeFileAtomically(path, scenarioToJson(scenario), error);
}

} // namespace bplab::ui
