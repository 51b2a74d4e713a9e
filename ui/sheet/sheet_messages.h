#pragma once

#include "core/sheet/input_error.h"
#include "core/sheet/quiz/quiz.h"
#include "core/sheet/run_stop.h"

#include <QCoreApplication>
#include <QString>

#include <exception>

namespace bplab::ui {

// The sentences of the sheet's engines, worded in the window's language from the values the core
// returns (core/ stays Qt-free; files and the command line keep the core's English wording). Numbers
// follow the window's locale.
class SheetMessages {
    Q_DECLARE_TR_FUNCTIONS(SheetMessages)

public:
    // What is wrong with a typed quiz guess and how to fix it; empty for a number.
    static QString guessProblem(const ParsedGuess& guess);
    // Why a run stopped early (no trailing period, to sit inside a sentence); empty while it has not.
    static QString stopReason(const RunStop& stop);
    // Why a typed value, a lesson or a training set's file is refused (no trailing period): an
    // InputError worded from its values, any other error's own text.
    static QString inputProblem(const std::exception& error);

private:
    static QString valueProblem(const InputError& error);
    static QString csvProblem(const InputError& error);
};

} // namespace bplab::ui
