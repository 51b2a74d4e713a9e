#pragma once

#include "core/sheet/learning_rate_sweep.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace bplab::ui {

class SheetDocument;

// "Compare learning rates": runs the sheet's current network once per rate in a list (the seed's six
// by default) and tabulates, per rate, the iterations needed to reach a chosen loss. The loss chart
// overlays the same curves while compare mode is on. "Both losses" runs each rate once with
// ½·squared error and once with cross-entropy, and measures both by the outputs' squared error, the
// one scale on which they can be compared.
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
    bool comparesLosses() const;
    void setComparesLosses(bool both);
    QCheckBox* bothLossesBox() const { return m_bothLosses; }
    // How a curve is named in the table and the legend: "η = 0.5", or "η = 0.5, cross-entropy".
    static QString curveName(const LossCurve& curve);

    QTableWidget* table() const { return m_table; }
    // Recomputes the sweep from the document's current values.
    void recompute();

Q_SIGNALS:
    void curvesChanged();

private:
    void refreshTable();
    void showError(const QString& error);

    const SheetDocument* m_document;
    QLineEdit* m_ratesEdit;
    QDoubleSpinBox* m_target;
    QCheckBox* m_bothLosses;
    QLabel* m_error;
    QTableWidget* m_table;
    std::vector<double> m_rates = kSeedLearningRates;
    std::vector<LossCurve> m_curves;
};

} // namespace bplab::ui
