#pragma once

#include "core/sheet/learning_rate_sweep.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace bplab::ui {

class SheetDocument;

// "Compare learning rates": runs the sheet's current network once per rate in a list (the seed's six
// by default) and tabulates, per rate, the iterations needed to reach a chosen loss. The loss chart
// overlays the same curves while compare mode is on.
class CompareRatesPanel : public QWidget {
    Q_OBJECT
public:
    explicit CompareRatesPanel(const SheetDocument* document, QWidget* parent = nullptr);

    const std::vector<LossCurve>& curves() const { return m_curves; }
    std::vector<double> rates() const { return m_rates; }
    // Parses "0.1, 0.2 0.5"; refuses (with a sentence in `error`) anything but 1..12 positive numbers.
    bool setRatesText(const QString& text, QString* error = nullptr);
    QString ratesText() const;
    double targetLoss() const;
    void setTargetLoss(double loss);

    QTableWidget* table() const { return m_table; }
    // Recomputes the sweep from the document's current values.
    void recompute();

Q_SIGNALS:
    void curvesChanged();

private:
    void refreshTable();

    const SheetDocument* m_document;
    QLineEdit* m_ratesEdit;
    QDoubleSpinBox* m_target;
    QLabel* m_error;
    QTableWidget* m_table;
    std::vector<double> m_rates = kSeedLearningRates;
    std::vector<LossCurve> m_curves;
};

} // namespace bplab::ui
