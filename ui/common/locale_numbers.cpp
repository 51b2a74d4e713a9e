#include "ui/common/locale_numbers.h"

namespace bplab::ui {

QString withLocaleDecimals(const QString& text, const QLocale& locale) {
    const QString mark = locale.decimalPoint();
    if (mark == QStringLiteral(".")) return text;
    QString result = text;
    for (qsizetype i = 1; i + 1 < result.size(); ++i) {
        if (result[i] == u'.' && result[i - 1].isDigit() && result[i + 1].isDigit()) {
            result.replace(i, 1, mark);
            i += mark.size() - 1;
        }
    }
    return result;
}

QString withLocaleDecimals(const std::string& text, const QLocale& locale) {
    return withLocaleDecimals(QString::fromStdString(text), locale);
}

QString localNumber(double value, int precision) {
    return withLocaleDecimals(QStringLiteral("%1").arg(value, 0, 'g', precision));
}

QString localSignedNumber(double value, int precision) {
    return localNumber(value, precision).replace(QLatin1Char('-'), QChar(0x2212));
}

QString localListSeparator(const QLocale& locale) {
    return locale.decimalPoint() == QStringLiteral(",") ? QStringLiteral("; ") : QStringLiteral(", ");
}

std::optional<double> typedNumber(const QString& text, const QLocale& locale) {
    QLocale strict = locale;
    strict.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    double value = strict.toDouble(text.trimmed(), &ok);
    if (!ok) {
        QLocale c = QLocale::c(); // "0,001" is no thousandth written with groups in English either
        c.setNumberOptions(QLocale::RejectGroupSeparator);
        value = c.toDouble(text.trimmed(), &ok);
    }
    if (!ok) return std::nullopt;
    return value;
}

QString localFixed(double value, int decimals) {
    return withLocaleDecimals(QString::number(value, 'f', decimals));
}

} // namespace bplab::ui
