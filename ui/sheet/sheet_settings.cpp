#include "ui/sheet/sheet_settings.h"

#include "core/sheet/backprop_sheet.h"
#include "core/sheet/landscape/loss_landscape.h"

#include <stdexcept>

namespace bplab::ui {

namespace {
constexpr auto kValues = "sheet/values/"; // + i1, w3, b1, eta, ...
constexpr auto kActivation = "sheet/activation";
constexpr auto kLoss = "sheet/loss";
constexpr auto kLearnBiases = "sheet/learnBiases";
constexpr auto kCompareLosses = "sheet/compareLosses";
constexpr auto kIterations = "sheet/iterations";
constexpr auto kSplitters = "sheet/splitters/";
constexpr auto kLossLogScale = "sheet/lossLogScale";
constexpr auto kCompareRates = "sheet/compareRates";
constexpr auto kCompareTarget = "sheet/compareTargetLoss";
constexpr auto kPlaySpeed = "sheet/playStepsPerSecond";
constexpr auto kPlayByIteration = "sheet/playByIteration";
constexpr auto kLandscapeAxes = "sheet/landscape/axes";
constexpr auto kLandscapeTrainOnlyAxes = "sheet/landscape/trainOnlyAxes";
constexpr auto kSaturationLogScale = "sheet/saturation/logScale";
constexpr auto kTimeTravelRelative = "sheet/timeTravel/rankRelative";
constexpr auto kOwnNetwork = "sheet/ownNetwork/scenario";
constexpr auto kShowsOwnNetwork = "sheet/ownNetwork/shown";
constexpr auto kOwnNetworkStart = "sheet/ownNetwork/start";

QString key(const char* prefix, const QString& name) { return QLatin1String(prefix) + name; }
} // namespace

SheetInputs SheetSettings::inputs() const {
    SheetInputs inputs;
    for (const std::string& name : inputValueNames()) {
        const QString k = key(kValues, QString::fromStdString(name));
        if (!m_settings.contains(k)) continue;
        try {
            setInputValue(inputs, name, m_settings.value(k).toDouble());
        } catch (const std::invalid_argument&) {
            // One hand-edited, unusable value keeps its default; every other value typed is kept.
        }
    }
    const std::string activation = m_settings.value(kActivation).toString().toStdString();
    if (const auto parsed = parseActivation(activation)) inputs.activation = *parsed;
    if (const auto loss = parseLoss(m_settings.value(kLoss).toString().toStdString())) inputs.loss = *loss;
    inputs.learnBiases = m_settings.value(kLearnBiases, false).toBool();
    try {
        validate(inputs); // cross-entropy with a target outside [0, 1], edited by hand
    } catch (const std::invalid_argument&) {
        inputs.loss = Loss::SquaredError;
    }
    return inputs;
}

void SheetSettings::setInputs(const SheetInputs& inputs) {
    for (const std::string& name : inputValueNames()) {
        m_settings.setValue(key(kValues, QString::fromStdString(name)), inputValue(inputs, name));
    }
    m_settings.setValue(kActivation, QString::fromUtf8(activationName(inputs.activation).data()));
    m_settings.setValue(kLoss, QString::fromUtf8(lossName(inputs.loss).data()));
    m_settings.setValue(kLearnBiases, inputs.learnBiases);
}

int SheetSettings::iterations() const {
    const int value = m_settings.value(kIterations, BackpropSheet::kDefaultIterationLimit).toInt();
    return value >= 1 && value <= BackpropSheet::kMaxInteractiveIterations
               ? value
               : BackpropSheet::kDefaultIterationLimit;
}
void SheetSettings::setIterations(int iterations) { m_settings.setValue(kIterations, iterations); }

QByteArray SheetSettings::splitterState(const QString& splitter) const {
    return m_settings.value(key(kSplitters, splitter)).toByteArray();
}
void SheetSettings::setSplitterState(const QString& splitter, const QByteArray& state) {
    m_settings.setValue(key(kSplitters, splitter), state);
}

bool SheetSettings::lossLogScale() const { return m_settings.value(kLossLogScale, false).toBool(); }
void SheetSettings::setLossLogScale(bool logScale) { m_settings.setValue(kLossLogScale, logScale); }

QString SheetSettings::compareRates() const {
    return m_settings.value(kCompareRates, QStringLiteral("0.1, 0.2, 0.5, 0.8, 1, 2")).toString();
}
void SheetSettings::setCompareRates(const QString& rates) { m_settings.setValue(kCompareRates, rates); }

bool SheetSettings::compareLosses() const { return m_settings.value(kCompareLosses, false).toBool(); }
void SheetSettings::setCompareLosses(bool both) { m_settings.setValue(kCompareLosses, both); }

double SheetSettings::compareTargetLoss() const { return m_settings.value(kCompareTarget, 0.05).toDouble(); }
void SheetSettings::setCompareTargetLoss(double loss) { m_settings.setValue(kCompareTarget, loss); }

int SheetSettings::playStepsPerSecond() const { return m_settings.value(kPlaySpeed, 8).toInt(); }
void SheetSettings::setPlayStepsPerSecond(int steps) { m_settings.setValue(kPlaySpeed, steps); }

bool SheetSettings::playByIteration() const { return m_settings.value(kPlayByIteration, false).toBool(); }
void SheetSettings::setPlayByIteration(bool byIteration) {
    m_settings.setValue(kPlayByIteration, byIteration);
}

QString SheetSettings::landscapeAxes() const {
    const LandscapeAxes defaults;
    const QString fallback = QString::fromStdString(parameterId(defaults.a) + "," + parameterId(defaults.b));
    return m_settings.value(kLandscapeAxes, fallback).toString();
}
void SheetSettings::setLandscapeAxes(const QString& axes) { m_settings.setValue(kLandscapeAxes, axes); }

bool SheetSettings::landscapeTrainOnlyAxes() const {
    return m_settings.value(kLandscapeTrainOnlyAxes, false).toBool();
}
void SheetSettings::setLandscapeTrainOnlyAxes(bool only) {
    m_settings.setValue(kLandscapeTrainOnlyAxes, only);
}

bool SheetSettings::saturationLogScale() const {
    return m_settings.value(kSaturationLogScale, false).toBool();
}
void SheetSettings::setSaturationLogScale(bool logScale) {
    m_settings.setValue(kSaturationLogScale, logScale);
}

bool SheetSettings::timeTravelRanksRelative() const {
    return m_settings.value(kTimeTravelRelative, false).toBool();
}
void SheetSettings::setTimeTravelRanksRelative(bool relative) {
    m_settings.setValue(kTimeTravelRelative, relative);
}

QByteArray SheetSettings::ownNetwork() const { return m_settings.value(kOwnNetwork).toByteArray(); }
void SheetSettings::setOwnNetwork(const QByteArray& scenarioJson) {
    m_settings.setValue(kOwnNetwork, scenarioJson);
}
bool SheetSettings::showsOwnNetwork() const { return m_settings.value(kShowsOwnNetwork, false).toBool(); }
void SheetSettings::setShowsOwnNetwork(bool shown) { m_settings.setValue(kShowsOwnNetwork, shown); }
QString SheetSettings::ownNetworkStart() const { return m_settings.value(kOwnNetworkStart).toString(); }
void SheetSettings::setOwnNetworkStart(const QString& start) { m_settings.setValue(kOwnNetworkStart, start); }

} // namespace bplab::ui
