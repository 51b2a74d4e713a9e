#include "ui/sheet/lessons/network_scenario_file_reader.h"

#include "core/sheet/network/network_architecture.h"
#include "core/sheet/weight_init.h"
#include "ui/sheet/lessons/scenario_file.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace bplab::ui {

namespace {

// tr() for this file's functions, under a context that lupdate reads from the macro (a plain helper
// function would hide the strings from it).
struct NetworkScenarioReaderText {
    Q_DECLARE_TR_FUNCTIONS(bplab::ui::NetworkScenarioFile)
};

// The fields of a version-2 file, each once: the reader refuses any other.
constexpr const char* kFields[] = {
    "format",      "version", "title",          "explanation", "suggestion",    "layers",
    "activations", "weights", "init",           "biases",      "shared_biases", "learn_biases",
    "data",        "loss",    "loss_reduction", "batch",       "learning_rate", "iterations"};
constexpr const char* kDataFields[] = {"inputs", "targets"};
constexpr const char* kInitFields[] = {"name", "seed", "range"};

// A teacher's typo ("learning_rte") must not be silently ignored: the lesson would run with a default.
template <std::size_t N>
void refuseUnknownFields(const QJsonObject& object, const char* const (&known)[N], const QString& prefix) {
    for (const QString& key : object.keys()) {
        const bool isKnown = std::any_of(std::begin(known), std::end(known),
                                         [&key](const char* field) { return key == QLatin1String(field); });
        if (!isKnown) {
            throw NetworkScenarioFileProblem{
                NetworkScenarioReaderText::tr(
                    "The scenario has an unknown field \"%1\". Remove it or correct its name "
                    "(README.md lists the fields of a version 2 scenario).")
                    .arg(prefix + key)};
        }
    }
}

QJsonValue requiredValue(const QJsonObject& object, const char* key) {
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined()) {
        throw NetworkScenarioFileProblem{
            NetworkScenarioReaderText::tr(
                "The scenario has no \"%1\". Add it to the file (README.md shows a complete "
                "version 2 scenario).")
                .arg(QLatin1String(key))};
    }
    return value;
}

double jsonNumber(const QJsonValue& value, const QString& name) {
    if (!value.isDouble()) {
        throw NetworkScenarioFileProblem{
            NetworkScenarioReaderText::tr(
                "\"%1\" in the scenario must be a number. Write it as a number, e.g. 0.5.")
                .arg(name)};
    }
    return value.toDouble();
}

// A whole number in low..high, else `sentence`.
int wholeNumber(const QJsonValue& value, const QString& name, double low, double high,
                const QString& sentence) {
    const double x = jsonNumber(value, name);
    if (x != std::floor(x) || x < low || x > high) throw NetworkScenarioFileProblem{sentence};
    return static_cast<int>(x);
}

bool flag(const QJsonObject& root, const char* key) {
    const QJsonValue value = root.value(QLatin1String(key));
    if (!value.isUndefined() && !value.isBool()) {
        throw NetworkScenarioFileProblem{
            NetworkScenarioReaderText::tr("\"%1\" in the scenario must be true or false, without quotes.")
                .arg(QLatin1String(key))};
    }
    return value.toBool(false);
}

QString textValue(const QJsonValue& value, const QString& name) {
    if (!value.isString())
        throw NetworkScenarioFileProblem{
            NetworkScenarioReaderText::tr("\"%1\" in the scenario must be text in quotes. Put it in quotes.")
                .arg(name)};
    return value.toString();
}

std::vector<double> numberRow(const QJsonValue& value, const QString& name) {
    const QString sentence = NetworkScenarioReaderText::tr(
                                 "\"%1\" in the scenario must be lists of numbers only, e.g. [0.5, -0.25]. "
                                 "Remove what is not a number.")
                                 .arg(name);
    if (!value.isArray()) throw NetworkScenarioFileProblem{sentence};
    std::vector<double> row;
    for (const QJsonValue& entry : value.toArray()) {
        if (!entry.isDouble()) throw NetworkScenarioFileProblem{sentence};
        row.push_back(entry.toDouble());
    }
    return row;
}

std::vector<std::vector<double>> numberRows(const QJsonValue& value, const QString& name) {
    if (!value.isArray()) {
        throw NetworkScenarioFileProblem{
            NetworkScenarioReaderText::tr(
                "\"%1\" in the scenario must be a list of rows, e.g. [[0, 1], [1, 0]].")
                .arg(name)};
    }
    std::vector<std::vector<double>> rows;
    for (const QJsonValue& row : value.toArray()) rows.push_back(numberRow(row, name));
    return rows;
}

void checkNetworkFormatAndVersion(const QJsonObject& root) {
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kScenarioFormat)) {
        throw NetworkScenarioFileProblem{
            NetworkScenarioReaderText::tr(
                "This is not a Backprop Lab scenario (its \"format\" should be \"%1\"). Write "
                "\"format\": \"%1\" at its top.")
                .arg(QLatin1String(kScenarioFormat))};
    }
    const double version = jsonNumber(requiredValue(root, "version"), QStringLiteral("version"));
    if (version > kNetworkScenarioVersion) {
        throw NetworkScenarioFileProblem{
            NetworkScenarioReaderText::tr(
                "This scenario is version %1, newer than this Backprop Lab reads (version %2). "
                "Open it with a newer Backprop Lab.")
                .arg(version)
                .arg(kNetworkScenarioVersion)};
    }
    if (version != kNetworkScenarioVersion) {
        throw NetworkScenarioFileProblem{
            NetworkScenarioReaderText::tr(
                "This scenario is not version %1: open a version 1 file with Lessons › Open scenario…, "
                "or give it to backprop-lab sheet --scenario, which reads both versions.")
                .arg(kNetworkScenarioVersion)};
    }
}

// Sizes beyond any layer's limit are refused by networkProblems with its sentence; the bound here only
// keeps a huge number from becoming an int.
std::vector<int> readLayers(const QJsonObject& root) {
    const QJsonValue value = requiredValue(root, "layers");
    const QString name = QStringLiteral("layers");
    if (!value.isArray())
        throw NetworkScenarioFileProblem{NetworkScenarioReaderText::tr(
            "\"layers\" in the scenario must list the units per layer, e.g. [2, 2, 1].")};
    std::vector<int> layers;
    for (const QJsonValue& units : value.toArray())
        layers.push_back(wholeNumber(
            units, name, 0, 1e6,
            NetworkScenarioReaderText::tr("\"layers\" in the scenario must list whole numbers of units, e.g. "
                                          "[2, 2, 1]. Change it in the file.")));
    return layers;
}

Activation activation(const QJsonValue& value) {
    const QString name = textValue(value, QStringLiteral("activations"));
    const auto parsed = parseActivation(name.toStdString());
    if (!parsed) {
        throw NetworkScenarioFileProblem{
            NetworkScenarioReaderText::tr(
                "The scenario's activation \"%1\" is unknown. Use sigmoid, tanh, relu or identity.")
                .arg(name)};
    }
    return *parsed;
}

// One name per layer after the inputs, or one name for all of them.
std::vector<Activation> readActivations(const QJsonObject& root, std::size_t layerCount) {
    const QJsonValue value = requiredValue(root, "activations");
    if (!value.isArray())
        return std::vector<Activation>(layerCount > 0 ? layerCount - 1 : 0, activation(value));
    std::vector<Activation> activations;
    for (const QJsonValue& entry : value.toArray()) activations.push_back(activation(entry));
    return activations;
}

TrainingSet readData(const QJsonObject& root) {
    const QJsonValue value = requiredValue(root, "data");
    if (value.isString()) {
        const auto preset = parseTrainingSetPreset(value.toString().toStdString());
        if (!preset) {
            throw NetworkScenarioFileProblem{
                NetworkScenarioReaderText::tr(
                    "The scenario's data \"%1\" is unknown. Use xor, and, or, seed, or give "
                    "{\"inputs\": [[…]…], \"targets\": [[…]…]}.")
                    .arg(value.toString())};
        }
        return trainingSetPreset(*preset);
    }
    if (!value.isObject()) {
        throw NetworkScenarioFileProblem{NetworkScenarioReaderText::tr(
            "\"data\" in the scenario must be a preset name in quotes or {\"inputs\": [[…]…], "
            "\"targets\": [[…]…]}.")};
    }
    const QJsonObject data = value.toObject();
    refuseUnknownFields(data, kDataFields, QStringLiteral("data."));
    const auto inputs = numberRows(requiredValue(data, "inputs"), QStringLiteral("data.inputs"));
    const auto targets = numberRows(requiredValue(data, "targets"), QStringLiteral("data.targets"));
    if (inputs.size() != targets.size()) {
        throw NetworkScenarioFileProblem{
            NetworkScenarioReaderText::tr(
                "The scenario's data has %1 input rows and %2 target rows. Give one target row "
                "per input row.")
                .arg(inputs.size())
                .arg(targets.size())};
    }
    TrainingSet set;
    for (std::size_t e = 0; e < inputs.size(); ++e) set.examples.push_back({inputs[e], targets[e]});
    return set;
}

std::vector<std::vector<std::vector<double>>> drawInitialWeights(const QJsonValue& value,
                                                                 const std::vector<int>& layers) {
    if (!value.isObject()) {
        throw NetworkScenarioFileProblem{NetworkScenarioReaderText::tr(
            "\"init\" in the scenario must be {\"name\": \"xavier\", \"seed\": 1}, or give \"weights\".")};
    }
    const QJsonObject init = value.toObject();
    refuseUnknownFields(init, kInitFields, QStringLiteral("init."));
    const QString name = textValue(requiredValue(init, "name"), QStringLiteral("init.name"));
    const auto parsed = parseWeightInit(name.toStdString());
    if (!parsed) {
        throw NetworkScenarioFileProblem{
            NetworkScenarioReaderText::tr("The scenario's init \"%1\" is unknown. Use uniform, xavier or he.")
                .arg(name)};
    }
    const double seed = jsonNumber(requiredValue(init, "seed"), QStringLiteral("init.seed"));
    if (seed != std::floor(seed) || seed < 0 || seed > static_cast<double>(kMaxWeightSeed)) {
        throw NetworkScenarioFileProblem{
            NetworkScenarioReaderText::tr(
                "\"init.seed\" in the scenario must be a whole number from 0 to %1 (2^53: the file's numbers "
                "are doubles, which hold every whole number up to there exactly). Change it in the file.")
                .arg(kMaxWeightSeed)};
    }
    const QJsonValue range = init.value(QStringLiteral("range"));
    if (!range.isUndefined() && *parsed != WeightInit::Uniform) {
        throw NetworkScenarioFileProblem{
            NetworkScenarioReaderText::tr(
                "\"init.range\" belongs to \"uniform\" only: %1 chooses its own range. Remove \"range\", or "
                "write \"name\": \"uniform\".")
                .arg(name)};
    }
    const double uniformRange =
        range.isUndefined() ? kDefaultUniformRange : jsonNumber(range, QStringLiteral("init.range"));
    try {
        // None for layers the sheet may not have: networkProblems names them after reading.
        return startingWeights(layers, *parsed, static_cast<std::uint64_t>(seed), uniformRange);
    } catch (const std::invalid_argument&) {
        throw NetworkScenarioFileProblem{NetworkScenarioReaderText::tr(
            "\"init.range\" in the scenario must be a number greater than 0, e.g. 0.5.")};
    }
}

void readWeights(const QJsonObject& root, NetworkSpec& spec) {
    const QJsonValue weights = root.value(QStringLiteral("weights"));
    const QJsonValue init = root.value(QStringLiteral("init"));
    if (weights.isUndefined() == init.isUndefined()) {
        throw NetworkScenarioFileProblem{NetworkScenarioReaderText::tr(
            "The scenario must give either \"weights\" (per layer a matrix [to][from]) or "
            "\"init\" (e.g. {\"name\": \"xavier\", \"seed\": 1}), not both or neither.")};
    }
    if (!init.isUndefined()) {
        spec.weights = drawInitialWeights(init, spec.layers);
        return;
    }
    if (!weights.isArray()) {
        throw NetworkScenarioFileProblem{NetworkScenarioReaderText::tr(
            "\"weights\" in the scenario must list one matrix [to][from] per layer, e.g. "
            "[[[0.5, -0.4], [0.3, 0.8]], [[0.7, -0.6]]].")};
    }
    for (const QJsonValue& matrix : weights.toArray())
        spec.weights.push_back(numberRows(matrix, QStringLiteral("weights")));
}

// Shared: a number or a one-element list per layer; per unit: a list per layer. Without "biases" the
// network has none, and nothing to learn.
void readBiases(const QJsonObject& root, NetworkSpec& spec) {
    const bool shared = flag(root, "shared_biases");
    spec.learnBiases = flag(root, "learn_biases");
    const QJsonValue value = root.value(QStringLiteral("biases"));
    if (value.isUndefined()) {
        if (shared) {
            throw NetworkScenarioFileProblem{NetworkScenarioReaderText::tr(
                "\"shared_biases\" in the scenario needs \"biases\": give each layer's shared bias, "
                "e.g. \"biases\": [0.35, 0.6].")};
        }
        // Unlike the command line's --learn-biases, a file's flag adds no biases: it must list them.
        if (spec.learnBiases) {
            throw NetworkScenarioFileProblem{NetworkScenarioReaderText::tr(
                "\"learn_biases\": true in the scenario needs \"biases\": give each layer's biases, e.g. "
                "\"biases\": [[0, 0], [0]], or remove \"learn_biases\".")};
        }
        return; // BiasMode::None
    }
    if (!value.isArray()) {
        throw NetworkScenarioFileProblem{NetworkScenarioReaderText::tr(
            "\"biases\" in the scenario must list each layer's biases, e.g. [[0.1, -0.1], "
            "[0.2]] (with \"shared_biases\": true, e.g. [0.35, 0.6]).")};
    }
    spec.biasMode = shared ? BiasMode::Shared : BiasMode::PerUnit;
    for (const QJsonValue& layer : value.toArray()) {
        if (shared && layer.isDouble())
            spec.biases.push_back({layer.toDouble()});
        else
            spec.biases.push_back(numberRow(layer, QStringLiteral("biases")));
    }
}

void readTraining(const QJsonObject& root, NetworkSpec& spec) {
    if (root.contains(QStringLiteral("loss"))) {
        const QString loss = textValue(root.value(QStringLiteral("loss")), QStringLiteral("loss"));
        const auto parsed = parseLoss(loss.toStdString());
        if (!parsed) {
            throw NetworkScenarioFileProblem{
                NetworkScenarioReaderText::tr(
                    "The scenario's loss \"%1\" is unknown. Use squared or cross-entropy.")
                    .arg(loss)};
        }
        spec.loss = *parsed;
    }
    if (root.contains(QStringLiteral("loss_reduction"))) {
        const QString reduction =
            textValue(root.value(QStringLiteral("loss_reduction")), QStringLiteral("loss_reduction"));
        if (reduction != QLatin1String("sum") && reduction != QLatin1String("mean")) {
            throw NetworkScenarioFileProblem{
                NetworkScenarioReaderText::tr(
                    "The scenario's loss_reduction \"%1\" is unknown. Use sum or mean.")
                    .arg(reduction)};
        }
        spec.reduction = reduction == QLatin1String("mean") ? LossReduction::Mean : LossReduction::Sum;
    }
    const QJsonValue batch = root.value(QStringLiteral("batch"));
    if (!batch.isUndefined() && batch != QJsonValue(QStringLiteral("full"))) {
        if (!batch.isDouble())
            throw NetworkScenarioFileProblem{NetworkScenarioReaderText::tr(
                "\"batch\" in the scenario must be \"full\" or a number of examples, e.g. 1.")};
        // 0 would mean kFullBatch: a teacher writes "full" for that.
        spec.batchSize =
            wholeNumber(batch, QStringLiteral("batch"), 1, 1e6,
                        NetworkScenarioReaderText::tr(
                            "\"batch\" in the scenario must be a whole number of examples per step "
                            "from 1, or \"full\". Change it in the file."));
    }
    spec.learningRate = jsonNumber(requiredValue(root, "learning_rate"), QStringLiteral("learning_rate"));
}

} // namespace

NetworkScenario readNetworkScenarioFields(const QJsonObject& root) {
    checkNetworkFormatAndVersion(root); // before the fields: a foreign file is named as such
    refuseUnknownFields(root, kFields, QString());
    NetworkScenario scenario;
    NetworkSpec& spec = scenario.spec;
    spec.layers = readLayers(root);
    spec.activations = readActivations(root, spec.layers.size());
    spec.data = readData(root);
    readWeights(root, spec);
    readBiases(root, spec);
    readTraining(root, spec);
    if (root.contains(QStringLiteral("iterations"))) {
        scenario.iterations = wholeNumber(
            root.value(QStringLiteral("iterations")), QStringLiteral("iterations"), 1,
            NetworkScenario::kMaxIterations,
            NetworkScenarioReaderText::tr(
                "\"iterations\" in the scenario must be a whole number from 1 to %1. Change it in the "
                "file.")
                .arg(NetworkScenario::kMaxIterations));
    }
    for (auto [key, field] :
         {std::pair{"title", &scenario.title}, std::pair{"explanation", &scenario.explanation},
          std::pair{"suggestion", &scenario.suggestion}}) {
        const QJsonValue value = root.value(QLatin1String(key));
        if (!value.isUndefined()) *field = textValue(value, QLatin1String(key)).toStdString();
    }
    return scenario;
}

} // namespace bplab::ui
