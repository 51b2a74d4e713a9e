// The diagram of the user's own network: where its units go, how its edges show |w| and its sign, what
// the selected cell highlights, that labels never collide on the largest network, that the description
// reads the sheet's own numbers, and that edges stand out from the background in every theme.
#include "ui/sheet/diagram/own_network_diagram.h"

#include "core/sheet/network/network_architecture.h"
#include "core/sheet/sheet_csv.h"
#include "tests/support/named_palette.h"
#include "ui/common/app_theme.h"
#include "ui/common/palette_colors.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/table/stage_colors.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace bplab::ui {

namespace {

using Weights = std::vector<std::vector<std::vector<double>>>;

// XOR's four examples (one step uses all four: example slots 1..4) on a network of `layers`.
NetworkSpec xorDiagramSpec(const std::vector<int>& layers, Weights weights,
                           BiasMode biases = BiasMode::None) {
    NetworkSpec spec;
    spec.layers = layers;
    spec.activations.assign(layers.size() - 1, Activation::Sigmoid);
    spec.data = trainingSetPreset(TrainingSetPreset::Xor);
    spec.weights = std::move(weights);
    spec.biasMode = biases;
    spec.biases = zeroBiases(spec);
    return spec;
}

// 2-2-1 with weights of six different sizes, three of them negative.
const Weights kHandWeights{{{0.5, -1.0}, {1.5, -0.25}}, {{2.0, -0.75}}};

// The largest network the sheet allows, with per-unit biases and two examples of 4 inputs and 4 targets.
NetworkSpec largestSpec() {
    NetworkSpec spec;
    spec.layers = {4, 6, 6, 6, 4};
    spec.activations.assign(4, Activation::Sigmoid);
    spec.data.examples = {{{0.1, -0.2, 0.3, 0.4}, {0.0, 1.0, 0.5, 0.25}},
                          {{1.0, 0.5, -0.5, 0.0}, {1.0, 0.0, 0.5, 0.75}}};
    spec.weights = startingWeights(spec.layers, WeightInit::Uniform, 7);
    spec.biasMode = BiasMode::PerUnit;
    spec.biases = zeroBiases(spec);
    return spec;
}

class OwnNetworkDiagramTest : public ::testing::Test {
protected:
    void show(const NetworkSpec& spec) {
        QString error;
        ASSERT_TRUE(document.setNetwork(spec, &error)) << error.toStdString();
    }
    int quantity(const char* id) const { return document.ownNetwork()->quantities().indexOf(id); }
    void selectCellOf(const char* id, int iteration) {
        document.select({iteration, document.ownNetwork()->cellOfQuantity(quantity(id))});
    }
    QImage render(QSize size) {
        QImage image(size, QImage::Format_RGB32);
        QPainter painter(&image);
        diagram.paint(painter, size);
        return image;
    }

    SheetDocument document;
    OwnNetworkDiagram diagram{&document};
};

TEST_F(OwnNetworkDiagramTest, PutsEachLayerInAColumnCentredOnOneRowPitch) {
    show(xorDiagramSpec({2, 3, 1}, {{{0.1, 0.2}, {0.3, 0.4}, {0.5, 0.6}}, {{0.7, 0.8, 0.9}}}));
    const OwnNetworkDiagramLayout layout = diagram.layoutAt({600, 280});
    ASSERT_EQ(layout.unitBox.size(), 3u);
    EXPECT_EQ(layout.unitBox[0].size(), 2u);
    EXPECT_EQ(layout.unitBox[1].size(), 3u);
    EXPECT_EQ(layout.unitBox[2].size(), 1u);
    for (std::size_t l = 0; l < layout.unitBox.size(); ++l) {
        const auto& column = layout.unitBox[l];
        for (const QRectF& box : column) EXPECT_DOUBLE_EQ(box.center().x(), column.front().center().x());
        if (l > 0) {
            EXPECT_GT(column.front().left(), layout.unitBox[l - 1].front().right() + 100) << "room for edges";
        }
    }
    // One pitch p for every column: the hidden units at y₀, y₀ + p, y₀ + 2p; the inputs half a pitch in
    // (y₀ + p/2, y₀ + 3p/2); the output in the middle (y₀ + p). So every column is centred on y₀ + p.
    const double y0 = layout.unitBox[1][0].center().y();
    const double pitch = layout.unitBox[1][1].center().y() - y0;
    EXPECT_GT(pitch, 0);
    EXPECT_NEAR(layout.unitBox[1][2].center().y(), y0 + 2 * pitch, 1e-9);
    EXPECT_NEAR(layout.unitBox[0][0].center().y(), y0 + pitch / 2, 1e-9);
    EXPECT_NEAR(layout.unitBox[0][1].center().y(), y0 + 3 * pitch / 2, 1e-9);
    EXPECT_NEAR(layout.unitBox[2][0].center().y(), y0 + pitch, 1e-9);
    // The target t₁ sits right of the output, on its row.
    ASSERT_EQ(layout.targetBox.size(), 1u);
    EXPECT_GT(layout.targetBox[0].left(), layout.unitBox[2][0].right());
    EXPECT_NEAR(layout.targetBox[0].center().y(), layout.unitBox[2][0].center().y(), 1e-9);
    EXPECT_LE(layout.targetBox[0].right(), 600);
}

TEST_F(OwnNetworkDiagramTest, EdgesGrowWithTheSizeOfTheWeightAndShowItsSignInColour) {
    show(xorDiagramSpec({2, 2, 1}, kHandWeights));
    document.reset(); // row 0 before anything is computed: the spec's own weights
    const OwnNetworkDiagramFacts facts = diagram.facts();
    const OwnNetworkDiagramLayout layout = diagram.layoutAt({600, 280});
    ASSERT_EQ(layout.edgeWidth.size(), 6u);
    // In order of |w|: 0.25, 0.5, 0.75, 1.0, 1.5, 2.0 — edges 3, 0, 5, 1, 2, 4.
    const std::vector<std::size_t> bySize{3, 0, 5, 1, 2, 4};
    for (std::size_t i = 0; i + 1 < bySize.size(); ++i)
        EXPECT_LT(layout.edgeWidth[bySize[i]], layout.edgeWidth[bySize[i + 1]]) << "edge " << bySize[i];
    EXPECT_DOUBLE_EQ(*facts.weights[3].element.value, -0.25);
    // With the widest edge 6 px: 1 + (6 − 1)·0.5 / (0.5 + 0.5) = 3.5 px for |w| = 0.5.
    EXPECT_DOUBLE_EQ(ownEdgePenWidth(0.5, 6.0), 3.5);
    EXPECT_DOUBLE_EQ(ownEdgePenWidth(-0.5, 6.0), 3.5);
    EXPECT_NE(OwnNetworkDiagram::edgeColor(0.5, lightPalette()),
              OwnNetworkDiagram::edgeColor(-0.5, lightPalette()));
}

TEST_F(OwnNetworkDiagramTest, HighlightsTheSelectedCellAndWhatItReadsForItsExample) {
    show(xorDiagramSpec({2, 2, 1}, kHandWeights));
    selectCellOf("z1_1@2", 0); // z¹₁ of the step's second example = w¹₁₁·x₁ + w¹₁₂·x₂, XOR's (0, 1)
    const OwnNetworkDiagramFacts facts = diagram.facts();
    EXPECT_EQ(facts.slot, 1);
    EXPECT_EQ(facts.example, 1);
    EXPECT_DOUBLE_EQ(*facts.units[0][0].value, 0.0);
    EXPECT_DOUBLE_EQ(*facts.units[0][1].value, 1.0);
    using H = DiagramHighlight;
    EXPECT_EQ(facts.units[1][0].highlight, H::Current);
    EXPECT_EQ(facts.units[0][0].highlight, H::Precedent);
    EXPECT_EQ(facts.units[0][1].highlight, H::Precedent);
    EXPECT_EQ(facts.units[1][1].highlight, H::None);
    EXPECT_EQ(facts.units[2][0].highlight, H::None);
    EXPECT_EQ(facts.targets[0].highlight, H::None);
    for (const OwnDiagramWeight& w : facts.weights) {
        const bool read = w.layer == 1 && w.to == 0;
        EXPECT_EQ(w.element.highlight, read ? H::Precedent : H::None) << w.element.label.toStdString();
    }
    // Painted in the table's colour: the unit box is filled amber beside its text.
    const QRectF box = diagram.layoutAt({600, 280}).unitBox[1][0];
    const QImage image = render({600, 280});
    const QPoint inside(static_cast<int>(box.left()) + 3, static_cast<int>(box.center().y()));
    EXPECT_EQ(image.pixelColor(inside), currentCellColor(diagram.palette()));
}

TEST_F(OwnNetworkDiagramTest, LabelsOfTheLargestNetworkNeverOverlap) {
    show(largestSpec());
    for (const QSize size : {QSize(500, 300), QSize(600, 280)}) {
        const OwnNetworkDiagramLayout layout = diagram.layoutAt(size);
        const QRectF picture(QPointF(0, 0), size);
        std::vector<QRectF> labels, units;
        for (const auto& box : layout.edgeLabelBox)
            if (box) labels.push_back(*box);
        for (const auto& column : layout.unitBox) units.insert(units.end(), column.begin(), column.end());
        EXPECT_GE(labels.size(), 4u) << "some weights keep their labels";
        EXPECT_LT(labels.size(), layout.edge.size()) << "a dense network drops labels";
        for (std::size_t i = 0; i < labels.size(); ++i) {
            EXPECT_TRUE(picture.contains(labels[i]));
            for (std::size_t k = i + 1; k < labels.size(); ++k) EXPECT_FALSE(labels[i].intersects(labels[k]));
            for (const QRectF& unit : units) EXPECT_FALSE(labels[i].intersects(unit));
        }
        for (std::size_t i = 0; i < units.size(); ++i) {
            EXPECT_TRUE(picture.contains(units[i])) << size.width() << "×" << size.height();
            for (std::size_t k = i + 1; k < units.size(); ++k) EXPECT_FALSE(units[i].intersects(units[k]));
        }
        EXPECT_EQ(layout.biasNode.size(), 4u);
    }
}

TEST_F(OwnNetworkDiagramTest, DescriptionReadsTheSheetsValues) {
    show(xorDiagramSpec({2, 3, 1}, {{{0.1, 0.2}, {0.3, 0.4}, {0.5, 0.6}}, {{0.7, 0.8, 0.9}}},
                        BiasMode::Shared));
    const NetworkSheet& sheet = *document.ownNetwork();
    const int iteration = document.selectedCell()->iteration; // the last row: a network starts computed
    ASSERT_GT(iteration, 0);
    const QString description = diagram.accessibleDescription();
    auto said = [&](const char* label, const char* id) {
        return QStringLiteral("%1 %2").arg(
            QString::fromUtf8(label),
            QString::fromStdString(formatShort(sheet.value(iteration, quantity(id)))));
    };
    EXPECT_TRUE(description.contains(QStringLiteral("Iteration %1").arg(iteration)))
        << description.toStdString();
    for (const auto& [label, id] : std::vector<std::pair<const char*, const char*>>{{"x₂", "x2@1"},
                                                                                    {"a¹₂", "a1_2@1"},
                                                                                    {"a²₁", "a2_1@1"},
                                                                                    {"t₁", "t1@1"},
                                                                                    {"w¹₂₁", "w1_21"},
                                                                                    {"w²₁₃", "w2_13"},
                                                                                    {"b¹", "b1"}}) {
        EXPECT_TRUE(description.contains(said(label, id)))
            << said(label, id).toStdString() << " in " << description.toStdString();
    }
    EXPECT_FALSE(diagram.accessibleName().isEmpty());
}

TEST_F(OwnNetworkDiagramTest, TooltipNamesTheElementAndItsFullValue) {
    show(xorDiagramSpec({2, 2, 1}, kHandWeights));
    const int iteration = document.selectedCell()->iteration;
    const OwnNetworkDiagramLayout layout = diagram.layoutAt({600, 280});
    const double a = document.ownNetwork()->value(iteration, quantity("a1_2@1"));
    EXPECT_TRUE(diagram.toolTipAt(layout.unitBox[1][1].center(), {600, 280})
                    .startsWith(QStringLiteral("a¹₂ = ") + QString::fromStdString(formatExact(a))));
    // A point on edge w²₁₁ (hidden unit 1 to the output), a fifth of the way along.
    const double w = document.ownNetwork()->value(iteration, quantity("w2_11"));
    EXPECT_EQ(diagram.toolTipAt(layout.edge[4].pointAt(0.2), {600, 280}),
              QStringLiteral("w²₁₁ = ") + QString::fromStdString(formatExact(w)));
    EXPECT_TRUE(diagram.toolTipAt({2, 278}, {600, 280}).isEmpty()) << "nothing in the corner";
    EXPECT_EQ(diagram.toolTip(), OwnNetworkDiagram::legend()) << "shown there instead";
}

TEST_F(OwnNetworkDiagramTest, SaysSoWhileTheSeedSheetIsShown) {
    EXPECT_FALSE(diagram.facts().shown);
    EXPECT_TRUE(diagram.layoutAt({600, 280}).unitBox.empty());
    show(xorDiagramSpec({2, 2, 1}, kHandWeights));
    EXPECT_TRUE(diagram.facts().shown);
    document.showSeedSheet();
    EXPECT_FALSE(diagram.facts().shown);
    EXPECT_EQ(diagram.accessibleDescription(), OwnNetworkDiagram::tr("No network of your own is shown."));
}

// A desktop theme with a mid-grey base, on which neither edge hue reaches 3 : 1 as it is (blue #0072b2
// on #8a8a8a: about 1.5 : 1): the edges must be moved in lightness for it.
QPalette midGreyPalette() {
    QPalette palette = lightPalette();
    palette.setColor(QPalette::Base, QColor(0x8a, 0x8a, 0x8a));
    return palette;
}

// Edges are graphics a reader must see: at least 3 : 1 against the background (WCAG 1.4.11), measured
// from the rendered pixels along each edge, away from labels and units.
class OwnNetworkDiagramContrast : public OwnNetworkDiagramTest,
                                  public ::testing::WithParamInterface<test::NamedPalette> {};

TEST_P(OwnNetworkDiagramContrast, EveryEdgeStandsOutFromTheBackground) {
    diagram.setPalette(GetParam().palette());
    show(xorDiagramSpec({2, 2, 1}, kHandWeights));
    document.reset(); // no selection: no highlight under any edge
    const QSize size(600, 280);
    const OwnNetworkDiagramLayout layout = diagram.layoutAt(size);
    const QImage image = render(size);
    const QColor base = diagram.palette().color(QPalette::Base);
    for (std::size_t k = 0; k < layout.edge.size(); ++k) {
        double best = 1.0;
        for (double t = 0.05; t < 0.95; t += 0.01) {
            const QPointF at = layout.edge[k].pointAt(t);
            const bool underLabel =
                std::any_of(layout.edgeLabelBox.begin(), layout.edgeLabelBox.end(),
                            [&](const auto& box) { return box && box->adjusted(-2, -2, 2, 2).contains(at); });
            if (!underLabel) best = std::max(best, contrastRatio(image.pixelColor(at.toPoint()), base));
        }
        EXPECT_GE(best, 3.0) << GetParam().name << ": edge " << k;
    }
}

INSTANTIATE_TEST_SUITE_P(Themes, OwnNetworkDiagramContrast,
                         ::testing::Values(test::NamedPalette{"light", &lightPalette},
                                           test::NamedPalette{"dark", &darkPalette},
                                           test::NamedPalette{"high_contrast", &highContrastPalette},
                                           test::NamedPalette{"mid_grey", &midGreyPalette}),
                         [](const ::testing::TestParamInfo<test::NamedPalette>& theme) {
                             return std::string(theme.param.name);
                         });

} // namespace

} // namespace bplab::ui
