#include "ui/sheet/landscape/landscape_messages.h"

#include "core/sheet/landscape/landscape_problem.h"
#include "ui/common/locale_numbers.h"

namespace bplab::ui {

QString LandscapeMessages::problem(const std::exception& error) {
    const auto* landscape = dynamic_cast<const LandscapeError*>(&error);
    if (!landscape) return QString::fromStdString(error.what());
    const auto v = [landscape](std::size_t k) {
        return k < landscape->values().size() ? QString::fromStdString(landscape->values()[k]) : QString();
    };
    switch (landscape->problem()) {
    case LandscapeProblem::IterationBeyondRun:
        return tr("iteration %1 is beyond the run: choose 0..%2").arg(v(0), v(1));
    case LandscapeProblem::AxisNotAParameter:
        return tr("a landscape axis must be one of w1..w8, b1 or b2");
    case LandscapeProblem::AxisNotAWeight:
        return tr(
            "a landscape axis must be one of w1..w8 (b1 and b2 only when the sheet has biases: set one or "
            "learn them)");
    case LandscapeProblem::SameParameterTwice:
        return tr("the landscape needs two different parameters, not %1 twice").arg(v(0));
    case LandscapeProblem::NotTwoParameters:
        return tr("the landscape takes two parameters separated by a comma, e.g. w5,w6, not '%1'").arg(v(0));
    case LandscapeProblem::UnknownParameter:
        return tr("'%1' is not a landscape parameter: use w1..w8, b1 or b2").arg(v(0));
    case LandscapeProblem::UnknownNonBiasParameter:
        return tr("'%1' is not a landscape parameter: use w1..w8").arg(v(0));
    case LandscapeProblem::GridSizeOutOfRange:
        return tr("the grid must have %1..%2 points per axis").arg(v(0), v(1));
    case LandscapeProblem::SpanOutOfRange:
        return tr("the span must be greater than 0 and at most %1").arg(v(0));
    case LandscapeProblem::UnusableLearningRate:
        return tr("a learning rate must be a finite number greater than 0, not %1")
            .arg(withLocaleDecimals(v(0)));
    case LandscapeProblem::NotANetworkParameter:
        return tr("'%1' is not a parameter of this network: use the id of one of its weights or biases, "
                  "such as %2")
            .arg(v(0), v(1));
    case LandscapeProblem::NotTwoNetworkParameters:
        return tr("the landscape takes two parameters separated by a comma, e.g. %2, not '%1'")
            .arg(v(0), v(1));
    case LandscapeProblem::TooFewParameters:
        return tr("this network has fewer than two parameters: a landscape needs two");
    }
    return QString::fromStdString(error.what());
}

} // namespace bplab::ui
