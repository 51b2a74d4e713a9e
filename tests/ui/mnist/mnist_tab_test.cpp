// The MNIST trainer tab driven like a user would, on real MNIST cut to a few thousand images:
// Train, Stop, closing mid-run, bad data folders, exports, the canvas, save and load.
#include "tests/support/image_colors.h"
#include "tests/ui/mnist/mnist_tab_fixture.h"
#include "ui/charts/metric_chart.h"
#include "ui/charts/series_colors.h"
#include "ui/mnist/try_it/digit_canvas.h"
#include "ui/mnist/results/digit_gallery.h"
#include "ui/mnist/mnist_tab.h"
#include "ui/mnist/try_it/probability_bars.h"
#include "ui/mnist/training/train_settings_panel.h"
#include "ui/mnist/training/training_controller.h"
#include "ui/mnist/try_it/try_digit_panel.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <memory>
#include <numeric>
#include <string>
#include <vector>

namespace bplab::ui {
namespace {

TEST_F(MnistTabTest, TrainDrawsEpochPointsAndStopIsAvailableMeanwhile) {
    QSignalSpy finished(tab->controller(), &TrainingController::finished);
    click(tab->trainAction());
    EXPECT_TRUE(tab->stopAction()->isEnabled());
    EXPECT_FALSE(tab->trainAction()->isEnabled());
    EXPECT_FALSE(tab->settingsPanel()->isEnabled()) << "hyperparameters are locked while training";
    ASSERT_TRUE(finished.wait(kTrainTimeoutMs));
    EXPECT_TRUE(finished.first().at(0).toBool());
    EXPECT_EQ(accuracyPoints(), 1);
    const QPointF point = tab->accuracyChart()->series(tab->currentRunName())->at(0);
    EXPECT_EQ(point.x(), 1.0);
    EXPECT_GT(point.y(), 50.0);
    EXPECT_FALSE(tab->stopAction()->isEnabled());
    EXPECT_TRUE(tab->trainAction()->isEnabled());
    EXPECT_TRUE(tab->settingsPanel()->isEnabled());
    EXPECT_GT(tab->misclassifiedGallery()->itemCount(), 0);
    EXPECT_EQ(tab->samplesGallery()->itemCount(), 40);
    // A second run stays beside the first for comparison.
    trainToTheEnd();
    EXPECT_EQ(tab->accuracyChart()->seriesNames().size(), 2);
}

// Stop in the second of three epochs: the run ends within a batch, and the epoch that finished before
// it stays everywhere a user reads it (the controller's history, the accuracy chart, the status line,
// the metrics CSV) with the values the worker reported for it.
TEST_F(MnistTabTest, StopReturnsSoonAndKeepsTheEpochsDone) {
    TrainConfig config = tab->settingsPanel()->config();
    config.epochs = 3;
    config.trainLimit = 6000; // ~94 batches of 64: epoch 2 is still running when Stop arrives
    tab->settingsPanel()->setConfig(config);
    QSignalSpy epochs(tab->controller(), &TrainingController::epochFinished);
    QSignalSpy finished(tab->controller(), &TrainingController::finished);
    QSignalSpy status(tab.get(), &MnistTab::statusMessage);
    click(tab->trainAction());
    ASSERT_TRUE(epochs.wait(kTrainTimeoutMs)) << "epoch 1 did not finish";
    click(tab->stopAction());
    // The loop checks the flag before every batch: a batch takes milliseconds, so this comes soon.
    ASSERT_TRUE(finished.wait(10'000)) << "Stop did not end training";
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_TRUE(finished.first().at(1).toString().isEmpty());
    EXPECT_TRUE(tab->trainAction()->isEnabled());
    EXPECT_TRUE(tab->settingsPanel()->isEnabled());
    EXPECT_TRUE(tab->resumeAction()->isEnabled()) << "the model can be continued";

    // What the worker reported, epoch by epoch, is what the tab kept.
    const int done = static_cast<int>(epochs.count());
    ASSERT_GE(done, 1);
    ASSERT_LT(done, 3) << "Stop came too late to stop anything";
    EXPECT_EQ(tab->controller()->completedEpochs(), done);
    const std::vector<EpochResult> history = tab->controller()->history();
    ASSERT_EQ(static_cast<int>(history.size()), done);
    QLineSeries* accuracy = tab->accuracyChart()->series(tab->currentRunName());
    ASSERT_TRUE(accuracy);
    ASSERT_EQ(accuracy->count(), done);
    for (int e = 0; e < done; ++e) {
        const auto reported = epochs.at(e).at(0).value<EpochResult>();
        EXPECT_EQ(history[static_cast<std::size_t>(e)].epoch, e + 1);
        EXPECT_EQ(history[static_cast<std::size_t>(e)].testAccuracy, reported.testAccuracy) << e;
        EXPECT_EQ(accuracy->at(e), QPointF(e + 1, reported.testAccuracy)) << e;
    }
    ASSERT_FALSE(status.isEmpty());
    EXPECT_EQ(status.last().at(0).toString().toStdString(),
              "Stopped after " + std::to_string(done) + " complete epoch(s); Resume continues from there.");
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("metrics.csv"));
    QString error;
    ASSERT_TRUE(tab->exportMetricsCsv(csvPath, &error)) << error.toStdString();
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    ASSERT_EQ(lines.size(), 1 + done) << "a header and one line per epoch done";
    for (int e = 1; e <= done; ++e)
        EXPECT_TRUE(lines[e].startsWith(QByteArray::number(e) + ',')) << lines[e].toStdString();
}

TEST_F(MnistTabTest, ResumeContinuesTheSameRun) {
    trainToTheEnd();
    EXPECT_FALSE(tab->resumeAction()->isEnabled()) << "nothing left to resume at 1 of 1 epochs";
    tab->settingsPanel()->epochsBox()->setValue(2);
    EXPECT_TRUE(tab->resumeAction()->isEnabled());
    QSignalSpy finished(tab->controller(), &TrainingController::finished);
    click(tab->resumeAction());
    ASSERT_TRUE(finished.wait(kTrainTimeoutMs));
    EXPECT_EQ(accuracyPoints(), 2);
    EXPECT_EQ(tab->controller()->completedEpochs(), 2);
}

TEST_F(MnistTabTest, ClosingWhileTrainingStopsTheWorkerCleanly) {
    TrainConfig config = tab->settingsPanel()->config();
    config.epochs = 5;
    config.trainLimit = 20000;
    tab->settingsPanel()->setConfig(config);
    QSignalSpy progress(tab->controller(), &TrainingController::progress);
    click(tab->trainAction());
    ASSERT_TRUE(progress.wait(kTrainTimeoutMs));
    ASSERT_TRUE(tab->controller()->isRunning());
    QElapsedTimer closing;
    closing.start();
    tab.reset(); // stops, quits and waits for the thread: no crash, no hang, no "destroyed while running"
    EXPECT_LT(closing.elapsed(), kCloseBoundMs) << "the worker took too long to stop";
}

TEST_F(MnistTabTest, AMissingOrCorruptDataFolderSaysWhatToDo) {
    QTemporaryDir empty;
    QSignalSpy loaded(tab.get(), &MnistTab::dataLoaded);
    tab->setDataDirectory(empty.path());
    ASSERT_TRUE(loaded.wait(kLoadTimeoutMs));
    EXPECT_FALSE(loaded.first().at(0).toBool());
    EXPECT_FALSE(tab->hasData());
    EXPECT_TRUE(tab->dataStatus().contains(QStringLiteral("No usable MNIST data")));
    EXPECT_TRUE(tab->dataStatus().contains(QStringLiteral("packaging/fetch-mnist.sh")));
    EXPECT_FALSE(tab->trainAction()->isEnabled());

    for (const char* name : {"train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
                             "t10k-labels-idx1-ubyte"}) {
        QFile file(empty.filePath(QString::fromLatin1(name)));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("garbage, not an IDX file");
    }
    tab->setDataDirectory(empty.path());
    ASSERT_TRUE(loaded.wait(kLoadTimeoutMs));
    EXPECT_TRUE(tab->dataStatus().contains(QStringLiteral("wrong magic number")))
        << tab->dataStatus().toStdString();
}

TEST_F(MnistTabTest, ExportsChartsAndMetrics) {
    trainToTheEnd();
    // A second epoch, so that the accuracy chart has a line between two points, not a lone marker.
    tab->settingsPanel()->epochsBox()->setValue(2);
    QSignalSpy finished(tab->controller(), &TrainingController::finished);
    click(tab->resumeAction());
    ASSERT_TRUE(finished.wait(kTrainTimeoutMs));
    QTemporaryDir dir;
    QString error;
    // Each chart's curve is checked by its series colour: axes, grid and title of an empty chart are
    // not in it, and its legend swatch is too small to pass for a line (kCurvePixels).
    const QString png = dir.filePath(QStringLiteral("accuracy.png"));
    ASSERT_TRUE(tab->exportAccuracyChart(png, QSize(800, 500), &error)) << error.toStdString();
    const QImage accuracy(png);
    ASSERT_EQ(accuracy.size(), QSize(800, 500));
    EXPECT_GT(testing::pixelsOfColor(accuracy, seriesColor(0)), kCurvePixels) << "the run's accuracy line";
    const QString lossPng = dir.filePath(QStringLiteral("loss.png"));
    ASSERT_TRUE(tab->exportLossChart(lossPng, QSize(800, 500), &error)) << error.toStdString();
    const QImage loss(lossPng);
    ASSERT_EQ(loss.size(), QSize(800, 500));
    EXPECT_GT(testing::pixelsOfColor(loss, seriesColor(0)), kCurvePixels) << "the smoothed training loss";
    ASSERT_TRUE(tab->exportLossChart(dir.filePath(QStringLiteral("loss.svg")), QSize(800, 500), &error));
    const QString csv = dir.filePath(QStringLiteral("epochs.csv"));
    ASSERT_TRUE(tab->exportMetricsCsv(csv, &error));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0], "epoch,train_loss,test_loss,test_accuracy,seconds");
}

TEST_F(MnistTabTest, TheCanvasGetsTenProbabilitiesSummingToOne) {
    trainToTheEnd();
    ASSERT_TRUE(tab->tryPanel()->hasClassifier());
    DigitCanvas* canvas = tab->tryPanel()->canvas();
    canvas->resize(200, 200);
    canvas->drawStroke({QPointF(100, 30), QPointF(100, 100), QPointF(100, 170)}); // a "1"
    ProbabilityBars* bars = tab->tryPanel()->bars();
    ASSERT_TRUE(bars->hasProbabilities());
    const auto& p = bars->probabilities();
    EXPECT_NEAR(std::accumulate(p.begin(), p.end(), 0.0f), 1.0f, 1e-5f);
    EXPECT_TRUE(tab->tryPanel()->verdict().startsWith(QStringLiteral("It's a ")));
    // The 28×28 image the model sees is MNIST-like: ink centred, values in [0, 1].
    const DigitCanvas::Pixels pixels = canvas->pixels();
    const float ink = std::accumulate(pixels.begin(), pixels.end(), 0.0f);
    EXPECT_GT(ink, 10.0f);
    EXPECT_GT(pixels[14 * 28 + 14], 0.5f);
    EXPECT_EQ(pixels[0], 0.0f);
}

TEST_F(MnistTabTest, SavesAndLoadsAModelAndRefusesAForeignFile) {
    trainToTheEnd();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("model.pt"));
    QString error;
    ASSERT_TRUE(tab->saveModel(path, &error)) << error.toStdString();
    ASSERT_TRUE(tab->loadModel(path, &error)) << error.toStdString();
    EXPECT_TRUE(tab->currentRunName().contains(QStringLiteral("(loaded)")));
    EXPECT_EQ(accuracyPoints(), 1);
    EXPECT_TRUE(tab->tryPanel()->hasClassifier());

    const QString foreign = dir.filePath(QStringLiteral("foreign.pt"));
    QFile file(foreign);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("a file from somewhere else");
    file.close();
    EXPECT_FALSE(tab->loadModel(foreign, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not a Backprop Lab checkpoint"))) << error.toStdString();
    EXPECT_TRUE(tab->currentRunName().contains(QStringLiteral("(loaded)"))) << "the loaded model is kept";
}

} // namespace
} // namespace bplab::ui
