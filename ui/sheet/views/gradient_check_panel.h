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

    // Both bring a hidden panel up to date first (it skips the work while hidden).
    QTableWidget* table() const;
    QString summary() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    // A check costs two forward passes per parameter (about 2 ms for a 4-6-6-6-4 network with 16
    // examples): while the panel is hidden, an edit or a slider step only marks it stale.
    void follow();
    void refresh() const;
    void refreshIfStale() const;

    const SheetDocument* m_document;
    mutable bool m_stale = false;
    QLabel* m_summary;
    QTableWidget* m_table;
};

} // namespace bplab::ui
