#include "ui/common/file_writing.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace bplab::ui {

namespace {
// tr() for this file's functions, under a context that lupdate reads from the macro (a plain helper
// function would hide the strings from it).
struct FileWritingText {
    Q_DECLARE_TR_FUNCTIONS(bplab::ui::FileWriting)
};

QString causeAndAdvice(const QString& folder, int errnoValue, const QString& otherReason) {
    switch (errnoValue) {
    case EACCES:
    case EPERM:
        return FileWritingText::tr(
                   "you may not write to the folder %1. Choose a folder you can write to, such as your "
                   "home folder.")
            .arg(folder);
    case EROFS:
        return FileWritingText::tr("the folder %1 is on a read-only disk. Choose a folder on another disk.")
            .arg(folder);
    case ENOSPC:
    case EDQUOT:
        return FileWritingText::tr(
            "the disk is full. Free some disk space, or choose a folder on another disk.");
    default:
        return FileWritingText::tr("%1. Choose another file name or folder.")
            .arg(errnoValue != 0 ? QString::fromLocal8Bit(std::strerror(errnoValue)) : otherReason);
    }
}
} // namespace

QString writeFailureSentence(const QString& path, int errnoValue, const QString& otherReason) {
    const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    const QString cause =
        QFileInfo(folder).isDir()
            ? causeAndAdvice(folder, errnoValue, otherReason)
            : FileWritingText::tr("the folder %1 does not exist. Choose a folder that exists.").arg(folder);
    return FileWritingText::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), cause);
}

namespace {
// A device or a pipe (/dev/stdout, a FIFO) is written in place: QSaveFile would write a temporary file
// beside it and, where it may (as root), rename that over the device, replacing it with a plain file.
bool isSpecialFile(const QString& path) {
    const QFileInfo info(path);
    return info.exists() && !info.isFile() && !info.isDir();
}

// Opens `file`, writes `bytes` and ends with `finish` (QSaveFile::commit, QFile::flush); on failure,
// the sentence of its cause in `error`.
template <typename File, typename Finish>
bool writeThrough(File& file, Finish finish, const QByteArray& bytes, QString* error) {
    errno = 0;
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && finish(file)) return true;
    const int cause = errno; // before anything else can overwrite it
    if (error) *error = writeFailureSentence(file.fileName(), cause, file.errorString());
    return false;
}
} // namespace

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error) {
    if (isSpecialFile(path)) {
        QFile file(path);
        return writeThrough(
            file, [](QFile& f) { return f.flush(); }, bytes, error);
    }
    QSaveFile file(path);
    return writeThrough(
        file,
        [](QSaveFile& f) {
            // Qt 6.4's commit() ignores a failed final flush (a disk that fills up part-way) and
            // renames the short file into place: flush first, and on failure drop the temporary file.
            if (f.flush()) return f.commit();
            const int cause = errno;
            f.cancelWriting();
            f.commit(); // only removes the temporary file now
            errno = cause;
            return false;
        },
        bytes, error);
}

} // namespace bplab::ui
