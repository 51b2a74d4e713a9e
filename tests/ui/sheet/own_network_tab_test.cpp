// The sheet tab with the student's own network, driven through its widgets: the network box, the own
// network's values panel (architecture, training set, starting weights, η, iterations), what the table,
// chart, formula bar and CSV export show of it, the seed-only views switched off meanwhile, and the own
// network surviving a restart through the settings.
#include "tests/ui/sheet/own_network_tab_fixture.h"

#include "ui/sheet/lessons/built_in_lessons.h"
#include "ui/sheet/boundary/decision_boundary_pane.h"

namespace bplab::ui {
namespace {

TEST_F(OwnNetworkTabTest, PickingYourOwnNetworkShowsItsColumnsLabelsAndValues) {
    QSignalSpy status(tab.get(), &BackpropSheetTab::statusMessage);
    pickOwnNetwork();
    // The first network: XOR on 2-2-1 sigmoid, weights drawn as StartingWeights says by default.
    EXPECT_EQ(spec(), NetworkValuesPanel::firstNetwork(panel()->startingWeights()));
    EXPECT_EQ(spec().layers, (std::vector<int>{2, 2, 1}));
    EXPECT_EQ(spec().weights, drawn({2, 2, 1}));
    expectTableShowsTheOwnNetwork();
    EXPECT_EQ(tab->tableModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("w¹₁₁"));
    const int loss = network().quantities().indexOf("E_total");
    EXPECT_EQ(tab->tableModel()
                  ->index(7, tab->tableModel()->columnOfQuantity(loss))
                  .data(SheetTableModel::ExactValueRole)
                  .toDouble(),
              network().value(7, loss));
    EXPECT_EQ(tab->valuesStack()->networkBox()->currentIndex(), 1);
    EXPECT_TRUE(panel()->isVisible());
    EXPECT_FALSE(tab->inputsPanel()->isVisible());
    EXPECT_FALSE(status.isEmpty());

    // Back to the seed: its 2-2-2 columns and values panel again.
    pickSeedSheet();
    EXPECT_FALSE(document()->showsOwnNetwork());
    EXPECT_EQ(tab->tableModel()->columnCount(), static_cast<int>(document()->sheet().columns().size()));
    EXPECT_EQ(tab->tableModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("w1"));
    EXPECT_TRUE(tab->inputsPanel()->isVisible());
}

TEST_F(OwnNetworkTabTest, ChangingTheLayersRedrawsTheStartingWeightsFromTheSeed) {
    pickOwnNetwork();
    panel()->architecture()->hiddenUnitsBox(0)->setValue(3);
    EXPECT_EQ(spec().layers, (std::vector<int>{2, 3, 1}));
    EXPECT_EQ(spec().weights, drawn({2, 3, 1}));
    EXPECT_EQ(spec().data, trainingSetPreset(TrainingSetPreset::Xor)); // inputs and targets unchanged
    expectTableShowsTheOwnNetwork();

    // A third input: every example gets x₃ = 0, to be typed; the table gets a column for it.
    panel()->architecture()->inputsBox()->setValue(3);
    EXPECT_EQ(spec().layers, (std::vector<int>{3, 3, 1}));
    EXPECT_EQ(spec().weights, drawn({3, 3, 1}));
    EXPECT_EQ(spec().data, resizedExamples(trainingSetPreset(TrainingSetPreset::Xor), 3, 1));
    EXPECT_EQ(spec().data.examples[1].inputs, (std::vector<double>{0, 1, 0}));
    EXPECT_EQ(panel()->trainingSet()->table()->columnCount(), 4); // x₁ x₂ x₃ t₁
    expectTableShowsTheOwnNetwork();

    // Another seed draws other weights for the same layers.
    const Weights before = spec().weights;
    panel()->seedBox()->setValue(panel()->seedBox()->value() + 1);
    EXPECT_EQ(spec().weights, drawn({3, 3, 1}));
    EXPECT_NE(spec().weights, before);
}

TEST_F(OwnNetworkTabTest, TheXorPresetGivesFourExamplesAndItsLayers) {
    pickOwnNetwork();
    QComboBox* presets = panel()->trainingSet()->presetBox();
    pick(presets, presets->findData(static_cast<int>(TrainingSetPreset::Seed)));
    // The seed's one example has 2 inputs and 2 targets: 2-2-2, one example per row.
    EXPECT_EQ(spec().layers, (std::vector<int>{2, 2, 2}));
    EXPECT_EQ(spec().data.examples.size(), 1U);
    EXPECT_EQ(spec().weights, drawn({2, 2, 2}));

    pick(presets, presets->findData(static_cast<int>(TrainingSetPreset::Xor)));
    EXPECT_EQ(spec().layers, (std::vector<int>{2, 2, 1}));
    EXPECT_EQ(spec().data, trainingSetPreset(TrainingSetPreset::Xor));
    EXPECT_EQ(spec().data.examples.size(), 4U);
    EXPECT_EQ(panel()->trainingSet()->table()->rowCount(), 4);
    expectTableShowsTheOwnNetwork();
}

TEST_F(OwnNetworkTabTest, ANonNumberInTheTrainingSetIsRefusedWithASentenceAndTheValueKept) {
    pickOwnNetwork();
    QTableWidget* table = panel()->trainingSet()->table();
    QSignalSpy status(tab.get(), &BackpropSheetTab::statusMessage);
    // Row 2 of XOR: x = (0, 1), t = 1.
    table->item(1, 0)->setText(QStringLiteral("abc"));
    ASSERT_FALSE(status.isEmpty());
    EXPECT_TRUE(status.last().at(0).toString().contains(QStringLiteral("“abc” is not a number")))
        << status.last().at(0).toString().toStdString();
    EXPECT_EQ(table->item(1, 0)->text(), QStringLiteral("0"));
    EXPECT_EQ(spec().data, trainingSetPreset(TrainingSetPreset::Xor));

    // A number is taken: the target of example 2 becomes 0.75, and the set is "your own".
    table->item(1, 2)->setText(QStringLiteral("0.75"));
    EXPECT_EQ(spec().data.examples[1].targets, std::vector<double>{0.75});
    EXPECT_EQ(panel()->trainingSet()->presetBox()->currentData().toInt(), -1);
}

TEST_F(OwnNetworkTabTest, AValueTheNetworkCannotUseIsRefusedWithASentence) {
    pickOwnNetwork();
    QComboBox* loss = panel()->lossBox();
    loss->setCurrentIndex(loss->findData(static_cast<int>(Loss::CrossEntropy)));
    ASSERT_EQ(spec().loss, Loss::CrossEntropy);
    QSignalSpy status(tab.get(), &BackpropSheetTab::statusMessage);
    // Cross-entropy has no minimum for a target outside [0, 1]: t = 2 is refused, the 1 kept.
    panel()->trainingSet()->table()->item(1, 2)->setText(QStringLiteral("2"));
    EXPECT_EQ(spec().data, trainingSetPreset(TrainingSetPreset::Xor));
    EXPECT_EQ(panel()->trainingSet()->table()->item(1, 2)->text(), QStringLiteral("1"));
    ASSERT_FALSE(status.isEmpty());
    const QString sentence = status.last().at(0).toString();
    EXPECT_TRUE(sentence.contains(QStringLiteral("between 0 and 1"))) << sentence.toStdString();
    // A sentence (UX.md, "Errors are sentences"): a capital first, a full stop before the next one.
    EXPECT_TRUE(sentence.front().isUpper()) << sentence.toStdString();
    EXPECT_TRUE(sentence.contains(QStringLiteral(". The previous value is kept."))) << sentence.toStdString();
}

TEST_F(OwnNetworkTabTest, TheStartingWeightBoxesShowHowTheWeightsWereDrawn) {
    pickOwnNetwork();
    // The first network's weights are drawn as StartingWeights' defaults say (seed 1): the boxes say
    // so, and the next seed draws from seed 2 the same way.
    const StartingWeights defaults;
    ASSERT_EQ(panel()->startingWeights().init, defaults.init);
    EXPECT_EQ(panel()->initBox()->currentData().toInt(), static_cast<int>(defaults.init));
    EXPECT_EQ(panel()->seedBox()->value(), static_cast<int>(defaults.seed));
    panel()->seedBox()->setValue(static_cast<int>(defaults.seed) + 1);
    EXPECT_EQ(spec().weights,
              drawNetworkWeights({2, 2, 1}, defaults.init, defaults.seed + 1, defaults.uniformRange));
}

TEST_F(OwnNetworkTabTest, EveryViewStaysOnAndTheDiagramsSwapWithTheSheetShown) {
    tab->compareAction()->setChecked(true); // shows the compare panel
    tab->lowerTabs()->setCurrentWidget(tab->networkDiagram());
    pickOwnNetwork();
    for (QWidget* view : sharedViews()) {
        EXPECT_TRUE(tab->lowerTabs()->isTabEnabled(tab->lowerTabs()->indexOf(view)))
            << view->metaObject()->className();
        EXPECT_TRUE(tab->lowerTabs()->isTabVisible(tab->lowerTabs()->indexOf(view)))
            << view->metaObject()->className();
    }
    // The seed's diagram gives its place to the own network's and the decision boundary.
    QTabWidget* tabs = tab->lowerTabs();
    EXPECT_FALSE(tabs->isTabVisible(tabs->indexOf(tab->networkDiagram())));
    EXPECT_TRUE(tabs->isTabVisible(tabs->indexOf(tab->ownNetworkDiagram())));
    EXPECT_TRUE(tabs->isTabVisible(tabs->indexOf(tab->decisionBoundary())));
    EXPECT_EQ(tabs->currentWidget(), tab->ownNetworkDiagram()); // not a switched-off view
    // Compare mode follows the own network: it stays on, now comparing the network's rates.
    EXPECT_TRUE(tab->compareAction()->isChecked());
    EXPECT_TRUE(tab->compareAction()->isEnabled());
    EXPECT_TRUE(tab->quizAction()->isEnabled()); // the quiz follows an own network
    // The landscape follows an own network, and its File-menu exports write the network's picture.
    EXPECT_TRUE(tab->landscapePane()->exportImageAction()->isEnabled());
    EXPECT_TRUE(tab->landscapePane()->exportCsvAction()->isEnabled());
    EXPECT_TRUE(tab->saturationPanel()->exportAction()->isEnabled());
    EXPECT_TRUE(tab->quizPanel()->exportCsvAction()->isEnabled());
    // XOR has two inputs: its decision boundary can be saved, from the tab and the File menu.
    EXPECT_TRUE(tab->decisionBoundary()->exportImageAction()->isEnabled());
    EXPECT_TRUE(tab->decisionBoundary()->exportImageAction()->isVisible());

    pickSeedSheet();
    for (QWidget* view : sharedViews()) {
        EXPECT_TRUE(tab->lowerTabs()->isTabEnabled(tab->lowerTabs()->indexOf(view)))
            << view->metaObject()->className();
        EXPECT_TRUE(tab->lowerTabs()->isTabVisible(tab->lowerTabs()->indexOf(view)))
            << view->metaObject()->className();
    }
    EXPECT_TRUE(tabs->isTabVisible(tabs->indexOf(tab->networkDiagram())));
    EXPECT_FALSE(tabs->isTabVisible(tabs->indexOf(tab->ownNetworkDiagram())));
    EXPECT_FALSE(tabs->isTabVisible(tabs->indexOf(tab->decisionBoundary())));
    EXPECT_EQ(tabs->currentWidget(), tab->networkDiagram());
    EXPECT_FALSE(tab->decisionBoundary()->exportImageAction()->isVisible()) << "its tab is hidden";
    EXPECT_TRUE(tab->compareAction()->isEnabled());
    EXPECT_TRUE(tab->quizAction()->isEnabled());
    EXPECT_TRUE(tab->landscapePane()->exportImageAction()->isEnabled());
}

TEST_F(OwnNetworkTabTest, TheChartShowsTheOwnNetworksRunAndNamesIt) {
    pickOwnNetwork();
    EXPECT_EQ(chartTitle(), networkRunCaption(spec()));
    const std::vector<double> losses = network().lossCurve();
    ASSERT_EQ(lineSeries().size(), 1);
    ASSERT_EQ(lineSeries().first()->count(), static_cast<int>(losses.size()));
    EXPECT_DOUBLE_EQ(lineSeries().first()->at(10).y(), losses[10]);

    panel()->learningRateControl()->setLearningRate(0.8);
    EXPECT_EQ(spec().learningRate, 0.8);
    EXPECT_EQ(chartTitle(), networkRunCaption(spec()));
    EXPECT_TRUE(chartTitle().endsWith(QStringLiteral("η = 0.8"))) << chartTitle().toStdString();
    EXPECT_DOUBLE_EQ(lineSeries().first()->at(10).y(), network().lossCurve()[10]);
}

TEST_F(OwnNetworkTabTest, TheChartCaptionReadsAsASentence) {
    pickOwnNetwork();
    // No translation is loaded (as in the app): a tr() "%n example(s)" would leave "4 example(s)".
    EXPECT_EQ(chartTitle(), QStringLiteral("2-2-1 sigmoid network, 4 examples, η = 2"));
}

TEST_F(OwnNetworkTabTest, ExportCsvWritesTheOwnNetworkAsTheCommandLineDoes) {
    pickOwnNetwork();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("own.csv"));
    QString error;
    ASSERT_TRUE(tab->exportCsv(path, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    std::ostringstream expected;
    writeNetworkCsv(expected, network());
    EXPECT_EQ(file.readAll().toStdString(), expected.str());
    EXPECT_TRUE(expected.str().find("w1_11") != std::string::npos); // the own network's header, not w1
}

TEST_F(OwnNetworkTabTest, APartialShowsItsChainRuleAndOnDemandItsMatrixForm) {
    pickOwnNetwork();
    FormulaBar* bar = tab->formulaBar();
    const int cell = cellOf("dE_dw1_11");
    document()->select({2, cell});
    EXPECT_TRUE(bar->plainText().startsWith(QStringLiteral("∂E/∂w¹₁₁ = "))) << bar->plainText().toStdString();
    const auto chain = chainRule(network().layout(), network().row(2), cell);
    ASSERT_TRUE(chain);
    EXPECT_EQ(bar->detailText().toStdString(), chain->line());
    EXPECT_FALSE(bar->matrixFormButton()->isHidden());
    EXPECT_FALSE(bar->matrixFormButton()->isChecked());

    bar->matrixFormButton()->click();
    const auto matrix = matrixForm(network().layout(), network().spec(), network().row(2), cell);
    ASSERT_TRUE(matrix);
    EXPECT_EQ(bar->detailText().toStdString(), chain->line() + "\n" + matrix->line());

    // A unit's activation has no chain rule of its own, only its layer's matrix form.
    const int a = cellOf("a1_1@1");
    document()->select({2, a});
    const auto layer = matrixForm(network().layout(), network().spec(), network().row(2), a);
    ASSERT_TRUE(layer);
    EXPECT_EQ(bar->detailText().toStdString(), layer->line());
}

TEST_F(OwnNetworkTabTest, TheSeedSheetsFormulaBarIsAsBeforeWithoutMatrixForm) {
    FormulaBar* bar = tab->formulaBar();
    const BackpropSheet& seed = document()->sheet();
    const CellPosition h1{0, seed.cellOfQuantity(quantity::h1)};
    document()->select(h1);
    // h1 = w1·i1 + w2·i2 = 0.15·0.05 + 0.2·0.1 = 0.0275
    const QString before = bar->plainText();
    EXPECT_TRUE(before.startsWith(QStringLiteral("h1 = w1·i1 + w2·i2 = "))) << before.toStdString();
    EXPECT_TRUE(bar->matrixFormButton()->isHidden());
    EXPECT_TRUE(bar->detailText().isEmpty());

    pickOwnNetwork();
    bar->matrixFormButton()->click(); // on, then back to the seed
    pickSeedSheet();
    document()->select(h1);
    EXPECT_EQ(bar->plainText(), before);
    EXPECT_TRUE(bar->matrixFormButton()->isHidden());
    EXPECT_TRUE(bar->detailText().isEmpty());
    // A seed partial (∂E/∂w5) has no detail lines either.
    document()->select({2, seed.cellOfQuantity(quantity::dE_dw1 + 4)});
    EXPECT_TRUE(bar->detailText().isEmpty());
}

TEST_F(OwnNetworkTabTest, TheFirstNetworkIsTheXorLessonsSoItsMeasuredClaimsHold) {
    // The front page and the guide say the first own network learns XOR in 336 iterations: the XOR
    // lesson's measured number, which holds only while the two are the same network.
    const auto lesson = builtInNetworkLesson(QStringLiteral("xor-hidden-layer"));
    ASSERT_TRUE(lesson);
    EXPECT_EQ(NetworkValuesPanel::firstNetwork(StartingWeights{}), lesson->spec);
    pickOwnNetwork();
    EXPECT_EQ(spec(), lesson->spec);
    EXPECT_EQ(network().iterationLimit(), NetworkValuesPanel::kFirstNetworkIterations);
}

} // namespace
} // namespace bplab::ui
