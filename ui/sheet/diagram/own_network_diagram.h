#pragma once

#include "ui/sheet/diagram/own_network_diagram_facts.h"
#include "ui/sheet/diagram/own_network_diagram_layout.h"

#include <QWidget>

class QPainter;

namespace bplab::ui {

class SheetDocument;

// A live drawing of the user's own network (any NetworkSheet shape) at the row the selection is on:
// the layers in columns with each unit's value for one example of the step (the selected quantity's
// example, else the step's first), the weights as edges as thick as |w| is large and coloured by sign,
// their values on the edges where there is room, bias nodes where the network has biases, and the
// targets beside the outputs. The selected cell and what it reads are marked in the table's colours.
// Hovering a unit, edge, bias or target shows its label and full value. Draws a sentence only while the
// seed sheet is shown.
class OwnNetworkDiagram : public QWidget {
    Q_OBJECT
public:
    explicit OwnNetworkDiagram(const SheetDocument* document, QWidget* parent = nullptr);

    // The tab's usual size at 1366×768; the largest network (4-6-6-6-4) still reads at the minimum.
    QSize sizeHint() const override { return {600, 280}; }
    QSize minimumSizeHint() const override { return {320, 180}; }

    // What is drawn, as facts, and where it goes at `size` (exposed for tests and exports).
    OwnNetworkDiagramFacts facts() const;
    OwnNetworkDiagramLayout layoutAt(QSize size) const;
    // Draws the diagram into `painter` as if the widget were `size` (the screen and exports).
    void paint(QPainter& painter, QSize size) const;
    // The tooltip for the element under `point` at `size`: its label and full value; empty over nothing.
    QString toolTipAt(QPointF point, QSize size) const;

    // The colour of an edge of this sign: blue for positive, vermilion for negative (Okabe–Ito, told apart
    // by colour-blind readers too), moved in lightness to at least 3 : 1 against the palette's base.
    static QColor edgeColor(double weight, const QPalette& palette);
    // What the colours and thicknesses mean: the tooltip wherever no element is under the pointer.
    static QString legend();

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void refresh();
    QFont labelFont() const;

    const SheetDocument* m_document;
};

} // namespace bplab::ui
