// A data set's class names in every view that shows classes: the confusion matrix (headers, sentences,
// what a screen reader hears), the per-class bars and their axis, the probability bars, the saliency
// class list, Try it's verdict, the mistakes' captions and the model summary for that many outputs.
// MNIST's digits keep their numbers and sentences. The counts are worked by hand in the comments.
#include "core/mnist/mnist_trainer.h"
#include "tests/support/shapes_confusion.h"
#include "tests/support/shapes_data.h"
#include "ui/charts/per_class_chart.h"
#include "ui/mnist/inside/model_summary_table.h"
#include "ui/mnist/inside/parameter_breakdown_table.h"
#include "ui/mnist/inside/saliency_panel.h"
#include "ui/mnist/results/confusion_matrix_view.h"
#include "ui/mnist/results/digit_gallery.h"
#include "ui/mnist/results/mistakes_panel.h"
#include "ui/mnist/results/per_class_panel.h"
#include "ui/mnist/try_it/digit_canvas.h"
#include "ui/mnist/try_it/probability_bars.h"
#include "ui/mnist/try_it/try_digit_panel.h"

#include <QAccessible>
#include <QComboBox>
#include <QRegularExpression>
#include <QTableWidget>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

const QStringList kShapes = testing::shapeNames();

// tests/support/shapes_confusion.h: rows circle 4 (3 right, 1 read as a square), triangle 2 (both
// right), square 3 (2 right, 1 read as a triangle); columns 3, 3, 3.
ConfusionMatrix shapesMatrix() { return testing::threeShapesConfusion(); }

TEST(ClassNamesInViews, TheConfusionMatrixNamesItsRowsColumnsAndCells) {
    ConfusionMatrixView view;
    view.resize(420, 300);
    view.setMatrix(shapesMatrix(), kShapes);
    EXPECT_EQ(view.className(2), "square");
    EXPECT_EQ(view.cellText(2, 1), "true square, predicted triangle: 1 image");
    // Row "square" holds 2 + 1 = 3 images, 1 of them called a triangle: 33.3 %.
    EXPECT_EQ(view.cellShareText(2, 1), "1 of the 3 test images of square (33.3 %)");
    // The largest confusion, the first of the two single mistakes reading row by row: circle → square.
    EXPECT_NE(view.summaryText().indexOf("the largest confusion: true circle, predicted square: 1 image"), -1)
        << view.summaryText().toStdString();
    // The row names' column is as wide as the longest name and 8 px (not "true 0"'s width).
    EXPECT_EQ(view.cellRect(0, 0).left(), view.fontMetrics().horizontalAdvance("triangle") + 8);

    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(&view);
    ASSERT_TRUE(iface && iface->tableInterface());
    QAccessibleTableInterface* table = iface->tableInterface();
    EXPECT_EQ(table->rowDescription(2), "true square");
    EXPECT_EQ(table->columnDescription(1), "predicted triangle");
    QAccessibleInterface* cell = table->cellAt(2, 1);
    ASSERT_TRUE(cell && cell->tableCellInterface());
    EXPECT_EQ(cell->tableCellInterface()->rowHeaderCells().value(0)->text(QAccessible::Name), "true square");
}

TEST(ClassNamesInViews, DigitsOrNamesOfAnotherCountKeepTheNumbers) {
    ConfusionMatrixView view;
    view.resize(420, 300);
    ConfusionMatrix ten;
    ten.at(3, 5) = 12;
    ten.at(3, 3) = 88;
    QStringList digits;
    for (int d = 0; d < 10; ++d) digits << QString::number(d);
    view.setMatrix(ten, digits);
    EXPECT_EQ(view.cellText(3, 5), "true 3, predicted 5: 12 images");
    const int digitsLabel = view.cellRect(0, 0).left();
    view.setMatrix(ten);
    EXPECT_EQ(view.cellRect(0, 0).left(), digitsLabel) << "digits named \"0\"…\"9\" are laid out as numbers";
    view.setMatrix(shapesMatrix(), {QStringLiteral("circle"), QStringLiteral("triangle")});
    EXPECT_EQ(view.cellText(2, 1), "true 2, predicted 1: 1 image") << "two names for three classes";
}

TEST(ClassNamesInViews, ThePerClassBarsAreNamedOnTheirAxisAndInTheirSentences) {
    PerClassPanel panel;
    panel.setMatrix(shapesMatrix(), kShapes);
    PerClassChart* chart = panel.chart();
    EXPECT_EQ(chart->classLabels(), kShapes);
    EXPECT_EQ(chart->classAxisTitle(), "Class");
    EXPECT_TRUE(chart->caption().startsWith("Precision of a class: ")) << chart->caption().toStdString();
    // Recall of circle: 3 of its 4 images; precision of square: 2 of the 3 called squares (1 + 2).
    EXPECT_EQ(chart->barText(PerClassChart::Measure::Recall, 0), "recall of circle: 3/4 = 75.0 %");
    EXPECT_EQ(chart->barText(PerClassChart::Measure::Precision, 2), "precision of square: 2/3 = 66.7 %");

    ConfusionMatrix ten;
    for (int d = 0; d < 10; ++d) ten.at(d, d) = 1;
    panel.setMatrix(ten);
    EXPECT_EQ(chart->classAxisTitle(), "Digit");
    EXPECT_TRUE(chart->caption().startsWith("Precision of a digit: ")) << chart->caption().toStdString();
    EXPECT_EQ(chart->classLabels().value(9), "9");
    EXPECT_EQ(chart->barText(PerClassChart::Measure::Recall, 7), "recall of 7: 1/1 = 100.0 %");
}

TEST(ClassNamesInViews, TheProbabilityBarsSayTheNamesMostLikelyFirst) {
    ProbabilityBars bars;
    bars.setProbabilities({0.1f, 0.7f, 0.2f}, kShapes);
    EXPECT_EQ(bars.best(), 1);
    EXPECT_EQ(bars.className(1), "triangle");
    EXPECT_EQ(bars.describe(), "Most likely first: triangle (70.0 %), square (20.0 %), circle (10.0 %).");
    bars.setProbabilities({0.1f, 0.7f, 0.2f}, {QStringLiteral("circle")});
    EXPECT_EQ(bars.describe(), "Most likely first: 1 (70.0 %), 2 (20.0 %), 0 (10.0 %).");
}

TEST(ClassNamesInViews, TryItAndTheSaliencyListCallTheModelsClassesByName) {
    const MnistClassifier classifier = testing::untrainedShapesClassifier();
    TryDigitPanel panel;
    panel.setClassifier(classifier, QStringLiteral("shapes"));
    // Before a drawing: the model's classes, empty, and a request for one of them.
    EXPECT_EQ(panel.verdict(), "Draw one of its classes");
    EXPECT_FALSE(panel.bars()->hasProbabilities());
    EXPECT_EQ(panel.bars()->className(2), "square");
    panel.canvas()->drawStroke({{60, 60}, {220, 220}});
    const int best = panel.bars()->best();
    ASSERT_GE(best, 0);
    EXPECT_TRUE(panel.verdict().startsWith(QStringLiteral("It's “%1” (").arg(kShapes[best])))
        << panel.verdict().toStdString();
    EXPECT_EQ(panel.bars()->className(2), "square");

    SaliencyPanel saliency;
    std::array<float, kMnistPixels> pixels{};
    pixels[14 * kMnistCols + 14] = 1.0f;
    saliency.setInput(classifier, pixels, classifier.predict(pixels), /*newImage=*/true);
    QStringList offered;
    for (int i = 0; i < saliency.classBox()->count(); ++i) offered << saliency.classBox()->itemText(i);
    EXPECT_EQ(offered, kShapes);
    EXPECT_EQ(saliency.classBox()->currentIndex(), saliency.bars()->best()) << "the predicted class first";
}

TEST(ClassNamesInViews, TheMistakesAreCaptionedWithTheNames) {
    auto data = std::make_shared<MnistData>();
    data->test.labels = {2, 1};
    data->test.pixels.assign(2 * static_cast<std::size_t>(kMnistPixels), 0);
    data->classes = ClassNames({"circle", "triangle", "square"});
    MistakesPanel panel;
    // Test image 0, a square, read as a triangle with 87 % confidence.
    panel.setMistakes(data, {Misclassified{0, 2, 1, 0.87f}});
    ASSERT_EQ(panel.gallery()->items().size(), 1);
    EXPECT_EQ(panel.gallery()->items()[0].caption, "square→triangle 87%");
    EXPECT_EQ(panel.gallery()->items()[0].spoken, "square read as triangle (87 %)");
}

// A caption of long names widens the gallery's cells (up to 2.5 digits, 140 px, plus 12 of spacing);
// MNIST's short ones keep the 56 + 12 = 68 px cells.
TEST(ClassNamesInViews, LongCaptionsWidenTheGallerysCellsUpToALimit) {
    DigitGallery gallery;
    gallery.resize(1000, 400);
    const QImage digit(28, 28, QImage::Format_Grayscale8);
    auto cellWidth = [&](const QString& caption) {
        gallery.setItems({{digit, caption, {}, 0}, {digit, caption, {}, 1}});
        return gallery.itemRect(1).left() - gallery.itemRect(0).left();
    };
    EXPECT_EQ(cellWidth(QStringLiteral("7→2 87%")), 68);
    const QString names = QStringLiteral("triangle→square 87%");
    EXPECT_EQ(cellWidth(names), std::max(68, gallery.fontMetrics().horizontalAdvance(names) + 4));
    EXPECT_EQ(cellWidth(QString(60, QLatin1Char('w'))), 152) << "a caption past the limit is cut short";
    EXPECT_EQ(gallery.itemRect(0).width(), 56) << "the digit keeps its size, in the middle of its cell";
    EXPECT_EQ(gallery.itemRect(0).left(), (152 - 56) / 2);
}

TEST(ClassNamesInViews, TheModelSummaryCountsTheOutputsOfTheDataSetsClasses) {
    ModelSummaryView view;
    auto total = [](QTableWidget* table, int column) {
        return table->item(table->rowCount() - 1, column)
            ->text()
            .remove(QRegularExpression("[^0-9]"))
            .toInt();
    };
    // 10,984 parameters before fc, and fc has 16 weights and 1 bias per class: 10,984 + 17 · 10 = 11,154.
    EXPECT_EQ(total(view.summary(), 2), 11154);
    EXPECT_EQ(total(view.breakdown(), ParameterBreakdownTable::Parameters), 11154);
    view.showClasses(3); // 10,984 + 17 · 3 = 11,035
    EXPECT_EQ(total(view.summary(), 2), 11035);
    EXPECT_EQ(total(view.breakdown(), ParameterBreakdownTable::Parameters), 11035);
    EXPECT_EQ(view.summary()->item(view.summary()->rowCount() - 2, 1)->text(), "[-1, 3]") << "fc's output";
}

} // namespace
} // namespace bplab::ui
