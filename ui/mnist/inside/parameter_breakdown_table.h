#pragma once

#include <QTableWidget>

namespace bplab::ui {

// Where the parameters sit (11,154 for MNIST's ten classes, 10,984 + 17 per class): per layer its weights
// (BatchNorm: scale γ), biases (shift β), their sum, its share of the total, and the receptive field of one
// of its units on the 28×28 input.
class ParameterBreakdownTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { Layer, Weights, Biases, Parameters, Share, ReceptiveField, ColumnCount };

    explicit ParameterBreakdownTable(QWidget* parent = nullptr);
    // The network with one output per class of a data set of `classes` (MNIST's ten at first).
    void showClasses(int classes);
};

} // namespace bplab::ui
