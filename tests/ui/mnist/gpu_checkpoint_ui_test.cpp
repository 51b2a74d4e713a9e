// Load model with a checkpoint trained on a GPU (tests/data/README.md) on this CPU-only machine: the
// chart, the canvas and the device field; and Resume trains on the device the field names.
#include "core/mnist/mnist_trainer.h"
#include "tests/ui/mnist/mnist_tab_fixture.h"
#include "ui/mnist/try_it/digit_canvas.h"
#include "ui/mnist/try_it/probability_bars.h"
#include "ui/mnist/try_it/try_digit_panel.h"

#include <QSpinBox>
#include <QTemporaryDir>

#include <numeric>

namespace bplab::ui {
namespace {

TEST_F(MnistTabTest, LoadsAModelTrainedOnAGpuAndTheCanvasUsesIt) {
    QSignalSpy said(tab.get(), &MnistTab::statusMessage);
    QString error;
    ASSERT_TRUE(tab->loadModel(kGpuCheckpoint, &error)) << error.toStdString();
    EXPECT_TRUE(tab->currentRunName().contains(QStringLiteral("(loaded)")));
    ASSERT_EQ(accuracyPoints(), 1);
    // The accuracy its GPU run measured on the 10,000 test images (the file's history).
    EXPECT_NEAR(tab->accuracyChart()->series(tab->currentRunName())->at(0).y(), 98.98, 0.005);
    ASSERT_FALSE(said.isEmpty());
    EXPECT_TRUE(said.last().at(0).toString().startsWith(
        QStringLiteral("Loaded checkpoint-trained-on-cuda.ckpt: 1 epoch(s) trained")))
        << said.last().at(0).toString().toStdString();
    EXPECT_EQ(tab->settingsPanel()->config().device, "cpu") << "the field keeps this machine's device";

    ASSERT_TRUE(tab->tryPanel()->hasClassifier());
    // Named after the loaded run (the classifier arrives before the run has its name).
    EXPECT_EQ(tab->tryPanel()->origin(), QStringLiteral("Model: %1, 1 epoch(s)").arg(tab->currentRunName()));
    EXPECT_TRUE(
        tab->tryPanel()->origin().contains(QStringLiteral("checkpoint-trained-on-cuda.ckpt (loaded)")));
    DigitCanvas* canvas = tab->tryPanel()->canvas();
    canvas->resize(200, 200);
    canvas->drawStroke({QPointF(100, 30), QPointF(100, 100), QPointF(100, 170)}); // a "1"
    const auto& p = tab->tryPanel()->bars()->probabilities();
    EXPECT_NEAR(std::accumulate(p.begin(), p.end(), 0.0f), 1.0f, 1e-5f);
    // A model at 99 % reads a vertical stroke as a one.
    EXPECT_TRUE(tab->tryPanel()->verdict().startsWith(QStringLiteral("It's a 1")))
        << tab->tryPanel()->verdict().toStdString();
}

TEST_F(MnistTabTest, ResumeAfterLoadModelTrainsOnTheDeviceInTheField) {
    trainToTheEnd();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("model.ckpt"));
    QString error;
    ASSERT_TRUE(tab->saveModel(path, &error)) << error.toStdString();
    QSignalSpy evaluated(tab->controller(), &TrainingController::loadedModelEvaluated);
    ASSERT_TRUE(tab->loadModel(path, &error)) << error.toStdString();
    // The loaded model belongs to the worker while it is evaluated: Resume waits for that.
    ASSERT_TRUE(evaluated.wait(kTrainTimeoutMs));
    TrainSettingsPanel* settings = tab->settingsPanel();
    settings->epochsBox()->setValue(2);

    // The field says cuda (its entry is disabled without CUDA; set here as a settings file could).
    TrainConfig onGpu = settings->config();
    onGpu.device = "cuda";
    settings->setConfig(onGpu);
    ASSERT_EQ(settings->config().device, "cuda");
    if (!MnistTrainer::cudaAvailable()) {
        QSignalSpy said(tab.get(), &MnistTab::statusMessage);
        click(tab->resumeAction());
        EXPECT_FALSE(tab->controller()->isRunning());
        ASSERT_FALSE(said.isEmpty());
        EXPECT_TRUE(said.last().at(0).toString().contains(QStringLiteral("no CUDA support")))
            << said.last().at(0).toString().toStdString();
        EXPECT_EQ(tab->controller()->history().size(), 1u) << "the loaded model is kept as it was";
    }

    // Back on the CPU, Resume trains epoch 2 there.
    TrainConfig onCpu = settings->config();
    onCpu.device = "cpu";
    settings->setConfig(onCpu);
    QSignalSpy finished(tab->controller(), &TrainingController::finished);
    click(tab->resumeAction());
    ASSERT_TRUE(finished.wait(kTrainTimeoutMs));
    EXPECT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
    EXPECT_EQ(tab->controller()->history().size(), 2u);
    EXPECT_EQ(tab->controller()->currentConfig().device, "cpu");
}

} // namespace
} // namespace bplab::ui
