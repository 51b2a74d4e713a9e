#include "ui/mnist/lr_range/lr_range_dialog.h"

#include "ui/charts/lr_range_chart.h"
#include "ui/common/locale_numbers.h"
#include "ui/mnist/lr_range/lr_range_job.h"
#include "ui/mnist/lr_range/lr_range_summary.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace bplab::ui {

namespace {
constexpr int kPollMilliseconds = 100;

// A rate as typed: "1e-5", "0.001", or with the window's decimal mark ("0,001" in German); nothing for
// anything else.
std::optional<double> typedRate(const QLineEdit* edit) {
    const std::optional<double> value = typedNumber(edit->text());
    if (!value || !std::isfinite(*value)) return std::nullopt;
    return value;
}
} // namespace

LrRangeDialog::LrRangeDialog(QWidget* parent)
    : QDialog(parent)
    , m_job(new LrRangeJob(this))
    , m_chart(new LrRangeChart(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_batches(new QSpinBox(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_use(new QPushButton(tr("&Use η"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_poll(new QTimer(this)) {
    setWindowTitle(tr("Find a learning rate"));
    const LrRangeSettings defaults;
    m_from->setText(localNumber(defaults.from));
    m_to->setText(localNumber(defaults.to));
    m_from->setToolTip(tr("The rate of the first batch (a number above 0, e.g. 1e-5)"));
    m_to->setToolTip(tr("The rate of the last batch, if the loss has not blown up before"));
    m_batches->setRange(2, 10000);
    m_batches->setValue(defaults.batches);
    m_batches->setToolTip(tr("Batches to train; the rate grows by the same factor from each to the next"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_use->setToolTip(tr("Set the learning rate (the one-cycle peak) to the suggested rate"));
    m_chart->setRateRange(defaults.from, defaults.to);

    auto* bounds = new QHBoxLayout;
    auto* form = new QFormLayout;
    form->addRow(tr("&From η:"), m_from);
    auto* form2 = new QFormLayout;
    form2->addRow(tr("&To η:"), m_to);
    auto* form3 = new QFormLayout;
    form3->addRow(tr("&Batches:"), m_batches);
    bounds->addLayout(form);
    bounds->addLayout(form2);
    bounds->addLayout(form3);
    bounds->addWidget(m_start);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_use, QDialogButtonBox::ApplyRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bounds);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 560);

    m_poll->setInterval(kPollMilliseconds);
    connect(m_poll, &QTimer::timeout, this, &LrRangeDialog::drainPoints);
    connect(m_job, &LrRangeJob::finished, this, &LrRangeDialog::onFinished);
    connect(m_start, &QPushButton::clicked, this,
            [this] { isTestRunning() ? cancelTest() : (void)startTest(); });
    connect(m_use, &QPushButton::clicked, this, [this] { Q_EMIT useRate(m_job->result().suggestedRate); });
    m_status->setText(
        tr("A fresh model (the settings' recipe: optimizer, batch size, seed) trains while the "
           "rate grows from the first to the last value; the loss against the rate shows "
           "where learning is fastest and where it blows up. Your trained model is not touched."));
    updateControls();
}

LrRangeDialog::~LrRangeDialog() = default; // the job cancels and waits in its own destructor

void LrRangeDialog::setInput(const TrainConfig& recipe, std::shared_ptr<const MnistData> mnist) {
    m_recipe = recipe;
    m_data = std::move(mnist);
    updateControls();
}

void LrRangeDialog::setTrainingRunning(bool running) {
    m_trainingRunning = running;
    updateControls();
}

bool LrRangeDialog::isTestRunning() const { return m_job->isRunning(); }
QString LrRangeDialog::statusText() const { return m_status->text(); }
const LrRangeResult& LrRangeDialog::result() const { return m_job->result(); }

std::optional<LrRangeSettings> LrRangeDialog::typedSettings(QString* error) const {
    LrRangeSettings settings;
    const auto from = typedRate(m_from);
    if (!from || *from <= 0.0) {
        *error = tr("the first rate must be a number above 0, such as %1, not “%2”")
                     .arg(localNumber(settings.from), m_from->text());
        return std::nullopt;
    }
    const auto to = typedRate(m_to);
    if (!to || *to <= *from) {
        *error = tr("the last rate must be a number above the first (%1), not “%2”")
                     .arg(localNumber(*from), m_to->text());
        return std::nullopt;
    }
    settings.from = *from;
    settings.to = *to;
    settings.batches = m_batches->value(); // the spin box keeps it at 2 or more
    return settings;
}

bool LrRangeDialog::startTest() {
    QString error;
    const std::optional<LrRangeSettings> typed = typedSettings(&error);
    const LrRangeSettings settings = typed.value_or(LrRangeSettings{});
    if (error.isEmpty() && !m_data) error = tr("no MNIST data is loaded yet");
    if (error.isEmpty() && m_trainingRunning) error = tr("a training run is in progress");
    if (error.isEmpty()) m_job->start(m_recipe, m_data, settings, &error);
    if (!error.isEmpty()) {
        m_status->setText(tr("Cannot start: %1. Fix it and press Start again.").arg(error));
        return false;
    }
    m_settings = settings;
    m_chart->clear();
    m_chart->setRateRange(settings.from, settings.to);
    m_pointsShown = 0;
    m_progress->setRange(0, settings.batches);
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_status->setText(tr("Training a fresh model for up to %1 batches, η from %2 to %3…")
                          .arg(settings.batches)
                          .arg(rateText(settings.from), rateText(settings.to)));
    m_poll->start();
    updateControls();
    Q_EMIT testRunningChanged(true);
    return true;
}

void LrRangeDialog::cancelTest() {
    m_job->cancel();
    m_status->setText(tr("Cancelling after the current batch…"));
}

void LrRangeDialog::drainPoints() {
    const std::vector<LrRangePoint> points = m_job->takePoints();
    if (points.empty()) return;
    m_pointsShown += static_cast<int>(points.size());
    appendRangePoints(*m_chart, points);
    m_progress->setValue(m_pointsShown);
}

void LrRangeDialog::onFinished(const QString& error) {
    m_poll->stop();
    drainPoints();
    const LrRangeResult& r = m_job->result();
    if (!error.isEmpty()) {
        m_status->setText(tr("The range test stopped with an error: %1").arg(error));
    } else if (r.cancelled || r.minimum < 0) {
        m_status->setText(tr("Cancelled after %n batch(es): too little of the curve to suggest a rate. "
                             "Press Start to run it again.",
                             nullptr, static_cast<int>(r.points.size())));
    } else {
        drawRangeTest(*m_chart, r, /*withPoints=*/false);
        m_status->setText(rangeTestSummary(r, m_settings));
    }
    showEndOnProgressBar(r, !error.isEmpty());
    updateControls();
    Q_EMIT testRunningChanged(false);
}

void LrRangeDialog::showEndOnProgressBar(const LrRangeResult& result, bool failed) {
    const int batches = static_cast<int>(result.points.size());
    if (failed || result.cancelled) {
        m_progress->setFormat(failed ? tr("stopped by an error")
                                     : tr("cancelled after %n batch(es)", nullptr, batches));
        return;
    }
    // A test that stops at the blow-up has finished, though it trained fewer batches than it could:
    // the bar says so instead of waiting at 94 %.
    m_progress->setValue(m_progress->maximum());
    m_progress->setFormat(
        result.blowUpRate
            ? tr("done: stopped at the blow-up after %1 of %2 batches").arg(batches).arg(m_settings.batches)
            : tr("done: %n batch(es)", nullptr, batches));
}

void LrRangeDialog::updateControls() {
    const bool running = isTestRunning();
    m_start->setText(running ? tr("&Cancel") : tr("&Start"));
    m_start->setEnabled(running || (!m_trainingRunning && m_data));
    m_start->setToolTip(running             ? tr("Stop the range test after the current batch")
                        : m_trainingRunning ? tr("Training is running: the range test waits until it ends, "
                                                 "so the two do not share the processor")
                        : !m_data           ? tr("Load the MNIST data first")
                                            : tr("Train a fresh model while the rate grows"));
    const LrRangeResult& r = m_job->result();
    const bool suggestion = !running && !r.cancelled && r.suggestedRate > 0;
    m_use->setEnabled(suggestion);
    m_use->setText(suggestion ? tr("&Use η = %1").arg(rateText(r.suggestedRate)) : tr("&Use η"));
    for (QWidget* w : std::initializer_list<QWidget*>{m_from, m_to, m_batches}) w->setEnabled(!running);
}

} // namespace bplab::ui
