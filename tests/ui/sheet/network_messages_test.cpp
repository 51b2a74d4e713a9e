// An own network's problems and the loss landscape's refusals as the window words them: from the values
// the core returns, in the window's language; in English they say what the command line and files say.
#include "ui/sheet/values/network_messages.h"

#include "core/sheet/backprop_sheet.h"
#include "core/sheet/landscape/landscape_problem.h"
#include "core/sheet/landscape/loss_landscape.h"
#include "core/sheet/network/network_spec.h"
#include "ui/common/app_language.h"
#include "ui/sheet/landscape/landscape_messages.h"
#include "ui/sheet/sheet_messages.h"

#include <QLocale>

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <string>

namespace bplab::ui {
namespace {

// XOR on a 2-2-1 network: usable as it is.
NetworkSpec xorSpecForMessages() {
    NetworkSpec spec;
    spec.layers = {2, 2, 1};
    spec.activations = {Activation::Sigmoid, Activation::Sigmoid};
    spec.data = trainingSetPreset(TrainingSetPreset::Xor);
    spec.weights = {{{0.1, 0.2}, {0.3, 0.4}}, {{0.5, 0.6}}};
    return spec;
}

// The first problem of the spoilt spec.
NetworkProblem firstProblem(const std::function<void(NetworkSpec&)>& spoil) {
    NetworkSpec spec = xorSpecForMessages();
    spoil(spec);
    const std::vector<NetworkProblem> problems = networkProblems(spec);
    EXPECT_FALSE(problems.empty());
    return problems.empty() ? NetworkProblem{} : problems.front();
}

TEST(NetworkMessages, InEnglishTheWindowSaysWhatTheCommandLineSays) {
    const InstalledLanguage english(QStringLiteral("en"), QLocale::c());
    const std::vector<std::function<void(NetworkSpec&)>> spoilers = {
        [](NetworkSpec& s) { s.layers = {2}; },                // 1 layer
        [](NetworkSpec& s) { s.layers = {2, 2, 2, 2, 2, 1}; }, // 6 layers
        [](NetworkSpec& s) {
            s.layers = {5, 2, 1};
        }, // the input layer
        [](NetworkSpec& s) {
            s.layers = {2, 2, 0};
        }, // the output layer
        [](NetworkSpec& s) {
            s.layers = {2, 7, 1};
        },                                                // a hidden layer
        [](NetworkSpec& s) { s.activations.pop_back(); }, // 1 activation for 2 layers
        [](NetworkSpec& s) { s.activations.push_back(Activation::Tanh); },
        [](NetworkSpec& s) { s.data.examples.clear(); },
        [](NetworkSpec& s) { s.data.examples.assign(17, s.data.examples.front()); },
        [](NetworkSpec& s) {
            s.data.examples[1].inputs = {1, 2, 3, 4, 5};
        },
        [](NetworkSpec& s) { s.data.examples[0].targets.clear(); },
        [](NetworkSpec& s) { s.data.examples[2].inputs.push_back(0.5); },
        [](NetworkSpec& s) { s.data.examples[1].inputs[0] = NAN; },
        [](NetworkSpec& s) {
            s.loss = Loss::CrossEntropy;
            s.data.examples[2].targets[0] = 1.5;
        },
        [](NetworkSpec& s) {
            s.layers = {2, 2, 2};
            s.weights[1].push_back({1, 1});
        },
        [](NetworkSpec& s) { s.weights.pop_back(); },
        [](NetworkSpec& s) { s.weights[0][1].push_back(0.1); },
        [](NetworkSpec& s) { s.learnBiases = true; },
        [](NetworkSpec& s) {
            s.biases = {{0.1}, {0.2}};
        },
        [](NetworkSpec& s) {
            s.biasMode = BiasMode::Shared;
            s.biases = {{0.1}};
        },
        [](NetworkSpec& s) {
            s.biasMode = BiasMode::Shared;
            s.biases = {{0.1, 0.2}, {0.3}};
        },
        [](NetworkSpec& s) {
            s.biasMode = BiasMode::PerUnit;
            s.biases = {{0.1}, {0.2}};
        },
        [](NetworkSpec& s) {
            s.biasMode = BiasMode::PerUnit;
            s.biases = {{0.1, 0.2, 0.3}, {0.2}};
        },
        [](NetworkSpec& s) { s.weights[1][0][1] = INFINITY; },
        [](NetworkSpec& s) {
            s.biasMode = BiasMode::Shared;
            s.biases = {{0.1}, {NAN}};
        },
        [](NetworkSpec& s) { s.learningRate = 0.0; },
        [](NetworkSpec& s) { s.batchSize = 5; },
        [](NetworkSpec& s) { s.batchSize = -1; },
    };
    for (std::size_t k = 0; k < spoilers.size(); ++k) {
        const NetworkProblem problem = firstProblem(spoilers[k]);
        EXPECT_EQ(NetworkMessages::problem(problem).toStdString(), problem.english) << "case " << k;
    }
}

TEST(NetworkMessages, AGermanWindowWordsThemInGermanWithGermanNumbers) {
    const InstalledLanguage german(QStringLiteral("de"), QLocale::c());
    // Through the window's one door for refused values: the NetworkError validate throws.
    NetworkSpec spec = xorSpecForMessages();
    spec.layers = {2, 7, 1};
    try {
        validate(spec);
        ADD_FAILURE() << "accepted";
    } catch (const std::invalid_argument& error) {
        EXPECT_EQ(SheetMessages::inputProblem(error).toStdString(),
                  "die verdeckte Schicht 1 hat 7 Neuronen: Erlaubt sind 1 bis 6");
    }
    const NetworkProblem target = firstProblem([](NetworkSpec& s) {
        s.loss = Loss::CrossEntropy;
        s.data.examples[2].targets[0] = 1.5;
    });
    EXPECT_EQ(
        NetworkMessages::problem(target).toStdString(),
        "Kreuzentropie braucht Zielwerte zwischen 0 und 1, aber Beispiel 3 hat t1 = 1,5: Ändern Sie den "
        "Zielwert oder verwenden Sie ½·quadratischen Fehler");
}

TEST(LandscapeMessages, AGermanWindowWordsTheRefusalInGerman) {
    const BackpropSheet sheet(SheetInputs{}, 3);
    LandscapeOptions options;
    options.axes = {quantityIndex("w5"), quantityIndex("w5")};
    try {
        computeLandscape(sheet, options);
        ADD_FAILURE() << "accepted";
    } catch (const std::invalid_argument& error) {
        EXPECT_EQ(LandscapeMessages::problem(error).toStdString(), error.what()) << "English: the core's own";
        const InstalledLanguage german(QStringLiteral("de"), QLocale::c());
        EXPECT_EQ(LandscapeMessages::problem(error).toStdString(),
                  "die Landschaft braucht zwei verschiedene Parameter, nicht zweimal w5");
    }
}

} // namespace
} // namespace bplab::ui
