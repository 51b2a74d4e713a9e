// A run at an absurd learning rate in the MNIST tab, as a user would start it: it ends in the
// diverged state, the chart keeps only finite points and marks where, the progress bar says so, the
// rate field offers a tenth, the kept weights can be saved, and Resume trains on from them.
#include "tests/ui/mnist/mnist_tab_fixture.h"

#include <QLineSeries>
#include <QProgressBar>
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
    EXPECT_EQ(tab->lossChart()->markerLabel(), headline);
    EXPECT_EQ(tab->lossChart()->title(), QStringLiteral("Training loss: ") + headline);
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

} // namespace
} // namespace bplab::ui
