#include "ui/sheet/diagram/own_network_diagram.h"

#include "core/sheet/network/network_quantities.h"
#include "core/sheet/sheet_csv.h"
#include "ui/common/locale_numbers.h"
#include "ui/common/palette_colors.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/table/stage_colors.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace bplab::ui {

namespace {

// Edges are not text but must stand out from the background as graphics do (WCAG 1.4.11).
constexpr double kEdgeContrast = 3.0;
// A highlighted edge is drawn this much wider under itself, in the highlight colour.
constexpr double kHaloExtra = 6.0;

QString shortValue(const std::optional<double>& value) {
    return value ? withLocaleDecimals(formatShort(*value)) : QStringLiteral("–");
}

QString labelled(const OwnDiagramElement& e) {
    return QStringLiteral("%1 %2").arg(e.label, shortValue(e.value));
}

QColor highlightColor(DiagramHighlight highlight, const QPalette& palette) {
    switch (highlight) {
    case DiagramHighlight::Current:
        return currentCellColor(palette);
    case DiagramHighlight::Precedent:
        return precedentCellColor(palette);
    case DiagramHighlight::None:
        break;
    }
    return {};
}

// The strongest of several highlights (a bias node stands for all of its layer's biases).
DiagramHighlight strongest(const std::vector<OwnDiagramElement>& elements) {
    DiagramHighlight result = DiagramHighlight::None;
    for (const OwnDiagramElement& e : elements) result = std::max(result, e.highlight);
    return result;
}

const OwnDiagramElement& biasFeeding(const OwnDiagramLayerBiases& biases, int unit) {
    return biases.shared ? biases.elements.front() : biases.elements.at(static_cast<std::size_t>(unit));
}

// The texts the picture writes for `facts`, which the layout makes room for.
OwnNetworkDiagramContent ownDiagramContentOf(const OwnNetworkDiagramFacts& facts) {
    OwnNetworkDiagramContent content;
    for (std::size_t l = 0; l < facts.units.size(); ++l) {
        auto& names = content.unitName.emplace_back();
        auto& values = content.unitValue.emplace_back();
        for (const OwnDiagramElement& unit : facts.units[l]) {
            names.push_back(unit.label);
            values.push_back(shortValue(unit.value));
        }
        content.layerName.push_back(l == 0 ? QStringLiteral("x")
                                           : QStringLiteral("a") +
                                                 QString::fromStdString(superscript(static_cast<int>(l))));
    }
    for (const OwnDiagramElement& target : facts.targets) content.targetText.push_back(labelled(target));
    for (const OwnDiagramWeight& w : facts.weights) {
        const OwnDiagramElement& e = w.element;
        content.edges.push_back({w.layer, w.to, w.from, e.value.value_or(0.0), labelled(e),
                                 shortValue(e.value), e.highlight != DiagramHighlight::None});
    }
    for (const OwnDiagramLayerBiases& layer : facts.biases) {
        OwnNetworkDiagramContent::Bias bias{
            layer.layer, QStringLiteral("b") + QString::fromStdString(superscript(layer.layer)), {}};
        for (const OwnDiagramElement& e : layer.elements) bias.value.push_back(e.value.value_or(0.0));
        content.biases.push_back(bias);
    }
    return content;
}

QPen edgePen(double value, double width, const QPalette& palette) {
    return QPen(OwnNetworkDiagram::edgeColor(value, palette), width, value < 0 ? Qt::DashLine : Qt::SolidLine,
                Qt::FlatCap);
}

// Under every edge first, so no halo covers another edge.
void drawHalo(QPainter& painter, const QLineF& line, double width, DiagramHighlight highlight,
              const QPalette& palette) {
    if (highlight == DiagramHighlight::None) return;
    painter.setPen(QPen(highlightColor(highlight, palette), width + kHaloExtra, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(line);
}

void drawEdges(QPainter& painter, const OwnNetworkDiagramFacts& facts, const OwnNetworkDiagramLayout& layout,
               const QPalette& palette) {
    for (const auto& e : layout.biasEdge)
        drawHalo(painter, e.line, e.width,
                 biasFeeding(facts.biases[static_cast<std::size_t>(e.bias)], e.unit).highlight, palette);
    for (std::size_t k = 0; k < layout.edge.size(); ++k)
        drawHalo(painter, layout.edge[k], layout.edgeWidth[k], facts.weights[k].element.highlight, palette);
    for (const auto& e : layout.biasEdge) {
        const auto& value = biasFeeding(facts.biases[static_cast<std::size_t>(e.bias)], e.unit).value;
        painter.setPen(edgePen(value.value_or(0.0), e.width, palette));
        painter.drawLine(e.line);
    }
    for (std::size_t k = 0; k < layout.edge.size(); ++k) {
        painter.setPen(edgePen(facts.weights[k].element.value.value_or(0.0), layout.edgeWidth[k], palette));
        painter.drawLine(layout.edge[k]);
    }
}

void drawOwnEdgeLabels(QPainter& painter, const OwnNetworkDiagramLayout& layout, const QPalette& palette) {
    QColor box = palette.color(QPalette::Base);
    box.setAlpha(235); // nearly opaque: the label reads over the edges under it, which still show through
    painter.setPen(palette.color(QPalette::Text));
    for (std::size_t k = 0; k < layout.edgeLabelBox.size(); ++k) {
        if (!layout.edgeLabelBox[k]) continue;
        painter.fillRect(*layout.edgeLabelBox[k], box);
        painter.drawText(*layout.edgeLabelBox[k], Qt::AlignCenter, layout.edgeLabelText[k]);
    }
}

// A box of `stage`'s colour filled with the base, or with the highlight colour as the table fills its cell.
void drawBox(QPainter& painter, const QRectF& box, Stage stage, DiagramHighlight highlight,
             const QPalette& palette) {
    const QColor fill = highlight == DiagramHighlight::None ? palette.color(QPalette::Base)
                                                            : highlightColor(highlight, palette);
    painter.setPen(QPen(stageColor(stage, palette), 1.5));
    painter.setBrush(fill);
    painter.drawRoundedRect(box, 4, 4);
}

void drawNodes(QPainter& painter, const OwnNetworkDiagramFacts& facts, const OwnNetworkDiagramLayout& layout,
               const OwnNetworkDiagramContent& content, const QPalette& palette) {
    const QColor text = palette.color(QPalette::Text);
    for (std::size_t b = 0; b < layout.biasNode.size(); ++b) {
        drawBox(painter, layout.biasNode[b], Stage::Weight, strongest(facts.biases[b].elements), palette);
        painter.setPen(text);
        painter.drawText(layout.biasNode[b], Qt::AlignCenter, content.biases[b].name);
    }
    for (std::size_t l = 0; l < layout.unitBox.size(); ++l) {
        painter.setPen(text);
        painter.drawText(layout.layerNameBox[l], Qt::AlignCenter, content.layerName[l]);
        for (std::size_t j = 0; j < layout.unitBox[l].size(); ++j) {
            const QRectF& box = layout.unitBox[l][j];
            drawBox(painter, box, l == 0 ? Stage::Given : Stage::Forward, facts.units[l][j].highlight,
                    palette);
            painter.setPen(text);
            const QString shown = layout.namesInUnits
                                      ? content.unitName[l][j] + QLatin1Char('\n') + content.unitValue[l][j]
                                      : content.unitValue[l][j];
            painter.drawText(box, Qt::AlignCenter, shown);
        }
    }
    for (std::size_t j = 0; j < layout.targetBox.size(); ++j) {
        const DiagramHighlight highlight = facts.targets[j].highlight;
        if (highlight != DiagramHighlight::None)
            painter.fillRect(layout.targetBox[j], highlightColor(highlight, palette));
        painter.setPen(highlight == DiagramHighlight::None ? stageColor(Stage::Loss, palette) : text);
        painter.drawText(layout.targetBox[j], Qt::AlignCenter, content.targetText[j]);
    }
}

// How far `point` is from the segment `line`.
double distanceTo(const QLineF& line, QPointF point) {
    const QPointF d = line.p2() - line.p1();
    const double lengthSquared = QPointF::dotProduct(d, d);
    const double t = lengthSquared > 0
                         ? std::clamp(QPointF::dotProduct(point - line.p1(), d) / lengthSquared, 0.0, 1.0)
                         : 0.0;
    return QLineF(point, line.p1() + d * t).length();
}

QString fullText(const OwnDiagramElement& e) {
    return e.value ? QStringLiteral("%1 = %2").arg(e.label, withLocaleDecimals(formatExact(*e.value)))
                   : OwnNetworkDiagram::tr("%1: not computed yet").arg(e.label);
}

} // namespace

OwnNetworkDiagram::OwnNetworkDiagram(const SheetDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setAccessibleName(tr("Network diagram of your network"));
    setMouseTracking(true);
    connect(document, &SheetDocument::changed, this, &OwnNetworkDiagram::refresh);
    connect(document, &SheetDocument::selectionChanged, this, &OwnNetworkDiagram::refresh);
    connect(document, &SheetDocument::shownSheetChanged, this, &OwnNetworkDiagram::refresh);
    refresh();
}

OwnNetworkDiagramFacts OwnNetworkDiagram::facts() const { return readOwnNetworkDiagram(*m_document); }

OwnNetworkDiagramLayout OwnNetworkDiagram::layoutAt(QSize size) const {
    return layOutOwnNetworkDiagram(size, labelFont(), ownDiagramContentOf(facts()));
}

QColor OwnNetworkDiagram::edgeColor(double weight, const QPalette& palette) {
    const QColor hue = weight < 0 ? QColor(0xd5, 0x5e, 0x00) : QColor(0x00, 0x72, 0xb2);
    return readableOn(hue, palette.color(QPalette::Base), kEdgeContrast);
}

void OwnNetworkDiagram::refresh() {
    setToolTip(m_document->showsOwnNetwork() ? legend() : tr("Build a network of your own to see it here."));
    setAccessibleDescription(describeOwnNetworkDiagram(facts()));
    update();
}

QString OwnNetworkDiagram::legend() {
    return tr(
        "Your network at the selected iteration, for one example of the step. Edge thickness shows |w|: "
        "blue positive, vermilion dashed negative. Amber: the selected cell; cyan: what it reads. "
        "Point at a unit or an edge for its full value.");
}

QFont OwnNetworkDiagram::labelFont() const {
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return small;
}

void OwnNetworkDiagram::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paint(painter, size());
}

void OwnNetworkDiagram::paint(QPainter& painter, QSize size) const {
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& colors = palette();
    painter.fillRect(QRect(QPoint(0, 0), size), colors.base());
    painter.setFont(labelFont());
    const OwnNetworkDiagramFacts shown = facts();
    if (!shown.shown) {
        painter.setPen(colors.color(QPalette::Text));
        painter.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Build a network of your own to see it here."));
        return;
    }
    const OwnNetworkDiagramContent content = ownDiagramContentOf(shown);
    // Measured in the painter's font: an export's device may have another resolution than the screen.
    const OwnNetworkDiagramLayout layout = layOutOwnNetworkDiagram(size, painter.font(), content);
    drawEdges(painter, shown, layout, colors);
    drawOwnEdgeLabels(painter, layout, colors); // after every edge, so no edge covers another's label
    drawNodes(painter, shown, layout, content, colors);
}

QString OwnNetworkDiagram::toolTipAt(QPointF point, QSize size) const {
    const OwnNetworkDiagramFacts shown = facts();
    if (!shown.shown) return {};
    const OwnNetworkDiagramLayout layout =
        layOutOwnNetworkDiagram(size, labelFont(), ownDiagramContentOf(shown));
    const QString example =
        tr("iteration %1, example %2 of the step").arg(shown.iteration).arg(shown.slot + 1);
    for (std::size_t l = 0; l < layout.unitBox.size(); ++l)
        for (std::size_t j = 0; j < layout.unitBox[l].size(); ++j)
            if (layout.unitBox[l][j].contains(point))
                return fullText(shown.units[l][j]) + QStringLiteral(" (%1)").arg(example);
    for (std::size_t j = 0; j < layout.targetBox.size(); ++j)
        if (layout.targetBox[j].contains(point))
            return fullText(shown.targets[j]) + QStringLiteral(" (%1)").arg(example);
    for (std::size_t b = 0; b < layout.biasNode.size(); ++b) {
        if (!layout.biasNode[b].contains(point)) continue;
        QStringList parts;
        for (const OwnDiagramElement& e : shown.biases[b].elements) parts << fullText(e);
        return parts.join(QLatin1Char('\n'));
    }
    for (std::size_t k = 0; k < layout.edgeLabelBox.size(); ++k)
        if (layout.edgeLabelBox[k] && layout.edgeLabelBox[k]->contains(point))
            return fullText(shown.weights[k].element);
    // The nearest edge within reach of the pointer (a thin edge gets a few pixels of slack).
    double nearest = 1e300;
    QString tip;
    for (std::size_t k = 0; k < layout.edge.size(); ++k) {
        const double distance = distanceTo(layout.edge[k], point);
        if (distance <= std::max(4.0, layout.edgeWidth[k] / 2 + 2) && distance < nearest) {
            nearest = distance;
            tip = fullText(shown.weights[k].element);
        }
    }
    for (const auto& e : layout.biasEdge) {
        const double distance = distanceTo(e.line, point);
        if (distance <= std::max(4.0, e.width / 2 + 2) && distance < nearest) {
            nearest = distance;
            tip = fullText(biasFeeding(shown.biases[static_cast<std::size_t>(e.bias)], e.unit));
        }
    }
    return tip;
}

bool OwnNetworkDiagram::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip && m_document->showsOwnNetwork()) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = toolTipAt(help->pos(), size());
        if (!tip.isEmpty()) { // else the widget's own tooltip: the legend
            QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
    }
    return QWidget::event(event);
}

} // namespace bplab::ui
