#include "ui/sheet/lesson_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace bplab::ui {

namespace {
constexpr int kPanelWidth = 300; // about 40 characters a line: short paragraphs read at a glance

QLabel* wrappedLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse); // a teacher may copy a formula
    return label;
}

QString plainOf(const QLabel* label) {
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}
} // namespace

LessonPanel::LessonPanel(QWidget* parent)
    : QFrame(parent)
    , m_title(wrappedLabel(this))
    , m_changedNote(wrappedLabel(this))
    , m_explanation(wrappedLabel(this))
    , m_suggestion(wrappedLabel(this))
    , m_close(new QToolButton(this)) {
    setFrameShape(QFrame::StyledPanel);
    setFixedWidth(kPanelWidth);
    setAccessibleName(tr("Lesson"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_changedNote->setTextFormat(Qt::PlainText);
    // Amber like the divergence hint: a note, not an error, legible on a dark theme too.
    m_changedNote->setStyleSheet(
        QStringLiteral("background: #fff8e1; border: 1px solid #ffb300; color: #3e2723; padding: 3px;"));
    m_changedNote->hide();
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close the lesson (the values stay as they are)"));
    m_close->setAccessibleName(tr("Close lesson"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_close, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_changedNote);
    layout->addWidget(m_explanation);
    layout->addSpacing(6);
    layout->addWidget(m_suggestion);
    layout->addStretch(1);
    hide(); // until a lesson is chosen
}

QString LessonPanel::richText(const QString& plain) {
    // "η = 17.84" stays on one line.
    const QStringList parts = QString(plain)
                                  .replace(QStringLiteral(" = "), QStringLiteral("\u00a0=\u00a0"))
                                  .split(QLatin1Char('`'));
    QString html;
    for (qsizetype k = 0; k < parts.size(); ++k) {
        const QString escaped = parts[k].toHtmlEscaped();
        // A formula reads as one piece: <nobr> keeps its spaces from breaking, and a word joiner after each
        // '/' keeps "∂E/∂w" whole (a line may otherwise break after a slash).
        html += k % 2 == 1 ? QStringLiteral("<nobr><b>%1</b></nobr>")
                                 .arg(QString(escaped).replace(QLatin1Char('/'), QStringLiteral("/\u2060")))
                           : escaped;
    }
    return html;
}

void LessonPanel::showLesson(const QString& title, const QString& explanation, const QString& suggestion) {
    m_title->setText(title.toHtmlEscaped());
    m_explanation->setText(richText(explanation));
    m_suggestion->setText(tr("<b>Try this:</b> %1").arg(richText(suggestion)));
    show();
}

void LessonPanel::setChangedNote(const QString& note) {
    m_changedNote->setText(note);
    m_changedNote->setVisible(!note.isEmpty());
}

QString LessonPanel::changedNote() const {
    return m_changedNote->isHidden() ? QString() : m_changedNote->text();
}

QString LessonPanel::title() const { return plainOf(m_title); }
QString LessonPanel::explanation() const { return plainOf(m_explanation); }
QString LessonPanel::suggestion() const { return plainOf(m_suggestion); }

} // namespace bplab::ui
