// The window in another language. Under the pseudo-locale (translations/pseudo_translate.py) every string
// that went through tr() reads ⟦…~~~⟧, so an English word outside ⟦ ⟧ on a widget is a string that never
// reached a translator. In German the numbers take a decimal comma while the files stay byte for byte
// those of the English window.
#include "app/main_window.h"

#include "core/mnist/mnist_data.h"
#include "core/sheet/network/network_architecture.h"
#include "core/sheet/network/network_spec.h"
#include "core/sheet/training_set/training_set.h"
#include "ui/common/app_language.h"
#include "ui/mnist/mnist_tab.h"
#include "ui/mnist/training/training_controller.h"
#include "ui/sheet/backprop_sheet_tab.h"
#include "ui/sheet/table/formula_bar.h"
#include "ui/sheet/quiz/quiz_panel.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/views/time_travel_panel.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <gtest/gtest.h>

namespace bplab::app {
namespace {

const QLocale kEnglishDesktop(QLocale::English, QLocale::UnitedStates);

QString plainText(const QString& text) {
    if (!Qt::mightBeRichText(text)) return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

// An English word (three letters or more with a lower-case one: the pseudo-locale has none, its letters
// are accented; names in capitals such as XOR, CSV or MNIST stay in every language) outside every ⟦…⟧.
bool hasUnmarkedEnglish(const QString& text) {
    QString outside = plainText(text);
    static const QRegularExpression marked(QStringLiteral("⟦[^⟧]*⟧"));
    outside.remove(marked);
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    for (auto match = word.globalMatch(outside); match.hasNext();) {
        const QString found = match.next().captured();
        if (found != found.toUpper()) return true;
    }
    return false;
}

// Texts that rightly stay as they are in every language: the languages of View › Language, each named in
// itself, and what Qt's own widgets say (the tab bar's scroll buttons), which Qt's translations cover.
bool staysAsItIs(const QString& text, const QWidget* widget = nullptr) {
    for (const ui::WindowLanguage& language : ui::windowLanguages())
        if (text == language.name) return true;
    return widget && (widget->objectName().startsWith(QLatin1String("qt_")) ||
                      widget->objectName() == QLatin1String("ScrollLeftButton") ||
                      widget->objectName() == QLatin1String("ScrollRightButton"));
}

void collectMenu(const QMenu* menu, const QString& path, QStringList& found) {
    for (const QAction* action : menu->actions()) {
        if (action->isSeparator()) continue;
        const QString where = path + QStringLiteral(" › ") + action->text();
        if (hasUnmarkedEnglish(action->text()) && !staysAsItIs(action->text()))
            found << QStringLiteral("menu: ") + where;
        if (!action->statusTip().isEmpty() && hasUnmarkedEnglish(action->statusTip()))
            found << QStringLiteral("status tip of ") + where + QStringLiteral(": ") + action->statusTip();
        if (action->menu()) collectMenu(action->menu(), where, found);
    }
}

// Every text a user reads on the widgets under `root`: labels, buttons, group titles, tabs, combo
// items, tooltips, the names a screen reader says.
QStringList unmarkedTexts(const QWidget* root) {
    QStringList found;
    auto check = [&](const QWidget* widget, const QString& kind, const QString& text) {
        if (hasUnmarkedEnglish(text) && !staysAsItIs(text, widget))
            found << QStringLiteral("%1 of %2 (%3): %4")
                         .arg(kind, QString::fromLatin1(widget->metaObject()->className()),
                              widget->objectName(), plainText(text).left(90));
    };
    for (const QWidget* widget : root->findChildren<QWidget*>()) {
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            check(widget, QStringLiteral("text"), label->text());
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            check(widget, QStringLiteral("text"), button->text());
        if (const auto* group = qobject_cast<const QGroupBox*>(widget))
            check(widget, QStringLiteral("title"), group->title());
        if (const auto* tabs = qobject_cast<const QTabWidget*>(widget))
            for (int i = 0; i < tabs->count(); ++i) check(widget, QStringLiteral("tab"), tabs->tabText(i));
        if (const auto* combo = qobject_cast<const QComboBox*>(widget))
            for (int i = 0; i < combo->count(); ++i)
                check(widget, QStringLiteral("item"), combo->itemText(i));
        check(widget, QStringLiteral("tooltip"), widget->toolTip());
        check(widget, QStringLiteral("accessible name"), widget->accessibleName());
    }
    return found;
}

TEST(MainWindowLanguage, UnderThePseudoLocaleEveryTextOfBothTabsWentThroughTr) {
    QSettings().clear();
    const ui::InstalledLanguage pseudo(QString::fromLatin1(ui::kPseudoLanguage), kEnglishDesktop);
    MainWindow window;
    window.show();
    QStringList found;
    auto* tabs = window.findChild<QTabWidget*>();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(50);
        for (QAction* top : window.menuBar()->actions())
            if (top->menu()) collectMenu(top->menu(), top->text(), found);
    }
    found << unmarkedTexts(&window);
    found.removeDuplicates();
    EXPECT_TRUE(found.isEmpty()) << found.size() << " texts never reached a translator:\n"
                                 << found.join(QLatin1Char('\n')).toStdString();
}

// What the engines say after a few steps, not only what the window shows at start: a refused quiz guess,
// MNIST data missing from a folder, a file that is no checkpoint. Paths and the fetch command are names,
// not words, and are taken out before the check.
TEST(MainWindowLanguage, UnderThePseudoLocaleWhatTheEnginesSayWentThroughTr) {
    QSettings().clear();
    const ui::InstalledLanguage pseudo(QString::fromLatin1(ui::kPseudoLanguage), kEnglishDesktop);
    MainWindow window;
    window.show();
    QTemporaryDir folder;
    const auto withoutNames = [&folder](QString text) {
        return text.remove(folder.path()).remove(QString::fromStdString(mnistFetchCommand()));
    };
    QStringList found;

    auto* sheet = window.findChild<ui::BackpropSheetTab*>();
    ASSERT_NE(sheet, nullptr);
    sheet->quizPanel()->setQuizOn(true);
    EXPECT_FALSE(sheet->quizPanel()->submitGuess(QStringLiteral("x1")));
    const QString guess = sheet->quizPanel()->feedback();
    EXPECT_FALSE(guess.isEmpty());
    if (hasUnmarkedEnglish(guess)) found << QStringLiteral("quiz: ") + guess;

    auto* mnist = window.findChild<ui::MnistTab*>();
    ASSERT_NE(mnist, nullptr);
    QSignalSpy loaded(mnist, &ui::MnistTab::dataLoaded);
    mnist->setDataDirectory(folder.filePath(QStringLiteral("nowhere")));
    ASSERT_TRUE(loaded.wait(10000));
    const QString missing = withoutNames(mnist->dataStatus());
    if (hasUnmarkedEnglish(missing)) found << QStringLiteral("missing data: ") + missing;

    const QString notes = folder.filePath(QStringLiteral("x.pt"));
    QFile file(notes);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("just some notes\n");
    file.close();
    QString error;
    // The controller reads the file before it needs data: no MNIST is loaded here.
    EXPECT_FALSE(mnist->controller()->loadCheckpoint(notes, std::make_shared<const MnistData>(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("x.pt"))) << error.toStdString();
    if (hasUnmarkedEnglish(withoutNames(error))) found << QStringLiteral("checkpoint: ") + error;

    EXPECT_TRUE(found.isEmpty()) << found.size() << " texts never reached a translator:\n"
                                 << found.join(QLatin1Char('\n')).toStdString();
}

// A translation runs longer than the English (German about a third): the window must still fit the most
// common laptop screen, 1366 pixels wide less a window frame, in every language, the pseudo-locale's
// 40 % longer strings included. A label that would not wrap, or a row of controls, in a translation shows
// up here as a minimum width over the screen.
TEST(MainWindowLanguage, EveryLanguageFitsA1366PixelWideScreen) {
    constexpr int kScreenWidth = 1366, kFrame = 16;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"),
                                    QString::fromLatin1(ui::kPseudoLanguage)}) {
        QSettings().clear();
        const ui::InstalledLanguage installed(language, kEnglishDesktop);
        MainWindow window;
        window.show();
        auto* tabs = window.findChild<QTabWidget*>();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            EXPECT_LE(window.minimumSizeHint().width(), kScreenWidth - kFrame)
                << language.toStdString() << ", tab " << tabs->tabText(i).toStdString();
        }
    }
}

// The views under the sheet share about 680 pixels with the loss chart at 1366×768: in every language,
// for the seed and for an own network (two more views), every tab title shows in full, none behind the
// strip's scroll arrows.
TEST(MainWindowLanguage, EverySheetViewsTabShowsAt1366By768) {
    NetworkSpec xor221;
    xor221.layers = {2, 2, 1};
    xor221.activations.assign(2, Activation::Sigmoid);
    xor221.data = trainingSetPreset(TrainingSetPreset::Xor);
    xor221.weights = startingWeights(xor221.layers, WeightInit::XavierUniform, 1);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")}) {
        QSettings().clear();
        const ui::InstalledLanguage installed(language, kEnglishDesktop);
        MainWindow window;
        window.show();
        // A first start fills the (offscreen, 800×600) screen; then the size a 1366×768 desktop gives,
        // less a window manager's frame and a panel.
        window.showNormal();
        window.resize(1366 - 16, 768 - 60);
        auto* sheet = window.findChild<ui::BackpropSheetTab*>();
        QTabWidget* views = nullptr;
        for (auto* tabs : sheet->findChildren<QTabWidget*>())
            if (tabs->accessibleName() == ui::BackpropSheetTab::tr("Sheet views")) views = tabs;
        ASSERT_NE(views, nullptr);
        for (const bool own : {false, true}) {
            if (own) {
                ASSERT_TRUE(sheet->document()->setNetwork(xor221));
            }
            QTest::qWait(50);
            int titles = 0, shown = 0;
            for (int i = 0; i < views->count(); ++i) {
                if (!views->isTabVisible(i)) continue;
                ++shown;
                titles += views->tabBar()->tabRect(i).width();
                EXPECT_FALSE(views->tabToolTip(i).isEmpty())
                    << "the full name of " << views->tabText(i).toStdString();
            }
            EXPECT_EQ(shown, own ? 8 : 7);
            // Time travel's table keeps room for its values beside the diagram.
            views->setCurrentWidget(sheet->timeTravelPanel());
            QTest::qWait(20);
            const auto* changes = sheet->timeTravelPanel()->findChild<QTableWidget*>();
            ASSERT_NE(changes, nullptr);
            EXPECT_GE(changes->width(), changes->fontMetrics().averageCharWidth() * 30)
                << language.toStdString() << (own ? ", own network" : ", seed");
            EXPECT_LE(titles, views->width()) << language.toStdString() << (own ? ", own network" : ", seed")
                                              << "; window " << window.width();
        }
    }
}

// The CSV the sheet tab writes, in a window that speaks `language`.
QByteArray sheetCsvIn(const QString& language, QString* formulaBar) {
    QSettings().clear();
    const ui::InstalledLanguage installed(language, kEnglishDesktop);
    MainWindow window;
    auto* sheet = window.findChild<ui::BackpropSheetTab*>();
    sheet->document()->select({0, 0}); // net_h1 of iteration 0: 0.15·0.05 + 0.2·0.1 = 0.0275
    *formulaBar = sheet->formulaBar()->plainText();
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("sheet.csv"));
    QString error;
    EXPECT_TRUE(sheet->exportCsv(path, &error)) << error.toStdString();
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

TEST(MainWindowLanguage, GermanShowsDecimalCommasWhileTheCsvStaysTheEnglishWindowsByteForByte) {
    QString englishBar, germanBar;
    const QByteArray english = sheetCsvIn(QStringLiteral("en"), &englishBar);
    const QByteArray german = sheetCsvIn(QStringLiteral("de"), &germanBar);
    EXPECT_TRUE(englishBar.contains(QStringLiteral("0.15"))) << englishBar.toStdString();
    EXPECT_TRUE(germanBar.contains(QStringLiteral("0,15"))) << germanBar.toStdString();
    EXPECT_FALSE(germanBar.contains(QStringLiteral("0.15"))) << germanBar.toStdString();
    EXPECT_GT(english.size(), 1000);
    EXPECT_EQ(german, english);
}

} // namespace
} // namespace bplab::app
