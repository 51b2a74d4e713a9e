#pragma once

#include <QWidget>

class QAction;
class QLabel;

namespace bplab::ui {

class SaturationChart;
class SheetDocument;

// The "Saturation" view of the sheet: each neuron's activation slope f′(net) and the gradient's length
// per iteration, with the loss on the same iteration axis, and one line saying what to look for with
// the chosen activation (σ′ → 0 when a sigmoid saturates, a dead ReLU, an identity that explodes).
// Follows the document; while hidden it only notes that it is out of date.
class SaturationPanel : public QWidget {
    Q_OBJECT
public:
    explicit SaturationPanel(const SheetDocument* document, QWidget* parent = nullptr);

    SaturationChart* chart() const { return m_chart; }
    QAction* logScaleAction() const { return m_logScale; }
    QAction* exportAction() const { return m_export; }
    QString caption() const;

    bool exportImage(const QString& path, QSize size, QString* error) const;
    // Recomputes the curves from the document now (also done on every change while shown).
    void refresh();

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    const SheetDocument* m_document;
    SaturationChart* m_chart;
    QLabel* m_caption;
    QAction* m_logScale;
    QAction* m_export;
    bool m_stale = false; // the document changed while the panel was hidden
};

} // namespace bplab::ui
