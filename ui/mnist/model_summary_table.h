#pragma once

#include <QTableWidget>

namespace bplab::ui {

// The CNN's layers as a read-only table, Keras-style: layer, output shape, parameters, and the total.
class ModelSummaryTable : public QTableWidget {
    Q_OBJECT
public:
    explicit ModelSummaryTable(QWidget* parent = nullptr);
};

} // namespace bplab::ui
