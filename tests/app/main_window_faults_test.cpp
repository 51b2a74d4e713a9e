// Closing the window at any moment of a training run: right after Train, while the model is built,
// mid-epoch. Each close returns promptly with the worker stopped (no crash, no hang), and nothing is
// lost: a model saved before still loads, and the hyperparameters are remembered.
#include "app/main_window.h"

#include "tests/support/hang_guard.h"

#include "core/mnist/mnist_data.h"
#include "core/mnist/mnist_trainer.h"
#include "ui/mnist/mnist_settings.h"
#include "ui/mnist/mnist_tab.h"
#include "ui/mnist/training/train_settings_panel.h"
#include "ui/mnist/training/training_controller.h"

#include <QAction>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <random>

namespace bplab::app {
namespace {

// Guards against a hang, not speed checks.
const int kLoadTimeoutMs = hangGuardMs(60'000);
const int kTrainTimeoutMs = hangGuardMs(120'000);
const qint64 kCloseBoundMs = hangGuardMs(10'000);

// A shown window on the MNIST tab with its data loaded, training on one thread.
ui::MnistTab* showMnistTab(MainWindow& window, const TrainConfig& config) {
    window.show();
    auto* mnist = window.findChild<ui::MnistTab*>();
    if (mnist == nullptr) return nullptr;
    window.findChild<QTabWidget*>()->setCurrentWidget(mnist); // a hidden tab's actions are off
    if (!mnist->hasData()) QSignalSpy(mnist, &ui::MnistTab::dataLoaded).wait(kLoadTimeoutMs);
    mnist->settingsPanel()->setConfig(config);
    return mnist;
}

TrainConfig smallConfig(int epochs, int trainImages) {
    TrainConfig config;
    config.epochs = epochs;
    config.trainLimit = trainImages;
    config.testLimit = 500;
    config.batchSize = 64;
    config.threads = 1; // ctest runs two tests at once on two cores
    return config;
}

TEST(MainWindowFaults, ClosingAtRandomPointsOfTrainingLosesNothing) {
    QSettings().clear();
    QTemporaryDir folder;
    const QString saved = folder.filePath(QStringLiteral("model.pt"));
    {
        // First a model to keep: one short epoch, saved.
        MainWindow window;
        ui::MnistTab* mnist = showMnistTab(window, smallConfig(1, 2000));
        ASSERT_NE(mnist, nullptr);
        ASSERT_TRUE(mnist->hasData()) << mnist->dataStatus().toStdString();
        QSignalSpy finished(mnist->controller(), &ui::TrainingController::finished);
        mnist->trainAction()->trigger();
        ASSERT_TRUE(finished.wait(kTrainTimeoutMs));
        QString error;
        ASSERT_TRUE(mnist->saveModel(saved, &error)) << error.toStdString();
        window.close();
    }
    // Seeded, so a failure comes back with the same delays; 0 closes before the worker has started.
    std::mt19937 random(14);
    std::uniform_int_distribution<int> delayMs(0, 3000);
    for (int delay : {0, delayMs(random), delayMs(random), delayMs(random), delayMs(random)}) {
        SCOPED_TRACE("closed " + std::to_string(delay) + " ms after Train");
        const TrainConfig config = smallConfig(4, 20000);
        MainWindow window;
        ui::MnistTab* mnist = showMnistTab(window, config);
        ASSERT_NE(mnist, nullptr);
        ASSERT_TRUE(mnist->trainAction()->isEnabled()) << mnist->dataStatus().toStdString();
        mnist->trainAction()->trigger();
        QTest::qWait(delay);
        QElapsedTimer closing;
        closing.start();
        EXPECT_TRUE(window.close());
        EXPECT_LT(closing.elapsed(), kCloseBoundMs) << "close() waited too long for the worker";
        EXPECT_FALSE(mnist->controller()->isRunning()) << "the run outlived the window";
        EXPECT_TRUE(mnist->controller()->hasShutDown()) << "the worker thread is still running";
        // The hyperparameters of the interrupted run are remembered for the next start.
        EXPECT_EQ(ui::MnistSettings().config().trainLimit, config.trainLimit);
    }
    // The model saved before all this still loads.
    const auto data = std::make_shared<MnistData>(loadMnist(defaultMnistDirectory()));
    limitMnist(*data, 100, 100);
    EXPECT_NO_THROW(MnistTrainer::loadCheckpoint(saved.toStdString(), data));
    QSettings().clear();
}

} // namespace
} // namespace bplab::app
