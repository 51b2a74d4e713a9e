#include "ui/sheet/lessons/lesson_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace bplab::ui {

namespace {
constexpr int kPanelWidth = 300; // about 40 characters a line: short paragraphs read at a glance
// Amber like the divergence hint: a note, not an error, legible on a dark theme too.
constexpr const char* kWarningStyle =
    "background: #fff8e1; border: 1px solid #ffb300; color: #3e2723; padding: 3px;";

QLabel* wrappedLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse); // a teacher may copy a formula
    return label;
}

// A formula this long or shorter fits a line of the panel in bold; a longer one may break.
constexpr qsizetype kUnbrokenFormulaChars = 24;

// A long formula as rich text that may break only after an operator outside parentheses:
// "∂E/∂w5 = (a_o1 − t1)·a_o1·(1 − a_o1)·a_h1 = 0.0822" breaks after "=" or "·", never inside "(1 − a_o1)".
QString breakableFormula(const QString& formula) {
    static const QString kBreakAfter = QStringLiteral("=+−·");
    QString out;
    int depth = 0;
    for (qsizetype i = 0; i < formula.size(); ++i) {
        const QChar c = formula[i];
        if (c == QLatin1Char('(')) ++depth;
        if (c == QLatin1Char(')')) --depth;
        const bool spaced = c == QLatin1Char(' ') || c == QChar(0x00a0);
        if (!spaced) {
            out += c;
        } else if (depth == 0 && i > 0 && kBreakAfter.contains(formula[i - 1])) {
            out += QLatin1Char(' '); // the line may break here, after the operator
        } else {
            out += QChar(0x00a0);
        }
        if (c == QChar(0x00b7) && depth == 0) out += QChar(0x200b); // "·" has no space: a zero-width break
    }
    return out;
}

QString plainOf(const QLabel* label) {
    QTextDocument document;
    document.setHtml(label->text());
    // Without the invisible break controls (word joiner, zero-width space) the formulas carry.
    return document.toPlainText().remove(QChar(0x2060)).remove(QChar(0x200b));
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
        if (k % 2 == 0) {
            html += parts[k].toHtmlEscaped();
            continue;
        }
        // A formula reads as one piece: a short one in <nobr>, a long one with breaks only after its
        // operators; a word joiner after each '/' keeps "∂E/∂w" whole (a line may break after a slash).
        const bool fits = parts[k].size() <= kUnbrokenFormulaChars;
        const QString escaped = (fits ? parts[k] : breakableFormula(parts[k])).toHtmlEscaped();
        html += (fits ? QStringLiteral("<nobr><b>%1</b></nobr>") : QStringLiteral("<b>%1</b>"))
                    .arg(QString(escaped).replace(QLatin1Char('/'), QStringLiteral("/\u2060")));
    }
    return html;
}

void LessonPanel::showLesson(const QString& title, const QString& explanation, const QString& suggestion) {
    m_title->setText(title.toHtmlEscaped());
    m_explanation->setText(richText(explanation));
    m_suggestion->setText(tr("<b>Try this:</b> %1").arg(richText(suggestion)));
    show();
}

void LessonPanel::setChangedNote(const QString& note, NoteTone tone) {
    m_noteTone = tone;
    m_changedNote->setStyleSheet(tone == NoteTone::Warning ? QString::fromLatin1(kWarningStyle)
                                                           : QStringLiteral("padding: 3px;"));
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
