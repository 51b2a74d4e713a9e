#pragma once

#include "core/sheet/quiz/quiz.h"

#include <QPalette>
#include <QSize>

class QPainter;

namespace bplab::ui {

// The quiz's score card as a picture a student can hand in: one row per stage (forward pass, loss,
// gradients, weight update) and the total, each a bar whose filled part in the stage's colour is the
// share of right guesses, with "correct/attempts" beside it. A stage with no attempt has an empty
// bar and says so. In `palette`'s colours (an export's picturePalette: light unless asked).
void paintQuizScore(QPainter& painter, QSize size, const QuizScore& score, const QPalette& palette);

// The bar of a row: where it sits in a picture of `size`, and its filled width for `stage`, so a test
// can check the picture against the score.
struct QuizScoreBar {
    double left = 0.0;
    double width = 0.0; // of the whole bar; the filled part is width · correct / attempts
};
QuizScoreBar quizScoreBar(QSize size);

} // namespace bplab::ui
