// The saturation view on the sheet tab: each neuron's f′ and the gradient's length, checked against
// the table's own cells with hand formulas, the caption per activation, the log scale and the export.
#include "tests/ui/sheet/sheet_tab_fixture.h"

#include "core/sheet/backprop_sheet.h"
#include "tests/support/image_colors.h"
#include "ui/charts/saturation_chart.h"
#include "ui/sheet/views/saturation_panel.h"
#include "ui/sheet/sheet_document.h"

#include <QAction>
#include <QImage>
#include <QLogValueAxis>
#include <QTemporaryDir>

#include <array>
#include <cmath>

namespace bplab::ui {
namespace {

class SheetTabSaturationTest : public SheetTabTest {
protected:
    void SetUp() override {
        SheetTabTest::SetUp();
        tab->lowerTabs()->setCurrentWidget(tab->saturationPanel());
    }
    QLineSeries* seriesNamed(const QString& name) const {
        for (QAbstractSeries* series : tab->saturationPanel()->chart()->chartView()->chart()->series())
            if (series->name() == name) return qobject_cast<QLineSeries*>(series);
        return nullptr;
    }
};

TEST_F(SheetTabSaturationTest, SigmoidSlopesAreAOneMinusAOfTheTable) {
    const char* neurons[] = {"h1", "h2", "o1", "o2"};
    const int activations[] = {quantity::a_h1, quantity::a_h2, quantity::a_o1, quantity::a_o2};
    for (int n = 0; n < 4; ++n) {
        QLineSeries* series = seriesNamed(QStringLiteral("σ′(%1)").arg(QLatin1String(neurons[n])));
        ASSERT_TRUE(series) << neurons[n];
        ASSERT_EQ(series->count(), 100);
        for (int k : {0, 50, 99}) {
            const double a = tableValue(k, activations[n]);
            EXPECT_NEAR(series->at(k).y(), a * (1 - a), 1e-15) << neurons[n] << " at " << k;
        }
    }
}

// E_total of one forward pass of the core engine with the seed's i, t and the weights `weights`:
// the loss surface that the gradient is the slope of, computed without any partial derivative.
double lossAt(const std::array<double, 8>& weights) {
    SheetInputs inputs;
    inputs.weights = weights;
    BackpropSheet sheet(inputs, 1);
    sheet.runToEnd();
    return sheet.row(0)[quantity::E_total];
}

// The classic worked example's first row, whose partials are known to 9 decimals: ∂E/∂w1..w4 =
// 0.000438568, 0.000877135, 0.000497713, 0.000995425 and ∂E/∂w5..w8 = 0.082167041, 0.082667628,
// −0.022602540, −0.022740242. Σ of their squares = 0.006751423 + 0.006833937 + 0.000510875 + 0.000517119
// (w5..w8) + 0.000000192 + 0.000000769 + 0.000000248 + 0.000000991 (w1..w4) = 0.014615553;
// ‖∂E/∂θ‖ = √0.014615553 = 0.120894802. Its biases are not learned, so θ is the eight weights.
TEST_F(SheetTabSaturationTest, GradientNormOfTheClassicExampleIsTheLengthOfItsKnownPartials) {
    tab->inputsPanel()->setInputs(classicWorkedExample());
    ASSERT_TRUE(tab->document()->setInputs(classicWorkedExample()));
    QLineSeries* norm = seriesNamed(QStringLiteral("‖∂E/∂θ‖"));
    QLineSeries* loss = seriesNamed(QStringLiteral("E_total"));
    ASSERT_TRUE(norm && loss);
    ASSERT_GT(norm->count(), 0);
    EXPECT_NEAR(norm->at(0).y(), 0.120894802, 2e-9);
    EXPECT_NEAR(loss->at(0).y(), 0.298371109, 1e-9); // E_total = 0.274811083 + 0.023560026
}

// The seed's rows along the run: the length of the central differences of E_total over the eight
// weights, (E(w + h) − E(w − h)) / 2h, each E from a fresh one-row sheet at that row's weights. Their
// error is O(h²) ≈ 1e-12, far below the 1e-8 allowed.
TEST_F(SheetTabSaturationTest, GradientNormIsTheLengthOfTheFiniteDifferencesOfTheLoss) {
    QLineSeries* norm = seriesNamed(QStringLiteral("‖∂E/∂θ‖"));
    QLineSeries* loss = seriesNamed(QStringLiteral("E_total"));
    ASSERT_TRUE(norm && loss);
    ASSERT_EQ(norm->count(), 100);
    const double h = 1e-6;
    for (int k : {0, 1, 42, 99}) {
        std::array<double, 8> weights{};
        for (int w = 0; w < 8; ++w) weights[w] = tableValue(k, quantity::w1 + w);
        double sum = 0.0;
        for (int w = 0; w < 8; ++w) {
            std::array<double, 8> up = weights, down = weights;
            up[w] += h;
            down[w] -= h;
            const double slope = (lossAt(up) - lossAt(down)) / (2 * h);
            sum += slope * slope;
        }
        EXPECT_NEAR(norm->at(k).y(), std::sqrt(sum), 1e-8 * std::sqrt(sum)) << k;
        EXPECT_EQ(norm->at(k).x(), k);
        EXPECT_EQ(loss->at(k).y(), lossAt(weights)) << k;
    }
    tab->resetAction()->trigger(); // nothing computed: nothing drawn
    EXPECT_EQ(norm->count(), 0);
}

TEST_F(SheetTabSaturationTest, ReluShowsADeadUnitAndTheCaptionSaysWhy) {
    EXPECT_TRUE(tab->saturationPanel()->caption().contains(QStringLiteral("σ′(net) = a·(1 − a)")));
    setActivation(Activation::Relu);
    SheetInputs inputs = tab->document()->inputs();
    inputs.weights[0] = -1.0; // h1 = −1·0.05 + 0.2·0.1 = −0.03: dead from the start
    tab->inputsPanel()->setInputs(inputs);
    ASSERT_TRUE(tab->document()->setInputs(inputs));
    QLineSeries* h1 = seriesNamed(QStringLiteral("ReLU′(h1)"));
    ASSERT_TRUE(h1);
    for (const QPointF& point : h1->points()) EXPECT_EQ(point.y(), 0.0);
    EXPECT_TRUE(tab->saturationPanel()->caption().contains(QStringLiteral("dead unit")));
}

// Cross-entropy cancels the outputs' σ′ (δo = a − t): the caption says so, and the table agrees: the
// output's ∂E/∂w5 is (a_o1 − t1)·a_h1, whatever σ′(o1) is.
TEST_F(SheetTabSaturationTest, WithCrossEntropyTheCaptionSaysTheOutputsSlopeCancels) {
    const QString cancels = QStringLiteral("cancel out of the outputs' own gradient");
    EXPECT_FALSE(tab->saturationPanel()->caption().contains(cancels));
    SheetInputs inputs = tab->document()->inputs();
    inputs.loss = Loss::CrossEntropy;
    tab->inputsPanel()->setInputs(inputs);
    ASSERT_TRUE(tab->document()->setInputs(inputs));
    EXPECT_TRUE(tab->saturationPanel()->caption().contains(cancels))
        << tab->saturationPanel()->caption().toStdString();
    EXPECT_NEAR(tableValue(0, quantity::dE_dw1 + 4),
                (tableValue(0, quantity::a_o1) - inputs.t1) * tableValue(0, quantity::a_h1), 1e-15);
    inputs.activation = Activation::Tanh; // no such cancellation: the sentence goes
    inputs.t1 = 0.01;
    tab->inputsPanel()->setInputs(inputs);
    ASSERT_TRUE(tab->document()->setInputs(inputs));
    EXPECT_FALSE(tab->saturationPanel()->caption().contains(cancels));
}

TEST_F(SheetTabSaturationTest, LogScaleAndReadOut) {
    SaturationChart* chart = tab->saturationPanel()->chart();
    tab->saturationPanel()->logScaleAction()->trigger();
    EXPECT_TRUE(chart->logScale());
    EXPECT_FALSE(
        chart->chartView()->chart()->axes(Qt::Vertical, seriesNamed(QStringLiteral("‖∂E/∂θ‖"))).isEmpty());
    EXPECT_TRUE(qobject_cast<QLogValueAxis*>(
        chart->chartView()->chart()->axes(Qt::Vertical, seriesNamed(QStringLiteral("‖∂E/∂θ‖"))).first()));
    chart->showReadoutAt(5.2);
    const double a = tableValue(5, quantity::a_h1);
    EXPECT_TRUE(
        chart->readout().startsWith(QStringLiteral("Iteration 5 — σ′ h1 %1").arg(a * (1 - a), 0, 'g', 4)))
        << chart->readout().toStdString();
}

TEST_F(SheetTabSaturationTest, ExportedPictureHasTheCurves) {
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("saturation.png"));
    QString error;
    ASSERT_TRUE(tab->saturationPanel()->exportImage(png, QSize(900, 600), &error)) << error.toStdString();
    const QImage image(png);
    ASSERT_EQ(image.size(), QSize(900, 600));
    EXPECT_GT(testing::pixelsOfColor(image, SaturationChart::slopeColor(2), 20), 200);
    EXPECT_GT(testing::pixelsOfColor(image, SaturationChart::gradientNormColor(), 20), 200);
}

} // namespace
} // namespace bplab::ui
