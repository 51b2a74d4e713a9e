// Where the network diagram puts its units and labels, checked on the layout alone (no painting): the
// seed network's labels at a few sizes, the hand arithmetic of the units' places at 600×400.
#include "ui/sheet/diagram/network_diagram_layout.h"

#include <QApplication>
#include <QFontMetricsF>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace bplab::ui {

namespace {

// The seed sheet after its first forward pass, with biases shown: every kind of label is written.
NetworkDiagramContent seedContent() {
    NetworkDiagramContent content;
    const std::array<double, 8> weights{0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55};
    for (std::size_t k = 0; k < 8; ++k) {
        content.weight[k] = weights[k];
        content.edgeText[k] = QStringLiteral("w%1 %2").arg(k + 1).arg(weights[k]);
    }
    content.unitValue = {QStringLiteral("0.05"),     QStringLiteral("0.1"),      QStringLiteral("0.593270"),
                         QStringLiteral("0.596884"), QStringLiteral("0.751365"), QStringLiteral("0.772928")};
    content.biasValue = {QStringLiteral("0.35"), QStringLiteral("0.6")};
    return content;
}

// Whether `box` reaches into the circle: its point nearest the centre lies closer than the radius.
bool overlapsCircle(const QRectF& box, QPointF centre, double radius) {
    const double dx = std::clamp(centre.x(), box.left(), box.right()) - centre.x();
    const double dy = std::clamp(centre.y(), box.top(), box.bottom()) - centre.y();
    return std::hypot(dx, dy) < radius;
}

} // namespace

TEST(NetworkDiagramLayout, PlacesTheSixUnitsInThreeColumnsInsideTheArea) {
    const QSize size(600, 400);
    const NetworkDiagramLayout layout = layOutNetworkDiagram(size, QApplication::font(), seedContent());
    // radius = clamp(0.08·min(600, 400) = 32, 12, 22) = 22
    // columns: left = 22 + 34 = 56, right = 600 − 22 − 64 = 514, middle = (56 + 514)/2 = 285
    // rows: top = 22 + 22 = 44, bottom = 400 − 22 − 22 = 356
    EXPECT_DOUBLE_EQ(layout.unitRadius, 22.0);
    const std::array<QPointF, 6> expected{QPointF(56, 44),   QPointF(56, 356), QPointF(285, 44),
                                          QPointF(285, 356), QPointF(514, 44), QPointF(514, 356)};
    const QRectF area(QPointF(0, 0), QSizeF(size));
    for (std::size_t n = 0; n < 6; ++n) {
        SCOPED_TRACE(kNetworkUnits[n].name);
        EXPECT_EQ(layout.unitCentre[n], expected[n]);
        const QPointF c = layout.unitCentre[n];
        const double r = layout.unitRadius;
        EXPECT_TRUE(area.contains(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))); // the whole circle
    }
    // Inputs (i1, i2) left of hidden units (h1, h2) left of outputs (o1, o2).
    for (std::size_t row = 0; row < 2; ++row) {
        EXPECT_LT(layout.unitCentre[0 + row].x(), layout.unitCentre[2 + row].x());
        EXPECT_LT(layout.unitCentre[2 + row].x(), layout.unitCentre[4 + row].x());
    }
    // No two circles overlap: centres at least two radii apart.
    for (std::size_t a = 0; a < 6; ++a) {
        for (std::size_t b = a + 1; b < 6; ++b) {
            EXPECT_GE(QLineF(layout.unitCentre[a], layout.unitCentre[b]).length(), 2 * layout.unitRadius)
                << kNetworkUnits[a].name << " and " << kNetworkUnits[b].name;
        }
    }
    // Edge w5 (kNetworkEdges[4]) runs from h1 to o1.
    EXPECT_EQ(layout.edge[4], QLineF(QPointF(285, 44), QPointF(514, 44)));
}

TEST(NetworkDiagramLayout, LabelsStayInsideAndOffTheUnits) {
    for (const QSize size : {QSize(600, 400), QSize(360, 220), QSize(800, 500)}) {
        const NetworkDiagramLayout layout = layOutNetworkDiagram(size, QApplication::font(), seedContent());
        std::vector<std::pair<std::string, QRectF>> boxes;
        for (std::size_t k = 0; k < 8; ++k)
            boxes.emplace_back("label of w" + std::to_string(k + 1), layout.edgeLabel[k].box);
        for (std::size_t n = 0; n < 6; ++n)
            boxes.emplace_back(std::string("value of ") + kNetworkUnits[n].name, layout.unitValueBox[n]);
        for (std::size_t b = 0; b < 2; ++b) {
            boxes.emplace_back("node b" + std::to_string(b + 1), layout.biasNode[b]);
            boxes.emplace_back("value of b" + std::to_string(b + 1), layout.biasValueBox[b]);
        }
        const QRectF area(QPointF(0, 0), QSizeF(size));
        for (const auto& [name, box] : boxes) {
            SCOPED_TRACE(name + " at " + std::to_string(size.width()) + "×" + std::to_string(size.height()));
            EXPECT_FALSE(box.isEmpty());
            EXPECT_TRUE(area.contains(box));
            for (std::size_t n = 0; n < 6; ++n) {
                EXPECT_FALSE(overlapsCircle(box, layout.unitCentre[n], layout.unitRadius))
                    << "covers " << kNetworkUnits[n].name;
            }
        }
    }
}

TEST(NetworkDiagramLayout, TheWeightChangeTitleMovesOnlyTheTopRowDownOneLine) {
    const QSize size(600, 400);
    NetworkDiagramContent content = seedContent();
    const NetworkDiagramLayout plain = layOutNetworkDiagram(size, QApplication::font(), content);
    content.title = true;
    const NetworkDiagramLayout titled = layOutNetworkDiagram(size, QApplication::font(), content);
    const double line = QFontMetricsF(QApplication::font()).height();
    for (std::size_t n = 0; n < 6; ++n) {
        const bool top = n % 2 == 0; // i1, h1, o1
        EXPECT_DOUBLE_EQ(titled.unitCentre[n].y(), plain.unitCentre[n].y() + (top ? line : 0.0));
        EXPECT_DOUBLE_EQ(titled.unitCentre[n].x(), plain.unitCentre[n].x());
    }
}

} // namespace bplab::ui
