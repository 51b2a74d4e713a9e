// *File › Export as spreadsheet…* (Ctrl+Shift+X) of the sheet tab (issue 22): it writes the sheet that is
// shown, the seed's or the own network's, with the same bytes as `sheet … --xlsx` (the exportSeedWorkbook
// and exportNetworkWorkbook it shares with the command line); it stays on with an own network shown; a
// missing or read-only folder or a full disk gets a sentence and leaves no half-written file, and the
// temporary folder the workbook is built in is gone afterwards.
#include "tests/support/file_faults.h"
#include "tests/ui/sheet/own_network_tab_fixture.h"

#include "ui/sheet/exports/sheet_exports.h"
#include "ui/sheet/exports/sheet_workbook_export.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QKeySequence>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>

#include <optional>

namespace bplab::ui {
namespace {

// While alive, the environment variable `name` is `value`; then as it was (set or not) before.
class ScopedEnvironmentVariable {
public:
    ScopedEnvironmentVariable(const char* name, const QByteArray& value)
        : m_name(name) {
        if (qEnvironmentVariableIsSet(name)) m_previous = qgetenv(name);
        qputenv(name, value);
    }
    ~ScopedEnvironmentVariable() {
        if (m_previous)
            qputenv(m_name, *m_previous);
        else
            qunsetenv(m_name);
    }
    ScopedEnvironmentVariable(const ScopedEnvironmentVariable&) = delete;
    ScopedEnvironmentVariable& operator=(const ScopedEnvironmentVariable&) = delete;

private:
    const char* m_name;
    std::optional<QByteArray> m_previous;
};

QByteArray contents(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

QStringList entriesOf(const QString& folder) {
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// UX.md, "Errors are sentences": a capital first, a full stop last.
void expectSentence(const QString& error) {
    ASSERT_FALSE(error.isEmpty());
    EXPECT_TRUE(error.front().isUpper()) << error.toStdString();
    EXPECT_TRUE(error.endsWith(QLatin1Char('.'))) << error.toStdString();
}

// The tab, with exports going to out/ and the temporary folder (TMPDIR, which QDir::tempPath() reads on
// every call) a fresh tmp/ of its own: whatever the export leaves there, this test left, even while other
// test programs use the system's temporary folder.
class SheetWorkbookExportTest : public OwnNetworkTabTest {
protected:
    void SetUp() override {
        OwnNetworkTabTest::SetUp();
        ASSERT_TRUE(m_root.isValid());
        ASSERT_TRUE(QDir(m_root.path()).mkpath(QStringLiteral("out")));
        ASSERT_TRUE(QDir(m_root.path()).mkpath(QStringLiteral("tmp")));
        m_temporaryFolder.emplace("TMPDIR", QFile::encodeName(temporaryFolder()));
        ASSERT_EQ(QDir(QDir::tempPath()).canonicalPath(), QDir(temporaryFolder()).canonicalPath());
    }
    void TearDown() override {
        m_temporaryFolder.reset();
        OwnNetworkTabTest::TearDown();
    }

    QString outFolder() const { return m_root.filePath(QStringLiteral("out")); }
    QString temporaryFolder() const { return m_root.filePath(QStringLiteral("tmp")); }
    QString outPath(const QString& name) const { return QDir(outFolder()).filePath(name); }
    void expectTemporaryFolderCleaned() const {
        EXPECT_EQ(entriesOf(temporaryFolder()).join(QStringLiteral(", ")).toStdString(), "")
            << "left in the temporary folder";
    }

private:
    QTemporaryDir m_root;
    std::optional<ScopedEnvironmentVariable> m_temporaryFolder;
};

TEST_F(SheetWorkbookExportTest, WritesTheShownSheetWithTheBytesTheCommandLineWrites) {
    // A fixed creation time, as a reproducible build sets it: the same run gives the same bytes.
    const ScopedEnvironmentVariable fixedTime("SOURCE_DATE_EPOCH", "1700000000");
    QString error;

    // The seed shown: the tab's file is exportSeedWorkbook's of the same sheet.
    ASSERT_FALSE(document()->showsOwnNetwork());
    ASSERT_TRUE(tab->exportWorkbook(outPath(QStringLiteral("tab-seed.xlsx")), &error)) << error.toStdString();
    ASSERT_TRUE(exportSeedWorkbook(document()->sheet(), outPath(QStringLiteral("seed.xlsx")), &error))
        << error.toStdString();
    const QByteArray seed = contents(outPath(QStringLiteral("tab-seed.xlsx")));
    EXPECT_TRUE(seed.startsWith("PK\x03\x04"));                          // a zip, as every .xlsx is
    EXPECT_TRUE(seed == contents(outPath(QStringLiteral("seed.xlsx")))); // (a diff of zips says nothing)

    // The own network shown: exportNetworkWorkbook's of the shown network, not the hidden seed's.
    pickOwnNetwork();
    ASSERT_TRUE(tab->exportWorkbook(outPath(QStringLiteral("tab-own.xlsx")), &error)) << error.toStdString();
    ASSERT_TRUE(exportNetworkWorkbook(network(), outPath(QStringLiteral("own.xlsx")), &error))
        << error.toStdString();
    const QByteArray own = contents(outPath(QStringLiteral("tab-own.xlsx")));
    EXPECT_TRUE(own == contents(outPath(QStringLiteral("own.xlsx"))));
    EXPECT_TRUE(own != seed);
    expectTemporaryFolderCleaned();
}

TEST_F(SheetWorkbookExportTest, TheActionIsInTheFileMenuWithItsShortcutAndStaysOnForAnOwnNetwork) {
    QAction* action = tab->exportWorkbookAction();
    ASSERT_NE(action, nullptr);
    QList<QAction*> fileMenu;
    for (const QList<QAction*>& section : tab->fileSections()) fileMenu += section;
    EXPECT_TRUE(fileMenu.contains(action));
    EXPECT_TRUE(tab->sheetActions().contains(action)); // so a running Play or lesson switches it off too
    EXPECT_TRUE(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)));
    EXPECT_TRUE(action->isEnabled());

    // It writes whichever sheet is shown.
    pickOwnNetwork();
    EXPECT_TRUE(action->isEnabled());
    pickSeedSheet();
    EXPECT_TRUE(action->isEnabled());
}

TEST_F(SheetWorkbookExportTest, AFolderThatDoesNotExistIsNamedAndNothingIsCreated) {
    const QString missing = QDir(outFolder()).filePath(QStringLiteral("no-such-folder"));
    const QString path = QDir(missing).filePath(QStringLiteral("sheet.xlsx"));
    QString error;
    EXPECT_FALSE(tab->exportWorkbook(path, &error));
    expectSentence(error);
    EXPECT_TRUE(error.startsWith(QStringLiteral("Could not write %1: ").arg(QDir::toNativeSeparators(path))))
        << error.toStdString();
    EXPECT_TRUE(
        error.contains(QStringLiteral("the folder %1 does not exist").arg(QDir::toNativeSeparators(missing))))
        << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(missing));
    EXPECT_EQ(entriesOf(outFolder()).join(QStringLiteral(", ")).toStdString(), "");
    expectTemporaryFolderCleaned();
}

TEST_F(SheetWorkbookExportTest, AReadOnlyFolderGetsASentenceAndNoFile) {
    pickOwnNetwork(); // the network path, as the seed's ends in the same writeFileAtomically
    const QString path = outPath(QStringLiteral("sheet.xlsx"));
    QString error;
    {
        const testing::ReadOnlyFolder readOnly(outFolder().toStdString());
        EXPECT_FALSE(tab->exportWorkbook(path, &error));
    }
    expectSentence(error);
    EXPECT_TRUE(error.contains(
        QStringLiteral("you may not write to the folder %1").arg(QDir::toNativeSeparators(outFolder()))))
        << error.toStdString();
    EXPECT_EQ(entriesOf(outFolder()).join(QStringLiteral(", ")).toStdString(), "");
    expectTemporaryFolderCleaned();
}

TEST_F(SheetWorkbookExportTest, AFullDiskKeepsTheEarlierFileAndSaysToFreeSpace) {
    const QString path = outPath(QStringLiteral("sheet.xlsx"));
    QString error;
    ASSERT_TRUE(tab->exportWorkbook(path, &error)) << error.toStdString();
    const qint64 workbookSize = QFileInfo(path).size();
    ASSERT_GT(workbookSize, 2048); // the seed's 100 rows of formulas, zipped: several kilobytes
    const QByteArray earlier("an earlier export, to be kept");
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(earlier);
    }
    {
        // No file may grow past 1 KiB: the workbook is larger, so its writing fails part-way, as on a
        // disk that fills up. (The limit is the process's: it trips the build in the temporary folder
        // before the move into place, which the /dev/full test below reaches.)
        const testing::FileSizeLimit diskFillsUp(1024);
        EXPECT_FALSE(tab->exportWorkbook(path, &error));
    }
    expectSentence(error);
    EXPECT_TRUE(error.contains(QStringLiteral("disk space"))) << error.toStdString();
    EXPECT_EQ(contents(path), earlier);
    EXPECT_EQ(entriesOf(outFolder()).join(QStringLiteral(", ")).toStdString(),
              "sheet.xlsx"); // nothing beside
    expectTemporaryFolderCleaned();
}

TEST_F(SheetWorkbookExportTest, AFullDiskAtTheLastWriteSaysSo) {
    // The workbook is built, then its write to the chosen file fails with ENOSPC (/dev/full).
    const std::filesystem::path full = testing::linkToFullDevice(outFolder().toStdString(), "sheet.xlsx");
    QString error;
    EXPECT_FALSE(tab->exportWorkbook(QString::fromStdString(full.string()), &error));
    expectSentence(error);
    EXPECT_TRUE(error.contains(QStringLiteral("the disk is full"))) << error.toStdString();
    EXPECT_TRUE(testing::fullDeviceIsIntact());
    EXPECT_TRUE(std::filesystem::is_symlink(full));
    expectTemporaryFolderCleaned();
}

} // namespace
} // namespace bplab::ui

namespace bplab::ui {
namespace {

// The menu's path: a copy of the shown sheet written in a worker thread behind a progress dialog.
// It gives the bytes of the synchronous export.
TEST_F(SheetWorkbookExportTest, TheMenuWritesInTheBackgroundTheSameBytes) {
    const ScopedEnvironmentVariable fixedTime("SOURCE_DATE_EPOCH", "1700000000");
    auto* exports = tab->findChild<SheetExports*>();
    ASSERT_NE(exports, nullptr);
    pickOwnNetwork();
    QString error;
    ASSERT_TRUE(exports->exportWorkbookInBackground(outPath(QStringLiteral("background.xlsx")), &error))
        << error.toStdString();
    ASSERT_TRUE(exports->exportWorkbook(outPath(QStringLiteral("direct.xlsx")), &error))
        << error.toStdString();
    EXPECT_TRUE(contents(outPath(QStringLiteral("background.xlsx"))) ==
                contents(outPath(QStringLiteral("direct.xlsx"))));
    expectTemporaryFolderCleaned();
}

// A long run (100,000 rows: tens of seconds) shows the progress dialog; Cancel ends the export soon,
// with a sentence, and nothing is written. The dialog stays, saying "Cancelling…", until the worker has
// stopped, and the menu item cannot start a second export meanwhile.
TEST_F(SheetWorkbookExportTest, CancelInTheProgressDialogWritesNothing) {
    ASSERT_TRUE(document()->setIterationLimit(100000));
    document()->runToEnd();
    ASSERT_EQ(document()->sheet().rowCount(), 100000);
    auto* exports = tab->findChild<SheetExports*>();
    ASSERT_NE(exports, nullptr);
    bool sawDialog = false, clicked = false, stayedAfterCancel = false, itemDisabled = true;
    QTimer cancelSoon;
    cancelSoon.setInterval(50);
    QObject::connect(&cancelSoon, &QTimer::timeout, [&, exports] {
        itemDisabled = itemDisabled && !exports->exportWorkbookAction()->isEnabled();
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<QProgressDialog*>(widget);
            if (!dialog || !dialog->isVisible()) continue;
            sawDialog = true;
            if (clicked) continue;
            auto* cancel = dialog->findChild<QPushButton*>();
            ASSERT_NE(cancel, nullptr);
            cancel->click();
            clicked = true;
            stayedAfterCancel = dialog->isVisible() && dialog->labelText() == QStringLiteral("Cancelling…");
        }
    });
    cancelSoon.start();
    QElapsedTimer clock;
    clock.start();
    QString error;
    const QString path = outPath(QStringLiteral("cancelled.xlsx"));
    EXPECT_FALSE(exports->exportWorkbookInBackground(path, &error));
    cancelSoon.stop();
    EXPECT_TRUE(sawDialog);
    EXPECT_TRUE(stayedAfterCancel) << "the dialog says Cancelling… until the worker stops";
    EXPECT_TRUE(itemDisabled) << "no second export while one runs";
    EXPECT_TRUE(exports->exportWorkbookAction()->isEnabled()) << "and the item is back after it";
    EXPECT_EQ(error, QStringLiteral("Export cancelled: nothing was written."));
    EXPECT_FALSE(QFile::exists(path));
    expectTemporaryFolderCleaned();
}

// A Cancel that comes after the last row (while the file is compressed) writes nothing either: an
// earlier file at the path keeps its bytes.
TEST_F(SheetWorkbookExportTest, ACancelAfterTheLastRowStillWritesNothing) {
    const QString path = outPath(QStringLiteral("kept.xlsx"));
    {
        QFile earlier(path);
        ASSERT_TRUE(earlier.open(QIODevice::WriteOnly));
        earlier.write("earlier");
    }
    const int rows = document()->sheet().rowCount();
    // Goes on through every row and the writer's last report (all rows written), and says stop when
    // asked again after that: the compressing phase, the way the progress dialog's Cancel arrives there.
    int reportsOfAllRows = 0;
    const WorkbookProgress progress = [&reportsOfAllRows, rows](int written) {
        if (written >= rows) ++reportsOfAllRows;
        return reportsOfAllRows < 2;
    };
    QString error;
    EXPECT_FALSE(exportSeedWorkbook(document()->sheet(), path, &error, progress));
    EXPECT_EQ(error, QStringLiteral("Export cancelled: nothing was written."));
    EXPECT_EQ(reportsOfAllRows, 2);
    EXPECT_EQ(contents(path), QByteArray("earlier"));
    expectTemporaryFolderCleaned();
}

} // namespace
} // namespace bplab::ui
