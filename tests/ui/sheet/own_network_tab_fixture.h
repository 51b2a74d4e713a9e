#pragma once

// The sheet tab with the own network shown, and what its tests read of it.
#include "tests/ui/sheet/sheet_tab_fixture.h"

#include "core/sheet/network/network_architecture.h"
#include "core/sheet/network/network_chain_rule.h"
#include "core/sheet/network/network_csv.h"
#include "core/sheet/network/network_matrix_form.h"
#include "core/sheet/weight_init.h"
#include "ui/sheet/views/compare_rates_panel.h"
#include "ui/sheet/boundary/decision_boundary_view.h"
#include "ui/sheet/table/formula_bar.h"
#include "ui/sheet/views/gradient_check_panel.h"
#include "ui/sheet/values/learning_rate_control.h"
#include "ui/sheet/landscape/loss_landscape_pane.h"
#include "ui/sheet/values/network_architecture_editor.h"
#include "ui/sheet/diagram/network_diagram.h"
#include "ui/sheet/values/network_values_panel.h"
#include "ui/sheet/diagram/own_network_diagram.h"
#include "ui/sheet/quiz/quiz_panel.h"
#include "ui/sheet/views/saturation_panel.h"
#include "ui/sheet/sheet_document.h"
#include "ui/sheet/sheet_loss_curve.h"
#include "ui/sheet/sheet_settings.h"
#include "ui/sheet/values/sheet_values_stack.h"
#include "ui/sheet/views/time_travel_panel.h"
#include "ui/sheet/values/training_set_editor.h"

#include <QFile>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

#include <sstream>

namespace bplab::ui {

class OwnNetworkTabTest : public SheetTabTest {
protected:
    using Weights = std::vector<std::vector<std::vector<double>>>;

    // As a student picks an entry of a combo box's list: the box changes, then says it was activated.
    static void pick(QComboBox* box, int index) {
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
    }
    void pickOwnNetwork() {
        pick(tab->valuesStack()->networkBox(), 1);
        ASSERT_TRUE(tab->document()->showsOwnNetwork());
    }
    void pickSeedSheet() { pick(tab->valuesStack()->networkBox(), 0); }

    SheetDocument* document() const { return tab->document(); }
    NetworkValuesPanel* panel() const { return tab->networkValuesPanel(); }
    const NetworkSheet& network() const { return *tab->document()->ownNetwork(); }
    NetworkSpec spec() const { return network().spec(); }
    int cellOf(const std::string& id) const {
        return network().cellOfQuantity(network().quantities().indexOf(id));
    }
    Weights drawn(const std::vector<int>& layers) const {
        const StartingWeights& start = panel()->startingWeights();
        return drawNetworkWeights(layers, start.init, start.seed, start.uniformRange);
    }
    QString chartTitle() const { return tab->lossChart()->chartView()->chart()->title(); }
    // The lower tabs both sheets share: each follows whichever sheet is shown.
    QList<QWidget*> sharedViews() const {
        return {tab->gradientCheck(), tab->comparePanel(),    tab->landscapePane(),
                tab->quizPanel(),     tab->saturationPanel(), tab->timeTravelPanel()};
    }
    void expectTableShowsTheOwnNetwork() const {
        const std::vector<int> columns = network().columns();
        ASSERT_EQ(tab->tableModel()->columnCount(), static_cast<int>(columns.size()));
        EXPECT_EQ(tab->tableModel()->rowCount(), network().rowCount());
        for (int c = 0; c < static_cast<int>(columns.size()); ++c) {
            EXPECT_EQ(tab->tableModel()->quantityOfColumn(c), columns[static_cast<std::size_t>(c)]) << c;
            EXPECT_EQ(tab->tableModel()->headerData(c, Qt::Horizontal).toString().toStdString(),
                      network().labelOf(columns[static_cast<std::size_t>(c)]))
                << c;
        }
    }
};

} // namespace bplab::ui
