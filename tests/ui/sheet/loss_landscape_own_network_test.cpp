// The "Loss landscape" tab follows the sheet shown: with the student's own network its boxes list that
// network's weights and biases by label, the picture is E_total over the two chosen, exact at the selected
// row's own values, and its exports name the axes by id; back on the seed, w1..w8 and the seed's pair.
#include "tests/ui/sheet/own_network_tab_fixture.h"

#include "core/sheet/network/network_loss_surface.h"
#include "core/sheet/sheet_csv.h"
#include "tests/support/temporary_path.h"
#include "ui/common/locale_numbers.h"
#include "ui/sheet/landscape/loss_landscape_view.h"

#include <QImage>
#include <QLabel>

namespace bplab::ui {
namespace {

class LossLandscapeOwnNetworkTest : public OwnNetworkTabTest {
protected:
    LossLandscapePane* pane() const { return tab->landscapePane(); }
    void showLandscape() {
        QTabWidget* tabs = tab->lowerTabs();
        ASSERT_TRUE(tabs->isTabEnabled(tabs->indexOf(pane())));
        tabs->setCurrentWidget(pane());
        ASSERT_TRUE(pane()->isVisible());
    }
    QStringList items(QComboBox* box) const {
        QStringList list;
        for (int i = 0; i < box->count(); ++i) list << box->itemText(i);
        return list;
    }
    double totalLoss(int iteration) const {
        return network().value(iteration, network().layout().index().totalLoss);
    }
};

// A given value of a later row (an example's input x, clicked in the table) holds the other parameters
// at its row, as a clicked cell of that row does.
TEST_F(LossLandscapeOwnNetworkTest, ASelectedInputHoldsTheParametersAtItsRow) {
    pickOwnNetwork();
    showLandscape();
    document()->selectGiven({7, network().quantities().indexOf("x1@2")});
    ASSERT_TRUE(document()->selectedGiven());
    const Landscape& landscape = pane()->landscape();
    EXPECT_EQ(landscape.iteration, 7);
    EXPECT_EQ(landscape.selected.loss, totalLoss(7));
}

TEST_F(LossLandscapeOwnNetworkTest, ListsTheNetworksParametersAndIsExactAtTheSelectedRow) {
    pickOwnNetwork();
    showLandscape();
    // The first network (the XOR lesson's): 2-2-1 with one learned bias per unit.
    ASSERT_EQ(spec().layers, (std::vector<int>{2, 2, 1}));
    ASSERT_EQ(spec().biasMode, BiasMode::PerUnit);
    const QStringList labels{"w¹₁₁", "w¹₁₂", "w¹₂₁", "w¹₂₂", "w²₁₁", "w²₁₂", "b¹₁", "b¹₂", "b²₁"};
    EXPECT_EQ(items(pane()->axisABox()), labels);
    EXPECT_EQ(items(pane()->axisBBox()), labels);
    // The first two by default.
    EXPECT_EQ(pane()->axisABox()->currentText(), QStringLiteral("w¹₁₁"));
    EXPECT_EQ(pane()->axisBBox()->currentText(), QStringLiteral("w¹₁₂"));

    // A student picks w²₁₂ and b²₁, and clicks the loss of iteration 5.
    pick(pane()->axisABox(), 5);
    pick(pane()->axisBBox(), 8);
    document()->select({5, cellOf("E_total")});
    const Landscape& landscape = pane()->landscape();
    EXPECT_EQ(landscape.iteration, 5);
    EXPECT_EQ(landscape.names.idA, "w2_12");
    EXPECT_EQ(landscape.names.idB, "b2_1");
    // The picture's point at the row's own w²₁₂, b²₁ is that row's E_total, to the last bit.
    const Landscape& shown = pane()->view()->painter().picture().landscape;
    const int w212 = network().quantities().indexOf("w2_12"), b21 = network().quantities().indexOf("b2_1");
    EXPECT_EQ(shown.selected.a, network().value(5, w212));
    EXPECT_EQ(shown.selected.b, network().value(5, b21));
    EXPECT_EQ(shown.selected.loss, totalLoss(5));
    EXPECT_TRUE(pane()->caption()->text().contains(QStringLiteral("w²₁₂")));
    // The read-out under the mouse at that point says the same E_total.
    Q_EMIT pane()->view()->hovered(shown.selected.a, shown.selected.b);
    EXPECT_TRUE(pane()->readout()->text().endsWith(localNumber(totalLoss(5), 6)))
        << pane()->readout()->text().toStdString();
}

TEST_F(LossLandscapeOwnNetworkTest, ExportsNameTheAxesByIdAndTheSeedGetsItsPairBack) {
    pickOwnNetwork();
    showLandscape();
    QString error;
    ASSERT_TRUE(pane()->setAxes(QStringLiteral("w1_21"), QStringLiteral("b1_2"), &error))
        << error.toStdString();
    EXPECT_FALSE(pane()->setAxes(QStringLiteral("w5"), QStringLiteral("w6"), &error));
    EXPECT_EQ(error,
              QStringLiteral("'w5' is not a parameter of this network: use the id of one of its weights "
                             "or biases, such as w1_11"));

    const QString csvPath = QString::fromStdString(temporaryPath("landscape.csv"));
    ASSERT_TRUE(pane()->exportCsv(csvPath, &error)) << error.toStdString();
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    csv.remove();
    ASSERT_EQ(rows.size(), 1 + 100 * 100 + network().rowCount());
    EXPECT_EQ(rows[0], QStringLiteral("part,eta,iteration,w1_21,b1_2,E_total"));
    // The path's last row: the table's own numbers.
    const int last = network().rowCount() - 1;
    EXPECT_EQ(rows.last().split(QLatin1Char(','))[5].toStdString(), formatExact(totalLoss(last)));

    const QString pngPath = QString::fromStdString(temporaryPath("landscape.png"));
    ASSERT_TRUE(pane()->exportImage(pngPath, {640, 480}, &error)) << error.toStdString();
    EXPECT_EQ(QImage(pngPath).size(), QSize(640, 480));
    QFile::remove(pngPath);

    pickSeedSheet();
    EXPECT_EQ(pane()->axisABox()->count(), 8); // w1..w8: the seed sheet has no biases
    EXPECT_EQ(pane()->axisABox()->currentText(), QStringLiteral("w5"));
    EXPECT_EQ(pane()->axisBBox()->currentText(), QStringLiteral("w6"));
    // And the network's pair is still there when it comes back.
    pickOwnNetwork();
    EXPECT_EQ(pane()->landscape().names.idA, "w1_21");
    EXPECT_EQ(pane()->landscape().names.idB, "b1_2");
}

} // namespace
} // namespace bplab::ui
