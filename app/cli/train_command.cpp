#include "app/cli/train_command.h"

#include "app/cli/cli_arguments.h"
#include "app/cli/command_line.h"
#include "app/cli/command_options.h"
#include "app/cli/command_table.h"
#include "app/cli/interrupt_guard.h"
#include "app/cli/train_options.h"
#include "app/cli/train_progress_line.h"
#include "core/mnist/divergence_watch.h"
#include "core/mnist/epoch_history_csv.h"
#include "core/mnist/mnist_data.h"
#include "core/mnist/mnist_trainer.h"
#include "core/mnist/model_summary.h"
#include "core/mnist/parameter_breakdown.h"
#include "ui/common/file_writing.h"

#include <QCommandLineParser>

#include <memory>
#include <ostream>

namespace bplab::app {

namespace {

void writeCsv(const QString& path, const std::string& text) {
    QString error;
    if (!ui::writeFileAtomically(path, QByteArray::fromStdString(text), &error))
        throw std::runtime_error(error.toStdString());
}

// "classes (3): circle, triangle, square" for named classes, so a run or a summary of another data set
// never reads like MNIST's; nothing for MNIST's digits. Whether it said anything.
bool sayNamedClasses(std::ostream& out, const ClassNames& classes) {
    if (classes == ClassNames::digits()) return false;
    out << "classes (" << classes.count() << "): " << classes.joined() << '\n';
    return true;
}

std::string csvOf(const MnistTrainer& trainer) {
    return epochHistoryCsv(trainer.history(), trainer.rateChanges(), trainer.batchesPerEpoch());
}

} // namespace

int runTrainCommand(const QStringList& arguments, std::ostream& out, std::ostream& err) {
    TrainOptions o;
    QCommandLineParser parser;
    setUpCommandParser(parser, QStringLiteral("train"));
    if (const auto exitCode = parseCommandArguments(parser, "train", arguments, out, err)) return *exitCode;

    try {
        // Arguments are checked before the (slower) data load.
        TrainConfig config;
        o.fields.apply(parser, config);

        const std::string directory =
            parser.isSet(o.data) ? parser.value(o.data).toStdString() : defaultMnistDirectory();
        auto data = std::make_shared<MnistData>(loadMnist(directory));

        std::unique_ptr<MnistTrainer> trainer;
        if (parser.isSet(o.resume)) {
            // Limits and recipe come from the checkpoint, so the data matches what it was trained on.
            const std::string path = parser.value(o.resume).toStdString();
            TrainConfig resumed = MnistTrainer::checkpointConfig(path);
            o.fields.apply(parser, resumed);
            limitMnist(*data, resumed.trainLimit, resumed.testLimit);
            // On --device (default cpu), whatever device the checkpoint was trained on.
            trainer = MnistTrainer::loadCheckpoint(path, data, resumed.device);
            trainer->setEpochs(resumed.epochs);
            trainer->setThreads(resumed.threads);
            trainer->setKernels(resumed.kernels);
            // A new rate for the rest of the run: recorded as a rate change (the recipe stays).
            if (parser.isSet(QStringLiteral("lr"))) trainer->setLearningRate(resumed.learningRate);
            out << "resuming after epoch " << trainer->completedEpochs() << " of " << resumed.epochs << '\n';
        } else {
            limitMnist(*data, config.trainLimit, config.testLimit);
            trainer = std::make_unique<MnistTrainer>(config, data);
        }
        sayNamedClasses(out, data->classes);
        out << "training on " << data->train.size() << " images, testing on " << data->test.size() << ", "
            << MnistTrainer::resolvedThreads(trainer->config()) << " thread(s), on "
            << (trainer->config().device == "cpu" ? "the CPU" : "the GPU (cuda)") << ", "
            << trainer->kernelsInUse() << '\n'
            << std::flush;

        StopToken stop;
        TrainProgressLine progress(out);
        TrainCallbacks callbacks;
        callbacks.onEpoch = [&](const EpochResult& result, const Evaluation&) {
            progress.finishEpoch(result);
            if (parser.isSet(o.csv)) writeCsv(parser.value(o.csv), csvOf(*trainer));
            if (parser.isSet(o.save)) trainer->saveCheckpoint(parser.value(o.save).toStdString());
        };
        TrainOutcome outcome;
        {
            // Ctrl+C stops after the current batch while training runs; the shell's handler is back after.
            const InterruptGuard interrupt;
            callbacks.onBatch = [&](const BatchProgress& batch) {
                if (interrupt.interrupted()) stop.requestStop();
                progress.update(batch);
            };
            outcome = trainer->train(callbacks, stop);
        }
        if (outcome.divergence) {
            // The epochs before it, even none: a script reading the CSV sees where the run stood.
            if (parser.isSet(o.csv)) writeCsv(parser.value(o.csv), csvOf(*trainer));
            err << "\nbackprop-lab train: " << describeDivergence(*outcome.divergence) << ". "
                << trainer->completedEpochs() << " good epoch(s) kept"
                << (parser.isSet(o.save) ? " in " + parser.value(o.save).toStdString() : std::string())
                << "; try --lr " << smallerLearningRate(*outcome.divergence) << '\n';
            return kExitDiverged;
        }
        if (!outcome) {
            err << "\nbackprop-lab train: interrupted; " << trainer->completedEpochs()
                << " complete epoch(s) kept"
                << (parser.isSet(o.save) ? " in " + parser.value(o.save).toStdString() : std::string())
                << '\n';
            return kExitInterrupted;
        }
        return kExitOk;
    } catch (const UsageError& error) {
        reportUsageError(err, "train", error.what());
        return kExitUsage;
    } catch (const std::exception& error) {
        err << "backprop-lab train: " << error.what() << '\n';
        return kExitFailure;
    }
}

int runSummaryCommand(const QStringList& arguments, std::ostream& out, std::ostream& err) {
    QCommandLineParser parser;
    setUpCommandParser(parser, QStringLiteral("summary"));
    // An unknown option, or an argument, is a usage error (exit 2) with a sentence.
    if (const auto exitCode = parseCommandArguments(parser, "summary", arguments, out, err)) return *exitCode;
    ClassNames classes = ClassNames::digits();
    const SummaryOptions o;
    if (parser.isSet(o.data)) {
        // The whole data set is read, so its classes are those `train --data` would train (checked
        // against its labels).
        try {
            classes = loadMnist(parser.value(o.data).toStdString()).classes;
        } catch (const std::exception& error) {
            err << "backprop-lab summary: " << error.what() << '\n';
            return kExitFailure;
        }
        if (sayNamedClasses(out, classes)) out << '\n';
    }
    out << formatModelSummary(mnistModelSummary(classes.count()));
    out << "\nParameters by layer, with each layer's receptive field on the 28x28 input:\n"
        << formatParameterBreakdown(mnistParameterBreakdown(classes.count()));
    return kExitOk;
}

} // namespace bplab::app
