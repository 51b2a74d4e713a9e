#include "ui/mnist/data/class_labels.h"

namespace bplab::ui {

QStringList classLabels(const std::vector<std::string>& names) {
    QStringList labels;
    labels.reserve(static_cast<int>(names.size()));
    for (const std::string& name : names) labels << QString::fromStdString(name);
    return labels;
}

QString classLabel(const ClassNames& classes, int label) {
    if (label < 0 || label >= classes.count()) return QString::number(label);
    return QString::fromStdString(classes.name(label));
}

bool namesAreNumbers(const QStringList& names) {
    for (int label = 0; label < names.size(); ++label)
        if (names[label] != QString::number(label)) return false;
    return true;
}

} // namespace bplab::ui
