// The divergence sentence says which rate was in force and what set it: the recipe, the one-cycle
// schedule under its peak, or the live slider.
#include "ui/mnist/training/divergence_text.h"

#include "core/mnist/divergence_watch.h"
#include "ui/common/app_language.h"

#include <QLocale>

#include <gtest/gtest.h>

#include <limits>

namespace bplab::ui {
namespace {

// Batch 9 of epoch 1 diverged; the loss became nan; no epoch was kept.
Divergence divergedAt(double rate) {
    Divergence divergence;
    divergence.epoch = 1;
    divergence.batch = 9;
    divergence.batches = 32;
    divergence.learningRate = rate;
    divergence.loss = std::numeric_limits<double>::quiet_NaN();
    return divergence;
}

TEST(DivergenceText, TheRecipesConstantRateNeedsNoWord) {
    const DivergenceRate recipe{/*oneCycle=*/false, /*peak=*/10.0, /*setLive=*/false};
    EXPECT_EQ(divergenceHeadlineText(divergedAt(10.0), recipe),
              QStringLiteral("diverged at epoch 1, batch 9 (η = 10)"));
    EXPECT_EQ(divergenceHeadlineText(divergedAt(10.0), {}),
              QStringLiteral("diverged at epoch 1, batch 9 (η = 10)"))
        << "nothing known about the rate: the core's headline as it is";
}

TEST(DivergenceText, AConstantRateSetLiveSaysSo) {
    const DivergenceRate live{false, 10.0, true};
    EXPECT_EQ(divergenceHeadlineText(divergedAt(10.0), live),
              QStringLiteral("diverged at epoch 1, batch 9 (η = 10, set live)"));
}

TEST(DivergenceText, AOneCycleRateDraggedTo10IsTheSchedulesRateScaledToThatPeak) {
    // The trainer's rate for a batch after a live change: the schedule's rate × new peak / recipe
    // peak, i.e. the one-cycle rate under the peak 10; at this batch 3.43642, not 10.
    const DivergenceRate live{true, 10.0, true};
    const QString expected = QStringLiteral(
        "diverged at epoch 1, batch 9 (η = 3.43642, the one-cycle schedule's rate at that batch, scaled "
        "to the peak 10 you set live)");
    EXPECT_EQ(divergenceHeadlineText(divergedAt(3.43642), live), expected);
    // The whole sentence: that headline, then the core's account of the loss and the weights.
    EXPECT_EQ(divergenceSentence(divergedAt(3.43642), live),
              expected +
                  QStringLiteral(": the training loss became nan; the weights are back at the start of "
                                 "the run, the last finite state"));
}

TEST(DivergenceText, AOneCycleRateFromTheRecipeNamesThePeak) {
    const DivergenceRate recipe{true, 0.1, false};
    EXPECT_EQ(
        divergenceHeadlineText(divergedAt(0.0344), recipe),
        QStringLiteral("diverged at epoch 1, batch 9 (η = 0.0344, the one-cycle schedule's rate at that "
                       "batch for the peak 0.1)"));
}

TEST(DivergenceText, EveryWordingSaysWhatTheCoreSaysInEnglish) {
    // The window words the core's values itself (for its language); in English it is the core's text.
    Divergence kept = divergedAt(0.25);
    kept.keptEpochs = 2;
    kept.loss = 1e300 * 10; // inf
    for (const Divergence& divergence : {divergedAt(10.0), divergedAt(3.43642e-05), kept}) {
        EXPECT_EQ(divergenceHeadlineText(divergence, {}).toStdString(), divergenceHeadline(divergence));
        EXPECT_EQ(divergenceSentence(divergence, {}).toStdString(), describeDivergence(divergence));
    }
}

TEST(DivergenceText, AGermanWindowSaysItInGermanWithGermanNumbers) {
    const InstalledLanguage german(QStringLiteral("de"), QLocale::c());
    Divergence divergence = divergedAt(0.25);
    divergence.batch = 37;
    divergence.epoch = 2;
    EXPECT_EQ(divergenceHeadlineText(divergence, {}).toStdString(),
              "divergiert in Epoche 2, Batch 37 (η = 0,25)");
}

TEST(DivergenceText, TheMarkersLegendEntryIsShort) {
    EXPECT_EQ(divergenceMarkerLabel(divergedAt(3.43642)), QStringLiteral("diverged, η = 3.43642"));
}

} // namespace
} // namespace bplab::ui
