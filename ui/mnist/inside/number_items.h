#pragma once

#include <QLocale>
#include <QTableWidgetItem>

#include <cstdint>

namespace bplab::ui {

// A table cell holding a number: right-aligned, so the digits of a column line up.
inline QTableWidgetItem* numberItem(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// A count in the user's locale ("11,154"; "11.154" in German).
inline QTableWidgetItem* countItem(std::int64_t count) {
    return numberItem(QLocale().toString(static_cast<qlonglong>(count)));
}

} // namespace bplab::ui
