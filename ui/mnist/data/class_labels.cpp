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

} // namespace bplab::ui
