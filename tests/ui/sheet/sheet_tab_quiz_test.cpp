// Predict, then reveal, on the sheet tab: the next cell stays hidden until a guess, Enter scores it
// and reveals the cell, bad guesses get a sentence and no score, the score per stage, the CSV.
#include "tests/ui/sheet/sheet_tab_fixture.h"

#include "ui/common/app_theme.h"
#include "ui/common/picture_look.h"

#include "ui/sheet/table/formula_bar.h"
#include "ui/sheet/values/learning_rate_control.h"
#include "ui/sheet/quiz/quiz_panel.h"
#include "ui/sheet/quiz/quiz_score_picture.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/table/stage_colors.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

namespace bplab::ui {
namespace {

class SheetTabQuizTest : public SheetTabTest {
protected:
    QuizPanel* quiz() const { return tab->quizPanel(); }
    long long evaluated() const { return tab->document()->sheet().evaluatedCellCount(); }
    // Puts `text` into the guess box and presses Enter, as a student does.
    void typeGuess(const QString& text) {
        QLineEdit* box = quiz()->guessBox();
        box->clear();
        box->setFocus();
        box->insert(text); // QTest::keyClicks types ASCII only, and "∞" is a guess to refuse
        QTest::keyClick(box, Qt::Key_Return);
    }
};

// The seed's first two cells by hand: h1 = 0.15·0.05 + 0.2·0.1 = 0.0275, h2 = 0.25·0.05 + 0.3·0.1 = 0.0425.
constexpr double kSeedH1 = 0.0275;
constexpr double kSeedH2 = 0.0425;

TEST_F(SheetTabQuizTest, QuizModeHidesTheNextCellAndStepsOnlyOnAGuess) {
    ASSERT_TRUE(tab->document()->sheet().atEnd()); // the seed sheet opens computed
    tab->quizAction()->trigger();
    ASSERT_TRUE(quiz()->isQuizOn());
    EXPECT_EQ(evaluated(), 0) << "a finished run starts over for the quiz";
    EXPECT_TRUE(quiz()->question().contains(QStringLiteral("h1")));
    EXPECT_TRUE(quiz()->question().contains(QStringLiteral("w1·i1 + w2·i2")))
        << quiz()->question().toStdString();
    // Plain stepping cannot reveal the cell: Space, F11, Play and Run to end are off.
    EXPECT_FALSE(tab->stepCellAction()->isEnabled());
    EXPECT_FALSE(tab->runToEndAction()->isEnabled());
    QTest::keyClick(tab.get(), Qt::Key_Space);
    QTest::keyClick(tab.get(), Qt::Key_F11);
    EXPECT_EQ(evaluated(), 0);
    // Reset keeps them off (the stepper enables Run to end again as the document changes), and so does
    // a visit to the other tab (the window switches the tab's actions off and on).
    tab->resetAction()->trigger();
    EXPECT_FALSE(tab->runToEndAction()->isEnabled());
    tab->setActionsEnabled(false);
    tab->setActionsEnabled(true);
    EXPECT_FALSE(tab->stepCellAction()->isEnabled());
    EXPECT_TRUE(tab->quizAction()->isEnabled());

    QSignalSpy messages(tab.get(), &BackpropSheetTab::statusMessage);
    typeGuess(QStringLiteral("0.0275"));
    EXPECT_EQ(evaluated(), 1);
    ASSERT_FALSE(messages.isEmpty()); // the status bar does not offer Space while it cannot step
    EXPECT_EQ(messages.last().first().toString(),
              QStringLiteral(
                  "Quiz: iteration 0, cell 2 of 27. Type your guess and press Enter; F9 ends the quiz."));
    ASSERT_EQ(quiz()->score().attempts().size(), 1u);
    const QuizAttempt& attempt = quiz()->score().attempts().front();
    EXPECT_TRUE(attempt.correct);
    EXPECT_EQ(attempt.value, tableValue(0, quantity::h1)); // the revealed value is the cell's
    EXPECT_DOUBLE_EQ(attempt.value, kSeedH1);
    EXPECT_TRUE(quiz()->feedback().contains(QStringLiteral("✓")));
    EXPECT_TRUE(quiz()->feedback().contains(QStringLiteral("0.15·0.05 + 0.2·0.1"))) // the numbers
        << quiz()->feedback().toStdString();
    EXPECT_TRUE(quiz()->question().contains(QStringLiteral("w3·i1 + w4·i2"))); // on to the next cell, h2
    EXPECT_TRUE(quiz()->guessBox()->text().isEmpty());

    tab->quizAction()->trigger(); // off: stepping is back
    EXPECT_TRUE(tab->stepCellAction()->isEnabled());
    EXPECT_TRUE(tab->runToEndAction()->isEnabled());
    QTest::keyClick(tab.get(), Qt::Key_Space);
    EXPECT_EQ(evaluated(), 2);
}

// Switching the quiz on starts a finished run over: the status bar says so, and the formula bar does
// not offer Space, which is off during the quiz.
TEST_F(SheetTabQuizTest, SwitchingOnSaysTheRunStartsOver) {
    QSignalSpy messages(tab.get(), &BackpropSheetTab::statusMessage);
    tab->quizAction()->trigger();
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_TRUE(messages.last().first().toString().startsWith(
        QStringLiteral("Quiz on: the run starts over from its first cell")))
        << messages.last().first().toString().toStdString();
    EXPECT_FALSE(tab->formulaBar()->plainText().contains(QStringLiteral("press Step cell")))
        << tab->formulaBar()->plainText().toStdString();
    EXPECT_TRUE(tab->formulaBar()->plainText().contains(QStringLiteral("in the quiz, your guess")));
    // Off and on again mid-run: nothing is discarded, and nothing is said about it.
    ASSERT_TRUE(quiz()->submitGuess(QStringLiteral("0.0275")));
    tab->quizAction()->trigger();
    tab->quizAction()->trigger();
    EXPECT_EQ(evaluated(), 1);
    EXPECT_TRUE(messages.last().first().toString().startsWith(QStringLiteral("Quiz on: type your guess")))
        << messages.last().first().toString().toStdString();
}

TEST_F(SheetTabQuizTest, AGuessJustOutsideTheToleranceIsWrong) {
    quiz()->setQuizOn(true);
    ASSERT_TRUE(quiz()->submitGuess(QString::number(kSeedH1 * 1.0101, 'g', 17))); // 1.01 % off
    EXPECT_FALSE(quiz()->score().attempts().back().correct);
    EXPECT_TRUE(quiz()->feedback().contains(QStringLiteral("✗")));
    ASSERT_TRUE(quiz()->submitGuess(QString::number(kSeedH2 * 1.0099, 'g', 17))); // 0.99 % off
    EXPECT_TRUE(quiz()->score().attempts().back().correct);
    EXPECT_EQ(quiz()->score().score(Stage::Forward).correct, 1);
    EXPECT_EQ(quiz()->score().score(Stage::Forward).attempts, 2);
    EXPECT_TRUE(quiz()->scoreText().contains(QStringLiteral("1/2"))) << quiz()->scoreText().toStdString();
}

TEST_F(SheetTabQuizTest, WhatIsNotAGuessGetsASentenceAndNoScore) {
    quiz()->setQuizOn(true);
    for (const QString& bad : {QString(), QStringLiteral("abc"), QStringLiteral("inf"), QStringLiteral("∞"),
                               QStringLiteral("nan"), QStringLiteral("0,5")}) {
        typeGuess(bad);
        EXPECT_EQ(evaluated(), 0) << bad.toStdString();
        EXPECT_TRUE(quiz()->score().attempts().empty()) << bad.toStdString();
        EXPECT_FALSE(quiz()->feedback().isEmpty()) << bad.toStdString();
        EXPECT_EQ(quiz()->guessBox()->text(), bad) << "the typed text stays, to be corrected";
    }
    EXPECT_TRUE(quiz()->feedback().contains(QStringLiteral("point"))); // "0,5"
    EXPECT_FALSE(quiz()->submitGuess(QStringLiteral("nan")));
}

// A German window writes 0,0275: a guess typed with its decimal comma counts, and the box's example
// shows one. (The point of the files counts too.)
TEST_F(SheetTabQuizTest, AGermanWindowTakesAGuessWithADecimalComma) {
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    quiz()->setQuizOn(true);
    const bool commaTaken = quiz()->submitGuess(QStringLiteral("0,0275")); // h1, by hand above
    const QString rightFeedback = quiz()->feedback();
    const bool pointTaken = quiz()->submitGuess(QStringLiteral("0.0425")); // h2
    quiz()->submitGuess(QStringLiteral("0,5")); // a_h1 = σ(0.0275) ≈ 0.506875: off by about 0.00687
    const QString wrongFeedback = quiz()->feedback();
    const QuizPanel german(tab->document());
    const QString example = german.guessBox()->placeholderText();
    const QString tolerance = QuizPanel::toleranceSentence();
    QLocale::setDefault(before);
    EXPECT_TRUE(commaTaken);
    EXPECT_TRUE(pointTaken);
    ASSERT_EQ(quiz()->score().attempts().size(), 3u);
    EXPECT_EQ(quiz()->score().attempts().front().guess, kSeedH1);
    EXPECT_EQ(quiz()->score().total().correct, 2);
    EXPECT_EQ(example, QStringLiteral("your guess, e.g. 0,5932"));
    // What the reveal shows is in German numbers too, the formula with numbers included, as in the
    // formula bar above it: the guess, the distance, the tolerance and the value.
    const QRegularExpression pointBetweenDigits(QStringLiteral("\\d\\.\\d"));
    for (const QString& text : {rightFeedback, wrongFeedback, tolerance})
        EXPECT_FALSE(text.contains(pointBetweenDigits)) << text.toStdString();
    EXPECT_TRUE(rightFeedback.contains(QStringLiteral("0,15·0,05 + 0,2·0,1"))) << rightFeedback.toStdString();
    EXPECT_TRUE(rightFeedback.contains(QStringLiteral("0,0275"))) << rightFeedback.toStdString();
    EXPECT_TRUE(wrongFeedback.contains(QStringLiteral("off by 0,00687"))) << wrongFeedback.toStdString();
    EXPECT_TRUE(tolerance.contains(QStringLiteral("0,000001"))) << tolerance.toStdString();
}

TEST_F(SheetTabQuizTest, AWholeIterationOfAnyNetworkScoresPerStage) {
    // tanh at η = 2: each guess is the value a second, independent sheet computes.
    setActivation(Activation::Tanh);
    tab->inputsPanel()->learningRateControl()->setLearningRate(2.0);
    SheetInputs inputs = tab->document()->inputs();
    BackpropSheet reference(inputs, 1);
    reference.runToEnd();
    quiz()->setQuizOn(true);
    for (int cell = 0; cell < reference.cellCount(); ++cell) {
        const int q = reference.cells()[static_cast<std::size_t>(cell)].quantity;
        ASSERT_TRUE(
            quiz()->submitGuess(QString::number(reference.row(0)[static_cast<std::size_t>(q)], 'g', 17)));
        EXPECT_EQ(quiz()->score().attempts().back().value, tableValue(0, q));
    }
    EXPECT_EQ(quiz()->score().score(Stage::Forward).correct, 8);
    EXPECT_EQ(quiz()->score().score(Stage::Loss).correct, 3);
    EXPECT_EQ(quiz()->score().score(Stage::Gradient).correct, 8);
    EXPECT_EQ(quiz()->score().score(Stage::Update).correct, 8);
    EXPECT_EQ(quiz()->score().total().attempts, 27);
}

TEST_F(SheetTabQuizTest, ACellThatDivergesIsRevealedButNotScored) {
    setActivation(Activation::Identity);
    tab->inputsPanel()->learningRateControl()->setLearningRate(50.0); // diverges within a few rows
    quiz()->setQuizOn(true);
    BackpropSheet reference(tab->document()->inputs(), 100); // the same run, stepped alongside
    while (const auto next = nextCell(tab->document()->sheet())) {
        reference.stepCell();
        const int q = reference.cells()[static_cast<std::size_t>(next->cell)].quantity;
        const double value = reference.row(next->iteration)[static_cast<std::size_t>(q)];
        // At the diverging cell the student still types a number (∞ itself is refused as a guess).
        if (!quiz()->submitGuess(std::isfinite(value) ? QString::number(value, 'g', 17)
                                                      : QStringLiteral("1e300")))
            break;
    }
    ASSERT_TRUE(tab->document()->sheet().divergedAt());
    EXPECT_TRUE(quiz()->feedback().contains(QStringLiteral("diverged here, and nothing was scored")))
        << quiz()->feedback().toStdString();
    // Every cell before the divergence was scored, right; the diverged one was not.
    EXPECT_EQ(quiz()->score().total().attempts, tab->document()->sheet().evaluatedCellCount() - 1);
    EXPECT_EQ(quiz()->score().total().correct, quiz()->score().total().attempts);
    EXPECT_FALSE(quiz()->guessBox()->isEnabled()); // nothing left to guess until a reset
}

TEST_F(SheetTabQuizTest, ACellThatCannotBeComputedIsNotScored) {
    // Cross-entropy of an identity output at 1.4: w5 = w6 = 20 give o1 = 20·0.0275 + 20·0.0425 = 1.4.
    SheetInputs inputs = tab->document()->inputs();
    inputs.activation = Activation::Identity;
    inputs.loss = Loss::CrossEntropy;
    inputs.weights[4] = inputs.weights[5] = 20.0;
    ASSERT_TRUE(tab->document()->setInputs(inputs));
    quiz()->setQuizOn(true);
    for (int cell = 0; cell < 8; ++cell) ASSERT_TRUE(quiz()->submitGuess(QStringLiteral("1"))); // h1 … a_o2
    EXPECT_FALSE(quiz()->submitGuess(QStringLiteral("0.5")));                                   // E1
    EXPECT_TRUE(quiz()->feedback().contains(QStringLiteral("cannot be computed")))
        << quiz()->feedback().toStdString();
    EXPECT_EQ(quiz()->score().total().attempts, 8);
}

TEST_F(SheetTabQuizTest, ExportsTheAttemptsAsCsv) {
    quiz()->setQuizOn(true);
    ASSERT_TRUE(quiz()->submitGuess(QStringLiteral("0.03")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("quiz.csv"));
    QString error;
    ASSERT_TRUE(quiz()->exportCsv(path, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()),
              QStringLiteral("iteration,cell,quantity,stage,guess,true_value,correct\n"
                             "0,1,h1,forward,0.029999999999999999,%1,no\n")
                  .arg(QString::number(tableValue(0, quantity::h1), 'g', 17)));
    EXPECT_FALSE(quiz()->exportCsv(QStringLiteral("/nonexistent-folder/quiz.csv"), &error));
    EXPECT_FALSE(error.isEmpty());
}

// The score card: the filled part of a stage's bar is its share of right guesses, measured on the
// exported picture's pixels.
TEST_F(SheetTabQuizTest, ExportsTheScoreAsAPictureWhoseBarsAreTheShares) {
    quiz()->setQuizOn(true);
    ASSERT_TRUE(quiz()->submitGuess(QString::number(kSeedH1)));
    ASSERT_TRUE(quiz()->submitGuess(QString::number(kSeedH2)));
    ASSERT_TRUE(quiz()->submitGuess(QStringLiteral("0.9"))); // wrong
    ASSERT_EQ(quiz()->score().score(Stage::Forward).attempts, 3);
    ASSERT_EQ(quiz()->score().score(Stage::Forward).correct, 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("score.png"));
    const QSize size(900, 500);
    QString error;
    ASSERT_TRUE(quiz()->exportPicture(path, size, &error)) << error.toStdString();
    const QImage image(path);
    ASSERT_EQ(image.size(), size);
    const QuizScoreBar bar = quizScoreBar(size);
    // The longest run of a colour along any row, inside the bars' span.
    const auto filledWidth = [&](const QColor& color) {
        int longest = 0;
        for (int y = 0; y < image.height(); ++y) {
            int run = 0;
            for (int x = static_cast<int>(bar.left); x < static_cast<int>(bar.left + bar.width); ++x) {
                const QColor c = image.pixelColor(x, y);
                const bool same = std::abs(c.red() - color.red()) <= 8 &&
                                  std::abs(c.green() - color.green()) <= 8 &&
                                  std::abs(c.blue() - color.blue()) <= 8;
                run = same ? run + 1 : 0;
                longest = std::max(longest, run);
            }
        }
        return longest;
    };
    EXPECT_NEAR(filledWidth(stageColor(Stage::Forward)), bar.width * 2.0 / 3.0, 2.0);
    EXPECT_EQ(filledWidth(stageColor(Stage::Loss)), 0) << "no guess at the loss yet: an empty bar";
    EXPECT_NEAR(filledWidth(QColor(Qt::black)), bar.width * 2.0 / 3.0, 2.0) << "the total";
    EXPECT_FALSE(quiz()->exportPicture(QStringLiteral("/nonexistent-folder/score.png"), size, &error));
    EXPECT_FALSE(error.isEmpty());
}

// Asked for the window's colours (the export dialog's box), the score card of a dark window is dark:
// the card in the palette's base, the total's bar in its text colour, a stage's in its dark-theme hue.
TEST_F(SheetTabQuizTest, TheScorePictureTakesTheWindowsColoursWhenAsked) {
    tab->setPalette(darkPalette());
    quiz()->setQuizOn(true);
    ASSERT_TRUE(quiz()->submitGuess(QString::number(kSeedH1)));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("score.png"));
    const QSize size(900, 500);
    QString error;
    {
        const ScopedPictureLook look(tab.get(), PictureLook::Window);
        ASSERT_TRUE(quiz()->exportPicture(path, size, &error)) << error.toStdString();
    }
    const QImage image(path);
    ASSERT_EQ(image.size(), size);
    EXPECT_EQ(image.pixelColor(2, 2), darkPalette().color(QPalette::Base));
    const QuizScoreBar bar = quizScoreBar(size);
    const auto barHasColour = [&](const QColor& color) {
        for (int y = 0; y < image.height(); ++y)
            if (image.pixelColor(static_cast<int>(bar.left + bar.width / 2), y) == color) return true;
        return false;
    };
    EXPECT_TRUE(barHasColour(darkPalette().color(QPalette::Text))) << "the total's bar, all right";
    EXPECT_TRUE(barHasColour(stageColor(Stage::Forward, darkPalette()))) << "the forward pass's bar";
}

TEST_F(SheetTabQuizTest, StatesItsTolerance) {
    EXPECT_EQ(QuizPanel::toleranceSentence(),
              QStringLiteral(
                  "A guess counts when it is within 1 % of the true value (or within 0.000001 of it when "
                  "the value is that close to 0). An updated weight w′ = w − η·∂E/∂w (or b′) counts on its "
                  "step: your w′ − w must be within 1 % of the true step (or within 0.000001), so the old w "
                  "does not pass."));
}

// The classic worked example's w5′ = 0.4 − 0.5·0.082167041 = 0.358916479 (Mazur): typing the old w5,
// is wrong; so is a step 5 % off (0.0021 from w6′, inside 1 % of it); a step 0.99 % off is right.
TEST_F(SheetTabQuizTest, AnUpdateCellIsScoredOnItsStep) {
    tab->workedExampleAction()->trigger();
    quiz()->setQuizOn(true);
    const BackpropSheet& sheet = tab->document()->sheet();
    const int w5New = sheet.cellOfQuantity(quantity::w1_new + 4);
    for (int cell = 0; cell < w5New; ++cell) ASSERT_TRUE(quiz()->submitGuess(QStringLiteral("0")));
    ASSERT_TRUE(quiz()->submitGuess(QStringLiteral("0.4")));
    EXPECT_FALSE(quiz()->score().attempts().back().correct) << "the old weight is not the new one";
    EXPECT_TRUE(quiz()->feedback().contains(QStringLiteral("Scored on the step from w5 = 0.4")))
        << quiz()->feedback().toStdString();
    EXPECT_TRUE(quiz()->feedback().contains(QStringLiteral("yours 0, the true one −0.0411")))
        << quiz()->feedback().toStdString();
    // w6′ = 0.45 − 0.5·0.082667628 (Mazur's ∂E/∂w6), guessed with its step 5 % too long.
    ASSERT_TRUE(quiz()->submitGuess(QString::number(0.45 - 0.5 * 0.082667628 * 1.05, 'g', 17)));
    EXPECT_FALSE(quiz()->score().attempts().back().correct);
    // w7′ = 0.5 − 0.5·(−0.022602540) (Mazur's ∂E/∂w7) = 0.51130127, guessed with its step 0.99 % too long.
    ASSERT_TRUE(quiz()->submitGuess(QString::number(0.5 + 0.5 * 0.022602540 * 1.0099, 'g', 17)));
    EXPECT_TRUE(quiz()->score().attempts().back().correct) << quiz()->feedback().toStdString();
}

} // namespace
} // namespace bplab::ui
