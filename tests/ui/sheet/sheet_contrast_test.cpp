// The sheet tab reads on a light and on a dark desktop: its cells, the diagram's weight labels and the
// loss chart's axis labels keep at least WCAG's 4.5 : 1 between text and background, measured from the
// rendered pixels (tests/support/contrast_measure.h), under our light and dark palettes.
#include "tests/support/contrast_measure.h"
#include "tests/support/named_palette.h"
#include "ui/charts/loss_chart.h"
#include "ui/common/app_theme.h"
#include "ui/sheet/backprop_sheet_tab.h"
#include "ui/sheet/diagram/network_diagram.h"
#include "ui/sheet/table/sheet_table_model.h"
#include "ui/sheet/table/stage_colors.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace bplab::ui {
namespace {

using Theme = test::NamedPalette;

class SheetContrast : public ::testing::TestWithParam<Theme> {
protected:
    void SetUp() override {
        QSettings().clear();
        m_previous = QApplication::palette();
        // Set before the tab exists, as a window opened in that theme is built (a change while it is
        // open: SheetThemeChange below).
        QApplication::setPalette(GetParam().palette());
        tab = std::make_unique<BackpropSheetTab>();
        tab->resize(1366, 720);
        tab->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(tab.get()));
    }
    void TearDown() override {
        tab.reset();
        QApplication::setPalette(m_previous);
        QSettings().clear();
    }

    std::unique_ptr<BackpropSheetTab> tab;

private:
    QPalette m_previous;
};

// Every cell in view: the plain stage tints, the selected cell (h1 of iteration 0, amber) and the
// two cells it reads (w1 and w2, cyan); and the header's stage-coloured names on their tints.
TEST_P(SheetContrast, EveryCellAndColumnNameReads) {
    QTableView* view = tab->tableView();
    const QImage cells = view->viewport()->grab().toImage();
    const SheetTableModel* model = tab->tableModel();
    int measured = 0, highlighted = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QRect rect = view->visualRect(index).adjusted(1, 1, -1, -1);
            if (!cells.rect().contains(rect) || index.data().toString().isEmpty()) continue;
            const test::MeasuredContrast contrast = test::measureContrast(cells, rect);
            EXPECT_GE(contrast.ratio, kReadableContrast)
                << GetParam().name << ": row " << row << ", column " << column << ": text "
                << contrast.text.name().toStdString() << " on " << contrast.background.name().toStdString();
            ++measured;
            if (index.data(SheetTableModel::HighlightRole).toInt() != 0) ++highlighted;
        }
    }
    EXPECT_GT(measured, 40) << "the view should show a few rows of cells";
    EXPECT_EQ(highlighted, 3) << "the selected cell and the two it reads are among them";

    QHeaderView* header = view->horizontalHeader();
    const QImage names = header->grab().toImage();
    for (int column = 0; column < model->columnCount(); ++column) {
        const QRect rect(header->sectionViewportPosition(column) + 2, 2, header->sectionSize(column) - 4,
                         header->height() - 4);
        if (!names.rect().contains(rect)) continue;
        const test::MeasuredContrast contrast = test::measureContrast(names, rect);
        EXPECT_GE(contrast.ratio, kReadableContrast)
            << GetParam().name << ": column name " << column << ": " << contrast.text.name().toStdString()
            << " on " << contrast.background.name().toStdString();
    }
}

TEST_P(SheetContrast, TheDiagramsWeightLabelsRead) {
    NetworkDiagram* diagram = tab->networkDiagram();
    tab->lowerTabs()->setCurrentWidget(diagram);
    const QImage picture = diagram->grab().toImage();
    for (const NetworkDiagram::EdgeLabel& label : diagram->edgeLabels(diagram->size())) {
        const test::MeasuredContrast contrast = test::measureContrast(picture, label.box.toAlignedRect());
        EXPECT_GE(contrast.ratio, kReadableContrast)
            << GetParam().name << ": " << label.text.toStdString() << ": "
            << contrast.text.name().toStdString() << " on " << contrast.background.name().toStdString();
    }
}

// The y axis' numbers (left of the plot) and the x axis' (below it), on the chart's own card.
TEST_P(SheetContrast, TheLossChartsAxisLabelsRead) {
    QChartView* view = tab->lossChart()->chartView();
    const QImage picture = view->grab().toImage();
    const QRect plot = view->chart()->plotArea().toAlignedRect();
    const QRect yLabels(plot.left() - 40, plot.top(), 36, plot.height());
    const QRect xLabels(plot.left(), plot.bottom() + 3, plot.width(), 16);
    for (const QRect& region : {yLabels, xLabels}) {
        const test::MeasuredContrast contrast = test::measureContrast(picture, region);
        EXPECT_GE(contrast.ratio, kReadableContrast)
            << GetParam().name << ": " << contrast.text.name().toStdString() << " on "
            << contrast.background.name().toStdString();
    }
    // The card itself follows the palette: a dark window has no white chart.
    const QColor card = test::measureContrast(picture, plot.adjusted(2, 2, -2, -2)).background;
    EXPECT_EQ(isDarkPalette(QApplication::palette()), relativeLuminance(card) < 0.2)
        << card.name().toStdString();
}

INSTANTIATE_TEST_SUITE_P(LightAndDark, SheetContrast,
                         ::testing::Values(Theme{"light", &lightPalette}, Theme{"dark", &darkPalette},
                                           Theme{"high_contrast", &highContrastPalette}),
                         [](const ::testing::TestParamInfo<Theme>& theme) {
                             return std::string(theme.param.name);
                         });

} // namespace
} // namespace bplab::ui

namespace bplab::ui {
namespace {

// A theme chosen while the window is open (View › Theme sets the application's palette) recolours
// what was coloured for the old palette: the values' names and the chart's card.
TEST(SheetThemeChange, ANewApplicationPaletteRecoloursTheNamesAndTheChart) {
    QSettings().clear();
    const QPalette previous = QApplication::palette();
    QApplication::setPalette(lightPalette());
    {
        BackpropSheetTab tab;
        tab.resize(1366, 720);
        tab.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&tab));
        QLabel* w1 = nullptr;
        for (QLabel* label : tab.findChildren<QLabel*>())
            if (label->text() == QStringLiteral("w1")) w1 = label;
        ASSERT_NE(w1, nullptr);
        auto nameOnWindow = [w1] {
            return contrastRatio(w1->palette().color(QPalette::WindowText),
                                 w1->palette().color(QPalette::Window));
        };
        EXPECT_GE(nameOnWindow(), kReadableContrast);
        EXPECT_LT(relativeLuminance(w1->palette().color(QPalette::WindowText)), 0.3)
            << "dark ink on a light page";

        QApplication::setPalette(darkPalette());
        QCoreApplication::processEvents();
        EXPECT_GE(nameOnWindow(), kReadableContrast)
            << w1->palette().color(QPalette::WindowText).name().toStdString();
        EXPECT_GT(relativeLuminance(w1->palette().color(QPalette::WindowText)), 0.3)
            << "light ink on a dark page";
        tab.lossChart()->chartView()->grab();
        EXPECT_LT(relativeLuminance(tab.lossChart()->chartView()->chart()->backgroundBrush().color()), 0.05)
            << "no white card in a dark window";
    }
    QApplication::setPalette(previous);
    QSettings().clear();
}

} // namespace
} // namespace bplab::ui
