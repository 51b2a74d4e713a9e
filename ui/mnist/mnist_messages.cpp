#include "ui/mnist/mnist_messages.h"

#include "core/mnist/mnist_data.h"
#include "core/mnist/train_recipe.h"
#include "ui/common/core_text.h"
#include "ui/common/locale_numbers.h"
#include "ui/mnist/data/class_labels.h"
#include "ui/mnist/data/mnist_data_loader.h"

#include <QDir>
#include <QLocale>
#include <QStringList>

namespace bplab::ui {

namespace {
QString native(const std::string& path) { return QDir::toNativeSeparators(QString::fromStdString(path)); }
QString quoted(const std::string& words) { return QString::fromStdString(words); }
QString namesList(const std::vector<std::string>& names) {
    return classLabels(names).join(QStringLiteral(", "));
}

// The field's label as the settings panel shows it, made to sit in a sentence: "&Momentum:" → "Momentum".
QString fieldInSentence(const TrainField& field) {
    QString label = coreText(kTrainFieldContext, field.label);
    label.remove(QLatin1Char('&'));
    while (label.endsWith(QLatin1Char(':')) || label.endsWith(QLatin1Char(' '))) label.chop(1);
    return label;
}
} // namespace

QString MnistMessages::allowedValues(const TrainField& field) {
    switch (field.kind) {
    case FieldKind::Whole:
        return tr("a whole number from %1 to %2")
            .arg(QLocale().toString(static_cast<qlonglong>(field.min)),
                 QLocale().toString(static_cast<qlonglong>(field.max)));
    case FieldKind::Real: {
        // Where the decimal mark is a comma, an interval's numbers are split by a semicolon: (0; 10].
        const QString interval = (field.minOpen ? QStringLiteral("(") : QStringLiteral("[")) +
                                 localNumber(field.min) + localListSeparator() + localNumber(field.max) +
                                 (field.maxOpen ? QStringLiteral(")") : QStringLiteral("]"));
        return tr("a number in %1").arg(interval);
    }
    case FieldKind::Flag:
        return tr("on or off");
    case FieldKind::Choice:
        break;
    }
    QStringList labels;
    for (const FieldChoice& choice : field.choices) labels << coreText(kTrainFieldContext, choice.label);
    if (labels.size() < 2) return labels.join(QString());
    const QString last = labels.takeLast();
    return tr("%1 or %2", "the last of a list of choices").arg(labels.join(QStringLiteral(", ")), last);
}

QString MnistMessages::recipeProblem(const RecipeError& error) {
    switch (error.problem()) {
    case RecipeProblem::FieldRefused: {
        const TrainField& field = trainField(error.field());
        // The window never hands typed text to the core: the value is the recipe's own, written in the C
        // locale, and shown here as the window writes numbers.
        return tr("%1 must be %2, not “%3”")
            .arg(fieldInSentence(field), allowedValues(field), withLocaleDecimals(error.text()));
    }
    case RecipeProblem::NesterovWithoutMomentum:
        return tr("the Nesterov optimizer needs a momentum above 0: set one (for example %1), or choose SGD")
            .arg(localNumber(0.9));
    }
    return QString::fromStdString(error.what());
}

QString MnistMessages::checkpointProblem(const CheckpointError& error) {
    const QString path = native(error.path());
    const QString detail = quoted(error.detail());
    switch (error.problem()) {
    case CheckpointProblem::NoSuchFile:
        return tr("%1: there is no such file").arg(path);
    case CheckpointProblem::Unreadable:
        return tr("%1 could not be read; check that you are allowed to read it").arg(path);
    case CheckpointProblem::NotACheckpoint:
        if (detail.isEmpty())
            return tr("%1 is not a Backprop Lab checkpoint; choose a file saved with Save model").arg(path);
        return tr("%1 is not a Backprop Lab checkpoint (%2); choose a file saved with Save model")
            .arg(path, detail);
    case CheckpointProblem::Damaged:
        if (error.path().empty())
            return tr("the checkpoint is damaged: %1; save or download it again").arg(detail);
        return tr("%1 is damaged: %2; save or download it again").arg(path, detail);
    case CheckpointProblem::NewerLibTorch:
        return tr("%1 was most likely written by a newer LibTorch than this one (%2), which cannot read it; "
                  "open "
                  "it with a Backprop Lab built on that LibTorch, or update this one (LibTorch: %3)")
            .arg(path, quoted(error.version()), detail);
    case CheckpointProblem::NotOurs:
        return tr("%1 is a LibTorch file but not a Backprop Lab MNIST checkpoint").arg(path);
    case CheckpointProblem::OtherModel:
        return tr("%1 was saved for another model (%2); this is %3")
            .arg(path, detail, quoted(error.version()));
    case CheckpointProblem::DoesNotMatch:
        return tr("%1 does not match this model (%2)").arg(path, detail);
    case CheckpointProblem::UnusableSettings: {
        QString cause;
        try {
            if (error.cause()) std::rethrow_exception(error.cause());
        } catch (const std::exception& settings) {
            cause = problem(settings);
        }
        return tr("%1 holds unusable settings: %2").arg(path, cause);
    }
    case CheckpointProblem::NotFinite:
        return tr("the model's weights are not all finite numbers (the training diverged), so they were not "
                  "saved; train again with a smaller learning rate");
    case CheckpointProblem::OtherClasses:
        return tr("%1 was trained on %2 classes (%3), but this data set has %4 classes (%5); open the data "
                  "set it was trained on, or train a new model on this one")
            .arg(path, QString::number(error.savedClasses().size()), namesList(error.savedClasses()),
                 QString::number(error.dataClasses().size()), namesList(error.dataClasses()));
    case CheckpointProblem::CannotSave:
        return tr("could not save the checkpoint to %1 (%2); check that the folder exists, is writable and "
                  "has "
                  "free space")
            .arg(path, detail);
    }
    return QString::fromStdString(error.what());
}

QString MnistMessages::idxProblem(const IdxError& error) {
    if (const auto* missing = dynamic_cast<const MissingMnistError*>(&error))
        return MnistDataLoader::missingDataSentence(*missing);
    if (error.path().empty()) return QString::fromStdString(error.what());
    switch (error.problem()) {
    case IdxProblem::Unreadable:
        return tr("%1 could not be read (%2); check that you are allowed to read it")
            .arg(native(error.path()), quoted(error.detail()));
    case IdxProblem::Mismatch:
        return tr("%1 holds %2 images but %3 holds %4 labels: the files do not belong together")
            .arg(native(error.path()), QLocale().toString(error.images()), native(error.detail()),
                 QLocale().toString(error.labels()));
    case IdxProblem::Damaged:
        break;
    }
    return tr("%1 is damaged or not an MNIST file: %2").arg(native(error.path()), quoted(error.detail()));
}

QString MnistMessages::classNamesProblem(const ClassNamesError& error) {
    const QString name = quoted(error.name());
    switch (error.problem()) {
    case ClassNamesProblem::NotText:
        return tr("line %1: not text (a control character, or bytes that are not UTF-8); write one class "
                  "name "
                  "per line and save it as UTF-8 text")
            .arg(error.line());
    case ClassNamesProblem::EmptyName:
        return tr("line %1: an empty line between two names, which would give every later name the wrong "
                  "label; remove the line, or write the class's name on it")
            .arg(error.line());
    case ClassNamesProblem::NameTooLong:
        return tr("line %1: “%2” is %3 bytes long; at most %4 fit the matrix and the bars, so shorten it")
            .arg(QString::number(error.line()), name, QString::number(error.name().size()),
                 QString::number(kMaxClassNameBytes));
    case ClassNamesProblem::Duplicate:
        return tr("line %1: “%2” names an earlier class too; each class needs a name of its own")
            .arg(QString::number(error.line()), name);
    case ClassNamesProblem::TooFew:
        if (error.count() == 0)
            return tr("no class names; a data set needs at least %1 classes to tell apart").arg(kMinClasses);
        return tr("only one class name; a data set needs at least %1 classes to tell apart").arg(kMinClasses);
    case ClassNamesProblem::TooMany:
        return tr("%1 class names, but the network tells at most %2 classes apart; keep %2 or fewer")
            .arg(error.count())
            .arg(kMaxClasses);
    }
    return QString::fromStdString(error.what());
}

QString MnistMessages::dataSetProblem(const DataSetError& error) {
    const DataSetError::Facts& facts = error.facts();
    switch (error.problem()) {
    case DataSetProblem::BadClassesFile:
        if (!error.classNames()) break;
        return QStringLiteral("%1: %2").arg(native(facts.path), classNamesProblem(*error.classNames()));
    case DataSetProblem::LabelOutsideClasses:
        return tr("%1: label %2 at index %3 has no class: %4 names %5 classes, for the labels 0 to %6; name "
                  "every class in it, one per line")
            .arg(native(facts.path), QString::number(facts.label), QLocale().toString(facts.index),
                 QString::fromLatin1(kClassesFileName), QString::number(facts.classes),
                 QString::number(facts.classes - 1));
    case DataSetProblem::EmptyClass:
        return tr("%1: no training image has label %2 (“%3”), so the network could never learn it; add "
                  "images "
                  "of it, or leave its name out of %4")
            .arg(native(facts.path), QString::number(facts.label), quoted(facts.name),
                 QString::fromLatin1(kClassesFileName));
    }
    return QString::fromStdString(error.what());
}

QString MnistMessages::problem(const std::exception& error) {
    if (const auto* recipe = dynamic_cast<const RecipeError*>(&error)) return recipeProblem(*recipe);
    if (const auto* checkpoint = dynamic_cast<const CheckpointError*>(&error))
        return checkpointProblem(*checkpoint);
    if (const auto* idx = dynamic_cast<const IdxError*>(&error)) return idxProblem(*idx);
    if (const auto* dataSet = dynamic_cast<const DataSetError*>(&error)) return dataSetProblem(*dataSet);
    if (dynamic_cast<const NoCudaError*>(&error)) {
        return tr("training on a GPU (CUDA) was chosen, but this LibTorch has no CUDA support or no GPU is "
                  "visible; train on the CPU");
    }
    return QString::fromStdString(error.what());
}

} // namespace bplab::ui
