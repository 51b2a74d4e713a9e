#pragma once

#include "core/sheet/quiz/quiz.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bplab::ui {

class SheetDocument;

// "Predict, then reveal": while the quiz is on, the next cell is not evaluated until the student has
// typed a guess. The panel shows the cell's name and symbolic formula; Enter scores the guess, steps the
// sheet by that one cell and reveals the formula with numbers and the true value with ✓ or ✗. A running
// score per stage, and the attempts as CSV. Plain stepping is switched off meanwhile, so nothing
// reveals a cell without a guess.
class QuizPanel : public QWidget {
    Q_OBJECT
public:
    explicit QuizPanel(SheetDocument* document, QWidget* parent = nullptr);

    // Step cell, Step iteration, Play and Run to end: disabled while the quiz is on. Call once, after
    // the stepper that owns them is connected to the document (see the definition).
    void setSteppingActions(const QList<QAction*>& actions);

    QAction* quizModeAction() const { return m_mode; }
    QAction* exportCsvAction() const { return m_exportCsv; }
    QAction* exportPictureAction() const { return m_exportPicture; }
    bool isQuizOn() const;
    void setQuizOn(bool on);

    // Scores `text` against the next cell and reveals it; false (with a sentence in feedback(), and no
    // score) when the text is not a guess, the quiz is off, or the run has no next cell.
    bool submitGuess(const QString& text);

    const QuizScore& score() const { return m_score; }
    QLineEdit* guessBox() const { return m_guess; }
    QString question() const;
    QString feedback() const;
    QString scoreText() const;
    // Where the quiz stands, for the status bar.
    QString statusSentence() const;
    // The tolerance, as the panel states it.
    static QString toleranceSentence();

    bool exportCsv(const QString& path, QString* error) const;
    // The score card (ui/sheet/quiz/quiz_score_picture.h) as PNG, or SVG when the path ends in .svg.
    bool exportPicture(const QString& path, QSize size, QString* error) const;

Q_SIGNALS:
    void statusMessage(const QString& message);
    // The quiz evaluated a cell: the table scrolls to it.
    void stepped();
    // The quiz was switched on or off (the stepper should then follow the document again).
    void quizModeToggled(bool on);

private:
    void createLayout();
    void onModeToggled(bool on);
    void refreshQuestion();
    void refreshScore();
    void keepSteppingOff();
    void showProblem(const QString& sentence);
    void showFeedback(const QString& html); // hidden while empty
    void reveal(const QuizAttempt& attempt);

    SheetDocument* m_document;
    QList<QAction*> m_steppingActions;
    QAction* m_mode;
    QAction* m_exportCsv;
    QAction* m_exportPicture;
    QAction* m_clearScore;
    QLabel* m_question;
    QLineEdit* m_guess;
    QPushButton* m_check;
    QLabel* m_feedback;
    QLabel* m_scores;
    QuizScore m_score;
};

} // namespace bplab::ui
