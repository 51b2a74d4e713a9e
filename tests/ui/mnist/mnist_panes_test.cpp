// The MNIST tab's panes, each built alone: it shows its parts, serves its actions and says what it
// did through its own signals, with no tab around it. (The tab's tests check them wired together.)
#include "tests/support/shapes_data.h"
#include "ui/charts/metric_chart.h"
#include "ui/mnist/data/mnist_data_pane.h"
#include "ui/mnist/mnist_tab_actions.h"
#include "ui/mnist/results/confusion_matrix_view.h"
#include "ui/mnist/results/digit_gallery.h"
#include "ui/mnist/results/mistakes_panel.h"
#include "ui/mnist/results/results_pane.h"
#include "ui/mnist/training/live_rate_slider.h"
#include "ui/mnist/training/recipe_pane.h"
#include "ui/mnist/training/run_charts.h"
#include "ui/mnist/training/run_pane.h"
#include "ui/mnist/training/status_line.h"
#include "ui/mnist/training/train_settings_panel.h"
#include "ui/mnist/training/training_controller.h"
#include "ui/mnist/training/training_setup_pane.h"

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

// The actions belong to a tab; here, to a bare widget.
struct PaneHost {
    QWidget widget;
    MnistTabActions actions{&widget};
};

bool showsButtonFor(const QWidget& pane, const QAction* action) {
    for (const QToolButton* button : pane.findChildren<QToolButton*>())
        if (button->defaultAction() == action) return true;
    return false;
}

QString lastNotice(const QSignalSpy& notices) {
    return notices.isEmpty() ? QString() : notices.last().at(0).toString();
}

TEST(StatusLine, ShowsAndRepeatsTheLastSentenceButNotAnEmptyOne) {
    StatusLine line;
    QSignalSpy said(&line, &StatusLine::said);
    line.announce(); // nothing said yet: nothing to repeat
    EXPECT_EQ(said.count(), 0);
    line.say(QStringLiteral("Epoch 1 done."));
    line.say(QString()); // a cancelled dialog's empty sentence
    EXPECT_EQ(line.text(), QStringLiteral("Epoch 1 done."));
    ASSERT_EQ(said.count(), 1);
    line.announce(); // the tab shown again
    ASSERT_EQ(said.count(), 2);
    EXPECT_EQ(said.last().at(0).toString(), QStringLiteral("Epoch 1 done."));
}

TEST(MnistDataPane, AFolderWithoutMnistSaysSoAndShowsNoSamples) {
    PaneHost host;
    MnistDataPane pane(host.actions, &host.widget);
    EXPECT_TRUE(showsButtonFor(pane, host.actions.getMnist));
    EXPECT_TRUE(showsButtonFor(pane, host.actions.chooseData));
    QSignalSpy loaded(&pane, &MnistDataPane::loaded);
    QSignalSpy notices(&pane, &MnistDataPane::notice);
    QTemporaryDir empty;
    pane.setDirectory(empty.path());
    ASSERT_TRUE(loaded.count() == 1 || loaded.wait(10'000));
    EXPECT_FALSE(loaded.first().at(0).toBool());
    EXPECT_EQ(pane.data(), nullptr);
    EXPECT_EQ(pane.directory(), empty.path());
    EXPECT_TRUE(pane.samples()->items().isEmpty());
    EXPECT_TRUE(lastNotice(notices).startsWith(QStringLiteral("No MNIST data: ")))
        << lastNotice(notices).toStdString();
    EXPECT_FALSE(pane.statusText().isEmpty());
}

// A cut of MNIST's zeros, ones and twos named as shapes: the samples are images, not digits, and the
// notice names no MNIST.
TEST(MnistDataPane, ADataSetOfNamedClassesCallsItsSamplesImages) {
    QTemporaryDir folder;
    ASSERT_TRUE(testing::writeShapesFolder(folder.path()));
    PaneHost host;
    MnistDataPane pane(host.actions, &host.widget);
    EXPECT_EQ(pane.samples()->accessibleName(), QStringLiteral("Sample training digits"));
    QSignalSpy loaded(&pane, &MnistDataPane::loaded);
    QSignalSpy notices(&pane, &MnistDataPane::notice);
    pane.setDirectory(folder.path());
    ASSERT_TRUE(loaded.count() == 1 || loaded.wait(10'000));
    ASSERT_TRUE(loaded.first().at(0).toBool()) << pane.error().toStdString();
    EXPECT_EQ(pane.samples()->accessibleName(), QStringLiteral("Sample training images"));
    const qsizetype shown = pane.samples()->items().size();
    EXPECT_GT(shown, 1);
    EXPECT_TRUE(
        pane.samples()->accessibleDescription().startsWith(QStringLiteral("%1 images shown: ").arg(shown)))
        << pane.samples()->accessibleDescription().toStdString();
    EXPECT_EQ(lastNotice(notices),
              QStringLiteral("Data set of 3 classes loaded. Press Train (Ctrl+T) to train the CNN."));
}

TEST(RecipePane, RestoreDefaultsSavesAtOnceAndSaysSo) {
    PaneHost host;
    RecipePane pane(host.actions, &host.widget);
    EXPECT_TRUE(showsButtonFor(pane, host.actions.findLearningRate));
    EXPECT_TRUE(showsButtonFor(pane, host.actions.restoreDefaults));
    TrainConfig changed;
    changed.epochs = TrainConfig{}.epochs + 3;
    pane.setConfig(changed);
    QSignalSpy settled(&pane, &RecipePane::settled);
    QSignalSpy notices(&pane, &RecipePane::notice);
    host.actions.restoreDefaults->trigger();
    EXPECT_EQ(pane.config().epochs, TrainConfig{}.epochs);
    EXPECT_EQ(settled.count(), 1); // now, not a second later: the user asked for it
    EXPECT_EQ(lastNotice(notices), QStringLiteral("Every hyperparameter is back to the recipe's default."));
}

TEST(RecipePane, ALoadedRecipeKeepsThisMachinesDeviceAndTheNextRate) {
    PaneHost host;
    RecipePane pane(host.actions, &host.widget);
    const std::string device = pane.config().device;
    TrainConfig loaded;
    loaded.epochs = 9;
    loaded.device = device == "cuda" ? "cpu" : "cuda"; // the machine that trained it
    pane.showLoadedRecipe(loaded);
    EXPECT_EQ(pane.config().epochs, 9);
    EXPECT_EQ(pane.config().device, device);
    pane.setLearningRate(0.0125); // the rate the run pane says the model trains at next
    EXPECT_DOUBLE_EQ(pane.config().learningRate, 0.0125);
}

TEST(RecipePane, TheRangeTestWaitsForTheDataAndForTrainingToEnd) {
    PaneHost host;
    RecipePane pane(host.actions, &host.widget);
    QAction* find = host.actions.findLearningRate;
    pane.showTrainingState(/*training=*/true, /*loaded=*/true);
    EXPECT_FALSE(find->isEnabled());
    EXPECT_FALSE(pane.settings()->isEnabled()); // the recipe of a run in progress stays as it began
    EXPECT_TRUE(find->toolTip().startsWith(QStringLiteral("Disabled while training runs")))
        << find->toolTip().toStdString();
    pane.showTrainingState(false, false);
    EXPECT_FALSE(find->isEnabled());
    EXPECT_EQ(find->toolTip(), QStringLiteral("Load the MNIST data first: the range test trains on it."));
    pane.showTrainingState(false, true);
    EXPECT_TRUE(find->isEnabled());
    EXPECT_TRUE(pane.settings()->isEnabled());
    EXPECT_EQ(find->toolTip(), find->statusTip());
    EXPECT_FALSE(pane.isRangeTestRunning());
    EXPECT_EQ(pane.rangeTestDialog(), nullptr); // made on first use only
}

TEST(TrainingSetupPane, WithoutDataOnlyTheDataAndRecipeActionsCanBeUsed) {
    PaneHost host;
    TrainingController controller;
    TrainingSetupPane pane(host.actions, &controller, &host.widget);
    const MnistTabActions& a = host.actions;
    for (const QAction* action : {a.getMnist, a.chooseData, a.findLearningRate, a.restoreDefaults, a.train,
                                  a.stop, a.resume, a.saveModel, a.loadModel})
        EXPECT_TRUE(showsButtonFor(pane, action)) << action->text().toStdString();
    pane.updateActions(); // no data, no model, nothing running
    EXPECT_TRUE(a.getMnist->isEnabled());
    EXPECT_TRUE(a.chooseData->isEnabled());
    EXPECT_TRUE(a.restoreDefaults->isEnabled());
    for (const QAction* action : {a.train, a.stop, a.resume, a.saveModel, a.loadModel, a.findLearningRate})
        EXPECT_FALSE(action->isEnabled()) << action->text().toStdString();
}

TEST(RunPane, TrainWithoutDataSaysWhyAndBeginsNoRun) {
    PaneHost host;
    RunPane pane(host.actions, &host.widget);
    EXPECT_FALSE(pane.charts()->rateSlider()->isEnabled()); // it changes a run in progress only
    QSignalSpy notices(&pane, &RunPane::notice);
    QSignalSpy begun(&pane, &RunPane::runBegun);
    pane.start(TrainConfig{}, nullptr, QStringLiteral("/nowhere holds no MNIST files."));
    EXPECT_EQ(
        lastNotice(notices),
        QStringLiteral("No MNIST data yet: /nowhere holds no MNIST files. Get it with File › Get MNIST…."));
    EXPECT_EQ(begun.count(), 0);
    EXPECT_FALSE(pane.controller()->isRunning());
    QString error;
    EXPECT_FALSE(pane.loadModel(QStringLiteral("model.pt"), nullptr, &error));
    EXPECT_EQ(error, QStringLiteral("Load the MNIST data first: the model is evaluated and trained on it."));
    EXPECT_EQ(begun.count(), 0);
}

// A run on three named classes: no MNIST goal line on its accuracy chart; guessing's 33.3 % instead.
TEST(RunPane, ARunOnNamedClassesDrawsNoMnistGoal) {
    PaneHost host;
    RunPane pane(host.actions, &host.widget);
    TrainConfig config;
    config.epochs = 1;
    config.threads = 1;
    pane.start(config, testing::blankShapesData(), QString());
    const MetricChart* accuracy = pane.charts()->accuracyChart();
    EXPECT_EQ(accuracy->referenceLabel(), QStringLiteral("random guessing 33.3 %"));
    EXPECT_FALSE(pane.charts()->showsMnistGoal()) << "so no epoch says \"goal reached\"";
    pane.controller()->shutDown();
}

TEST(ResultsPane, AMatrixCellShowsItsMistakesAndAsksToBeShown) {
    PaneHost host;
    ResultsPane pane(host.actions, &host.widget);
    Evaluation evaluation;
    evaluation.confusion.at(4, 4) = 50; // 50 fours read right
    evaluation.confusion.at(4, 9) = 2;  // two fours read as nine
    pane.showEvaluation(nullptr, evaluation);
    QSignalSpy chosen(&pane, &ResultsPane::mistakesChosen);
    QSignalSpy notices(&pane, &ResultsPane::notice);

    Q_EMIT pane.confusion()->cellActivated(4, 4); // the diagonal: no images kept
    EXPECT_EQ(chosen.count(), 0);
    EXPECT_TRUE(lastNotice(notices).startsWith(QStringLiteral("true 4, predicted 4: 50 correct answers.")))
        << lastNotice(notices).toStdString();

    Q_EMIT pane.confusion()->cellActivated(4, 9);
    EXPECT_EQ(chosen.count(), 1);
    ASSERT_TRUE(pane.mistakes()->filter().has_value());
    EXPECT_EQ(pane.mistakes()->filter()->predicted, 9);
    EXPECT_TRUE(lastNotice(notices).endsWith(QStringLiteral("Show all (Esc) brings back every mistake.")));

    Q_EMIT pane.confusion()->cellActivated(4, 9); // the same cell again: all mistakes
    EXPECT_FALSE(pane.mistakes()->filter().has_value());
    EXPECT_EQ(lastNotice(notices), QStringLiteral("Showing all mistakes again."));
    EXPECT_EQ(chosen.count(), 1);
}

} // namespace
} // namespace bplab::ui
