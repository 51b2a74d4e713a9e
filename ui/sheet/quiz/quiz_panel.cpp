#include "ui/sheet/quiz/quiz_panel.h"
#include "ui/common/palette_colors.h"

#include "ui/charts/picture_export.h"
#include "ui/common/export_flow.h"
#include "ui/common/file_writing.h"
#include "ui/common/locale_numbers.h"
#include "ui/common/picture_look.h"
#include "ui/common/widget_helpers.h"
#include "ui/sheet/quiz/quiz_score_picture.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/sheet_messages.h"
#include "ui/sheet/table/stage_colors.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QToolBar>

#include <cmath>
#include <sstream>

namespace bplab::ui {

namespace {
QString label(const SheetEngine& sheet, int quantity) {
    return QString::fromStdString(sheet.labelOf(quantity));
}
QString quizNumber(double value) {
    if (std::isnan(value)) return QStringLiteral("NaN");
    if (std::isinf(value)) return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return localSignedNumber(value, 6);
}
// A distance or a tolerance: three digits say enough.
QString roughly(double value) { return localSignedNumber(value, 3); }
QString colored(Stage stage, const QString& text) {
    return QStringLiteral("<b style='color:%1'>%2</b>").arg(stageColor(stage).name(), text.toHtmlEscaped());
}
} // namespace

QuizPanel::QuizPanel(SheetDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_mode(makeAction(tr("Predict-then-reveal &quiz"),
                        tr("Guess each cell before the sheet computes it, then see the formula with numbers "
                           "and your score (F9)"),
                        {Qt::Key_F9}, this))
    , m_exportCsv(
          makeAction(tr("Export quiz as CSV…"), tr("Save every guess with the true value as CSV"), {}, this))
    , m_exportPicture(makeAction(tr("Export quiz score picture…"),
                                 tr("Save the score per stage as a picture (PNG or SVG)"), {}, this))
    , m_clearScore(makeAction(tr("Clear score"), tr("Forget the guesses so far"), {}, this))
    , m_question(new QLabel(this))
    , m_guess(new QLineEdit(this))
    , m_check(new QPushButton(tr("Check"), this))
    , m_feedback(new QLabel(this))
    , m_scores(new QLabel(this)) {
    m_mode->setCheckable(true);
    createLayout();
    connect(m_mode, &QAction::toggled, this, &QuizPanel::onModeToggled);
    connect(m_guess, &QLineEdit::returnPressed, this, [this] { submitGuess(m_guess->text()); });
    connect(m_check, &QPushButton::clicked, this, [this] { submitGuess(m_guess->text()); });
    connect(m_clearScore, &QAction::triggered, this, [this] {
        m_score.clear();
        refreshScore();
    });
    connect(m_exportCsv, &QAction::triggered, this, [this] {
        const QString message = askAndSaveFile(
            this, tr("Export quiz as CSV"), QStringLiteral("quiz.csv"), tr("CSV files (*.csv)"),
            [this](const QString& path, QString* error) { return exportCsv(path, error); },
            tr("Quiz saved to %1"));
        if (!message.isEmpty()) Q_EMIT statusMessage(message);
    });
    connect(m_exportPicture, &QAction::triggered, this, [this] {
        const QString message = askAndExportChart(this, QStringLiteral("quiz-score.png"),
                                                  [this](const QString& path, QSize size, QString* error) {
                                                      return exportPicture(path, size, error);
                                                  });
        if (!message.isEmpty()) Q_EMIT statusMessage(message);
    });
    connect(document, &SheetDocument::changed, this, &QuizPanel::refreshQuestion);
    refreshQuestion();
    refreshScore();
}

void QuizPanel::createLayout() {
    auto* toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_mode);
    toolBar->addAction(m_clearScore);
    toolBar->addAction(m_exportCsv);
    m_exportPicture->setIconText(tr("Export picture…"));
    toolBar->addAction(m_exportPicture);
    auto* tolerance = new QLabel(toleranceSentence(), this);
    tolerance->setWordWrap(true);
    m_question->setTextFormat(Qt::RichText);
    m_question->setWordWrap(true);
    m_feedback->setTextFormat(Qt::RichText);
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Hidden until there is feedback: an empty selectable label is a nameless stop for a screen reader.
    m_feedback->hide();
    m_scores->setTextFormat(Qt::RichText);
    m_scores->setWordWrap(true); // a line per stage where the pane is narrow (long in German)
    m_guess->setPlaceholderText(tr("your guess, e.g. %1").arg(withLocaleDecimals(QStringLiteral("0.5932"))));
    m_guess->setToolTip(tr("Type what you expect the cell to be and press Enter"));
    m_guess->setAccessibleName(tr("Your guess"));
    m_check->setToolTip(tr("Score the guess, compute the cell and show its formula with numbers (Enter)"));

    auto* guessRow = new QHBoxLayout;
    guessRow->addWidget(m_guess, 1);
    guessRow->addWidget(m_check);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addWidget(toolBar);
    layout->addWidget(tolerance);
    layout->addWidget(m_question);
    layout->addLayout(guessRow);
    layout->addWidget(m_feedback);
    layout->addWidget(m_scores);
    layout->addStretch(1);
}

QString QuizPanel::toleranceSentence() {
    return tr("A guess counts when it is within %1 % of the true value (or within %2 of it when the value "
              "is that close to 0). An updated weight w′ = w − η·∂E/∂w (or b′) counts on its step: your "
              "w′ − w must be within %1 % of the true step (or within %2), so the old w does not pass.")
        .arg(localNumber(kQuizRelativeTolerance * 100), localFixed(kQuizAbsoluteTolerance, 6));
}

void QuizPanel::setSteppingActions(const QList<QAction*>& actions) {
    m_steppingActions = actions;
    // The stepper enables Run to end again whenever the document changes (a reset): connected after
    // it, this runs later and switches stepping off again while the quiz is on.
    connect(m_document, &SheetDocument::changed, this, &QuizPanel::keepSteppingOff);
}

bool QuizPanel::isQuizOn() const { return m_mode->isChecked(); }
void QuizPanel::setQuizOn(bool on) { m_mode->setChecked(on); }
QString QuizPanel::question() const { return m_question->text(); }
QString QuizPanel::feedback() const { return m_feedback->text(); }

void QuizPanel::showFeedback(const QString& html) {
    m_feedback->setText(html);
    m_feedback->setVisible(!html.isEmpty());
}
QString QuizPanel::scoreText() const { return m_scores->text(); }

QString QuizPanel::statusSentence() const {
    const auto next = nextCell(m_document->engine());
    if (!next) return tr("Quiz: the run is complete. Reset (Ctrl+R) starts it over; F9 ends the quiz.");
    return tr("Quiz: iteration %1, cell %2 of %3. Type your guess and press Enter; F9 ends the quiz.")
        .arg(next->iteration)
        .arg(next->cell + 1)
        .arg(m_document->engine().cellCount());
}

void QuizPanel::onModeToggled(bool on) {
    // A finished run has no next cell: the quiz starts it over, as Step does. The other views then show
    // only what the guesses have computed, so the status bar says so (kept: the quiz is about the cells
    // not yet seen, and the whole run is one Run to end away after the quiz).
    const bool startsOver = on && !nextCell(m_document->engine());
    if (startsOver) m_document->reset();
    for (QAction* action : m_steppingActions) action->setEnabled(!on);
    showFeedback({});
    refreshQuestion();
    if (on) m_guess->setFocus();
    Q_EMIT quizModeToggled(on);
    const QString onSentence =
        startsOver ? tr("Quiz on: the run starts over from its first cell, so the chart and the other views "
                        "fill as you guess. Type your guess for the next cell and press Enter; stepping is "
                        "off until you switch the quiz off (F9).")
                   : tr("Quiz on: type your guess for the next cell and press Enter. Stepping is off until "
                        "you switch the quiz off (F9).");
    Q_EMIT statusMessage(on ? onSentence : tr("Quiz off: Space steps the sheet again."));
}

void QuizPanel::keepSteppingOff() {
    if (isQuizOn()) {
        for (QAction* action : m_steppingActions) action->setEnabled(false);
    }
}

void QuizPanel::refreshQuestion() {
    const SheetEngine& sheet = m_document->engine();
    const auto next = nextCell(sheet);
    m_guess->setEnabled(isQuizOn() && next.has_value());
    m_check->setEnabled(m_guess->isEnabled());
    if (!isQuizOn()) {
        m_question->setText(tr("Switch the quiz on (F9) to predict each cell before the sheet computes it."));
    } else if (!next) {
        m_question->setText(tr("The run is complete (or stopped): Reset (Ctrl+R) starts it over for more."));
    } else {
        const int quantity = sheet.quantityOfCell(next->cell);
        m_question->setText(tr("Iteration %1, next cell: %2 = %3 = <b>?</b>")
                                .arg(next->iteration)
                                .arg(colored(sheet.stageOf(quantity), label(sheet, quantity)),
                                     QString::fromStdString(sheet.formula(next->cell)).toHtmlEscaped()));
    }
}

void QuizPanel::refreshScore() {
    QStringList parts;
    for (Stage stage : kQuizStages) {
        const StageScore s = m_score.score(stage);
        parts << QStringLiteral("%1 %2/%3")
                     .arg(colored(stage, stageName(stage)))
                     .arg(s.correct)
                     .arg(s.attempts);
    }
    const StageScore total = m_score.total();
    parts << tr("<b>Total %1/%2</b>").arg(total.correct).arg(total.attempts);
    m_scores->setText(tr("Score: %1").arg(parts.join(QStringLiteral(" · "))));
}

void QuizPanel::showProblem(const QString& sentence) {
    showFeedback(
        QStringLiteral("<span style='color:%1'>%2</span>")
            .arg(readableOn(alertHue(), palette().color(QPalette::Window)).name(), sentence.toHtmlEscaped()));
    Q_EMIT statusMessage(sentence);
}

bool QuizPanel::submitGuess(const QString& text) {
    if (!isQuizOn()) {
        showProblem(tr("Switch the quiz on (F9) first."));
        return false;
    }
    // The window's decimal mark counts (0,5932 in German), as its numbers show it.
    const ParsedGuess parsed = parseGuess(text.toStdString(), QLocale().decimalPoint().toStdString());
    if (!parsed.value) {
        showProblem(SheetMessages::guessProblem(parsed)); // the text stays, to be corrected
        return false;
    }
    const auto next = nextCell(m_document->engine());
    if (!next) {
        showProblem(tr("The run is complete: press Reset (Ctrl+R) to start it over."));
        return false;
    }
    m_document->stepCell();
    const SheetEngine& sheet = m_document->engine();
    if (!sheet.isEvaluated(next->iteration, next->cell)) { // the run stopped before this cell
        showProblem(tr("This cell cannot be computed: %1. Nothing was scored.")
                        .arg(SheetMessages::stopReason(sheet.runStop())));
        return false;
    }
    const int quantity = sheet.quantityOfCell(next->cell);
    const double value = sheet.value(next->iteration, quantity);
    if (!std::isfinite(value)) { // no guess can be near it: the run diverged at this cell
        showProblem(tr("%1 became %2: the run diverged here, and nothing was scored. Try a smaller η and "
                       "Reset (Ctrl+R).")
                        .arg(label(sheet, quantity), quizNumber(value)));
        return false;
    }
    reveal(m_score.record(sheet, *next, *parsed.value));
    m_guess->clear();
    refreshScore();
    Q_EMIT stepped();
    return true;
}

void QuizPanel::reveal(const QuizAttempt& attempt) {
    const SheetEngine& sheet = m_document->engine(); // the sheet the guess was about: it was just recorded
    const Stage stage = attempt.stage;
    const double tolerance = quizTolerance(attempt.value, attempt.origin);
    // Green and red as on a white page, made readable on the window's own colour.
    const QColor window = palette().color(QPalette::Window);
    QString verdict =
        attempt.correct
            ? tr("<b style='color:%3'>✓ Right.</b> Your guess %1 is within %2 of it.")
                  .arg(quizNumber(attempt.guess), roughly(tolerance),
                       readableOn(QColor(0x2e, 0x7d, 0x32), window).name())
            : tr("<b style='color:%4'>✗ Not quite.</b> Your guess %1 is off by %2 (within "
                 "%3 would count).")
                  .arg(quizNumber(attempt.guess), roughly(std::fabs(attempt.guess - attempt.value)),
                       roughly(tolerance), readableOn(alertHue(), window).name());
    if (stage == Stage::Update) { // scored on the step: say which step the guess took
        const QString parameter = label(sheet, quizParameter(sheet, attempt.cell)); // w5′ steps from w5
        verdict += tr(" Scored on the step from %1 = %2: yours %3, the true one %4.")
                       .arg(parameter, quizNumber(attempt.origin), roughly(attempt.guess - attempt.origin),
                            roughly(attempt.value - attempt.origin));
    }
    showFeedback(
        QStringLiteral("%1 = %2 = %3 = %4<br>%5")
            .arg(
                colored(stage, label(sheet, attempt.quantity)),
                QString::fromStdString(sheet.formula(attempt.cell)).toHtmlEscaped(),
                withLocaleDecimals(sheet.formulaWithNumbers(attempt.iteration, attempt.cell)).toHtmlEscaped(),
                colored(stage, quizNumber(attempt.value)), verdict));
}

bool QuizPanel::exportCsv(const QString& path, QString* error) const {
    std::ostringstream csv;
    writeQuizCsv(csv, m_score.attempts());
    return writeFileAtomically(path, QByteArray::fromStdString(csv.str()), error);
}

bool QuizPanel::exportPicture(const QString& path, QSize size, QString* error) const {
    return bplab::ui::exportPicture(
        [this](QPainter& painter, QSize at) { paintQuizScore(painter, at, m_score, picturePalette(this)); },
        path, size, error);
}

} // namespace bplab::ui
