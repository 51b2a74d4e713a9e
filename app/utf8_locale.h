#pragma once

// Qt needs a UTF-8 character type locale (LC_CTYPE). From 6.5 on, when the environment gives none (no
// LANG at all, as in a bare container, cron or an SSH session without locale; or "C"/"POSIX"), Qt
// switches to C.UTF-8 by itself but first writes four lines about it to standard error, so every
// message of the command line would begin with that notice. Choosing the same UTF-8 locale through the
// environment before Qt starts lets Qt find it already there, silently. Only the character type
// changes: numbers (LC_NUMERIC) and every other category stay as the environment sets them.
// Plain C++ with no Qt, so that it can run before any Qt object exists.

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bplab::app {

// The locale variables of an environment: name → value (absent and empty both mean unset).
using LocaleEnvironment = std::map<std::string, std::string>;

// The character encoding ("UTF-8", "ANSI_X3.4-1968", …) of an installed locale, or nothing when no
// locale of that name is installed.
using CodesetLookup = std::function<std::optional<std::string>(const std::string& localeName)>;

// One change to the environment: set `name` to `value`, or remove it when `value` is empty.
struct EnvironmentChange {
    std::string name;
    std::string value;
    bool operator==(const EnvironmentChange& other) const {
        return name == other.name && value == other.value;
    }
};

// The locale the C library gives `category` ("LC_CTYPE", "LC_NUMERIC", …) from `environment`:
// LC_ALL, else the category's own variable, else LANG, else "C" (the first that is not empty).
std::string localeNameFor(const std::string& category, const LocaleEnvironment& environment);

// The changes that make the environment's character type locale UTF-8, the one Qt would switch to
// (the same language with ".UTF-8", else C.UTF-8), leaving every other category as it resolved before;
// none when it already is UTF-8, or when no UTF-8 locale is installed (Qt then explains that itself).
std::vector<EnvironmentChange> utf8CharacterLocaleChanges(const LocaleEnvironment& environment,
                                                          const CodesetLookup& codesetOf);

// The codeset of an installed locale, asked of the C library without changing this process's locale.
std::optional<std::string> installedCodeset(const std::string& localeName);

// Applies utf8CharacterLocaleChanges to this process's environment. Call first thing in main(),
// before any Qt object exists: QCoreApplication reads the locale from the environment when it starts.
void selectUtf8CharacterLocale();

} // namespace bplab::app
