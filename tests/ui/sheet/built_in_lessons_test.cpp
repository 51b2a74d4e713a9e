// The built-in lessons say true things: each claim of a lesson's text is checked here on runs of the
// engine, and the thresholds it quotes are measured, never typed.
#include "ui/sheet/lessons/built_in_lessons.h"

#include "core/sheet/lessons/divergence_threshold.h"
#include "core/sheet/analysis/learning_rate_sweep.h"

#include <QDir>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

using namespace quantity;

Scenario lesson(const char* id) {
    const auto found = builtInLesson(QLatin1String(id));
    EXPECT_TRUE(found) << id;
    return found.value_or(Scenario{});
}

BackpropSheet run(const Scenario& scenario) {
    BackpropSheet sheet(scenario.inputs, scenario.iterations);
    sheet.runToEnd();
    return sheet;
}

TEST(BuiltInLessons, EveryFileLoadsAndIsListedUnderItsOwnName) {
    const QStringList files = QDir(QStringLiteral(":/lessons")).entryList();
    // The version-2 network lessons share the folder (network_lessons_test.cpp checks them).
    ASSERT_EQ(files.size(), builtInLessonIds().size() + builtInNetworkLessonIds().size())
        << files.join(", ").toStdString();
    for (const QString& id : builtInLessonIds()) {
        EXPECT_TRUE(files.contains(id + QStringLiteral(".json"))) << id.toStdString();
        const Scenario scenario = lesson(id.toUtf8().constData());
        EXPECT_EQ(QString::fromStdString(scenario.id), id);
        EXPECT_NO_THROW(validate(scenario));
        EXPECT_FALSE(scenario.suggestion.empty());
        // Every placeholder is one the app fills.
        for (const std::string& text : {scenario.explanation, scenario.suggestion}) {
            EXPECT_EQ(withMeasurements(text, scenario).find('{'), std::string::npos) << text;
        }
    }
    EXPECT_EQ(builtInLessons().size(), static_cast<std::size_t>(builtInLessonIds().size()));
    EXPECT_FALSE(builtInLesson(QStringLiteral("no-such-lesson")));
}

TEST(BuiltInLessons, TheSeedSheetIsTheSeed) {
    const Scenario seed = lesson("seed");
    EXPECT_EQ(seed.inputs, SheetInputs{});
    EXPECT_EQ(seed.inputs.learningRate, 0.5);
    EXPECT_EQ(seed.iterations, BackpropSheet::kDefaultIterationLimit);
}

TEST(BuiltInLessons, BiggerStepsLearnFasterAsItsTextCounts) {
    const Scenario faster = lesson("faster");
    EXPECT_EQ(faster.compareRates, kSeedLearningRates);
    // "To 0.05: η = 2 needs 16 iterations, η = 1 needs 32 and η = 0.5 needs 63, while η = 0.1 and 0.2
    // do not get there in 100."
    const auto curves = sweepLearningRates(faster.inputs, faster.compareRates, faster.iterations);
    EXPECT_FALSE(iterationsToReach(curves[0], 0.05));
    EXPECT_FALSE(iterationsToReach(curves[1], 0.05));
    EXPECT_EQ(iterationsToReach(curves[2], 0.05), 63);
    EXPECT_EQ(iterationsToReach(curves[4], 0.05), 32);
    EXPECT_EQ(iterationsToReach(curves[5], 0.05), 16);
    EXPECT_NE(faster.explanation.find("η = 2 needs 16 iterations, η = 1 needs 32 and η = 0.5 needs 63"),
              std::string::npos);
}

TEST(BuiltInLessons, TheDivergenceLessonStandsJustBelowTheMeasuredThreshold) {
    const Scenario divergence = lesson("divergence");
    EXPECT_EQ(divergence.inputs.activation, Activation::Identity);
    const auto threshold = measureDivergenceThreshold(divergence.inputs, divergence.iterations);
    ASSERT_TRUE(threshold);
    EXPECT_GE(divergence.inputs.learningRate, 0.8 * *threshold);
    EXPECT_LT(divergence.inputs.learningRate, *threshold);
    EXPECT_FALSE(run(divergence).divergedAt()) << "it starts below the threshold";
    // Dragging η to the right, within the slider's range, gets there.
    Scenario dragged = divergence;
    dragged.inputs.learningRate = *threshold * 1.01;
    EXPECT_LT(dragged.inputs.learningRate, 100.0);
    EXPECT_EQ(runOutcome(dragged.inputs, dragged.iterations), RunOutcome::Diverged);
    EXPECT_NE(divergence.suggestion.find("{divergence_threshold}"), std::string::npos);
}

TEST(BuiltInLessons, TheOscillationLessonsLossReallyBounces) {
    const Scenario oscillation = lesson("oscillation");
    const BackpropSheet sheet = run(oscillation);
    EXPECT_FALSE(sheet.divergedAt());
    const std::vector<double> losses = sheet.lossCurve();
    EXPECT_TRUE(lossBounces(losses));
    // "a two-step bounce, 0.059, 0.031, 0.059, 0.031, and never reaches 0"
    const std::size_t last = losses.size() - 1;
    EXPECT_NEAR(losses[last - 1], 0.059, 0.0005);
    EXPECT_NEAR(losses[last], 0.031, 0.0005);
    EXPECT_NEAR(losses[last - 3], losses[last - 1], 1e-6);
    const double from = *measureOscillationThreshold(oscillation.inputs, oscillation.iterations);
    EXPECT_GE(oscillation.inputs.learningRate, from);
    EXPECT_LT(oscillation.inputs.learningRate,
              *measureDivergenceThreshold(oscillation.inputs, oscillation.iterations));
    // "Drag η down to 8 and watch the bounce disappear."
    Scenario lower = oscillation;
    lower.inputs.learningRate = 8.0;
    EXPECT_FALSE(lossBounces(run(lower).lossCurve()));
}

TEST(BuiltInLessons, TheSigmoidNetworkNeverDivergesAndItsSlopeVanishes) {
    const Scenario saturation = lesson("saturation");
    EXPECT_EQ(saturation.inputs.activation, Activation::Sigmoid);
    EXPECT_EQ(saturation.inputs.learningRate, 100.0); // the slider's end
    EXPECT_FALSE(measureDivergenceThreshold(saturation.inputs, saturation.iterations));
    const BackpropSheet sheet = run(saturation);
    // σ′ = a·(1 − a) of o1: about ¼ at the start, ≈ 0.001 after the first step.
    const RowValues& first = sheet.row(1);
    EXPECT_GT(sheet.row(0)[a_o1] * (1 - sheet.row(0)[a_o1]), 0.2);
    EXPECT_LT(first[a_o1], 0.0011);
    EXPECT_LT(first[a_o1] * (1 - first[a_o1]), 0.0011);
    // "the loss falls to 0.00004 in one step and then hardly moves"
    EXPECT_NEAR(first[E_total], 0.00004, 0.000005);
    EXPECT_GT(sheet.lossCurve().back(), 0.9 * first[E_total]);
    // "Type η = 1000: a_o2 becomes exactly 1, σ′ = 0 and the weights stop changing, yet nothing diverges."
    Scenario typed = saturation;
    typed.inputs.learningRate = 1000.0;
    const BackpropSheet stuck = run(typed);
    EXPECT_FALSE(stuck.divergedAt());
    EXPECT_EQ(stuck.row(1)[a_o2], 1.0);
    for (int w = 0; w < 8; ++w) EXPECT_EQ(stuck.row(2)[w1 + w], stuck.row(stuck.rowCount() - 1)[w1 + w]);
}

TEST(BuiltInLessons, TheDeadReluUnitNeverLearns) {
    const Scenario dead = lesson("dead-relu");
    EXPECT_EQ(dead.inputs.activation, Activation::Relu);
    const BackpropSheet sheet = run(dead);
    ASSERT_EQ(sheet.rowCount(), dead.iterations);
    for (int r = 0; r < sheet.rowCount(); ++r) {
        const RowValues& row = sheet.row(r);
        EXPECT_LT(row[h2], 0.0) << "row " << r;
        EXPECT_EQ(row[a_h2], 0.0);
        // The weights into h2 (w3, w4) and out of it (w6, w8) never change.
        for (int w : {2, 3, 5, 7})
            EXPECT_EQ(row[w1_new + w], dead.inputs.weights[static_cast<std::size_t>(w)]);
    }
    EXPECT_DOUBLE_EQ(sheet.row(0)[h2], -0.15); // −1·0.05 + −1·0.1
    EXPECT_LT(sheet.lossCurve().back(), 0.01 * sheet.lossCurve().front()) << "h1 alone still learns";
    // "set w4 = 1 (h2 = −0.05 + 0.1 = 0.05) and watch h2 come back to life"
    Scenario revived = dead;
    revived.inputs.weights[3] = 1.0;
    EXPECT_NE(run(revived).row(0)[dE_dw1 + 2], 0.0);
}

TEST(BuiltInLessons, TheWorkedExampleEndsAtThePostsNumber) {
    const Scenario example = lesson("worked-example");
    EXPECT_EQ(example.inputs, classicWorkedExample());
    const BackpropSheet sheet = run(example);
    EXPECT_NEAR(sheet.row(0)[E_total], 0.298371109, 1e-9);
    // "After 10,000 iterations the last row's error is 0.0000351085" (row 9999, the 10,000th pass).
    EXPECT_EQ(sheet.rowCount(), 10000);
    EXPECT_NEAR(sheet.lossCurve().back(), 0.0000351085, 5e-11);
}

} // namespace
} // namespace bplab::ui
