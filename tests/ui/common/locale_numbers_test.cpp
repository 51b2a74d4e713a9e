#include "ui/common/locale_numbers.h"

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

const QLocale kGerman(QLocale::German, QLocale::Germany);
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

TEST(LocaleNumbers, GermanTakesADecimalCommaBetweenDigits) {
    EXPECT_EQ(withLocaleDecimals(QStringLiteral("0.6065 − 0.01 = 0.5965"), kGerman),
              QStringLiteral("0,6065 − 0,01 = 0,5965"));
    EXPECT_EQ(withLocaleDecimals(QStringLiteral("−1.5e-05"), kGerman), QStringLiteral("−1,5e-05"));
    EXPECT_EQ(withLocaleDecimals(std::string("w5 = 0.4"), kGerman), QStringLiteral("w5 = 0,4"));
}

TEST(LocaleNumbers, APointThatIsNoDecimalPointStays) {
    // A range of names, a sentence's full stop after a number, a point before a name.
    EXPECT_EQ(withLocaleDecimals(QStringLiteral("w5..w8 moved by 3."), kGerman),
              QStringLiteral("w5..w8 moved by 3."));
    EXPECT_EQ(withLocaleDecimals(QStringLiteral(".5 and 5. and a.b"), kGerman),
              QStringLiteral(".5 and 5. and a.b"));
}

TEST(LocaleNumbers, EnglishAndTheCLocaleChangeNothing) {
    const QString text = QStringLiteral("0.6065 − 0.01");
    EXPECT_EQ(withLocaleDecimals(text, kEnglish), text);
    EXPECT_EQ(withLocaleDecimals(text, QLocale::c()), text);
}

TEST(LocaleNumbers, FollowsTheDefaultLocale) {
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    EXPECT_EQ(withLocaleDecimals(QStringLiteral("η = 0.5")), QStringLiteral("η = 0,5"));
    QLocale::setDefault(before);
}

TEST(LocaleNumbers, ANumberForASentenceIsWrittenAsArgWritesItWithTheLocalesMark) {
    const QLocale before;
    QLocale::setDefault(kGerman);
    EXPECT_EQ(localNumber(0.5), QStringLiteral("0,5"));
    EXPECT_EQ(localNumber(0.0295181234, 6), QStringLiteral("0,0295181"));
    EXPECT_EQ(localNumber(1000), QStringLiteral("1000")); // no thousands mark: as in a file
    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(localNumber(0.0295181234, 6), QStringLiteral("%1").arg(0.0295181234, 0, 'g', 6));
    QLocale::setDefault(before);
}

TEST(LocaleNumbers, ATypedNumberTakesTheLocalesMarkOrThePoint) {
    const QLocale german(QLocale::German, QLocale::Germany);
    EXPECT_EQ(typedNumber(QStringLiteral("0,5"), german), 0.5);
    EXPECT_EQ(typedNumber(QStringLiteral(" 1.5 "), german), 1.5) << "the files' point, never fifteen";
    EXPECT_EQ(typedNumber(QStringLiteral("1e-5"), german), 1e-5);
    EXPECT_EQ(typedNumber(QStringLiteral("1.500"), german), 1.5) << "no digit groups in a typed number";
    EXPECT_FALSE(typedNumber(QStringLiteral("0,5x"), german).has_value());
    EXPECT_FALSE(typedNumber(QString(), german).has_value());
    EXPECT_EQ(typedNumber(QStringLiteral("0.25"), QLocale::c()), 0.25);
    EXPECT_FALSE(typedNumber(QStringLiteral("0,25"), QLocale::c()).has_value())
        << "a comma separates in English";
    // Digit groups are no number in any window: "0,001" is neither 1 nor a thousandth in English.
    EXPECT_FALSE(typedNumber(QStringLiteral("0,001"), kEnglish).has_value());
    EXPECT_FALSE(typedNumber(QStringLiteral("1,000"), kEnglish).has_value());
    EXPECT_FALSE(typedNumber(QStringLiteral("1,000.5"), german).has_value());
    EXPECT_EQ(typedNumber(QStringLiteral("0,001"), german), 0.001);
}

TEST(LocaleNumbers, AListOfNumbersIsSplitByASemicolonWhereTheMarkIsAComma) {
    EXPECT_EQ(localListSeparator(kGerman), QStringLiteral("; "));
    EXPECT_EQ(localListSeparator(kEnglish), QStringLiteral(", "));
    EXPECT_EQ(localListSeparator(QLocale::c()), QStringLiteral(", "));
}

} // namespace
} // namespace bplab::ui
