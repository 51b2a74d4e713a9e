// Choosing a UTF-8 character locale before Qt starts (app/utf8_locale.h): the choice from given
// environments against a made-up set of installed locales, then the real thing in a child process,
// which starts its locale the way QCoreApplication does.
#include "app/utf8_locale.h"

#include <gtest/gtest.h>

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <langinfo.h>

namespace bplab::app {

// Readable failures: "LC_CTYPE=C.UTF-8" rather than bytes.
void PrintTo(const EnvironmentChange& change, std::ostream* out) {
    *out << change.name << '=' << change.value;
}

namespace {

using Changes = std::vector<EnvironmentChange>;

// The locales of a Debian system with German added: C and POSIX in ASCII, C.UTF-8, German in
// Latin-1, in Latin-9 (the old "@euro") and in UTF-8. Any other name is not installed.
std::optional<std::string> debianCodeset(const std::string& name) {
    static const std::map<std::string, std::string> installed = {
        {"C", "ANSI_X3.4-1968"}, {"POSIX", "ANSI_X3.4-1968"},        {"C.UTF-8", "UTF-8"},
        {"C.utf8", "UTF-8"},     {"de_DE.ISO-8859-1", "ISO-8859-1"}, {"de_DE.UTF-8", "UTF-8"},
        {"de_DE.utf8", "UTF-8"}, {"de_DE@euro", "ISO-8859-15"}};
    const auto found = installed.find(name);
    if (found == installed.end()) return std::nullopt;
    return found->second;
}

Changes changesFor(const LocaleEnvironment& environment) {
    return utf8CharacterLocaleChanges(environment, debianCodeset);
}

// `environment` with `changes` made, as setenv/unsetenv would.
LocaleEnvironment applied(LocaleEnvironment environment, const Changes& changes) {
    for (const EnvironmentChange& change : changes) {
        if (change.value.empty())
            environment.erase(change.name);
        else
            environment[change.name] = change.value;
    }
    return environment;
}

const char* const kOtherCategories[] = {"LC_NUMERIC",   "LC_TIME",        "LC_COLLATE",       "LC_MONETARY",
                                        "LC_MESSAGES",  "LC_PAPER",       "LC_NAME",          "LC_ADDRESS",
                                        "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"};

TEST(Utf8Locale, TheCLibraryReadsLcAllThenTheCategoryThenLang) {
    EXPECT_EQ(localeNameFor("LC_CTYPE", {}), "C");
    EXPECT_EQ(localeNameFor("LC_CTYPE", {{"LANG", "de_DE.UTF-8"}}), "de_DE.UTF-8");
    EXPECT_EQ(localeNameFor("LC_CTYPE", {{"LANG", "de_DE.UTF-8"}, {"LC_CTYPE", "C"}}), "C");
    EXPECT_EQ(localeNameFor("LC_CTYPE", {{"LC_ALL", "POSIX"}, {"LC_CTYPE", "C.UTF-8"}}), "POSIX");
    EXPECT_EQ(localeNameFor("LC_CTYPE", {{"LC_ALL", ""}, {"LC_CTYPE", ""}, {"LANG", "C.UTF-8"}}), "C.UTF-8")
        << "an empty variable counts as unset";
}

TEST(Utf8Locale, NoLocaleAtAllGetsCUtf8CharactersOnly) {
    EXPECT_EQ(changesFor({}), (Changes{{"LC_CTYPE", "C.UTF-8"}}));
    EXPECT_EQ(changesFor({{"LANG", "C"}}), (Changes{{"LC_CTYPE", "C.UTF-8"}}));
    EXPECT_EQ(changesFor({{"LANG", "POSIX"}}), (Changes{{"LC_CTYPE", "C.UTF-8"}}))
        << "POSIX.UTF-8 does not exist";
    EXPECT_EQ(changesFor({{"LANG", "de_DE.UTF-8"}, {"LC_CTYPE", "C"}}), (Changes{{"LC_CTYPE", "C.UTF-8"}}));
}

TEST(Utf8Locale, AUtf8EnvironmentIsLeftAlone) {
    EXPECT_TRUE(changesFor({{"LANG", "C.UTF-8"}}).empty());
    EXPECT_TRUE(changesFor({{"LANG", "de_DE.utf8"}, {"LC_NUMERIC", "C"}}).empty());
    EXPECT_TRUE(changesFor({{"LC_ALL", "de_DE.UTF-8"}}).empty());
}

TEST(Utf8Locale, ALatin1LanguageKeepsItsLanguageInUtf8) {
    // As Qt does: "de_DE.ISO-8859-1" without its encoding, plus ".UTF-8".
    EXPECT_EQ(changesFor({{"LANG", "de_DE.ISO-8859-1"}}), (Changes{{"LC_CTYPE", "de_DE.UTF-8"}}));
    EXPECT_EQ(changesFor({{"LANG", "de_DE@euro"}}), (Changes{{"LC_CTYPE", "de_DE.UTF-8"}}));
}

TEST(Utf8Locale, LcAllIsSpelledOutSoThatOnlyTheCharacterTypeChanges) {
    const LocaleEnvironment before = {
        {"LC_ALL", "C"}, {"LC_NUMERIC", "de_DE.UTF-8"}, {"LANG", "de_DE.UTF-8"}};
    const LocaleEnvironment after = applied(before, changesFor(before));
    EXPECT_EQ(after.count("LC_ALL"), 0u);
    EXPECT_EQ(localeNameFor("LC_CTYPE", after), "C.UTF-8");
    for (const char* category : kOtherCategories) {
        EXPECT_EQ(localeNameFor(category, after), "C") << category << " keeps LC_ALL's C (numbers too)";
    }
}

TEST(Utf8Locale, ALocaleThatIsNotInstalledLeavesCEverywhereWithUtf8Characters) {
    // The C library refuses LANG=en_US.UTF-8 when it is not installed (a container without locales)
    // and runs in C: the numbers stay C, the characters become UTF-8.
    const LocaleEnvironment before = {{"LANG", "en_US.UTF-8"}};
    const LocaleEnvironment after = applied(before, changesFor(before));
    EXPECT_EQ(localeNameFor("LC_CTYPE", after), "C.UTF-8");
    for (const char* category : kOtherCategories) EXPECT_EQ(localeNameFor(category, after), "C") << category;
}

TEST(Utf8Locale, WithoutAnyUtf8LocaleNothingChanges) {
    const auto asciiOnly = [](const std::string& name) -> std::optional<std::string> {
        if (name == "C" || name == "POSIX") return std::string("ANSI_X3.4-1968");
        return std::nullopt;
    };
    EXPECT_TRUE(utf8CharacterLocaleChanges({}, asciiOnly).empty()) << "Qt then says why itself";
}

TEST(Utf8Locale, TheCLibraryKnowsCAndCUtf8) {
    EXPECT_EQ(installedCodeset("C"), std::optional<std::string>("ANSI_X3.4-1968"));
    EXPECT_EQ(installedCodeset("C.UTF-8"), std::optional<std::string>("UTF-8"));
    EXPECT_EQ(installedCodeset("xx_NOWHERE.UTF-8"), std::nullopt);
}

// In a child process whose environment names no locale (or "C" through LC_ALL or LANG): after the
// selection, setlocale(LC_ALL, "") — the first thing QCoreApplication does — gives UTF-8 characters
// and C numbers. Exits 0 when it does, and says what it found.
[[noreturn]] void startLikeQtIn(const char* variable, const char* value) {
    for (const char* name : {"LC_ALL", "LANG", "LANGUAGE", "LC_CTYPE"}) unsetenv(name);
    for (const char* name : kOtherCategories) unsetenv(name);
    if (variable) setenv(variable, value, 1);
    selectUtf8CharacterLocale();
    std::setlocale(LC_ALL, "");
    const std::string codeset = nl_langinfo(CODESET);
    const std::string numeric = std::setlocale(LC_NUMERIC, nullptr);
    const std::string point = std::localeconv()->decimal_point;
    std::fprintf(stderr, "codeset %s, numbers %s with '%s'\n", codeset.c_str(), numeric.c_str(),
                 point.c_str());
    std::exit(codeset == "UTF-8" && numeric == "C" && point == "." ? 0 : 1);
}

TEST(Utf8Locale, QtStartsWithUtf8CharactersAndCNumbers) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(startLikeQtIn(nullptr, nullptr), ::testing::ExitedWithCode(0), "codeset UTF-8, numbers C");
    EXPECT_EXIT(startLikeQtIn("LANG", "C"), ::testing::ExitedWithCode(0), "codeset UTF-8, numbers C");
    EXPECT_EXIT(startLikeQtIn("LANG", "POSIX"), ::testing::ExitedWithCode(0), "codeset UTF-8, numbers C");
    EXPECT_EXIT(startLikeQtIn("LC_ALL", "C"), ::testing::ExitedWithCode(0), "codeset UTF-8, numbers C");
}

} // namespace
} // namespace bplab::app
