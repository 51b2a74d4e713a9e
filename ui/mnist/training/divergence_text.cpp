#include "ui/mnist/training/divergence_text.h"

#include "ui/common/locale_numbers.h"

#include <QCoreApplication>

namespace bplab::ui {

namespace {
// tr() for this file's functions, under a context that lupdate reads from the macro (a plain helper
// function would hide the strings from it).
struct DivergenceTextText {
    Q_DECLARE_TR_FUNCTIONS(bplab::ui::DivergenceText)
};

// A rate or a loss as the core writes it (6 significant digits, "nan", "inf"), with the locale's
// decimal mark.
QString number(double value) { return withLocaleDecimals(QString::number(value, 'g', 6)); }

// Why η is what it is, after "η = …"; empty when the recipe's constant rate says it all.
QString rateNote(const DivergenceRate& rate) {
    if (rate.peak <= 0.0) return {};
    if (rate.oneCycle) {
        return rate.setLive
                   ? DivergenceTextText::tr(
                         "the one-cycle schedule's rate at that batch, scaled to the peak %1 you set live")
                         .arg(number(rate.peak))
                   : DivergenceTextText::tr("the one-cycle schedule's rate at that batch for the peak %1")
                         .arg(number(rate.peak));
    }
    return rate.setLive ? DivergenceTextText::tr("set live") : QString();
}
} // namespace

QString divergenceHeadlineText(const Divergence& divergence, const DivergenceRate& rate) {
    // The core's divergenceHeadline in the window's language; the note goes inside the parentheses,
    // beside the number it explains.
    const QString note = rateNote(rate);
    const QString eta = note.isEmpty() ? number(divergence.learningRate)
                                       : QStringLiteral("%1, %2").arg(number(divergence.learningRate), note);
    return DivergenceTextText::tr("diverged at epoch %1, batch %2 (η = %3)")
        .arg(divergence.epoch)
        .arg(divergence.batch)
        .arg(eta);
}

QString divergenceSentence(const Divergence& divergence, const DivergenceRate& rate) {
    // describeDivergence's sentence (divergence_watch.h), worded here from the same values.
    const QString headline = divergenceHeadlineText(divergence, rate);
    const QString loss = number(divergence.loss);
    return divergence.keptEpochs == 0
               ? DivergenceTextText::tr(
                     "%1: the training loss became %2; the weights are back at the start of "
                     "the run, the last finite state")
                     .arg(headline, loss)
               : DivergenceTextText::tr("%1: the training loss became %2; the weights are back at the end of "
                                        "epoch %3, the last finite state")
                     .arg(headline, loss)
                     .arg(divergence.keptEpochs);
}

QString divergenceMarkerLabel(const Divergence& divergence) {
    return DivergenceTextText::tr("diverged, η = %1").arg(number(divergence.learningRate));
}

} // namespace bplab::ui
