#include "ui/sheet/sheet_messages.h"

#include "core/sheet/sheet_inputs.h"
#include "ui/common/core_text.h"
#include "ui/common/locale_numbers.h"
#include "ui/sheet/values/network_messages.h"

namespace bplab::ui {

namespace {
// An example number as the window writes it ("0,5932" in German).
QString example(const char* number) { return withLocaleDecimals(QString::fromLatin1(number)); }

// The error's k-th value as it came (a name, a line number, a file's own text), or empty.
QString errorValue(const InputError& error, std::size_t k) {
    return k < error.values().size() ? QString::fromStdString(error.values()[k]) : QString();
}
// The k-th value as a number of the window's locale (the engines write "0.5").
QString errorNumber(const InputError& error, std::size_t k) {
    return withLocaleDecimals(errorValue(error, k));
}
} // namespace

QString SheetMessages::guessProblem(const ParsedGuess& guess) {
    const QString text = QString::fromStdString(guess.text);
    switch (guess.problem) {
    case GuessProblem::None:
        return {};
    case GuessProblem::Empty:
        return tr("Type a number first, e.g. %1, then press Enter.").arg(example("0.5932"));
    case GuessProblem::Infinite:
        return tr("Infinity is not a guess: the sheet stops before a value becomes infinite. Type a finite "
                  "number.");
    case GuessProblem::NaN:
        return tr("NaN is not a guess: every cell of a running sheet is a finite number.");
    case GuessProblem::TooLarge:
        return tr("'%1' is too large for a number; type a finite number such as 1e10.").arg(text);
    case GuessProblem::DecimalComma:
        return tr("'%1' uses a comma: write the decimal point as a point, e.g. 0.25.").arg(text);
    case GuessProblem::NotANumber:
        break;
    }
    return tr("'%1' is not a number. Type digits with a decimal point, e.g. %2 or %3.")
        .arg(text, example("0.5932"), example("7.2e-2"));
}

QString SheetMessages::stopReason(const RunStop& stop) {
    if (!stop.iteration) return {};
    if (!stop.refusal) return tr("a value became infinite or NaN");
    const LossRefusal& refusal = *stop.refusal;
    const QString output = QString::fromStdString(refusal.output);
    const QString value = withLocaleDecimals(formatShort(refusal.value));
    if (refusal.activation == Activation::Sigmoid) {
        return tr("cross-entropy needs 0 < %1 < 1, but %1 = %2 exactly in floating point (the sigmoid "
                  "saturated), so its logarithm is −∞: use smaller weights or ½·squared error")
            .arg(output, value);
    }
    if (refusal.activation == Activation::Identity) {
        return tr("cross-entropy needs 0 < %1 < 1, but %1 = %2: an identity output can leave (0, 1), where "
                  "the logarithm is undefined; use a sigmoid output or ½·squared error")
            .arg(output, value);
    }
    // tanh or relu, named as the activation box names them.
    return tr("cross-entropy needs 0 < %1 < 1, but %1 = %2: a %3 output can leave (0, 1), where the "
              "logarithm is undefined; use a sigmoid output or ½·squared error")
        .arg(output, value, coreText(kActivationContext, activationName(refusal.activation)));
}

QString SheetMessages::inputProblem(const std::exception& error) {
    if (const auto* input = dynamic_cast<const InputError*>(&error)) return valueProblem(*input);
    if (const auto* network = dynamic_cast<const NetworkError*>(&error))
        return NetworkMessages::problem(network->problem());
    return QString::fromStdString(error.what());
}

QString SheetMessages::valueProblem(const InputError& error) {
    const auto v = [&error](std::size_t k) { return errorValue(error, k); };
    const auto n = [&error](std::size_t k) { return errorNumber(error, k); };
    switch (error.problem()) {
    case InputProblem::NotFinite:
        return tr("%1 must be a finite number").arg(v(0));
    case InputProblem::UnusableLearningRate:
        return tr("the learning rate must be a finite number greater than 0");
    case InputProblem::CrossEntropyTarget:
        return tr("cross-entropy needs targets between 0 and 1, but %1 = %2: change the target or use "
                  "½·squared error")
            .arg(v(0), n(1));
    case InputProblem::LearningRateOutsideWindow:
        return tr("the learning rate %1 lies outside %2 to %3, the range the window's η box holds")
            .arg(n(0), n(1), n(2));
    case InputProblem::ValueOutsideWindow:
        return tr("%1 = %2 lies outside %3 to %4, the range the window's value boxes hold")
            .arg(v(0), n(1), n(2), n(3));
    case InputProblem::EmptyTitle:
        return tr("the title is empty: give the lesson a title");
    case InputProblem::IterationsOutOfRange:
        return tr("the number of iterations must be from 1 to %1, not %2").arg(v(0), v(1));
    case InputProblem::TooManyCompareRates:
        return tr("a lesson compares at most %1 learning rates, not %2").arg(v(0), v(1));
    case InputProblem::UnusableCompareRate:
        return tr("every learning rate to compare must be a finite number greater than 0");
    default:
        return csvProblem(error);
    }
}

QString SheetMessages::csvProblem(const InputError& error) {
    const auto v = [&error](std::size_t k) { return errorValue(error, k); };
    const QString convention = tr("name the inputs i1, i2, … and then the targets t1, t2, …, e.g. i1,i2,t1");
    switch (error.problem()) {
    case InputProblem::CsvEmptyFile:
        return tr("the file is empty: its first line names the columns, e.g. i1,i2,t1");
    case InputProblem::CsvNoExamples:
        return tr("the file has no examples: add one line of numbers per example after the header");
    case InputProblem::CsvTooManyExamples:
        return tr("line %1: a training set has at most %2 examples, and this is one more").arg(v(0), v(1));
    case InputProblem::CsvNotAColumnName:
        return tr("line %1, column %2: '%3' is not a column name: %4").arg(v(0), v(1), v(2), convention);
    case InputProblem::CsvSemicolons:
        return tr("line %1, column %2: '%3' is not a column name: separate the columns with commas, and %4")
            .arg(v(0), v(1), v(2), convention);
    case InputProblem::CsvInputAfterTargets:
        return tr("line %1, column %2: '%3' after the targets: %4").arg(v(0), v(1), v(2), convention);
    case InputProblem::CsvTooManyInputs:
        return tr("line %1, column %2: '%3': at most %4 inputs").arg(v(0), v(1), v(2), v(3));
    case InputProblem::CsvTooManyTargets:
        return tr("line %1, column %2: '%3': at most %4 targets").arg(v(0), v(1), v(2), v(3));
    case InputProblem::CsvColumnOutOfOrder:
        return tr("line %1, column %2: '%3' where %4 belongs: %5").arg(v(0), v(1), v(2), v(3), convention);
    case InputProblem::CsvNoTargetColumn:
        return tr("line %1: no target column: %2").arg(v(0), convention);
    case InputProblem::CsvExtraValue:
        return tr("line %1, column %2: a value more than the header's %3 columns").arg(v(0), v(1), v(2));
    case InputProblem::CsvMissingValue:
        return tr("line %1, column %2 (%3): missing: the line has %4 values, the header names %5")
            .arg(v(0), v(1), v(2), v(3), v(4));
    case InputProblem::CsvEmptyValue:
        return tr("line %1, column %2 (%3) is empty: write a number").arg(v(0), v(1), v(2));
    case InputProblem::CsvValueOutOfRange:
        return tr("line %1, column %2 (%3): '%4' is beyond the range of numbers the sheet computes with")
            .arg(v(0), v(1), v(2), v(3));
    case InputProblem::CsvNotANumber:
        return tr("line %1, column %2 (%3): '%4' is not a number").arg(v(0), v(1), v(2), v(3));
    case InputProblem::CsvNotFiniteValue:
        return tr("line %1, column %2 (%3): '%4' is not a finite number").arg(v(0), v(1), v(2), v(3));
    default:
        return QString::fromStdString(error.what()); // a problem this function does not word yet
    }
}

} // namespace bplab::ui
