// The decision boundary view, fed plain functions of (x1, x2) as the sheet will feed it a forward
// pass: the colour at a point is the output there, the boundary runs where the output crosses 0.5, the
// examples are dots that stand out from the map under them, and the numbers reach the tooltip and the
// screen reader, on the light, the dark and the high-contrast palette.
#include "tests/support/named_palette.h"
#include "tests/support/scoped_application_palette.h"
#include "tests/support/temporary_path.h"
#include "ui/common/app_theme.h"
#include "ui/common/palette_colors.h"
#include "ui/sheet/boundary/decision_boundary_pane.h"
#include "ui/sheet/boundary/decision_boundary_view.h"

#include <QAccessible>
#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QHelpEvent>
#include <QImage>
#include <QToolTip>

#include <gtest/gtest.h>

#include <cmath>

namespace bplab::ui {
namespace {

double sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

DecisionBoundaryInput inputOf(std::function<double(double, double)> output,
                              std::vector<DecisionBoundaryExample> examples = {}) {
    DecisionBoundaryInput input;
    input.output = std::move(output);
    input.examples = std::move(examples);
    input.outputName = QStringLiteral("a_o1");
    return input;
}

// Within `tolerance` in each channel: the heat map is a scaled image, so a pixel may blend a little of
// its neighbour.
void expectColorNear(const QColor& actual, const QColor& expected, int tolerance, const char* where) {
    EXPECT_NEAR(actual.red(), expected.red(), tolerance) << where;
    EXPECT_NEAR(actual.green(), expected.green(), tolerance) << where;
    EXPECT_NEAR(actual.blue(), expected.blue(), tolerance) << where;
}

class DecisionBoundaryViewTest : public ::testing::Test {
protected:
    void SetUp() override { view.resize(460, 400); }
    QImage picture() {
        QImage image(view.size(), QImage::Format_RGB32);
        view.render(&image);
        return image;
    }
    QPoint at(double x1, double x2) const { return view.painter().toPlot(view.plotRect(), x1, x2).toPoint(); }
    QColor pixelAt(const QImage& image, double x1, double x2) const { return image.pixelColor(at(x1, x2)); }

    DecisionBoundaryView view;
};

TEST_F(DecisionBoundaryViewTest, TheColourAtAPointIsTheOutputThere) {
    view.setInput(inputOf([](double x1, double) { return x1; }));
    const QImage image = picture();
    const DecisionBoundaryColors& colors = view.painter().colors();
    // f = x1: low on the left, the palette's base in the middle, high on the right.
    expectColorNear(pixelAt(image, 0.02, 0.4), colors.at(0.02), 6, "x1 = 0.02");
    expectColorNear(pixelAt(image, 0.98, 0.4), colors.at(0.98), 6, "x1 = 0.98");
    // 0.25 is halfway from the middle (0.5) to the low end: half low colour over the base.
    expectColorNear(pixelAt(image, 0.25, 0.4), mixColors(colors.low, colors.middle, 0.5), 6, "x1 = 0.25");
    expectColorNear(pixelAt(image, 0.9, 0.4), mixColors(colors.high, colors.middle, 0.8), 6, "x1 = 0.9");
    expectColorNear(pixelAt(image, 0.6, 0.4), mixColors(colors.high, colors.middle, 0.2), 6, "x1 = 0.6");
    EXPECT_EQ(colors.middle, view.palette().color(QPalette::Base));
}

TEST_F(DecisionBoundaryViewTest, OutputsBeyondZeroAndOneTakeTheEndColoursAndTheTextSaysSo) {
    // f = 3·x1 − 1: −0.7 at x1 = 0.1, 1.7 at x1 = 0.9.
    view.setInput(inputOf([](double x1, double) { return 3.0 * x1 - 1.0; }));
    const QImage image = picture();
    expectColorNear(pixelAt(image, 0.1, 0.5), view.painter().colors().low, 6, "−0.7");
    expectColorNear(pixelAt(image, 0.9, 0.5), view.painter().colors().high, 6, "1.7");
    EXPECT_TRUE(
        view.accessibleDescription().contains(QStringLiteral("a_o1 from -1 to 2 (colours stop at 0 and 1)")))
        << view.accessibleDescription().toStdString();
}

TEST_F(DecisionBoundaryViewTest, TheBoundaryLineRunsWhereTheOutputCrossesOneHalf) {
    // sigmoid(10·(x1 − 0.3)) = 0.5 exactly at x1 = 0.3, whatever x2.
    view.setInput(inputOf([](double x1, double) { return sigmoid(10.0 * (x1 - 0.3)); }));
    const QImage image = picture();
    const QRectF plot = view.plotRect();
    const QColor ink = view.palette().color(QPalette::Text);
    for (double x2 : {0.25, 0.5, 0.75}) {
        const int y = at(0.0, x2).y();
        double sum = 0.0;
        int count = 0;
        // Inside the frame, whose own ink would count.
        for (int x = static_cast<int>(plot.left()) + 4; x < static_cast<int>(plot.right()) - 4; ++x) {
            if (contrastRatio(image.pixelColor(x, y), ink) < 1.5) {
                sum += x;
                ++count;
            }
        }
        ASSERT_GT(count, 0) << "no boundary line at x2 = " << x2;
        EXPECT_NEAR(sum / count, plot.left() + 0.3 * plot.width(), 2.0) << "x2 = " << x2;
    }
}

// The examples drawn on each of our palettes.
class DecisionBoundaryDotsTest : public DecisionBoundaryViewTest,
                                 public ::testing::WithParamInterface<test::NamedPalette> {};

TEST_P(DecisionBoundaryDotsTest, DotsSitOnTheirExamplesAndStandOutFromTheMap) {
    testing::ScopedApplicationPalette palette(GetParam().palette());
    QCoreApplication::processEvents(); // the palette reaches widgets through posted events
    ASSERT_EQ(view.painter().colors().middle, GetParam().palette().color(QPalette::Base));
    // f = sigmoid(10·(x1 − 0.5)): blue left, red right. The dots: red on red, blue on blue, red on blue
    // (the wrong side), and blue where the map is nearly the base colour (f(0.42) = sigmoid(−0.8) = 0.31).
    const std::vector<DecisionBoundaryExample> examples{
        {0.8, 0.5, 1.0}, {0.2, 0.5, 0.0}, {0.2, 0.15, 1.0}, {0.42, 0.8, 0.0}};
    view.setInput(inputOf([](double x1, double) { return sigmoid(10.0 * (x1 - 0.5)); }, examples));
    const QImage image = picture();
    const DecisionBoundaryColors& colors = view.painter().colors();
    const double r = DecisionBoundaryPainter::kDotRadius;
    for (const DecisionBoundaryExample& e : examples) {
        const QPoint centre = at(e.x1, e.x2);
        const std::string where = "example at " + std::to_string(e.x1) + ", " + std::to_string(e.x2);
        expectColorNear(image.pixelColor(centre), colors.at(e.target), 4, where.c_str());
        for (const QPoint direction : {QPoint(1, 0), QPoint(-1, 0), QPoint(0, 1), QPoint(0, -1)}) {
            // The outline's strongest pixel across the rim against the map a few pixels beyond it.
            const QColor map = image.pixelColor(centre + direction * static_cast<int>(r + 5));
            double best = 1.0;
            for (int d = static_cast<int>(r) - 1; d <= static_cast<int>(r) + 1; ++d)
                best = std::max(best, contrastRatio(image.pixelColor(centre + direction * d), map));
            EXPECT_GE(best, kGraphicContrast) << where;
        }
    }
    // The map's ends stand out from its middle too.
    EXPECT_GE(contrastRatio(colors.low, colors.middle), kGraphicContrast);
    EXPECT_GE(contrastRatio(colors.high, colors.middle), kGraphicContrast);
}

INSTANTIATE_TEST_SUITE_P(Palettes, DecisionBoundaryDotsTest,
                         ::testing::Values(test::NamedPalette{"light", &lightPalette},
                                           test::NamedPalette{"dark", &darkPalette},
                                           test::NamedPalette{"highContrast", &highContrastPalette}),
                         [](const ::testing::TestParamInfo<test::NamedPalette>& palette) {
                             return std::string(palette.param.name);
                         });

TEST_F(DecisionBoundaryViewTest, ADarkPaletteRecoloursTheMapWithoutAskingTheNetworkAgain) {
    int calls = 0;
    view.setInput(inputOf(
        [&calls](double x1, double) {
            ++calls;
            return x1;
        },
        {{0.5, 0.5, 1.0}}));
    // 101 × 101 grid points and one example, once.
    EXPECT_EQ(calls, 101 * 101 + 1);
    const QColor lightLow = view.painter().colors().low;
    testing::ScopedApplicationPalette dark(darkPalette());
    QCoreApplication::processEvents(); // the palette reaches widgets through posted events
    picture();
    view.resize(300, 280);
    picture();
    EXPECT_EQ(calls, 101 * 101 + 1) << "a repaint, a resize or a theme change must not re-evaluate";
    const QColor base = darkPalette().color(QPalette::Base);
    EXPECT_EQ(view.painter().colors().middle, base);
    EXPECT_NE(view.painter().colors().low, lightLow);
    // Near x1 = 0 the dark map's own low end, 3 : 1 from the dark base.
    view.resize(460, 400);
    const QColor nearLow = picture().pixelColor(at(0.02, 0.3));
    expectColorNear(nearLow, view.painter().colors().at(0.02), 6, "dark, x1 = 0.02");
    EXPECT_GE(contrastRatio(nearLow, base), kGraphicContrast);
}

TEST_F(DecisionBoundaryViewTest, TheTooltipGivesTheNumbersAtThePointer) {
    // f = x1 + x2/4.
    view.setInput(inputOf([](double x1, double x2) { return x1 + x2 / 4.0; }, {{0.2, 0.8, 1.0}}));
    // At (0.6, 0.2): 0.6 + 0.05 = 0.65.
    EXPECT_EQ(view.toolTipAt(at(0.6, 0.2)), QStringLiteral("x₁ = 0.6, x₂ = 0.2, a_o1 = 0.65"));
    // On the example: 0.2 + 0.8/4 = 0.4, below 0.5 while its target is 1.
    EXPECT_EQ(
        view.toolTipAt(at(0.2, 0.8) + QPoint(2, 1)),
        QStringLiteral("Example 1: x₁ = 0.2, x₂ = 0.8, target 1, a_o1 = 0.4 (on the wrong side of 0.5)"));
    EXPECT_TRUE(view.toolTipAt(QPointF(2, 2)).isEmpty());
    // And as Qt shows it, on a pause of the mouse.
    view.show();
    const QPoint pointer = at(0.6, 0.2);
    QHelpEvent help(QEvent::ToolTip, pointer, view.mapToGlobal(pointer));
    QApplication::sendEvent(&view, &help);
    EXPECT_EQ(QToolTip::text(), QStringLiteral("x₁ = 0.6, x₂ = 0.2, a_o1 = 0.65"));
    QToolTip::hideText();
}

TEST_F(DecisionBoundaryViewTest, TheAccessibleDescriptionSaysWhatIsShown) {
    // f = x1 over x1 ∈ [0, 2]: grid column i sits at x1 = 2i/100, at or above 0.5 from i = 25, so 76 of
    // 101 columns: 75.2 % of the plane. Examples: 0.2 → low, target 0 (right); 1.5 → high, target 1
    // (right); 0.3 → low, target 1 (wrong): 2 of 3.
    DecisionBoundaryInput input =
        inputOf([](double x1, double) { return x1; }, {{0.2, 0.5, 0.0}, {1.5, 0.5, 1.0}, {0.3, 0.3, 1.0}});
    input.x1Max = 2.0;
    view.setInput(input);
    const QString description = QAccessible::queryAccessibleInterface(&view)->text(QAccessible::Description);
    EXPECT_EQ(
        description,
        QStringLiteral("a_o1 over x₁, x₂: at or above 0.5 on 75 % of the plane · 2 of 3 examples on their "
                       "target's side. The plane spans x₁ from 0 to 2 and x₂ from 0 to 1; a_o1 from 0 to 2 "
                       "(colours stop at 0 and 1)."));
    EXPECT_EQ(QAccessible::queryAccessibleInterface(&view)->text(QAccessible::Name),
              QStringLiteral("Decision boundary"));
}

TEST_F(DecisionBoundaryViewTest, WithNothingToShowItSaysTheOwnersSentence) {
    view.setInput(inputOf([](double x1, double) { return x1; }));
    const QString sentence =
        QStringLiteral("The decision boundary needs a network with two inputs; this one has 3.");
    view.showMessage(sentence);
    EXPECT_TRUE(view.painter().isEmpty());
    EXPECT_EQ(view.accessibleDescription(), sentence);
    EXPECT_TRUE(view.toolTipAt(QPointF(view.width() / 2.0, view.height() / 2.0)).isEmpty());
    // The sentence is drawn in the text colour across the middle, and no map is left behind.
    const QImage image = picture();
    const QColor base = view.palette().color(QPalette::Base);
    int ink = 0, other = 0;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y) {
            const QColor c = image.pixelColor(x, y);
            if (c == base) continue;
            (std::abs(y - image.height() / 2) < 30 ? ink : other) += 1;
        }
    }
    EXPECT_GT(ink, 100);
    EXPECT_EQ(other, 0);
}

TEST_F(DecisionBoundaryViewTest, TheExportIsLightEvenFromADarkWindow) {
    view.setInput(inputOf([](double x1, double) { return x1; }));
    testing::ScopedApplicationPalette dark(darkPalette());
    QCoreApplication::processEvents();
    ASSERT_TRUE(isDarkPalette(view.palette()));
    const QString path = QString::fromStdString(temporaryPath("boundary.png"));
    QString error;
    ASSERT_TRUE(view.exportImage(path, {600, 500}, &error)) << error.toStdString();
    const QImage image(path);
    QFile::remove(path);
    ASSERT_EQ(image.size(), QSize(600, 500));
    const DecisionBoundaryColors light = DecisionBoundaryColors::of(lightPalette());
    const QRectF plot = view.painter().plotRect(QRectF(0, 0, 600, 500));
    // Just inside the frame: x1 = 0.01 and 0.99, the light map's near ends.
    const double y = plot.center().y();
    expectColorNear(image.pixelColor(QPointF(plot.left() + 0.01 * plot.width(), y).toPoint()), light.at(0.01),
                    6, "left");
    expectColorNear(image.pixelColor(QPointF(plot.left() + 0.99 * plot.width(), y).toPoint()), light.at(0.99),
                    6, "right");
}

// The command line's picture (no window) is the window's export of the same input, pixel for pixel.
TEST_F(DecisionBoundaryViewTest, TheWindowlessExportIsTheViewsExport) {
    const auto output = [](double x1, double x2) { return sigmoid(4 * x1 - 3 * x2); };
    view.setInput(inputOf(output, {{0.2, 0.8, 0.0}, {0.9, 0.1, 1.0}}));
    const QString fromView = QString::fromStdString(temporaryPath("view.png"));
    const QString alone = QString::fromStdString(temporaryPath("alone.png"));
    QString error;
    ASSERT_TRUE(view.exportImage(fromView, {500, 420}, &error)) << error.toStdString();
    ASSERT_TRUE(DecisionBoundaryView::exportImage(inputOf(output, {{0.2, 0.8, 0.0}, {0.9, 0.1, 1.0}}), alone,
                                                  {500, 420}, &error))
        << error.toStdString();
    const QImage a(fromView), b(alone);
    QFile::remove(fromView);
    QFile::remove(alone);
    ASSERT_FALSE(a.isNull());
    EXPECT_EQ(a, b);
}

// The tab's export is on only while there is a picture to save.
TEST(DecisionBoundaryPaneTest, ItsExportIsOnOnlyWhileThereIsAPicture) {
    DecisionBoundaryPane pane;
    EXPECT_FALSE(pane.exportImageAction()->isEnabled());
    pane.view()->setInput(inputOf([](double x1, double) { return x1; }));
    EXPECT_TRUE(pane.exportImageAction()->isEnabled());
    pane.view()->showMessage(QStringLiteral("This network has 3 inputs."));
    EXPECT_FALSE(pane.exportImageAction()->isEnabled());
    EXPECT_EQ(pane.exportImageAction()->iconText(), QStringLiteral("Export image…"));
}

} // namespace
} // namespace bplab::ui
