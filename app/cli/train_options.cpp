#include "app/cli/train_options.h"

#include "app/cli/cli_arguments.h"
#include "core/mnist/train_recipe.h"

#include <stdexcept>

namespace bplab::app {

namespace {

QString text(std::string_view utf8) {
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

bool onByDefault(const TrainField& field) { return numberOf(field, TrainConfig{}) != 0.0; }

QString valueName(const TrainField& field) {
    if (field.kind == FieldKind::Whole) return QStringLiteral("N");
    if (field.kind == FieldKind::Real) return QStringLiteral("X");
    QStringList values;
    for (const FieldChoice& choice : field.choices) values << text(choice.value);
    return values.join(QLatin1Char('|'));
}

// "15", or "0 (all 60,000)" where 0 stands for something.
QString defaultText(const TrainField& field) {
    QString text = QString::fromStdString(textOf(field, TrainConfig{}));
    QString special =
        QString::fromUtf8(field.specialText.data(), static_cast<qsizetype>(field.specialText.size()));
    if (field.kind == FieldKind::Whole && text == QLatin1String("0") && !special.isEmpty()) {
        text += QStringLiteral(" (%1)").arg(special.remove(QStringLiteral("%1 ")));
    }
    return text;
}

QCommandLineOption optionFor(const TrainField& field) {
    QString help = QString::fromStdString(helpText(field));
    if (help.endsWith(QLatin1Char('.'))) help.chop(1);
    if (field.kind == FieldKind::Flag) {
        const bool on = onByDefault(field);
        help[0] = help[0].toLower();
        return {(on ? QStringLiteral("no-") : QString()) + text(field.option),
                (on ? QStringLiteral("Turn off ") : QStringLiteral("Turn on ")) + help + QLatin1Char('.')};
    }
    help += QStringLiteral(". Allowed: %1. Default: %2.")
                .arg(QString::fromStdString(allowedText(field)), defaultText(field));
    return {text(field.option), help, valueName(field)};
}

} // namespace

TrainFieldOptions::TrainFieldOptions() {
    for (const TrainField& field : trainFields()) m_options.push_back(optionFor(field));
}

QList<QCommandLineOption> TrainFieldOptions::options() const { return {m_options.begin(), m_options.end()}; }

const QCommandLineOption& TrainFieldOptions::option(std::string_view key) const {
    return m_options[static_cast<std::size_t>(&trainField(key) - trainFields().data())];
}

// As in the window: a value still at the old optimizer's suggestion becomes the new one's (Adam's
// smaller rate; AdamW's own decay, with 0 AdamW equals Adam); a value given on the command line is kept.
void TrainFieldOptions::applySuggestions(const QCommandLineParser& parser,
                                         const std::string& previousOptimizer, TrainConfig& config) const {
    const struct {
        std::string_view key;
        double (*suggestion)(std::string_view);
    } suggestions[] = {{"learning_rate", suggestedLearningRate}, {"weight_decay", suggestedWeightDecay}};
    for (const auto& [key, suggestion] : suggestions) {
        const TrainField& field = trainField(key);
        if (parser.isSet(option(key)) || numberOf(field, config) != suggestion(previousOptimizer)) continue;
        setNumber(field, config, suggestion(config.optimizer));
    }
}

void TrainFieldOptions::apply(const QCommandLineParser& parser, TrainConfig& config) const {
    const std::string previousOptimizer = config.optimizer;
    try {
        for (std::size_t i = 0; i < m_options.size(); ++i) {
            const TrainField& field = trainFields()[i];
            const QCommandLineOption& option = m_options[i];
            if (!parser.isSet(option)) continue;
            if (field.kind == FieldKind::Flag) {
                setNumber(field, config, onByDefault(field) ? 0.0 : 1.0);
            } else {
                setFromText(field, config, parser.value(option).toStdString(),
                            "--" + option.names().first().toStdString());
            }
        }
        if (parser.isSet(option("optimizer"))) applySuggestions(parser, previousOptimizer, config);
        validate(config);
    } catch (const std::invalid_argument& error) {
        throw UsageError(error.what());
    }
}

QCommandLineOption mnistDataOption() {
    return {"data",
            "Folder with the MNIST files (raw or .gz), or with a data set in their format and a classes.txt "
            "naming its classes. Default: the set-up's download.",
            "DIR"};
}

} // namespace bplab::app
