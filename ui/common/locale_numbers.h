#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace bplab::ui {

// The engines write numbers in the C locale ("0.6065", "1.5e-05"), as files and the command line keep
// them. In the window a number follows the locale instead (0,6065 in German): this turns every decimal
// point that sits between two digits of `text` into the locale's decimal mark. Give it text the engines
// made (a value, a formula with numbers), never a translated sentence, whose "1.000" may be a German
// thousand.
QString withLocaleDecimals(const QString& text, const QLocale& locale = QLocale());
// withLocaleDecimals for the engines' std::string.
QString withLocaleDecimals(const std::string& text, const QLocale& locale = QLocale());

// `value` as QString::arg(double) writes it ("%1", or with `precision` significant digits), with the
// locale's decimal mark: for a number that goes into a sentence or a chart title in the window.
QString localNumber(double value, int precision = -1);
// localNumber with the minus sign (U+2212) the formula bar writes, not a hyphen: "−0,4977".
QString localSignedNumber(double value, int precision = -1);
// `value` with exactly `decimals` digits after the mark (QString::number's 'f'), in the locale's decimal
// mark and without group separators: for a readout whose width should not jump ("0,0123", "12,5 %").
QString localFixed(double value, int decimals);

// What separates numbers in a list in the window: ", ", or "; " where the decimal mark is a comma
// ("0,1; 0,5; 2" in German, where "0,1, 0,5" could not be read).
QString localListSeparator(const QLocale& locale = QLocale());

// A number as a student types it into the window: with the locale's decimal mark ("0,5" in German) or the
// files' point ("0.5", "1e-5"); nothing for any other text. Digit groups are refused, so a German "1.5"
// reads as 1.5, never as fifteen.
std::optional<double> typedNumber(const QString& text, const QLocale& locale = QLocale());

} // namespace bplab::ui
