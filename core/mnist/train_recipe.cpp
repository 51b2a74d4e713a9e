#include "core/mnist/train_recipe.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>
#include <type_traits>

namespace bplab {

namespace {

// Every seed up to 2^53 is exact in a double, so the GUI's spin box and the checkpoint's int64 hold it.
constexpr double kMaxSeed = 9007199254740992.0;

// Builders, so that the table below reads one field per entry (C++17 has no designated initialisers).
struct Field : TrainField {
    Field(std::string_view fieldKey, std::string_view cliOption, std::string_view formLabel,
          std::string_view helpText, FieldKind fieldKind, FieldMember configMember) {
        key = fieldKey;
        option = cliOption;
        label = formLabel;
        help = helpText;
        kind = fieldKind;
        scope = FieldScope::Recipe;
        member = configMember;
    }
    Field& range(double low, double high) {
        min = low;
        max = high;
        return *this;
    }
    Field& open(bool low, bool high) {
        minOpen = low;
        maxOpen = high;
        return *this;
    }
    Field& shown(int digits, double singleStep = 0.0) {
        decimals = digits;
        step = singleStep;
        return *this;
    }
    Field& special(std::string_view text) {
        specialText = text;
        return *this;
    }
    Field& only(std::string_view optimizers) {
        forOptimizers = optimizers;
        return *this;
    }
    Field& machine() {
        scope = FieldScope::Machine;
        return *this;
    }
};

Field whole(std::string_view key, std::string_view option, std::string_view label, std::string_view help,
            FieldMember member, double low, double high) {
    return Field(key, option, label, help, FieldKind::Whole, member).range(low, high);
}

Field real(std::string_view key, std::string_view option, std::string_view label, std::string_view help,
           double TrainConfig::*member, double low, double high) {
    return Field(key, option, label, help, FieldKind::Real, member).range(low, high);
}

Field choice(std::string_view key, std::string_view option, std::string_view label, std::string_view help,
             FieldMember member, std::vector<FieldChoice> choices) {
    Field field(key, option, label, help, FieldKind::Choice, member);
    field.choices = std::move(choices);
    return field;
}

std::string numberText(double value);

// Written from the values themselves, so the help never disagrees with suggestedLearningRate().
std::string_view optimizerHelp() {
    static const std::string help =
        "How the gradient becomes a step: SGD with momentum, SGD with Nesterov momentum (it looks ahead "
        "along the momentum), Adam or AdamW (a step size per weight from running means of the gradient and "
        "its square; AdamW decays the weights apart from the gradient). Adam and AdamW want a smaller "
        "learning rate than SGD: about " +
        numberText(kAdamLearningRate) + " against " + numberText(TrainConfig{}.learningRate);
    return help;
}

std::string_view weightDecayHelp() {
    static const std::string help =
        "L2 penalty added to the gradient (SGD, Nesterov, Adam); AdamW shrinks the weights directly "
        "instead (decoupled weight decay; choosing AdamW proposes " +
        numberText(kAdamWWeightDecay) + ", without it AdamW equals Adam). 0: none";
    return help;
}

std::vector<TrainField> makeTrainFields() {
    using C = TrainConfig;
    return {
        whole("epochs", "epochs", "&Epochs:",
              "Passes over the training set. Resume trains on up to this number.", &C::epochs, 1, 1000),
        whole("batch_size", "batch-size", "&Batch size:", "Images per SGD step", &C::batchSize, 1, 60000),
        choice("optimizer", "optimizer", "&Optimizer:", optimizerHelp(), &C::optimizer,
               {{"sgd", "SGD + momentum"},
                {"nesterov", "SGD + Nesterov"},
                {"adam", "Adam"},
                {"adamw", "AdamW"}}),
        real("learning_rate", "lr",
             "&Learning rate:", "Peak learning rate of the one-cycle schedule (the constant rate without it)",
             &C::learningRate, 0, 10)
            .open(true, false)
            .shown(4),
        real("momentum", "momentum", "&Momentum:", "Momentum of SGD and Nesterov (Nesterov needs it above 0)",
             &C::momentum, 0, 1)
            .open(false, true)
            .shown(3, 0.05)
            .only("sgd nesterov"),
        real("beta1", "beta1", "Adam β&1:", "Adam and AdamW: decay of the running mean of the gradient",
             &C::beta1, 0, 1)
            .open(false, true)
            .shown(3, 0.01)
            .only("adam adamw"),
        real("beta2", "beta2", "Adam β&2:",
             "Adam and AdamW: decay of the running mean of the squared gradient", &C::beta2, 0, 1)
            .open(false, true)
            .shown(4, 0.001)
            .only("adam adamw"),
        real("epsilon", "epsilon", "Adam e&psilon:",
             "Adam and AdamW: added to the root of the squared-gradient mean, so no step divides by 0",
             &C::epsilon, 0, 1)
            .open(true, false)
            .shown(10)
            .only("adam adamw"),
        real("weight_decay", "weight-decay", "&Weight decay:", weightDecayHelp(), &C::weightDecay, 0, 1)
            .open(false, true)
            .shown(5),
        choice("one_cycle", "schedule",
               "Sc&hedule:", "One-cycle: warm up to the peak rate over 30 % of the steps, then anneal",
               &C::oneCycle, {{"onecycle", "one-cycle"}, {"constant", "constant"}}),
        real("dropout", "dropout", "&Dropout:",
             "Probability of dropping an activation in the three dropout layers", &C::dropout, 0, 1)
            .open(false, true)
            .shown(2, 0.05),
        Field("augment", "augment", "&Augmentation:",
              "Random small rotations and shifts of the training images", FieldKind::Flag, &C::augment)
            .special("rotate ±7°, shift ±2 px"),
        whole("seed", "seed", "S&eed:", "Same seed and thread count: the same run", &C::seed, 0, kMaxSeed),
        whole("threads", "threads", "&Threads:", "LibTorch threads for training (0: all cores)", &C::threads,
              0, 1024)
            .special("all %1 cores")
            .machine(),
        choice("device", "device",
               "De&vice:", "Training device (cuda needs a CUDA-enabled LibTorch and a GPU)", &C::device,
               {{"cpu", "CPU"}, {"cuda", "GPU (CUDA)"}})
            .machine(),
        choice("kernels", "kernels", "&Kernels:",
               "CPU kernels: the CNN's own (AVX2/AVX-512, faster) or LibTorch's operators; the same model "
               "either way",
               &C::kernels, {{"native", "native (fast)"}, {"libtorch", "LibTorch"}})
            .machine(),
        whole("train_limit", "train-limit", "Training images:",
              "Train on the first N images only, for a quick experiment", &C::trainLimit, 0, 60000)
            .shown(0, 1000)
            .special("all 60,000"),
        whole("test_limit", "test-limit", "Test images:", "Test on the first N test images only",
              &C::testLimit, 0, 10000)
            .shown(0, 1000)
            .special("all 10,000"),
    };
}

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
    throw std::invalid_argument(subject + " must be " + allowedText(field) + ", not '" + std::string(text) +
                                "'");
}

} // namespace

const std::vector<TrainField>& trainFields() {
    static const std::vector<TrainField> fields = makeTrainFields();
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
            throw std::invalid_argument(who + " must be a finite number, not '" + std::string(text) + "'");
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
        throw std::invalid_argument("the Nesterov optimizer needs a momentum above 0: set one (e.g. 0.9), "
                                    "or choose sgd");
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
