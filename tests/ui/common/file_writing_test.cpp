// Failed writes are phrased by their cause, with what to do next; the export dialogs start in a folder
// that exists.
#include "ui/common/app_settings.h"
#include "ui/common/file_writing.h"

#include "tests/support/file_faults.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cerrno>

namespace bplab::ui {
namespace {

// A sentence ends with a full stop, however many clauses it has.
void expectSentence(const QString& message) {
    EXPECT_TRUE(message.endsWith(QLatin1Char('.'))) << message.toStdString();
}

TEST(FileWriting, AMissingFolderIsNamedAsSuch) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/accuracy.png"));
    QString error;
    EXPECT_FALSE(writeFileAtomically(path, "png", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("does not exist"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("no-such-folder"))) << error.toStdString();
    EXPECT_FALSE(error.contains(QStringLiteral("disk"))) << "a missing folder is not a disk problem";
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("no-such-folder"))))
        << "nothing is created that the user did not ask for";
    expectSentence(error);
}

TEST(FileWriting, AFullDiskSaysToFreeSpace) {
    // /dev/full accepts the open and fails every write with ENOSPC, as a full disk would. A device is
    // written in place: renaming a temporary file over it (which root may do) would replace the device.
    const QString full = QStringLiteral("/dev/full");
    ASSERT_FALSE(QFileInfo(full).isFile()) << "/dev/full is a plain file: mknod -m 666 /dev/full c 1 7";
    QString error;
    EXPECT_FALSE(writeFileAtomically(full, QByteArray(64 * 1024, 'x'), &error));
    EXPECT_FALSE(QFileInfo(full).isFile()) << "the device was replaced: mknod -m 666 /dev/full c 1 7";
    EXPECT_TRUE(error.contains(QStringLiteral("disk is full"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("Free some disk space"))) << error.toStdString();
    expectSentence(error);
}

TEST(FileWriting, ADiskThatFillsUpPartWayKeepsThePreviousFile) {
    // A small file is buffered and written at commit: the write that runs out of room is the last one.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("epochs.csv"));
    QString error;
    ASSERT_TRUE(writeFileAtomically(path, "epoch,loss\n1,0.5\n", &error)) << error.toStdString();
    {
        testing::FileSizeLimit fillsUp(8);
        EXPECT_FALSE(writeFileAtomically(path, "epoch,loss\n1,0.5\n2,0.25\n", &error));
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), "epoch,loss\n1,0.5\n") << "the previous file was replaced by a short one";
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("epochs.csv")})
        << "the temporary file was left behind";
    EXPECT_TRUE(error.startsWith(QStringLiteral("Could not write %1: ").arg(path))) << error.toStdString();
    expectSentence(error);
}

// Tests run as root, which may write anywhere: the permission cases are phrased from errno directly.
TEST(FileWriting, NoPermissionSaysToChooseAWritableFolder) {
    QTemporaryDir dir;
    const QString error = writeFailureSentence(dir.filePath(QStringLiteral("a.png")), EACCES);
    EXPECT_TRUE(error.contains(QStringLiteral("may not write to the folder %1").arg(dir.path())))
        << error.toStdString();
    EXPECT_FALSE(error.contains(QStringLiteral("disk"))) << error.toStdString();
    expectSentence(error);
    EXPECT_EQ(writeFailureSentence(dir.filePath(QStringLiteral("a.png")), EPERM), error);
}

TEST(FileWriting, EachCauseHasItsOwnSentence) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.csv"));
    EXPECT_TRUE(writeFailureSentence(path, EROFS).contains(QStringLiteral("read-only disk")));
    EXPECT_TRUE(writeFailureSentence(path, EDQUOT).contains(QStringLiteral("disk is full")));
    const QString other = writeFailureSentence(path, EIO);
    EXPECT_TRUE(other.startsWith(QStringLiteral("Could not write %1: ").arg(path))) << other.toStdString();
    EXPECT_TRUE(other.contains(QStringLiteral("Choose another file name or folder."))) << other.toStdString();
    const QString unknown = writeFailureSentence(path, 0, QStringLiteral("Qt's reason"));
    EXPECT_TRUE(unknown.contains(QStringLiteral("Qt's reason. Choose"))) << unknown.toStdString();
    for (int cause : {EACCES, EROFS, ENOSPC, EIO}) expectSentence(writeFailureSentence(path, cause));
}

TEST(FileWriting, WritesAFileAtomically) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.csv"));
    QString error;
    ASSERT_TRUE(writeFileAtomically(path, "a,b\n", &error)) << error.toStdString();
    EXPECT_EQ(QFileInfo(path).size(), 4);
}

TEST(ExportDirectory, ProposesAFolderThatExists) {
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("gone"));
    EXPECT_EQ(firstExistingFolder({missing, dir.path()}), dir.path());
    EXPECT_EQ(firstExistingFolder({missing, QString()}), QDir::homePath());

    AppSettings settings;
    settings.setExportDirectory(dir.path());
    EXPECT_EQ(settings.exportDirectory(), dir.path()) << "the last folder used comes first";
    settings.setExportDirectory(missing);
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    EXPECT_EQ(settings.exportDirectory(), QFileInfo(pictures).isDir() ? pictures : QDir::homePath());
    EXPECT_FALSE(QFileInfo::exists(missing)) << "nothing is created that the user did not ask for";
    QSettings().clear();
}

} // namespace
} // namespace bplab::ui
