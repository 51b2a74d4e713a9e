#pragma once

#include <QCoreApplication>

namespace bplab::ui {

// tr() for the MNIST tab's panes and actions, under the tab's context (bplab::ui::MnistTab): their texts
// were the tab's before it was split into panes, and keep their translations there. lupdate reads the
// context from the macro (a plain helper function would hide the strings from it).
struct MnistTabText {
    Q_DECLARE_TR_FUNCTIONS(bplab::ui::MnistTab)
};

} // namespace bplab::ui
