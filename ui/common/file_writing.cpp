#include "ui/common/file_writing.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace bplab::ui {

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit()) return true;
    if (error)
        *error = QCoreApplication::translate("FileWriting", "Could not write %1: %2")
                     .arg(path, file.errorString());
    return false;
}

} // namespace bplab::ui
