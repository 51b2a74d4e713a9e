#include "ui/mnist/inside/parameter_breakdown_table.h"

#include "core/mnist/data/class_names.h"
#include "core/mnist/parameter_breakdown.h"
#include "ui/mnist/inside/number_items.h"

#include <QHeaderView>
#include <QLocale>

namespace bplab::ui {

ParameterBreakdownTable::ParameterBreakdownTable(QWidget* parent)
    : QTableWidget(parent) {
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Layer"), tr("Weights (γ)"), tr("Biases (β)"), tr("Parameters"),
                               tr("Share"), tr("Receptive field")});
    horizontalHeaderItem(Weights)->setToolTip(
        tr("Kernel or matrix entries; for BatchNorm, its scale γ per channel."));
    horizontalHeaderItem(Biases)->setToolTip(
        tr("One per output channel; for BatchNorm, its shift β per channel."));
    horizontalHeaderItem(ReceptiveField)
        ->setToolTip(tr("The square of input pixels one unit of this layer sees: each k×k kernel adds k − 1 "
                        "steps of the layer below, and pooling doubles the step."));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    // Numbers as wide as they need (the last header is the longest); the layer names take the rest.
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(Layer, QHeaderView::Stretch);
    setAccessibleName(tr("Parameter breakdown"));
    showClasses(kMnistClasses);
}

void ParameterBreakdownTable::showClasses(int classes) {
    const ParameterBreakdown breakdown = mnistParameterBreakdown(classes);
    const int rows = static_cast<int>(breakdown.layers.size());
    clearContents();
    setRowCount(rows + 1);
    for (int r = 0; r < rows; ++r) {
        const LayerBreakdown& layer = breakdown.layers[static_cast<std::size_t>(r)];
        setItem(r, Layer, new QTableWidgetItem(QString::fromStdString(layer.layer)));
        setItem(r, Weights, countItem(layer.weights));
        setItem(r, Biases, countItem(layer.biases));
        setItem(r, Parameters, countItem(layer.parameters()));
        setItem(r, Share, numberItem(QStringLiteral("%1 %").arg(QLocale().toString(layer.share, 'f', 1))));
        setItem(r, ReceptiveField, numberItem(tr("%1 × %1 px").arg(layer.receptiveField)));
    }
    setItem(rows, Layer, new QTableWidgetItem(tr("Total")));
    setItem(rows, Parameters, countItem(breakdown.totalParameters));
    setItem(rows, Share, numberItem(QStringLiteral("%1 %").arg(QLocale().toString(100.0, 'f', 1))));
    QFont bold = font();
    bold.setBold(true);
    for (int column : {int(Layer), int(Parameters), int(Share)}) item(rows, column)->setFont(bold);
    setAccessibleDescription(tr("Where the %1 parameters sit: per layer its weights, biases, their sum, its "
                                "share and the receptive field of one of its units.")
                                 .arg(breakdown.totalParameters));
}

} // namespace bplab::ui
