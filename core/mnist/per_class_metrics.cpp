#include "core/mnist/per_class_metrics.h"

#include <iomanip>
#include <locale>
#include <sstream>

namespace bplab {

namespace {
std::optional<double> ratio(int numerator, int denominator) {
    if (denominator == 0) return std::nullopt;
    return static_cast<double>(numerator) / denominator;
}

void writePercent(std::ostream& out, const std::optional<double>& fraction) {
    if (fraction)
        out << 100.0 * *fraction;
    else
        out << "undefined";
}
} // namespace

std::optional<double> ClassMetrics::precision() const { return ratio(correct, predicted); }

std::optional<double> ClassMetrics::recall() const { return ratio(correct, support); }

// 2·P·R / (P + R) with P = c/p and R = c/s is 2c / (s + p), which stays defined when P or R is 0.
std::optional<double> ClassMetrics::f1() const { return ratio(2 * correct, support + predicted); }

PerClassMetrics perClassMetrics(const ConfusionMatrix& confusion) {
    PerClassMetrics metrics(static_cast<std::size_t>(confusion.classes()));
    for (int label = 0; label < confusion.classes(); ++label) {
        ClassMetrics& m = metrics[static_cast<std::size_t>(label)];
        m.label = label;
        m.correct = confusion.at(label, label);
        m.support = confusion.rowSum(label);
        m.predicted = confusion.columnSum(label);
    }
    return metrics;
}

std::string perClassMetricsCsv(const PerClassMetrics& metrics) {
    std::ostringstream csv;
    csv.imbue(std::locale::classic()); // a decimal point whatever the user's locale
    csv << "class,support,predicted,correct,precision_percent,recall_percent,f1_percent\n"
        << std::setprecision(10);
    for (const ClassMetrics& m : metrics) {
        csv << m.label << ',' << m.support << ',' << m.predicted << ',' << m.correct << ',';
        writePercent(csv, m.precision());
        csv << ',';
        writePercent(csv, m.recall());
        csv << ',';
        writePercent(csv, m.f1());
        csv << '\n';
    }
    return csv.str();
}

} // namespace bplab
