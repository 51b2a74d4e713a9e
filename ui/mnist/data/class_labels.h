#pragma once

#include "core/mnist/data/class_names.h"

#include <QStringList>

#include <string>
#include <vector>

namespace bplab::ui {

// A data set's or a model's class names as the views show them, in label order.
QStringList classLabels(const std::vector<std::string>& names);
inline QStringList classLabels(const ClassNames& classes) { return classLabels(classes.names()); }

} // namespace bplab::ui
