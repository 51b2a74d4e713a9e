#include "ui/sheet/sheet_loss_curve.h"

#include "core/sheet/network/network_spec.h"
#include "core/sheet/sheet_engine.h"
#include "ui/common/core_text.h"
#include "ui/common/locale_numbers.h"

#include <QStringList>

#include <QCoreApplication>

namespace bplab::ui {

LossChart::Curve sheetLossCurve(const SheetEngine& sheet) {
    const std::vector<double> losses = sheet.lossCurve();
    return {QStringLiteral("η = %1").arg(localNumber(sheet.learningRate())),
            QList<double>(losses.begin(), losses.end()), sheet.divergedAt(),
            sheet.stoppedAtUncomputableCell()};
}

QString sheetActivationName(const SheetInputs& inputs) {
    return QCoreApplication::translate("SheetChart", "%1 network")
        .arg(coreText(kActivationContext, activationName(inputs.activation)));
}

QString sheetRunCaption(const SheetInputs& inputs) {
    return QCoreApplication::translate("SheetChart", "%1, η = %2")
        .arg(sheetNetworkName(inputs))
        .arg(localNumber(inputs.learningRate));
}

QString sheetNetworkName(const SheetInputs& inputs) {
    const QString activation = sheetActivationName(inputs);
    return inputs.loss == Loss::CrossEntropy
               ? QCoreApplication::translate("SheetChart", "%1, cross-entropy").arg(activation)
               : activation;
}

QString networkName(const NetworkSpec& spec) {
    QStringList sizes;
    for (const int units : spec.layers) sizes << QString::number(units);
    QStringList activations;
    for (const Activation activation : spec.activations)
        activations << coreText(kActivationContext, activationName(activation));
    activations.removeDuplicates();
    const QString network = activations.size() == 1
                                ? QCoreApplication::translate("SheetChart", "%1 %2 network")
                                      .arg(sizes.join(u'-'), activations.front())
                                : QCoreApplication::translate("SheetChart", "%1 network (%2)")
                                      .arg(sizes.join(u'-'), activations.join(QStringLiteral(", ")));
    const int examples = static_cast<int>(spec.data.examples.size());
    // Written out in both numbers: no translation is loaded for English, and "%n example(s)" would show.
    return examples == 1
               ? QCoreApplication::translate("SheetChart", "%1, 1 example").arg(network)
               : QCoreApplication::translate("SheetChart", "%1, %2 examples").arg(network).arg(examples);
}

QString networkLossName(const NetworkSpec& spec) {
    return spec.loss == Loss::CrossEntropy
               ? QCoreApplication::translate("SheetChart", "%1, cross-entropy").arg(networkName(spec))
               : networkName(spec);
}

QString networkRunCaption(const NetworkSpec& spec) {
    return QCoreApplication::translate("SheetChart", "%1, η = %2")
        .arg(networkLossName(spec))
        .arg(localNumber(spec.learningRate));
}

} // namespace bplab::ui
