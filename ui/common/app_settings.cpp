#include "ui/common/app_settings.h"

#include "core/sheet/backprop_sheet.h"

#include <QStandardPaths>

#include <stdexcept>

namespace bplab::ui {

namespace {
constexpr auto kWindowGeometry = "window/geometry";
constexpr auto kWindowState = "window/state";
constexpr auto kCurrentTab = "window/currentTab";
constexpr auto kSheetValues = "sheet/values/"; // + i1, w3, eta, ...
constexpr auto kSheetActivation = "sheet/activation";
constexpr auto kSheetIterations = "sheet/iterations";
constexpr auto kSheetSplitters = "sheet/splitters/";
constexpr auto kLossLogScale = "sheet/lossLogScale";
constexpr auto kCompareRates = "sheet/compareRates";
constexpr auto kCompareTarget = "sheet/compareTargetLoss";
constexpr auto kPlaySpeed = "sheet/playStepsPerSecond";
constexpr auto kPlayByIteration = "sheet/playByIteration";
constexpr auto kMnist = "mnist/";
constexpr auto kMnistDataDirectory = "mnist/dataDirectory";
constexpr auto kMnistSplitter = "mnist/splitter";
constexpr auto kExportSize = "export/size";
constexpr auto kExportDirectory = "export/directory";

QString key(const char* prefix, const QString& name) { return QLatin1String(prefix) + name; }
} // namespace

QByteArray AppSettings::windowGeometry() const { return m_settings.value(kWindowGeometry).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray& geometry) {
    m_settings.setValue(kWindowGeometry, geometry);
}
QByteArray AppSettings::windowState() const { return m_settings.value(kWindowState).toByteArray(); }
void AppSettings::setWindowState(const QByteArray& state) { m_settings.setValue(kWindowState, state); }
int AppSettings::currentTab() const { return m_settings.value(kCurrentTab, 0).toInt(); }
void AppSettings::setCurrentTab(int index) { m_settings.setValue(kCurrentTab, index); }

SheetInputs AppSettings::sheetInputs() const {
    SheetInputs inputs;
    try {
        for (const std::string& name : inputValueNames()) {
            const QString k = key(kSheetValues, QString::fromStdString(name));
            if (m_settings.contains(k)) setInputValue(inputs, name, m_settings.value(k).toDouble());
        }
    } catch (const std::invalid_argument&) {
        return SheetInputs{}; // a hand-edited, unusable file: start from the seed rather than fail
    }
    const std::string activation = m_settings.value(kSheetActivation).toString().toStdString();
    if (const auto parsed = parseActivation(activation)) inputs.activation = *parsed;
    return inputs;
}

void AppSettings::setSheetInputs(const SheetInputs& inputs) {
    for (const std::string& name : inputValueNames()) {
        m_settings.setValue(key(kSheetValues, QString::fromStdString(name)), inputValue(inputs, name));
    }
    m_settings.setValue(kSheetActivation, QString::fromUtf8(activationName(inputs.activation).data()));
}

int AppSettings::sheetIterations() const {
    const int value = m_settings.value(kSheetIterations, BackpropSheet::kDefaultIterationLimit).toInt();
    return value >= 1 && value <= 100000 ? value : BackpropSheet::kDefaultIterationLimit;
}
void AppSettings::setSheetIterations(int iterations) { m_settings.setValue(kSheetIterations, iterations); }

QByteArray AppSettings::sheetSplitterState(const QString& splitter) const {
    return m_settings.value(key(kSheetSplitters, splitter)).toByteArray();
}
void AppSettings::setSheetSplitterState(const QString& splitter, const QByteArray& state) {
    m_settings.setValue(key(kSheetSplitters, splitter), state);
}

bool AppSettings::lossLogScale() const { return m_settings.value(kLossLogScale, false).toBool(); }
void AppSettings::setLossLogScale(bool logScale) { m_settings.setValue(kLossLogScale, logScale); }

QString AppSettings::compareRates() const {
    return m_settings.value(kCompareRates, QStringLiteral("0.1, 0.2, 0.5, 0.8, 1, 2")).toString();
}
void AppSettings::setCompareRates(const QString& rates) { m_settings.setValue(kCompareRates, rates); }

double AppSettings::compareTargetLoss() const { return m_settings.value(kCompareTarget, 0.05).toDouble(); }
void AppSettings::setCompareTargetLoss(double loss) { m_settings.setValue(kCompareTarget, loss); }

int AppSettings::playStepsPerSecond() const { return m_settings.value(kPlaySpeed, 8).toInt(); }
void AppSettings::setPlayStepsPerSecond(int steps) { m_settings.setValue(kPlaySpeed, steps); }

bool AppSettings::playByIteration() const { return m_settings.value(kPlayByIteration, false).toBool(); }
void AppSettings::setPlayByIteration(bool byIteration) { m_settings.setValue(kPlayByIteration, byIteration); }

TrainConfig AppSettings::mnistConfig() const {
    TrainConfig c;
    auto value = [this](const char* name, const QVariant& fallback) {
        return m_settings.value(key(kMnist, QLatin1String(name)), fallback);
    };
    c.epochs = value("epochs", c.epochs).toInt();
    c.batchSize = value("batchSize", c.batchSize).toInt();
    c.learningRate = value("learningRate", c.learningRate).toDouble();
    c.momentum = value("momentum", c.momentum).toDouble();
    c.dropout = value("dropout", c.dropout).toDouble();
    c.oneCycle = value("oneCycle", c.oneCycle).toBool();
    c.augment = value("augment", c.augment).toBool();
    c.seed = value("seed", static_cast<qulonglong>(c.seed)).toULongLong();
    c.threads = value("threads", c.threads).toInt();
    c.trainLimit = value("trainLimit", c.trainLimit).toInt();
    c.testLimit = value("testLimit", c.testLimit).toInt();
    c.device = value("device", QString::fromStdString(c.device)).toString().toStdString();
    try {
        validate(c);
    } catch (const std::invalid_argument&) {
        return TrainConfig{}; // hand-edited into something unusable: the defaults
    }
    return c;
}

void AppSettings::setMnistConfig(const TrainConfig& c) {
    auto set = [this](const char* name, const QVariant& v) {
        m_settings.setValue(key(kMnist, QLatin1String(name)), v);
    };
    set("epochs", c.epochs);
    set("batchSize", c.batchSize);
    set("learningRate", c.learningRate);
    set("momentum", c.momentum);
    set("dropout", c.dropout);
    set("oneCycle", c.oneCycle);
    set("augment", c.augment);
    set("seed", static_cast<qulonglong>(c.seed));
    set("threads", c.threads);
    set("trainLimit", c.trainLimit);
    set("testLimit", c.testLimit);
    set("device", QString::fromStdString(c.device));
}

QString AppSettings::mnistDataDirectory() const { return m_settings.value(kMnistDataDirectory).toString(); }
void AppSettings::setMnistDataDirectory(const QString& directory) {
    m_settings.setValue(kMnistDataDirectory, directory);
}
QByteArray AppSettings::mnistSplitterState() const { return m_settings.value(kMnistSplitter).toByteArray(); }
void AppSettings::setMnistSplitterState(const QByteArray& state) {
    m_settings.setValue(kMnistSplitter, state);
}

QSize AppSettings::exportSize() const { return m_settings.value(kExportSize, QSize(1200, 800)).toSize(); }
void AppSettings::setExportSize(QSize size) { m_settings.setValue(kExportSize, size); }

QString AppSettings::exportDirectory() const {
    return m_settings
        .value(kExportDirectory, QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
        .toString();
}
void AppSettings::setExportDirectory(const QString& directory) {
    m_settings.setValue(kExportDirectory, directory);
}

} // namespace bplab::ui
