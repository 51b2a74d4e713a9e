#include "ui/mnist/results/per_class_panel.h"

#include "ui/charts/per_class_chart.h"
#include "ui/common/file_writing.h"
#include "ui/common/locale_numbers.h"

#include <QVBoxLayout>

namespace bplab::ui {

namespace {
QString ratioText(const QString& measure, const QString& name, int numerator, int denominator) {
    return PerClassPanel::tr("%1 of %2: %3/%4 = %5 %")
        .arg(measure, name, QString::number(numerator), QString::number(denominator),
             localFixed(100.0 * numerator / denominator, 1));
}

QString shownName(const ClassMetrics& metrics, const QString& name) {
    return name.isEmpty() ? QString::number(metrics.label) : name;
}

std::optional<double> percentOf(const std::optional<double>& fraction) {
    if (!fraction) return std::nullopt;
    return 100.0 * *fraction;
}
} // namespace

PerClassPanel::PerClassPanel(QWidget* parent)
    : QWidget(parent)
    , m_chart(new PerClassChart(this)) {
    m_chart->setChartName(tr("Per-class precision and recall"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart);
}

QString PerClassPanel::precisionText(const ClassMetrics& m, const QString& name) {
    const QString shown = shownName(m, name);
    if (m.predicted == 0) return tr("precision of %1: undefined, the model never answered %1").arg(shown);
    return ratioText(tr("precision"), shown, m.correct, m.predicted);
}

QString PerClassPanel::recallText(const ClassMetrics& m, const QString& name) {
    const QString shown = shownName(m, name);
    if (m.support == 0) return tr("recall of %1: undefined, the test set has no %1").arg(shown);
    return ratioText(tr("recall"), shown, m.correct, m.support);
}

void PerClassPanel::setMatrix(const ConfusionMatrix& confusion, const QStringList& names) {
    m_metrics = perClassMetrics(confusion);
    const bool named = names.size() == confusion.classes();
    QList<PerClassChart::ClassBars> bars;
    for (const ClassMetrics& m : *m_metrics) {
        const QString name = named ? names[m.label] : QString();
        bars.append(PerClassChart::ClassBars{{percentOf(m.precision()), precisionText(m, name)},
                                             {percentOf(m.recall()), recallText(m, name)},
                                             name});
    }
    m_chart->setClasses(bars);
}

void PerClassPanel::clear() {
    m_metrics.reset();
    m_chart->clear();
}

bool PerClassPanel::refuseWhenEmpty(QString* error) const {
    if (m_metrics) return false;
    if (error)
        *error = tr("There are no per-class metrics yet: train a model (Ctrl+T) and export them after its "
                    "first epoch.");
    return true;
}

bool PerClassPanel::exportCsv(const QString& path, QString* error) const {
    if (refuseWhenEmpty(error)) return false;
    return writeFileAtomically(path, QByteArray::fromStdString(perClassMetricsCsv(*m_metrics)), error);
}

bool PerClassPanel::exportImage(const QString& path, QSize size, QString* error) const {
    if (refuseWhenEmpty(error)) return false;
    return m_chart->exportImage(path, size, error);
}

} // namespace bplab::ui
