#pragma once

#include <QTableWidget>

namespace bplab::ui {

// The CNN's layers as a read-only table, Keras-style: layer, output shape, parameters, and the total.
class ModelSummaryTable : public QTableWidget {
    Q_OBJECT
public:
    explicit ModelSummaryTable(QWidget* parent = nullptr);
};

// The "Model summary" pane: this table beside the parameter breakdown (ParameterBreakdownTable).
QWidget* createModelSummaryView(QWidget* parent);

} // namespace bplab::ui
