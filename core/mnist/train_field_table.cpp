#include "core/mnist/train_field_table.h"

#include "core/translatable.h"

#include <utility>

namespace bplab::detail {

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
    Field& numbers(std::vector<double> values) {
        helpNumbers = std::move(values);
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

} // namespace

// Every label, help, special text and choice label is a literal inside BPLAB_TRANSLATABLE, context
// kTrainFieldContext ("TrainField"): lupdate files it for the window's translators.
std::vector<TrainField> makeTrainFields() {
    using C = TrainConfig;
    return {
        whole("epochs", "epochs", BPLAB_TRANSLATABLE("TrainField", "&Epochs:"),
              BPLAB_TRANSLATABLE("TrainField",
                                 "Passes over the training set. Resume trains on up to this number."),
              &C::epochs, 1, 1000),
        whole("batch_size", "batch-size", BPLAB_TRANSLATABLE("TrainField", "&Batch size:"),
              BPLAB_TRANSLATABLE("TrainField", "Images per SGD step"), &C::batchSize, 1, 60000),
        // The numbers come from suggestedLearningRate()'s constants, so the help never disagrees with it.
        choice("optimizer", "optimizer", BPLAB_TRANSLATABLE("TrainField", "&Optimizer:"),
               BPLAB_TRANSLATABLE(
                   "TrainField",
                   "How the gradient becomes a step: SGD with momentum, SGD with Nesterov momentum "
                   "(it looks ahead along the momentum), Adam or AdamW (a step size per weight "
                   "from running means of the gradient and its square; AdamW decays the weights "
                   "apart from the gradient). Adam and AdamW want a smaller learning rate than "
                   "SGD: about %1 against %2"),
               &C::optimizer,
               {{"sgd", BPLAB_TRANSLATABLE("TrainField", "SGD + momentum")},
                {"nesterov", BPLAB_TRANSLATABLE("TrainField", "SGD + Nesterov")},
                {"adam", BPLAB_TRANSLATABLE("TrainField", "Adam")},
                {"adamw", BPLAB_TRANSLATABLE("TrainField", "AdamW")}})
            .numbers({kAdamLearningRate, TrainConfig{}.learningRate}),
        real("learning_rate", "lr", BPLAB_TRANSLATABLE("TrainField", "&Learning rate:"),
             BPLAB_TRANSLATABLE(
                 "TrainField", "Peak learning rate of the one-cycle schedule (the constant rate without it)"),
             &C::learningRate, 0, 10)
            .open(true, false)
            .shown(4),
        real("momentum", "momentum", BPLAB_TRANSLATABLE("TrainField", "&Momentum:"),
             BPLAB_TRANSLATABLE("TrainField", "Momentum of SGD and Nesterov (Nesterov needs it above 0)"),
             &C::momentum, 0, 1)
            .open(false, true)
            .shown(3, 0.05)
            .only("sgd nesterov"),
        real("beta1", "beta1", BPLAB_TRANSLATABLE("TrainField", "Adam β&1:"),
             BPLAB_TRANSLATABLE("TrainField", "Adam and AdamW: decay of the running mean of the gradient"),
             &C::beta1, 0, 1)
            .open(false, true)
            .shown(3, 0.01)
            .only("adam adamw"),
        real("beta2", "beta2", BPLAB_TRANSLATABLE("TrainField", "Adam β&2:"),
             BPLAB_TRANSLATABLE("TrainField",
                                "Adam and AdamW: decay of the running mean of the squared gradient"),
             &C::beta2, 0, 1)
            .open(false, true)
            .shown(4, 0.001)
            .only("adam adamw"),
        real("epsilon", "epsilon", BPLAB_TRANSLATABLE("TrainField", "Adam e&psilon:"),
             BPLAB_TRANSLATABLE("TrainField",
                                "Adam and AdamW: added to the root of the squared-gradient mean, "
                                "so no step divides by 0"),
             &C::epsilon, 0, 1)
            .open(true, false)
            .shown(10)
            .only("adam adamw"),
        real("weight_decay", "weight-decay", BPLAB_TRANSLATABLE("TrainField", "&Weight decay:"),
             BPLAB_TRANSLATABLE(
                 "TrainField",
                 "L2 penalty added to the gradient (SGD, Nesterov, Adam); AdamW shrinks the "
                 "weights directly instead (decoupled weight decay; choosing AdamW proposes %1, "
                 "without it AdamW equals Adam). 0: none"),
             &C::weightDecay, 0, 1)
            .open(false, true)
            .shown(5)
            .numbers({kAdamWWeightDecay}),
        choice("one_cycle", "schedule", BPLAB_TRANSLATABLE("TrainField", "Sc&hedule:"),
               BPLAB_TRANSLATABLE("TrainField",
                                  "One-cycle: warm up to the peak rate over 30 % of the steps, then anneal"),
               &C::oneCycle,
               {{"onecycle", BPLAB_TRANSLATABLE("TrainField", "one-cycle")},
                {"constant", BPLAB_TRANSLATABLE("TrainField", "constant")}}),
        real("dropout", "dropout", BPLAB_TRANSLATABLE("TrainField", "&Dropout:"),
             BPLAB_TRANSLATABLE("TrainField",
                                "Probability of dropping an activation in the three dropout layers"),
             &C::dropout, 0, 1)
            .open(false, true)
            .shown(2, 0.05),
        Field("augment", "augment", BPLAB_TRANSLATABLE("TrainField", "&Augmentation:"),
              BPLAB_TRANSLATABLE("TrainField", "Random small rotations and shifts of the training images"),
              FieldKind::Flag, &C::augment)
            .special(BPLAB_TRANSLATABLE("TrainField", "rotate ±7°, shift ±2 px")),
        whole("seed", "seed", BPLAB_TRANSLATABLE("TrainField", "S&eed:"),
              BPLAB_TRANSLATABLE("TrainField", "Same seed and thread count: the same run"), &C::seed, 0,
              kMaxSeed),
        whole("threads", "threads", BPLAB_TRANSLATABLE("TrainField", "&Threads:"),
              BPLAB_TRANSLATABLE("TrainField", "LibTorch threads for training (0: all cores)"), &C::threads,
              0, 1024)
            .special(BPLAB_TRANSLATABLE("TrainField", "all %1 cores"))
            .machine(),
        choice("device", "device", BPLAB_TRANSLATABLE("TrainField", "De&vice:"),
               BPLAB_TRANSLATABLE("TrainField",
                                  "Training device (cuda needs a CUDA-enabled LibTorch and a GPU)"),
               &C::device,
               {{"cpu", BPLAB_TRANSLATABLE("TrainField", "CPU")},
                {"cuda", BPLAB_TRANSLATABLE("TrainField", "GPU (CUDA)")}})
            .machine(),
        choice("kernels", "kernels", BPLAB_TRANSLATABLE("TrainField", "&Kernels:"),
               BPLAB_TRANSLATABLE("TrainField",
                                  "CPU kernels: the CNN's own (AVX2/AVX-512, faster) or LibTorch's "
                                  "operators; the same model either way"),
               &C::kernels,
               {{"native", BPLAB_TRANSLATABLE("TrainField", "native (fast)")},
                {"libtorch", BPLAB_TRANSLATABLE("TrainField", "LibTorch")}})
            .machine(),
        whole("train_limit", "train-limit", BPLAB_TRANSLATABLE("TrainField", "Training images:"),
              BPLAB_TRANSLATABLE("TrainField", "Train on the first N images only, for a quick experiment"),
              &C::trainLimit, 0, 60000)
            .shown(0, 1000)
            .special(BPLAB_TRANSLATABLE("TrainField", "all 60,000")),
        whole("test_limit", "test-limit", BPLAB_TRANSLATABLE("TrainField", "Test images:"),
              BPLAB_TRANSLATABLE("TrainField", "Test on the first N test images only"), &C::testLimit, 0,
              10000)
            .shown(0, 1000)
            .special(BPLAB_TRANSLATABLE("TrainField", "all 10,000")),
    };
}

} // namespace bplab::detail
