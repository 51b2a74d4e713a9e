#include "app/cli/train_command.h"

#include "app/cli/command_line.h"
#include "ui/common/file_writing.h"
#include "core/mnist/mnist_trainer.h"
#include "core/mnist/model_summary.h"
#include "app/cli/train_progress_line.h"

#include <QCommandLineParser>
#include <QSaveFile>

#include <atomic>
#include <csignal>
#include <iomanip>
#include <memory>
#include <ostream>
#include <sstream>

namespace bplab::app {

namespace {

constexpr int kExitInterrupted = 130; // as shells report Ctrl+C

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The one piece of process-wide state: a signal handler can reach nothing else. It only sets a flag
// that the training loop polls after every batch.
std::atomic<bool>* g_interrupted = nullptr;
extern "C" void onInterrupt(int) {
    if (g_interrupted) g_interrupted->store(true);
}

struct TrainOptions {
    QCommandLineOption data{
        "data", "Folder with the MNIST files (raw or .gz). Default: the set-up's download.", "DIR"};
    QCommandLineOption epochs{"epochs", "Epochs to train (default 15). With --resume: the new total.", "N"};
    QCommandLineOption batchSize{"batch-size", "Images per step (default 128).", "B"};
    QCommandLineOption learningRate{"lr", "Peak learning rate of the one-cycle schedule (default 0.1).", "X"};
    QCommandLineOption momentum{"momentum", "SGD momentum (default 0.9).", "M"};
    QCommandLineOption dropout{"dropout", "Dropout probability (default 0.05).", "P"};
    QCommandLineOption schedule{"schedule", "onecycle (default) or constant.", "S"};
    QCommandLineOption noAugment{"no-augment", "Train without random rotation and shift."};
    QCommandLineOption threads{"threads", "LibTorch threads (default: all cores).", "T"};
    QCommandLineOption seed{"seed", "Random seed (default 1).", "S"};
    QCommandLineOption device{"device", "cpu (default) or cuda (needs a CUDA-enabled LibTorch).", "D"};
    QCommandLineOption trainLimit{"train-limit", "Use only the first N training images.", "N"};
    QCommandLineOption testLimit{"test-limit", "Use only the first N test images.", "N"};
    QCommandLineOption csv{"csv", "Write epoch,train_loss,test_loss,test_accuracy,seconds to FILE.", "FILE"};
    QCommandLineOption save{"save", "Save a checkpoint to FILE after every epoch.", "FILE"};
    QCommandLineOption resume{"resume", "Continue training from the checkpoint FILE.", "FILE"};
};

long long parseInteger(const QCommandLineParser& parser, const QCommandLineOption& option, long long low,
                       long long high) {
    bool ok = false;
    const long long value = parser.value(option).toLongLong(&ok);
    if (!ok || value < low || value > high) {
        throw UsageError("--" + option.names().first().toStdString() + " must be a whole number from " +
                         std::to_string(low) + " to " + std::to_string(high) + ", not '" +
                         parser.value(option).toStdString() + "'");
    }
    return value;
}

double parseReal(const QCommandLineParser& parser, const QCommandLineOption& option) {
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        throw UsageError("--" + option.names().first().toStdString() + " must be a finite number, not '" +
                         parser.value(option).toStdString() + "'");
    }
    return value;
}

// Applies the options that were given on top of `config`.
void applyOptions(const QCommandLineParser& p, const TrainOptions& o, TrainConfig& config) {
    if (p.isSet(o.epochs)) config.epochs = static_cast<int>(parseInteger(p, o.epochs, 1, 1000));
    if (p.isSet(o.batchSize)) config.batchSize = static_cast<int>(parseInteger(p, o.batchSize, 1, 60000));
    if (p.isSet(o.learningRate)) config.learningRate = parseReal(p, o.learningRate);
    if (p.isSet(o.momentum)) config.momentum = parseReal(p, o.momentum);
    if (p.isSet(o.dropout)) config.dropout = parseReal(p, o.dropout);
    if (p.isSet(o.noAugment)) config.augment = false;
    if (p.isSet(o.threads)) config.threads = static_cast<int>(parseInteger(p, o.threads, 1, 1024));
    if (p.isSet(o.seed)) config.seed = static_cast<std::uint64_t>(parseInteger(p, o.seed, 0, 1LL << 53));
    if (p.isSet(o.trainLimit)) config.trainLimit = static_cast<int>(parseInteger(p, o.trainLimit, 1, 60000));
    if (p.isSet(o.testLimit)) config.testLimit = static_cast<int>(parseInteger(p, o.testLimit, 1, 10000));
    if (p.isSet(o.device)) config.device = p.value(o.device).toStdString();
    if (p.isSet(o.schedule)) {
        const QString schedule = p.value(o.schedule);
        if (schedule != QLatin1String("onecycle") && schedule != QLatin1String("constant")) {
            throw UsageError("--schedule must be onecycle or constant, not '" + schedule.toStdString() + "'");
        }
        config.oneCycle = schedule == QLatin1String("onecycle");
    }
    try {
        validate(config);
    } catch (const std::invalid_argument& error) {
        throw UsageError(error.what());
    }
}

std::string historyCsv(const std::vector<EpochResult>& history) {
    std::ostringstream csv;
    csv << "epoch,train_loss,test_loss,test_accuracy,seconds\n" << std::setprecision(10);
    for (const EpochResult& r : history) {
        csv << r.epoch << ',' << r.trainLoss << ',' << r.testLoss << ',' << r.testAccuracy << ',' << r.seconds
            << '\n';
    }
    return csv.str();
}

void writeCsv(const QString& path, const std::string& text) {
    QString error;
    if (!ui::writeFileAtomically(path, QByteArray::fromStdString(text), &error))
        throw std::runtime_error(error.toStdString());
}

void setUpParser(QCommandLineParser& parser, const TrainOptions& o) {
    parser.setApplicationDescription("Train the 11,154-parameter MNIST CNN without a display.");
    parser.addHelpOption();
    parser.addOptions({o.data, o.epochs, o.batchSize, o.learningRate, o.momentum, o.dropout, o.schedule,
                       o.noAugment, o.threads, o.seed, o.device, o.trainLimit, o.testLimit, o.csv, o.save,
                       o.resume});
}

} // namespace

int runTrainCommand(const QStringList& arguments, std::ostream& out, std::ostream& err) {
    TrainOptions o;
    QCommandLineParser parser;
    setUpParser(parser, o);
    if (!parser.parse(QStringList{QStringLiteral("backprop-lab train")} + arguments)) {
        err << "backprop-lab train: " << parser.errorText().toStdString()
            << "\nTry 'backprop-lab train --help'.\n";
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().toStdString();
        return kExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "backprop-lab train: unexpected argument '"
            << parser.positionalArguments().first().toStdString() << "'\nTry 'backprop-lab train --help'.\n";
        return kExitUsage;
    }

    try {
        // Arguments are checked before the (slower) data load.
        TrainConfig config;
        applyOptions(parser, o, config);

        const std::string directory =
            parser.isSet(o.data) ? parser.value(o.data).toStdString() : defaultMnistDirectory();
        auto data = std::make_shared<MnistData>(loadMnist(directory));

        std::unique_ptr<MnistTrainer> trainer;
        if (parser.isSet(o.resume)) {
            // Limits and recipe come from the checkpoint, so the data matches what it was trained on.
            const std::string path = parser.value(o.resume).toStdString();
            TrainConfig resumed = MnistTrainer::checkpointConfig(path);
            applyOptions(parser, o, resumed);
            limitMnist(*data, resumed.trainLimit, resumed.testLimit);
            trainer = MnistTrainer::loadCheckpoint(path, data);
            trainer->setEpochs(resumed.epochs);
            trainer->setThreads(resumed.threads);
            out << "resuming after epoch " << trainer->completedEpochs() << " of " << resumed.epochs << '\n';
        } else {
            limitMnist(*data, config.trainLimit, config.testLimit);
            trainer = std::make_unique<MnistTrainer>(config, data);
        }
        out << "training on " << data->train.size() << " images, testing on " << data->test.size() << ", "
            << MnistTrainer::resolvedThreads(trainer->config()) << " thread(s)\n"
            << std::flush;

        StopToken stop;
        std::atomic<bool> interrupted{false};
        g_interrupted = &interrupted;
        std::signal(SIGINT, onInterrupt);
        TrainProgressLine progress(out);
        TrainCallbacks callbacks;
        callbacks.onBatch = [&](const BatchProgress& batch) {
            if (interrupted.load()) stop.requestStop();
            progress.update(batch);
        };
        callbacks.onEpoch = [&](const EpochResult& result, const Evaluation&) {
            progress.finishEpoch(result);
            if (parser.isSet(o.csv)) writeCsv(parser.value(o.csv), historyCsv(trainer->history()));
            if (parser.isSet(o.save)) trainer->saveCheckpoint(parser.value(o.save).toStdString());
        };
        const bool finished = trainer->train(callbacks, stop);
        std::signal(SIGINT, SIG_DFL);
        g_interrupted = nullptr;
        if (!finished) {
            err << "\nbackprop-lab train: interrupted; " << trainer->completedEpochs()
                << " complete epoch(s) kept"
                << (parser.isSet(o.save) ? " in " + parser.value(o.save).toStdString() : std::string())
                << '\n';
            return kExitInterrupted;
        }
        return kExitOk;
    } catch (const UsageError& error) {
        err << "backprop-lab train: " << error.what() << "\nTry 'backprop-lab train --help'.\n";
        return kExitUsage;
    } catch (const std::exception& error) {
        g_interrupted = nullptr;
        err << "backprop-lab train: " << error.what() << '\n';
        return kExitFailure;
    }
}

int runSummaryCommand(const QStringList& arguments, std::ostream& out, std::ostream& err) {
    if (!arguments.isEmpty()) {
        err << "backprop-lab summary: takes no arguments\n";
        return kExitUsage;
    }
    out << formatModelSummary(mnistModelSummary());
    return kExitOk;
}

} // namespace bplab::app
