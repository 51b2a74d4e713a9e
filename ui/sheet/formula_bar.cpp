#include "ui/sheet/formula_bar.h"

#include "ui/common/palette_colors.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/stage_colors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace bplab::ui {

FormulaBar::FormulaBar(const SheetDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_location(new QLabel(this))
    , m_formula(new QLabel(this)) {
    m_location->setMinimumWidth(
        m_location->fontMetrics().horizontalAdvance(QStringLiteral("iteration 00000")));
    m_location->setToolTip(tr("The iteration (row) of the cell explained here"));
    m_formula->setTextFormat(Qt::RichText);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formula->setWordWrap(true);
    m_formula->setToolTip(
        tr("The selected cell: its formula, the same formula with this iteration's numbers, "
           "and the result. Click any cell of the sheet to explain it."));
    QFont font = m_formula->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_formula->setFont(font);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_location);
    layout->addWidget(m_formula, 1);

    connect(document, &SheetDocument::selectionChanged, this, &FormulaBar::refresh);
    connect(document, &SheetDocument::changed, this, &FormulaBar::refresh);
    refresh();
}

QString FormulaBar::plainText() const { return m_plainText; }
QString FormulaBar::html() const { return m_formula->text(); }

void FormulaBar::changeEvent(QEvent* event) {
    // The colours are written into the rich text: a new palette (a dark desktop) needs new text.
    if (event->type() == QEvent::PaletteChange) refresh();
    QWidget::changeEvent(event);
}

QString FormulaBar::numbersColor() const {
    const QColor base = palette().color(QPalette::Base);
    return readableOn(mixColors(palette().color(QPalette::Text), base, 0.8), base).name();
}

QString FormulaBar::noteColor() const {
    const QColor base = palette().color(QPalette::Base);
    return readableOn(mixColors(palette().color(QPalette::Text), base, 0.7), base).name();
}

QString FormulaBar::noteHtml() const {
    if (m_note.isEmpty()) return {};
    return QStringLiteral("<br><small style='color:%1'>%2</small>").arg(noteColor(), m_note.toHtmlEscaped());
}

void FormulaBar::refresh() {
    if (const auto given = m_document->selectedGiven()) {
        showGiven(*given);
        return;
    }
    const auto selected = m_document->selectedCell();
    const BackpropSheet& sheet = m_document->sheet();
    if (!selected || !sheet.isEvaluated(selected->iteration, selected->cell)) {
        m_location->clear();
        m_note.clear();
        m_plainText = tr("Nothing computed yet: h1 of iteration 0 comes first (Step cell, Space; in the "
                         "quiz, your guess).");
        m_formula->setText(m_plainText.toHtmlEscaped());
        return;
    }
    const CellSnapshot cell = sheet.snapshot(*selected);
    const QuantityInfo& info = quantities()[static_cast<std::size_t>(cell.quantity)];
    const QString name = QString::fromStdString(info.label);
    const QString symbols = QString::fromStdString(cell.formula);
    const QString numbers = QString::fromStdString(cell.formulaWithNumbers);
    const QString result = QString::fromStdString(formatShort(cell.value));
    m_location->setText(tr("iteration %1").arg(selected->iteration));
    m_plainText = QStringLiteral("%1 = %2 = %3 = %4").arg(name, symbols, numbers, result);
    m_note = QString::fromStdString(sheet.cells()[static_cast<std::size_t>(selected->cell)].note);
    const QString html =
        QStringLiteral("<b style='color:%1'>%2</b> = %3 = <span style='color:%4'>%5</span> = "
                       "<b style='color:%1'>%6</b>")
            .arg(stageColor(info.stage, palette()).name(), name.toHtmlEscaped(), symbols.toHtmlEscaped(),
                 numbersColor(), numbers.toHtmlEscaped(), result.toHtmlEscaped());
    m_formula->setText(html + noteHtml());
}

void FormulaBar::showGiven(const GivenValue& given) {
    const BackpropSheet& sheet = m_document->sheet();
    const QuantityInfo& info = quantities()[static_cast<std::size_t>(given.quantity)];
    const QString name = QString::fromStdString(info.label);
    const QString value = QString::fromStdString(
        formatShort(sheet.row(given.iteration)[static_cast<std::size_t>(given.quantity)]));
    const bool bias = given.quantity == quantity::b1 || given.quantity == quantity::b2;
    const QString what = !bias                        ? tr("the starting weight (given)")
                         : sheet.inputs().learnBiases ? tr("the starting bias (given)")
                                                      : tr("a bias that is not learned (given)");
    m_location->setText(tr("iteration %1").arg(given.iteration));
    m_plainText = QStringLiteral("%1 = %2, %3").arg(name, value, what);
    m_note = tr("It has no formula: edit it in the values panel.");
    m_formula->setText(QStringLiteral("<b style='color:%1'>%2</b> = <b style='color:%1'>%3</b>, "
                                      "<span style='color:%4'>%5</span>")
                           .arg(stageColor(info.stage, palette()).name(), name.toHtmlEscaped(),
                                value.toHtmlEscaped(), numbersColor(), what.toHtmlEscaped()) +
                       noteHtml());
}

} // namespace bplab::ui
