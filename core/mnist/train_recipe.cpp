#include "core/mnist/train_recipe.h"

#include "core/mnist/train_field_table.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>
#include <type_traits>

namespace bplab {

namespace {

// The shortest text that reads back as the same double, whatever the C locale says.
std::string numberText(double value) {
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    return std::string(buffer, end);
}

template <typename Number> bool parseAll(std::string_view text, Number& value) {
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size();
}

bool wholeInRange(const TrainField& field, const TrainConfig& config) {
    // Compared in the member's own type: a double would round seeds above 2^53 into the range.
    if (const auto* m = std::get_if<std::uint64_t TrainConfig::*>(&field.member)) {
        return config.**m <= static_cast<std::uint64_t>(field.max);
    }
    const double value = numberOf(field, config);
    return value >= field.min && value <= field.max;
}

bool realInRange(const TrainField& field, double value) {
    const bool aboveMin = field.minOpen ? value > field.min : value >= field.min;
    const bool belowMax = field.maxOpen ? value < field.max : value <= field.max;
    return std::isfinite(value) && aboveMin && belowMax;
}

[[noreturn]] void refuse(const std::string& subject, const TrainField& field, std::string_view text) {
    throw RecipeError(RecipeProblem::FieldRefused, std::string(field.key), std::string(text),
                      subject + " must be " + allowedText(field) + ", not '" + std::string(text) + "'");
}

} // namespace

const std::vector<TrainField>& trainFields() {
    static const std::vector<TrainField> fields = detail::makeTrainFields();
    return fields;
}

const TrainField& trainField(std::string_view key) {
    for (const TrainField& field : trainFields()) {
        if (field.key == key) return field;
    }
    throw std::out_of_range("no training field '" + std::string(key) + "'");
}

std::string fieldName(const TrainField& field) {
    std::string name;
    for (const char c : field.label) {
        if (c != '&' && c != ':') name += c;
    }
    if (!name.empty() && name[0] >= 'A' && name[0] <= 'Z') name[0] = static_cast<char>(name[0] - 'A' + 'a');
    return name;
}

std::string helpText(const TrainField& field) {
    std::string text(field.help);
    for (std::size_t i = field.helpNumbers.size(); i > 0; --i) {
        // From the last: "%1" is not found inside "%10".
        const std::string placeholder = "%" + std::to_string(i);
        const std::string number = numberText(field.helpNumbers[i - 1]);
        for (std::size_t at = text.find(placeholder); at != std::string::npos;
             at = text.find(placeholder, at + number.size()))
            text.replace(at, placeholder.size(), number);
    }
    return text;
}

std::string allowedText(const TrainField& field) {
    switch (field.kind) {
    case FieldKind::Whole:
        return "a whole number from " + numberText(field.min) + " to " + numberText(field.max);
    case FieldKind::Real:
        return std::string("a number in ") + (field.minOpen ? "(" : "[") + numberText(field.min) + ", " +
               numberText(field.max) + (field.maxOpen ? ")" : "]");
    case FieldKind::Flag:
        return "true or false";
    case FieldKind::Choice:
        break;
    }
    std::string text;
    for (std::size_t i = 0; i < field.choices.size(); ++i) {
        text += (i == 0 ? "" : i + 1 == field.choices.size() ? " or " : ", ");
        text += field.choices[i].value;
    }
    return text;
}

double numberOf(const TrainField& field, const TrainConfig& config) {
    return std::visit(
        [&config](auto member) -> double {
            using Value = std::decay_t<decltype(config.*member)>;
            if constexpr (std::is_same_v<Value, std::string>) {
                return std::nan("");
            } else {
                return static_cast<double>(config.*member);
            }
        },
        field.member);
}

void setNumber(const TrainField& field, TrainConfig& config, double value) {
    std::visit(
        [&config, value](auto member) {
            using Value = std::decay_t<decltype(config.*member)>;
            if constexpr (std::is_same_v<Value, double>) {
                config.*member = value;
            } else if constexpr (std::is_same_v<Value, bool>) {
                config.*member = value != 0.0;
            } else if constexpr (!std::is_same_v<Value, std::string>) {
                config.*member = static_cast<Value>(std::llround(value));
            }
        },
        field.member);
}

int choiceIndexOf(const TrainField& field, const TrainConfig& config) {
    if (const auto* flag = std::get_if<bool TrainConfig::*>(&field.member)) return config.**flag ? 0 : 1;
    if (const auto* text = std::get_if<std::string TrainConfig::*>(&field.member)) {
        for (std::size_t i = 0; i < field.choices.size(); ++i) {
            if (field.choices[i].value == config.**text) return static_cast<int>(i);
        }
    }
    return -1;
}

std::string_view choiceLabelOf(const TrainField& field, const TrainConfig& config) {
    if (field.choices.empty()) return {};
    return field.choices[static_cast<std::size_t>(std::max(0, choiceIndexOf(field, config)))].label;
}

void setChoiceIndex(const TrainField& field, TrainConfig& config, int index) {
    if (index < 0 || index >= static_cast<int>(field.choices.size())) return;
    if (const auto* flag = std::get_if<bool TrainConfig::*>(&field.member)) config.** flag = index == 0;
    if (const auto* text = std::get_if<std::string TrainConfig::*>(&field.member)) {
        config.** text = std::string(field.choices[static_cast<std::size_t>(index)].value);
    }
}

std::string textOf(const TrainField& field, const TrainConfig& config) {
    switch (field.kind) {
    case FieldKind::Whole:
        if (const auto* m = std::get_if<std::uint64_t TrainConfig::*>(&field.member)) {
            return std::to_string(config.**m);
        }
        return std::to_string(std::llround(numberOf(field, config)));
    case FieldKind::Real:
        return numberText(numberOf(field, config));
    case FieldKind::Flag:
        return numberOf(field, config) != 0.0 ? "true" : "false";
    case FieldKind::Choice:
        break;
    }
    const int index = choiceIndexOf(field, config);
    if (index >= 0) return std::string(field.choices[static_cast<std::size_t>(index)].value);
    const auto* text = std::get_if<std::string TrainConfig::*>(&field.member);
    return text ? config.**text : std::string();
}

void setFromText(const TrainField& field, TrainConfig& config, std::string_view text,
                 const std::string& subject) {
    const std::string who = subject.empty() ? fieldName(field) : subject;
    switch (field.kind) {
    case FieldKind::Whole: {
        long long value = 0;
        // The limits are whole numbers up to 2^53: exact as long long.
        const bool parsed = parseAll(text, value);
        if (!parsed || value < static_cast<long long>(field.min) ||
            value > static_cast<long long>(field.max)) {
            refuse(who, field, text);
        }
        setNumber(field, config, static_cast<double>(value));
        return;
    }
    case FieldKind::Real: {
        double value = 0.0;
        if (!parseAll(text, value) || !std::isfinite(value)) {
            throw RecipeError(RecipeProblem::FieldRefused, std::string(field.key), std::string(text),
                              who + " must be a finite number, not '" + std::string(text) + "'");
        }
        if (!realInRange(field, value)) refuse(who, field, text);
        setNumber(field, config, value);
        return;
    }
    case FieldKind::Flag:
        if (text != "true" && text != "false") refuse(who, field, text);
        setNumber(field, config, text == "true" ? 1.0 : 0.0);
        return;
    case FieldKind::Choice:
        for (std::size_t i = 0; i < field.choices.size(); ++i) {
            if (field.choices[i].value == text) return setChoiceIndex(field, config, static_cast<int>(i));
        }
        refuse(who, field, text);
    }
}

void checkField(const TrainField& field, const TrainConfig& config) {
    const bool ok = field.kind == FieldKind::Whole ? wholeInRange(field, config)
                    : field.kind == FieldKind::Real
                        ? realInRange(field, numberOf(field, config))
                        : field.kind == FieldKind::Flag || choiceIndexOf(field, config) >= 0;
    if (!ok) refuse(fieldName(field), field, textOf(field, config));
}

void validate(const TrainConfig& config) {
    for (const TrainField& field : trainFields()) checkField(field, config);
    // LibTorch refuses Nesterov without momentum; say so in our words before it does.
    if (config.optimizer == "nesterov" && config.momentum <= 0.0) {
        throw RecipeError(
            RecipeProblem::NesterovWithoutMomentum, "momentum", "0",
            "the Nesterov optimizer needs a momentum above 0: set one (e.g. 0.9), or choose sgd");
    }
}

bool fieldApplies(const TrainField& field, const TrainConfig& config) {
    if (field.forOptimizers.empty()) return true;
    std::string_view list = field.forOptimizers;
    while (!list.empty()) {
        const std::size_t space = list.find(' ');
        if (list.substr(0, space) == config.optimizer) return true;
        list = space == std::string_view::npos ? std::string_view() : list.substr(space + 1);
    }
    return false;
}

double suggestedLearningRate(std::string_view optimizer) {
    return optimizer == "adam" || optimizer == "adamw" ? kAdamLearningRate : TrainConfig{}.learningRate;
}

double suggestedWeightDecay(std::string_view optimizer) {
    return optimizer == "adamw" ? kAdamWWeightDecay : TrainConfig{}.weightDecay;
}

} // namespace bplab
