// The sheet tab stays readable with extreme numbers and on a dark desktop: no cell elides a number, and
// the formula bar and the network diagram take their colours from the palette.
#include "tests/ui/sheet/sheet_tab_fixture.h"

#include "ui/common/palette_colors.h"
#include "ui/sheet/table/formula_bar.h"
#include "ui/sheet/values/learning_rate_control.h"
#include "ui/sheet/diagram/network_diagram.h"
#include "ui/sheet/sheet_document.h"

#include <QApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QStyle>
#include <QTableView>

#include <algorithm>
#include <vector>

namespace bplab::ui {
namespace {

using SheetTabReadabilityTest = SheetTabTest;

// An identity network at η = 100 overshoots further at every step: its weights grow geometrically to
// 1e+300 and beyond before a value overflows. Every number on the way must fit its column whole.
TEST_F(SheetTabReadabilityTest, HugeValuesFitTheirColumnsWithoutEllipsis) {
    setActivation(Activation::Identity);
    tab->inputsPanel()->learningRateControl()->setLearningRate(100.0);
    ASSERT_TRUE(tab->document()->sheet().divergedAt()) << "the run must diverge for this test";
    const QTableView* view = tab->tableView();
    const SheetTableModel* model = tab->tableModel();
    // The delegate draws text inside the cell less the grid line and the style's text margin each side.
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    int longNumbers = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QString text = index.data(Qt::DisplayRole).toString();
            const QVariant cellFont = index.data(Qt::FontRole);
            const QFontMetrics metrics(cellFont.isValid() ? cellFont.value<QFont>() : view->font());
            const int room = view->columnWidth(column) - 1 - 2 * margin;
            ASSERT_LE(metrics.horizontalAdvance(text), room)
                << "row " << row << ", " << model->headerData(column, Qt::Horizontal).toString().toStdString()
                << ": \"" << text.toStdString() << "\"";
            ASSERT_FALSE(text.contains(QChar(0x2026)) || text.contains(QStringLiteral("...")));
            if (text.contains(QLatin1Char('e'))) ++longNumbers;
        }
    }
    EXPECT_GT(longNumbers, 100) << "the run should show many numbers in exponent form";
}

// A dark desktop's colours: light text on a dark base.
QPalette darkened(QPalette palette) {
    const QColor window(0x2d, 0x2d, 0x2d), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        palette.setColor(group, QPalette::Window, window);
        palette.setColor(group, QPalette::Button, window);
        palette.setColor(group, QPalette::Base, base);
        palette.setColor(group, QPalette::AlternateBase, window);
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            palette.setColor(group, role, text);
    }
    return palette;
}

// The dark palette set on the application for one test, and the previous one restored after it. Widgets
// made while it is set take it (a test runs no event loop, so widgets made before would not be told).
class DarkApplicationPalette {
public:
    DarkApplicationPalette()
        : m_saved(QApplication::palette()) {
        QApplication::setPalette(darkened(m_saved));
    }
    ~DarkApplicationPalette() { QApplication::setPalette(m_saved); }
    DarkApplicationPalette(const DarkApplicationPalette&) = delete;
    DarkApplicationPalette& operator=(const DarkApplicationPalette&) = delete;

private:
    QPalette m_saved;
};

// Every colour in the formula bar's text reads on its base (4.5 : 1, WCAG AA); returns how many.
int expectReadableColours(const FormulaBar* bar) {
    const QColor base = bar->palette().color(QPalette::Base);
    const QString html = bar->html();
    const QRegularExpression colour(QStringLiteral("color:(#[0-9a-fA-F]{6})"));
    int colours = 0;
    for (auto match = colour.globalMatch(html); match.hasNext(); ++colours) {
        const QColor used(match.next().captured(1));
        EXPECT_GE(contrastRatio(used, base), kReadableContrast)
            << used.name().toStdString() << " on " << base.name().toStdString() << " in "
            << html.toStdString();
    }
    return colours;
}

TEST_F(SheetTabReadabilityTest, OnADarkPaletteLabelBoxesAreDarkAndTheFormulaBarIsLight) {
    const DarkApplicationPalette dark;
    tab = std::make_unique<BackpropSheetTab>(); // opened on a dark desktop
    // The diagram as drawn: each weight's label box is mostly background (the text is thin), so the
    // median pixel of the box is its fill.
    NetworkDiagram* diagram = tab->networkDiagram();
    const QSize size(480, 300);
    QImage image(size, QImage::Format_ARGB32);
    {
        QPainter painter(&image);
        diagram->paint(painter, size);
    }
    for (const auto& label : diagram->edgeLabels(size)) {
        std::vector<double> lightness;
        const QRect box = label.box.toAlignedRect().intersected(image.rect());
        for (int y = box.top(); y <= box.bottom(); ++y)
            for (int x = box.left(); x <= box.right(); ++x)
                lightness.push_back(image.pixelColor(x, y).lightnessF());
        ASSERT_FALSE(lightness.empty());
        std::nth_element(lightness.begin(), lightness.begin() + lightness.size() / 2, lightness.end());
        EXPECT_LT(lightness[lightness.size() / 2], 0.3) << label.text.toStdString() << " sits in a light box";
    }
    // The formula bar's numbers were a fixed dark grey.
    EXPECT_GE(expectReadableColours(tab->formulaBar()), 3);
}

// A desktop switched to dark while the app runs: the formula bar rewrites its colours.
TEST_F(SheetTabReadabilityTest, TheFormulaBarFollowsAPaletteChange) {
    tab->setPalette(darkened(tab->palette()));
    ASSERT_EQ(tab->formulaBar()->palette().color(QPalette::Base), QColor(0x1e, 0x1e, 0x1e));
    EXPECT_GE(expectReadableColours(tab->formulaBar()), 3);
}

} // namespace
} // namespace bplab::ui
