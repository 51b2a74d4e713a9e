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
    // values, so its text no longer describes the sheet.
    void setChangedNote(const QString& note);
    QString changedNote() const; // empty when hidden

    QString title() const;
    QString explanation() const; // as shown, without markup
    QString suggestion() const;
    QToolButton* closeButton() const { return m_close; }

    // Plain text with `formulas` in backticks as escaped rich text, the formulas in bold and unbroken.
    static QString richText(const QString& plain);

private:
    QLabel* m_title;
    QLabel* m_changedNote;
    QLabel* m_explanation;
    QLabel* m_suggestion;
    QToolButton* m_close;
};

} // namespace bplab::ui
