#pragma once

// The fixture of the sheet tab's GUI tests: a fresh tab at 1280×760 on clean settings, shown and
// active (shortcuts only reach an active window), with helpers that read the chart and the table.
// Runs under the offscreen platform with the Fusion style (see tests/support/qt_test_main.cpp).
#include "ui/charts/loss_chart.h"
#include "ui/sheet/backprop_sheet_tab.h"
#include "ui/sheet/values/sheet_inputs_panel.h"
#include "ui/sheet/lessons/sheet_lessons.h"
#include "ui/sheet/table/sheet_table_model.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLineSeries>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace bplab::ui {

class SheetTabTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        tab = std::make_unique<BackpropSheetTab>();
        tab->resize(1280, 760);
        tab->show();
        tab->activateWindow(); // QApplication::setActiveWindow is deprecated from Qt 6.5
        ASSERT_TRUE(QTest::qWaitForWindowExposed(tab.get()));
    }
    void TearDown() override {
        tab.reset();
        QSettings().clear();
    }

    QList<QLineSeries*> lineSeries() const {
        QList<QLineSeries*> result;
        for (QAbstractSeries* series : tab->lossChart()->chartView()->chart()->series()) {
            if (auto* line = qobject_cast<QLineSeries*>(series)) { // the divergence markers are scatter
                result.append(line);
            }
        }
        return result;
    }
    double tableValue(int row, int q) const {
        return tab->tableModel()
            ->index(row, tab->tableModel()->columnOfQuantity(q))
            .data(SheetTableModel::ExactValueRole)
            .toDouble();
    }
    // The Lessons menu's entry with this title, or nullptr.
    QAction* lessonAction(const QString& title) const {
        for (QAction* action : tab->lessons()->lessonActions()) {
            if (action->text() == title) return action;
        }
        return nullptr;
    }
    void setActivation(Activation activation) {
        QComboBox* box = tab->inputsPanel()->activationBox();
        box->setCurrentIndex(box->findData(static_cast<int>(activation)));
    }

    std::unique_ptr<BackpropSheetTab> tab;
};

} // namespace bplab::ui
