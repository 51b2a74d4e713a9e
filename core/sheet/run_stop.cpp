#include "core/sheet/run_stop.h"

namespace bplab {

std::optional<LossRefusal> lossRefusal(Loss loss, Activation activation, std::string_view output, double a) {
    // lossDomainError returns before it formats anything while the loss can be computed: cheap per cell.
    if (lossDomainError(loss, activation, output, a).empty()) return std::nullopt;
    return LossRefusal{std::string(output), a, activation};
}

std::string englishStopReason(const RunStop& stop) {
    if (!stop.iteration) return {};
    if (!stop.refusal) return "a value became infinite or NaN";
    return lossDomainError(Loss::CrossEntropy, stop.refusal->activation, stop.refusal->output,
                           stop.refusal->value);
}

} // namespace bplab
