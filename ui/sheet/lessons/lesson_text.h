#pragma once

#include "core/sheet/lessons/scenario.h"

#include <QString>

#include <string>

namespace bplab::ui {

// A lesson's text in the window's language. The built-in lessons' English lives in their files
// (resources/lessons/*.json); translations/extract_lesson_texts.py hands each title, explanation and
// suggestion to lupdate under the context "Lesson", and this looks them up. A text with no translation
// (a student's own scenario file) stays as written.
QString lessonText(const std::string& english);

// lessonText with the {placeholders} filled by withMeasurements, numbers in the window's locale
// (0,5 in German) and "none up to …" in its language.
QString lessonTextWithMeasurements(const std::string& english, const Scenario& scenario);

} // namespace bplab::ui
