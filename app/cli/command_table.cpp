#include "app/cli/command_table.h"

#include "app/cli/command_options.h"
#include "app/cli/landscape_option.h"
#include "app/cli/network_sheet_options.h"
#include "core/sheet/activation.h"
#include "core/sheet/loss.h"
#include "core/sheet/training_set/training_set.h"
#include "core/sheet/weight_init.h"
#include "ui/sheet/lessons/built_in_lessons.h"

#include <QRegularExpression>

#include <map>
#include <string_view>

namespace bplab::app {

namespace {

QString text(std::string_view utf8) {
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

// The names the core parses, in its own order.
template <typename Values, typename Name> QStringList namesOf(const Values& values, Name name) {
    QStringList names;
    for (const auto& value : values) names << text(name(value));
    return names;
}

QList<TableOption> listed(const QList<QCommandLineOption>& options,
                          const std::map<QString, QStringList>& wordsByName = {}) {
    QList<TableOption> listed;
    for (const QCommandLineOption& option : options) {
        const auto words = wordsByName.find(option.names().first());
        listed << TableOption(option, words == wordsByName.end() ? QStringList() : words->second);
    }
    return listed;
}

QList<TableOption> noOptions() { return {}; }

QList<TableOption> sheetOptions() {
    const SheetOptions o;
    QList<TableOption> options{
        TableOption(o.scenario, ui::builtInLessonIds()),
        TableOption(o.learningRate),
        TableOption(o.iterations),
        TableOption(o.activation, namesOf(kAllActivations, activationName)),
        TableOption(o.loss, namesOf(kAllLosses, lossName)),
        TableOption(o.learnBiases),
        TableOption(o.set),
        TableOption(o.csv),
        TableOption(o.xlsx),
        TableOption(o.chart),
        TableOption(o.chartSize),
        TableOption(o.logY),
        TableOption(o.boundaryImage),
    };
    options +=
        listed(NetworkSheetOptions().all(), {{"data", namesOf(kAllTrainingSetPresets, trainingSetPresetName)},
                                             {"init", namesOf(kAllWeightInits, weightInitName)}});
    options += listed(LandscapeCommandOptions().all());
    return options;
}

QList<TableOption> trainOptions() {
    const TrainOptions o;
    return listed(QList<QCommandLineOption>{o.data} + o.fields.options() + QList{o.csv, o.save, o.resume});
}

QList<TableOption> summaryOptions() { return listed({SummaryOptions().data}); }

QList<TableOption> lrFindOptions() {
    const LrFindOptions o;
    return listed(QList<QCommandLineOption>{o.data, o.from, o.to, o.batches, o.csv, o.chart} +
                  o.fields.options());
}

QList<TableOption> explainOptions() {
    const ExplainOptions o;
    return listed({o.model, o.data, o.testImage, o.image, o.classIndex, o.saliency, o.outDir},
                  {{"saliency", {"input-x-gradient", "gradient"}}});
}

// The value name's lower-case alternatives: "none|shared|per-unit" → all three, "full|K" → full.
QStringList wordsOfValueName(const QString& valueName) {
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z0-9-]*$"));
    QStringList words;
    for (const QString& part : valueName.split(QLatin1Char('|')))
        if (word.match(part).hasMatch()) words << part;
    return words;
}

ValueKind kindOfValueName(const QString& valueName) {
    if (valueName.isEmpty()) return ValueKind::None;
    if (valueName.split(QLatin1Char('|')).contains(QStringLiteral("FILE"))) return ValueKind::File;
    if (valueName == QStringLiteral("DIR")) return ValueKind::Directory;
    return ValueKind::Text;
}

} // namespace

TableOption::TableOption(QCommandLineOption parsed, QStringList fixedWords)
    : option(std::move(parsed))
    , value(kindOfValueName(option.valueName()))
    , words(fixedWords.isEmpty() ? wordsOfValueName(option.valueName()) : std::move(fixedWords)) {}

const std::vector<CommandEntry>& commandTable() {
    static const std::vector<CommandEntry> table{
        {"sheet", "Compute the 2-2-2 backprop sheet and print it as CSV",
         "Compute the 2-2-2 network of the backprop sheet by gradient descent and print every iteration as "
         "CSV:\n"
         "the weights (and biases) used, the forward pass, the loss, the partials and the updated weights.\n"
         "With --layers, --data, --batch, --init, --init-seed, --loss-reduction, --biases or one "
         "--activation "
         "per layer it computes\n"
         "any small network instead (e.g. --layers 2,2,1 --data xor); its CSV names every quantity it "
         "writes.",
         sheetOptions},
        {"lessons", "List the built-in lessons ('sheet --scenario NAME' runs one)",
         "List the built-in lessons of the backprop sheet: the name that 'backprop-lab sheet --scenario "
         "NAME'\n"
         "takes, the title, and where the lesson quotes it, the smallest learning rate at which its network\n"
         "diverges, measured by running it.",
         noOptions},
        {"train", "Train the MNIST CNN and print per-epoch test accuracy",
         "Train the 11,154-parameter MNIST CNN without a display.\n"
         "Exit status: 0 all epochs trained, 1 failure, 2 bad arguments, 3 the loss diverged (the CSV and "
         "--save end at the last good epoch), 130 interrupted (Ctrl+C).",
         trainOptions},
        {"lr-find", "Run the learning-rate range test and suggest a one-cycle peak rate",
         "The learning-rate range test: a fresh CNN trains while the rate grows exponentially from --from to "
         "--to; the smoothed loss against the rate shows the steepest descent and the blow-up, and suggests "
         "a one-cycle peak rate (the lowest point's rate / 10). The recipe's options choose the optimizer, "
         "batch size and the rest (the schedule and epochs are not used).",
         lrFindOptions},
        {"summary", "Print the MNIST CNN's layers, output shapes and parameter counts",
         "Print the MNIST CNN's layers, output shapes and parameter counts, and each layer's receptive field "
         "on the 28x28 input; with --data, for that data set's classes (the last layer has one output per "
         "class).\n"
         "Exit status: 0 printed, 1 the data set could not be read, 2 bad arguments.",
         summaryOptions},
        {"explain", "Write one image's feature maps, the kernels, a saliency map and the probabilities",
         "Look inside a trained CNN for one image: writes to --out (the folder the window's Inside the "
         "network "
         "Export writes) input.png, every stage's feature maps (NN-STAGE.png and "
         "NN-STAGE.csv), the kernels of conv1 and conv2 with their biases (kernels-convN.png/.csv), the "
         "saliency "
         "map over the digit (saliency.png, saliency.csv: 28×28) and probabilities.csv, and prints the ten "
         "probabilities and the predicted digit.\n"
         "CSV: one row per value, an index column per dimension (map,row,col / row,col / index) then the "
         "value; "
         "the shape is each index's largest value + 1.\n"
         "Exit status: 0 written, 1 failure (model, image, data or folder), 2 bad arguments.",
         explainOptions},
    };
    return table;
}

const CommandEntry* findCommand(const QString& name) {
    for (const CommandEntry& command : commandTable())
        if (command.name == name) return &command;
    return nullptr;
}

QList<TableOption> programOptions() {
    return {TableOption(QCommandLineOption(
                {"h", "help"}, "Show this help; 'backprop-lab COMMAND --help' shows a command's options")),
            TableOption(QCommandLineOption({"v", "version"}, "Show the version"))};
}

QString programDescription() {
    return QStringLiteral(
        "Without a command, opens the Backprop Lab window (needs a display; use xvfb-run without one).");
}

QStringList dashedNames(const QCommandLineOption& option) {
    QStringList names;
    for (const QString& name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    return names;
}

void setUpCommandParser(QCommandLineParser& parser, const QString& command) {
    const CommandEntry* entry = findCommand(command);
    Q_ASSERT(entry); // the commands call this with their own name
    parser.setApplicationDescription(entry->description);
    parser.addHelpOption();
    for (const TableOption& option : entry->options()) parser.addOption(option.option);
}

std::string usageLine() { return "Usage: backprop-lab [COMMAND] [OPTIONS]\n"; }

std::string usageText() {
    QString text = QString::fromStdString(usageLine()) + QLatin1Char('\n') + programDescription() +
                   QStringLiteral("\n\nCommands (no display needed):\n");
    for (const CommandEntry& command : commandTable())
        text += QStringLiteral("  %1%2\n").arg(command.name.leftJustified(11), command.summary);
    text += QStringLiteral("\nOptions:\n");
    for (const TableOption& option : programOptions()) {
        text += QStringLiteral("  %1%2\n")
                    .arg(dashedNames(option.option).join(QStringLiteral(", ")).leftJustified(17),
                         option.option.description());
    }
    return text.toStdString();
}

} // namespace bplab::app
