#pragma once

// Values for every field of the recipe table, chosen from the table itself, so that a test looping
// over trainFields() covers a field added later without being edited.
#include "core/mnist/train_recipe.h"

#include <cmath>
#include <optional>
#include <string>

namespace bplab::testing {

// The default config with `field` set to a valid value other than its default: the upper limit (the
// lower one where the upper is the default), the nearest the GUI shows to an open bound, the other
// flag state or choice.
inline TrainConfig withOtherValue(const TrainField& field) {
    TrainConfig config;
    const double current = numberOf(field, config);
    const double unit = std::pow(10.0, -field.decimals);
    switch (field.kind) {
    case FieldKind::Whole:
        setNumber(field, config, current == field.max ? field.min : field.max);
        break;
    case FieldKind::Real:
        setNumber(field, config, field.maxOpen ? field.max - unit : field.max);
        break;
    case FieldKind::Flag:
        setNumber(field, config, current != 0.0 ? 0.0 : 1.0);
        break;
    case FieldKind::Choice:
        setChoiceIndex(field, config, choiceIndexOf(field, config) == 0 ? 1 : 0);
        break;
    }
    return config;
}

// The default config with `field` set outside its limits (one below the lowest whole number, the open
// bound itself or one past the closed upper one, an unknown choice), or nothing for a field that has no
// such value (a flag, a choice between two states).
inline std::optional<TrainConfig> outOfRange(const TrainField& field) {
    TrainConfig config;
    switch (field.kind) {
    case FieldKind::Whole:
        setNumber(field, config, field.min - 1); // a seed of -1 wraps to 2^64 - 1: out of range too
        return config;
    case FieldKind::Real:
        setNumber(field, config, field.minOpen ? field.min : field.maxOpen ? field.max : field.max + 1);
        return config;
    case FieldKind::Flag:
        return std::nullopt;
    case FieldKind::Choice:
        if (const auto* text = std::get_if<std::string TrainConfig::*>(&field.member)) {
            config.** text = "bogus";
            return config;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

// The same as text, as typed on a command line.
inline std::optional<std::string> outOfRangeText(const TrainField& field) {
    const std::optional<TrainConfig> config = outOfRange(field);
    if (!config) return std::nullopt;
    if (field.kind == FieldKind::Whole) return std::to_string(static_cast<long long>(field.min) - 1);
    return textOf(field, *config);
}

} // namespace bplab::testing
