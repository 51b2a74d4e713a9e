#pragma once

#include "core/sheet/analysis/learning_rate_sweep.h"
#include "core/sheet/network/network_spec.h"

#include <QLocale>
#include <QWidget>

#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace bplab::ui {

class SheetDocument;

// "Compare learning rates": runs the shown sheet's network (the seed's 2-2-2, or the own network while it
// is shown) once per rate in a list (the seed's six by default) and tabulates, per rate, the iterations
// needed to reach a chosen loss. The loss chart
// overlays the same curves while compare mode is on. "Both losses" runs each rate once with
// ½·squared error and once with cross-entropy, and measures both by the outputs' squared error, the
// one scale on which they can be compared.
class CompareRatesPanel : public QWidget {
    Q_OBJECT
public:
    explicit CompareRatesPanel(const SheetDocument* document, QWidget* parent = nullptr);

    const std::vector<LossCurve>& curves() const { return m_curves; }
    std::vector<double> rates() const { return m_rates; }
    // Takes 1..12 positive rates; refuses anything else with a sentence in `error`.
    bool setRates(const std::vector<double>& rates, QString* error = nullptr);
    // The list as the student types it in the window's locale ("0.1, 0.2 0.5", or "0,1; 0,2 0,5" where the
    // decimal mark is a comma); refuses what parseRates refuses.
    bool setRatesText(const QString& text, QString* error = nullptr);
    QString ratesText() const { return ratesText(m_rates); }
    // `rates` written for `locale`: joined by ", ", or by "; " where the decimal mark is a comma. The
    // settings keep them in the C locale, so a change of language reads them back.
    static QString ratesText(const std::vector<double>& rates, const QLocale& locale = QLocale());
    // Reads such a list, split by spaces and ';' (and ',' where it is not the decimal mark); a number with a
    // decimal point counts in any locale. Nothing on a word that is not a positive number, with a sentence.
    static std::optional<std::vector<double>> parseRates(const QString& text, const QLocale& locale,
                                                         QString* error = nullptr);
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

protected:
    void showEvent(QShowEvent* event) override;

Q_SIGNALS:
    void curvesChanged();

private:
    // What a sweep depends on: which sheet is shown, its values but η, and its iteration limit.
    struct SweptSheet {
        std::optional<NetworkSpec> ownNetwork; // set while the own network is shown
        SheetInputs seed;                      // the seed's inputs otherwise
        int iterations = 0;
        friend bool operator==(const SweptSheet& a, const SweptSheet& b) {
            return a.ownNetwork == b.ownNetwork && a.seed == b.seed && a.iterations == b.iterations;
        }
    };
    SweptSheet shownSheet() const;
    // After the document changed: recomputes when what the sweep depends on did (not after a step),
    // at once while the panel is shown, else when it is next shown (the chart recomputes by itself
    // in compare mode).
    void followDocument();
    std::vector<LossCurve> sweep(const SweptSheet& sheet, bool bothLosses) const;
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
    std::optional<SweptSheet> m_swept; // what m_curves were computed from
    bool m_stale = false;              // the document changed while the panel was hidden
};

} // namespace bplab::ui
