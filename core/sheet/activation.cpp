#include "core/sheet/activation.h"

#include "core/sheet/formula_template.h"
#include "core/translatable.h"

#include <cmath>

namespace bplab {

double activate(Activation activation, double z) {
    switch (activation) {
    case Activation::Sigmoid:
        return 1.0 / (1.0 + std::exp(-z));
    case Activation::Tanh:
        return std::tanh(z);
    case Activation::Relu:
        return z > 0.0 ? z : 0.0;
    case Activation::Identity:
        return z;
    }
    return z;
}

double activationDerivative(Activation activation, double z, double a) {
    switch (activation) {
    case Activation::Sigmoid:
        return a * (1.0 - a);
    case Activation::Tanh:
        return 1.0 - a * a;
    case Activation::Relu:
        // At the kink z = 0 we follow PyTorch: f'(0) = 0.
        return z > 0.0 ? 1.0 : 0.0;
    case Activation::Identity:
        return 1.0;
    }
    return 1.0;
}

std::string_view activationName(Activation activation) {
    switch (activation) {
    case Activation::Sigmoid:
        return BPLAB_TRANSLATABLE("Activation", "sigmoid");
    case Activation::Tanh:
        return BPLAB_TRANSLATABLE("Activation", "tanh");
    case Activation::Relu:
        return BPLAB_TRANSLATABLE("Activation", "relu");
    case Activation::Identity:
        return BPLAB_TRANSLATABLE("Activation", "identity");
    }
    return "sigmoid";
}

std::optional<Activation> parseActivation(std::string_view name) {
    for (Activation activation : kAllActivations) {
        if (activationName(activation) == name) {
            return activation;
        }
    }
    return std::nullopt;
}

std::string activationTemplate(Activation activation, std::string_view z) {
    switch (activation) {
    case Activation::Sigmoid:
        return "1/(1 + e^(−" + braced(z) + "))";
    case Activation::Tanh:
        return "tanh(" + braced(z) + ")";
    case Activation::Relu:
        return "max(0, " + braced(z) + ")";
    case Activation::Identity:
        return braced(z);
    }
    return braced(z);
}

std::string derivativeTemplate(Activation activation, std::string_view z, std::string_view a) {
    switch (activation) {
    case Activation::Sigmoid:
        return braced(a) + "·(1 − " + braced(a) + ")";
    case Activation::Tanh:
        return "(1 − " + braced(a) + "²)";
    case Activation::Relu:
        return "step(" + braced(z) + ")";
    case Activation::Identity:
        return {};
    }
    return {};
}

} // namespace bplab
