#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace bplab {

// The activation applied to every neuron of the 2-2-2 network. Sigmoid is the seed sheet's choice;
// the others exist because a sigmoid network only saturates at huge learning rates, while tanh and
// identity really oscillate or diverge, which is what a student wants to see.
enum class Activation { Sigmoid, Tanh, Relu, Identity };

inline constexpr std::array<Activation, 4> kAllActivations{Activation::Sigmoid, Activation::Tanh,
                                                           Activation::Relu, Activation::Identity};

// a = f(z)
double activate(Activation activation, double z);

// da/dz, given both the input z and the output a = f(z) (sigmoid and tanh are cheapest from a).
double activationDerivative(Activation activation, double z, double a);

// Lower-case name used on the command line, in settings and files: "sigmoid", "tanh", "relu", "identity".
// The window shows it too, translated: each is a BPLAB_TRANSLATABLE text (core/translatable.h) of context
// kActivationContext.
std::string_view activationName(Activation activation);
inline constexpr char kActivationContext[] = "Activation";
std::optional<Activation> parseActivation(std::string_view name);

// Formula templates for the sheet: names in braces are cells or inputs, e.g. "1/(1 + e^(−{h1}))".
// `z` and `a` are the ids of the pre-activation and activated cells.
std::string activationTemplate(Activation activation, std::string_view z);
// da/dz as a factor of a product, e.g. "{a_o1}·(1 − {a_o1})"; empty for identity (the factor is 1).
std::string derivativeTemplate(Activation activation, std::string_view z, std::string_view a);

} // namespace bplab
