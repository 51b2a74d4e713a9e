// The quiz and the saturation view follow the student's own network: a guess at the network's next
// cell is scored against that cell, an update on its step from the parameter before, the CSV names the
// network's ids; the saturation chart lists the network's units by their labels (each unit, or one
// mean per layer and a chosen layer's units for a large network), with slopes from the table's cells.
#include "tests/ui/sheet/own_network_tab_fixture.h"

#include "tests/core/sheet/network/network_test_support.h"
#include "ui/charts/saturation_chart.h"

#include <QComboBox>
#include <QLineEdit>

namespace bplab::ui {
namespace {

class QuizSaturationOwnNetworkTest : public OwnNetworkTabTest {
protected:
    // The XOR 2-2-1 sigmoid network of the core tests, full batch (four examples a step).
    void showXorNetwork() {
        pickOwnNetwork();
        QString error;
        ASSERT_TRUE(document()->setNetwork(bplab::testing::xorNetwork(), &error)) << error.toStdString();
    }
    // The true value of the cell at `position`, from a run of the same network made here.
    double trueValue(CellPosition position) const {
        NetworkSheet reference(network().spec(), network().iterationLimit());
        reference.runTo(position.iteration + 1);
        return reference.value(position.iteration, reference.quantityOfCell(position.cell));
    }
    static QString exactly(double value) { return QString::number(value, 'g', 17); }
    QStringList slopeSeriesNames() const {
        QStringList names;
        for (QAbstractSeries* series : tab->saturationPanel()->chart()->chartView()->chart()->series()) {
            const QString name = series->name();
            if (name != QStringLiteral("‖∂E/∂θ‖") && name != QStringLiteral("E_total")) names << name;
        }
        return names;
    }
    QLineSeries* seriesNamed(const QString& name) const {
        for (QAbstractSeries* series : tab->saturationPanel()->chart()->chartView()->chart()->series())
            if (series->name() == name) return qobject_cast<QLineSeries*>(series);
        return nullptr;
    }
    double valueOf(int iteration, const std::string& id) const {
        return bplab::testing::valueOf(network(), iteration, id);
    }
};

TEST_F(QuizSaturationOwnNetworkTest, TheQuizAsksAndScoresTheNetworksCells) {
    showXorNetwork();
    EXPECT_TRUE(tab->lowerTabs()->isTabEnabled(tab->lowerTabs()->indexOf(tab->quizPanel())));
    ASSERT_TRUE(tab->quizAction()->isEnabled());
    tab->quizAction()->trigger();
    QuizPanel* quiz = tab->quizPanel();
    ASSERT_TRUE(quiz->isQuizOn());
    const CellPosition first = *nextCell(network()); // the finished run starts over: row 0, cell 0
    EXPECT_EQ(first, (CellPosition{0, 0}));
    // The first cell is z¹₁ of the step's first example, x = (0, 0): 0.5·0 − 0.25·0 = 0.
    EXPECT_TRUE(quiz->question().contains(QStringLiteral("z¹₁[1]"))) << quiz->question().toStdString();
    ASSERT_TRUE(quiz->submitGuess(QStringLiteral("0")));
    EXPECT_TRUE(quiz->score().attempts().back().correct);
    EXPECT_TRUE(network().isEvaluated(0, 0)); // the guess revealed it

    // The next one (z¹₂[1], also 0 at x = (0, 0)) guessed 0.1 off: not within 1e-6.
    const CellPosition second = *nextCell(network());
    ASSERT_TRUE(quiz->submitGuess(QStringLiteral("0.1")));
    EXPECT_FALSE(quiz->score().attempts().back().correct);
    EXPECT_EQ(quiz->score().attempts().back().value, trueValue(second));
    EXPECT_TRUE(quiz->feedback().contains(QStringLiteral("✗"))) << quiz->feedback().toStdString();

    // On to the first update, each guessed right (its true value from a run made here).
    while (network().stageOf(network().quantityOfCell(nextCell(network())->cell)) != Stage::Update)
        ASSERT_TRUE(quiz->submitGuess(exactly(trueValue(*nextCell(network())))));
    const CellPosition update = *nextCell(network());
    const int parameter = quizParameter(network(), update.cell);
    ASSERT_GE(parameter, 0);
    const double old = network().value(0, parameter);
    ASSERT_TRUE(quiz->submitGuess(exactly(old))); // the old w: scored on its step, so wrong
    EXPECT_FALSE(quiz->score().attempts().back().correct);
    EXPECT_EQ(quiz->score().attempts().back().origin, old);
    const QString parameterLabel = QString::fromStdString(network().labelOf(parameter)); // "w¹₁₁"
    EXPECT_TRUE(quiz->feedback().contains(QStringLiteral("Scored on the step from %1").arg(parameterLabel)))
        << quiz->feedback().toStdString();
    const StageScore forward = quiz->score().score(Stage::Forward);
    EXPECT_EQ(forward.correct, forward.attempts - 1); // all but the 0.1
    EXPECT_EQ(quiz->score().score(Stage::Update).attempts, 1);

    // The CSV names the network's quantities by their ids; its exports are on.
    EXPECT_TRUE(quiz->exportCsvAction()->isEnabled());
    EXPECT_TRUE(quiz->exportPictureAction()->isEnabled());
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(quiz->exportCsv(dir.filePath(QStringLiteral("quiz.csv")), &error)) << error.toStdString();
    QFile file(dir.filePath(QStringLiteral("quiz.csv")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    EXPECT_TRUE(lines.value(1).startsWith(QStringLiteral("0,1,z1_1@1,forward,0,0,yes")))
        << lines.value(1).toStdString();
    EXPECT_TRUE(lines.value(lines.size() - 2)
                    .contains(QString::fromStdString(network().idOf(network().quantityOfCell(update.cell)))));
}

TEST_F(QuizSaturationOwnNetworkTest, TheQuizStaysOnWhenTheSheetShownChanges) {
    tab->quizAction()->trigger();
    ASSERT_TRUE(tab->quizPanel()->submitGuess(QStringLiteral("0.0275"))); // the seed's h1, right
    showXorNetwork();
    EXPECT_TRUE(tab->quizPanel()->isQuizOn());
    EXPECT_FALSE(tab->stepCellAction()->isEnabled());        // still predict-then-reveal
    EXPECT_EQ(tab->quizPanel()->score().total().correct, 1); // the seed's guess keeps its stage and id
    EXPECT_EQ(tab->quizPanel()->score().attempts().front().id, "h1");
}

TEST_F(QuizSaturationOwnNetworkTest, TheSaturationChartListsEachUnitOfASmallNetwork) {
    showXorNetwork();
    tab->lowerTabs()->setCurrentWidget(tab->saturationPanel());
    ASSERT_TRUE(tab->lowerTabs()->isTabEnabled(tab->lowerTabs()->indexOf(tab->saturationPanel())));
    EXPECT_EQ(slopeSeriesNames(),
              (QStringList{QStringLiteral("σ′(z¹₁)"), QStringLiteral("σ′(z¹₂)"), QStringLiteral("σ′(z²₁)")}));
    QComboBox* show = tab->saturationPanel()->showBox();
    // A tool bar lays its widgets out (shows and hides them) on its next layout pass.
    EXPECT_TRUE(QTest::qWaitFor([show] { return show->isVisible(); }));
    EXPECT_EQ(show->currentText(), QStringLiteral("Every unit"));
    // σ′ = a·(1 − a), the mean over the step's four examples, from the network's a cells.
    QLineSeries* output = seriesNamed(QStringLiteral("σ′(z²₁)"));
    ASSERT_TRUE(output);
    for (int k : {0, 50}) {
        double sum = 0.0;
        for (int e = 1; e <= 4; ++e) {
            const double a = valueOf(k, "a2_1@" + std::to_string(e));
            sum += a * (1 - a);
        }
        EXPECT_NEAR(output->at(k).y(), sum / 4, 1e-15) << k;
    }
    EXPECT_TRUE(tab->saturationPanel()->caption().contains(QStringLiteral("mean over the 4 examples")))
        << tab->saturationPanel()->caption().toStdString();
    // Its export writes the network's chart.
    ASSERT_TRUE(tab->saturationPanel()->exportAction()->isEnabled());
    QTemporaryDir dir;
    QString error;
    EXPECT_TRUE(
        tab->saturationPanel()->exportImage(dir.filePath(QStringLiteral("s.png")), {640, 400}, &error))
        << error.toStdString();
    // Back on the seed: its four neurons, and no box.
    pickSeedSheet();
    EXPECT_EQ(slopeSeriesNames(), (QStringList{QStringLiteral("σ′(h1)"), QStringLiteral("σ′(h2)"),
                                               QStringLiteral("σ′(o1)"), QStringLiteral("σ′(o2)")}));
    EXPECT_TRUE(QTest::qWaitFor([show] { return !show->isVisible(); }));
}

TEST_F(QuizSaturationOwnNetworkTest, ALargeNetworkShowsALayersMeanOrOneLayersUnits) {
    pickOwnNetwork();
    NetworkSpec spec = bplab::testing::xorNetwork();
    spec.layers = {4, 6, 6, 6, 4}; // 22 units
    spec.activations = {Activation::Tanh, Activation::Sigmoid, Activation::Sigmoid, Activation::Sigmoid};
    spec.data = bplab::testing::randomExamples(4, 4, 2, 7);
    spec.weights = drawNetworkWeights(spec.layers, WeightInit::XavierUniform, 3);
    QString error;
    ASSERT_TRUE(document()->setNetwork(spec, &error)) << error.toStdString();
    tab->lowerTabs()->setCurrentWidget(tab->saturationPanel());
    QComboBox* show = tab->saturationPanel()->showBox();
    EXPECT_EQ(show->findText(QStringLiteral("Every unit")), -1); // 22 curves would not read
    EXPECT_EQ(show->currentText(), QStringLiteral("Mean of each layer"));
    EXPECT_EQ(
        slopeSeriesNames(),
        (QStringList{QStringLiteral("tanh′(z¹), mean of 6 units"), QStringLiteral("σ′(z²), mean of 6 units"),
                     QStringLiteral("σ′(z³), mean of 6 units"), QStringLiteral("σ′(z⁴), mean of 4 units")}));
    pick(show, show->findText(QStringLiteral("Hidden layer 1, each unit")));
    EXPECT_EQ(slopeSeriesNames(), (QStringList{QStringLiteral("tanh′(z¹₁)"), QStringLiteral("tanh′(z¹₂)"),
                                               QStringLiteral("tanh′(z¹₃)"), QStringLiteral("tanh′(z¹₄)"),
                                               QStringLiteral("tanh′(z¹₅)"), QStringLiteral("tanh′(z¹₆)")}));
    // tanh′ = 1 − a², the mean over the step's two examples.
    const double a1 = valueOf(0, "a1_3@1"), a2 = valueOf(0, "a1_3@2");
    QLineSeries* third = seriesNamed(QStringLiteral("tanh′(z¹₃)"));
    ASSERT_TRUE(third);
    EXPECT_NEAR(third->at(0).y(), ((1 - a1 * a1) + (1 - a2 * a2)) / 2, 1e-15);
    pick(show, show->findText(QStringLiteral("Output layer, each unit")));
    EXPECT_EQ(slopeSeriesNames().size(), 4);
    EXPECT_EQ(slopeSeriesNames().first(), QStringLiteral("σ′(z⁴₁)"));
    // A change of η keeps the choice.
    ASSERT_TRUE(document()->setLearningRate(0.25));
    EXPECT_EQ(show->currentText(), QStringLiteral("Output layer, each unit"));
    EXPECT_EQ(slopeSeriesNames().size(), 4);
}

} // namespace
} // namespace bplab::ui
