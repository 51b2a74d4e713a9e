#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace bplab::ui {

class SheetDocument;

// Beside each analytic ∂E/∂w of the selected iteration: its central finite difference and the
// relative error, flagged when they disagree. The chain rule, verified where the student works: on the
// sheet shown, the seed's w1..w8 (b1, b2) or every weight and learned bias of an own network.
class GradientCheckPanel : public QWidget {
    Q_OBJECT
public:
    explicit GradientCheckPanel(const SheetDocument* document, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QString summary() const;

private:
    void refresh();

    const SheetDocument* m_document;
    QLabel* m_summary;
    QTableWidget* m_table;
};

} // namespace bplab::ui
