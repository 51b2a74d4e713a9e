#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace bplab {

// Why a loss landscape cannot be drawn as asked. Each names, in order, the values its sentence quotes
// (`LandscapeError::values`), numbers written as the files write them.
enum class LandscapeProblem {
    IterationBeyondRun,      // iteration, last iteration of the run
    AxisNotAParameter,       // — (the sheet has biases: w1..w8, b1 or b2)
    AxisNotAWeight,          // — (the sheet has no biases: w1..w8)
    SameParameterTwice,      // parameter
    NotTwoParameters,        // the text given
    UnknownParameter,        // the name given
    UnknownNonBiasParameter, // the name given (the sheet has no biases)
    GridSizeOutOfRange,      // fewest points per axis, most
    SpanOutOfRange,          // largest span
    UnusableLearningRate,    // value
    // An own network's (core/sheet/network/network_loss_surface.h):
    NotANetworkParameter,    // the name given, an example id of the network
    NotTwoNetworkParameters, // the text given, an example pair of the network ("w1_11,w1_12")
    TooFewParameters,        // — (the network has fewer than two parameters)
};

// Thrown where a landscape is refused: what() is the English sentence of the command line and the
// tests; the window words `problem` and `values` in the student's language (ui/sheet/landscape/landscape_messages).
class LandscapeError : public std::invalid_argument {
public:
    LandscapeError(LandscapeProblem problem, std::vector<std::string> values, const std::string& english)
        : std::invalid_argument(english)
        , m_problem(problem)
        , m_values(std::move(values)) {}

    LandscapeProblem problem() const { return m_problem; }
    const std::vector<std::string>& values() const { return m_values; }

private:
    LandscapeProblem m_problem;
    std::vector<std::string> m_values;
};

} // namespace bplab
