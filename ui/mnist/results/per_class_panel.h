#pragma once

#include "core/mnist/per_class_metrics.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

namespace bplab::ui {

class PerClassChart;

// The per-class view under the confusion matrix: each digit's precision and recall (core's
// perClassMetrics) as bars whose hover sentences carry the counts, and their CSV and picture exports.
class PerClassPanel : public QWidget {
    Q_OBJECT
public:
    explicit PerClassPanel(QWidget* parent = nullptr);

    // `names`: the classes' names in label order; without them (or with another count than the
    // matrix's classes) their numbers.
    void setMatrix(const ConfusionMatrix& confusion, const QStringList& names = {});
    void clear();
    // The metrics shown; std::nullopt before the first epoch and after a reset.
    const std::optional<PerClassMetrics>& metrics() const { return m_metrics; }
    PerClassChart* chart() const { return m_chart; }

    // The CSV of perClassMetricsCsv; false with a sentence in `error` when there is nothing yet or the
    // file cannot be written.
    bool exportCsv(const QString& path, QString* error) const;
    // The bars as PNG or SVG (by the suffix) at `size` pixels.
    bool exportImage(const QString& path, QSize size, QString* error) const;

    // "precision of 7: 1012/1030 = 98.3 %", or why it is undefined; `name` in place of the label's
    // number where given.
    static QString precisionText(const ClassMetrics& metrics, const QString& name = {});
    // "recall of 7: 1012/1028 = 98.4 %", or why it is undefined.
    static QString recallText(const ClassMetrics& metrics, const QString& name = {});

private:
    bool refuseWhenEmpty(QString* error) const;

    PerClassChart* m_chart;
    std::optional<PerClassMetrics> m_metrics;
};

} // namespace bplab::ui
