#include "app/cli/network_sheet_options.h"

#include "app/cli/cli_arguments.h"
#include "core/sheet/network/network_sheet.h"
#include "core/sheet/training_set_csv.h"
#include "core/sheet/weight_init.h"

#include <QFile>

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace bplab::app {

namespace {

// Layer sizes are read up to this bound and then judged by networkProblems, so that a size out of range
// gets the core's sentence; the bound only keeps the weights drawn before that check small.
constexpr long long kLargestReadLayerSize = 999;

std::vector<int> layersFrom(const QString& text) {
    std::vector<int> layers;
    for (const QString& part : text.split(QLatin1Char(','))) {
        bool ok = false;
        const long long units = part.trimmed().toLongLong(&ok);
        if (!ok || units < 0 || units > kLargestReadLayerSize) {
            throw UsageError("--layers expects unit counts separated by commas, inputs first, e.g. 2,2,1, "
                             "not '" +
                             text.toStdString() + "'");
        }
        layers.push_back(static_cast<int>(units));
    }
    return layers;
}

TrainingSet trainingSetFrom(const QString& nameOrFile) {
    if (const auto preset = parseTrainingSetPreset(nameOrFile.toStdString()))
        return trainingSetPreset(*preset);
    QFile file(nameOrFile);
    if (!file.open(QIODevice::ReadOnly)) {
        throw UsageError("--data: '" + nameOrFile.toStdString() +
                         "' is neither a training set name (seed, xor, and, or) nor a readable file (" +
                         file.errorString().toStdString() + ")");
    }
    try {
        return readTrainingSetCsv(file.readAll().toStdString());
    } catch (const std::invalid_argument& error) {
        throw UsageError(nameOrFile.toStdString() + ": " + error.what());
    }
}

// The layers asked for, or the default built around the data: its inputs, 2 hidden units (as the seed
// sheet), its targets. --layers alone takes the seed's example only where its sizes fit.
std::vector<int> layersOrDefault(const QCommandLineParser& parser, const NetworkSheetOptions& options,
                                 const TrainingSet& data) {
    if (parser.isSet(options.layers)) {
        std::vector<int> layers = layersFrom(parser.value(options.layers));
        const TrainingSet seed = trainingSetPreset(TrainingSetPreset::Seed);
        const bool fitsSeed =
            layers.size() >= 2 && layers.front() == seed.inputCount() && layers.back() == seed.targetCount();
        if (!parser.isSet(options.data) && !fitsSeed) {
            throw UsageError("--layers " + parser.value(options.layers).toStdString() +
                             " needs --data (xor, and, or, seed or a CSV file): the default, the seed's one "
                             "example, has 2 inputs and 2 targets");
        }
        return layers;
    }
    return {data.inputCount(), 2, data.targetCount()};
}

// One activation for every layer after the inputs, or the list as given (networkProblems judges its length).
std::vector<Activation> activationsFrom(const QString& text, int layersAfterInputs) {
    if (text.isEmpty())
        return std::vector<Activation>(static_cast<std::size_t>(layersAfterInputs), Activation::Sigmoid);
    std::vector<Activation> activations;
    for (const QString& name : text.split(QLatin1Char(',')))
        activations.push_back(activationNamed(name.trimmed().toStdString()));
    if (activations.size() == 1 && layersAfterInputs > 1)
        activations.resize(static_cast<std::size_t>(layersAfterInputs), activations.front());
    return activations;
}

int batchFrom(const QCommandLineParser& parser, const NetworkSheetOptions& options) {
    if (!parser.isSet(options.batch) || parser.value(options.batch) == QStringLiteral("full"))
        return kFullBatch;
    bool ok = false;
    const long long k = parser.value(options.batch).toLongLong(&ok);
    // A K above the set's size is left to networkProblems, whose sentence names the set's size.
    if (!ok || k < 1 || k > std::numeric_limits<int>::max())
        throw UsageError("--batch must be full or a whole number ≥ 1, not '" +
                         parser.value(options.batch).toStdString() + "'");
    return static_cast<int>(k);
}

BiasMode biasModeFrom(const QCommandLineParser& parser, const NetworkSheetOptions& options,
                      bool learnBiases) {
    // --learn-biases alone adds biases, as on the seed sheet, where it learns its shared b1 and b2.
    if (!parser.isSet(options.biases)) return learnBiases ? BiasMode::Shared : BiasMode::None;
    const QString name = parser.value(options.biases);
    if (name == QStringLiteral("none")) {
        if (learnBiases) throw UsageError("--learn-biases needs biases: choose --biases shared or per-unit");
        return BiasMode::None;
    }
    if (name == QStringLiteral("shared")) return BiasMode::Shared;
    if (name == QStringLiteral("per-unit")) return BiasMode::PerUnit;
    throw UsageError("unknown --biases '" + name.toStdString() + "' (choose none, shared or per-unit)");
}

LossReduction reductionFrom(const QCommandLineParser& parser, const NetworkSheetOptions& options) {
    const QString name = parser.isSet(options.lossReduction) ? parser.value(options.lossReduction) : "sum";
    if (name == QStringLiteral("sum")) return LossReduction::Sum;
    if (name == QStringLiteral("mean")) return LossReduction::Mean;
    throw UsageError("unknown --loss-reduction '" + name.toStdString() + "' (choose sum or mean)");
}

// Weights from the named initialisation, layer after layer from one seed; biases start at 0. Skipped
// when a layer size cannot be drawn (< 1): validate then names that layer.
void drawParameters(NetworkSpec& spec, const QCommandLineParser& parser, const NetworkSheetOptions& options) {
    WeightInit init = WeightInit::XavierUniform;
    if (parser.isSet(options.init)) {
        const QString name = parser.value(options.init);
        const auto named = parseWeightInit(name.toStdString());
        if (!named)
            throw UsageError("unknown initialisation '" + name.toStdString() +
                             "' (choose xavier, he or uniform)");
        init = *named;
    }
    const auto seed = parser.isSet(options.initSeed)
                          ? parseWholeNumber(parser.value(options.initSeed), "--init-seed", 0,
                                             std::numeric_limits<long long>::max())
                          : 1;
    // Sizes the core refuses (its sentence follows in validate) are not drawn: a long --layers list
    // of large numbers would otherwise allocate gigabytes first.
    if (spec.layerCount() > kMaxHiddenLayers + 2) return;
    for (const int units : spec.layers)
        if (units < 1 || units > std::max({kMaxInputUnits, kMaxHiddenUnits, kMaxOutputUnits})) return;
    WeightInitializer initializer(init, static_cast<std::uint64_t>(seed));
    for (int l = 1; l <= spec.lastLayer(); ++l) {
        const int fanIn = spec.layers[static_cast<std::size_t>(l - 1)];
        spec.weights.push_back(initializer.drawLayer(fanIn, spec.layers[static_cast<std::size_t>(l)]));
        if (spec.biasMode != BiasMode::None)
            spec.biases.emplace_back(static_cast<std::size_t>(spec.biasCount(l)), 0.0);
    }
}

} // namespace

bool NetworkSheetOptions::requested(const QCommandLineParser& parser, const QString& activationText) const {
    for (const QCommandLineOption& option : all())
        if (parser.isSet(option)) return true;
    return activationText.contains(QLatin1Char(','));
}

NetworkSheetRun networkSheetRunFrom(const QCommandLineParser& parser, const NetworkSheetOptions& options,
                                    const SharedSheetArguments& shared) {
    NetworkSheetRun run;
    NetworkSpec& spec = run.spec;
    spec.data = parser.isSet(options.data) ? trainingSetFrom(parser.value(options.data))
                                           : trainingSetPreset(TrainingSetPreset::Seed);
    spec.layers = layersOrDefault(parser, options, spec.data);
    spec.activations = activationsFrom(shared.activation, spec.lastLayer());
    if (!shared.loss.isEmpty()) spec.loss = lossNamed(shared.loss.toStdString());
    spec.reduction = reductionFrom(parser, options);
    spec.batchSize = batchFrom(parser, options);
    spec.biasMode = biasModeFrom(parser, options, shared.learnBiases);
    spec.learnBiases = shared.learnBiases;
    if (!shared.learningRate.isEmpty()) spec.learningRate = parseNumber(shared.learningRate, "--lr");
    drawParameters(spec, parser, options);
    run.iterations = shared.iterations.isEmpty()
                         ? NetworkSheet::kDefaultIterationLimit
                         : static_cast<int>(parseWholeNumber(shared.iterations, "--iterations", 1,
                                                             NetworkSheet::kMaxIterationLimit));
    try {
        validate(spec);
    } catch (const std::invalid_argument& error) {
        throw UsageError(error.what());
    }
    return run;
}

Activation activationNamed(const std::string& name) {
    const auto activation = parseActivation(name);
    if (!activation)
        throw UsageError("unknown activation '" + name + "' (choose sigmoid, tanh, relu or identity)");
    return *activation;
}

Loss lossNamed(const std::string& name) {
    const auto loss = parseLoss(name);
    if (!loss) throw UsageError("unknown loss '" + name + "' (choose squared or cross-entropy)");
    return *loss;
}

} // namespace bplab::app
