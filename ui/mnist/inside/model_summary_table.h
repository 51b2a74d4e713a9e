#pragma once

#include "core/mnist/data/class_names.h"

#include <QSplitter>
#include <QTableWidget>

namespace bplab::ui {

class ParameterBreakdownTable;

// The CNN's layers as a read-only table, Keras-style: layer, output shape, parameters, and the total.
class ModelSummaryTable : public QTableWidget {
    Q_OBJECT
public:
    explicit ModelSummaryTable(QWidget* parent = nullptr);
    // The network with one output per class of a data set of `classes` (MNIST's ten at first).
    void showClasses(int classes);
};

// The "Model summary" pane: that table beside the parameter breakdown (ParameterBreakdownTable), both
// for the loaded data set's class count.
class ModelSummaryView : public QSplitter {
    Q_OBJECT
public:
    explicit ModelSummaryView(QWidget* parent = nullptr);
    void showClasses(int classes);
    ModelSummaryTable* summary() const { return m_summary; }
    ParameterBreakdownTable* breakdown() const { return m_breakdown; }

private:
    ModelSummaryTable* m_summary;
    ParameterBreakdownTable* m_breakdown;
};

} // namespace bplab::ui
