// A run at an absurd learning rate in the MNIST tab, as a user would start it: it ends in the
// diverged state, the chart keeps only finite points and marks where, the progress bar says so, the
// rate field offers a tenth, the kept weights can be saved, and Resume trains on from them.
#include "tests/ui/mnist/mnist_tab_fixture.h"
#include "ui/mnist/training/live_rate_slider.h"

#include <QLineSeries>
#include <QProgressBar>
#include <QSlider>
#include <QTemporaryDir>

#include <cmath>

namespace bplab::ui {
namespace {

TEST_F(MnistTabTest, ARunThatDivergesEndsInTheDivergedState) {
    TrainConfig config = tab->settingsPanel()->config();
    config.epochs = 2;
    config.learningRate = 10.0;
    config.oneCycle = false;
    tab->settingsPanel()->setConfig(config);
    QSignalSpy diverged(tab->controller(), &TrainingController::diverged);
    QSignalSpy finished(tab->controller(), &TrainingController::finished);
    QSignalSpy messages(tab.get(), &MnistTab::statusMessage);
    click(tab->trainAction());
    ASSERT_TRUE(finished.wait(kTrainTimeoutMs));
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_TRUE(finished.first().at(1).toString().isEmpty()) << "a divergence is no error";
    ASSERT_EQ(diverged.size(), 1);
    ASSERT_TRUE(tab->controller()->divergence());
    const Divergence d = *tab->controller()->divergence();
    EXPECT_EQ(d.epoch, 1);
    EXPECT_EQ(d.learningRate, 10.0);

    const QString headline = QStringLiteral("diverged at epoch 1, batch %1 (η = 10)").arg(d.batch);
    EXPECT_EQ(tab->progressBar()->format(), headline) << "the bar says where, not a stale 'batch 72/94'";
    EXPECT_EQ(tab->progressBar()->value(), d.batch);
    // The legend entry is short, so a narrow pane shows it whole; the sentence above the chart says where.
    EXPECT_EQ(tab->lossChart()->markerLabel(), QStringLiteral("diverged, η = 10"));
    EXPECT_EQ(tab->lossChart()->alert(), QStringLiteral("Training loss: ") + headline);
    const QPointF marker = tab->lossChart()->markerPoint();
    EXPECT_DOUBLE_EQ(marker.x(), static_cast<double>(d.batch) / d.batches); // epoch 1: 0 + b / batches
    EXPECT_TRUE(std::isfinite(marker.y()));
    for (const QString& name : tab->lossChart()->seriesNames()) {
        for (const QPointF& p : tab->lossChart()->series(name)->points())
            EXPECT_TRUE(std::isfinite(p.y())) << name.toStdString() << " at " << p.x();
    }

    // A tenth of the rate that diverged is offered, in the field and in a sentence.
    EXPECT_DOUBLE_EQ(tab->settingsPanel()->config().learningRate, 1.0);
    ASSERT_FALSE(messages.isEmpty());
    const QString said = messages.last().at(0).toString();
    EXPECT_TRUE(said.contains(headline)) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("the start of the run"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("learning rate 1,"))) << said.toStdString();

    // The kept weights are finite: Save writes them.
    QTemporaryDir folder;
    QString error;
    EXPECT_TRUE(tab->saveModel(folder.filePath(QStringLiteral("kept.pt")), &error)) << error.toStdString();

    // Resume trains on from them with the rate in the field (here a calm one).
    ASSERT_TRUE(tab->resumeAction()->isEnabled());
    config = tab->settingsPanel()->config();
    config.learningRate = 0.05;
    tab->settingsPanel()->setConfig(config);
    finished.clear();
    click(tab->resumeAction());
    ASSERT_TRUE(finished.wait(kTrainTimeoutMs));
    EXPECT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
    EXPECT_FALSE(tab->controller()->divergence());
    EXPECT_EQ(tab->controller()->peakLearningRate(), 0.05);
    EXPECT_EQ(tab->controller()->completedEpochs(), 2);
}

// The user's story: a one-cycle run, the rate slider dragged to its top (10), the run diverges. The
// trainer does not train at 10 then: each batch's rate is the schedule's, scaled to the new peak
// (rate × 10 / 0.1), so η at the divergence is below 10, and the window says what set it.
TEST_F(MnistTabTest, ARunDivergedAfterALiveDragSaysWhatSetTheRate) {
    TrainConfig config = tab->settingsPanel()->config();
    config.epochs = 2;
    config.learningRate = 0.1;
    config.oneCycle = true;
    tab->settingsPanel()->setConfig(config);
    LiveRateSlider* slider = tab->findChild<LiveRateSlider*>();
    ASSERT_TRUE(slider);
    QSignalSpy progress(tab->controller(), &TrainingController::progress);
    QSignalSpy finished(tab->controller(), &TrainingController::finished);
    QSignalSpy messages(tab.get(), &MnistTab::statusMessage);
    click(tab->trainAction());
    ASSERT_TRUE(progress.wait(kTrainTimeoutMs));
    slider->slider()->setValue(slider->slider()->maximum()); // 10, the recipe's limit
    ASSERT_TRUE(finished.wait(kTrainTimeoutMs));
    ASSERT_TRUE(tab->controller()->divergence()) << "a one-cycle peak of 10 diverges";
    const Divergence d = *tab->controller()->divergence();
    EXPECT_EQ(tab->controller()->peakLearningRate(), 10.0);
    EXPECT_TRUE(tab->controller()->peakSetLive());
    EXPECT_LT(d.learningRate, 10.0) << "the schedule's rate under the peak 10, not the peak";

    // η as the core writes it (6 significant digits), then why it is that.
    const QString headline =
        QStringLiteral("diverged at epoch %1, batch %2 (η = %3, the one-cycle schedule's "
                       "rate at that batch, scaled to the peak 10 you set live)")
            .arg(d.epoch)
            .arg(d.batch)
            .arg(QString::number(d.learningRate, 'g', 6));
    EXPECT_EQ(tab->progressBar()->format(), headline);
    EXPECT_EQ(tab->lossChart()->alert(), QStringLiteral("Training loss: ") + headline);
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_TRUE(messages.last().at(0).toString().contains(headline))
        << messages.last().at(0).toString().toStdString();
    // The run's legend entry says its rate moved.
    const QString legend = tab->accuracyChart()->legendText(tab->currentRunName());
    EXPECT_TRUE(legend.startsWith(QStringLiteral("#1 SGD + momentum η 0.1→10"))) << legend.toStdString();
}

// A run at the recipe's constant rate was never set live: the next run's start forgets an earlier
// run's drag.
TEST_F(MnistTabTest, ARunWithoutADragIsNotSetLive) {
    TrainConfig config = tab->settingsPanel()->config();
    config.oneCycle = false;
    tab->settingsPanel()->setConfig(config);
    trainToTheEnd();
    EXPECT_FALSE(tab->controller()->peakSetLive());
}

} // namespace
} // namespace bplab::ui
