// Help › Keyboard shortcuts lists the menus' actions as they are; F1 finds the page a view declares;
// headings get GitHub's anchors.
#include "ui/common/heading_anchors.h"
#include "ui/common/help_page.h"
#include "ui/common/shortcuts_dialog.h"

#include <QAction>
#include <QDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace bplab::ui {
namespace {

QAction* addAction(QMenu* menu, const QString& text, const QList<QKeySequence>& keys) {
    QAction* action = menu->addAction(text);
    action->setShortcuts(keys);
    return action;
}

// File: Open (Ctrl+O), Quit (no shortcut); Sheet: Step cell (Space, F10), Save && close (Ctrl+W) and
// Open again (already listed); View › Theme: Dark (Ctrl+D).
struct MenuFixture {
    QMainWindow window;
    MenuFixture() {
        QMenu* file = window.menuBar()->addMenu(QStringLiteral("&File"));
        QAction* open = addAction(file, QStringLiteral("&Open…"), {QKeySequence(Qt::CTRL | Qt::Key_O)});
        addAction(file, QStringLiteral("&Quit"), {});
        QMenu* sheet = window.menuBar()->addMenu(QStringLiteral("&Sheet"));
        addAction(sheet, QStringLiteral("Step &cell"),
                  {QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_F10)});
        sheet->addSeparator();
        addAction(sheet, QStringLiteral("Save && &close"), {QKeySequence(Qt::CTRL | Qt::Key_W)});
        sheet->addAction(open);
        QMenu* theme = window.menuBar()->addMenu(QStringLiteral("&View"))->addMenu(QStringLiteral("&Theme"));
        addAction(theme, QStringLiteral("&Dark"), {QKeySequence(Qt::CTRL | Qt::Key_D)});
    }
};

QString keys(const QList<QKeySequence>& sequences) {
    QStringList texts;
    for (const QKeySequence& sequence : sequences) texts << sequence.toString(QKeySequence::NativeText);
    return texts.join(QStringLiteral(", "));
}

TEST(ShortcutsDialog, ListsEveryMenuActionWithAShortcutGroupedByMenu) {
    MenuFixture fixture;
    const QList<ShortcutGroup> groups = menuShortcuts(fixture.window.menuBar());
    ASSERT_EQ(groups.size(), 3);
    EXPECT_EQ(groups[0].menu, QStringLiteral("File"));
    ASSERT_EQ(groups[0].entries.size(), 1) << "Quit has no shortcut";
    EXPECT_EQ(groups[0].entries[0].action, QStringLiteral("Open…"));
    EXPECT_EQ(groups[0].entries[0].keys, keys({QKeySequence(Qt::CTRL | Qt::Key_O)}));
    EXPECT_EQ(groups[1].menu, QStringLiteral("Sheet"));
    ASSERT_EQ(groups[1].entries.size(), 2) << "Open… only under File, where it came first";
    EXPECT_EQ(groups[1].entries[0].action, QStringLiteral("Step cell"));
    EXPECT_EQ(groups[1].entries[0].keys, keys({QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_F10)}));
    EXPECT_TRUE(groups[1].entries[0].keys.contains(QStringLiteral("F10")));
    EXPECT_EQ(groups[1].entries[1].action, QStringLiteral("Save & close"));
    EXPECT_EQ(groups[2].menu, QStringLiteral("View › Theme"));
    EXPECT_EQ(groups[2].entries[0].action, QStringLiteral("Dark"));
}

TEST(ShortcutsDialog, TheSearchKeepsTheMatchingLines) {
    MenuFixture fixture;
    ShortcutsDialog dialog(fixture.window.menuBar());
    QTreeWidget* tree = dialog.tree();
    ASSERT_EQ(tree->topLevelItemCount(), 3);
    dialog.searchField()->setText(QStringLiteral("f10"));
    EXPECT_TRUE(tree->topLevelItem(0)->isHidden()) << "File has no line with F10";
    EXPECT_FALSE(tree->topLevelItem(1)->isHidden());
    EXPECT_FALSE(tree->topLevelItem(1)->child(0)->isHidden()) << "Step cell: Space, F10";
    EXPECT_TRUE(tree->topLevelItem(1)->child(1)->isHidden()) << "Save & close";
    EXPECT_TRUE(tree->topLevelItem(2)->isHidden());
    dialog.searchField()->clear();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) EXPECT_FALSE(tree->topLevelItem(g)->isHidden());
}

// A menu hidden in the view in use (the other tab's) is listed, marked and greyed; an action hidden in its
// menu is not listed; a disabled one is greyed, as in its menu.
TEST(ShortcutsDialog, MarksWhatDoesNotWorkInTheViewInUse) {
    MenuFixture fixture;
    QMenu* training = fixture.window.menuBar()->addMenu(QStringLiteral("&Training"));
    addAction(training, QStringLiteral("&Train"), {QKeySequence(Qt::CTRL | Qt::Key_T)});
    QAction* stop = addAction(training, QStringLiteral("S&top"), {QKeySequence(Qt::Key_Escape)});
    addAction(training, QStringLiteral("&Hidden"), {QKeySequence(Qt::CTRL | Qt::Key_H)})->setVisible(false);
    stop->setEnabled(false);
    training->menuAction()->setVisible(false);

    const QList<ShortcutGroup> groups = menuShortcuts(fixture.window.menuBar());
    ASSERT_EQ(groups.size(), 4);
    EXPECT_TRUE(groups[0].shown);
    EXPECT_FALSE(groups[3].shown);
    ASSERT_EQ(groups[3].entries.size(), 2) << "the hidden action is not listed";
    EXPECT_TRUE(groups[3].entries[0].enabled);
    EXPECT_FALSE(groups[3].entries[1].enabled);

    ShortcutsDialog dialog(fixture.window.menuBar());
    const QTreeWidgetItem* trainingItem = dialog.tree()->topLevelItem(3);
    EXPECT_TRUE(trainingItem->isDisabled());
    EXPECT_TRUE(trainingItem->text(0).startsWith(QStringLiteral("Training (on the other tab")))
        << trainingItem->text(0).toStdString();
    EXPECT_FALSE(dialog.tree()->topLevelItem(1)->child(0)->isDisabled()) << "Step cell works";
}

TEST(HelpPage, TheNearestDeclaringAncestorWins) {
    QWidget tab;
    setHelpPage(&tab, QStringLiteral("guide/mnist.md"));
    QWidget panel(&tab);
    QWidget field(&panel);
    EXPECT_EQ(helpPageFor(&field), QStringLiteral("guide/mnist.md"));
    setHelpPage(&panel, QStringLiteral("guide/inside-the-network.md"));
    EXPECT_EQ(helpPageFor(&field), QStringLiteral("guide/inside-the-network.md"));
    QDialog dialog(&tab); // a window of its own, still the tab's child
    EXPECT_EQ(helpPageFor(&dialog), QStringLiteral("guide/mnist.md"));
    QWidget stray;
    EXPECT_TRUE(helpPageFor(&stray).isEmpty()) << "none: the guide's index";
    EXPECT_TRUE(helpPageFor(nullptr).isEmpty());
}

TEST(HeadingAnchors, FollowGitHubsRule) {
    // Lower case, spaces as hyphens, punctuation gone, letters of any script, digits, - and _ kept.
    EXPECT_EQ(headingAnchor(QStringLiteral("Optimizers compared")), QStringLiteral("optimizers-compared"));
    EXPECT_EQ(headingAnchor(QStringLiteral("The sheet as a spreadsheet (.xlsx)")),
              QStringLiteral("the-sheet-as-a-spreadsheet-xlsx"));
    EXPECT_EQ(headingAnchor(QStringLiteral("The sheet as a spreadsheet: --xlsx")),
              QStringLiteral("the-sheet-as-a-spreadsheet---xlsx"));
    EXPECT_EQ(headingAnchor(QStringLiteral("Saturation: σ′(net), dead_units")),
              QStringLiteral("saturation-σnet-dead_units"));
    EXPECT_EQ(headingAnchor(QStringLiteral("Names: w_5, not w5")), QStringLiteral("names-w_5-not-w5"));
}

TEST(HeadingAnchors, EveryHeadingIsAnAnchorARepeatedOneNumbered) {
    QTextDocument document;
    document.setMarkdown(QStringLiteral("# Exports\n\ntext\n\n## Large runs\n\nmore\n\n### Large runs\n"));
    EXPECT_EQ(addHeadingAnchors(&document), 3);
    QStringList names;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextCharFormat format = block.begin().fragment().charFormat();
        if (block.blockFormat().headingLevel() > 0) {
            EXPECT_TRUE(format.isAnchor());
            EXPECT_TRUE(format.anchorHref().isEmpty()) << "a target, not a link";
        }
        names << format.anchorNames();
    }
    EXPECT_EQ(names, QStringList({QStringLiteral("exports"), QStringLiteral("large-runs"),
                                  QStringLiteral("large-runs-1")}));
    EXPECT_EQ(addHeadingAnchors(&document), 0) << "again: nothing changes";
    int anchors = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        anchors += static_cast<int>(block.begin().fragment().charFormat().anchorNames().size());
    EXPECT_EQ(anchors, 3);
}

} // namespace
} // namespace bplab::ui
