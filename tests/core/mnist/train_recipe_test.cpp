// The recipe table: every field it lists survives a checkpoint and is checked by validate(). The loops
// run over trainFields(), so a field added to the table later is covered without editing this file.
#include "core/mnist/mnist_trainer.h"
#include "core/mnist/train_recipe.h"
#include "tests/support/train_field_values.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

namespace bplab {
namespace {

TEST(TrainRecipe, KeysOptionsAndLabelsAreUnique) {
    std::set<std::string_view> keys, options, labels;
    for (const TrainField& field : trainFields()) {
        EXPECT_TRUE(keys.insert(field.key).second) << field.key;
        EXPECT_TRUE(options.insert(field.option).second) << field.option;
        EXPECT_TRUE(labels.insert(field.label).second) << field.label;
    }
}

TEST(TrainRecipe, CheckpointKeysOfEarlierVersionsAreKept) {
    // Checkpoints already on disk hold "config/<key>" under these names.
    for (const char* key : {"epochs", "batch_size", "learning_rate", "momentum", "weight_decay", "dropout",
                            "one_cycle", "augment", "seed", "train_limit", "test_limit"}) {
        EXPECT_EQ(trainField(key).scope, FieldScope::Recipe) << key;
    }
    EXPECT_EQ(trainField("threads").scope, FieldScope::Machine);
    EXPECT_EQ(trainField("device").scope, FieldScope::Machine);
}

TEST(TrainRecipe, AdamWAloneSuggestsAWeightDecayAndItIsAValidValue) {
    EXPECT_EQ(suggestedWeightDecay("adamw"), 0.01); // PyTorch's AdamW default
    for (const char* other : {"sgd", "nesterov", "adam"})
        EXPECT_EQ(suggestedWeightDecay(other), 0.0) << other;
    TrainConfig adamw;
    adamw.optimizer = "adamw";
    adamw.weightDecay = suggestedWeightDecay("adamw");
    EXPECT_NO_THROW(validate(adamw));
    EXPECT_EQ(textOf(trainField("weight_decay"), adamw), "0.01");
}

TEST(TrainRecipe, DefaultsAndEveryOtherValueAreValid) {
    EXPECT_NO_THROW(validate(TrainConfig{}));
    for (const TrainField& field : trainFields()) {
        const TrainConfig other = testing::withOtherValue(field);
        EXPECT_NE(textOf(field, other), textOf(field, TrainConfig{})) << field.key;
        EXPECT_NO_THROW(validate(other)) << field.key;
    }
}

TEST(TrainRecipe, ValidateRefusesEachOutOfRangeValueWithASentence) {
    int refused = 0;
    for (const TrainField& field : trainFields()) {
        const std::optional<TrainConfig> bad = testing::outOfRange(field);
        if (!bad) continue;
        try {
            validate(*bad);
            ADD_FAILURE() << field.key << " = " << textOf(field, *bad) << " was accepted";
        } catch (const std::invalid_argument& error) {
            // e.g. "batch size must be a whole number from 1 to 60000, not '0'"
            const std::string expected = fieldName(field) + " must be " + allowedText(field) + ", not '";
            EXPECT_EQ(std::string(error.what()).rfind(expected, 0), 0u) << error.what();
            ++refused;
        }
    }
    EXPECT_GE(refused, 10); // all but the flag and the two-way schedule
}

TEST(TrainRecipe, TextRoundTripsEveryField) {
    for (const TrainField& field : trainFields()) {
        const TrainConfig other = testing::withOtherValue(field);
        TrainConfig parsed;
        setFromText(field, parsed, textOf(field, other));
        EXPECT_EQ(textOf(field, parsed), textOf(field, other)) << field.key;
    }
}

TEST(TrainRecipe, RecipeFieldsRoundTripThroughACheckpointAndMachineFieldsDoNot) {
    // One config with every field changed; each differs from its default, so a swapped key shows.
    TrainConfig changed;
    for (const TrainField& field : trainFields()) {
        // A checkpoint is written by a trainer, which needs a usable device: machine fields stay.
        if (field.scope == FieldScope::Recipe)
            setFromText(field, changed, textOf(field, testing::withOtherValue(field)));
    }
    changed.threads = 3;
    const std::string path = (std::filesystem::temp_directory_path() / "bplab-recipe-round-trip.pt").string();
    MnistTrainer(changed, nullptr).saveCheckpoint(path);
    const TrainConfig loaded = MnistTrainer::checkpointConfig(path);
    std::filesystem::remove(path);
    for (const TrainField& field : trainFields()) {
        const TrainConfig& expected = field.scope == FieldScope::Recipe ? changed : TrainConfig{};
        EXPECT_EQ(textOf(field, loaded), textOf(field, expected)) << field.key;
    }
}

// The help is one literal for the window's translators, its numbers %1, %2 … filled from the code: the
// command line prints the sentence it always printed, with kAdamLearningRate 0.03, the default rate 0.1 and
// kAdamWWeightDecay 0.01 in place.
TEST(TrainRecipe, TheHelpTextFillsItsNumbersFromTheCode) {
    const std::string optimizer = helpText(trainField("optimizer"));
    const std::string ending = "want a smaller learning rate than SGD: about 0.03 against 0.1";
    ASSERT_GT(optimizer.size(), ending.size());
    EXPECT_EQ(optimizer.substr(optimizer.size() - ending.size()), ending);
    EXPECT_NE(helpText(trainField("weight_decay"))
                  .find("choosing AdamW proposes 0.01, without it AdamW equals Adam"),
              std::string::npos);
    // A help without numbers is the literal itself, its "30 %" untouched.
    EXPECT_EQ(helpText(trainField("one_cycle")), std::string(trainField("one_cycle").help));
    for (const TrainField& field : trainFields())
        EXPECT_EQ(helpText(field).find("%1"), std::string::npos) << field.key;
}

} // namespace
} // namespace bplab
