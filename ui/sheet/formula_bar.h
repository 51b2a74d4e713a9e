#pragma once

#include <QWidget>

class QLabel;

namespace bplab::ui {

class SheetDocument;

// Explains the selected cell in one glance: its name, its formula in symbols, the same formula with
// the iteration's numbers, and the result, coloured by stage; under it, when the cell has one, a
// short note on why the formula looks as it does (cross-entropy's (a − t)).
class FormulaBar : public QWidget {
    Q_OBJECT
public:
    explicit FormulaBar(const SheetDocument* document, QWidget* parent = nullptr);

    // The plain text shown, e.g. "∂E/∂w5 = (a_o1 − t1)·… = (0.6065 − 0.01)·… = 0.07216".
    QString plainText() const;
    // The cell's note shown under the formula, or empty.
    QString note() const { return m_note; }

private:
    void refresh();

    const SheetDocument* m_document;
    QLabel* m_location;
    QLabel* m_formula;
    QString m_plainText;
    QString m_note;
};

} // namespace bplab::ui
