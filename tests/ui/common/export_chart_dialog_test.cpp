// The export dialog's labels show their mnemonics as underlines, never as a literal '&'; a refused export
// keeps the dialog open with what the user typed.
#include "ui/common/app_settings.h"
#include "ui/common/app_theme.h"
#include "ui/common/export_chart_dialog.h"
#include "ui/common/export_flow.h"
#include "ui/common/picture_look.h"

#include <QApplication>
#include <QSettings>
#include <QTimer>

#include <QCheckBox>
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

// The dialog's "window's colours" box: off at first (pictures keep the light look), and while an
// export runs with it on, the window's pictures take the window's palette; the choice is remembered
// for the next export, and the look ends with the export.
TEST(ExportChartDialog, TheWindowsColoursAreUsedOnlyWhenAskedAndRemembered) {
    QSettings().clear();
    QWidget window;
    window.setPalette(darkPalette());
    auto* chartStandIn = new QWidget(&window);
    const QColor darkBase = darkPalette().color(QPalette::Base);
    const auto exportOnce = [&](bool tick) {
        bool startedTicked = true;
        QTimer::singleShot(0, [&] {
            auto* dialog = qobject_cast<ExportChartDialog*>(QApplication::activeModalWidget());
            ASSERT_NE(dialog, nullptr);
            auto* box = dialog->findChild<QCheckBox*>();
            ASSERT_NE(box, nullptr);
            startedTicked = box->isChecked();
            if (tick) box->setChecked(true);
            dialog->findChild<QLineEdit*>()->setText(QStringLiteral("/tmp/look.png"));
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        });
        QColor baseDuringExport;
        askAndExportChart(chartStandIn, QStringLiteral("look.png"), [&](const QString&, QSize, QString*) {
            baseDuringExport = picturePalette(chartStandIn).color(QPalette::Base);
            return true;
        });
        return std::make_pair(startedTicked, baseDuringExport);
    };

    const auto [firstTicked, firstBase] = exportOnce(false);
    EXPECT_FALSE(firstTicked) << "the light look is the default";
    EXPECT_EQ(firstBase, lightPalette().color(QPalette::Base));
    EXPECT_FALSE(AppSettings().exportInWindowColours());

    const auto [secondTicked, secondBase] = exportOnce(true);
    EXPECT_FALSE(secondTicked);
    EXPECT_EQ(secondBase, darkBase) << "asked for the window's colours";
    EXPECT_TRUE(AppSettings().exportInWindowColours()) << "remembered";
    EXPECT_EQ(picturePalette(chartStandIn).color(QPalette::Base), lightPalette().color(QPalette::Base))
        << "the look ends with the export";

    const auto [thirdTicked, thirdBase] = exportOnce(false);
    EXPECT_TRUE(thirdTicked) << "the next dialog starts as the last one was left";
    EXPECT_EQ(thirdBase, darkBase);
    QSettings().clear();
}

} // namespace
} // namespace bplab::ui
