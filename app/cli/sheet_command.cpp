#include "app/cli/sheet_command.h"

#include "app/cli/cli_arguments.h"
#include "app/cli/command_line.h"
#include "app/cli/command_options.h"
#include "app/cli/command_table.h"
#include "app/cli/landscape_option.h"
#include "app/cli/lessons_command.h"
#include "app/cli/network_sheet_options.h"
#include "core/sheet/backprop_sheet.h"
#include "core/sheet/network/network_csv.h"
#include "core/sheet/network/network_sheet.h"
#include "core/sheet/sheet_csv.h"
#include "ui/charts/loss_chart.h"
#include "ui/common/chart_export_limits.h"
#include "ui/common/file_writing.h"
#include "ui/sheet/boundary/decision_boundary_feed.h"
#include "ui/sheet/boundary/decision_boundary_view.h"
#include "ui/sheet/exports/sheet_workbook_export.h"
#include "ui/sheet/sheet_loss_curve.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <QSize>

#include <functional>
#include <optional>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <variant>

namespace bplab::app {

namespace {

// The starting values (the seed's, or the scenario's) with the options' changes.
SheetInputs inputsFrom(const QCommandLineParser& parser, const SheetOptions& options, SheetInputs inputs) {
    if (parser.isSet(options.activation))
        inputs.activation = activationNamed(parser.value(options.activation).toStdString());
    if (parser.isSet(options.loss)) inputs.loss = lossNamed(parser.value(options.loss).toStdString());
    if (parser.isSet(options.learnBiases)) inputs.learnBiases = true;
    for (const QString& assignment : parser.values(options.set)) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0) throw UsageError("--set expects name=value, got '" + assignment.toStdString() + "'");
        const std::string name = assignment.left(equals).trimmed().toStdString();
        try {
            setInputValue(inputs, name, parseNumber(assignment.mid(equals + 1), name));
        } catch (const std::invalid_argument& error) {
            throw UsageError(error.what());
        }
    }
    if (parser.isSet(options.learningRate)) {
        try {
            setInputValue(inputs, "eta", parseNumber(parser.value(options.learningRate), "--lr"));
        } catch (const std::invalid_argument& error) {
            throw UsageError(std::string("--lr: ") + error.what());
        }
    }
    return inputs;
}

int iterationsFrom(const QCommandLineParser& parser, const SheetOptions& options, int iterations) {
    if (!parser.isSet(options.iterations)) return iterations;
    return static_cast<int>(parseWholeNumber(parser.value(options.iterations), "--iterations", 1,
                                             BackpropSheet::kMaxIterationLimit));
}

QSize chartSizeFrom(const QCommandLineParser& parser, const SheetOptions& options) {
    if (!parser.isSet(options.chartSize))
        return {ui::kDefaultChartExportWidth, ui::kDefaultChartExportHeight};
    const QString text = parser.value(options.chartSize);
    const QStringList parts = text.split(QLatin1Char('x'));
    bool okWidth = false, okHeight = false;
    const int width = parts.size() == 2 ? parts[0].toInt(&okWidth) : 0;
    const int height = parts.size() == 2 ? parts[1].toInt(&okHeight) : 0;
    auto inRange = [](int side) {
        return side >= ui::kMinChartExportSide && side <= ui::kMaxChartExportSide;
    };
    if (!okWidth || !okHeight || !inRange(width) || !inRange(height)) {
        throw UsageError("--chart-size must be WIDTHxHEIGHT in pixels, each " +
                         std::to_string(ui::kMinChartExportSide) + ".." +
                         std::to_string(ui::kMaxChartExportSide) + ", not '" + text.toStdString() + "'");
    }
    return {width, height};
}

// The loss chart of either engine, as the window draws it, with `caption` naming the network.
bool renderSheetChart(const SheetEngine& sheet, const QString& caption, const QString& path, QSize size,
                      bool logY, std::ostream& err) {
    ui::LossChart chart;
    chart.setCurves({ui::sheetLossCurve(sheet)});
    chart.setLogScale(logY);
    chart.setCaption(caption);
    QString error;
    if (!chart.exportImage(path, size, &error)) {
        err << "backprop-lab sheet: " << error.toStdString() << '\n';
        return false;
    }
    return true;
}

bool writeFile(const QString& path, const std::string& text, std::ostream& err) {
    QString error;
    if (ui::writeFileAtomically(path, QByteArray::fromStdString(text), &error)) return true;
    err << "backprop-lab sheet: " << error.toStdString() << '\n';
    return false;
}

// The workbook to --xlsx FILE, when asked for.
template <typename Export>
bool writeWorkbookIfAsked(const QCommandLineParser& parser, const SheetOptions& options,
                          Export exportWorkbook, std::ostream& err) {
    if (!parser.isSet(options.xlsx)) return true;
    QString error;
    if (exportWorkbook(parser.value(options.xlsx), &error)) return true;
    err << "backprop-lab sheet: " << error.toStdString() << '\n';
    return false;
}

// The same sentence for both engines when a run stops early.
template <typename Sheet> void reportStop(const Sheet& sheet, std::ostream& err) {
    if (const auto stopped = sheet.divergedAt(); stopped && sheet.stoppedAtUncomputableCell()) {
        err << "backprop-lab sheet: stopped at iteration " << *stopped << ": " << sheet.stopReason() << '\n';
    } else if (stopped) {
        err << "backprop-lab sheet: diverged at iteration " << *stopped << " (" << sheet.stopReason()
            << "); try a smaller --lr\n";
    }
}

// The table to --csv FILE (atomically), or to standard output without --csv (when `toStandardOutput`)
// or with --csv -.
int writeTable(const QCommandLineParser& parser, const SheetOptions& options, bool toStandardOutput,
               const std::function<void(std::ostream&)>& write, std::ostream& out, std::ostream& err) {
    if (!parser.isSet(options.csv)) {
        if (toStandardOutput) write(out);
        return kExitOk;
    }
    if (parser.value(options.csv) == QStringLiteral("-")) { // the usual name for standard output
        write(out);
        return kExitOk;
    }
    std::ostringstream csv;
    write(csv);
    return writeFile(parser.value(options.csv), csv.str(), err) ? kExitOk : kExitFailure;
}

// Refuses the first option of `refused` that the command line sets: "--NAME " + `why`.
void refuseOptions(const QCommandLineParser& parser, const QList<QCommandLineOption>& refused,
                   const std::string& why) {
    for (const QCommandLineOption& option : refused)
        if (parser.isSet(option)) throw UsageError("--" + option.names().first().toStdString() + " " + why);
}

// --boundary-image: the decision boundary of the run's last row, as the window draws it for that row.
bool renderBoundary(const NetworkSheet& sheet, const QString& path, QSize size, std::ostream& err) {
    auto picture = ui::decisionBoundaryOfRow(sheet, sheet.rowCount() - 1);
    // A network without two inputs was refused before the run (runAndWriteNetwork).
    QString error;
    if (ui::DecisionBoundaryView::exportImage(std::get<ui::DecisionBoundaryInput>(std::move(picture)), path,
                                              size, &error))
        return true;
    err << "backprop-lab sheet: " << error.toStdString() << '\n';
    return false;
}

// A network run's loss landscape: the options that say where it goes, and what was asked (if anything).
struct LandscapeRequest {
    const LandscapeCommandOptions& options;
    std::optional<LandscapeOptions> asked;
};

// The end both network paths share: the run to its end, its stop said, the pictures and the table
// written. The sizes are read before the run, so a mistyped one costs no run.
int runAndWriteNetwork(NetworkSheet& sheet, const QCommandLineParser& parser, const SheetOptions& options,
                       QSize pictureSize, const LandscapeRequest& landscape, std::ostream& out,
                       std::ostream& err) {
    if (const auto why = ui::whyNoDecisionBoundary(sheet.spec());
        why && parser.isSet(options.boundaryImage)) {
        reportUsageError(err, "sheet", "--boundary-image: " + why->toStdString()); // before a run for nothing
        return kExitUsage;
    }
    sheet.runToEnd();
    reportStop(sheet, err);
    if (parser.isSet(options.chart) &&
        !renderSheetChart(sheet, ui::networkRunCaption(sheet.spec()), parser.value(options.chart),
                          pictureSize, parser.isSet(options.logY), err)) {
        return kExitFailure;
    }
    if (parser.isSet(options.boundaryImage) &&
        !renderBoundary(sheet, parser.value(options.boundaryImage), pictureSize, err)) {
        return kExitFailure;
    }
    const auto exportWorkbook = [&sheet](const QString& path, QString* error) {
        return ui::exportNetworkWorkbook(sheet, path, error);
    };
    if (!writeWorkbookIfAsked(parser, options, exportWorkbook, err)) return kExitFailure;
    if (landscape.asked) {
        const int exitCode =
            writeLandscape(sheet, *landscape.asked, parser, landscape.options, pictureSize, out, err);
        if (exitCode != kExitOk) return exitCode;
    }
    // With a picture or a workbook, that is what was asked for: the table goes to standard output only
    // without them.
    const bool onlyTheTable = !parser.isSet(options.xlsx) && !parser.isSet(options.chart) &&
                              !parser.isSet(options.boundaryImage) && !landscape.asked;
    return writeTable(
        parser, options, onlyTheTable, [&sheet](std::ostream& stream) { writeNetworkCsv(stream, sheet); },
        out, err);
}

// Any small network (issue 21): the options of NetworkSheetOptions with the shared ones; the seed sheet's
// scenario and --set belong to the 2-2-2 and are refused.
int runNetworkSheet(const QCommandLineParser& parser, const SheetOptions& options,
                    const NetworkSheetOptions& networkOptions, const QList<QCommandLineOption>& seedOnly,
                    const LandscapeCommandOptions& landscapeOptions, std::ostream& out, std::ostream& err) {
    std::optional<NetworkSheet> sheet;
    LandscapeRequest landscape{landscapeOptions, std::nullopt};
    QSize pictureSize;
    try {
        refuseOptions(parser, seedOnly,
                      "works on the seed's 2-2-2 sheet only, not with --layers, --data, --batch, --init, "
                      "--init-seed, --loss-reduction, --biases or one --activation per layer");
        pictureSize = chartSizeFrom(parser, options);
        auto value = [&parser](const QCommandLineOption& option) {
            return parser.isSet(option) ? parser.value(option) : QString();
        };
        const NetworkSheetRun run =
            networkSheetRunFrom(parser, networkOptions,
                                {value(options.activation), value(options.loss), value(options.learningRate),
                                 value(options.iterations), parser.isSet(options.learnBiases)});
        sheet.emplace(run.spec, run.iterations);
        landscape.asked = landscapeOptionsFrom(parser, landscapeOptions, *sheet); // its axes name its ids
        if (!run.note.empty()) err << "backprop-lab sheet: " << run.note << '\n';
    } catch (const std::exception& error) {
        reportUsageError(err, "sheet", error.what());
        return kExitUsage;
    }
    return runAndWriteNetwork(*sheet, parser, options, pictureSize, landscape, out, err);
}

// A version-2 scenario file (`sheet --scenario FILE`): its network, η and iterations, which --lr and
// --iterations may change; every other option of the seed sheet is refused.
int runNetworkScenario(const ui::NetworkScenario& scenario, const QCommandLineParser& parser,
                       const SheetOptions& options, const QList<QCommandLineOption>& seedOnly,
                       const LandscapeCommandOptions& landscapeOptions, std::ostream& out,
                       std::ostream& err) {
    std::optional<NetworkSheet> sheet;
    LandscapeRequest landscape{landscapeOptions, std::nullopt};
    QSize pictureSize;
    try {
        refuseOptions(parser, seedOnly,
                      "does not apply to a version 2 scenario: the file gives its network (change it there); "
                      "only --lr, --iterations, --csv, --xlsx, --chart, --chart-size, --log-y, "
                      "--boundary-image and the --landscape options do");
        pictureSize = chartSizeFrom(parser, options);
        NetworkSpec spec = scenario.spec;
        if (parser.isSet(options.learningRate))
            spec.learningRate = parseNumber(parser.value(options.learningRate), "--lr");
        sheet.emplace(spec, iterationsFrom(parser, options, scenario.iterations));
        landscape.asked = landscapeOptionsFrom(parser, landscapeOptions, *sheet);
    } catch (const std::exception& error) {
        reportUsageError(err, "sheet", error.what());
        return kExitUsage;
    }
    return runAndWriteNetwork(*sheet, parser, options, pictureSize, landscape, out, err);
}

} // namespace

int runSheetCommand(const QStringList& arguments, std::ostream& out, std::ostream& err) {
    SheetOptions options;
    QCommandLineParser parser;
    setUpCommandParser(parser, QStringLiteral("sheet"));
    const NetworkSheetOptions networkOptions;
    const LandscapeCommandOptions landscapeOptions;

    if (const auto exitCode = parseCommandArguments(parser, "sheet", arguments, out, err)) return *exitCode;
    if (networkOptions.requested(parser, parser.value(options.activation))) {
        const QList<QCommandLineOption> seedOnly = QList<QCommandLineOption>{options.scenario, options.set};
        return runNetworkSheet(parser, options, networkOptions, seedOnly, landscapeOptions, out, err);
    }

    Scenario start; // the seed sheet, unless a scenario says otherwise
    if (parser.isSet(options.scenario)) {
        QString error;
        const auto scenario = anyScenarioNamed(parser.value(options.scenario), &error);
        if (!scenario) {
            err << "backprop-lab sheet: " << error.toStdString() << '\n';
            return kExitFailure;
        }
        if (const auto* network = std::get_if<ui::NetworkScenario>(&*scenario)) {
            const QList<QCommandLineOption> seedOnly =
                QList<QCommandLineOption>{options.set, options.activation, options.loss, options.learnBiases};
            return runNetworkScenario(*network, parser, options, seedOnly, landscapeOptions, out, err);
        }
        start = std::get<Scenario>(*scenario);
    }
    BackpropSheet sheet;
    QSize chartSize;
    std::optional<LandscapeOptions> landscape;
    try {
        if (parser.isSet(options.boundaryImage)) {
            throw UsageError("--boundary-image draws your own network's decision boundary: give its network "
                             "with --layers (e.g. --layers 2,2,1 --data xor) or a version 2 scenario");
        }
        sheet = BackpropSheet(inputsFrom(parser, options, start.inputs),
                              iterationsFrom(parser, options, start.iterations));
        chartSize = chartSizeFrom(parser, options);
        landscape = landscapeOptionsFrom(parser, landscapeOptions, sheet.inputs());
    } catch (const std::exception& error) {
        reportUsageError(err, "sheet", error.what());
        return kExitUsage;
    }
    sheet.runToEnd();
    reportStop(sheet, err);

    if (parser.isSet(options.chart) &&
        !renderSheetChart(sheet, ui::sheetRunCaption(sheet.inputs()), parser.value(options.chart), chartSize,
                          parser.isSet(options.logY), err)) {
        return kExitFailure;
    }
    const auto exportWorkbook = [&sheet](const QString& path, QString* error) {
        return ui::exportSeedWorkbook(sheet, path, error);
    };
    if (!writeWorkbookIfAsked(parser, options, exportWorkbook, err)) return kExitFailure;
    if (landscape) {
        const int exitCode = writeLandscape(sheet, *landscape, parser, landscapeOptions, chartSize, out, err);
        if (exitCode != kExitOk) return exitCode;
    }
    // With --chart, --xlsx (or a landscape) alone, that is what was asked for: the table goes to stdout
    // only without them.
    return writeTable(
        parser, options, !parser.isSet(options.chart) && !parser.isSet(options.xlsx) && !landscape,
        [&sheet](std::ostream& stream) { writeSheetCsv(stream, sheet); }, out, err);
}

} // namespace bplab::app
