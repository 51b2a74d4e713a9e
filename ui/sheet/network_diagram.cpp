#include "ui/sheet/network_diagram.h"

#include "ui/sheet/network_diagram_description.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/stage_colors.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace bplab::ui {

namespace {

// Neurons: 0 i1, 1 i2, 2 h1, 3 h2, 4 o1, 5 o2. Edge k (w1..w8) connects kEdges[k].
constexpr std::array<std::pair<int, int>, 8> kEdges{
    {{0, 2}, {1, 2}, {0, 3}, {1, 3}, {2, 4}, {3, 4}, {2, 5}, {3, 5}}};
const char* const kNeuronNames[] = {"i1", "i2", "h1", "h2", "o1", "o2"};
// The value written under each neuron: the input, or the activation once computed.
constexpr std::array<int, 6> kActivationOf{quantity::i1,   quantity::i2,   quantity::a_h1,
                                           quantity::a_h2, quantity::a_o1, quantity::a_o2};

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

void NetworkDiagram::drawBiases(QPainter& painter, const std::array<QPointF, 6>& centre, double radius,
                                const RowValues& row, const std::array<QColor, 2>& highlight) {
    const QFontMetricsF metrics(painter.font());
    const double side = radius * 1.3;
    for (int b = 0; b < 2; ++b) {
        // b1 feeds h1, h2 (neurons 2, 3); b2 feeds o1, o2 (neurons 4, 5).
        const QPointF top = centre[static_cast<std::size_t>(2 + 2 * b)];
        const QPointF bottom = centre[static_cast<std::size_t>(3 + 2 * b)];
        const QPointF at = (top + bottom) / 2;
        const double value = row[static_cast<std::size_t>(quantity::b1 + b)];
        const Qt::PenStyle style = value < 0 ? Qt::DashLine : Qt::SolidLine;
        painter.setPen(QPen(stageColor(Stage::Weight, palette()), 1.5, style, Qt::RoundCap));
        painter.drawLine(at, top);
        painter.drawLine(at, bottom);
        const QRectF node(at.x() - side / 2, at.y() - side / 2, side, side);
        if (highlight[static_cast<std::size_t>(b)].isValid()) {
            painter.fillRect(node.adjusted(-5, -5, 5, 5), highlight[static_cast<std::size_t>(b)]);
        }
        painter.setPen(QPen(stageColor(Stage::Weight, palette()), 2));
        painter.setBrush(palette().base());
        painter.drawRect(node);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(node, Qt::AlignCenter, QStringLiteral("b%1").arg(b + 1));
        QRectF label =
            metrics.boundingRect(QString::fromStdString(formatShort(value))).adjusted(-2, -1, 2, 1);
        label.moveCenter(at + QPointF(side / 2 + 6 + label.width() / 2, 0));
        painter.fillRect(label, labelBoxColor());
        painter.drawText(label, Qt::AlignCenter, QString::fromStdString(formatShort(value)));
    }
}

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
        const int cell = sheet.cellOfQuantity(kActivationOf[n]);
        facts.unitComputed[n] = facts.row && (cell < 0 || sheet.isEvaluated(facts.iteration, cell));
    }
    facts.biases = showsBiases();
    facts.changes = m_changes;
    return facts;
}

void NetworkDiagram::refreshDescription() { setAccessibleDescription(describeNetworkDiagram(facts())); }

QColor NetworkDiagram::increaseColor() { return QColor(0x00, 0x72, 0xb2); } // Okabe–Ito blue
QColor NetworkDiagram::decreaseColor() { return QColor(0xd5, 0x5e, 0x00); } // Okabe–Ito vermilion

void NetworkDiagram::drawWeightChange(QPainter& painter, int k, QPointF a, QPointF b, double largestChange) {
    const double delta = m_changes->delta[static_cast<std::size_t>(k)];
    const double share = largestChange > 0 && std::isfinite(delta) ? std::fabs(delta) / largestChange : 0.0;
    painter.setPen(
        QPen(delta < 0 ? decreaseColor() : increaseColor(), 1.0 + 8.0 * share, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(a, b);
}

void NetworkDiagram::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paint(painter, size());
}

NetworkDiagram::Geometry NetworkDiagram::geometry(QSize size) const {
    const double radius = std::clamp(std::min(size.width(), size.height()) * 0.08, 12.0, 22.0);
    // Weight-change mode writes a title line at the top: the top row (and its labels) moves under it.
    const double title = m_changes ? QFontMetricsF(labelFont()).height() : 0.0;
    const double left = radius + 34, right = size.width() - radius - 64;
    const double top = radius + 22 + title, bottom = size.height() - radius - 22;
    return {{QPointF(left, top), QPointF(left, bottom), QPointF((left + right) / 2, top),
             QPointF((left + right) / 2, bottom), QPointF(right, top), QPointF(right, bottom)},
            radius};
}

int NetworkDiagram::shownIteration() const {
    if (m_changes) return m_changes->to;
    if (const auto given = m_document->selectedGiven()) return given->iteration;
    const auto selected = m_document->selectedCell();
    return selected ? selected->iteration : 0;
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

QColor NetworkDiagram::labelBoxColor() const {
    QColor box = palette().color(QPalette::Base);
    box.setAlpha(220);
    return box;
}

namespace {
// Edge k's pen width: thicker for a larger |w|, and room for the highlight drawn 7 px wider under it.
double edgeWidth(double weight) {
    return std::isfinite(weight) ? std::clamp(1.0 + 4.0 * std::fabs(weight), 1.0, 9.0) : 1.0;
}
constexpr double kHighlightExtra = 7.0;

// How much of `line` lies inside `box` (Liang–Barsky clipping).
double lengthInside(const QLineF& line, const QRectF& box) {
    const double dx = line.dx(), dy = line.dy();
    double enter = 0.0, leave = 1.0;
    const std::array<std::pair<double, double>, 4> sides{{{-dx, line.x1() - box.left()},
                                                          {dx, box.right() - line.x1()},
                                                          {-dy, line.y1() - box.top()},
                                                          {dy, box.bottom() - line.y1()}}};
    for (const auto& [p, q] : sides) {
        if (p == 0.0) {
            if (q < 0.0) return 0.0; // parallel to this side and outside it
            continue;
        }
        const double t = q / p;
        if (p < 0.0)
            enter = std::max(enter, t);
        else
            leave = std::min(leave, t);
    }
    return leave > enter ? (leave - enter) * line.length() : 0.0;
}
} // namespace

std::array<NetworkDiagram::EdgeLabel, 8> NetworkDiagram::edgeLabels(QSize size) const {
    const Geometry at = geometry(size);
    const auto row = shownRow(shownIteration());
    const QFontMetricsF metrics(labelFont());
    const QPointF middle(size.width() / 2.0, size.height() / 2.0);
    std::array<EdgeLabel, 8> labels;
    for (std::size_t k = 0; k < kEdges.size(); ++k) {
        const QPointF a = at.centre[static_cast<std::size_t>(kEdges[k].first)];
        const QPointF b = at.centre[static_cast<std::size_t>(kEdges[k].second)];
        const QPointF unit = (b - a) / QLineF(a, b).length();
        const QLineF visible(a + unit * at.radius, b - unit * at.radius);
        const double weight = row ? (*row)[quantity::w1 + k] : 0.0;
        const QString text =
            m_changes ? QStringLiteral("Δw%1 %2").arg(k + 1).arg(
                            QString::fromStdString(formatShort(m_changes->delta[k])))
                      : QStringLiteral("w%1 %2").arg(k + 1).arg(QString::fromStdString(formatShort(weight)));
        // Straight edges are labelled in the middle; crossing ones near their own end, so the two
        // labels of a crossing never collide.
        const bool straight = a.y() == b.y();
        const QPointF on = a + (b - a) * (straight ? 0.5 : (kEdges[k].second >= 4 ? 0.72 : 0.28));
        QRectF box = metrics.boundingRect(text).adjusted(-2, -1, 2, 1);
        box.moveCenter(on);
        if (lengthInside(visible, box) > 0.5 * visible.length()) {
            // The edge is too short to show around its label: move it beside the edge, away from the
            // middle of the picture (above the top row, below the bottom one), clear of the pen.
            QPointF normal(-unit.y(), unit.x());
            if (QPointF::dotProduct(on - middle, normal) < 0) normal = -normal;
            const double clearance = std::fabs(normal.x()) * box.width() / 2 +
                                     std::fabs(normal.y()) * box.height() / 2 +
                                     (edgeWidth(weight) + kHighlightExtra) / 2 + 1;
            box.moveCenter(on + normal * clearance);
        }
        labels[k] = {text, box, visible};
    }
    return labels;
}

void NetworkDiagram::paint(QPainter& painter, QSize size) {
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRect(QPoint(0, 0), size), palette().base());

    const BackpropSheet& sheet = m_document->sheet();
    const int iteration = shownIteration();
    const auto row = shownRow(iteration);

    // What to highlight: the selected cell's own element (amber) and its precedents (cyan); a selected
    // given value (a starting weight) alone.
    std::array<QColor, 6> neuronHighlight{};
    std::array<QColor, 8> edgeHighlight{};
    std::array<QColor, 2> biasHighlight{};
    auto mark = [&](int q, const QColor& color) {
        if (int n = neuronOf(q); n >= 0) neuronHighlight[static_cast<std::size_t>(n)] = color;
        if (int e = edgeOf(q); e >= 0) edgeHighlight[static_cast<std::size_t>(e)] = color;
        if (int b = biasOf(q); b >= 0) biasHighlight[static_cast<std::size_t>(b)] = color;
    };
    if (!m_changes) {
        if (const auto selected = m_document->selectedCell()) {
            const CellSpec& spec = sheet.cells()[static_cast<std::size_t>(selected->cell)];
            for (int dependency : spec.dependencies) mark(dependency, precedentCellColor(palette()));
            mark(spec.quantity, currentCellColor(palette()));
        } else if (const auto given = m_document->selectedGiven()) {
            mark(given->quantity, currentCellColor(palette()));
        }
    }

    const Geometry at = geometry(size);
    painter.setFont(labelFont());
    if (m_changes) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QPointF(4, QFontMetricsF(labelFont()).ascent() + 2),
                         tr("Δw from iteration %1 to %2 (blue: grew, vermilion: shrank)")
                             .arg(m_changes->from)
                             .arg(m_changes->to));
    }
    drawEdges(painter, size, at, row ? &*row : nullptr, edgeHighlight);
    if (row && showsBiases()) drawBiases(painter, at.centre, at.radius, *row, biasHighlight);
    drawNeurons(painter, at, row ? &*row : nullptr, iteration, neuronHighlight);
}

void NetworkDiagram::drawEdges(QPainter& painter, QSize size, const Geometry& at, const RowValues* row,
                               const std::array<QColor, 8>& highlight) {
    double largestChange = 0.0;
    if (m_changes) {
        for (double delta : m_changes->delta)
            if (std::isfinite(delta)) largestChange = std::max(largestChange, std::fabs(delta));
    }
    for (std::size_t k = 0; k < kEdges.size(); ++k) {
        const QPointF a = at.centre[static_cast<std::size_t>(kEdges[k].first)];
        const QPointF b = at.centre[static_cast<std::size_t>(kEdges[k].second)];
        const double weight = row ? (*row)[quantity::w1 + k] : 0.0;
        if (highlight[k].isValid()) {
            painter.setPen(
                QPen(highlight[k], edgeWidth(weight) + kHighlightExtra, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(a, b);
        }
        if (m_changes) {
            drawWeightChange(painter, static_cast<int>(k), a, b, largestChange);
        } else {
            painter.setPen(QPen(stageColor(Stage::Weight, palette()), edgeWidth(weight),
                                weight < 0 ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(a, b);
        }
    }
    // Labels after every edge, so no edge is drawn over another's label.
    for (const EdgeLabel& label : edgeLabels(size)) {
        painter.fillRect(label.box, labelBoxColor());
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(label.box, Qt::AlignCenter, label.text);
    }
}

void NetworkDiagram::drawNeurons(QPainter& painter, const Geometry& at, const RowValues* row, int iteration,
                                 const std::array<QColor, 6>& highlight) {
    const BackpropSheet& sheet = m_document->sheet();
    const QFontMetricsF metrics(painter.font());
    const double radius = at.radius;
    for (std::size_t n = 0; n < at.centre.size(); ++n) {
        const QPointF c = at.centre[n];
        if (highlight[n].isValid()) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(highlight[n]);
            painter.drawEllipse(c, radius + 5, radius + 5);
        }
        painter.setPen(QPen(stageColor(n < 2 ? Stage::Given : Stage::Forward, palette()), 2));
        painter.setBrush(palette().base());
        painter.drawEllipse(c, radius, radius);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter,
                         QString::fromLatin1(kNeuronNames[n]));
        // The neuron's value (input, or activation once computed) under it.
        const int q = kActivationOf[n];
        const int cell = sheet.cellOfQuantity(q);
        if (row && (cell < 0 || sheet.isEvaluated(iteration, cell))) {
            const QString value = QString::fromStdString(formatShort((*row)[static_cast<std::size_t>(q)]));
            QRectF box = metrics.boundingRect(value).adjusted(-2, 0, 2, 0);
            box.moveTopLeft(QPointF(c.x() - box.width() / 2, c.y() + radius + 1));
            painter.fillRect(box, labelBoxColor()); // a bias edge may run under it
            painter.drawText(box, Qt::AlignCenter, value);
        }
    }
    if (!row) return;
    // Targets beside the outputs.
    painter.setPen(stageColor(Stage::Loss, palette()));
    for (int k = 0; k < 2; ++k) {
        const QPointF c = at.centre[static_cast<std::size_t>(4 + k)];
        painter.drawText(QPointF(c.x() + radius + 4, c.y() + metrics.ascent() / 2),
                         QStringLiteral("t%1 %2").arg(k + 1).arg(
                             QString::fromStdString(formatShort((*row)[quantity::t1 + k]))));
    }
}

} // namespace bplab::ui
