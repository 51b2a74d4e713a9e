#include "app/utf8_locale.h"

#include <algorithm>
#include <clocale>
#include <cstdlib>
#include <iterator>

#include <langinfo.h>
#include <strings.h>

namespace bplab::app {

namespace {

const char* const kCharacterType = "LC_CTYPE";

// Every category that LC_ALL stands for, as glibc names them.
const char* const kCategories[] = {"LC_CTYPE",    "LC_NUMERIC",   "LC_TIME",        "LC_COLLATE",
                                   "LC_MONETARY", "LC_MESSAGES",  "LC_PAPER",       "LC_NAME",
                                   "LC_ADDRESS",  "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"};

std::string valueOf(const LocaleEnvironment& environment, const std::string& name) {
    const auto found = environment.find(name);
    return found == environment.end() ? std::string() : found->second;
}

// Both spellings glibc uses, case-insensitive, as Qt compares them.
bool isUtf8(const std::optional<std::string>& codeset) {
    return codeset &&
           (strcasecmp(codeset->c_str(), "UTF-8") == 0 || strcasecmp(codeset->c_str(), "utf8") == 0);
}

// The UTF-8 locale Qt would switch to from `current`: the same language ("de_DE.ISO-8859-1@euro" →
// "de_DE.UTF-8"), else C.UTF-8 under either of its names; nothing when none is installed.
std::optional<std::string> utf8Counterpart(const std::string& current, const CodesetLookup& codesetOf) {
    const std::string language = current.substr(0, current.find_first_of(".@"));
    for (const std::string& candidate :
         {language + ".UTF-8", std::string("C.UTF-8"), std::string("C.utf8")}) {
        if (isUtf8(codesetOf(candidate))) return candidate;
    }
    return std::nullopt;
}

// What the C library gives each category (Qt's setlocale(LC_ALL, "")): the environment's locales,
// or "C" for all of them when one is not installed, since it then refuses the environment as a whole
// (a container with LANG=en_US.UTF-8 but no locales).
std::map<std::string, std::string> categoriesAsLoaded(const LocaleEnvironment& environment,
                                                      const CodesetLookup& codesetOf) {
    std::map<std::string, std::string> loaded;
    for (const char* category : kCategories) {
        const std::string name = localeNameFor(category, environment);
        if (!codesetOf(name)) {
            for (const char* each : kCategories) loaded[each] = "C";
            return loaded;
        }
        loaded[category] = name;
    }
    return loaded;
}

} // namespace

std::string localeNameFor(const std::string& category, const LocaleEnvironment& environment) {
    for (const std::string& variable : {std::string("LC_ALL"), category, std::string("LANG")}) {
        std::string value = valueOf(environment, variable);
        if (!value.empty()) return value;
    }
    return "C";
}

std::vector<EnvironmentChange> utf8CharacterLocaleChanges(const LocaleEnvironment& environment,
                                                          const CodesetLookup& codesetOf) {
    std::map<std::string, std::string> wanted = categoriesAsLoaded(environment, codesetOf);
    if (!isUtf8(codesetOf(wanted[kCharacterType]))) {
        const std::optional<std::string> utf8 = utf8Counterpart(wanted[kCharacterType], codesetOf);
        if (!utf8) return {};
        wanted[kCharacterType] = *utf8;
    }
    const auto differs = [&](const char* category) {
        return wanted[category] != localeNameFor(category, environment);
    };
    if (std::none_of(std::begin(kCategories), std::end(kCategories), differs)) return {};
    // LC_ALL would override any single category: spell its value out per category instead.
    const bool overridesAll = !valueOf(environment, "LC_ALL").empty();
    std::vector<EnvironmentChange> changes;
    if (overridesAll) changes.push_back({"LC_ALL", ""});
    for (const char* category : kCategories) {
        if (overridesAll || differs(category)) changes.push_back({category, wanted[category]});
    }
    return changes;
}

std::optional<std::string> installedCodeset(const std::string& localeName) {
    // newlocale() loads a locale object of its own: the process's locale, which Qt sets later, is
    // left alone.
    const locale_t locale = newlocale(LC_ALL_MASK, localeName.c_str(), static_cast<locale_t>(nullptr));
    if (locale == static_cast<locale_t>(nullptr)) return std::nullopt;
    std::string codeset = nl_langinfo_l(CODESET, locale);
    freelocale(locale);
    return codeset;
}

void selectUtf8CharacterLocale() {
    LocaleEnvironment environment;
    for (const char* variable : {"LC_ALL", "LANG"}) {
        if (const char* value = std::getenv(variable)) environment[variable] = value;
    }
    for (const char* category : kCategories) {
        if (const char* value = std::getenv(category)) environment[category] = value;
    }
    for (const EnvironmentChange& change : utf8CharacterLocaleChanges(environment, installedCodeset)) {
        if (change.value.empty())
            unsetenv(change.name.c_str());
        else
            setenv(change.name.c_str(), change.value.c_str(), /*overwrite=*/1);
    }
}

} // namespace bplab::app
