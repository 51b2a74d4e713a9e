#pragma once

#include "core/mnist/train_types.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

#include <string_view>
#include <vector>

namespace bplab::app {

// The options of `backprop-lab train` that set TrainConfig fields: one per entry of trainFields(),
// named, explained and range-checked by that table. A flag that is on by default is turned off with
// --no-<option> (--no-augment); one that is off is turned on with --<option>.
class TrainFieldOptions {
public:
    TrainFieldOptions();

    QList<QCommandLineOption> options() const;

    // Applies the options given to `parser` on top of `config`, then validates the whole config.
    // Throws UsageError with a sentence naming the option for a bad value. --optimizer without --lr
    // (--weight-decay) brings that optimizer's suggested rate (decay; see suggestedLearningRate and
    // suggestedWeightDecay) when the value was the previous optimizer's suggestion, as the window does.
    void apply(const QCommandLineParser& parser, TrainConfig& config) const;

private:
    void applySuggestions(const QCommandLineParser& parser, const std::string& previousOptimizer,
                          TrainConfig& config) const;
    const QCommandLineOption& option(std::string_view key) const; // the option of trainField(key)

    std::vector<QCommandLineOption> m_options; // parallel to trainFields()
};

// --data DIR: the folder with the MNIST files, for every command that reads them.
QCommandLineOption mnistDataOption();

} // namespace bplab::app
