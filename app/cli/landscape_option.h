#pragma once

#include "core/sheet/loss_landscape.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

#include <iosfwd>
#include <optional>

namespace bplab::app {

// The sheet command's loss landscape, the window's "Loss landscape" tab on the command line:
//   backprop-lab sheet --landscape w5,w6 [--grid N] [--span S] [--iteration K] [--landscape-train-only]
//                      [--landscape-csv FILE] [--landscape-image FILE]
// with the sheet's own options for the run (--lr, --activation, --set …).
struct LandscapeCommandOptions {
    QCommandLineOption landscape{
        "landscape",
        "Compute the loss landscape: E_total over two parameters (w1..w8, b1, b2 when the "
        "sheet has biases), e.g. --landscape w5,w6; the other values held at --iteration.",
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

// The landscape asked for, if any (any landscape option given; the axes default to w5,w6). Throws
// UsageError with a sentence for bad values, or for --grid, --span or --iteration without a landscape.
std::optional<LandscapeOptions> landscapeOptionsFrom(const QCommandLineParser& parser,
                                                     const LandscapeCommandOptions& options,
                                                     const SheetInputs& inputs);

// Computes the landscape of the run and writes it where asked (standard output when no file is named).
// Returns the exit code: kExitUsage for an iteration beyond the run, kExitFailure for a failed write.
int writeLandscape(const BackpropSheet& sheet, const LandscapeOptions& landscape,
                   const QCommandLineParser& parser, const LandscapeCommandOptions& options, QSize imageSize,
                   std::ostream& out, std::ostream& err);

} // namespace bplab::app
