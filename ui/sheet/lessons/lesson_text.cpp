#include "ui/sheet/lessons/lesson_text.h"

#include "core/sheet/sheet_cells.h"
#include "ui/common/core_text.h"
#include "ui/common/locale_numbers.h"

#include <QCoreApplication>

namespace bplab::ui {

QString lessonText(const std::string& english) { return coreText("Lesson", english); }

QString lessonTextWithMeasurements(const std::string& english, const Scenario& scenario) {
    MeasurementWords words;
    words.number = [](double value) { return withLocaleDecimals(formatShort(value)).toStdString(); };
    words.noneUpTo = [](double rate) {
        return QCoreApplication::translate("Lesson", "none up to %1")
            .arg(withLocaleDecimals(formatShort(rate)))
            .toStdString();
    };
    return QString::fromStdString(withMeasurements(lessonText(english).toStdString(), scenario, words));
}

} // namespace bplab::ui
