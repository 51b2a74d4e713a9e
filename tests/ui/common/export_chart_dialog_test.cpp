// The export dialog's labels show their mnemonics as underlines, never as a literal '&'; a refused export
// keeps the dialog open with what the user typed.
#include "ui/common/export_chart_dialog.h"
#include "ui/common/export_flow.h"

#include <QApplication>
#include <QSettings>
#include <QTimer>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

TEST(ExportChartDialog, LabelsWithAMnemonicHaveABuddy) {
    ExportChartDialog dialog(QStringLiteral("/tmp/accuracy.png"), QSize(1200, 800));
    int mnemonicLabels = 0;
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (!label->text().contains(QLatin1Char('&'))) continue;
        ++mnemonicLabels;
        // Without a buddy QLabel draws "&File" as typed; with one, it underlines the F.
        EXPECT_NE(label->buddy(), nullptr) << label->text().toStdString() << " would show a literal '&'";
    }
    EXPECT_EQ(mnemonicLabels, 2);
}

TEST(ExportChartDialog, AltLetterFocusesTheField) {
    ExportChartDialog dialog(QStringLiteral("/tmp/accuracy.png"), QSize(1200, 800));
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    EXPECT_TRUE(qobject_cast<QSpinBox*>(QApplication::focusWidget())) << "Alt+S goes to the size";
    QTest::keyClick(&dialog, Qt::Key_F, Qt::AltModifier);
    EXPECT_TRUE(qobject_cast<QLineEdit*>(QApplication::focusWidget())) << "Alt+F goes to the file";
}

TEST(ExportChartDialog, ARefusedExportKeepsWhatWasTypedAndSaysWhy) {
    ExportChartDialog dialog(QStringLiteral("/tmp/accuracy.png"), QSize(1200, 800));
    QStringList tried;
    dialog.setExporter([&tried](const QString& path, QSize, QString* error) {
        tried << path;
        if (path.startsWith(QStringLiteral("/no/such/folder/"))) {
            *error = QStringLiteral("The folder /no/such/folder does not exist: choose another.");
            return false;
        }
        return true;
    });
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* path = dialog.findChild<QLineEdit*>();
    QPushButton* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    const QString typed = QStringLiteral("/no/such/folder/my loss chart.svg");
    path->selectAll();
    QTest::keyClicks(path, typed);
    dialog.findChildren<QSpinBox*>().first()->setValue(640); // the width typed too
    save->click();

    EXPECT_TRUE(dialog.isVisible()) << "a refusal must not close the dialog";
    EXPECT_EQ(dialog.result(), QDialog::Rejected) << "not accepted yet";
    EXPECT_EQ(path->text(), typed) << "what was typed stays";
    EXPECT_EQ(dialog.imageSize(), QSize(640, 800));
    EXPECT_EQ(dialog.refusal(), QStringLiteral("The folder /no/such/folder does not exist: choose another."));

    // Correct only the folder, as a user would, and save.
    path->setText(QStringLiteral("/tmp/my loss chart.svg"));
    save->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(tried, (QStringList{typed, QStringLiteral("/tmp/my loss chart.svg")}));
}

// The whole flow, as a user meets it: Save with a folder that does not exist, read why, correct the
// folder in the same dialog (what was typed is still there), Save again.
TEST(ExportChartDialog, TheExportFlowKeepsTheDialogOpenAfterARefusal) {
    QSettings().clear();
    const QString typed = QStringLiteral("/no/such/folder/my loss chart.svg");
    const QString corrected = QStringLiteral("/tmp/my loss chart.svg");
    QStringList tried;
    QString pathAfterRefusal, refusalShown;
    bool openAfterRefusal = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ExportChartDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->findChild<QLineEdit*>()->setText(typed);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        QTimer::singleShot(0, [&] {
            auto* again = qobject_cast<ExportChartDialog*>(QApplication::activeModalWidget());
            if (!again) return; // closed: the test fails below on what the flow returned
            openAfterRefusal = true;
            pathAfterRefusal = again->findChild<QLineEdit*>()->text();
            refusalShown = again->refusal();
            again->findChild<QLineEdit*>()->setText(corrected);
            again->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        });
    });
    const QString message = askAndExportChart(
        nullptr, QStringLiteral("loss.png"), [&tried](const QString& path, QSize, QString* error) {
            tried << path;
            if (!path.startsWith(QStringLiteral("/no/such/folder/"))) return true;
            *error = QStringLiteral("The folder does not exist: choose another.");
            return false;
        });
    EXPECT_TRUE(openAfterRefusal) << "the refusal closed the dialog; the flow said: "
                                  << message.toStdString();
    EXPECT_EQ(pathAfterRefusal.toStdString(), typed.toStdString());
    EXPECT_EQ(refusalShown.toStdString(), "The folder does not exist: choose another.");
    EXPECT_EQ(tried.join(QLatin1Char('|')).toStdString(),
              (typed + QLatin1Char('|') + corrected).toStdString());
    EXPECT_EQ(message.toStdString(), QStringLiteral("Chart saved to %1.").arg(corrected).toStdString());
    QSettings().clear();
}

} // namespace
} // namespace bplab::ui
