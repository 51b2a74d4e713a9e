#include "app/cli/landscape_option.h"

#include "app/cli/cli_arguments.h"
#include "app/cli/command_line.h"
#include "core/sheet/backprop_sheet.h"
#include "core/sheet/landscape/landscape_csv.h"
#include "core/sheet/network/network_loss_surface.h"
#include "core/sheet/network/network_sheet.h"
#include "ui/common/file_writing.h"
#include "ui/sheet/landscape/landscape_painter.h"
#include "ui/sheet/landscape/loss_landscape_view.h"

#include <QSize>

#include <ostream>
#include <sstream>
#include <stdexcept>

namespace bplab::app {

std::optional<LandscapeOptions> landscapeOptionsFrom(const QCommandLineParser& parser,
                                                     const LandscapeCommandOptions& options,
                                                     const SheetInputs& inputs) {
    return landscapeOptionsFrom(
        parser, options, [&inputs](std::string_view text) { return parseLandscapeAxes(text, inputs); },
        [] { return LandscapeAxes{}; });
}

std::optional<LandscapeOptions> landscapeOptionsFrom(const QCommandLineParser& parser,
                                                     const LandscapeCommandOptions& options,
                                                     const NetworkSheet& sheet) {
    return landscapeOptionsFrom(
        parser, options, [&sheet](std::string_view text) { return parseNetworkLandscapeAxes(text, sheet); },
        [&sheet] { return defaultNetworkAxes(sheet); });
}

std::optional<LandscapeOptions>
landscapeOptionsFrom(const QCommandLineParser& parser, const LandscapeCommandOptions& options,
                     const std::function<LandscapeAxes(std::string_view)>& parseAxes,
                     const std::function<LandscapeAxes()>& defaultAxes) {
    const bool asked =
        parser.isSet(options.landscape) || parser.isSet(options.csv) || parser.isSet(options.image);
    if (!asked) {
        for (const QCommandLineOption& option :
             {options.grid, options.span, options.iteration, options.trainOnly, options.rates}) {
            if (parser.isSet(option)) {
                throw UsageError("--" + option.names().first().toStdString() +
                                 " belongs to the loss landscape: add --landscape A,B");
            }
        }
        return std::nullopt;
    }
    LandscapeOptions landscape;
    try {
        landscape.axes = parser.isSet(options.landscape)
                             ? parseAxes(parser.value(options.landscape).toStdString())
                             : defaultAxes();
    } catch (const std::invalid_argument& error) {
        throw UsageError(std::string("--landscape: ") + error.what());
    }
    if (parser.isSet(options.grid)) {
        landscape.gridSize = static_cast<int>(parseWholeNumber(parser.value(options.grid), "--grid",
                                                               kMinLandscapeGridSize, kMaxLandscapeGridSize));
    }
    if (parser.isSet(options.span)) {
        const double span = parseNumber(parser.value(options.span), "--span");
        if (!(span > 0.0 && span <= kMaxLandscapeSpan)) {
            throw UsageError("--span must be greater than 0 and at most " +
                             std::to_string(static_cast<int>(kMaxLandscapeSpan)) + ", not " +
                             parser.value(options.span).toStdString());
        }
        landscape.span = span;
    }
    if (parser.isSet(options.iteration)) {
        landscape.iteration = static_cast<int>(parseWholeNumber(
            parser.value(options.iteration), "--iteration", 0, BackpropSheet::kMaxIterationLimit - 1));
    }
    landscape.trainOnlyAxes = parser.isSet(options.trainOnly);
    if (parser.isSet(options.rates)) {
        for (const QString& word : parser.value(options.rates).split(QLatin1Char(','))) {
            const double rate = parseNumber(word.trimmed(), "--landscape-rates");
            if (!isUsableLearningRate(rate)) {
                throw UsageError("--landscape-rates: a learning rate must be greater than 0, not " +
                                 word.trimmed().toStdString());
            }
            landscape.learningRates.push_back(rate);
        }
    }
    return landscape;
}

namespace {
int writeComputedLandscape(const std::function<Landscape()>& compute, const LandscapeOptions& landscape,
                           const QCommandLineParser& parser, const LandscapeCommandOptions& options,
                           QSize imageSize, std::ostream& out, std::ostream& err) {
    Landscape computed;
    try {
        computed = compute();
    } catch (const std::invalid_argument& error) {
        // Only the iteration is left to check against the run: "iteration 120 is beyond the run: …".
        reportUsageError(err, "sheet", std::string("--iteration: ") + error.what());
        return kExitUsage;
    }
    std::ostringstream csv;
    writeLandscapeCsv(csv, computed);
    QString error;
    if (parser.isSet(options.image)) {
        const ui::LandscapePainter painter(ui::makeLandscapePicture(computed, landscape.trainOnlyAxes));
        if (!ui::LossLandscapeView::writeImage(painter, parser.value(options.image), imageSize, &error)) {
            err << "backprop-lab sheet: " << error.toStdString() << '\n';
            return kExitFailure;
        }
    }
    if (parser.isSet(options.csv)) {
        if (!ui::writeFileAtomically(parser.value(options.csv), QByteArray::fromStdString(csv.str()),
                                     &error)) {
            err << "backprop-lab sheet: " << error.toStdString() << '\n';
            return kExitFailure;
        }
    } else if (!parser.isSet(options.image)) {
        out << csv.str();
    }
    return kExitOk;
}
} // namespace

int writeLandscape(const BackpropSheet& sheet, const LandscapeOptions& landscape,
                   const QCommandLineParser& parser, const LandscapeCommandOptions& options, QSize imageSize,
                   std::ostream& out, std::ostream& err) {
    return writeComputedLandscape([&] { return computeLandscape(sheet, landscape); }, landscape, parser,
                                  options, imageSize, out, err);
}

int writeLandscape(const NetworkSheet& sheet, const LandscapeOptions& landscape,
                   const QCommandLineParser& parser, const LandscapeCommandOptions& options, QSize imageSize,
                   std::ostream& out, std::ostream& err) {
    return writeComputedLandscape([&] { return computeNetworkLandscape(sheet, landscape); }, landscape,
                                  parser, options, imageSize, out, err);
}

} // namespace bplab::app
