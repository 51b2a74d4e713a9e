#include "ui/mnist/divergence_text.h"

#include "core/mnist/divergence_watch.h"

#include <QCoreApplication>

namespace bplab::ui {

namespace {
// tr() for this file's functions, under a context that lupdate reads from the macro (a plain helper
// function would hide the strings from it).
struct DivergenceTextText {
    Q_DECLARE_TR_FUNCTIONS(bplab::ui::DivergenceText)
};

// Why η is what it is, after "η = …"; empty when the recipe's constant rate says it all.
QString rateNote(const DivergenceRate& rate) {
    if (rate.peak <= 0.0) return {};
    if (rate.oneCycle) {
        return rate.setLive
                   ? DivergenceTextText::tr(
                         "the one-cycle schedule's rate at that batch, scaled to the peak %1 you set live")
                         .arg(rate.peak)
                   : DivergenceTextText::tr("the one-cycle schedule's rate at that batch for the peak %1")
                         .arg(rate.peak);
    }
    return rate.setLive ? DivergenceTextText::tr("set live") : QString();
}
} // namespace

QString divergenceHeadlineText(const Divergence& divergence, const DivergenceRate& rate) {
    QString headline = QString::fromStdString(divergenceHeadline(divergence));
    const QString note = rateNote(rate);
    if (note.isEmpty()) return headline;
    // The core's headline ends in "(η = …)": the note goes inside, beside the number it explains.
    if (headline.endsWith(QLatin1Char(')'))) return headline.chopped(1) + QStringLiteral(", %1)").arg(note);
    return QStringLiteral("%1 (%2)").arg(headline, note);
}

QString divergenceSentence(const Divergence& divergence, const DivergenceRate& rate) {
    // describeDivergence is the headline and then the rest of the sentence (divergence_watch.h).
    const std::string headline = divergenceHeadline(divergence);
    const std::string sentence = describeDivergence(divergence);
    return divergenceHeadlineText(divergence, rate) +
           QString::fromStdString(sentence.substr(headline.size()));
}

QString divergenceMarkerLabel(const Divergence& divergence) {
    return DivergenceTextText::tr("diverged, η = %1").arg(divergence.learningRate);
}

} // namespace bplab::ui
