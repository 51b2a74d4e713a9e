#include "ui/sheet/formula_bar.h"

#include "ui/sheet/sheet_document.h"
#include "ui/sheet/stage_colors.h"

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

void FormulaBar::refresh() {
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
    QString html = QStringLiteral("<b style='color:%1'>%2</b> = %3 = <span style='color:%4'>%5</span> = "
                                  "<b style='color:%1'>%6</b>")
                       .arg(stageColor(info.stage).name(), name.toHtmlEscaped(), symbols.toHtmlEscaped(),
                            QColor(0x44, 0x44, 0x44).name(), numbers.toHtmlEscaped(), result.toHtmlEscaped());
    if (!m_note.isEmpty()) {
        html += QStringLiteral("<br><small style='color:#555'>%1</small>").arg(m_note.toHtmlEscaped());
    }
    m_formula->setText(html);
}

} // namespace bplab::ui
