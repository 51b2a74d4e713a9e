#include "ui/mnist/mnist_settings.h"

#include "core/mnist/train_recipe.h"

#include <stdexcept>
#include <type_traits>
#include <variant>

namespace bplab::ui {

namespace {
constexpr auto kRecipe = "mnist/"; // + epochs, batch_size, ... (the keys of trainFields())
constexpr auto kDataDirectory = "mnist/dataDirectory";
constexpr auto kSplitter = "mnist/splitter";

QString recipeKey(const TrainField& field) {
    return QLatin1String(kRecipe) +
           QString::fromUtf8(field.key.data(), static_cast<qsizetype>(field.key.size()));
}

// Versions before the recipe table wrote camelCase keys ("mnist/batchSize"); they are still read.
QString legacyKey(const TrainField& field) {
    QString key = recipeKey(field);
    for (qsizetype i = key.indexOf(QLatin1Char('_')); i >= 0; i = key.indexOf(QLatin1Char('_'), i)) {
        key.remove(i, 1);
        if (i < key.size()) key[i] = key[i].toUpper();
    }
    return key;
}

// Sets `field` from a stored value; throws std::invalid_argument when the value is unusable.
void readField(const TrainField& field, const QVariant& stored, TrainConfig& config) {
    bool ok = true;
    std::visit(
        [&](auto member) {
            using Value = std::decay_t<decltype(config.*member)>;
            if constexpr (std::is_same_v<Value, bool>) {
                config.*member = stored.toBool();
            } else if constexpr (std::is_same_v<Value, std::string>) {
                config.*member = stored.toString().toStdString();
            } else if constexpr (std::is_same_v<Value, std::uint64_t>) {
                config.*member = stored.toULongLong(&ok);
            } else if constexpr (std::is_same_v<Value, int>) {
                config.*member = stored.toInt(&ok);
            } else {
                config.*member = stored.toDouble(&ok);
            }
        },
        field.member);
    if (!ok) throw std::invalid_argument(fieldName(field) + " is not a number");
    checkField(field, config);
}

QVariant storedValue(const TrainField& field, const TrainConfig& config) {
    return std::visit(
        [&config](auto member) -> QVariant {
            using Value = std::decay_t<decltype(config.*member)>;
            if constexpr (std::is_same_v<Value, std::string>) {
                return QString::fromStdString(config.*member);
            } else if constexpr (std::is_same_v<Value, std::uint64_t>) {
                return static_cast<qulonglong>(config.*member);
            } else {
                return config.*member;
            }
        },
        field.member);
}
} // namespace

TrainConfig MnistSettings::config() const {
    TrainConfig config;
    for (const TrainField& field : trainFields()) {
        const QString key = m_settings.contains(recipeKey(field)) ? recipeKey(field) : legacyKey(field);
        if (!m_settings.contains(key)) continue;
        // One hand-edited or out-of-range value keeps its default; every other value is kept.
        TrainConfig candidate = config;
        try {
            readField(field, m_settings.value(key), candidate);
            config = candidate;
        } catch (const std::invalid_argument&) {
        }
    }
    return config;
}

void MnistSettings::setConfig(const TrainConfig& config) {
    for (const TrainField& field : trainFields()) {
        m_settings.setValue(recipeKey(field), storedValue(field, config));
        // The new key now holds the value: an old one left behind would only confuse a reader of the file.
        if (legacyKey(field) != recipeKey(field)) m_settings.remove(legacyKey(field));
    }
}

QString MnistSettings::dataDirectory() const { return m_settings.value(kDataDirectory).toString(); }
void MnistSettings::setDataDirectory(const QString& directory) {
    m_settings.setValue(kDataDirectory, directory);
}
QByteArray MnistSettings::splitterState() const { return m_settings.value(kSplitter).toByteArray(); }
void MnistSettings::setSplitterState(const QByteArray& state) { m_settings.setValue(kSplitter, state); }

} // namespace bplab::ui
