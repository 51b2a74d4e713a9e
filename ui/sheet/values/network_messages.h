#pragma once

#include "core/sheet/network/network_problem.h"

#include <QCoreApplication>
#include <QString>

namespace bplab::ui {

// What makes an own network or its training set unusable, worded in the window's language from the
// values the core returns (NetworkProblem; files and the command line keep its English). Numbers follow
// the window's locale. No trailing period, to sit inside a sentence.
class NetworkMessages {
    Q_DECLARE_TR_FUNCTIONS(NetworkMessages)

public:
    static QString problem(const NetworkProblem& problem);

private:
    static QString layerProblem(const NetworkProblem& problem);
    static QString trainingSetProblem(const NetworkProblem& problem);
    static QString parameterProblem(const NetworkProblem& problem);
    // "1 layer" or "3 layers", and the like: written out in both numbers, because no translation is
    // loaded for English and tr()'s "%n layer(s)" would show there.
    static QString layers(int n);
    static QString units(int n);
    static QString inputs(int n);
    static QString targets(int n);
    static QString outputs(int n);
    static QString examples(int n);
};

} // namespace bplab::ui
