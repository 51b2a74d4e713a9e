#include "app/cli/network_sheet_options.h"

#include "app/cli/cli_arguments.h"
#include "core/sheet/network/network_architecture.h"
#include "core/sheet/network/network_sheet.h"
#include "core/sheet/training_set/training_set_csv.h"
#include "core/sheet/weight_init.h"

#include <QFile>

#include <limits>
#include <stdexcept>

namespace bplab::app {

namespace {

// Layer sizes are read up to this bound and then judged by the core (architectureProblems), so that a
// size out of range gets its sentence; the bound only keeps a huge number from becoming an int.
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

// The layers asked for, or the core's default around the data. --layers alone takes the seed's example
// only where its sizes fit.
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
    return defaultLayersFor(data);
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
    if (name != QStringLiteral("shared") && name != QStringLiteral("per-unit"))
        throw UsageError("unknown --biases '" + name.toStdString() + "' (choose none, shared or per-unit)");
    // The line cannot give a bias a value: unlearned, they would stay 0 and change nothing.
    if (!learnBiases) {
        throw UsageError(
            "--biases " + name.toStdString() +
            " needs --learn-biases: biases start at 0 and, unlearned, stay 0 and change nothing");
    }
    return name == QStringLiteral("shared") ? BiasMode::Shared : BiasMode::PerUnit;
}

LossReduction reductionFrom(const QCommandLineParser& parser, const NetworkSheetOptions& options) {
    const QString name = parser.isSet(options.lossReduction) ? parser.value(options.lossReduction) : "sum";
    if (name == QStringLiteral("sum")) return LossReduction::Sum;
    if (name == QStringLiteral("mean")) return LossReduction::Mean;
    throw UsageError("unknown --loss-reduction '" + name.toStdString() + "' (choose sum or mean)");
}

WeightInit initFrom(const QCommandLineParser& parser, const NetworkSheetOptions& options) {
    if (!parser.isSet(options.init)) return WeightInit::XavierUniform;
    const QString name = parser.value(options.init);
    const auto named = parseWeightInit(name.toStdString());
    if (!named)
        throw UsageError("unknown initialisation '" + name.toStdString() +
                         "' (choose xavier, he or uniform)");
    return *named;
}

std::uint64_t seedFrom(const QCommandLineParser& parser, const NetworkSheetOptions& options) {
    if (!parser.isSet(options.initSeed)) return 1;
    const QString text = parser.value(options.initSeed);
    bool ok = false;
    const qulonglong seed = text.toULongLong(&ok);
    if (!ok || seed > kMaxWeightSeed) {
        throw UsageError(
            "--init-seed must be a whole number from 0 to " + std::to_string(kMaxWeightSeed) +
            " (2^53, the largest a scenario file holds exactly, so the run can be saved), not '" +
            text.toStdString() + "'");
    }
    return seed;
}

// With one example a step the mean of the losses is the loss itself: nothing to see, so say why.
std::string reductionNote(const NetworkSpec& spec) {
    if (spec.reduction != LossReduction::Mean || spec.examplesPerStep() != 1) return {};
    return std::string(
               "note: with 1 example per step --loss-reduction mean gives the same numbers as sum; ") +
           (spec.data.examples.size() > 1 ? "choose --batch 2 or more to see them differ"
                                          : "choose --data with more examples (e.g. xor) to see them differ");
}

} // namespace

QString NetworkSheetOptions::layersHelp() {
    return QStringLiteral(
               "Units per layer, inputs first, e.g. 2,2,1: %1-%2 inputs, %3-%4 hidden layers of %5-%6 "
               "units, %7-%8 outputs. Default: the data's inputs, %9 hidden units, the data's targets.")
        .arg(kMinInputUnits)
        .arg(kMaxInputUnits)
        .arg(kMinHiddenLayers)
        .arg(kMaxHiddenLayers)
        .arg(kMinHiddenUnits)
        .arg(kMaxHiddenUnits)
        .arg(kMinOutputUnits)
        .arg(kMaxOutputUnits)
        .arg(kDefaultHiddenUnits);
}

QString NetworkSheetOptions::dataHelp() {
    return QStringLiteral("Training set: seed (the seed's one example, default), xor, and, or, or a CSV file "
                          "(header i1,i2,...,t1,...; one example per line, at most %1).")
        .arg(kMaxTrainingExamples);
}

QString NetworkSheetOptions::initHelp() {
    return QStringLiteral("Starting weights: xavier (Xavier/Glorot uniform, default), he (He uniform) or "
                          "uniform (uniform ±%1).")
        .arg(kDefaultUniformRange);
}

QString NetworkSheetOptions::initSeedHelp() {
    return QStringLiteral(
               "Seed of the starting weights (a whole number from 0 to 2^53 = %1, as in a scenario "
               "file). Default: 1.")
        .arg(kMaxWeightSeed);
}

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
    // Starting weights drawn by --init from --init-seed (none for layers the core refuses: validate says
    // why below); biases start at 0.
    spec.weights = startingWeights(spec.layers, initFrom(parser, options), seedFrom(parser, options));
    spec.biases = zeroBiases(spec);
    run.iterations = shared.iterations.isEmpty()
                         ? NetworkSheet::kDefaultIterationLimit
                         : static_cast<int>(parseWholeNumber(shared.iterations, "--iterations", 1,
                                                             NetworkSheet::kMaxIterationLimit));
    try {
        validate(spec);
    } catch (const std::invalid_argument& error) {
        throw UsageError(error.what());
    }
    run.note = reductionNote(spec);
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
