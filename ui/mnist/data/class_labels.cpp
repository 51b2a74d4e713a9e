#include "ui/mnist/data/class_labels.h"

namespace bplab::ui {

QStringList classLabels(const std::vector<std::string>& names) {
    QStringList labels;
    labels.reserve(static_cast<int>(names.size()));
    for (const std::string& name : names) labels << QString::fromStdString(name);
    return labels;
}

} // namespace bplab::ui
