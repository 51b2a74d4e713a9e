#include "ui/sheet/table/formula_bar.h"

#include "core/sheet/network/network_chain_rule.h"
#include "core/sheet/network/network_matrix_form.h"
#include "ui/common/locale_numbers.h"
#include "ui/common/palette_colors.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/table/stage_colors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace bplab::ui {

FormulaBar::FormulaBar(const SheetDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_location(new QLabel(this))
    , m_formula(new QLabel(this))
    , m_matrixForm(new QToolButton(this)) {
    m_matrixForm->setText(tr("Matrix form"));
    m_matrixForm->setCheckable(true);
    m_matrixForm->setToolTip(tr("Also show the selected cell's whole layer as matrices: "
                                "zˡ = Wˡ aˡ⁻¹ + bˡ, δˡ = (Wˡ⁺¹)ᵀ δˡ⁺¹ ⊙ f′(zˡ), ∂E/∂Wˡ = δˡ (aˡ⁻¹)ᵀ, "
                                "with this iteration's numbers"));
    connect(m_matrixForm, &QToolButton::toggled, this, &FormulaBar::refresh);
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
    layout->addWidget(m_matrixForm, 0, Qt::AlignTop);

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

QStringList FormulaBar::detailLines() const {
    const NetworkSheet* network = m_document->shownOwnNetwork();
    const auto selected = m_document->selectedCell();
    if (!network || !selected) return {};
    const double* row = network->row(selected->iteration);
    QStringList lines;
    if (const auto chain = chainRule(network->layout(), row, selected->cell))
        lines << withLocaleDecimals(chain->line());
    if (m_matrixForm->isChecked()) {
        if (const auto matrix = matrixForm(network->layout(), network->spec(), row, selected->cell))
            lines << withLocaleDecimals(matrix->line());
    }
    return lines;
}

void FormulaBar::refresh() {
    m_matrixForm->setVisible(m_document->showsOwnNetwork());
    m_details.clear();
    if (const auto given = m_document->selectedGiven()) {
        showGiven(*given);
        return;
    }
    const auto selected = m_document->selectedCell();
    const SheetEngine& sheet = m_document->engine();
    if (!selected || !sheet.isEvaluated(selected->iteration, selected->cell)) {
        m_location->clear();
        m_note.clear();
        m_plainText = tr("Nothing computed yet: %1 of iteration 0 comes first (Step cell, Space; in the "
                         "quiz, your guess).")
                          .arg(QString::fromStdString(sheet.labelOf(sheet.quantityOfCell(0))));
        m_formula->setText(m_plainText.toHtmlEscaped());
        return;
    }
    const CellSnapshot cell = sheet.snapshot(*selected);
    const Stage stage = sheet.stageOf(cell.quantity);
    const QString name = QString::fromStdString(sheet.labelOf(cell.quantity));
    const QString symbols = QString::fromStdString(cell.formula);
    const QString numbers = withLocaleDecimals(cell.formulaWithNumbers);
    const QString result = withLocaleDecimals(formatShort(cell.value));
    m_location->setText(tr("iteration %1").arg(selected->iteration));
    m_plainText = QStringLiteral("%1 = %2 = %3 = %4").arg(name, symbols, numbers, result);
    m_note = QString::fromStdString(sheet.noteOfCell(selected->cell));
    m_details = detailLines();
    const QString html =
        QStringLiteral("<b style='color:%1'>%2</b> = %3 = <span style='color:%4'>%5</span> = "
                       "<b style='color:%1'>%6</b>")
            .arg(stageColor(stage, palette()).name(), name.toHtmlEscaped(), symbols.toHtmlEscaped(),
                 numbersColor(), numbers.toHtmlEscaped(), result.toHtmlEscaped());
    QString details;
    for (const QString& line : m_details)
        details +=
            QStringLiteral("<br><span style='color:%1'>%2</span>").arg(numbersColor(), line.toHtmlEscaped());
    m_formula->setText(html + details + noteHtml());
}

void FormulaBar::showGiven(const GivenValue& given) {
    const SheetEngine& sheet = m_document->engine();
    const Stage stage = sheet.stageOf(given.quantity);
    const QString name = QString::fromStdString(sheet.labelOf(given.quantity));
    const QString value = withLocaleDecimals(formatShort(sheet.value(given.iteration, given.quantity)));
    const bool bias = sheet.isBias(given.quantity);
    const QString what = bias && !sheet.learnsBiases() ? tr("a bias that is not learned (given)")
                         : bias                        ? tr("the starting bias (given)")
                         : sheet.isCarriedParameter(given.quantity)
                             ? tr("the starting weight (given)")
                             : tr("a value of the training set (given)");
    m_location->setText(tr("iteration %1").arg(given.iteration));
    m_plainText = QStringLiteral("%1 = %2, %3").arg(name, value, what);
    const bool typedInTheTable =
        m_document->showsOwnNetwork() && (bias || sheet.isCarriedParameter(given.quantity));
    m_note = typedInTheTable ? tr("It has no formula: double-click it in row 0 to type another.")
             : m_document->showsOwnNetwork() ? tr("It has no formula: edit it under Training set.")
                                             : tr("It has no formula: edit it in the values panel.");
    m_formula->setText(QStringLiteral("<b style='color:%1'>%2</b> = <b style='color:%1'>%3</b>, "
                                      "<span style='color:%4'>%5</span>")
                           .arg(stageColor(stage, palette()).name(), name.toHtmlEscaped(),
                                value.toHtmlEscaped(), numbersColor(), what.toHtmlEscaped()) +
                       noteHtml());
}

} // namespace bplab::ui
