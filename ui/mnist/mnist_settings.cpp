#include "ui/mnist/mnist_settings.h"

#include <stdexcept>

namespace bplab::ui {

namespace {
constexpr auto kRecipe = "mnist/"; // + epochs, batchSize, ...
constexpr auto kDataDirectory = "mnist/dataDirectory";
constexpr auto kSplitter = "mnist/splitter";

QString key(const char* prefix, const QString& name) { return QLatin1String(prefix) + name; }
} // namespace

TrainConfig MnistSettings::config() const {
    TrainConfig c;
    auto value = [this](const char* name, const QVariant& fallback) {
        return m_settings.value(key(kRecipe, QLatin1String(name)), fallback);
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

void MnistSettings::setConfig(const TrainConfig& c) {
    auto set = [this](const char* name, const QVariant& v) {
        m_settings.setValue(key(kRecipe, QLatin1String(name)), v);
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

QString MnistSettings::dataDirectory() const { return m_settings.value(kDataDirectory).toString(); }
void MnistSettings::setDataDirectory(const QString& directory) { m_settings.setValue(kDataDirectory, directory); }
QByteArray MnistSettings::splitterState() const { return m_settings.value(kSplitter).toByteArray(); }
void MnistSettings::setSplitterState(const QByteArray& state) { m_settings.setValue(kSplitter, state); }

} // namespace bplab::ui
