// The sheet engines' sentences as the window words them: from the values the core returns, in the
// window's language, numbers in its locale; in English they say what the command line and files say.
#include "ui/sheet/sheet_messages.h"

#include "core/sheet/backprop_sheet.h"
#include "core/sheet/lessons/scenario.h"
#include "core/sheet/sheet_inputs.h"
#include "core/sheet/training_set/training_set_csv.h"
#include "ui/common/app_language.h"

#include <QLocale>

#include <gtest/gtest.h>

#include <string>

namespace bplab::ui {
namespace {

// Sets the default locale for one test, and puts the one before back.
class DefaultLocale {
public:
    explicit DefaultLocale(const QLocale& locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_before); }
    DefaultLocale(const DefaultLocale&) = delete;
    DefaultLocale& operator=(const DefaultLocale&) = delete;

private:
    QLocale m_before;
};

// The InputError a training set's CSV text raises.
InputError csvError(const std::string& text) {
    try {
        readTrainingSetCsv(text);
    } catch (const InputError& error) {
        return error;
    }
    ADD_FAILURE() << "no error for: " << text;
    return InputError(InputProblem::CsvEmptyFile, {}, "");
}

// A sheet whose sigmoid output saturates: o1 = 100·a_h1 + 100·a_h2 ≈ 101, σ(101) is 1 exactly.
RunStop saturatedCrossEntropy() {
    SheetInputs inputs;
    inputs.loss = Loss::CrossEntropy;
    inputs.weights[4] = inputs.weights[5] = 100.0;
    BackpropSheet sheet(inputs, 5);
    sheet.runToEnd();
    return sheet.runStop();
}

TEST(SheetMessages, AGuessProblemSaysWhatIsWrongAndQuotesTheText) {
    const DefaultLocale english(QLocale::c());
    EXPECT_EQ(SheetMessages::guessProblem(parseGuess("")),
              QStringLiteral("Type a number first, e.g. 0.5932, then press Enter."));
    EXPECT_EQ(
        SheetMessages::guessProblem(parseGuess(" 0.5x ")),
        QStringLiteral("'0.5x' is not a number. Type digits with a decimal point, e.g. 0.5932 or 7.2e-2."));
    EXPECT_EQ(SheetMessages::guessProblem(parseGuess("0,5")),
              QStringLiteral("'0,5' uses a comma: write the decimal point as a point, e.g. 0.25."));
    EXPECT_TRUE(SheetMessages::guessProblem(parseGuess("inf")).startsWith(QStringLiteral("Infinity")));
    EXPECT_TRUE(SheetMessages::guessProblem(parseGuess("nan")).startsWith(QStringLiteral("NaN")));
    EXPECT_TRUE(SheetMessages::guessProblem(parseGuess("1e999")).contains(QStringLiteral("too large")));
    EXPECT_TRUE(SheetMessages::guessProblem(parseGuess("0.5")).isEmpty());
}

TEST(SheetMessages, AGuessProblemsExamplesFollowTheLocale) {
    const DefaultLocale german(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_TRUE(SheetMessages::guessProblem(parseGuess("")).contains(QStringLiteral("0,5932")));
    EXPECT_TRUE(SheetMessages::guessProblem(parseGuess("abc")).contains(QStringLiteral("7,2e-2")));
}

TEST(SheetMessages, InEnglishAStopReasonSaysWhatTheCommandLineSays) {
    const DefaultLocale english(QLocale::c());
    RunStop diverged;
    diverged.iteration = 162;
    EXPECT_EQ(SheetMessages::stopReason(diverged), QString::fromStdString(englishStopReason(diverged)));
    const RunStop saturated = saturatedCrossEntropy();
    ASSERT_TRUE(saturated.refusal);
    EXPECT_EQ(SheetMessages::stopReason(saturated), QString::fromStdString(englishStopReason(saturated)));
    for (const Activation activation : {Activation::Identity, Activation::Tanh, Activation::Relu}) {
        RunStop refused;
        refused.iteration = 0;
        refused.refusal = LossRefusal{"a_o2", -0.004125, activation};
        EXPECT_EQ(SheetMessages::stopReason(refused), QString::fromStdString(englishStopReason(refused)))
            << activationName(activation);
    }
    EXPECT_TRUE(SheetMessages::stopReason(RunStop{}).isEmpty()); // not stopped
}

TEST(SheetMessages, InEnglishARefusedValueOrFileSaysWhatTheCommandLineSays) {
    const DefaultLocale english(QLocale::c());
    // Every training-set CSV problem, from a file that has it.
    for (const std::string& text :
         {std::string(), std::string("i1,t1\n"), std::string("i1,x1\n0,1\n"), std::string("i1;t1\n"),
          std::string("t1,i1\n"), std::string("i1,i2,i3,i4,i5,t1\n"), std::string("i2,t1\n"),
          std::string("i1,i2\n"), std::string("i1,t1\n1,2,3\n"), std::string("i1,t1\n1\n"),
          std::string("i1,t1\n,1\n"), std::string("i1,t1\n1e999,1\n"), std::string("i1,t1\n0.5x,1\n"),
          std::string("i1,t1\nnan,1\n")}) {
        const InputError error = csvError(text);
        EXPECT_EQ(SheetMessages::inputProblem(error), QString::fromStdString(error.what())) << text;
    }
    // Values a student types, and a lesson's.
    SheetInputs inputs;
    inputs.loss = Loss::CrossEntropy;
    inputs.t1 = 1.5;
    try {
        validate(inputs);
        ADD_FAILURE() << "a target of 1.5 under cross-entropy";
    } catch (const InputError& error) {
        EXPECT_EQ(error.problem(), InputProblem::CrossEntropyTarget);
        EXPECT_EQ(SheetMessages::inputProblem(error), QString::fromStdString(error.what()));
    }
    Scenario lesson;
    lesson.title = "A lesson";
    lesson.iterations = 0;
    try {
        validate(lesson);
        ADD_FAILURE() << "0 iterations";
    } catch (const InputError& error) {
        EXPECT_EQ(error.problem(), InputProblem::IterationsOutOfRange);
        EXPECT_EQ(SheetMessages::inputProblem(error), QString::fromStdString(error.what()));
    }
    // Any other error keeps its own text.
    EXPECT_EQ(SheetMessages::inputProblem(std::invalid_argument("as it is")), QStringLiteral("as it is"));
}

TEST(SheetMessages, AGermanWindowWordsThemInGermanWithGermanNumbers) {
    const InstalledLanguage german(QStringLiteral("de"), QLocale::c());
    EXPECT_EQ(SheetMessages::guessProblem(parseGuess("")).toStdString(),
              "Geben Sie zuerst eine Zahl ein, z. B. 0,5932, und drücken Sie dann Enter.");
    const QString stop = SheetMessages::stopReason(saturatedCrossEntropy());
    EXPECT_TRUE(stop.startsWith(QStringLiteral("Kreuzentropie braucht 0 < a_o1 < 1"))) << stop.toStdString();
    // The file's own text is quoted as it is: its "0.5x" keeps the point.
    EXPECT_EQ(SheetMessages::inputProblem(csvError("i1,t1\n0.5x,1\n")).toStdString(),
              "Zeile 2, Spalte 1 (i1): '0.5x' ist keine Zahl");
}

} // namespace
} // namespace bplab::ui
