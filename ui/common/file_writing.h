#pragma once

#include <QByteArray>
#include <QString>

namespace bplab::ui {

// Writes `bytes` to `path` through QSaveFile (a temporary file, renamed into place on success), so a
// full disk or a bad path leaves any earlier file untouched; a device or pipe (/dev/stdout) is written
// in place. Returns false with "Could not write PATH: cause. What to do." in `error` (see
// writeFailureSentence).
bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error);

// Why writing `path` failed, phrased by its cause with what to do next: a folder that does not
// exist, a folder the user may not write to, a read-only disk, a full disk, or otherwise the
// system's own reason. `errnoValue` is errno right after the failed call (0 when unknown: then
// `otherReason`, e.g. QFileDevice::errorString(), is shown); the missing folder is checked on the
// path itself, since Qt may have made other calls by then.
QString writeFailureSentence(const QString& path, int errnoValue, const QString& otherReason = {});

} // namespace bplab::ui
