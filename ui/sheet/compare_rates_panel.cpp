#include "ui/sheet/compare_rates_panel.h"

#include "core/sheet/sheet_inputs.h"
#include "ui/sheet/sheet_document.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace bplab::ui {

namespace {
constexpr int kMaxRates = 12;
}

CompareRatesPanel::CompareRatesPanel(const SheetDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_ratesEdit(new QLineEdit(this))
    , m_target(new QDoubleSpinBox(this))
    , m_error(new QLabel(this))
    , m_table(new QTableWidget(0, 3, this)) {
    m_ratesEdit->setText(ratesText());
    m_ratesEdit->setToolTip(
        tr("Learning rates to compare, separated by commas or spaces (up to %1)").arg(kMaxRates));
    m_target->setDecimals(6);
    m_target->setRange(1e-6, 10.0);
    m_target->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_target->setValue(0.05);
    m_target->setToolTip(tr("The loss each run has to reach; the table counts the iterations it takes"));
    m_error->setStyleSheet(QStringLiteral("color:#c62828"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_table->setHorizontalHeaderLabels({tr("η"), tr("iterations to target"), tr("final E_total")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Rates:"), m_ratesEdit);
    form->addRow(tr("Target loss:"), m_target);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    connect(m_ratesEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        QString error;
        const bool ok = setRatesText(text, &error);
        m_error->setText(error);
        m_error->setVisible(!ok);
    });
    connect(m_target, &QDoubleSpinBox::valueChanged, this, &CompareRatesPanel::refreshTable);
}

bool CompareRatesPanel::setRatesText(const QString& text, QString* error) {
    const QStringList words = text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    std::vector<double> rates;
    for (const QString& word : words) {
        bool ok = false;
        const double rate = word.toDouble(&ok);
        if (!ok || !isUsableLearningRate(rate)) {
            if (error) *error = tr("'%1' is not a learning rate: use numbers greater than 0.").arg(word);
            return false;
        }
        rates.push_back(rate);
    }
    if (rates.empty() || rates.size() > kMaxRates) {
        if (error) *error = tr("Give between 1 and %1 learning rates.").arg(kMaxRates);
        return false;
    }
    m_rates = rates;
    if (m_ratesEdit->text() != text) m_ratesEdit->setText(ratesText());
    recompute();
    return true;
}

QString CompareRatesPanel::ratesText() const {
    QStringList parts;
    for (double rate : m_rates) parts << QString::number(rate);
    return parts.join(QStringLiteral(", "));
}

double CompareRatesPanel::targetLoss() const { return m_target->value(); }
void CompareRatesPanel::setTargetLoss(double loss) { m_target->setValue(loss); }

void CompareRatesPanel::recompute() {
    const BackpropSheet& sheet = m_document->sheet();
    m_curves = sweepLearningRates(sheet.inputs(), m_rates, sheet.iterationLimit());
    refreshTable();
    Q_EMIT curvesChanged();
}

void CompareRatesPanel::refreshTable() {
    m_table->setRowCount(static_cast<int>(m_curves.size()));
    for (std::size_t r = 0; r < m_curves.size(); ++r) {
        const LossCurve& curve = m_curves[r];
        const auto reached = iterationsToReach(curve, targetLoss());
        QString iterations = reached ? QString::number(*reached) : tr("not reached");
        if (curve.divergedAt) iterations = tr("diverged at %1").arg(*curve.divergedAt);
        const QString last = curve.losses.empty() ? QString() : QString::number(curve.losses.back(), 'g', 6);
        const QStringList cells{QString::number(curve.learningRate), iterations, last};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(static_cast<int>(r), c, item);
        }
    }
}

} // namespace bplab::ui
