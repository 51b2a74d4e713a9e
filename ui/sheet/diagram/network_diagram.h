#pragma once

#include "core/sheet/sheet_cells.h"
#include "ui/sheet/diagram/network_diagram_layout.h"

#include <QWidget>

#include <array>
#include <optional>

class QPainter;

namespace bplab::ui {

class SheetDocument;
struct NetworkDiagramFacts;

// A live drawing of the 2-2-2 network at the selected iteration: neurons with their activations,
// the eight weights as edges whose thickness follows |w| (solid positive, dashed negative). The
// selected cell's neuron or edge is highlighted, and so are the ones it reads. A sheet with biases
// also shows the bias nodes b1 (feeding h1, h2) and b2 (feeding o1, o2); the seed sheet, which has
// none, does not, so its picture stays the 2-2-2 network students know.
class NetworkDiagram : public QWidget {
    Q_OBJECT
public:
    explicit NetworkDiagram(const SheetDocument* document, QWidget* parent = nullptr);

    QSize sizeHint() const override { return {360, 220}; }
    QSize minimumSizeHint() const override { return {240, 150}; }

    // Which element a quantity belongs to: a neuron 0..5 (i1, i2, h1, h2, o1, o2) or an edge 0..7
    // (w1..w8), or -1. Exposed for tests.
    static int neuronOf(int quantity);
    static int edgeOf(int quantity);
    // The bias a quantity belongs to: 0 (b1, ∂E/∂b1, b1′) or 1 (b2, …), or -1.
    static int biasOf(int quantity);
    // Whether the bias nodes are drawn: only when the sheet uses biases.
    bool showsBiases() const;

    // Time travel: how each weight moved from one iteration to another. While set, the diagram draws
    // iteration `to` and labels every edge with its Δw, coloured by sign (blue up, vermilion down) and
    // as thick as |Δw| is large against the largest change.
    struct WeightChanges {
        int from = 0;
        int to = 0;
        std::array<double, 8> delta{}; // w_k at `to` − w_k at `from`
    };
    void showWeightChanges(std::optional<WeightChanges> changes);
    const std::optional<WeightChanges>& weightChanges() const { return m_changes; }
    static QColor increaseColor();
    static QColor decreaseColor();

    // Draws the diagram into `painter` as if the widget were `size` (the screen and the exports).
    void paint(QPainter& painter, QSize size);

    // Where each weight's label goes at `size` (see layOutNetworkDiagram). A label sits on its edge where
    // the edge is long enough to show around it, else beside it. Exposed for tests.
    using EdgeLabel = NetworkDiagramEdgeLabel;
    std::array<EdgeLabel, 8> edgeLabels(QSize size) const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    // What is drawn, as facts, and the accessible description made of them (kept current on every change,
    // so a screen reader reads the values the picture shows).
    NetworkDiagramFacts facts() const;
    void refreshDescription();
    // The row drawn: the selected iteration's, or its given values while nothing of it is computed
    // (after Reset the edges show the starting weights, not zeros). Empty when there is neither.
    std::optional<RowValues> shownRow(int iteration) const;
    int shownIteration() const;
    QFont labelFont() const;
    // What to highlight: the selected cell's own element (amber) and its precedents (cyan); a selected
    // given value (a starting weight) alone; nothing in weight-change mode. Invalid colours: none.
    struct Highlights {
        std::array<QColor, 6> unit{};
        std::array<QColor, 8> edge{};
        std::array<QColor, 2> bias{};
    };
    Highlights highlights() const;

    const SheetDocument* m_document;
    std::optional<WeightChanges> m_changes;
};

} // namespace bplab::ui
