#pragma once

#include "core/sheet/activation.h"
#include "core/sheet/loss.h"
#include "core/sheet/network/network_spec.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <string>

namespace bplab::app {

// The options of `backprop-lab sheet` that build any small network of the sheet (issue 21) instead of
// the seed's 2-2-2. Given none of them (and a single --activation), `sheet` runs the seed sheet exactly
// as before; given any, it runs the general engine (NetworkSheet) and writes its CSV.
struct NetworkSheetOptions {
    QCommandLineOption layers{"layers", layersHelp(), "N,N,..."};
    QCommandLineOption data{"data", dataHelp(), "NAME|FILE"};
    QCommandLineOption batch{"batch",
                             "Examples per step: full (every example, default) or K, taken in order and "
                             "wrapping around.",
                             "full|K"};
    QCommandLineOption init{"init", initHelp(), "NAME"};
    QCommandLineOption initSeed{"init-seed", initSeedHelp(), "N"};
    QCommandLineOption lossReduction{"loss-reduction",
                                     "How a step's examples combine: sum (default) or mean.", "sum|mean"};
    QCommandLineOption biases{"biases",
                              "Biases of the layers after the inputs, starting at 0: none, shared (one per "
                              "layer) or per-unit, learned with --learn-biases (which they need). Default: "
                              "none; shared with --learn-biases.",
                              "none|shared|per-unit"};

    QList<QCommandLineOption> all() const {
        return {layers, data, batch, init, initSeed, lossReduction, biases};
    }
    // True when the user asked for the general network: any of these options, or an --activation list
    // with one value per layer ("tanh,sigmoid"), which the seed sheet cannot take.
    bool requested(const QCommandLineParser& parser, const QString& activationText) const;

    // Help texts that name the core's limits and defaults, built from its constants.
    static QString layersHelp();
    static QString dataHelp();
    static QString initHelp();
    static QString initSeedHelp();
};

// The values of the options the general path shares with the seed path, as the user typed them (an
// empty text: not given).
struct SharedSheetArguments {
    QString activation;   // one name for every layer, or one per layer after the inputs
    QString loss;         // squared or cross-entropy
    QString learningRate; // η
    QString iterations;   // rows of the sheet
    bool learnBiases = false;
};

// What `sheet` runs on the general path: a usable network, its number of iterations, and a note on what
// the options cannot show.
struct NetworkSheetRun {
    NetworkSpec spec;
    int iterations = 0;
    std::string note; // one sentence for standard error before the run; empty: nothing to say
};

// The network the options ask for, its weights drawn by --init from --init-seed. Throws UsageError with
// one sentence for anything unusable (the core's sentence where it has one: a layer size out of range,
// a training CSV's bad line, a target outside [0, 1] with cross-entropy, a batch larger than the set).
NetworkSheetRun networkSheetRunFrom(const QCommandLineParser& parser, const NetworkSheetOptions& options,
                                    const SharedSheetArguments& shared);

// An --activation or --loss name; UsageError naming the choices otherwise (both paths use these).
Activation activationNamed(const std::string& name);
Loss lossNamed(const std::string& name);

} // namespace bplab::app
