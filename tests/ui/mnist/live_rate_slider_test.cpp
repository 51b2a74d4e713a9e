// The live learning-rate slider beside the MNIST loss chart: its log scale, and a move during a run
// that reaches the trainer, the loss chart's rate line, the metrics CSV and the checkpoint.
#include "tests/ui/mnist/mnist_tab_fixture.h"
#include "ui/mnist/training/live_rate_slider.h"
#include "ui/mnist/training/run_charts.h"

#include <QFile>
#include <QSlider>
#include <QTemporaryDir>

#include <cmath>

namespace bplab::ui {
namespace {

TEST(LiveRateSliderScale, FiftyStepsADecadeFrom1eMinus4ToTheRecipesLimit) {
    // Position p is 10^(-4 + p / 50): 0 → 1e-4, 150 → 0.1, 250 → 10 (the top).
    EXPECT_DOUBLE_EQ(LiveRateSlider::rateAt(0), 1e-4);
    EXPECT_DOUBLE_EQ(LiveRateSlider::rateAt(150), 0.1);
    EXPECT_DOUBLE_EQ(LiveRateSlider::rateAt(250), 10.0);
    EXPECT_DOUBLE_EQ(LiveRateSlider::rateAt(165), 0.2); // 10^-0.7 = 0.1995 → three digits: 0.2
    EXPECT_EQ(LiveRateSlider::positionOf(0.1), 150);
    EXPECT_EQ(LiveRateSlider::positionOf(1e9), 250); // clamped to the limit
    LiveRateSlider slider;
    EXPECT_EQ(slider.slider()->maximum(), 250);
}

TEST_F(MnistTabTest, TheRateSliderChangesARunningTrainingFromTheNextBatch) {
    TrainConfig config = tab->settingsPanel()->config();
    config.epochs = 2;
    config.learningRate = 0.05;
    config.oneCycle = false;
    tab->settingsPanel()->setConfig(config);
    LiveRateSlider* slider = tab->findChild<LiveRateSlider*>();
    ASSERT_TRUE(slider);
    EXPECT_FALSE(slider->isEnabled()) << "no run to change yet";
    QSignalSpy progress(tab->controller(), &TrainingController::progress);
    QSignalSpy finished(tab->controller(), &TrainingController::finished);
    click(tab->trainAction());
    EXPECT_TRUE(slider->isEnabled());
    EXPECT_DOUBLE_EQ(slider->learningRate(), 0.05);
    ASSERT_TRUE(progress.wait(kTrainTimeoutMs));
    // The user drags the handle up to position 175: 10^(-4 + 175 / 50) = 10^-0.5 = 0.316 (3 digits).
    const double dragged = LiveRateSlider::rateAt(175);
    EXPECT_DOUBLE_EQ(dragged, 0.316);
    slider->slider()->setValue(175);
    ASSERT_TRUE(finished.wait(kTrainTimeoutMs));
    ASSERT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();

    const std::vector<RateChange> changes = tab->controller()->rateChanges();
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].learningRate, dragged);
    EXPECT_GT(changes[0].step, 0);
    EXPECT_DOUBLE_EQ(tab->settingsPanel()->config().learningRate, dragged) << "Resume continues at it";

    // The loss chart's rate line steps from 0.05 to 0.316 at one x.
    const QList<QPointF> rate = tab->lossChart()->secondaryPoints();
    ASSERT_GE(rate.size(), 3);
    EXPECT_EQ(rate.first().y(), 0.05);
    EXPECT_EQ(rate.last().y(), dragged);
    int steps = 0;
    for (qsizetype i = 1; i < rate.size(); ++i) {
        if (rate[i].y() != rate[i - 1].y()) {
            ++steps;
            EXPECT_EQ(rate[i].x(), rate[i - 1].x()) << "a vertical step";
            const double batches = tab->controller()->batchesPerEpoch();
            EXPECT_DOUBLE_EQ(rate[i].x(), static_cast<double>(changes[0].step) / batches)
                << "at the end of the batch before";
        }
    }
    EXPECT_EQ(steps, 1);

    // The CSV and a checkpoint keep the change.
    QTemporaryDir folder;
    QString error;
    const QString csvPath = folder.filePath(QStringLiteral("epochs.csv"));
    ASSERT_TRUE(tab->exportMetricsCsv(csvPath, &error)) << error.toStdString();
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(
        text.startsWith(QStringLiteral("epoch,train_loss,test_loss,test_accuracy,seconds,lr_changes\n")));
    const int batches = tab->controller()->batchesPerEpoch();
    EXPECT_TRUE(text.contains(QStringLiteral("%1@0.316\n").arg(changes[0].step % batches + 1)))
        << text.toStdString();
    const QString model = folder.filePath(QStringLiteral("model.pt"));
    ASSERT_TRUE(tab->saveModel(model, &error)) << error.toStdString();
    ASSERT_TRUE(tab->loadModel(model, &error)) << error.toStdString();
    EXPECT_EQ(tab->controller()->rateChanges().size(), 1u);
    EXPECT_DOUBLE_EQ(tab->settingsPanel()->config().learningRate, dragged);
}

} // namespace
} // namespace bplab::ui
