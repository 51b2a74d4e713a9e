#include "ui/sheet/sheet_loss_curve.h"

#include "core/sheet/backprop_sheet.h"

#include <QCoreApplication>

namespace bplab::ui {

LossChart::Curve sheetLossCurve(const BackpropSheet& sheet) {
    const std::vector<double> losses = sheet.lossCurve();
    return {QStringLiteral("η = %1").arg(sheet.inputs().learningRate),
            QList<double>(losses.begin(), losses.end()), sheet.divergedAt(),
            sheet.stoppedAtUncomputableCell()};
}

QString sheetActivationName(const SheetInputs& inputs) {
    return QCoreApplication::translate("SheetChart", "%1 network")
        .arg(QString::fromUtf8(activationName(inputs.activation).data()));
}

QString sheetRunCaption(const SheetInputs& inputs) {
    return QCoreApplication::translate("SheetChart", "%1, η = %2")
        .arg(sheetNetworkName(inputs))
        .arg(inputs.learningRate);
}

QString sheetNetworkName(const SheetInputs& inputs) {
    const QString activation = sheetActivationName(inputs);
    return inputs.loss == Loss::CrossEntropy
               ? QCoreApplication::translate("SheetChart", "%1, cross-entropy").arg(activation)
               : activation;
}

} // namespace bplab::ui
