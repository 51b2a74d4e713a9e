#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QToolButton;

namespace bplab::ui {

class SheetDocument;
struct GivenValue;

// Explains the selected cell in one glance: its name, its formula in symbols, the same formula with
// the iteration's numbers, and the result, coloured by stage; under it, when the cell has one, a
// short note on why the formula looks as it does (cross-entropy's (a − t)). A given value (a starting
// weight) has no formula: the bar says what it is. Colours come from the palette and follow a change.
class FormulaBar : public QWidget {
    Q_OBJECT
public:
    explicit FormulaBar(const SheetDocument* document, QWidget* parent = nullptr);

    // The plain text shown, e.g. "∂E/∂w5 = (a_o1 − t1)·… = (0.6065 − 0.01)·… = 0.07216".
    QString plainText() const;
    // The cell's note shown under the formula, or empty.
    QString note() const { return m_note; }
    // The rich text shown (for tests of its colours).
    QString html() const;
    // For an own network: the lines under the formula, the per-weight chain rule of a partial (always)
    // and the layer's equation in matrix form (while the switch is on), e.g. "δ¹ = (W²)ᵀ δ² ⊙ σ′(z¹) = …".
    QString detailText() const { return m_details.join(u'\n'); }
    // The "Matrix form" switch, shown while an own network is.
    QToolButton* matrixFormButton() const { return m_matrixForm; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void showGiven(const GivenValue& given);
    // The formula's numbers read a little quieter than its symbols, the note quieter still; both
    // mixed from the palette's text into its base, so they stay readable on a dark desktop.
    QString numbersColor() const;
    QString noteColor() const;
    QString noteHtml() const;
    // The own network's lines for the selected cell (chain rule, matrix form); empty for the seed.
    QStringList detailLines() const;

    const SheetDocument* m_document;
    QLabel* m_location;
    QLabel* m_formula;
    QToolButton* m_matrixForm;
    QString m_plainText;
    QString m_note;
    QStringList m_details;
};

} // namespace bplab::ui
