#include "ui/mnist/training/training_progress_row.h"

#include "ui/common/locale_numbers.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

#include <algorithm>
#include <cmath>

namespace bplab::ui {

namespace {
// "m:ss", e.g. an ETA of 75 s is "1:15".
QString clock(double seconds) {
    const long total = std::lround(seconds);
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

TrainingProgressRow::TrainingProgressRow(QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_speed(new QLabel(this)) {
    m_bar->setFormat(tr("no training yet"));
    m_bar->setValue(0);
    m_bar->setAccessibleName(tr("Training progress"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_speed);
    describe();
}

void TrainingProgressRow::describe() {
    // A screen reader hears the bar's percentage as its value; the words on the bar and the speed
    // beside it come as its description.
    const QString speed = m_speed->text();
    m_bar->setAccessibleDescription(speed.isEmpty() ? m_bar->text() : tr("%1; %2").arg(m_bar->text(), speed));
}

void TrainingProgressRow::showStarting(int epochs) {
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_bar->setFormat(tr("epoch 1/%1 — starting…").arg(epochs));
    describe();
}

void TrainingProgressRow::showProgress(const BatchProgress& p) {
    m_bar->setRange(0, p.batches);
    m_bar->setValue(p.batch);
    m_bar->setFormat(
        tr("epoch %1/%2 — batch %3/%4 (%p%)").arg(p.epoch).arg(p.epochs).arg(p.batch).arg(p.batches));
    m_speed->setText(tr("%1 img/s · ETA %2 · loss %3")
                         .arg(QLocale().toString(std::lround(p.imagesPerSecond)))
                         .arg(clock(p.etaSeconds))
                         .arg(localFixed(p.loss, 4)));
    describe();
}

void TrainingProgressRow::showDiverged(const Divergence& divergence, const DivergenceRate& rate) {
    m_bar->setRange(0, std::max(1, divergence.batches));
    m_bar->setValue(divergence.batch);
    // The bar's format treats % as a placeholder (%p, %v): a rate never contains one, but be safe.
    m_bar->setFormat(
        divergenceHeadlineText(divergence, rate).replace(QLatin1Char('%'), QStringLiteral("%%")));
    m_speed->clear();
    describe();
}

void TrainingProgressRow::showEnd(End end, int epochsDone) {
    if (end == End::Completed) m_bar->setFormat(tr("done — %n epoch(s)", nullptr, epochsDone));
    if (end == End::Stopped) m_bar->setFormat(tr("stopped"));
    m_speed->clear();
    describe();
}

} // namespace bplab::ui
