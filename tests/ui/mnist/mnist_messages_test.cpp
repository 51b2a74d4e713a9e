// The MNIST engine's refusals as the window words them: from the values the core returns (a refused
// recipe, a checkpoint that cannot be read or written, a damaged IDX file), in the window's language
// with its numbers; the core's English stays for the command line.
#include "ui/mnist/mnist_messages.h"

#include "core/mnist/idx_reader.h"
#include "core/mnist/mnist_trainer.h"
#include "core/mnist/train_recipe.h"
#include "ui/common/app_language.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <string>

namespace bplab::ui {
namespace {

template <typename Error, typename Action> Error thrownBy(Action action) {
    try {
        action();
    } catch (const Error& error) {
        return error;
    }
    ADD_FAILURE() << "nothing thrown";
    throw std::logic_error("nothing thrown");
}

RecipeError nesterovWithoutMomentum() {
    TrainConfig config;
    config.optimizer = "nesterov";
    config.momentum = 0.0;
    return thrownBy<RecipeError>([&] { validate(config); });
}

RecipeError batchSizeOf(const std::string& text) {
    TrainConfig config;
    return thrownBy<RecipeError>([&] { setFromText(trainField("batch_size"), config, text); });
}

// A file with `bytes` in a folder that lives as long as the test.
QString fileWith(const QTemporaryDir& folder, const QString& name, const QByteArray& bytes) {
    const QString path = folder.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

TEST(MnistMessages, TheCoreSaysWhatIsWrongAsValues) {
    const RecipeError nesterov = nesterovWithoutMomentum();
    EXPECT_EQ(nesterov.problem(), RecipeProblem::NesterovWithoutMomentum);
    const RecipeError batch = batchSizeOf("0");
    EXPECT_EQ(batch.problem(), RecipeProblem::FieldRefused);
    EXPECT_EQ(batch.field(), "batch_size");
    EXPECT_EQ(batch.text(), "0");

    QTemporaryDir folder;
    const std::string missing = folder.filePath(QStringLiteral("none.pt")).toStdString();
    const auto noFile = thrownBy<CheckpointError>([&] { MnistTrainer::checkpointConfig(missing); });
    EXPECT_EQ(noFile.problem(), CheckpointProblem::NoSuchFile);
    EXPECT_EQ(noFile.path(), missing);
    const std::string text = fileWith(folder, QStringLiteral("notes.pt"), "just some notes\n").toStdString();
    const auto notOurs = thrownBy<CheckpointError>([&] { MnistTrainer::checkpointConfig(text); });
    EXPECT_EQ(notOurs.problem(), CheckpointProblem::NotACheckpoint);
    EXPECT_EQ(notOurs.path(), text);

    // An IDX images file of 4 bytes: no header. The path and the detail come apart; what() joins them.
    const std::string shortFile =
        fileWith(folder, QStringLiteral("short-idx3"), QByteArray(4, '\0')).toStdString();
    const auto idx = thrownBy<IdxError>([&] { readIdxImages(shortFile); });
    EXPECT_EQ(idx.path(), shortFile);
    EXPECT_EQ(std::string(idx.what()), shortFile + ": " + idx.detail());
}

TEST(MnistMessages, InEnglishTheWindowSaysWhatTheCoreSays) {
    const InstalledLanguage english(QStringLiteral("en"), QLocale::c());
    // The batch size's range, 1 to 60000 in the field table, in the window's digit groups.
    EXPECT_EQ(MnistMessages::problem(batchSizeOf("0")).toStdString(),
              "Batch size must be a whole number from 1 to 60,000, not “0”");
    EXPECT_EQ(MnistMessages::problem(nesterovWithoutMomentum()).toStdString(),
              "the Nesterov optimizer needs a momentum above 0: set one (for example 0.9), or choose SGD");
    QTemporaryDir folder;
    const std::string missing = folder.filePath(QStringLiteral("none.pt")).toStdString();
    EXPECT_EQ(MnistMessages::problem(thrownBy<CheckpointError>([&] {
                  MnistTrainer::checkpointConfig(missing);
              })).toStdString(),
              missing + ": there is no such file");
    // A checkpoint whose stored recipe is refused words the recipe's problem inside its own sentence.
    const CheckpointError unusable(CheckpointProblem::UnusableSettings,
                                   {"/m.pt", {}, {}, std::make_exception_ptr(nesterovWithoutMomentum())}, "");
    EXPECT_EQ(MnistMessages::problem(unusable).toStdString(),
              "/m.pt holds unusable settings: the Nesterov optimizer needs a momentum above 0: set one (for "
              "example 0.9), or choose SGD");
    // A model of other classes names both lists, in label order.
    CheckpointError::Facts classes{"/m.pt"};
    classes.savedClasses = {"circle", "triangle", "square"};
    classes.dataClasses = {"cat", "dog"};
    EXPECT_EQ(
        MnistMessages::problem(CheckpointError(CheckpointProblem::OtherClasses, classes, "")).toStdString(),
        "/m.pt was trained on 3 classes (circle, triangle, square), but this data set has 2 classes (cat, "
        "dog); open the data set it was trained on, or train a new model on this one");
    // Anything else keeps its own text.
    EXPECT_EQ(MnistMessages::problem(std::runtime_error("as it is")), QStringLiteral("as it is"));
}

TEST(MnistMessages, AGermanWindowWordsEveryProblemInGermanWithGermanNumbers) {
    const InstalledLanguage german(QStringLiteral("de"), QLocale::c());
    const QString nesterov = MnistMessages::problem(nesterovWithoutMomentum());
    EXPECT_TRUE(nesterov.contains(QStringLiteral("0,9"))) << nesterov.toStdString();
    EXPECT_TRUE(nesterov.contains(QStringLiteral("Nesterov"))) << nesterov.toStdString();
    const QString batch = MnistMessages::problem(batchSizeOf("0"));
    EXPECT_TRUE(batch.startsWith(QStringLiteral("Batchgröße"))) << batch.toStdString();
    TrainConfig config;
    const QString rate = MnistMessages::problem(
        thrownBy<RecipeError>([&] { setFromText(trainField("learning_rate"), config, "-1"); }));
    EXPECT_TRUE(rate.contains(QStringLiteral("(0; ")))
        << "an interval with a decimal comma: " << rate.toStdString();
}

// Every checkpoint problem has a German sentence of its own: none falls back to the English wording.
TEST(MnistMessages, EveryCheckpointProblemHasAGermanSentence) {
    for (int k = 0; k <= static_cast<int>(CheckpointProblem::OtherClasses); ++k) { // the last
        const CheckpointError error(static_cast<CheckpointProblem>(k), {"/m.pt", "why", "v"}, "english");
        const QString englishText = MnistMessages::problem(error); // no translation installed
        const InstalledLanguage german(QStringLiteral("de"), QLocale::c());
        const QString germanText = MnistMessages::problem(error);
        EXPECT_NE(germanText, englishText) << "checkpoint problem " << k;
        EXPECT_TRUE(germanText.contains(QStringLiteral("/m.pt")) ||
                    error.problem() == CheckpointProblem::NotFinite)
            << "checkpoint problem " << k << ": " << germanText.toStdString();
    }
}

TEST(MnistMessages, AGermanWindowWordsADamagedFileAndAMissingGpuInGerman) {
    const InstalledLanguage de(QStringLiteral("de"), QLocale::c());
    const QString idx = MnistMessages::problem(
        IdxError(IdxProblem::Damaged, "/d/train-images-idx3-ubyte", "truncated", "english"));
    EXPECT_TRUE(idx.contains(QStringLiteral("/d/train-images-idx3-ubyte"))) << idx.toStdString();
    EXPECT_TRUE(idx.contains(QStringLiteral("beschädigt"))) << idx.toStdString();
    const QString cuda = MnistMessages::problem(NoCudaError("english"));
    EXPECT_TRUE(cuda.contains(QStringLiteral("CUDA"))) << cuda.toStdString();
    EXPECT_FALSE(cuda.contains(QStringLiteral("training on a GPU"))) << cuda.toStdString();
}

// A file that cannot be read is no damaged file, and two files that do not belong together are worded
// with both counts, in the window's digit groups.
TEST(MnistMessages, AnUnreadableFileAndMismatchedFilesAreWordedAsWhatTheyAre) {
    const InstalledLanguage german(QStringLiteral("de"), QLocale::c());
    const QString unreadable =
        MnistMessages::problem(IdxError(IdxProblem::Unreadable, "/d/x", "Permission denied", "english"));
    EXPECT_TRUE(unreadable.contains(QStringLiteral("Permission denied"))) << unreadable.toStdString();
    EXPECT_FALSE(unreadable.contains(QStringLiteral("beschädigt"))) << unreadable.toStdString();
    const QString mismatch = MnistMessages::problem(
        IdxError(IdxProblem::Mismatch, "/d/images", "/d/labels", "english", 60000, 10000));
    EXPECT_TRUE(mismatch.contains(QStringLiteral("60.000"))) << mismatch.toStdString();
    EXPECT_TRUE(mismatch.contains(QStringLiteral("10.000"))) << mismatch.toStdString();
    EXPECT_TRUE(mismatch.contains(QStringLiteral("/d/labels"))) << mismatch.toStdString();
    // A refused recipe value is quoted as the window writes numbers.
    TrainConfig config;
    const QString rate = MnistMessages::problem(
        thrownBy<RecipeError>([&] { setFromText(trainField("learning_rate"), config, "15.5"); }));
    EXPECT_TRUE(rate.contains(QStringLiteral("„15,5“"))) << rate.toStdString();
}

// A refused data set: in English the window says what the core says (without the final period,
// like every sentence here); in German every kind of problem has its own sentence with the facts.
TEST(MnistMessages, ARefusedDataSetIsWordedWithItsFacts) {
    const DataSetError outside(DataSetProblem::LabelOutsideClasses, {"/d/train-labels", 5, 12000, 5, {}},
                               "english");
    const DataSetError empty(DataSetProblem::EmptyClass, {"/d/train-labels", 0, 0, 8, "zero"}, "english");
    const DataSetError duplicate("/d/classes.txt",
                                 ClassNamesError(ClassNamesProblem::Duplicate, 3, 3, "cat"));
    {
        const InstalledLanguage english(QStringLiteral("en"), QLocale::c());
        EXPECT_EQ(
            MnistMessages::problem(outside).toStdString(),
            "/d/train-labels: label 5 at index 12,000 has no class: classes.txt names 5 classes, for the "
            "labels 0 to 4; name every class in it, one per line");
        EXPECT_EQ(MnistMessages::problem(empty).toStdString(),
                  "/d/train-labels: no training image has label 0 (“zero”), so the network could never learn "
                  "it; add images of it, or leave its name out of classes.txt");
        EXPECT_EQ(
            MnistMessages::problem(duplicate).toStdString(),
            "/d/classes.txt: line 3: “cat” names an earlier class too; each class needs a name of its own");
    }
    // Each problem of a list of names has a German sentence of its own.
    for (int k = 0; k <= static_cast<int>(ClassNamesProblem::TooMany); ++k) {
        for (int count : {0, 1, 12}) {
            const ClassNamesError names(static_cast<ClassNamesProblem>(k), 2, count, "%1 cat");
            const QString englishText = MnistMessages::classNamesProblem(names); // no translation installed
            const InstalledLanguage german(QStringLiteral("de"), QLocale::c());
            const QString germanText = MnistMessages::classNamesProblem(names);
            EXPECT_NE(germanText, englishText) << "class names problem " << k << ", count " << count;
            // A name is quoted as it is, even one that looks like a placeholder.
            if (names.problem() == ClassNamesProblem::Duplicate) {
                EXPECT_TRUE(germanText.contains(QStringLiteral("„%1 cat“"))) << germanText.toStdString();
            }
        }
    }
    const InstalledLanguage german(QStringLiteral("de"), QLocale::c());
    EXPECT_TRUE(MnistMessages::problem(outside).contains(QStringLiteral("12.000")));
    EXPECT_TRUE(MnistMessages::problem(empty).contains(QStringLiteral("„zero“")))
        << MnistMessages::problem(empty).toStdString();
    EXPECT_FALSE(MnistMessages::problem(empty).contains(QStringLiteral("training image")));
}

} // namespace
} // namespace bplab::ui
