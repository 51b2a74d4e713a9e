#pragma once

#include "core/mnist/data/class_names.h"

#include <QStringList>

#include <string>
#include <vector>

namespace bplab::ui {

// A data set's or a model's class names as the views show them, in label order.
QStringList classLabels(const std::vector<std::string>& names);
inline QStringList classLabels(const ClassNames& classes) { return classLabels(classes.names()); }
// Class `label`'s name ("7" for MNIST's digits); its number for a label without one.
QString classLabel(const ClassNames& classes, int label);
// Whether `names` are their labels' own numbers ("0", "1", …), as MNIST's digits are (an empty list
// too): a view then speaks of digits and shows numbers, as it always did.
bool namesAreNumbers(const QStringList& names);

} // namespace bplab::ui
