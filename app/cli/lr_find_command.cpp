#include "app/cli/lr_find_command.h"

#include "app/cli/cli_arguments.h"
#include "app/cli/command_line.h"
#include "app/cli/command_options.h"
#include "app/cli/command_table.h"
#include "app/cli/train_options.h"
#include "core/mnist/lr_range_test.h"
#include "core/mnist/mnist_trainer.h"
#include "ui/charts/lr_range_chart.h"
#include "ui/common/chart_export_limits.h"
#include "ui/common/file_writing.h"
#include "ui/mnist/lr_range/lr_range_summary.h"

#include <QCommandLineParser>

#include <algorithm>
#include <ostream>

namespace bplab::app {

namespace {

constexpr int kMaxBatches = 100000;

LrRangeSettings settingsFrom(const QCommandLineParser& parser, const LrFindOptions& o) {
    LrRangeSettings settings;
    if (parser.isSet(o.from)) settings.from = parseNumber(parser.value(o.from), "--from");
    if (parser.isSet(o.to)) settings.to = parseNumber(parser.value(o.to), "--to");
    if (parser.isSet(o.batches)) {
        settings.batches =
            static_cast<int>(parseWholeNumber(parser.value(o.batches), "--batches", 2, kMaxBatches));
    }
    try {
        validate(settings);
    } catch (const std::invalid_argument& error) {
        throw UsageError(std::string(error.what()) + " (--from, --to)");
    }
    return settings;
}

void writeOrThrow(const QString& path, const std::string& text) {
    QString error;
    if (!ui::writeFileAtomically(path, QByteArray::fromStdString(text), &error))
        throw std::runtime_error(error.toStdString());
}

void renderRangeChart(const LrRangeResult& result, const LrRangeSettings& settings, const QString& path) {
    ui::LrRangeChart chart;
    chart.setRateRange(settings.from, settings.to);
    ui::drawRangeTest(chart, result);
    QString error;
    if (!chart.exportImage(path, {ui::kDefaultChartExportWidth, ui::kDefaultChartExportHeight}, &error))
        throw std::runtime_error(error.toStdString());
}

} // namespace

int runLrFindCommand(const QStringList& arguments, std::ostream& out, std::ostream& err) {
    LrFindOptions o;
    QCommandLineParser parser;
    setUpCommandParser(parser, QStringLiteral("lr-find"));
    if (const auto exitCode = parseCommandArguments(parser, "lr-find", arguments, out, err)) return *exitCode;

    return runReportingErrors("lr-find", err, [&] {
        // Arguments are checked before the (slower) data load.
        TrainConfig recipe;
        o.fields.apply(parser, recipe);
        const LrRangeSettings settings = settingsFrom(parser, o);
        const std::string directory =
            parser.isSet(o.data) ? parser.value(o.data).toStdString() : defaultMnistDirectory();
        auto data = std::make_shared<MnistData>(loadMnist(directory));
        limitMnist(*data, recipe.trainLimit, recipe.testLimit);
        out << "range test: learning rate " << settings.from << " to " << settings.to << " over up to "
            << settings.batches << " batches of " << recipe.batchSize << " images, optimizer "
            << recipe.optimizer << ", " << MnistTrainer::resolvedThreads(recipe) << " thread(s)\n"
            << std::flush;

        const int every = std::max(1, settings.batches / 10);
        const LrRangeResult result = runLrRangeTest(
            recipe, data, settings,
            [&](const LrRangePoint& p, int index) {
                if ((index + 1) % every == 0) {
                    out << "batch " << index + 1 << '/' << settings.batches << "  rate " << p.rate
                        << "  smoothed loss " << p.smoothed << '\n'
                        << std::flush;
                }
            },
            StopToken{});
        if (result.minimum < 0) throw std::runtime_error("the loss was not finite from the first batch on");
        out << ui::rangeTestSummary(result, settings, QLocale::c()).toStdString() << '\n'
            << "suggested learning rate: " << result.suggestedRate << '\n';
        if (parser.isSet(o.csv)) writeOrThrow(parser.value(o.csv), lrRangeCsv(result));
        if (parser.isSet(o.chart)) renderRangeChart(result, settings, parser.value(o.chart));
        return kExitOk;
    });
}

} // namespace bplab::app
