#pragma once

#include "core/sheet/landscape/loss_landscape.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;

namespace bplab::ui {

class CompareRatesPanel;
class LandscapeExports;
class LossLandscapeView;
class SheetDocument;

// The "Loss landscape" tab under the sheet, for the sheet shown (the seed's or an own network): a
// control bar (the two parameters, listed by label, "Train only these two"),
// the landscape view, a caption that says what the slice is, and a read-out of E_total under the
// mouse. Follows the document live (every edit, step and selected iteration) and, while compare mode
// is on, draws one path per compared rate. Recomputes only while shown: a hidden tab marks itself out
// of date and catches up when it is shown (or read).
class LossLandscapePane : public QWidget {
    Q_OBJECT
public:
    // `compareMode`: the loss chart's checkable compare action; `compare` supplies its rates.
    LossLandscapePane(const SheetDocument* document, const CompareRatesPanel* compare,
                      const QAction* compareMode, QWidget* parent = nullptr);
    ~LossLandscapePane() override;

    // The landscape on screen, recomputed first if the document moved on.
    const Landscape& landscape();
    LossLandscapeView* view() const { return m_view; }
    QComboBox* axisABox() const { return m_axisA; }
    QComboBox* axisBBox() const { return m_axisB; }
    QCheckBox* trainOnlyBox() const { return m_trainOnly; }
    QLabel* caption() const { return m_caption; }
    QLabel* readout() const { return m_readout; }
    QAction* exportImageAction() const;
    QAction* exportCsvAction() const;

    // Chooses the axes (ids such as "w1", or "w2_11" for an own network), as the combo boxes do; false
    // with a sentence when the pair is not usable for the sheet's values.
    bool setAxes(const QString& a, const QString& b, QString* error = nullptr);

    bool exportImage(const QString& path, QSize size, QString* error);
    bool exportCsv(const QString& path, QString* error);

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // A parameter the boxes offer: its quantity in the shown sheet, its id and its label.
    struct Offered {
        int quantity = 0;
        QString id;
        QString label;
        friend bool operator==(const Offered& x, const Offered& y) {
            return x.quantity == y.quantity && x.id == y.id && x.label == y.label;
        }
    };
    std::vector<Offered> offeredParameters() const;
    void fillAxisBoxes();
    bool showAxes(const QString& a, const QString& b, QString* error = nullptr); // without choosing them
    void onAxisChosen(bool first); // `first`: the horizontal axis' box changed
    void markOutOfDate();
    void recompute();
    void showReadout(double a, double b);
    LandscapeAxes chosenAxes() const;
    int selectedIteration() const;
    void saveSettings() const;

    const SheetDocument* m_document;
    const CompareRatesPanel* m_compare;
    const QAction* m_compareMode;
    QComboBox* m_axisA;
    QComboBox* m_axisB;
    QCheckBox* m_trainOnly;
    QLabel* m_caption;
    QLabel* m_readout;
    LossLandscapeView* m_view;
    LandscapeExports* m_exports;
    Landscape m_landscape;
    std::unique_ptr<LandscapeSurface> m_surface; // for the read-out: E_total exactly under the mouse
    bool m_outOfDate = true;
    std::vector<Offered> m_offered; // what the boxes list, in order
    // The pair chosen last, as ids, for each sheet; shown whenever it has them. The seed's is stored
    // in the settings; an own network's lasts the session (its ids change with its shape).
    QStringList m_wanted;
    QStringList m_wantedOwn;
    int m_previousA = 0, m_previousB = 0;
};

} // namespace bplab::ui
