#pragma once

#include "ui/charts/chart_widget.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;

class QLabel;

namespace bplab::ui {

// Per-class precision and recall as grouped bars: the classes (MNIST's digits 0–9) on the x axis, two bars
// each on a 0–100 % axis, a caption under the chart saying what the two measures mean. A bar whose measure is
// undefined (a digit never predicted, or absent) is drawn at 0 and says so when hovered. Hovering a
// bar shows its own sentence as a tooltip; the read-out line above the chart names both bars of the
// digit under the mouse.
class PerClassChart : public ChartWidget {
    Q_OBJECT
public:
    enum class Measure { Precision, Recall };
    // One bar: its height in percent (std::nullopt: undefined), and the sentence hovering it shows
    // ("recall of 7: 1012/1028 = 98.4 %").
    struct Bar {
        std::optional<double> percent;
        QString text;
    };
    struct ClassBars {
        Bar precision;
        Bar recall;
        QString name; // the class's, for the axis; its number where empty
    };

    explicit PerClassChart(QWidget* parent = nullptr);

    // The bars of the classes 0..classes.size() − 1 (ten for MNIST); the axis gets one place per class,
    // labelled with its name, and is titled "Digit" while the names are the numbers, else "Class".
    void setClasses(const QList<ClassBars>& classes);
    void clear();
    bool hasData() const { return !m_classes.isEmpty(); }

    // The height drawn for a digit's bar, in percent (0 for an undefined one), as the chart holds it.
    double barValue(Measure measure, int digit) const;
    // The sentence hovering that bar shows.
    QString barText(Measure measure, int digit) const;
    QString caption() const;
    // The class axis's labels: the last bars' names ("0" … "n − 1" for digits), MNIST's ten before any.
    QStringList classLabels() const;
    QString classAxisTitle() const;

protected:
    // Both bars of the digit nearest to x.
    QString readoutText(double x) const override;

private:
    QBarSet* set(Measure measure) const;
    void labelClasses(const QStringList& labels); // the x axis's categories and its title
    void showBarToolTip(bool hovering, int digit, QBarSet* barSet);

    QList<ClassBars> m_classes;
    QBarSeries* m_series;
    QBarCategoryAxis* m_classAxis;
    QBarSet* m_precision;
    QBarSet* m_recall;
    QString m_caption;
    QLabel* m_captionLabel;
    bool m_digits = true; // the classes are MNIST's digits, "0" … "9" (the texts then say "digit")
};

} // namespace bplab::ui
