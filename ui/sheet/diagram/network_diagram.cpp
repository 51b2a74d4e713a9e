#include "ui/sheet/diagram/network_diagram.h"

#include "ui/common/locale_numbers.h"
#include "ui/sheet/diagram/network_diagram_description.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/table/stage_colors.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace bplab::ui {

namespace {

// The texts the diagram writes for `facts`, which its layout makes room for.
NetworkDiagramContent seedDiagramContentOf(const NetworkDiagramFacts& facts) {
    NetworkDiagramContent content;
    content.title = facts.changes.has_value();
    for (std::size_t k = 0; k < kNetworkEdges.size(); ++k) {
        content.weight[k] = facts.row ? (*facts.row)[quantity::w1 + k] : 0.0;
        content.edgeText[k] =
            facts.changes ? QStringLiteral("Δw%1 %2").arg(k + 1).arg(diagramNumber(facts.changes->delta[k]))
                          : QStringLiteral("w%1 %2").arg(k + 1).arg(diagramNumber(content.weight[k]));
    }
    if (!facts.row) return content;
    const RowValues& row = *facts.row;
    for (std::size_t n = 0; n < kNetworkUnits.size(); ++n) {
        if (facts.unitComputed[n]) {
            content.unitValue[n] =
                diagramNumber(row[static_cast<std::size_t>(kNetworkUnits[n].valueQuantity)]);
        }
    }
    if (facts.biases) {
        for (std::size_t b = 0; b < 2; ++b) content.biasValue[b] = diagramNumber(row[quantity::b1 + b]);
    }
    return content;
}

// The box behind a label: the palette's base, nearly opaque, so the label reads over edges on a light
// and a dark desktop alike.
QColor labelBoxColor(const QPalette& palette) {
    QColor box = palette.color(QPalette::Base);
    box.setAlpha(220);
    return box;
}

void drawTitle(QPainter& painter, const NetworkDiagramLayout& layout, const QString& title,
               const QPalette& palette) {
    painter.setPen(palette.color(QPalette::Text));
    painter.drawText(layout.titleBaseline, title);
}

// Each weight as an edge as thick as |w| (dashed when negative), over its highlight.
void drawWeights(QPainter& painter, const NetworkDiagramLayout& layout, const std::array<double, 8>& weights,
                 const std::array<QColor, 8>& highlight, const QPalette& palette) {
    for (std::size_t k = 0; k < layout.edge.size(); ++k) {
        const double weight = weights[k];
        if (highlight[k].isValid()) {
            painter.setPen(
                QPen(highlight[k], edgePenWidth(weight) + kEdgeHighlightExtra, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(layout.edge[k]);
        }
        painter.setPen(QPen(stageColor(Stage::Weight, palette), edgePenWidth(weight),
                            weight < 0 ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(layout.edge[k]);
    }
}

// Weight-change mode: each edge coloured by the sign of Δw and as thick as |Δw| against the largest change.
void drawWeightChanges(QPainter& painter, const NetworkDiagramLayout& layout,
                       const std::array<double, 8>& delta) {
    double largestChange = 0.0;
    for (double change : delta)
        if (std::isfinite(change)) largestChange = std::max(largestChange, std::fabs(change));
    for (std::size_t k = 0; k < layout.edge.size(); ++k) {
        const double share =
            largestChange > 0 && std::isfinite(delta[k]) ? std::fabs(delta[k]) / largestChange : 0.0;
        const QColor color = delta[k] < 0 ? NetworkDiagram::decreaseColor() : NetworkDiagram::increaseColor();
        painter.setPen(QPen(color, 1.0 + 8.0 * share, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(layout.edge[k]);
    }
}

void drawEdgeLabels(QPainter& painter, const NetworkDiagramLayout& layout, const QPalette& palette) {
    for (const NetworkDiagramEdgeLabel& label : layout.edgeLabel) {
        painter.fillRect(label.box, labelBoxColor(palette));
        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(label.box, Qt::AlignCenter, label.text);
    }
}

// b1 and b2 as squares joined to the units they feed (dashed when negative), with their values.
void drawBiases(QPainter& painter, const NetworkDiagramLayout& layout, const RowValues& row,
                const NetworkDiagramContent& content, const std::array<QColor, 2>& highlight,
                const QPalette& palette) {
    for (std::size_t b = 0; b < 2; ++b) {
        const QPointF at = layout.biasCentre[b];
        const Qt::PenStyle style = row[quantity::b1 + b] < 0 ? Qt::DashLine : Qt::SolidLine;
        painter.setPen(QPen(stageColor(Stage::Weight, palette), 1.5, style, Qt::RoundCap));
        painter.drawLine(at, layout.unitCentre[2 + 2 * b]);
        painter.drawLine(at, layout.unitCentre[3 + 2 * b]);
        const QRectF node = layout.biasNode[b];
        if (highlight[b].isValid()) painter.fillRect(node.adjusted(-5, -5, 5, 5), highlight[b]);
        painter.setPen(QPen(stageColor(Stage::Weight, palette), 2));
        painter.setBrush(palette.base());
        painter.drawRect(node);
        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(node, Qt::AlignCenter, QStringLiteral("b%1").arg(b + 1));
        painter.fillRect(layout.biasValueBox[b], labelBoxColor(palette));
        painter.drawText(layout.biasValueBox[b], Qt::AlignCenter, content.biasValue[b]);
    }
}

// Each unit as a circle with its name, over its highlight, and its value (if any) under it.
void drawUnits(QPainter& painter, const NetworkDiagramLayout& layout, const NetworkDiagramContent& content,
               const std::array<QColor, 6>& highlight, const QPalette& palette) {
    const double radius = layout.unitRadius;
    for (std::size_t n = 0; n < layout.unitCentre.size(); ++n) {
        const QPointF c = layout.unitCentre[n];
        if (highlight[n].isValid()) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(highlight[n]);
            painter.drawEllipse(c, radius + 5, radius + 5);
        }
        painter.setPen(QPen(stageColor(n < 2 ? Stage::Given : Stage::Forward, palette), 2));
        painter.setBrush(palette.base());
        painter.drawEllipse(c, radius, radius);
        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter,
                         QString::fromLatin1(kNetworkUnits[n].name));
        if (content.unitValue[n].isEmpty()) continue;
        painter.fillRect(layout.unitValueBox[n], labelBoxColor(palette)); // a bias edge may run under it
        painter.drawText(layout.unitValueBox[n], Qt::AlignCenter, content.unitValue[n]);
    }
}

// The targets beside the outputs.
void drawTargets(QPainter& painter, const NetworkDiagramLayout& layout, const RowValues& row,
                 const QPalette& palette) {
    painter.setPen(stageColor(Stage::Loss, palette));
    for (std::size_t k = 0; k < 2; ++k) {
        painter.drawText(layout.targetBaseline[k],
                         QStringLiteral("t%1 %2").arg(k + 1).arg(diagramNumber(row[quantity::t1 + k])));
    }
}

} // namespace

NetworkDiagram::NetworkDiagram(const SheetDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setToolTip(tr("The network at the selected iteration. Edge thickness shows |w| (dashed: negative). "
                  "Amber: the selected cell; cyan: what it reads."));
    setAccessibleName(tr("Network diagram"));
    auto redraw = [this] {
        update();
        refreshDescription();
    };
    connect(document, &SheetDocument::changed, this, redraw);
    connect(document, &SheetDocument::selectionChanged, this, redraw);
    refreshDescription();
}

int NetworkDiagram::neuronOf(int q) {
    using namespace quantity;
    if (q == i1) return 0;
    if (q == i2) return 1;
    if (q == h1 || q == a_h1) return 2;
    if (q == h2 || q == a_h2) return 3;
    if (q == o1 || q == a_o1 || q == E1 || q == t1) return 4;
    if (q == o2 || q == a_o2 || q == E2 || q == t2) return 5;
    return -1;
}

int NetworkDiagram::edgeOf(int q) {
    using namespace quantity;
    if (q >= w1 && q < w1 + 8) return q - w1;
    if (q >= dE_dw1 && q < dE_dw1 + 8) return q - dE_dw1;
    if (q >= w1_new && q < w1_new + 8) return q - w1_new;
    return -1;
}

int NetworkDiagram::biasOf(int q) {
    using namespace quantity;
    if (q == b1 || q == dE_db1 || q == b1_new) return 0;
    if (q == b2 || q == dE_db2 || q == b2_new) return 1;
    return -1;
}

bool NetworkDiagram::showsBiases() const { return m_document->inputs().usesBiases(); }

void NetworkDiagram::showWeightChanges(std::optional<WeightChanges> changes) {
    m_changes = changes;
    update();
    refreshDescription();
}

NetworkDiagramFacts NetworkDiagram::facts() const {
    const BackpropSheet& sheet = m_document->sheet();
    NetworkDiagramFacts facts;
    facts.iteration = shownIteration();
    facts.row = shownRow(facts.iteration);
    for (std::size_t n = 0; n < facts.unitComputed.size(); ++n) {
        const int cell = sheet.cellOfQuantity(kNetworkUnits[n].valueQuantity);
        facts.unitComputed[n] = facts.row && (cell < 0 || sheet.isEvaluated(facts.iteration, cell));
    }
    facts.biases = showsBiases();
    facts.changes = m_changes;
    return facts;
}

void NetworkDiagram::refreshDescription() { setAccessibleDescription(describeNetworkDiagram(facts())); }

QColor NetworkDiagram::increaseColor() { return QColor(0x00, 0x72, 0xb2); } // Okabe–Ito blue
QColor NetworkDiagram::decreaseColor() { return QColor(0xd5, 0x5e, 0x00); } // Okabe–Ito vermilion

void NetworkDiagram::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paint(painter, size());
}

int NetworkDiagram::shownIteration() const {
    return m_changes ? m_changes->to : m_document->selectedIteration();
}

std::optional<RowValues> NetworkDiagram::shownRow(int iteration) const {
    const BackpropSheet& sheet = m_document->sheet();
    if (iteration < sheet.rowCount()) return sheet.row(iteration);
    if (iteration != 0) return std::nullopt;
    // Nothing computed yet: iteration 0 starts from the values typed.
    const SheetInputs& inputs = m_document->inputs();
    RowValues row;
    row.fill(std::numeric_limits<double>::quiet_NaN());
    row[quantity::i1] = inputs.i1;
    row[quantity::i2] = inputs.i2;
    row[quantity::t1] = inputs.t1;
    row[quantity::t2] = inputs.t2;
    for (std::size_t k = 0; k < 8; ++k) row[quantity::w1 + k] = inputs.weights[k];
    row[quantity::b1] = inputs.b1;
    row[quantity::b2] = inputs.b2;
    return row;
}

QFont NetworkDiagram::labelFont() const {
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return small;
}

NetworkDiagram::Highlights NetworkDiagram::highlights() const {
    Highlights highlight;
    if (m_changes) return highlight;
    auto mark = [&](int q, const QColor& color) {
        if (int n = neuronOf(q); n >= 0) highlight.unit[static_cast<std::size_t>(n)] = color;
        if (int e = edgeOf(q); e >= 0) highlight.edge[static_cast<std::size_t>(e)] = color;
        if (int b = biasOf(q); b >= 0) highlight.bias[static_cast<std::size_t>(b)] = color;
    };
    if (const auto selected = m_document->selectedCell()) {
        const CellSpec& spec = m_document->sheet().cells()[static_cast<std::size_t>(selected->cell)];
        for (int dependency : spec.dependencies) mark(dependency, precedentCellColor(palette()));
        mark(spec.quantity, currentCellColor(palette()));
    } else if (const auto given = m_document->selectedGiven()) {
        mark(given->quantity, currentCellColor(palette()));
    }
    return highlight;
}

std::array<NetworkDiagram::EdgeLabel, 8> NetworkDiagram::edgeLabels(QSize size) const {
    return layOutNetworkDiagram(size, labelFont(), seedDiagramContentOf(facts())).edgeLabel;
}

void NetworkDiagram::paint(QPainter& painter, QSize size) {
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRect(QPoint(0, 0), size), palette().base());
    painter.setFont(labelFont());
    const NetworkDiagramFacts shown = facts();
    const NetworkDiagramContent content = seedDiagramContentOf(shown);
    // Measured in the painter's font: an export's device may have another resolution than the screen.
    const NetworkDiagramLayout layout = layOutNetworkDiagram(size, painter.font(), content);
    const Highlights highlight = highlights();
    const QPalette& colors = palette();
    if (m_changes) {
        drawTitle(painter, layout,
                  tr("Δw from iteration %1 to %2 (blue: grew, vermilion: shrank)")
                      .arg(m_changes->from)
                      .arg(m_changes->to),
                  colors);
        drawWeightChanges(painter, layout, m_changes->delta);
    } else {
        drawWeights(painter, layout, content.weight, highlight.edge, colors);
    }
    drawEdgeLabels(painter, layout, colors); // after every edge, so no edge covers another's label
    if (shown.row && shown.biases) drawBiases(painter, layout, *shown.row, content, highlight.bias, colors);
    drawUnits(painter, layout, content, highlight.unit, colors);
    if (shown.row) drawTargets(painter, layout, *shown.row, colors);
}

} // namespace bplab::ui
