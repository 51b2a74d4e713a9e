#include "ui/charts/per_class_chart.h"

#include "ui/charts/series_colors.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLabel>
#include <QLegend>
#include <QStringList>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace bplab::ui {

namespace {
// The axis before the first bars: MNIST's ten digits (charts know nothing of data sets).
constexpr int kClassesBeforeAnyData = 10;

QStringList numbers(int count) {
    QStringList labels;
    for (int label = 0; label < count; ++label) labels << QString::number(label);
    return labels;
}
} // namespace

PerClassChart::PerClassChart(QWidget* parent)
    : ChartWidget(parent)
    , m_series(new QBarSeries)
    , m_classAxis(new QBarCategoryAxis)
    , m_precision(new QBarSet(tr("precision")))
    , m_recall(new QBarSet(tr("recall")))
    , m_captionLabel(new QLabel(this)) {
    m_precision->setColor(seriesColor(0));
    m_recall->setColor(seriesColor(1));
    m_series->append(m_precision);
    m_series->append(m_recall);
    chart()->addSeries(m_series);
    chart()->setTitle(tr("Per-class precision and recall (test set)"));
    chart()->legend()->setAlignment(Qt::AlignRight); // the lower strip is short: keep its height for the bars

    labelClasses(numbers(kClassesBeforeAnyData));
    auto* percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setTickCount(6); // every 20 %
    percent->setLabelFormat(QStringLiteral("%.0f"));
    percent->setTitleText(tr("%"));
    chart()->addAxis(m_classAxis, Qt::AlignBottom);
    chart()->addAxis(percent, Qt::AlignLeft);
    m_series->attachAxis(m_classAxis);
    m_series->attachAxis(percent);
    connect(m_series, &QBarSeries::hovered, this, &PerClassChart::showBarToolTip);

    m_captionLabel->setWordWrap(true);
    chartLayout()->addWidget(m_captionLabel);
    enableReadout();
    clear();
}

void PerClassChart::labelClasses(const QStringList& labels) {
    m_digits = labels == numbers(static_cast<int>(labels.size()));
    m_classAxis->setTitleText(m_digits ? tr("Digit") : tr("Class"));
    // MNIST's wording speaks of digits; a data set of the learner's own classes, of classes.
    m_caption = m_digits
                    ? tr("Precision of a digit: of the images the model called that digit, the share that "
                         "really are. Recall of a digit: of the images of that digit, the share the model "
                         "recognised.")
                    : tr("Precision of a class: of the images the model called that class, the share that "
                         "really are. Recall of a class: of the images of that class, the share the model "
                         "recognised.");
    m_captionLabel->setText(m_caption);
    if (m_classAxis->categories() != labels) m_classAxis->setCategories(labels);
}

void PerClassChart::setClasses(const QList<ClassBars>& classes) {
    m_classes = classes;
    QStringList labels;
    for (int label = 0; label < classes.size(); ++label)
        labels << (classes[label].name.isEmpty() ? QString::number(label) : classes[label].name);
    labelClasses(labels);
    QList<qreal> precision, recall;
    for (const ClassBars& c : classes) {
        // An undefined ratio has no height: 0, with its sentence saying why.
        precision.append(c.precision.percent.value_or(0.0));
        recall.append(c.recall.percent.value_or(0.0));
    }
    // One signal each: append(QList) at once, not bar by bar.
    m_precision->remove(0, m_precision->count());
    m_recall->remove(0, m_recall->count());
    m_precision->append(precision);
    m_recall->append(recall);
    setReadoutText(m_digits
                       ? tr("Hover over a digit's bars to read its precision and recall with the counts.")
                       : tr("Hover over a class's bars to read its precision and recall with the counts."));
}

QStringList PerClassChart::classLabels() const { return m_classAxis->categories(); }

QString PerClassChart::classAxisTitle() const { return m_classAxis->titleText(); }

void PerClassChart::clear() {
    m_classes.clear();
    labelClasses(numbers(kClassesBeforeAnyData));
    m_precision->remove(0, m_precision->count());
    m_recall->remove(0, m_recall->count());
    setReadoutText(tr("Per-class precision and recall appear after the first epoch."));
}

QBarSet* PerClassChart::set(Measure measure) const {
    return measure == Measure::Precision ? m_precision : m_recall;
}

double PerClassChart::barValue(Measure measure, int digit) const {
    QBarSet* bars = set(measure);
    return digit >= 0 && digit < bars->count() ? bars->at(digit) : 0.0;
}

QString PerClassChart::barText(Measure measure, int digit) const {
    if (digit < 0 || digit >= m_classes.size()) return {};
    const ClassBars& c = m_classes[digit];
    return measure == Measure::Precision ? c.precision.text : c.recall.text;
}

QString PerClassChart::caption() const { return m_caption; }

QString PerClassChart::readoutText(double x) const {
    const int digit = static_cast<int>(std::lround(x));
    if (digit < 0 || digit >= m_classes.size()) return {};
    return tr("%1; %2").arg(barText(Measure::Precision, digit), barText(Measure::Recall, digit));
}

void PerClassChart::showBarToolTip(bool hovering, int digit, QBarSet* barSet) {
    if (!hovering) {
        QToolTip::hideText();
        return;
    }
    const QString text = barText(barSet == m_precision ? Measure::Precision : Measure::Recall, digit);
    if (!text.isEmpty()) QToolTip::showText(QCursor::pos(), text, this);
}

} // namespace bplab::ui
