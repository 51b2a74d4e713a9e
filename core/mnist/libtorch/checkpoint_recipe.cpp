#include "core/mnist/libtorch/checkpoint_recipe.h"

#include "core/mnist/train_recipe.h"

#include <string>
#include <type_traits>
#include <variant>

namespace bplab {

namespace {
std::string configKey(const TrainField& field) { return "config/" + std::string(field.key); }
} // namespace

void writeConfig(torch::serialize::OutputArchive& archive, const TrainConfig& config) {
    for (const TrainField& field : trainFields()) {
        if (field.scope != FieldScope::Recipe) continue;
        c10::IValue value = std::visit(
            [&config](auto member) -> c10::IValue {
                using Value = std::decay_t<decltype(config.*member)>;
                // Whole numbers as int64, as LibTorch archives hold them.
                if constexpr (std::is_integral_v<Value> && !std::is_same_v<Value, bool>) {
                    return c10::IValue(static_cast<int64_t>(config.*member));
                } else {
                    return c10::IValue(config.*member);
                }
            },
            field.member);
        archive.write(configKey(field), value);
    }
}

TrainConfig readConfig(torch::serialize::InputArchive& archive) {
    TrainConfig config;
    for (const TrainField& field : trainFields()) {
        c10::IValue value;
        if (field.scope != FieldScope::Recipe || !archive.try_read(configKey(field), value)) continue;
        std::visit(
            [&config, &value](auto member) {
                using Value = std::decay_t<decltype(config.*member)>;
                if constexpr (std::is_same_v<Value, bool>) {
                    config.*member = value.toBool();
                } else if constexpr (std::is_integral_v<Value>) {
                    config.*member = static_cast<Value>(value.toInt());
                } else if constexpr (std::is_same_v<Value, double>) {
                    config.*member = value.toDouble();
                } else {
                    config.*member = value.toStringRef();
                }
            },
            field.member);
    }
    return config;
}

} // namespace bplab
