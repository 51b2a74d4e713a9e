#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace bplab::ui {

// The side panel of a lesson: its title, its explanation (the formula that matters set off in bold)
// and the one thing to try next, with a close button. Shows text only; SheetLessons fills it.
class LessonPanel : public QFrame {
    Q_OBJECT
public:
    explicit LessonPanel(QWidget* parent = nullptr);

    // Shows the panel with this lesson. The texts are plain; a `formula` in backticks is set off.
    void showLesson(const QString& title, const QString& explanation, const QString& suggestion);

    // A one-line note above the explanation (empty hides it): the student changed the lesson's
    // values, so its text no longer describes the sheet (a Warning, in amber), or did what the lesson
    // invites, such as moving η (Friendly: plain text, nothing to worry about).
    enum class NoteTone { Warning, Friendly };
    void setChangedNote(const QString& note, NoteTone tone = NoteTone::Warning);
    QString changedNote() const; // empty when hidden
    NoteTone changedNoteTone() const { return m_noteTone; }

    QString title() const;
    QString explanation() const; // as shown, without markup
    QString suggestion() const;
    QToolButton* closeButton() const { return m_close; }
    QLabel* explanationLabel() const { return m_explanation; }

    // Plain text with `formulas` in backticks as escaped rich text, the formulas in bold. A short
    // formula stays on one line; a long one may break after its top-level operators (=, +, −, ·), so
    // it wraps in the panel instead of running out of it. "η = 17.84" never breaks.
    static QString richText(const QString& plain);

private:
    QLabel* m_title;
    QLabel* m_changedNote;
    QLabel* m_explanation;
    QLabel* m_suggestion;
    QToolButton* m_close;
    NoteTone m_noteTone = NoteTone::Warning;
};

} // namespace bplab::ui
