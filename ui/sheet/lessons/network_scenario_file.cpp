#include "ui/sheet/lessons/network_scenario_file.h"

#include "core/sheet/network/network_sheet.h"
#include "ui/common/core_text.h"
#include "ui/common/file_writing.h"
#include "ui/sheet/lessons/network_scenario_file_reader.h"
#include "ui/sheet/lessons/scenario_file.h"
#include "ui/sheet/values/network_messages.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bplab::ui {

namespace {

// tr() for this file's functions, under a context that lupdate reads from the macro (a plain helper
// function would hide the strings from it).
struct NetworkScenarioFileText {
    Q_DECLARE_TR_FUNCTIONS(bplab::ui::NetworkScenarioFile)
};

using NetworkFileProblem = NetworkScenarioFileProblem;

QJsonArray row(const std::vector<double>& values) {
    QJsonArray array;
    for (double value : values) array.append(value);
    return array;
}

QJsonArray rows(const std::vector<std::vector<double>>& values) {
    QJsonArray array;
    for (const auto& line : values) array.append(row(line));
    return array;
}

QJsonValue dataJson(const TrainingSet& data) {
    for (TrainingSetPreset preset : kAllTrainingSetPresets) {
        if (trainingSetPreset(preset) == data) return fromStd(trainingSetPresetName(preset));
    }
    QJsonArray inputs, targets;
    for (const TrainingExample& example : data.examples) {
        inputs.append(row(example.inputs));
        targets.append(row(example.targets));
    }
    return QJsonObject{{QStringLiteral("inputs"), inputs}, {QStringLiteral("targets"), targets}};
}

} // namespace

bool operator==(const NetworkScenario& a, const NetworkScenario& b) {
    return a.spec == b.spec && a.iterations == b.iterations && a.title == b.title &&
           a.explanation == b.explanation && a.suggestion == b.suggestion;
}

std::optional<NetworkScenario> networkScenarioFromJson(const QByteArray& bytes, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    try {
        if (parseError.error != QJsonParseError::NoError) {
            throw NetworkFileProblem{
                NetworkScenarioFileText::tr(
                    "The file is damaged or not a scenario: %1 at character %2. Mend the JSON at "
                    "that point.")
                    .arg(parseError.errorString())
                    .arg(parseError.offset)};
        }
        if (!document.isObject()) {
            throw NetworkFileProblem{NetworkScenarioFileText::tr(
                "This is not a Backprop Lab scenario: it holds no JSON object. Start from the "
                "version 2 example in README.md.")};
        }
        NetworkScenario scenario = readNetworkScenarioFields(document.object());
        const std::vector<NetworkProblem> problems = networkProblems(scenario.spec);
        if (!problems.empty()) {
            throw NetworkFileProblem{
                NetworkScenarioFileText::tr("The scenario cannot be used: %1. Change that value in the file.")
                    .arg(NetworkMessages::problem(problems.front()))};
        }
        const int fitting = NetworkSheet::maxIterationsFor(scenario.spec);
        if (scenario.iterations > fitting) {
            throw NetworkFileProblem{
                NetworkScenarioFileText::tr(
                    "\"iterations\" is %1, but this network keeps so many values per iteration "
                    "that a run may have at most %2. Lower \"iterations\" in the file.")
                    .arg(scenario.iterations)
                    .arg(fitting)};
        }
        return scenario;
    } catch (const NetworkFileProblem& problem) {
        if (error) *error = problem.sentence;
        return std::nullopt;
    }
}

QByteArray networkScenarioToJson(const NetworkScenario& scenario) {
    const NetworkSpec& spec = scenario.spec;
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(kScenarioFormat));
    root.insert(QStringLiteral("version"), kNetworkScenarioVersion);
    QJsonArray layers, activations, weights, biases;
    for (int units : spec.layers) layers.append(units);
    for (Activation activation : spec.activations) activations.append(fromStd(activationName(activation)));
    for (const auto& matrix : spec.weights) weights.append(rows(matrix));
    root.insert(QStringLiteral("layers"), layers);
    root.insert(QStringLiteral("activations"), activations);
    root.insert(QStringLiteral("weights"), weights);
    if (spec.biasMode != BiasMode::None) {
        const bool shared = spec.biasMode == BiasMode::Shared;
        for (const auto& layer : spec.biases)
            shared&& layer.size() == 1 ? biases.append(layer.front()) : biases.append(row(layer));
        root.insert(QStringLiteral("biases"), biases);
        root.insert(QStringLiteral("shared_biases"), shared);
    }
    root.insert(QStringLiteral("learn_biases"), spec.learnBiases);
    root.insert(QStringLiteral("data"), dataJson(spec.data));
    root.insert(QStringLiteral("loss"), fromStd(lossName(spec.loss)));
    root.insert(QStringLiteral("loss_reduction"),
                spec.reduction == LossReduction::Mean ? QStringLiteral("mean") : QStringLiteral("sum"));
    root.insert(QStringLiteral("batch"), spec.batchSize == kFullBatch ? QJsonValue(QStringLiteral("full"))
                                                                      : QJsonValue(spec.batchSize));
    root.insert(QStringLiteral("learning_rate"), spec.learningRate);
    root.insert(QStringLiteral("iterations"), scenario.iterations);
    for (auto [key, field] :
         {std::pair{"title", &scenario.title}, std::pair{"explanation", &scenario.explanation},
          std::pair{"suggestion", &scenario.suggestion}}) {
        if (!field->empty()) root.insert(QLatin1String(key), fromStd(*field));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<AnyScenario> anyScenarioFromJson(const QByteArray& bytes, QString* error) {
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    const QJsonValue version = root.value(QStringLiteral("version"));
    // Version 1, damaged and foreign files go to the version-1 reader, which words their sentences.
    const bool laterVersion =
        root.value(QStringLiteral("format")).toString() == QLatin1String(kScenarioFormat) &&
        version.isDouble() && version.toDouble() >= kNetworkScenarioVersion;
    if (laterVersion) {
        auto scenario = networkScenarioFromJson(bytes, error);
        if (!scenario) return std::nullopt;
        return AnyScenario{std::move(*scenario)};
    }
    auto scenario = scenarioFromJson(bytes, error);
    if (!scenario) return std::nullopt;
    return AnyScenario{std::move(*scenario)};
}

std::optional<AnyScenario> readAnyScenarioFile(const QString& path, QString* error) {
    const std::optional<QByteArray> bytes = readScenarioBytes(path, error);
    if (!bytes) return std::nullopt;
    QString problem;
    auto scenario = anyScenarioFromJson(*bytes, &problem);
    if (!scenario && error) *error = cannotOpenScenario(path, problem);
    return scenario;
}

bool writeNetworkScenarioFile(const QString& path, const NetworkScenario& scenario, QString* error) {
    return writeFileAtomically(path, networkScenarioToJson(scenario), error);
}

} // namespace bplab::ui
