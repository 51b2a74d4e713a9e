// The optimizer choice in the settings panel and the run overlay, and "Find a learning rate…": the
// range test's dialog driven like a user would, on real MNIST cut to a few thousand images.
#include "core/mnist/train_recipe.h"
#include "tests/ui/mnist/mnist_tab_fixture.h"
#include "ui/charts/lr_range_chart.h"
#include "ui/mnist/lr_range/lr_range_dialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTemporaryDir>

#include <cmath>

namespace bplab::ui {
namespace {

QComboBox* optimizerBox(TrainSettingsPanel* panel) {
    return qobject_cast<QComboBox*>(panel->editor("optimizer"));
}
double shownRate(TrainSettingsPanel* panel) {
    return qobject_cast<QDoubleSpinBox*>(panel->editor("learning_rate"))->value();
}

// Picks the optimizer `value` with the keyboard, as a user would (which is what proposes a rate).
void chooseOptimizer(TrainSettingsPanel* panel, const char* value) {
    QComboBox* box = optimizerBox(panel);
    const int target = box->findData(QString::fromLatin1(value));
    ASSERT_GE(target, 0) << value;
    box->setFocus();
    while (box->currentIndex() != target)
        QTest::keyClick(box, box->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
}

TEST_F(MnistTabTest, TheOptimizersOwnFieldsAreTheOnlyOnesEnabled) {
    TrainSettingsPanel* panel = tab->settingsPanel();
    auto* form = qobject_cast<QFormLayout*>(panel->layout());
    for (const char* optimizer : {"sgd", "nesterov", "adam", "adamw"}) {
        TrainConfig config = panel->config();
        config.optimizer = optimizer;
        panel->setConfig(config);
        const bool adam = config.optimizer.rfind("adam", 0) == 0;
        EXPECT_EQ(panel->editor("momentum")->isEnabled(), !adam) << optimizer;
        EXPECT_EQ(form->labelForField(panel->editor("momentum"))->isEnabled(), !adam) << optimizer;
        for (const char* key : {"beta1", "beta2", "epsilon"})
            EXPECT_EQ(panel->editor(key)->isEnabled(), adam) << key;
        EXPECT_TRUE(panel->editor("weight_decay")->isEnabled()) << optimizer;
    }
}

TEST_F(MnistTabTest, SwitchingToAdamProposesItsRateUnlessTheUserChoseOne) {
    TrainSettingsPanel* panel = tab->settingsPanel();
    QSignalSpy notice(panel, &TrainSettingsPanel::notice);
    chooseOptimizer(panel, "adam");
    EXPECT_EQ(panel->config().optimizer, "adam");
    EXPECT_DOUBLE_EQ(shownRate(panel), kAdamLearningRate) << "the SGD default became Adam's";
    ASSERT_EQ(notice.count(), 1);
    EXPECT_TRUE(notice.first().at(0).toString().contains(QStringLiteral("Adam")))
        << notice.first().at(0).toString().toStdString();
    chooseOptimizer(panel, "adamw"); // the same suggestion: nothing to say
    EXPECT_DOUBLE_EQ(shownRate(panel), kAdamLearningRate);
    chooseOptimizer(panel, "sgd");
    EXPECT_DOUBLE_EQ(shownRate(panel), TrainConfig{}.learningRate) << "and back";

    qobject_cast<QDoubleSpinBox*>(panel->editor("learning_rate"))->setValue(0.05); // the user's own
    chooseOptimizer(panel, "adam");
    EXPECT_DOUBLE_EQ(shownRate(panel), 0.05) << "a rate the user typed stays";
}

TEST_F(MnistTabTest, TheOverlayLegendNamesEachRunsOptimizerAndTime) {
    TrainSettingsPanel* panel = tab->settingsPanel();
    TrainConfig config = panel->config();
    config.optimizer = "adamw";
    config.learningRate = kAdamLearningRate;
    panel->setConfig(config);
    trainToTheEnd();
    EXPECT_TRUE(tab->currentRunName().contains(QStringLiteral("AdamW, η %1").arg(kAdamLearningRate)))
        << tab->currentRunName().toStdString();
    const QString legend = tab->accuracyChart()->legendText(tab->currentRunName());
    // "#1 AdamW η 0.03 · 91.2 % · 2.3 s": the run's number, the short recipe with its rate, the last test
    // accuracy to 0.1 %, the run's time to 0.1 s (under 10 s; whole seconds from 10 s on).
    static_assert(kAdamLearningRate == 0.03, "the literal below spells Adam's rate");
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^#1 AdamW η 0\\.03 · (\\d{1,3}\\.\\d) % · (\\d+(?:\\.\\d)?) s$"))
            .match(legend);
    ASSERT_TRUE(match.hasMatch()) << legend.toStdString();
    const EpochResult last = tab->controller()->history().back(); // history() is a copy
    EXPECT_NEAR(match.captured(1).toDouble(), last.testAccuracy, 0.05 + 1e-9) << legend.toStdString();
    // One epoch: the run's time is that epoch's.
    const double seconds = match.captured(2).toDouble();
    EXPECT_EQ(match.captured(2).contains(QLatin1Char('.')), last.seconds < 10) << legend.toStdString();
    EXPECT_NEAR(seconds, last.seconds, (last.seconds < 10 ? 0.05 : 0.5) + 1e-9) << legend.toStdString();
    EXPECT_GT(accuracyPoints(), 0) << "the series is still found by the run's name";
}

double shownDecay(TrainSettingsPanel* panel) {
    return qobject_cast<QDoubleSpinBox*>(panel->editor("weight_decay"))->value();
}

// AdamW with weight decay 0 takes Adam's steps: picking it proposes its own decoupled decay.
TEST_F(MnistTabTest, SwitchingToAdamWProposesItsWeightDecayUnlessTheUserChoseOne) {
    TrainSettingsPanel* panel = tab->settingsPanel();
    QSignalSpy notice(panel, &TrainSettingsPanel::notice);
    chooseOptimizer(panel, "adamw");
    EXPECT_DOUBLE_EQ(shownDecay(panel), kAdamWWeightDecay) << "SGD's 0 became AdamW's";
    EXPECT_DOUBLE_EQ(panel->config().weightDecay, 0.01);
    ASSERT_EQ(notice.count(), 2) << "the rate and the decay, each with its sentence";
    EXPECT_TRUE(
        notice.last().at(0).toString().startsWith(QStringLiteral("Weight decay set to 0.01 for AdamW")))
        << notice.last().at(0).toString().toStdString();
    chooseOptimizer(panel, "adam");
    EXPECT_DOUBLE_EQ(shownDecay(panel), 0.0) << "and back";

    chooseOptimizer(panel, "adamw");
    qobject_cast<QDoubleSpinBox*>(panel->editor("weight_decay"))->setValue(0.05); // typed afterwards
    chooseOptimizer(panel, "sgd");
    chooseOptimizer(panel, "adamw");
    EXPECT_DOUBLE_EQ(shownDecay(panel), 0.05) << "a decay the user typed stays";
}

class RangeTestDialogTest : public MnistTabTest {
protected:
    LrRangeDialog* open() {
        click(tab->findLearningRateAction());
        LrRangeDialog* dialog = tab->rangeTestDialog();
        if (dialog) {
            dialog->fromEdit()->setText(QStringLiteral("1e-4"));
            dialog->toEdit()->setText(QStringLiteral("100"));
            dialog->batchesBox()->setValue(60);
        }
        return dialog;
    }
};

TEST_F(RangeTestDialogTest, RunsDrawsTheCurveMarksItAndUsesTheSuggestion) {
    LrRangeDialog* dialog = open();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    QSignalSpy running(dialog, &LrRangeDialog::testRunningChanged);
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog->isTestRunning());
    EXPECT_FALSE(tab->trainAction()->isEnabled()) << "no training while the range test runs";
    EXPECT_EQ(dialog->startButton()->text(), QStringLiteral("&Cancel"));
    ASSERT_TRUE(running.wait(kTrainTimeoutMs) && running.count() == 2) << "the test did not finish";
    EXPECT_FALSE(running.last().at(0).toBool());
    EXPECT_TRUE(tab->trainAction()->isEnabled());

    const LrRangeResult& result = dialog->result();
    ASSERT_GE(result.minimum, 0) << dialog->statusText().toStdString();
    const QList<QPointF> drawn = dialog->chart()->smoothedPoints();
    ASSERT_EQ(drawn.size(), static_cast<qsizetype>(result.points.size())) << "every point reached the chart";
    for (qsizetype i = 0; i < drawn.size(); ++i) {
        EXPECT_EQ(drawn[i].x(), result.points[static_cast<std::size_t>(i)].rate);
        EXPECT_EQ(drawn[i].y(), result.points[static_cast<std::size_t>(i)].smoothed);
    }
    ASSERT_TRUE(dialog->chart()->steepestMark().has_value());
    EXPECT_EQ(dialog->chart()->steepestMark()->x(),
              result.points[static_cast<std::size_t>(result.steepest)].rate);
    EXPECT_EQ(dialog->chart()->blowUpMark(), result.blowUpRate);
    ASSERT_TRUE(dialog->chart()->suggestionMark().has_value());
    EXPECT_EQ(*dialog->chart()->suggestionMark(), result.suggestedRate);
    if (result.blowUpRate) {
        EXPECT_LT(result.suggestedRate, *result.blowUpRate);
    }
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("Suggested one-cycle peak")))
        << dialog->statusText().toStdString();

    ASSERT_TRUE(dialog->useButton()->isEnabled());
    EXPECT_TRUE(dialog->useButton()->text().contains(QString::number(result.suggestedRate, 'g', 3)));
    QTest::mouseClick(dialog->useButton(), Qt::LeftButton);
    // The box shows 4 decimals: the suggestion as the box rounds it.
    EXPECT_NEAR(tab->settingsPanel()->config().learningRate, result.suggestedRate, 0.5e-4);
}

TEST_F(RangeTestDialogTest, BadBoundsGetASentenceAndNothingRuns) {
    LrRangeDialog* dialog = open();
    ASSERT_NE(dialog, nullptr);
    dialog->toEdit()->setText(QStringLiteral("1e-6")); // below the first rate
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    EXPECT_FALSE(dialog->isTestRunning());
    EXPECT_TRUE(
        dialog->statusText().contains(QStringLiteral("the last rate must be a number above the first")))
        << dialog->statusText().toStdString();
    dialog->toEdit()->setText(QStringLiteral("ten"));
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("not “ten”")))
        << dialog->statusText().toStdString();
    EXPECT_FALSE(dialog->useButton()->isEnabled());
}

TEST_F(RangeTestDialogTest, CannotStartWhileTrainingAndLeavesTheTrainedModelAlone) {
    LrRangeDialog* dialog = open();
    ASSERT_NE(dialog, nullptr);
    QSignalSpy finished(tab->controller(), &TrainingController::finished);
    click(tab->trainAction());
    EXPECT_FALSE(tab->findLearningRateAction()->isEnabled());
    EXPECT_TRUE(tab->findLearningRateAction()->toolTip().contains(QStringLiteral("while training runs")));
    EXPECT_FALSE(dialog->startButton()->isEnabled());
    EXPECT_TRUE(dialog->startButton()->toolTip().contains(QStringLiteral("Training is running")));
    ASSERT_TRUE(finished.wait(kTrainTimeoutMs));
    ASSERT_TRUE(dialog->startButton()->isEnabled());

    // The trained model, byte for byte as a checkpoint (weights, optimizer state, history), before and
    // after a range test.
    QTemporaryDir folder;
    QString error;
    const QString before = folder.filePath(QStringLiteral("before.pt")),
                  after = folder.filePath(QStringLiteral("after.pt"));
    ASSERT_TRUE(tab->controller()->saveCheckpoint(before, &error)) << error.toStdString();
    QSignalSpy running(dialog, &LrRangeDialog::testRunningChanged);
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    ASSERT_TRUE(running.wait(kTrainTimeoutMs) && running.count() == 2);
    ASSERT_TRUE(tab->controller()->saveCheckpoint(after, &error)) << error.toStdString();
    QFile a(before), b(after);
    ASSERT_TRUE(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    EXPECT_EQ(a.readAll(), b.readAll()) << "the range test changed the trained model";
}

} // namespace
} // namespace bplab::ui
