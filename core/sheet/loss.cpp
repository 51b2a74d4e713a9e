#include "core/sheet/loss.h"

#include "core/sheet/formula_template.h"
#include "core/sheet/sheet_cells.h"
#include "core/translatable.h"

#include <cmath>

namespace bplab {

std::string_view lossName(Loss loss) { return loss == Loss::CrossEntropy ? "cross-entropy" : "squared"; }

std::optional<Loss> parseLoss(std::string_view name) {
    for (Loss loss : kAllLosses) {
        if (lossName(loss) == name) return loss;
    }
    return std::nullopt;
}

std::string_view lossLabel(Loss loss) {
    return loss == Loss::CrossEntropy ? BPLAB_TRANSLATABLE("Loss", "cross-entropy")
                                      : BPLAB_TRANSLATABLE("Loss", "½·squared error");
}

double lossOfOutput(Loss loss, double t, double a) {
    if (loss == Loss::CrossEntropy) return -(t * std::log(a) + (1.0 - t) * std::log(1.0 - a));
    return 0.5 * (t - a) * (t - a);
}

std::string lossTemplate(Loss loss, std::string_view t, std::string_view a) {
    if (loss == Loss::CrossEntropy) {
        return "−[" + braced(t) + "·ln " + braced(a) + " + (1 − " + braced(t) + ")·ln(1 − " + braced(a) +
               ")]";
    }
    return "½·(" + braced(t) + " − " + braced(a) + ")²";
}

double outputDelta(Loss loss, Activation activation, double t, double z, double a) {
    if (loss == Loss::SquaredError) return (a - t) * activationDerivative(activation, z, a);
    // dE/da = −t/a + (1 − t)/(1 − a) = (a − t)/(a·(1 − a)); σ'(z) = a·(1 − a) cancels it exactly.
    if (activation == Activation::Sigmoid) return a - t;
    return (a - t) / (a * (1.0 - a)) * activationDerivative(activation, z, a);
}

std::string outputDeltaTemplate(Loss loss, Activation activation, std::string_view t, std::string_view z,
                                std::string_view a) {
    std::string difference = "(" + braced(a) + " − " + braced(t) + ")";
    const std::string factor = derivativeTemplate(activation, z, a);
    const std::string timesFactor = factor.empty() ? std::string() : "·" + factor;
    if (loss == Loss::SquaredError) return difference + timesFactor;
    if (activation == Activation::Sigmoid) return difference;
    return difference + "/(" + braced(a) + "·(1 − " + braced(a) + "))" + timesFactor;
}

std::string lossDomainError(Loss loss, Activation activation, std::string_view aId, double a) {
    if (loss != Loss::CrossEntropy || (a > 0.0 && a < 1.0)) return {};
    const std::string value = std::string(aId) + " = " + formatShort(a);
    if (activation == Activation::Sigmoid) {
        return "cross-entropy needs 0 < " + std::string(aId) + " < 1, but " + value +
               " exactly in floating point (the sigmoid saturated), so its logarithm is −∞: use smaller "
               "weights or ½·squared error";
    }
    const char* article = activation == Activation::Identity ? "an " : "a ";
    return "cross-entropy needs 0 < " + std::string(aId) + " < 1, but " + value + ": " + article +
           std::string(activationName(activation)) +
           " output can leave (0, 1), where the logarithm is undefined; use a sigmoid output or "
           "½·squared error";
}

} // namespace bplab
