#include "ui/sheet/network_diagram.h"

#include "ui/sheet/sheet_document.h"
#include "ui/sheet/stage_colors.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

namespace bplab::ui {

namespace {

// Neurons: 0 i1, 1 i2, 2 h1, 3 h2, 4 o1, 5 o2. Edge k (w1..w8) connects kEdges[k].
constexpr std::array<std::pair<int, int>, 8> kEdges{
    {{0, 2}, {1, 2}, {0, 3}, {1, 3}, {2, 4}, {3, 4}, {2, 5}, {3, 5}}};
const char* const kNeuronNames[] = {"i1", "i2", "h1", "h2", "o1", "o2"};

} // namespace

NetworkDiagram::NetworkDiagram(const SheetDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setToolTip(tr("The network at the selected iteration. Edge thickness shows |w| (dashed: negative). "
                  "Amber: the selected cell; cyan: what it reads."));
    connect(document, &SheetDocument::changed, this, qOverload<>(&QWidget::update));
    connect(document, &SheetDocument::selectionChanged, this, qOverload<>(&QWidget::update));
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
        painter.setPen(QPen(stageColor(Stage::Weight), 1.5, style, Qt::RoundCap));
        painter.drawLine(at, top);
        painter.drawLine(at, bottom);
        const QRectF node(at.x() - side / 2, at.y() - side / 2, side, side);
        if (highlight[static_cast<std::size_t>(b)].isValid()) {
            painter.fillRect(node.adjusted(-5, -5, 5, 5), highlight[static_cast<std::size_t>(b)]);
        }
        painter.setPen(QPen(stageColor(Stage::Weight), 2));
        painter.setBrush(palette().base());
        painter.drawRect(node);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(node, Qt::AlignCenter, QStringLiteral("b%1").arg(b + 1));
        QRectF label =
            metrics.boundingRect(QString::fromStdString(formatShort(value))).adjusted(-2, -1, 2, 1);
        label.moveCenter(at + QPointF(side / 2 + 6 + label.width() / 2, 0));
        painter.fillRect(label, QColor(255, 255, 255, 220));
        painter.drawText(label, Qt::AlignCenter, QString::fromStdString(formatShort(value)));
    }
}

void NetworkDiagram::showWeightChanges(std::optional<WeightChanges> changes) {
    m_changes = changes;
    update();
}

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

void NetworkDiagram::paint(QPainter& painter, QSize size) {
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRect(QPoint(0, 0), size), palette().base());

    const BackpropSheet& sheet = m_document->sheet();
    const auto selected = m_changes ? std::optional<CellPosition>() : m_document->selectedCell();
    const int iteration = m_changes ? m_changes->to : selected ? selected->iteration : 0;
    const bool haveRow = iteration < sheet.rowCount();
    const RowValues* row = haveRow ? &sheet.row(iteration) : nullptr;

    // What to highlight: the selected cell's own element (amber) and its precedents (cyan).
    std::array<QColor, 6> neuronHighlight{};
    std::array<QColor, 8> edgeHighlight{};
    std::array<QColor, 2> biasHighlight{};
    auto mark = [&](int q, const QColor& color) {
        if (int n = neuronOf(q); n >= 0) neuronHighlight[static_cast<std::size_t>(n)] = color;
        if (int e = edgeOf(q); e >= 0) edgeHighlight[static_cast<std::size_t>(e)] = color;
        if (int b = biasOf(q); b >= 0) biasHighlight[static_cast<std::size_t>(b)] = color;
    };
    if (selected) {
        const CellSpec& spec = sheet.cells()[static_cast<std::size_t>(selected->cell)];
        for (int dependency : spec.dependencies) mark(dependency, precedentCellColor());
        mark(spec.quantity, currentCellColor());
    }

    const double radius = std::clamp(std::min(size.width(), size.height()) * 0.08, 12.0, 22.0);
    const double left = radius + 34, right = size.width() - radius - 64;
    const double top = radius + 22, bottom = size.height() - radius - 22;
    const std::array<QPointF, 6> centre{QPointF(left, top),
                                        QPointF(left, bottom),
                                        QPointF((left + right) / 2, top),
                                        QPointF((left + right) / 2, bottom),
                                        QPointF(right, top),
                                        QPointF(right, bottom)};

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const QFontMetricsF metrics(small);

    double largestChange = 0.0;
    if (m_changes) {
        for (double delta : m_changes->delta)
            if (std::isfinite(delta)) largestChange = std::max(largestChange, std::fabs(delta));
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QPointF(4, metrics.ascent() + 2),
                         tr("Δw from iteration %1 to %2 (blue: grew, vermilion: shrank)")
                             .arg(m_changes->from)
                             .arg(m_changes->to));
    }
    for (std::size_t k = 0; k < kEdges.size(); ++k) {
        const QPointF a = centre[static_cast<std::size_t>(kEdges[k].first)];
        const QPointF b = centre[static_cast<std::size_t>(kEdges[k].second)];
        const double weight = row ? (*row)[quantity::w1 + k] : 0.0;
        const double width =
            std::isfinite(weight) ? std::clamp(1.0 + 4.0 * std::fabs(weight), 1.0, 9.0) : 1.0;
        if (edgeHighlight[k].isValid()) {
            painter.setPen(QPen(edgeHighlight[k], width + 7, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(a, b);
        }
        if (m_changes) {
            drawWeightChange(painter, static_cast<int>(k), a, b, largestChange);
        } else {
            painter.setPen(QPen(stageColor(Stage::Weight), width, weight < 0 ? Qt::DashLine : Qt::SolidLine,
                                Qt::RoundCap));
            painter.drawLine(a, b);
        }
        // Straight edges are labelled in the middle; crossing ones near their own end, so the two
        // labels of a crossing never collide.
        const bool straight = a.y() == b.y();
        const QPointF at = a + (b - a) * (straight ? 0.5 : (kEdges[k].second >= 4 ? 0.72 : 0.28));
        const QString label =
            m_changes ? QStringLiteral("Δw%1 %2").arg(k + 1).arg(
                            QString::fromStdString(formatShort(m_changes->delta[k])))
                      : QStringLiteral("w%1 %2").arg(k + 1).arg(QString::fromStdString(formatShort(weight)));
        QRectF box = metrics.boundingRect(label).adjusted(-2, -1, 2, 1);
        box.moveCenter(at);
        painter.fillRect(box, QColor(255, 255, 255, 220));
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(box, Qt::AlignCenter, label);
    }

    if (row && showsBiases()) drawBiases(painter, centre, radius, *row, biasHighlight);

    static const int activationOf[] = {quantity::i1,   quantity::i2,   quantity::a_h1,
                                       quantity::a_h2, quantity::a_o1, quantity::a_o2};
    for (std::size_t n = 0; n < centre.size(); ++n) {
        if (neuronHighlight[n].isValid()) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(neuronHighlight[n]);
            painter.drawEllipse(centre[n], radius + 5, radius + 5);
        }
        painter.setPen(QPen(stageColor(n < 2 ? Stage::Given : Stage::Forward), 2));
        painter.setBrush(palette().base());
        painter.drawEllipse(centre[n], radius, radius);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(centre[n].x() - radius, centre[n].y() - radius, 2 * radius, 2 * radius),
                         Qt::AlignCenter, QString::fromLatin1(kNeuronNames[n]));
        // The neuron's value (input, or activation once computed) under it.
        const int q = activationOf[n];
        const int cell = sheet.cellOfQuantity(q);
        if (row && (cell < 0 || sheet.isEvaluated(iteration, cell))) {
            const QString value = QString::fromStdString(formatShort((*row)[static_cast<std::size_t>(q)]));
            QRectF box = metrics.boundingRect(value).adjusted(-2, 0, 2, 0);
            box.moveTopLeft(QPointF(centre[n].x() - box.width() / 2, centre[n].y() + radius + 1));
            painter.fillRect(box, QColor(255, 255, 255, 220)); // a bias edge may run under it
            painter.drawText(box, Qt::AlignCenter, value);
        }
    }
    // Targets beside the outputs.
    if (row) {
        painter.setPen(stageColor(Stage::Loss));
        for (int k = 0; k < 2; ++k) {
            const QPointF c = centre[static_cast<std::size_t>(4 + k)];
            painter.drawText(QPointF(c.x() + radius + 4, c.y() + metrics.ascent() / 2),
                             QStringLiteral("t%1 %2").arg(k + 1).arg(
                                 QString::fromStdString(formatShort((*row)[quantity::t1 + k]))));
        }
    }
}

} // namespace bplab::ui
