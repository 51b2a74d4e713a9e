#pragma once

#include "core/sheet/activation.h"
#include "core/sheet/loss.h"

#include <optional>
#include <string>
#include <string_view>

namespace bplab {

// An output whose cross-entropy cannot be computed: its quantity's label ("a_o1"), its value (0 or 1
// exactly, or outside (0, 1)) and the activation that produced it (a saturated sigmoid, or an output
// that can leave (0, 1)).
struct LossRefusal {
    std::string output;
    double value = 0.0;
    Activation activation = Activation::Sigmoid;
};

// Why an output's loss cannot be computed, or nothing when it can (lossDomainError's condition).
std::optional<LossRefusal> lossRefusal(Loss loss, Activation activation, std::string_view output, double a);

// Why and where a run stopped early; empty while it has not. The window words it in the student's
// language from these values; englishStopReason words it for files and the command line.
struct RunStop {
    std::optional<int> iteration; // the row it stopped in ("diverged at iteration k")
    // Set when the run stopped at a cell that cannot be computed; else a value became ±inf or NaN.
    std::optional<LossRefusal> refusal;

    bool uncomputable() const { return refusal.has_value(); }
};

// "a value became infinite or NaN", or lossDomainError's sentence for a refused cell; empty while the
// run has not stopped.
std::string englishStopReason(const RunStop& stop);

} // namespace bplab
