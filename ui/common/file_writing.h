#pragma once

#include <QByteArray>
#include <QString>

namespace bplab::ui {

// Writes `bytes` to `path` through QSaveFile (a temporary file, renamed into place on success), so a
// full disk or a bad path leaves any earlier file untouched. Returns false with "Could not write
// PATH: reason" in `error`.
bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error);

} // namespace bplab::ui
