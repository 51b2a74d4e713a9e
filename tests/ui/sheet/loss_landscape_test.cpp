// The "Loss landscape" tab under the sheet, driven like a student would: it follows the slider and
// the selected iteration, its combo boxes change the axes, "Train only these two" puts the path on the
// surface, it remembers its choices, and its PNG, SVG and CSV exports hold what is on screen.
#include "tests/ui/sheet/sheet_tab_fixture.h"

#include "core/sheet/sheet_csv.h"
#include "tests/support/image_colors.h"
#include "tests/support/temporary_path.h"
#include "ui/charts/series_colors.h"
#include "ui/sheet/landscape/loss_landscape_pane.h"
#include "ui/sheet/landscape/loss_landscape_view.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/values/learning_rate_control.h"

#include <QAction>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QMouseEvent>
#include <QSlider>
#include <QTabWidget>

#include <cstdio>

namespace bplab::ui {
namespace {

// Quantity indices of the weights the tests put on the axes.
constexpr int kW1 = quantity::w1, kW5 = quantity::w1 + 4, kW6 = quantity::w1 + 5, kW8 = quantity::w1 + 7;

class LossLandscapeTest : public SheetTabTest {
protected:
    void SetUp() override {
        SheetTabTest::SetUp();
        pane = tab->landscapePane();
        // Show the landscape's tab, as a click on "Loss landscape" would.
        for (QWidget* w = pane->parentWidget(); w; w = w->parentWidget()) {
            if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
                tabs->setCurrentWidget(pane);
                break;
            }
        }
        ASSERT_TRUE(pane->isVisible());
    }
    // The landscape the view shows now (without the pane's on-demand recompute).
    const Landscape& shown() const { return pane->view()->painter().picture().landscape; }
    void choose(QComboBox* box, const QString& id) { box->setCurrentIndex(box->findText(id)); }
    // The heat map's square of an exported 900 × 700 PNG: the paths, without the legend's swatches.
    QImage exportedPlot() {
        const QString path = QString::fromStdString(temporaryPath("landscape.png"));
        QString error;
        EXPECT_TRUE(pane->exportImage(path, {900, 700}, &error)) << error.toStdString();
        const QImage image(path);
        QFile::remove(path);
        EXPECT_EQ(image.size(), QSize(900, 700));
        return image.copy(pane->view()->painter().plotRect(QRectF(0, 0, 900, 700)).toRect());
    }

    LossLandscapePane* pane = nullptr;
};

TEST_F(LossLandscapeTest, ThePathStartsAtTheTypedWeightsAndFollowsTheTable) {
    const Landscape& landscape = shown();
    EXPECT_EQ(landscape.axes, (LandscapeAxes{kW5, kW6}));
    ASSERT_EQ(landscape.paths.size(), 1u);
    const auto& points = landscape.paths[0].points;
    ASSERT_EQ(points.size(), 100u);
    EXPECT_EQ(points[0].a, 0.40);
    EXPECT_EQ(points[0].b, 0.45);
    for (int r : {0, 1, 17, 99}) {
        EXPECT_EQ(points[static_cast<std::size_t>(r)].a, tableValue(r, kW5));
        EXPECT_EQ(points[static_cast<std::size_t>(r)].b, tableValue(r, kW6));
        EXPECT_EQ(points[static_cast<std::size_t>(r)].loss, tableValue(r, quantity::E_total));
    }
    EXPECT_TRUE(pane->caption()->text().contains(QStringLiteral("iteration 0")));
}

TEST_F(LossLandscapeTest, TheSliderRedrawsThePathLive) {
    const double before = shown().paths[0].points[1].a;
    QSlider* slider = tab->inputsPanel()->learningRateControl()->slider();
    slider->triggerAction(QAbstractSlider::SliderPageStepAdd); // a larger η, as a drag would
    const double eta = tab->document()->inputs().learningRate;
    ASSERT_GT(eta, 0.5);
    const Landscape& after = shown(); // redrawn by the signal, not by asking for it
    EXPECT_EQ(after.paths[0].learningRate, eta);
    EXPECT_NE(after.paths[0].points[1].a, before);
    EXPECT_EQ(after.paths[0].points[1].a, tableValue(1, kW5));
}

TEST_F(LossLandscapeTest, ADivergedRunSaysWhereItsPathStops) {
    setActivation(Activation::Identity);
    tab->inputsPanel()->learningRateControl()->setLearningRate(50.0);
    const auto diverged = tab->document()->sheet().divergedAt();
    ASSERT_TRUE(diverged);
    EXPECT_EQ(shown().paths[0].stoppedAt, diverged);
    EXPECT_TRUE(pane->view()->painter().picture().title.endsWith(
        QStringLiteral("η = 50, stopped at iteration %1").arg(*diverged)));
}

TEST_F(LossLandscapeTest, TheSelectedIterationHoldsTheOtherWeights) {
    tab->document()->select({40, 0});
    const Landscape& landscape = shown();
    EXPECT_EQ(landscape.iteration, 40);
    EXPECT_EQ(landscape.selected.a, tableValue(40, kW5));
    EXPECT_EQ(landscape.selected.loss, tableValue(40, quantity::E_total));
    EXPECT_TRUE(pane->caption()->text().contains(QStringLiteral("iteration 40")));
}

TEST_F(LossLandscapeTest, TheComboBoxesChooseTheAxesAndNeverOneWeightTwice) {
    choose(pane->axisABox(), QStringLiteral("w1"));
    EXPECT_EQ(shown().axes, (LandscapeAxes{kW1, kW6}));
    EXPECT_EQ(shown().paths[0].points[5].a, tableValue(5, kW1));
    // Choosing the other box's weight swaps the two.
    choose(pane->axisBBox(), QStringLiteral("w1"));
    EXPECT_EQ(shown().axes, (LandscapeAxes{kW6, kW1}));
    EXPECT_EQ(pane->axisABox()->currentText(), QStringLiteral("w6"));
}

TEST_F(LossLandscapeTest, TrainingOnlyTheTwoPutsThePathOnTheSurface) {
    tab->document()->select({20, 0});
    pane->trainOnlyBox()->setChecked(true);
    const Landscape& landscape = shown();
    EXPECT_TRUE(pane->caption()->text().contains(QStringLiteral("exactly on this surface")));
    const LossSurface surface(tab->document()->inputs(), tab->document()->sheet().row(20), landscape.axes);
    ASSERT_EQ(landscape.paths[0].points.size(), 100u);
    for (const LandscapePoint& point : landscape.paths[0].points) {
        EXPECT_EQ(point.loss, surface.lossAt(point.a, point.b));
    }
}

TEST_F(LossLandscapeTest, CompareModeDrawsOnePathPerRateInTheChartsColours) {
    tab->compareAction()->trigger();
    ASSERT_EQ(shown().paths.size(), 6u); // the seed's six rates
    EXPECT_EQ(shown().paths[5].learningRate, 2.0);
    const QImage image = exportedPlot();
    for (int p : {0, 5}) {
        EXPECT_GT(testing::pixelsOfColor(image, seriesColor(p), 12), 50) << "path " << p;
    }
}

TEST_F(LossLandscapeTest, ThePngHasThePathAndTheSvgIsWritten) {
    EXPECT_GT(testing::pixelsOfColor(exportedPlot(), seriesColor(0), 12), 100);
    // With nothing computed there is no path, and no pixel of its colour: the count above is the path.
    tab->document()->reset();
    EXPECT_LT(testing::pixelsOfColor(exportedPlot(), seriesColor(0), 12), 5);

    const QString svg = QString::fromStdString(temporaryPath("landscape")) + QStringLiteral(".svg");
    QString error;
    ASSERT_TRUE(pane->exportImage(svg, {600, 500}, &error)) << error.toStdString();
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("<svg"));
    file.remove();
    EXPECT_FALSE(pane->exportImage(svg, {20, 500}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("between 50 and 10000")));
}

TEST_F(LossLandscapeTest, TheCsvHoldsTheGridAndTheTablesPath) {
    const QString path = QString::fromStdString(temporaryPath("landscape.csv"));
    QString error;
    ASSERT_TRUE(pane->exportCsv(path, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    file.remove();
    ASSERT_EQ(rows.size(), 1 + 100 * 100 + 100);
    EXPECT_EQ(rows[0], QStringLiteral("part,eta,iteration,w5,w6,E_total"));
    EXPECT_TRUE(rows[1].startsWith(QStringLiteral("grid,,,")));
    // The path's row 7, exactly the table's numbers.
    const QStringList seventh = rows[1 + 10000 + 7].split(QLatin1Char(','));
    EXPECT_EQ(seventh[0], QStringLiteral("path"));
    EXPECT_EQ(seventh[2], QStringLiteral("7"));
    EXPECT_EQ(seventh[3].toStdString(), formatExact(tableValue(7, kW5)));
    EXPECT_EQ(seventh[5].toStdString(), formatExact(tableValue(7, quantity::E_total)));
}

TEST_F(LossLandscapeTest, TheReadoutShowsTheLossUnderTheMouse) {
    LossLandscapeView* view = pane->view();
    const QPointF centre = view->plotRect().center();
    // The event the window system sends when the mouse moves over the view. (QTest::mouseMove, through
    // the offscreen platform's cursor, delivered another height here.)
    QMouseEvent move(QEvent::MouseMove, QPointF(centre.toPoint()),
                     view->mapToGlobal(QPointF(centre.toPoint())), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(view, &move);
    const QPointF at = view->painter().toParameters(view->plotRect(), QPointF(centre.toPoint()));
    const LossSurface surface(tab->document()->inputs(), tab->document()->sheet().row(0), {kW5, kW6});
    const QString expected = QString::number(surface.lossAt(at.x(), at.y()), 'g', 6);
    ASSERT_FALSE(pane->readout()->text().startsWith(QStringLiteral("Point at")));
    EXPECT_TRUE(pane->readout()->text().contains(QStringLiteral("E_total = ") + expected))
        << pane->readout()->text().toStdString() << " expected " << expected.toStdString();
}

TEST_F(LossLandscapeTest, BiasesAreOfferedOnlyWhenTheSheetHasThem) {
    EXPECT_EQ(pane->axisABox()->findText(QStringLiteral("b1")), -1);
    tab->inputsPanel()->valueBox(QStringLiteral("b1"))->setValue(0.35);
    ASSERT_NE(pane->axisABox()->findText(QStringLiteral("b1")), -1);
    choose(pane->axisABox(), QStringLiteral("b1"));
    EXPECT_EQ(shown().axes.a, quantity::b1);
    // Back to no biases: the pair falls back to the default rather than to a weight the sheet lacks.
    tab->inputsPanel()->valueBox(QStringLiteral("b1"))->setValue(0.0);
    EXPECT_EQ(shown().axes, LandscapeAxes{});
}

TEST_F(LossLandscapeTest, ThePairAndTheOptionAreRemembered) {
    choose(pane->axisABox(), QStringLiteral("w1"));
    choose(pane->axisBBox(), QStringLiteral("w8"));
    pane->trainOnlyBox()->setChecked(true);
    tab.reset();
    tab = std::make_unique<BackpropSheetTab>();
    LossLandscapePane* again = tab->landscapePane();
    EXPECT_EQ(again->landscape().axes, (LandscapeAxes{kW1, kW8}));
    EXPECT_TRUE(again->trainOnlyBox()->isChecked());
}

TEST_F(LossLandscapeTest, ABiasPairIsRememberedWithTheBiases) {
    // The window restores the values after the landscape is made: the pair must wait for the biases.
    tab->inputsPanel()->valueBox(QStringLiteral("b2"))->setValue(0.6);
    choose(pane->axisABox(), QStringLiteral("b1"));
    choose(pane->axisBBox(), QStringLiteral("b2"));
    tab.reset();
    tab = std::make_unique<BackpropSheetTab>();
    EXPECT_EQ(tab->landscapePane()->landscape().axes, (LandscapeAxes{quantity::b1, quantity::b2}));
}

} // namespace
} // namespace bplab::ui
