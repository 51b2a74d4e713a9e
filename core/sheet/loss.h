#pragma once

#include "core/sheet/activation.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace bplab {

// The loss of each output, summed over the two outputs. Squared error is the seed sheet's; binary
// cross-entropy is the one that keeps learning from a confident mistake of a sigmoid output.
enum class Loss { SquaredError, CrossEntropy };

inline constexpr std::array<Loss, 2> kAllLosses{Loss::SquaredError, Loss::CrossEntropy};

// Name used on the command line and in settings: "squared", "cross-entropy".
std::string_view lossName(Loss loss);
std::optional<Loss> parseLoss(std::string_view name);
// How a student reads it: "½·squared error", "cross-entropy". The window translates it: a
// BPLAB_TRANSLATABLE text (core/translatable.h) of context kLossContext.
std::string_view lossLabel(Loss loss);
inline constexpr char kLossContext[] = "Loss";

// E of one output with target t and activation a. Cross-entropy is −[t·ln a + (1 − t)·ln(1 − a)],
// defined for 0 < a < 1 only.
double lossOfOutput(Loss loss, double t, double a);
// Its template, e.g. "½·({t1} − {a_o1})²"; `t` and `a` are quantity ids.
std::string lossTemplate(Loss loss, std::string_view t, std::string_view a);

// δ = ∂E/∂z of an output unit with pre-activation z, activation a and target t: dE/da · f'(z).
double outputDelta(Loss loss, Activation activation, double t, double z, double a);
// Its template. For cross-entropy with a sigmoid output the a·(1 − a) of dE/da and of σ' cancel,
// and the template is the simplified "({a_o1} − {t1})".
std::string outputDeltaTemplate(Loss loss, Activation activation, std::string_view t, std::string_view z,
                                std::string_view a);

// Why the loss of an output with activation `a` (id `aId`) cannot be computed, as a sentence; empty
// when it can. Only cross-entropy has a domain: 0 < a < 1.
std::string lossDomainError(Loss loss, Activation activation, std::string_view aId, double a);

} // namespace bplab
