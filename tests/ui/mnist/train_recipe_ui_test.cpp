// Every field of the recipe table through the settings and the settings panel, each with a value from
// the table's own limits: a field added to the table later is covered without editing this file.
#include "core/mnist/mnist_trainer.h"
#include "core/mnist/train_recipe.h"
#include "tests/support/train_field_values.h"
#include "ui/common/app_language.h"
#include "ui/mnist/mnist_settings.h"
#include "ui/mnist/training/train_settings_panel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

class TrainRecipeUi : public ::testing::Test {
protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override { QSettings().clear(); }
};

TEST_F(TrainRecipeUi, EveryFieldRoundTripsThroughTheSettings) {
    for (const TrainField& field : trainFields()) {
        const TrainConfig other = testing::withOtherValue(field);
        MnistSettings().setConfig(other);
        EXPECT_EQ(textOf(field, MnistSettings().config()), textOf(field, other)) << field.key;
    }
}

TEST_F(TrainRecipeUi, SettingsOfThePreviousVersionAreRead) {
    QSettings settings;
    settings.setValue(QStringLiteral("mnist/batchSize"), 64);
    settings.setValue(QStringLiteral("mnist/learningRate"), 0.05);
    settings.setValue(QStringLiteral("mnist/oneCycle"), false);
    settings.setValue(QStringLiteral("mnist/trainLimit"), 1000);
    settings.setValue(QStringLiteral("mnist/device"), QStringLiteral("cpu"));
    settings.sync();
    TrainConfig config = MnistSettings().config();
    EXPECT_EQ(config.batchSize, 64);
    EXPECT_EQ(config.learningRate, 0.05);
    EXPECT_FALSE(config.oneCycle);
    EXPECT_EQ(config.trainLimit, 1000);

    // Saved again under the new keys, the old ones go: the file holds each value once.
    config.batchSize = 32;
    MnistSettings().setConfig(config);
    EXPECT_FALSE(QSettings().contains(QStringLiteral("mnist/batchSize")));
    EXPECT_EQ(MnistSettings().config().batchSize, 32);
}

TEST_F(TrainRecipeUi, AnUnusableStoredValueGivesTheDefaults) {
    QSettings().setValue(QStringLiteral("mnist/epochs"), 0);
    EXPECT_EQ(MnistSettings().config().epochs, TrainConfig{}.epochs);
    QSettings().setValue(QStringLiteral("mnist/epochs"), QStringLiteral("many"));
    EXPECT_EQ(MnistSettings().config().epochs, TrainConfig{}.epochs);
}

TEST_F(TrainRecipeUi, AnUnusableStoredValueLosesNothingElse) {
    TrainConfig typed;
    typed.batchSize = 32;
    typed.learningRate = 0.05;
    MnistSettings().setConfig(typed);
    QSettings().setValue(QStringLiteral("mnist/epochs"), QStringLiteral("many")); // edited by hand
    const TrainConfig read = MnistSettings().config();
    EXPECT_EQ(read.epochs, TrainConfig{}.epochs);
    EXPECT_EQ(read.batchSize, 32);
    EXPECT_EQ(read.learningRate, 0.05);
}

TEST_F(TrainRecipeUi, EveryFieldRoundTripsThroughThePanelAndAnnouncesTheEdit) {
    TrainSettingsPanel panel;
    for (const TrainField& field : trainFields()) {
        panel.setConfig(TrainConfig{});
        QSignalSpy edited(&panel, &TrainSettingsPanel::edited);
        const TrainConfig other = testing::withOtherValue(field);
        panel.setConfig(other);
        EXPECT_EQ(textOf(field, panel.config()), textOf(field, other)) << field.key;
        EXPECT_GE(edited.count(), 1) << field.key;
    }
}

TEST_F(TrainRecipeUi, ThePanelLabelsEveryEditorFromTheTable) {
    TrainSettingsPanel panel;
    auto* form = qobject_cast<QFormLayout*>(panel.layout());
    ASSERT_NE(form, nullptr);
    ASSERT_EQ(form->rowCount(), static_cast<int>(trainFields().size()));
    for (const TrainField& field : trainFields()) {
        QWidget* editor = panel.editor(field.key);
        ASSERT_NE(editor, nullptr) << field.key;
        auto* label = qobject_cast<QLabel*>(form->labelForField(editor));
        ASSERT_NE(label, nullptr) << field.key;
        EXPECT_EQ(label->text().toStdString(), std::string(field.label));
        EXPECT_EQ(label->buddy(), editor) << "the mnemonic focuses the editor";
        EXPECT_FALSE(editor->toolTip().isEmpty()) << field.key;
    }
    EXPECT_EQ(panel.epochsBox()->maximum(), 1000);
    EXPECT_EQ(panel.trainLimitBox()->specialValueText(), QStringLiteral("all 60,000"));
}

TEST_F(TrainRecipeUi, TheNativeKernelsNameThisProcessorsInstructionSet) {
    TrainSettingsPanel panel;
    auto* kernels = qobject_cast<QComboBox*>(panel.editor("kernels"));
    ASSERT_NE(kernels, nullptr);
    const QString native = kernels->itemText(kernels->findData(QStringLiteral("native")));
    const QString isa = QString::fromStdString(MnistTrainer::nativeInstructionSet());
    if (isa.isEmpty())
        EXPECT_EQ(native, QStringLiteral("native (not on this processor: LibTorch)"));
    else
        EXPECT_EQ(native, QStringLiteral("native (%1, fast)").arg(isa));
    EXPECT_EQ(kernels->itemText(kernels->findData(QStringLiteral("libtorch"))), QStringLiteral("LibTorch"));
}

// Under German the panel shows the recipe's words (core/translatable.h) in German, its numbers with a
// decimal comma, while every choice keeps its key: settings and checkpoints read the same in any language.
TEST_F(TrainRecipeUi, UnderGermanThePanelSpeaksGermanAndKeepsTheKeys) {
    const InstalledLanguage german(QStringLiteral("de"), QLocale(QLocale::English, QLocale::UnitedStates));
    TrainSettingsPanel panel;
    auto* form = qobject_cast<QFormLayout*>(panel.layout());
    ASSERT_NE(form, nullptr);
    auto* epochs = qobject_cast<QLabel*>(form->labelForField(panel.editor("epochs")));
    ASSERT_NE(epochs, nullptr);
    EXPECT_EQ(epochs->text(), QStringLiteral("&Epochen:"));

    auto* optimizer = qobject_cast<QComboBox*>(panel.editor("optimizer"));
    ASSERT_NE(optimizer, nullptr);
    EXPECT_EQ(optimizer->itemText(0), QStringLiteral("SGD + Momentum"));
    EXPECT_EQ(optimizer->itemData(0).toString(), QStringLiteral("sgd"));
    // The help's %1 and %2: kAdamLearningRate 0.03 against TrainConfig's 0.1, in German 0,03 and 0,1.
    EXPECT_TRUE(optimizer->toolTip().endsWith(QStringLiteral("etwa 0,03 gegenüber 0,1")))
        << optimizer->toolTip().toStdString();
    auto* schedule = qobject_cast<QComboBox*>(panel.editor("one_cycle"));
    ASSERT_NE(schedule, nullptr);
    EXPECT_EQ(schedule->itemText(1), QStringLiteral("konstant"));
    EXPECT_EQ(panel.trainLimitBox()->specialValueText(), QStringLiteral("alle 60.000"));

    optimizer->setCurrentIndex(optimizer->findData(QStringLiteral("adamw")));
    schedule->setCurrentIndex(1);
    EXPECT_EQ(panel.config().optimizer, "adamw");
    EXPECT_FALSE(panel.config().oneCycle);
}

} // namespace
} // namespace bplab::ui
