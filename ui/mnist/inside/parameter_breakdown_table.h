#pragma once

#include <QTableWidget>

namespace bplab::ui {

// Where the 11,154 parameters sit: per layer its weights (BatchNorm: scale γ), biases (shift β), their
// sum, its share of the total, and the receptive field of one of its units on the 28×28 input.
class ParameterBreakdownTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { Layer, Weights, Biases, Parameters, Share, ReceptiveField, ColumnCount };

    explicit ParameterBreakdownTable(QWidget* parent = nullptr);
};

} // namespace bplab::ui
