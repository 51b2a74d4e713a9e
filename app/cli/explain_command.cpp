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

void printProbabilities(std::ostream& out, const ClassProbabilities& probabilities, int predicted) {
    out << std::fixed << std::setprecision(4);
    for (std::size_t label = 0; label < probabilities.size(); ++label)
        out << "  " << label << "  " << probabilities[label] << '\n';
    out << "predicted digit: " << predicted << " (probability "
        << probabilities[static_cast<std::size_t>(predicted)] << ")\n";
    out << std::defaultfloat;
}

int explain(const QCommandLineParser& parser, const ExplainOptions& o, std::ostream& out, std::ostream& err) {
    // Arguments are checked before anything is read.
    if (!parser.isSet(o.model))
        throw UsageError("--model FILE is required (a checkpoint saved by 'train --save')");
    if (!parser.isSet(o.outDir)) throw UsageError("--out DIR is required (the folder for the files)");
    if (parser.isSet(o.testImage) == parser.isSet(o.image))
        throw UsageError("give exactly one of --test-image N and --image FILE");
    const SaliencyKind kind = saliencyKindFrom(parser, o);
    const int chosenClass =
        parser.isSet(o.classIndex)
            ? static_cast<int>(parseWholeNumber(parser.value(o.classIndex), "--class", 0, 9))
            : -1;

    const MnistClassifier classifier = loadModel(parser.value(o.model));
    const ExplainedDigit digit = digitFrom(parser, o);
    if (!digit.notes.empty()) err << "backprop-lab explain: " << digit.notes << '\n';

    const NetworkTrace trace = classifier.trace(digit.pixels);
    const auto& p = trace.probabilities;
    const int predicted = static_cast<int>(std::max_element(p.begin(), p.end()) - p.begin());
    out << "explaining " << digit.source << " with " << parser.value(o.model).toStdString() << '\n'
        << "probabilities:\n";
    printProbabilities(out, p, predicted);

    const int explainedClass = chosenClass >= 0 ? chosenClass : predicted;
    const SaliencyMap saliency = classifier.saliency(digit.pixels, explainedClass, kind);
    out << "saliency: " << (kind == SaliencyKind::Gradient ? "gradient" : "input × gradient")
        << " of the score of digit " << explainedClass << '\n';

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
