// The sheet tab in German: the numbers the window writes for the student (the landscape's read-out
// under the mouse, the time-travel table, the gradient check) take the decimal comma, 0,15 and not
// 0.15. Each expected text is the C locale's (QString::number) with its point turned into a comma by
// hand, independently of the window's own formatting.
#include "tests/ui/sheet/sheet_tab_fixture.h"

#include "core/sheet/analysis/gradient_check.h"
#include "core/sheet/landscape/loss_landscape.h"
#include "ui/sheet/views/compare_rates_panel.h"
#include "ui/sheet/views/gradient_check_panel.h"
#include "ui/sheet/landscape/loss_landscape_pane.h"
#include "ui/sheet/landscape/loss_landscape_view.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/views/time_travel_panel.h"
#include "ui/sheet/values/training_set_editor.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>

namespace bplab::ui {
namespace {

constexpr int w5 = quantity::w1 + 4, w6 = quantity::w1 + 5;

// A point between two digits: a number written in the C locale, which a German window must not show.
bool hasDecimalPoint(const QString& text) {
    static const QRegularExpression point(QStringLiteral("\\d\\.\\d"));
    return point.match(text).hasMatch();
}

// The C locale's text of a number with the German decimal comma: "0.0295181" → "0,0295181".
QString german(QString cLocaleText) { return cLocaleText.replace(QLatin1Char('.'), QLatin1Char(',')); }

// Every cell of `table` that shows a point between two digits, "row,column: text" each.
QStringList cellsWithDecimalPoint(const QTableWidget* table) {
    QStringList found;
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            if (const QTableWidgetItem* item = table->item(r, c); item && hasDecimalPoint(item->text()))
                found << QStringLiteral("%1,%2: %3").arg(r).arg(c).arg(item->text());
    return found;
}

// The sheet tab built and shown under a German default locale (its texts are written as it is built),
// the locale before put back afterwards.
class SheetTabGermanNumbersTest : public SheetTabTest {
protected:
    void SetUp() override {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        SheetTabTest::SetUp();
    }
    void TearDown() override {
        SheetTabTest::TearDown();
        QLocale::setDefault(m_before);
    }

private:
    QLocale m_before; // the default when the test began
};

TEST_F(SheetTabGermanNumbersTest, TheLandscapeReadoutUnderTheMouseTakesTheDecimalComma) {
    LossLandscapePane* pane = tab->landscapePane();
    for (QWidget* w = pane->parentWidget(); w; w = w->parentWidget()) { // a click on "Loss landscape"
        if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
            tabs->setCurrentWidget(pane);
            break;
        }
    }
    ASSERT_TRUE(pane->isVisible());
    LossLandscapeView* view = pane->view();
    const QPoint centre = view->plotRect().center().toPoint();
    QMouseEvent move(QEvent::MouseMove, QPointF(centre), view->mapToGlobal(QPointF(centre)), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view, &move);
    const QPointF at = view->painter().toParameters(view->plotRect(), QPointF(centre));
    const LossSurface surface(tab->document()->inputs(), tab->document()->sheet().row(0), {w5, w6});
    const QString text = pane->readout()->text();
    // "w5 = −0,49766, w6 = −0,45095: E_total = 0,133692": the weights to 5 digits, the loss to 6.
    // Negative weights with the minus sign, as the formula bar writes them.
    EXPECT_TRUE(
        text.contains(QStringLiteral("w5 = ") +
                      german(QString::number(at.x(), 'g', 5)).replace(QLatin1Char('-'), QChar(0x2212))))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("E_total = ") +
                              german(QString::number(surface.lossAt(at.x(), at.y()), 'g', 6))))
        << text.toStdString();
    EXPECT_FALSE(hasDecimalPoint(text)) << text.toStdString();
}

TEST_F(SheetTabGermanNumbersTest, TheTimeTravelTableTakesTheDecimalComma) {
    TimeTravelPanel* panel = tab->timeTravelPanel();
    tab->lowerTabs()->setCurrentWidget(panel);
    panel->setIterations(3, 40);
    const QTableWidget* table = panel->table();
    ASSERT_GT(table->rowCount(), 0);
    // The largest change first, to 6 significant digits with the minus sign U+2212.
    const QString difference =
        german(QString::number(panel->changes().front().difference, 'g', 6)).replace(u'-', QChar(0x2212));
    EXPECT_EQ(table->item(0, 1)->text().toStdString(), difference.toStdString());
    EXPECT_TRUE(difference.contains(u',')) << difference.toStdString(); // a number with decimals
    EXPECT_EQ(cellsWithDecimalPoint(table).join(u'\n').toStdString(), "");
    EXPECT_FALSE(hasDecimalPoint(panel->summary())) << panel->summary().toStdString();
}

TEST_F(SheetTabGermanNumbersTest, TheGradientCheckTableTakesTheDecimalComma) {
    const QTableWidget* table = tab->gradientCheck()->table();
    const auto selected = tab->document()->selectedCell();
    const std::vector<GradientCheckEntry> entries =
        checkGradients(tab->document()->sheet(), selected ? selected->iteration : 0);
    ASSERT_EQ(table->rowCount(), static_cast<int>(entries.size()));
    ASSERT_GT(table->rowCount(), 0);
    for (int k = 0; k < table->rowCount(); ++k) {
        const GradientCheckEntry& entry = entries[static_cast<std::size_t>(k)];
        // Analytic and numeric to 8 significant digits, the relative error as "1,2e-10".
        EXPECT_EQ(table->item(k, 0)->text().toStdString(),
                  german(QString::number(entry.analytic, 'g', 8)).toStdString());
        EXPECT_EQ(table->item(k, 1)->text().toStdString(),
                  german(QString::number(entry.numeric, 'g', 8)).toStdString());
        EXPECT_EQ(table->item(k, 2)->text().toStdString(),
                  german(QString::number(entry.relativeError, 'e', 1)).toStdString());
    }
    EXPECT_TRUE(table->item(0, 0)->text().contains(u',')) << table->item(0, 0)->text().toStdString();
    EXPECT_EQ(cellsWithDecimalPoint(table).join(u'\n').toStdString(), "");
}

// A German student types rates with the decimal comma: "1,5" is one rate, not 1 and 5; the list is
// split by ";" or spaces, and a rate with a point still counts. The settings keep the C locale's text.
TEST_F(SheetTabGermanNumbersTest, TheCompareRatesBoxTakesDecimalCommas) {
    CompareRatesPanel* compare = tab->comparePanel();
    QString error;
    ASSERT_TRUE(compare->setRatesText(QStringLiteral("1,5"), &error)) << error.toStdString();
    EXPECT_EQ(compare->rates(), std::vector<double>({1.5}));
    ASSERT_TRUE(compare->setRatesText(QStringLiteral("0,5; 2 0.25"), &error)) << error.toStdString();
    EXPECT_EQ(compare->rates(), std::vector<double>({0.5, 2.0, 0.25}));
    EXPECT_EQ(compare->ratesText(), QStringLiteral("0,5; 2; 0,25"));
    EXPECT_FALSE(compare->setRatesText(QStringLiteral("0,5; -1"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("'-1'"))) << error.toStdString();
    EXPECT_EQ(compare->rates(), std::vector<double>({0.5, 2.0, 0.25})) << "a refused list changes nothing";

    tab->compareAction()->trigger(); // the table fills: η and the last loss in German numbers
    EXPECT_EQ(compare->table()->rowCount(), 3);
    EXPECT_TRUE(cellsWithDecimalPoint(compare->table()).isEmpty())
        << cellsWithDecimalPoint(compare->table()).join(QStringLiteral("; ")).toStdString();
    const QList<QLineEdit*> boxes = compare->findChildren<QLineEdit*>(QString(), Qt::FindDirectChildrenOnly);
    ASSERT_EQ(boxes.size(), 1);
    EXPECT_TRUE(boxes.front()->toolTip().contains(QStringLiteral("0,1; 0,5; 2")))
        << boxes.front()->toolTip().toStdString();

    // What the settings keep reads back in any language.
    EXPECT_EQ(CompareRatesPanel::ratesText(compare->rates(), QLocale::c()), QStringLiteral("0.5, 2, 0.25"));
    EXPECT_EQ(CompareRatesPanel::parseRates(QStringLiteral("0.5, 2, 0.25"), QLocale::c()),
              std::optional<std::vector<double>>({0.5, 2.0, 0.25}));
}

// The training-set table shows the seed's example as the window writes numbers, and takes a value typed
// with the decimal comma.
TEST_F(SheetTabGermanNumbersTest, TheTrainingSetTableTakesTheDecimalComma) {
    TrainingSetEditor editor;
    editor.showExamples(TrainingSet{{TrainingExample{{0.05, 0.1}, {0.01, 0.99}}}});
    EXPECT_EQ(editor.table()->item(0, 0)->text(), QStringLiteral("0,05"));
    EXPECT_EQ(editor.table()->item(0, 3)->text(), QStringLiteral("0,99"));
    EXPECT_TRUE(cellsWithDecimalPoint(editor.table()).isEmpty());
    QSignalSpy edited(&editor, &TrainingSetEditor::edited);
    editor.table()->item(0, 1)->setText(QStringLiteral("0,25"));
    ASSERT_EQ(edited.size(), 1);
    EXPECT_EQ(edited.first().at(0).value<TrainingSet>().examples.front().inputs[1], 0.25);
}

} // namespace
} // namespace bplab::ui
