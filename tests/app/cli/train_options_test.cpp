// Every field of the recipe table through the options of `backprop-lab train`, parsed as the command
// parses them, each with a value from the table's own limits; and each out-of-range value refused
// with a sentence naming the option.
#include "app/cli/cli_arguments.h"
#include "app/cli/train_options.h"
#include "core/mnist/train_recipe.h"
#include "tests/support/train_field_values.h"

#include <gtest/gtest.h>

namespace bplab::app {
namespace {

// The config that `backprop-lab train ARGUMENTS` would train with (before data and checkpoints).
TrainConfig parsed(const QStringList& arguments) {
    TrainFieldOptions options;
    QCommandLineParser parser;
    parser.addOptions(options.options());
    EXPECT_TRUE(parser.parse(QStringList{QStringLiteral("backprop-lab train")} + arguments))
        << parser.errorText().toStdString();
    TrainConfig config;
    options.apply(parser, config);
    return config;
}

// The arguments that set `field` as in `config`: the option and its value, or the flag alone.
QStringList argumentsFor(const TrainField& field, const TrainConfig& config) {
    const auto index = static_cast<int>(&field - trainFields().data());
    const QString option = QStringLiteral("--") + TrainFieldOptions().options().at(index).names().first();
    if (field.kind == FieldKind::Flag) return {option};
    return {option, QString::fromStdString(textOf(field, config))};
}

TEST(TrainOptions, EveryFieldHasAnOption) {
    EXPECT_EQ(TrainFieldOptions().options().size(), static_cast<qsizetype>(trainFields().size()));
    EXPECT_EQ(TrainFieldOptions().options().at(0).names().first(), QStringLiteral("epochs"));
}

TEST(TrainOptions, EveryFieldRoundTripsThroughTheCommandLine) {
    for (const TrainField& field : trainFields()) {
        const TrainConfig other = testing::withOtherValue(field);
        const QStringList arguments = argumentsFor(field, other);
        EXPECT_EQ(textOf(field, parsed(arguments)), textOf(field, other))
            << arguments.join(QLatin1Char(' ')).toStdString();
    }
}

TEST(TrainOptions, NoOptionsGiveTheDefaults) {
    const TrainConfig config = parsed({});
    for (const TrainField& field : trainFields()) {
        EXPECT_EQ(textOf(field, config), textOf(field, TrainConfig{})) << field.key;
    }
}

TEST(TrainOptions, EachOutOfRangeValueIsAUsageErrorNamingTheOption) {
    for (const TrainField& field : trainFields()) {
        const std::optional<std::string> bad = testing::outOfRangeText(field);
        if (!bad) continue;
        const QStringList arguments = argumentsFor(field, TrainConfig{}).mid(0, 1)
                                      << QString::fromStdString(*bad);
        try {
            parsed(arguments);
            ADD_FAILURE() << arguments.join(QLatin1Char(' ')).toStdString() << " was accepted";
        } catch (const UsageError& error) {
            // e.g. "--epochs must be a whole number from 1 to 1000, not '0'"
            const std::string expected = arguments.first().toStdString() + " must be " + allowedText(field);
            EXPECT_EQ(std::string(error.what()).rfind(expected, 0), 0u) << error.what();
        }
    }
}

TEST(TrainOptions, TextThatIsNoNumberIsRefused) {
    EXPECT_THROW(parsed({"--epochs", "ten"}), UsageError);
    EXPECT_THROW(parsed({"--lr", "nan"}), UsageError);
    EXPECT_THROW(parsed({"--lr", "0.1x"}), UsageError);
}

// AdamW with weight decay 0 takes Adam's steps: `--optimizer adamw` alone brings its own decay
// (PyTorch's AdamW default, 0.01), a decay typed on the command line is kept.
TEST(TrainOptions, AdamWWithoutWeightDecayGetsItsOwnDecoupledDecay) {
    EXPECT_EQ(parsed({"--optimizer", "adamw"}).weightDecay, 0.01);
    EXPECT_EQ(parsed({"--optimizer", "adamw"}).weightDecay, kAdamWWeightDecay);
    EXPECT_EQ(parsed({"--optimizer", "adamw", "--weight-decay", "0"}).weightDecay, 0.0);
    EXPECT_EQ(parsed({"--weight-decay", "0.2", "--optimizer", "adamw"}).weightDecay, 0.2);
    for (const char* other : {"sgd", "nesterov", "adam"})
        EXPECT_EQ(parsed({"--optimizer", other}).weightDecay, 0.0) << other;
}

// Adam and AdamW scale each step by the gradient's RMS: `--optimizer adam` alone trains at their
// measured rate (0.03, kAdamLearningRate), as the window sets it; a rate typed on the command line is kept.
TEST(TrainOptions, AdamWithoutLearningRateGetsItsSuggestedRate) {
    for (const char* adam : {"adam", "adamw"}) {
        EXPECT_EQ(parsed({"--optimizer", adam}).learningRate, 0.03) << adam;
        EXPECT_EQ(parsed({"--optimizer", adam}).learningRate, kAdamLearningRate) << adam;
        EXPECT_EQ(parsed({"--optimizer", adam, "--lr", "0.1"}).learningRate, 0.1) << adam;
        EXPECT_EQ(parsed({"--lr", "0.5", "--optimizer", adam}).learningRate, 0.5) << adam;
    }
    for (const char* sgd : {"sgd", "nesterov"})
        EXPECT_EQ(parsed({"--optimizer", sgd}).learningRate, TrainConfig{}.learningRate) << sgd;
}

// A resumed recipe's optimizer is the previous one: a rate at its suggestion follows the new optimizer
// (back to SGD's 0.1 from Adam's 0.03), one the run was given stays.
TEST(TrainOptions, SwitchingFromAdamBringsBackTheDefaultRate) {
    TrainFieldOptions options;
    QCommandLineParser parser;
    parser.addOptions(options.options());
    ASSERT_TRUE(parser.parse({"backprop-lab train", "--optimizer", "sgd"}));
    TrainConfig adam;
    adam.optimizer = "adam";
    adam.learningRate = kAdamLearningRate;
    options.apply(parser, adam);
    EXPECT_EQ(adam.learningRate, 0.1);
    TrainConfig typed;
    typed.optimizer = "adam";
    typed.learningRate = 0.02;
    options.apply(parser, typed);
    EXPECT_EQ(typed.learningRate, 0.02);
}

} // namespace
} // namespace bplab::app
