// The words around the views on a data set of named classes: tooltips, placeholders, accessible
// names and the accuracy chart's yardstick speak of classes and images, not of digits; on MNIST's
// digits every one of them stays as it was. (class_names_views_test.cpp: the names inside the views.)
#include "tests/support/shapes_confusion.h"
#include "tests/support/shapes_data.h"
#include "tests/ui/mnist/mnist_tab_fixture.h"
#include "ui/charts/metric_chart.h"
#include "ui/mnist/inside/inside_network_view.h"
#include "ui/mnist/inside/network_stages_view.h"
#include "ui/mnist/inside/saliency_panel.h"
#include "ui/mnist/results/confusion_matrix_view.h"
#include "ui/mnist/results/digit_gallery.h"
#include "ui/mnist/results/mistakes_panel.h"
#include "ui/mnist/training/run_charts.h"
#include "ui/mnist/try_it/digit_canvas.h"
#include "ui/mnist/try_it/probability_bars.h"
#include "ui/mnist/try_it/try_digit_panel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <array>

namespace bplab::ui {
namespace {

TEST(ClassWording, TheMatrixAndTheBarsExplainClassesForNamesAndDigitsForNumbers) {
    ConfusionMatrixView matrix;
    EXPECT_TRUE(matrix.toolTip().startsWith(QStringLiteral("Rows: the true digit. "))) << "before a matrix";
    matrix.setMatrix(testing::threeShapesConfusion(), testing::shapeNames());
    EXPECT_TRUE(matrix.toolTip().startsWith(QStringLiteral("Rows: the true class. ")));
    matrix.setMatrix(testing::threeShapesConfusion(), {"0", "1", "2"});
    EXPECT_TRUE(matrix.toolTip().startsWith(QStringLiteral("Rows: the true digit. ")))
        << "numbers are digits";
    matrix.setMatrix(testing::threeShapesConfusion(), testing::shapeNames());
    matrix.clear();
    EXPECT_TRUE(matrix.toolTip().startsWith(QStringLiteral("Rows: the true digit. "))) << "cleared";

    ProbabilityBars bars;
    const QString digits = QStringLiteral("The model's probability for each digit (they sum to 100 %).");
    EXPECT_EQ(bars.toolTip(), digits);
    bars.setProbabilities({0.2f, 0.3f, 0.5f}, testing::shapeNames());
    EXPECT_EQ(bars.toolTip(), QStringLiteral("The model's probability for each class (they sum to 100 %)."));
    bars.clear(QStringList{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"});
    EXPECT_EQ(bars.toolTip(), digits);
}

TEST(ClassWording, TheSaliencyListAsksAboutTheSecondClassByItsName) {
    SaliencyPanel saliency;
    EXPECT_TRUE(saliency.classBox()->toolTip().endsWith(QStringLiteral("(\"what would make it a 1?\")")))
        << saliency.classBox()->toolTip().toStdString();
    const MnistClassifier classifier = testing::untrainedShapesClassifier();
    const std::array<float, kMnistPixels> blank{};
    saliency.setInput(classifier, blank, classifier.predict(blank), /*newImage=*/true);
    EXPECT_TRUE(
        saliency.classBox()->toolTip().endsWith(QStringLiteral("(\"what would make it “triangle”?\")")))
        << saliency.classBox()->toolTip().toStdString();
}

// The panel is named before its first mistakes (the data set is loaded before a run), keeps its names
// through a new run's clear(), and follows the data of the mistakes it is given.
TEST(ClassWording, TheMistakesPanelNamesItsPartsForTheDataSetsImages) {
    MistakesPanel panel;
    const auto* scroll = panel.findChild<QScrollArea*>();
    ASSERT_NE(scroll, nullptr);
    auto expectNames = [&](const QString& noun, const char* when) {
        EXPECT_EQ(panel.gallery()->accessibleName(), QStringLiteral("Misclassified %1").arg(noun)) << when;
        EXPECT_EQ(scroll->accessibleName(), QStringLiteral("Misclassified %1").arg(noun)) << when;
        EXPECT_EQ(panel.accessibleName(), QStringLiteral("Misclassified test %1").arg(noun)) << when;
        EXPECT_EQ(panel.gallery()->accessibleDescription(),
                  QStringLiteral("Misclassified test %1 appear here after each epoch.").arg(noun))
            << when;
    };
    expectNames(QStringLiteral("digits"), "new");
    panel.setClasses(testing::shapeClasses());
    expectNames(QStringLiteral("images"), "named classes");
    panel.clear();
    expectNames(QStringLiteral("images"), "after clear()");

    auto mnist = std::make_shared<MnistData>();
    mnist->test.labels = {7};
    mnist->test.pixels.assign(static_cast<std::size_t>(kMnistPixels), 0);
    panel.setMistakes(mnist, {});
    expectNames(QStringLiteral("digits"), "mistakes on MNIST's digits");
}

TEST(ClassWording, TheCanvasAsksForTheModelsClasses) {
    TryDigitPanel panel;
    DigitCanvas* canvas = panel.canvas();
    EXPECT_EQ(canvas->placeholderText(), QStringLiteral("draw a digit here"));
    EXPECT_EQ(canvas->accessibleName(), QStringLiteral("Digit drawing"));
    EXPECT_EQ(canvas->accessibleDescription(), QStringLiteral("Empty: draw a digit with the mouse."));

    panel.setClassifier(testing::untrainedShapesClassifier(), QStringLiteral("shapes"));
    EXPECT_EQ(canvas->placeholderText(), QStringLiteral("draw one of the classes here"));
    EXPECT_EQ(canvas->accessibleName(), QStringLiteral("Drawing"));
    EXPECT_EQ(canvas->accessibleDescription(),
              QStringLiteral("Empty: draw one of the classes with the mouse."));
    EXPECT_EQ(
        canvas->toolTip(),
        QStringLiteral("Draw one of the classes with the mouse; the model's guess updates as you draw."));
    canvas->drawStroke({{60, 60}, {220, 220}});
    canvas->clear();
    EXPECT_EQ(canvas->accessibleDescription(),
              QStringLiteral("Empty: draw one of the classes with the mouse."))
        << "cleared, it still asks for the model's classes";
}

// Before a model, Try it shows the loaded data set's classes; a model then brings its own.
TEST(ClassWording, TryItBeforeAModelShowsTheDataSetsClasses) {
    TryDigitPanel panel;
    EXPECT_EQ(panel.verdict(), QStringLiteral("Draw a digit"));
    panel.setDataClasses(testing::shapeClasses());
    EXPECT_EQ(panel.verdict(), QStringLiteral("Draw one of the classes"));
    EXPECT_EQ(panel.bars()->className(2), QStringLiteral("square"));
    EXPECT_EQ(panel.canvas()->placeholderText(), QStringLiteral("draw one of the classes here"));
    panel.canvas()->drawStroke({{60, 60}, {220, 220}});
    EXPECT_EQ(panel.verdict(), QStringLiteral("No model yet"));
    EXPECT_EQ(panel.canvas()->accessibleDescription(),
              QStringLiteral("A drawing; no model yet to say which class it is."));
    panel.setDataClasses(ClassNames::digits());
    EXPECT_EQ(panel.canvas()->placeholderText(), QStringLiteral("draw a digit here"));
    EXPECT_EQ(panel.canvas()->accessibleDescription(),
              QStringLiteral("A drawing; no model yet to say which digit it is."));
}

// Inside the network names a test or training image's label by its class.
TEST(ClassWording, InsideTheNetworkNamesAnImagesClass) {
    InsideNetworkView inside;
    inside.setData(testing::blankShapesData());
    inside.setClassifier(testing::untrainedShapesClassifier(), QStringLiteral("shapes"));
    inside.showTestImage(2);
    EXPECT_EQ(inside.sourceText(), QStringLiteral("Showing: Test image 2 (labelled square)"));
    inside.showTrainingImage(1);
    EXPECT_EQ(inside.sourceText(), QStringLiteral("Showing: Training image 1 (labelled triangle)"));
}

TEST(ClassWording, TheStagesSentenceNamesTheMostProbableClass) {
    NetworkTrace trace;
    trace.probabilities = {0.1f, 0.2f, 0.7f};
    EXPECT_EQ(NetworkStagesView::describe(trace, testing::shapeClasses()),
              QStringLiteral("The stages, as the data flows: . Most probable class: square (70.0 %)."));
    EXPECT_EQ(NetworkStagesView::describe(trace, ClassNames::digits(3)),
              QStringLiteral("The stages, as the data flows: . Most probable digit: 2 (70.0 %)."));
}

// MNIST's chart: the 99.4 % goal line and a y axis that holds 97-100 %. Three classes: no goal, a
// line at what guessing scores (100 / 3 = 33.3 %) instead, and the y axis reaching down to it.
TEST(ClassWording, TheAccuracyChartsYardstickIsMnistsGoalOrWhatGuessingScores) {
    RunCharts charts;
    MetricChart* accuracy = charts.accuracyChart();
    auto yAxis = [accuracy] {
        const auto axes = accuracy->chartView()->chart()->axes(Qt::Vertical);
        return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(axes.first());
    };
    ASSERT_NE(yAxis(), nullptr);
    EXPECT_EQ(accuracy->referenceLabel(), QStringLiteral("goal 99.4 %"));
    EXPECT_TRUE(charts.showsMnistGoal());
    EXPECT_GT(yAxis()->min(), 90.0);

    charts.showGoalFor(testing::shapeClasses());
    EXPECT_FALSE(charts.showsMnistGoal());
    EXPECT_EQ(accuracy->referenceLabel(), QStringLiteral("random guessing 33.3 %"));
    EXPECT_LE(yAxis()->min(), 100.0 / 3);
    EXPECT_GE(yAxis()->max(), 100.0);
    EXPECT_EQ(accuracy->title(), QStringLiteral("Test accuracy per epoch"));

    charts.showGoalFor(ClassNames::digits(4)); // digits, but not MNIST's ten: guessing scores 25 %
    EXPECT_EQ(accuracy->referenceLabel(), QStringLiteral("random guessing 25.0 %"));
    charts.showGoalFor(ClassNames::digits());
    EXPECT_EQ(accuracy->referenceLabel(), QStringLiteral("goal 99.4 %"));
    EXPECT_GT(yAxis()->min(), 90.0);
}

// Loads the data set in `folder` into the tab and waits until it is loaded.
void loadInto(MnistTab& tab, const QString& folder) {
    QSignalSpy loaded(&tab, &MnistTab::dataLoaded);
    tab.setDataDirectory(folder);
    ASSERT_TRUE(loaded.count() == 1 || loaded.wait(kLoadTimeoutMs));
    ASSERT_TRUE(loaded.first().at(0).toBool()) << tab.dataStatus().toStdString();
}

// The tab tells the views what a loaded data set's images show before any run: the mistakes' page of
// a set of named classes speaks of images from the start, Try it shows its classes before a model,
// and the accuracy chart measures the next run against guessing, not MNIST's goal.
TEST_F(MnistTabTest, ADataSetOfNamedClassesNamesTheViewsBeforeARun) {
    const QString mnistFolder = tab->dataDirectory();
    auto* mistakes = tab->findChild<MistakesPanel*>();
    ASSERT_NE(mistakes, nullptr);
    EXPECT_EQ(mistakes->accessibleName(), QStringLiteral("Misclassified test digits"));
    QTemporaryDir folder;
    ASSERT_TRUE(testing::writeShapesFolder(folder.path()));
    ASSERT_NO_FATAL_FAILURE(loadInto(*tab, folder.path()));
    EXPECT_EQ(mistakes->accessibleName(), QStringLiteral("Misclassified test images"));
    auto* tryIt = tab->findChild<TryDigitPanel*>();
    ASSERT_NE(tryIt, nullptr);
    EXPECT_FALSE(tryIt->hasClassifier());
    EXPECT_EQ(tryIt->verdict(), QStringLiteral("Draw one of the classes"));
    EXPECT_EQ(tryIt->bars()->className(2), QStringLiteral("square"));
    EXPECT_EQ(tryIt->canvas()->placeholderText(), QStringLiteral("draw one of the classes here"));
    EXPECT_EQ(tab->accuracyChart()->referenceLabel(), QStringLiteral("random guessing 33.3 %"));

    // Back to MNIST: every view speaks of digits again.
    ASSERT_NO_FATAL_FAILURE(loadInto(*tab, mnistFolder));
    EXPECT_EQ(mistakes->accessibleName(), QStringLiteral("Misclassified test digits"));
    EXPECT_EQ(tryIt->verdict(), QStringLiteral("Draw a digit"));
    EXPECT_EQ(tryIt->canvas()->placeholderText(), QStringLiteral("draw a digit here"));
    EXPECT_EQ(tab->samplesGallery()->accessibleName(), QStringLiteral("Sample training digits"));
    EXPECT_EQ(tab->accuracyChart()->referenceLabel(), QStringLiteral("goal 99.4 %"));
}

// A model brings its own yardstick: trained on MNIST, its chart keeps the 99.4 % goal when a data set
// of other classes is loaded after it (Resume would go on with MNIST's run).
TEST_F(MnistTabTest, TrainedOnMnistTheChartKeepsItsGoalOnAnotherDataSet) {
    trainToTheEnd();
    EXPECT_EQ(tab->accuracyChart()->referenceLabel(), QStringLiteral("goal 99.4 %"));
    QTemporaryDir folder;
    ASSERT_TRUE(testing::writeShapesFolder(folder.path()));
    ASSERT_NO_FATAL_FAILURE(loadInto(*tab, folder.path()));
    EXPECT_EQ(tab->accuracyChart()->referenceLabel(), QStringLiteral("goal 99.4 %"));
}

} // namespace
} // namespace bplab::ui
