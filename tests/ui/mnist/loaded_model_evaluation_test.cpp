// Load model evaluates the loaded model on its test set in the worker thread and fills the confusion
// matrix, the per-class bars and the mistakes gallery from it, as an epoch would; a newer model
// (another load, Train) drops a late result, and closing meanwhile ends cleanly.
#include "core/mnist/mnist_data.h"
#include "tests/ui/mnist/mnist_tab_fixture.h"
#include "ui/mnist/results/confusion_matrix_view.h"
#include "ui/mnist/results/digit_gallery.h"
#include "ui/mnist/results/mistakes_panel.h"
#include "ui/mnist/results/per_class_panel.h"

#include <QElapsedTimer>
#include <QProgressBar>
#include <QTemporaryDir>

#include <array>

namespace bplab::ui {
namespace {

int total(const ConfusionMatrix& m) {
    int sum = 0;
    for (int t = 0; t < m.classes(); ++t)
        for (int p = 0; p < m.classes(); ++p) sum += m.at(t, p);
    return sum;
}

int diagonal(const ConfusionMatrix& m) {
    int sum = 0;
    for (int d = 0; d < m.classes(); ++d) sum += m.at(d, d);
    return sum;
}

class LoadedModelEvaluation : public MnistTabTest {
protected:
    // The settings back to the fixture's small recipe (Load model put the checkpoint's there).
    void useSmallRecipe() {
        TrainConfig config = tab->settingsPanel()->config();
        config.epochs = 1;
        config.trainLimit = 2000;
        config.testLimit = 500;
        config.batchSize = 64;
        config.threads = 1;
        tab->settingsPanel()->setConfig(config);
    }
};

TEST_F(LoadedModelEvaluation, FillsTheConfusionMatrixPerClassBarsAndMistakes) {
    QSignalSpy evaluated(tab->controller(), &TrainingController::loadedModelEvaluated);
    QSignalSpy said(tab.get(), &MnistTab::statusMessage);
    QString error;
    ASSERT_TRUE(tab->loadModel(kGpuCheckpoint, &error)) << error.toStdString();
    // Meanwhile: the sentence, a busy bar, the model the worker's (no Resume, no Save).
    EXPECT_TRUE(tab->controller()->isEvaluating());
    EXPECT_TRUE(said.last().at(0).toString().contains(QStringLiteral("Evaluating the loaded model on ")))
        << said.last().at(0).toString().toStdString();
    EXPECT_TRUE(said.last().at(0).toString().endsWith(QStringLiteral(" test images…")));
    EXPECT_EQ(tab->progressBar()->maximum(), 0) << "a busy bar";
    EXPECT_FALSE(tab->resumeAction()->isEnabled());
    EXPECT_FALSE(tab->saveModelAction()->isEnabled());
    EXPECT_TRUE(tab->loadModelAction()->isEnabled());
    EXPECT_TRUE(tab->trainAction()->isEnabled());
    EXPECT_EQ(total(tab->confusionMatrix()->matrix()), 0) << "filled only by the evaluation";

    ASSERT_TRUE(evaluated.wait(kTrainTimeoutMs));
    const auto evaluation = evaluated.first().at(0).value<Evaluation>();
    EXPECT_FALSE(tab->controller()->isEvaluating());
    const ConfusionMatrix& m = tab->confusionMatrix()->matrix();
    // Every one of the 10,000 test images once; right ones on the diagonal: accuracy = diagonal / total.
    ASSERT_EQ(total(m), 10000);
    EXPECT_EQ(tab->controller()->evaluationImages(), 10000);
    EXPECT_DOUBLE_EQ(100.0 * diagonal(m) / total(m), evaluation.accuracy);
    // The GPU run measured 98.98 % on the same images (the file's history); a CPU may flip an image.
    EXPECT_NEAR(evaluation.accuracy, 98.98, 0.021);
    // Each digit's bars stand on its count among the test labels, counted here from the files themselves.
    std::array<int, 10> labels{};
    for (const int label : loadMnist(tab->dataDirectory().toStdString()).test.labels)
        ++labels[static_cast<std::size_t>(label)];
    ASSERT_TRUE(tab->perClassPanel()->metrics().has_value());
    for (std::size_t d = 0; d < 10; ++d)
        EXPECT_EQ((*tab->perClassPanel()->metrics())[d].support, labels[d]) << "digit " << d;
    // The gallery: every mistake, up to what it shows.
    const int mistakes = total(m) - diagonal(m);
    EXPECT_EQ(static_cast<int>(evaluation.misclassified.size()), mistakes);
    EXPECT_GT(tab->misclassifiedGallery()->itemCount(), 0);
    EXPECT_EQ(tab->misclassifiedGallery()->itemCount(), std::min(mistakes, MistakesPanel::kMaxShown));
    // Nothing added to the charts or the run's history: the loaded epoch is already drawn.
    EXPECT_EQ(accuracyPoints(), 1);
    EXPECT_EQ(tab->controller()->history().size(), 1u);
    EXPECT_TRUE(said.last().at(0).toString().startsWith(QStringLiteral("Loaded model: test accuracy ")))
        << said.last().at(0).toString().toStdString();
    EXPECT_TRUE(tab->resumeAction()->isEnabled() || tab->settingsPanel()->config().epochs <= 1);
    EXPECT_TRUE(tab->saveModelAction()->isEnabled());
    EXPECT_EQ(tab->progressBar()->maximum(), 1) << "no longer busy";
}

// Load model again before the first evaluation has ended: only the newer model's result is shown.
TEST_F(LoadedModelEvaluation, ASecondLoadDropsTheFirstResult) {
    trainToTheEnd(); // 500 test images
    QTemporaryDir dir;
    const QString small = dir.filePath(QStringLiteral("small.pt"));
    QString error;
    ASSERT_TRUE(tab->saveModel(small, &error)) << error.toStdString();
    QSignalSpy evaluated(tab->controller(), &TrainingController::loadedModelEvaluated);
    ASSERT_TRUE(tab->loadModel(kGpuCheckpoint, &error)) << error.toStdString();
    ASSERT_TRUE(tab->loadModel(small, &error)) << error.toStdString();
    ASSERT_TRUE(evaluated.wait(kTrainTimeoutMs));
    QTest::qWait(300); // the first load's result would come in about now if it were late
    EXPECT_FALSE(tab->controller()->isEvaluating());
    EXPECT_EQ(evaluated.size(), 1);
    EXPECT_EQ(total(tab->confusionMatrix()->matrix()), 500) << "the second model's test set";
}

// Train right after Load model: the run waits for the evaluation, whose result no longer counts.
TEST_F(LoadedModelEvaluation, TrainDuringTheEvaluationDropsItsResult) {
    QSignalSpy evaluated(tab->controller(), &TrainingController::loadedModelEvaluated);
    QString error;
    ASSERT_TRUE(tab->loadModel(kGpuCheckpoint, &error)) << error.toStdString();
    useSmallRecipe();
    QSignalSpy finished(tab->controller(), &TrainingController::finished);
    click(tab->trainAction());
    ASSERT_TRUE(finished.wait(kTrainTimeoutMs));
    EXPECT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
    EXPECT_EQ(evaluated.size(), 0);
    EXPECT_EQ(total(tab->confusionMatrix()->matrix()), 500) << "the new run's epoch, not the loaded model";
}

// Closing the window while the worker evaluates: no crash, and no long wait.
TEST_F(LoadedModelEvaluation, ClosingDuringTheEvaluationEndsCleanly) {
    QString error;
    ASSERT_TRUE(tab->loadModel(kGpuCheckpoint, &error)) << error.toStdString();
    ASSERT_TRUE(tab->controller()->isEvaluating());
    QElapsedTimer closing;
    closing.start();
    tab.reset();
    EXPECT_LT(closing.elapsed(), kCloseBoundMs);
}

} // namespace
} // namespace bplab::ui
