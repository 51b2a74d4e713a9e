// A data set's class names (core/mnist/data/class_names.h): classes.txt as people write it, and each
// refusal with the line it names.
#include "core/mnist/data/class_names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace bplab {
namespace {

// The problem and line of the refusal `parse` ends in; fails the test if it ends in names.
ClassNamesError refusalOf(const std::string& text) {
    try {
        const ClassNames names = parseClassesFile(text);
        ADD_FAILURE() << "accepted " << names.count() << " names from: " << text;
    } catch (const ClassNamesError& error) {
        return error;
    }
    return ClassNamesError(ClassNamesProblem::TooFew, -1, -1, "(not refused)");
}

TEST(ClassNames, AFashionMnistFileNamesItsTenClassesInLabelOrder) {
    const ClassNames names = parseClassesFile("T-shirt/top\nTrouser\nPullover\nDress\nCoat\nSandal\nShirt\n"
                                              "Sneaker\nBag\nAnkle boot\n");
    ASSERT_EQ(names.count(), 10);
    EXPECT_EQ(names.name(0), "T-shirt/top");
    EXPECT_EQ(names.name(9), "Ankle boot"); // the space inside a name stays
    EXPECT_FALSE(names.areDigits());
}

TEST(ClassNames, AByteOrderMarkWindowsLineEndsSpacesAndBlankLinesAtTheEndAreAnEditorsHabits) {
    const ClassNames names = parseClassesFile("\xEF\xBB\xBF  circle \r\n\ttriangle\r\nsquare\r\n\r\n  \n");
    EXPECT_EQ(names.names(), (std::vector<std::string>{"circle", "triangle", "square"}));
}

TEST(ClassNames, NamesInAnyScriptAreText) {
    // "Kreis", "Dreieck" and a circle, a triangle and Japanese: UTF-8 of two, three and four bytes.
    const ClassNames names = parseClassesFile("Kreis ○\nDreieck △\nまる\n\xF0\x9F\x94\xB5\n");
    EXPECT_EQ(names.count(), 4);
    EXPECT_EQ(names.name(3), "\xF0\x9F\x94\xB5"); // 🔵, U+1F535
}

TEST(ClassNames, TheDigitsAreMnistsClasses) {
    const ClassNames digits = ClassNames::digits();
    ASSERT_EQ(digits.count(), 10);
    EXPECT_EQ(digits.name(0), "0");
    EXPECT_EQ(digits.name(9), "9");
    EXPECT_TRUE(digits.areDigits());
    EXPECT_EQ(parseClassesFile("0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n"), digits);
    EXPECT_TRUE(ClassNames::digits(3).areDigits());
    // Digits in another order, or other words for them, are classes of their own.
    EXPECT_FALSE(parseClassesFile("1\n0\n").areDigits());
    EXPECT_FALSE(parseClassesFile("zero\none\n").areDigits());
}

TEST(ClassNames, AnEmptyLineBetweenNamesWouldShiftEveryLaterLabelAndIsRefused) {
    const ClassNamesError error = refusalOf("cat\n\ndog\n");
    EXPECT_EQ(error.problem(), ClassNamesProblem::EmptyName);
    EXPECT_EQ(error.line(), 2);
    EXPECT_NE(std::string(error.what()).find("line 2"), std::string::npos) << error.what();
    EXPECT_EQ(refusalOf("\ncat\ndog\n").line(), 1);    // an empty first line too
    EXPECT_EQ(refusalOf("cat\n   \ndog\n").line(), 2); // spaces are no name either
    // Three names apart by nine blank lines are an empty line, not eleven classes.
    const ClassNamesError spread = refusalOf("cat\n\n\n\n\n\n\n\n\n\ndog\nbird\n");
    EXPECT_EQ(spread.problem(), ClassNamesProblem::EmptyName);
    EXPECT_EQ(spread.line(), 2);
}

TEST(ClassNames, TooFewOrTooManyClassesAreCounted) {
    EXPECT_EQ(refusalOf("").problem(), ClassNamesProblem::TooFew);
    EXPECT_EQ(refusalOf("").count(), 0);
    EXPECT_EQ(refusalOf("only\n").problem(), ClassNamesProblem::TooFew);
    EXPECT_EQ(refusalOf("only\n").count(), 1);
    std::string eleven;
    for (int i = 0; i < 11; ++i) eleven += "class " + std::to_string(i) + "\n";
    EXPECT_EQ(refusalOf(eleven).problem(), ClassNamesProblem::TooMany);
    EXPECT_EQ(refusalOf(eleven).count(), 11);
    EXPECT_NE(std::string(refusalOf(eleven).what()).find("at most 10"), std::string::npos);
    EXPECT_EQ(parseClassesFile("a\nb\n").count(), kMinClasses); // the bounds themselves are allowed
    EXPECT_EQ(ClassNames::digits(kMaxClasses).count(), 10);
}

TEST(ClassNames, ARepeatedNameIsRefusedAtItsSecondLine) {
    const ClassNamesError error = refusalOf("cat\ndog\n cat\n");
    EXPECT_EQ(error.problem(), ClassNamesProblem::Duplicate);
    EXPECT_EQ(error.line(), 3);
    EXPECT_EQ(error.name(), "cat"); // compared after trimming
}

TEST(ClassNames, ANameLongerThanFortyBytesIsRefused) {
    const std::string forty(40, 'x');
    EXPECT_EQ(parseClassesFile(forty + "\nshort\n").name(0), forty);
    const ClassNamesError error = refusalOf("short\n" + forty + "y\n");
    EXPECT_EQ(error.problem(), ClassNamesProblem::NameTooLong);
    EXPECT_EQ(error.line(), 2);
    // Bytes, not characters: 14 three-byte characters are 42 bytes.
    std::string circles;
    for (int i = 0; i < 14; ++i) circles += "○";
    EXPECT_EQ(refusalOf("a\n" + circles + "\n").problem(), ClassNamesProblem::NameTooLong);
}

TEST(ClassNames, ControlCharactersAndBytesThatAreNotUtf8AreNoText) {
    const std::vector<std::string> notText = {
        std::string("a\x01"
                    "b"), // a C0 control
        "a\x7F"
        "b", // DEL
        "a\xC2\x85"
        "b",                    // U+0085, a C1 control
        "caf\xE9",              // Latin-1, not UTF-8
        "\xC0\xAF",             // an overlong '/'
        "\xE0\x80\xAF",         // an overlong '/' in three bytes
        "\xED\xA0\x80",         // a surrogate, U+D800
        "\xF4\x90\x80\x80",     // past U+10FFFF
        "\xE2\x97",             // a sequence cut short
        "a\tb",                 // a tab inside a name
        std::string("a\0b", 3), // a NUL byte
        "\xEF\xBB\xBF"
        "a", // U+FEFF inside the file: an invisible byte order mark
    };
    for (const std::string& name : notText) {
        const ClassNamesError error = refusalOf("fine\n" + name + "\n");
        EXPECT_EQ(error.problem(), ClassNamesProblem::NotText) << name;
        EXPECT_EQ(error.line(), 2) << name;
    }
    // The largest code point, and the last before the surrogates, are text.
    EXPECT_EQ(parseClassesFile("\xF4\x8F\xBF\xBF\n\xED\x9F\xBF\n").count(), 2);
}

TEST(ClassNames, NamesTypedByALearnerAreCheckedTheSameWay) {
    EXPECT_EQ(ClassNames({" circle", "square "}).names(), (std::vector<std::string>{"circle", "square"}));
    try {
        ClassNames({"circle", ""});
        FAIL() << "an empty name was accepted";
    } catch (const ClassNamesError& error) {
        EXPECT_EQ(error.problem(), ClassNamesProblem::EmptyName);
        EXPECT_EQ(error.line(), 2);
    }
}

TEST(ClassNames, NameChecksItsLabel) {
    const ClassNames names = ClassNames::digits(3);
    EXPECT_THROW(static_cast<void>(names.name(3)), std::out_of_range);
    EXPECT_THROW(static_cast<void>(names.name(-1)), std::out_of_range);
}

} // namespace
} // namespace bplab
