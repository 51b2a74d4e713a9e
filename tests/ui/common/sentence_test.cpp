// asSentence: a core clause made a sentence of its own, without changing what a symbol says.
#include "ui/common/sentence.h"

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

TEST(AsSentence, AClauseGetsItsCapitalAndAFullStop) {
    EXPECT_EQ(asSentence(QStringLiteral("the learning rate must be greater than 0")),
              QStringLiteral("The learning rate must be greater than 0."));
    EXPECT_EQ(asSentence(QStringLiteral("a target is outside [0, 1]")),
              QStringLiteral("A target is outside [0, 1]."));
}

TEST(AsSentence, ASymbolOrANameKeepsItsCase) {
    EXPECT_EQ(asSentence(QStringLiteral("η must be finite")), QStringLiteral("η must be finite."));
    EXPECT_EQ(asSentence(QStringLiteral("w1 must be a finite number")),
              QStringLiteral("w1 must be a finite number."));
    EXPECT_EQ(asSentence(QStringLiteral("x₁ is missing")), QStringLiteral("x₁ is missing."));
}

TEST(AsSentence, ASentenceStaysAsItIs) {
    EXPECT_EQ(asSentence(QStringLiteral("Done.")), QStringLiteral("Done."));
    EXPECT_EQ(asSentence(QStringLiteral("Really?")), QStringLiteral("Really?"));
    EXPECT_EQ(asSentence(QStringLiteral("  ")), QString());
}

} // namespace
} // namespace bplab::ui
