// The export dialog's labels show their mnemonics as underlines, never as a literal '&'.
#include "ui/common/export_chart_dialog.h"

#include <QLabel>
#include <QLineEdit>
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

} // namespace
} // namespace bplab::ui
