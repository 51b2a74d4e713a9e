#pragma once

#include <QWidget>

namespace bplab::ui {

class SheetDocument;

// A live drawing of the 2-2-2 network at the selected iteration: neurons with their activations,
// the eight weights as edges whose thickness follows |w| (solid positive, dashed negative). The
// selected cell's neuron or edge is highlighted, and so are the ones it reads.
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

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    const SheetDocument* m_document;
};

} // namespace bplab::ui
