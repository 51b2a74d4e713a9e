// The per-class view inside the MNIST tab: a confusion-matrix cell picked with the mouse or the
// keyboard shows exactly its mistakes in the gallery (from an Evaluation built by hand), the bars
// follow each epoch and a new run clears them, and the exports are in the File menu.
#include "core/mnist/per_class_metrics.h"
#include "tests/ui/mnist/mnist_tab_fixture.h"
#include "ui/charts/per_class_chart.h"
#include "ui/mnist/results/confusion_matrix_view.h"
#include "ui/mnist/results/digit_gallery.h"
#include "ui/mnist/results/mistakes_panel.h"
#include "ui/mnist/results/per_class_panel.h"

#include <QFile>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>

namespace bplab::ui {
namespace {

using BarMeasure = PerClassChart::Measure;

// Six mistakes on the first test images, most confident first; three of them 4s taken for 9s. The
// matrix counts them beside a diagonal of 100 right answers per digit.
Evaluation handMadeEvaluation() {
    Evaluation evaluation;
    evaluation.misclassified = {{3, 4, 9, 0.95f},  {5, 7, 1, 0.90f},  {8, 4, 9, 0.85f},
                                {11, 4, 6, 0.80f}, {13, 4, 9, 0.70f}, {20, 9, 4, 0.60f}};
    for (int d = 0; d < 10; ++d) evaluation.confusion.at(d, d) = 100;
    for (const Misclassified& m : evaluation.misclassified) evaluation.confusion.count(m.label, m.predicted);
    return evaluation;
}

QStringList tooltips(const DigitGallery* gallery) {
    QStringList texts;
    for (const DigitGallery::Item& item : gallery->items()) texts.append(item.tooltip);
    return texts;
}

class PerClassTabTest : public MnistTabTest {
protected:
    void showEpoch(const Evaluation& evaluation) {
        Q_EMIT tab->controller()->epochFinished(EpochResult{1, 0.5, 0.4, 99.0, 1.0}, evaluation);
        tab->lowerTabs()->setCurrentWidget(tab->confusionMatrix()->parentWidget());
    }
    void clickCell(int trueDigit, int predicted) {
        ConfusionMatrixView* view = tab->confusionMatrix();
        QTest::mouseClick(view, Qt::LeftButton, {}, view->cellRect(trueDigit, predicted).center());
    }
};

TEST_F(PerClassTabTest, ClickingACellShowsExactlyThoseMistakesAndEscShowsAllAgain) {
    showEpoch(handMadeEvaluation());
    MistakesPanel* mistakes = tab->mistakesPanel();
    EXPECT_EQ(tab->misclassifiedGallery()->itemCount(), 6);
    EXPECT_EQ(mistakes->filterText(), QStringLiteral("All mistakes, the most confident first: 6 images"));

    clickCell(4, 9);
    EXPECT_EQ(tab->lowerTabs()->currentWidget(), mistakes) << "the mistakes are shown at once";
    EXPECT_EQ(mistakes->filterText(), QStringLiteral("true 4, predicted 9: 3 images"));
    EXPECT_EQ(tooltips(tab->misclassifiedGallery()),
              QStringList({QStringLiteral("Test image 3: true 4, predicted 9 with 95.0 % confidence"),
                           QStringLiteral("Test image 8: true 4, predicted 9 with 85.0 % confidence"),
                           QStringLiteral("Test image 13: true 4, predicted 9 with 70.0 % confidence")}));
    EXPECT_EQ(tab->confusionMatrix()->chosenCell(), std::optional(std::pair{4, 9})) << "the cell is framed";
    EXPECT_TRUE(mistakes->showAllButton()->isVisibleTo(mistakes));

    QTest::keyClick(tab->misclassifiedGallery(), Qt::Key_Escape);
    EXPECT_FALSE(mistakes->filter().has_value());
    EXPECT_EQ(tab->misclassifiedGallery()->itemCount(), 6);
    EXPECT_FALSE(tab->confusionMatrix()->chosenCell().has_value());
    EXPECT_FALSE(mistakes->showAllButton()->isVisibleTo(mistakes));

    // Show all, and a second click on the chosen cell, bring every mistake back too.
    clickCell(9, 4);
    EXPECT_EQ(tooltips(tab->misclassifiedGallery()),
              QStringList({QStringLiteral("Test image 20: true 9, predicted 4 with 60.0 % confidence")}));
    QTest::mouseClick(mistakes->showAllButton(), Qt::LeftButton);
    EXPECT_EQ(tab->misclassifiedGallery()->itemCount(), 6);
    clickCell(7, 1);
    EXPECT_EQ(mistakes->filterText(), QStringLiteral("true 7, predicted 1: 1 image"));
    clickCell(7, 1);
    EXPECT_FALSE(mistakes->filter().has_value());
    EXPECT_EQ(tab->misclassifiedGallery()->itemCount(), 6);

    // A cell without mistakes says so in the gallery.
    clickCell(1, 7);
    EXPECT_EQ(mistakes->filterText(), QStringLiteral("true 1, predicted 7: 0 images"));
    EXPECT_EQ(tab->misclassifiedGallery()->itemCount(), 0);
}

TEST_F(PerClassTabTest, TheDiagonalSaysTheseAreRightAndKeepsTheGallery) {
    showEpoch(handMadeEvaluation());
    QSignalSpy messages(tab.get(), &MnistTab::statusMessage);
    clickCell(4, 4);
    EXPECT_EQ(tab->lowerTabs()->currentWidget(), tab->confusionMatrix()->parentWidget());
    EXPECT_FALSE(tab->mistakesPanel()->filter().has_value());
    EXPECT_EQ(tab->misclassifiedGallery()->itemCount(), 6);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().at(0).toString().startsWith(
        QStringLiteral("true 4, predicted 4: 100 correct answers. Only the mistakes are kept")))
        << messages.first().at(0).toString().toStdString();
}

TEST_F(PerClassTabTest, ArrowKeysAndEnterPickACell) {
    showEpoch(handMadeEvaluation());
    ConfusionMatrixView* view = tab->confusionMatrix();
    EXPECT_EQ(view->focusPolicy(), Qt::StrongFocus);
    ASSERT_EQ(view->keyboardCell(), std::pair(0, 0));
    for (int i = 0; i < 4; ++i) QTest::keyClick(view, Qt::Key_Down);
    for (int i = 0; i < 12; ++i) QTest::keyClick(view, Qt::Key_Right); // stops at the last column
    EXPECT_EQ(view->keyboardCell(), std::pair(4, 9));
    QTest::keyClick(view, Qt::Key_Return);
    EXPECT_EQ(tab->mistakesPanel()->filterText(), QStringLiteral("true 4, predicted 9: 3 images"));
    EXPECT_EQ(tab->misclassifiedGallery()->itemCount(), 3);
}

TEST_F(PerClassTabTest, BarsFollowEachEpochAndANewRunClearsThem) {
    showEpoch(handMadeEvaluation());
    const PerClassChart* chart = tab->perClassPanel()->chart();
    // 4: 100 right of 100 + 3 (read as 9) + 1 (read as 6) = 104; answered 100 + 1 (a 9) = 101 times.
    EXPECT_NEAR(chart->barValue(BarMeasure::Recall, 4), 100.0 * 100 / 104, 1e-9);
    EXPECT_NEAR(chart->barValue(BarMeasure::Precision, 4), 100.0 * 100 / 101, 1e-9);
    EXPECT_EQ(chart->barText(BarMeasure::Recall, 4), QStringLiteral("recall of 4: 100/104 = 96.2 %"));

    // A real run: the bars are gone as it starts, and after its epoch they are its matrix's.
    QSignalSpy finished(tab->controller(), &TrainingController::finished);
    click(tab->trainAction());
    EXPECT_FALSE(tab->perClassPanel()->metrics().has_value());
    EXPECT_EQ(chart->barValue(BarMeasure::Recall, 4), 0.0);
    EXPECT_EQ(tab->misclassifiedGallery()->itemCount(), 0);
    ASSERT_TRUE(finished.wait(kTrainTimeoutMs));
    ASSERT_TRUE(tab->perClassPanel()->metrics().has_value());
    const PerClassMetrics metrics = perClassMetrics(tab->confusionMatrix()->matrix());
    int support = 0;
    for (int d = 0; d < 10; ++d) {
        const ClassMetrics& m = metrics[static_cast<std::size_t>(d)];
        support += m.support;
        EXPECT_DOUBLE_EQ(chart->barValue(BarMeasure::Recall, d), 100.0 * m.recall().value_or(0.0)) << d;
        EXPECT_DOUBLE_EQ(chart->barValue(BarMeasure::Precision, d), 100.0 * m.precision().value_or(0.0)) << d;
    }
    EXPECT_EQ(support, 500) << "the test set was cut to 500 images";
}

TEST_F(PerClassTabTest, TheExportsAreInTheFileMenuAndTheCsvHasTheCounts) {
    QList<QAction*> fileActions;
    for (const QList<QAction*>& section : tab->fileSections()) fileActions += section;
    QStringList texts;
    for (const QAction* action : fileActions) texts.append(action->text());
    EXPECT_TRUE(texts.contains(QStringLiteral("Export &per-class chart…"))) << texts.join(", ").toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Export per-class metrics as C&SV…")));
    EXPECT_EQ(tab->perClassPanel()->actions().size(), 2) << "the bars' context menu offers both";

    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(tab->exportPerClassCsv(dir.filePath(QStringLiteral("early.csv")), &error));
    EXPECT_FALSE(error.isEmpty());

    showEpoch(handMadeEvaluation());
    const QString path = dir.filePath(QStringLiteral("per-class.csv"));
    ASSERT_TRUE(tab->exportPerClassCsv(path, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    ASSERT_GE(lines.size(), 11);
    // 4: support 104, answered 101 times, 100 right: 100/101 = 99.00990099 %, 100/104 = 96.15384615 %,
    // F1 = 200/(104 + 101) = 97.56097561 %.
    EXPECT_EQ(lines[5], QStringLiteral("4,104,101,100,99.00990099,96.15384615,97.56097561"));
    const QString png = dir.filePath(QStringLiteral("per-class.png"));
    ASSERT_TRUE(tab->exportPerClassChart(png, QSize(800, 500), &error)) << error.toStdString();
    EXPECT_EQ(QImage(png).size(), QSize(800, 500));
}

} // namespace
} // namespace bplab::ui
