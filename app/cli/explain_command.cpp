#include "app/cli/explain_command.h"

#include "app/cli/cli_arguments.h"
#include "app/cli/command_line.h"
#include "app/cli/command_options.h"
#include "app/cli/command_table.h"
#include "app/cli/explain_input.h"
#include "app/cli/train_options.h"
#include "core/mnist/mnist_classifier.h"
#include "core/mnist/train_types.h"
#include "ui/mnist/inside/inspection_files.h"

#include <QCommandLineParser>
#include <QDir>
#include <QRegularExpression>

#include <algorithm>
#include <iomanip>
#include <limits>
#include <ostream>

namespace bplab::app {

namespace {

SaliencyKind saliencyKindFrom(const QCommandLineParser& parser, const ExplainOptions& o) {
    if (!parser.isSet(o.saliency)) return SaliencyKind::InputTimesGradient;
    const QString kind = parser.value(o.saliency);
    if (kind == QLatin1String("input-x-gradient")) return SaliencyKind::InputTimesGradient;
    if (kind == QLatin1String("gradient")) return SaliencyKind::Gradient;
    throw UsageError("--saliency must be input-x-gradient or gradient, not '" + kind.toStdString() + "'");
}

// The one image to explain, from exactly one of --test-image and --image.
ExplainedDigit digitFrom(const QCommandLineParser& parser, const ExplainOptions& o) {
    if (parser.isSet(o.image)) return digitFromImageFile(parser.value(o.image));
    const long long index =
        parseWholeNumber(parser.value(o.testImage), "--test-image", 0, std::numeric_limits<int>::max());
    const std::string directory =
        parser.isSet(o.data) ? parser.value(o.data).toStdString() : defaultMnistDirectory();
    return digitFromTestSet(directory, index);
}

MnistClassifier loadModel(const QString& path) {
    try {
        return MnistClassifier::fromCheckpoint(path.toStdString());
    } catch (const CheckpointError& error) {
        throw std::runtime_error(
            std::string(error.what()) +
            "; give --model a checkpoint saved by 'backprop-lab train --save FILE' or the "
            "window's Save model.");
    }
}

// "7" for MNIST's digits; "1 (triangle)" for a class of the learner's own.
std::string classText(const ClassNames& classes, int label) {
    if (classes.areDigits()) return std::to_string(label);
    return std::to_string(label) + " (" + classes.name(label) + ")";
}

// One line per class, then the prediction. MNIST's digits print as they always did ("  7  0.9012",
// "predicted digit: 7"); named classes with their names ("  1  triangle  0.9012", "predicted class").
void printProbabilities(std::ostream& out, const ClassProbabilities& probabilities, int predicted,
                        const ClassNames& classes) {
    const bool digits = classes.areDigits();
    out << std::fixed << std::setprecision(4);
    for (std::size_t label = 0; label < probabilities.size(); ++label) {
        out << "  " << label << "  ";
        if (!digits) out << classes.name(static_cast<int>(label)) << "  ";
        out << probabilities[label] << '\n';
    }
    out << (digits ? "predicted digit: " : "predicted class: ") << classText(classes, predicted)
        << " (probability " << probabilities[static_cast<std::size_t>(predicted)] << ")\n";
    out << std::defaultfloat;
}

// Whether --class's `value` is meant as a number ("7", "-1"), not as a class's name.
bool isNumber(const QString& value) {
    static const QRegularExpression number(QStringLiteral("^\\s*[-+]?[0-9]+\\s*$"));
    return number.match(value).hasMatch();
}

// The class --class names (`value`): its name among the model's classes (a name wins over a number),
// or its number.
int chosenClassOf(const QString& value, const ClassNames& classes) {
    const std::string text = value.trimmed().toStdString();
    const auto& names = classes.names();
    if (const auto named = std::find(names.begin(), names.end(), text); named != names.end())
        return static_cast<int>(named - names.begin());
    if (isNumber(value)) return static_cast<int>(parseWholeNumber(value, "--class", 0, classes.count() - 1));
    throw UsageError("--class " + text + ": the model's classes are " + classes.joined() +
                     "; give one of them, or its number 0 to " + std::to_string(classes.count() - 1));
}

int explain(const QCommandLineParser& parser, const ExplainOptions& o, std::ostream& out, std::ostream& err) {
    // Arguments are checked before anything is read, but --class: it may name one of the model's
    // classes (which may be numbers too, "10"), so it is checked once the model says them.
    if (!parser.isSet(o.model))
        throw UsageError("--model FILE is required (a checkpoint saved by 'train --save')");
    if (!parser.isSet(o.outDir)) throw UsageError("--out DIR is required (the folder for the files)");
    if (parser.isSet(o.testImage) == parser.isSet(o.image))
        throw UsageError("give exactly one of --test-image N and --image FILE");
    const SaliencyKind kind = saliencyKindFrom(parser, o);

    const MnistClassifier classifier = loadModel(parser.value(o.model));
    const ClassNames& classes = classifier.classNames();
    const int chosenClass =
        parser.isSet(o.classIndex) ? chosenClassOf(parser.value(o.classIndex), classes) : -1;
    const ExplainedDigit digit = digitFrom(parser, o);
    if (!digit.notes.empty()) err << "backprop-lab explain: " << digit.notes << '\n';

    const NetworkTrace trace = classifier.trace(digit.pixels);
    const auto& p = trace.probabilities;
    const int predicted = static_cast<int>(std::max_element(p.begin(), p.end()) - p.begin());
    out << "explaining " << digit.source << " with " << parser.value(o.model).toStdString() << '\n'
        << "probabilities:\n";
    printProbabilities(out, p, predicted, classes);

    const int explainedClass = chosenClass >= 0 ? chosenClass : predicted;
    const SaliencyMap saliency = classifier.saliency(digit.pixels, explainedClass, kind);
    out << "saliency: " << (kind == SaliencyKind::Gradient ? "gradient" : "input × gradient")
        << " of the score of " << (classes.areDigits() ? "digit " : "class ")
        << classText(classes, explainedClass) << '\n';

    const QStringList written = ui::writeInspectionFiles(
        parser.value(o.outDir), {digit.pixels, trace, classifier.kernels(), saliency});
    out << "wrote " << written.size() << " files:\n";
    for (const QString& path : written) out << "  " << QDir::toNativeSeparators(path).toStdString() << '\n';
    return kExitOk;
}

} // namespace

int runExplainCommand(const QStringList& arguments, std::ostream& out, std::ostream& err) {
    ExplainOptions o;
    QCommandLineParser parser;
    setUpCommandParser(parser, QStringLiteral("explain"));
    if (const auto exitCode = parseCommandArguments(parser, "explain", arguments, out, err)) return *exitCode;
    return runReportingErrors("explain", err, [&] { return explain(parser, o, out, err); });
}

} // namespace bplab::app
