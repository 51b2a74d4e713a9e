#include "ui/sheet/views/compare_rates_panel.h"
#include "ui/common/core_text.h"
#include "ui/common/locale_numbers.h"
#include "ui/common/palette_colors.h"
#include "ui/common/widget_helpers.h"
#include "ui/sheet/sheet_messages.h"

#include "core/sheet/network/network_rate_sweep.h"
#include "core/sheet/sheet_inputs.h"
#include "ui/sheet/sheet_document.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QShowEvent>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <stdexcept>

namespace bplab::ui {

namespace {
constexpr int kMaxRates = 12;
}

CompareRatesPanel::CompareRatesPanel(const SheetDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_ratesEdit(new QLineEdit(this))
    , m_target(new QDoubleSpinBox(this))
    , m_bothLosses(new QCheckBox(tr("Both &losses, on one scale"), this))
    , m_error(new QLabel(this))
    , m_table(new QTableWidget(0, 3, this)) {
    m_ratesEdit->setText(ratesText());
    m_ratesEdit->setToolTip(
        tr("Learning rates to compare, such as %1 (up to %2)").arg(ratesText({0.1, 0.5, 2})).arg(kMaxRates));
    m_target->setDecimals(6);
    m_target->setRange(1e-6, 10.0);
    m_target->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_target->setValue(0.05);
    m_target->setToolTip(tr("The loss each run has to reach; the table counts the iterations it takes"));
    m_bothLosses->setToolTip(
        tr("Run each rate with ½·squared error and with cross-entropy, and show both as the outputs' "
           "squared error ½·Σ(t − a)², so the curves share one scale. Try w5 = w6 = 3: a confident mistake "
           "that cross-entropy corrects far sooner."));
    keepReadableColour(m_error, alertHue()); // the error red, on any window colour
    m_error->setWordWrap(true);
    m_error->hide();
    m_table->setHorizontalHeaderLabels({tr("run"), tr("iterations to target"), tr("final loss")});
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Compared rates"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Rates:"), m_ratesEdit);
    form->addRow(tr("Target loss:"), m_target);
    form->addRow(m_bothLosses);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    connect(m_ratesEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        QString error;
        const bool ok = setRatesText(text, &error);
        showError(ok ? QString() : error);
    });
    connect(m_target, &QDoubleSpinBox::valueChanged, this, &CompareRatesPanel::refreshTable);
    connect(m_bothLosses, &QCheckBox::toggled, this, &CompareRatesPanel::recompute);
    connect(m_document, &SheetDocument::shownSheetChanged, this, &CompareRatesPanel::followDocument);
    connect(m_document, &SheetDocument::changed, this, &CompareRatesPanel::followDocument);
}

std::optional<std::vector<double>> CompareRatesPanel::parseRates(const QString& text, const QLocale& locale,
                                                                 QString* error) {
    const bool commaIsDecimal = locale.decimalPoint() == QStringLiteral(",");
    const QRegularExpression separators(commaIsDecimal ? QStringLiteral("[;\\s]+")
                                                       : QStringLiteral("[,;\\s]+"));
    std::vector<double> rates;
    for (const QString& word : text.split(separators, Qt::SkipEmptyParts)) {
        const std::optional<double> rate = typedNumber(word, locale);
        if (!rate || !isUsableLearningRate(*rate)) {
            if (error) *error = tr("'%1' is not a learning rate: use numbers greater than 0.").arg(word);
            return std::nullopt;
        }
        rates.push_back(*rate);
    }
    if (rates.empty() || rates.size() > kMaxRates) {
        if (error) *error = tr("Give between 1 and %1 learning rates.").arg(kMaxRates);
        return std::nullopt;
    }
    return rates;
}

bool CompareRatesPanel::setRates(const std::vector<double>& rates, QString* error) {
    // The same checks as a typed list: the text form (shortest round trip) carries every rate exactly.
    return setRatesText(ratesText(rates), error);
}

bool CompareRatesPanel::setRatesText(const QString& text, QString* error) {
    const auto rates = parseRates(text, QLocale(), error);
    if (!rates) return false;
    m_rates = *rates;
    // The box keeps what the student is typing; a list set from elsewhere is written out.
    if (m_ratesEdit->text() != text) m_ratesEdit->setText(ratesText());
    recompute();
    return true;
}

QString CompareRatesPanel::ratesText(const std::vector<double>& rates, const QLocale& locale) {
    QStringList parts;
    for (double rate : rates)
        parts << withLocaleDecimals(QString::number(rate, 'g', QLocale::FloatingPointShortest), locale);
    return parts.join(localListSeparator(locale));
}

double CompareRatesPanel::targetLoss() const { return m_target->value(); }
void CompareRatesPanel::setTargetLoss(double loss) { m_target->setValue(loss); }

bool CompareRatesPanel::comparesLosses() const { return m_bothLosses->isChecked(); }
void CompareRatesPanel::setComparesLosses(bool both) { m_bothLosses->setChecked(both); }

QString CompareRatesPanel::curveName(const LossCurve& curve) {
    QString rate = QStringLiteral("η = %1").arg(localNumber(curve.learningRate));
    if (!curve.loss) return rate;
    return QStringLiteral("%1, %2").arg(rate, coreText(kLossContext, lossLabel(*curve.loss)));
}

void CompareRatesPanel::showError(const QString& error) {
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

CompareRatesPanel::SweptSheet CompareRatesPanel::shownSheet() const {
    SweptSheet shown;
    if (const NetworkSheet* own = m_document->shownOwnNetwork()) {
        shown.ownNetwork = own->spec();
        shown.ownNetwork->learningRate = 0.0; // every run sets its own
        shown.iterations = own->iterationLimit();
    } else {
        shown.seed = m_document->sheet().inputs();
        shown.seed.learningRate = 0.0;
        shown.iterations = m_document->sheet().iterationLimit();
    }
    return shown;
}

void CompareRatesPanel::followDocument() {
    if (m_swept == shownSheet()) return; // a step, or η: the compared runs stay the same
    if (isVisible())
        recompute();
    else
        m_stale = true;
}

void CompareRatesPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale) recompute();
}

std::vector<LossCurve> CompareRatesPanel::sweep(const SweptSheet& sheet, bool bothLosses) const {
    if (sheet.ownNetwork) {
        return bothLosses ? sweepLearningRatesAndLosses(*sheet.ownNetwork, m_rates, sheet.iterations)
                          : sweepLearningRates(*sheet.ownNetwork, m_rates, sheet.iterations);
    }
    return bothLosses ? sweepLearningRatesAndLosses(sheet.seed, m_rates, sheet.iterations)
                      : sweepLearningRates(sheet.seed, m_rates, sheet.iterations);
}

void CompareRatesPanel::recompute() {
    const SweptSheet shown = shownSheet();
    showError(QString());
    if (comparesLosses()) {
        try {
            m_curves = sweep(shown, true);
        } catch (const std::invalid_argument& error) {
            // A target outside [0, 1]: no cross-entropy run; compare the sheet's own loss instead.
            showError(tr("Both losses: %1. Showing the sheet's loss only.")
                          .arg(SheetMessages::inputProblem(error)));
            m_curves = sweep(shown, false);
        }
    } else {
        m_curves = sweep(shown, false);
    }
    m_swept = shown;
    m_stale = false;
    refreshTable();
    Q_EMIT curvesChanged();
}

void CompareRatesPanel::refreshTable() {
    m_table->setRowCount(static_cast<int>(m_curves.size()));
    for (std::size_t r = 0; r < m_curves.size(); ++r) {
        const LossCurve& curve = m_curves[r];
        const auto reached = iterationsToReach(curve, targetLoss());
        QString iterations = reached ? QString::number(*reached) : tr("not reached");
        if (curve.divergedAt) {
            iterations = (curve.stoppedUncomputable ? tr("stopped at %1") : tr("diverged at %1"))
                             .arg(*curve.divergedAt);
        }
        const QString last = curve.losses.empty() ? QString() : localNumber(curve.losses.back(), 6);
        const QStringList cells{curveName(curve), iterations, last};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(static_cast<int>(r), c, item);
        }
    }
}

} // namespace bplab::ui
