// The "Time travel" view follows the sheet shown: with the student's own network, the changes of its
// quantities under their own names (w²₁₁, …) and a CSV of its ids (w2_11, …); back to the seed, w1…
// again. The panel is read on the tab's own instance (tab->timeTravelPanel()): what it shows does not
// depend on its lower tab being enabled.
#include "tests/ui/sheet/own_network_tab_fixture.h"

#include <QStringList>

#include <set>
#include <string>

namespace bplab::ui {
namespace {

class TimeTravelOwnNetworkTest : public OwnNetworkTabTest {
protected:
    TimeTravelPanel* timeTravel() const { return tab->timeTravelPanel(); }
    // The quantities the panel's table lists (its first column).
    std::set<std::string> listed() const {
        std::set<std::string> labels;
        QTableWidget* table = timeTravel()->table();
        for (int r = 0; r < table->rowCount(); ++r) labels.insert(table->item(r, 0)->text().toStdString());
        return labels;
    }
    // What the table should list for a sheet: the label of every column it shows.
    static std::set<std::string> labelsOf(const SheetEngine& sheet) {
        std::set<std::string> labels;
        for (int q : sheet.columns()) labels.insert(sheet.labelOf(q));
        return labels;
    }
    // The own network shown with some completed rows.
    void runOwnNetwork() {
        pickOwnNetwork();
        document()->runToEnd();
        ASSERT_GT(network().completedIterations(), 10);
    }
};

TEST_F(TimeTravelOwnNetworkTest, ListsTheOwnNetworksQuantitiesThenTheSeedsAgain) {
    EXPECT_EQ(listed(), labelsOf(document()->sheet())); // the seed first: w1, …
    EXPECT_EQ(listed().count("w1"), 1U);
    runOwnNetwork();
    pickSeedSheet();
    ASSERT_FALSE(document()->showsOwnNetwork());

    // Picked again (shownSheetChanged), the panel lists the network's quantities at once, from 0 to the
    // newest complete row, and shows the network's diagram in place of the seed's.
    pickOwnNetwork();
    EXPECT_EQ(listed(), labelsOf(network()));
    EXPECT_EQ(listed().count("w²₁₁"), 1U);
    EXPECT_EQ(listed().count("w1"), 0U);
    EXPECT_EQ(timeTravel()->iterationA(), 0);
    EXPECT_EQ(timeTravel()->iterationB(), network().completedIterations() - 1);
    EXPECT_TRUE(timeTravel()->ownDiagram()->isVisibleTo(timeTravel()));
    EXPECT_FALSE(timeTravel()->diagram()->isVisibleTo(timeTravel()));
    // The changes are the network's: w²₁₁'s is its row B − row A.
    const int q = network().quantities().indexOf("w2_11");
    const int b = timeTravel()->iterationB();
    bool found = false;
    for (const QuantityChange& change : timeTravel()->changes()) {
        if (change.quantity != q) continue;
        found = true;
        EXPECT_EQ(change.difference, network().value(b, q) - network().value(0, q));
    }
    EXPECT_TRUE(found);

    pickSeedSheet();
    EXPECT_EQ(listed(), labelsOf(document()->sheet()));
    EXPECT_EQ(listed().count("w1"), 1U);
    EXPECT_EQ(listed().count("w²₁₁"), 0U);
    EXPECT_TRUE(timeTravel()->diagram()->isVisibleTo(timeTravel()));
    EXPECT_FALSE(timeTravel()->ownDiagram()->isVisibleTo(timeTravel()));
}

TEST_F(TimeTravelOwnNetworkTest, CsvExportNamesTheNetworksIds) {
    runOwnNetwork();
    timeTravel()->refresh(); // the panel may be hidden: bring it up to the run
    const int last = network().completedIterations() - 1;
    timeTravel()->setIterations(0, last);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("changes.csv"));
    QString error;
    ASSERT_TRUE(timeTravel()->exportCsv(path, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_EQ(lines.front(), QStringLiteral("quantity,at_0,at_%1,difference,relative_change").arg(last));
    QStringList ids;
    for (qsizetype k = 1; k < lines.size(); ++k) ids << lines[k].section(QLatin1Char(','), 0, 0);
    EXPECT_TRUE(ids.contains(QStringLiteral("w2_11"))) << ids.join(' ').toStdString();
    EXPECT_FALSE(ids.contains(QStringLiteral("w1"))) << ids.join(' ').toStdString();
    // Every line, byte for byte, is the core's CSV of the network's diff.
    std::ostringstream expected;
    writeIterationDiffCsv(expected, network(), iterationDiff(network(), 0, last), 0, last);
    EXPECT_EQ(csv.toStdString(), expected.str());
}

} // namespace
} // namespace bplab::ui
