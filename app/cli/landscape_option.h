#pragma once

#include "core/sheet/landscape/loss_landscape.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

#include <functional>
#include <iosfwd>
#include <optional>
#include <string_view>

namespace bplab {
class NetworkSheet;
}

namespace bplab::app {

// The sheet command's loss landscape, the window's "Loss landscape" tab on the command line:
//   backprop-lab sheet --landscape w5,w6 [--grid N] [--span S] [--iteration K] [--landscape-train-only]
//                      [--landscape-csv FILE] [--landscape-image FILE]
// with the sheet's own options for the run (--lr, --activation, --set …), or an own network's
// (--layers …, a version 2 --scenario) with its parameters' ids (--landscape w2_11,b2_1).
struct LandscapeCommandOptions {
    QCommandLineOption landscape{
        "landscape",
        "Compute the loss landscape: E_total over two parameters (w1..w8, b1, b2 when the "
        "sheet has biases; an own network's ids, e.g. w2_11, b2_1), e.g. --landscape w5,w6; the other "
        "values held at --iteration.",
        "A,B"};
    QCommandLineOption grid{"grid",
                            QStringLiteral("Landscape points per axis, %1..%2. Default: %3.")
                                .arg(kMinLandscapeGridSize)
                                .arg(kMaxLandscapeGridSize)
                                .arg(kDefaultLandscapeGridSize),
                            "N"};
    QCommandLineOption span{
        "span",
        QStringLiteral("Half the width of the landscape around the iteration's values, > 0 and "
                       "at most %1. Default: fitted to the path.")
            .arg(kMaxLandscapeSpan),
        "S"};
    QCommandLineOption iteration{"iteration",
                                 "The iteration whose other values the landscape holds. Default: 0.", "K"};
    QCommandLineOption trainOnly{
        "landscape-train-only",
        "The path trains only the two landscape parameters (everything else frozen at "
        "--iteration), so it lies exactly on the landscape."};
    QCommandLineOption csv{
        "landscape-csv",
        "Write the landscape as CSV to FILE: a row per grid point (part 'grid') and per path "
        "point (part 'path'). Without it or --landscape-image, to standard output.",
        "FILE"};
    QCommandLineOption rates{"landscape-rates",
                             "One path per learning rate, e.g. 0.5,2,8 (the window's compare mode), on the "
                             "landscape of the run's own --lr.",
                             "LIST"};
    QCommandLineOption image{
        "landscape-image",
        "Also draw the landscape to FILE (.png, or .svg), off screen; size as --chart-size.", "FILE"};

    QList<QCommandLineOption> all() const {
        return {landscape, grid, span, iteration, trainOnly, rates, csv, image};
    }
};

// The landscape asked for, if any (any landscape option given; the axes default to w5,w6 for the
// seed, to an own network's first two parameters). Throws UsageError with a sentence for bad values, or
// for --grid, --span or --iteration without a landscape.
std::optional<LandscapeOptions> landscapeOptionsFrom(const QCommandLineParser& parser,
                                                     const LandscapeCommandOptions& options,
                                                     const SheetInputs& inputs);
std::optional<LandscapeOptions> landscapeOptionsFrom(const QCommandLineParser& parser,
                                                     const LandscapeCommandOptions& options,
                                                     const NetworkSheet& sheet);
// Either engine's: `parseAxes` reads --landscape (throwing std::invalid_argument with a sentence);
// `defaultAxes` gives the axes without it.
std::optional<LandscapeOptions>
landscapeOptionsFrom(const QCommandLineParser& parser, const LandscapeCommandOptions& options,
                     const std::function<LandscapeAxes(std::string_view)>& parseAxes,
                     const std::function<LandscapeAxes()>& defaultAxes);

// Computes the landscape of the run and writes it where asked (standard output when no file is named).
// Returns the exit code: kExitUsage for an iteration beyond the run, kExitFailure for a failed write.
int writeLandscape(const BackpropSheet& sheet, const LandscapeOptions& landscape,
                   const QCommandLineParser& parser, const LandscapeCommandOptions& options, QSize imageSize,
                   std::ostream& out, std::ostream& err);
int writeLandscape(const NetworkSheet& sheet, const LandscapeOptions& landscape,
                   const QCommandLineParser& parser, const LandscapeCommandOptions& options, QSize imageSize,
                   std::ostream& out, std::ostream& err);

} // namespace bplab::app
