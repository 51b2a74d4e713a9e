#pragma once

#include <QStringList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;

namespace bplab {
struct NetworkSpec;
}

namespace bplab::ui {

class SaturationChart;
class SheetDocument;

// The "Saturation" view of the sheet: each neuron's activation slope f′(net) and the gradient's length
// per iteration, with the loss on the same iteration axis, and one line saying what to look for with
// the chosen activation (σ′ → 0 when a sigmoid saturates, a dead ReLU, an identity that explodes).
// Follows the sheet shown: for an own network, each hidden and output unit by its label (the mean of
// f′ over a step's examples), with a "Show" box where there are too many units to draw each
// (ui/sheet/views/saturation_curves.h). While hidden it only notes that it is out of date.
class SaturationPanel : public QWidget {
    Q_OBJECT
public:
    explicit SaturationPanel(const SheetDocument* document, QWidget* parent = nullptr);

    SaturationChart* chart() const { return m_chart; }
    QAction* logScaleAction() const { return m_logScale; }
    QAction* exportAction() const { return m_export; }
    // Which curves an own network's chart draws (SaturationCurves::choices); hidden for the seed.
    QComboBox* showBox() const;
    QString caption() const;

    bool exportImage(const QString& path, QSize size, QString* error) const;
    // Recomputes the curves from the document now (also done on every change while shown).
    void refresh();

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Fills the "Show" box for the network's layers, keeping the choice while they stay the same.
    void refreshChoices(const NetworkSpec& spec);

    const SheetDocument* m_document;
    SaturationChart* m_chart;
    QLabel* m_caption;
    QAction* m_logScale;
    QAction* m_export;
    QComboBox* m_show;
    QAction* m_showAction = nullptr; // the box in the tool bar (a tool bar hides a widget through it)
    QStringList m_choiceTexts;       // what the box offers now
    bool m_stale = false;            // the document changed while the panel was hidden
};

} // namespace bplab::ui
