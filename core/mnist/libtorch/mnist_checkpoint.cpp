// Saving and loading training checkpoints: model, optimizer, epoch, config and metrics history in one
// LibTorch archive, tagged with kCheckpointFormat. The recipe's records are checkpoint_recipe's, the
// classes' checkpoint_classes'.
#include "core/mnist/libtorch/mnist_internal.h"

#include "core/mnist/checkpoint_integrity.h"
#include "core/mnist/libtorch/checkpoint_classes.h"
#include "core/mnist/libtorch/checkpoint_recipe.h"
#include "core/mnist/train_recipe.h"

#include <caffe2/serialize/versions.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <system_error>

namespace bplab {

namespace {

namespace fs = std::filesystem;

// The archive's bytes, made in memory. LibTorch's own file writer (1.13) finishes the file in its
// destructor and throws from there when a write fails, as on a full disk, which ends the process
// (std::terminate). In memory nothing fails half-way; writeWholeFile then checks every call.
std::string serialized(torch::serialize::OutputArchive& archive) {
    std::string bytes;
    archive.save_to([&bytes](const void* data, std::size_t size) {
        bytes.append(static_cast<const char*>(data), size);
        return size;
    });
    return bytes;
}

// Creates `path` holding `bytes`; throws std::system_error with the system's reason (no space, no
// permission) when any step fails.
void writeWholeFile(const fs::path& path, const std::string& bytes) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (file == nullptr) throw std::system_error(errno, std::generic_category());
    const bool written = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
    const int writeError = errno;
    const bool closed = std::fclose(file) == 0; // flushes the buffer: a full disk may show only here
    if (!written || !closed) throw std::system_error(written ? errno : writeError, std::generic_category());
}

// History as an [epochs, 5] double tensor: epoch, train loss, test loss, accuracy, seconds.
torch::Tensor historyTensor(const std::vector<EpochResult>& history) {
    torch::Tensor t = torch::zeros({static_cast<int64_t>(history.size()), 5}, torch::kDouble);
    auto a = t.accessor<double, 2>();
    for (std::size_t i = 0; i < history.size(); ++i) {
        const auto r = static_cast<int64_t>(i);
        a[r][0] = history[i].epoch;
        a[r][1] = history[i].trainLoss;
        a[r][2] = history[i].testLoss;
        a[r][3] = history[i].testAccuracy;
        a[r][4] = history[i].seconds;
    }
    return t;
}

// The live rate changes as rows of (step, rate). Doubles hold every step count exactly up to 2^53.
torch::Tensor rateChangesTensor(const std::vector<RateChange>& changes) {
    torch::Tensor t = torch::zeros({static_cast<int64_t>(changes.size()), 2}, torch::kDouble);
    auto a = t.accessor<double, 2>();
    for (std::size_t i = 0; i < changes.size(); ++i) {
        a[static_cast<int64_t>(i)][0] = static_cast<double>(changes[i].step);
        a[static_cast<int64_t>(i)][1] = changes[i].learningRate;
    }
    return t;
}

// A checkpoint from before the live rate existed has none: no changes.
std::vector<RateChange> rateChangesFrom(torch::serialize::InputArchive& archive) {
    torch::Tensor t;
    if (!archive.try_read("rate_changes", t)) return {};
    if (t.dim() != 2 || t.size(1) != 2)
        throw CheckpointError(CheckpointProblem::Damaged,
                              {{}, "the learning-rate changes have the wrong shape"},
                              "the learning-rate changes have the wrong shape");
    std::vector<RateChange> changes;
    t = t.to(torch::kCPU); // read onto the training device with the rest
    auto a = t.accessor<double, 2>();
    for (int64_t r = 0; r < t.size(0); ++r) changes.push_back({static_cast<long long>(a[r][0]), a[r][1]});
    return changes;
}

std::vector<EpochResult> historyFrom(torch::Tensor t) {
    if (t.dim() != 2 || t.size(1) != 5)
        throw CheckpointError(CheckpointProblem::Damaged, {{}, "the metrics history has the wrong shape"},
                              "the metrics history has the wrong shape");
    std::vector<EpochResult> history;
    t = t.to(torch::kCPU); // read onto the training device with the rest
    auto a = t.accessor<double, 2>();
    for (int64_t r = 0; r < t.size(0); ++r) {
        history.push_back({static_cast<int>(a[r][0]), a[r][1], a[r][2], a[r][3], a[r][4]});
    }
    return history;
}

// LibTorch's messages end in a C++ backtrace: the first line is the part a user can read.
std::string firstLine(const std::string& message) { return message.substr(0, message.find('\n')); }

// The file at `path` is ours but LibTorch could not read `error`'s part of it into this model.
CheckpointError doesNotMatch(const std::string& path, const std::exception& error) {
    return CheckpointError(CheckpointProblem::DoesNotMatch, {path, firstLine(error.what())},
                           path + " does not match this model (" + firstLine(error.what()) + ")");
}

// Every record's CRC-32 checked before LibTorch reads any: its zip reader checks none, and a damaged
// tensor would load as altered weights.
void checkIntegrity(const std::string& bytes, const std::string& path) {
    try {
        verifiedZipRecords(bytes);
    } catch (const ZipDamage& damage) {
        if (damage.kind() == ZipDamage::Kind::NotAZipArchive) {
            // No detail for the window: a file that is not even a zip archive is simply not ours.
            throw CheckpointError(CheckpointProblem::NotACheckpoint, {path},
                                  path + " is not a Backprop Lab checkpoint (not a LibTorch archive: " +
                                      damage.what() + "); choose a file saved with Save model or --save");
        }
        throw CheckpointError(CheckpointProblem::Damaged, {path, damage.what()},
                              path + " is damaged: " + damage.what() + "; save or download it again");
    }
}

// The whole file, read once and checked: the recipe is read from it before the trainer (and so the
// device it trains on) exists, and the tensors afterwards, onto that device.
std::string verifiedFileBytes(const std::string& path) {
    std::error_code error;
    if (!fs::is_regular_file(path, error))
        throw CheckpointError(CheckpointProblem::NoSuchFile, {path}, path + ": no such file");
    std::ifstream file(path, std::ios::binary);
    std::ostringstream bytes;
    if (file) bytes << file.rdbuf();
    if (!file.is_open() || file.bad())
        throw CheckpointError(CheckpointProblem::Unreadable, {path},
                              path + " could not be read; check that you are allowed to read it");
    std::string contents = bytes.str();
    checkIntegrity(contents, path);
    return contents;
}

// Why LibTorch could not open an archive whose records are intact, said so a user can act on it, with
// LibTorch's own words after. Only the archive's own version record may call it newer than this
// LibTorch; anything else is a file that is not ours (or changed with its checksums made to match).
CheckpointError unreadableArchive(const std::string& path, const std::string& bytes,
                                  const std::string& libtorchMessage) {
    std::string cause = firstLine(libtorchMessage);
    const std::string checkPrefix = "] . "; // "[enforce fail at inline_container.cc:165] . Attempted…"
    if (cause.rfind("[enforce fail", 0) == 0 && cause.find(checkPrefix) != std::string::npos)
        cause.erase(0, cause.find(checkPrefix) + checkPrefix.size());
    std::optional<std::uint64_t> version;
    try {
        version = libtorchFormatVersion(bytes, readZipDirectory(bytes));
    } catch (const ZipDamage&) {
        // not a zip archive LibTorch wrote: no version to tell
    }
    if (version && *version > caffe2::serialize::kMaxSupportedFileFormatVersion) {
        return CheckpointError(
            CheckpointProblem::NewerLibTorch, {path, cause, TORCH_VERSION},
            path + " is a LibTorch archive that this LibTorch (" + TORCH_VERSION +
                ") cannot read, most likely one written by a newer LibTorch; open it with a "
                "Backprop Lab built on that LibTorch, or update this one (LibTorch: " +
                cause + ")");
    }
    return CheckpointError(CheckpointProblem::NotACheckpoint, {path, "LibTorch: " + cause},
                           path + " is not a Backprop Lab checkpoint (not a LibTorch archive, or damaged); " +
                               "choose a file saved with Save model or --save (LibTorch: " + cause + ")");
}

// Opens `bytes`, the file at `path`, with every tensor on `device` (whatever device it was saved
// from: a checkpoint trained on a GPU opens on a CPU-only machine), and checks it is one of ours; the
// message says what the file is instead.
void openArchive(torch::serialize::InputArchive& archive, const std::string& bytes, const std::string& path,
                 torch::Device device) {
    try {
        archive.load_from(bytes.data(), bytes.size(), device);
    } catch (const std::exception& error) {
        throw unreadableArchive(path, bytes, error.what());
    }
    c10::IValue format;
    if (!archive.try_read("format", format) || !format.isString()) {
        throw CheckpointError(CheckpointProblem::NotOurs, {path},
                              path + " is a LibTorch file but not a Backprop Lab MNIST checkpoint");
    }
    if (format.toStringRef() != kCheckpointFormat) {
        throw CheckpointError(CheckpointProblem::OtherModel, {path, format.toStringRef(), kCheckpointFormat},
                              path + " was saved for another model (" + format.toStringRef() + "); this is " +
                                  kCheckpointFormat);
    }
}

// Loads the archive's weights into `net` by copying values into its existing tensors. (Module::load
// swaps in the archive's storage instead, and a model trained on from there no longer matched an
// uninterrupted run bit for bit.)
void loadWeightsInto(MnistNet& net, torch::serialize::InputArchive& archive) {
    MnistNet loaded(/*dropout=*/0.0, net->classes());
    loaded->load(archive);
    torch::NoGradGuard noGrad;
    const auto source = loaded->named_parameters();
    for (auto& parameter : net->named_parameters()) parameter.value().copy_(source[parameter.key()]);
    const auto buffers = loaded->named_buffers();
    for (auto& buffer : net->named_buffers()) buffer.value().copy_(buffers[buffer.key()]);
}

// The archive of a trainer's state as it is, tensors on the trainer's device.
std::string archiveBytes(const MnistTrainer::Impl& d) {
    torch::serialize::OutputArchive archive;
    archive.write("format", c10::IValue(std::string(kCheckpointFormat)));
    torch::serialize::OutputArchive model, optimizer;
    d.net->save(model);
    d.optimizer.save(optimizer);
    archive.write("model", model);
    archive.write("optimizer", optimizer);
    archive.write("history", historyTensor(d.history));
    archive.write("rate_changes", rateChangesTensor(d.rateChanges));
    writeConfig(archive, d.config);
    writeClassNames(archive, d.classes);
    return serialized(archive);
}

// Puts the state in `bytes` (the file at `path`) into a trainer just built for its recipe: weights,
// optimizer state (momentum), history and rate changes, every tensor read onto the trainer's device.
void restore(MnistTrainer::Impl& d, const std::string& bytes, const std::string& path) {
    torch::serialize::InputArchive archive;
    openArchive(archive, bytes, path, d.device);
    requireSameClasses(classNamesIn(archive, path), d.classes, path); // before the weights' shapes
    try {
        torch::serialize::InputArchive model, optimizer;
        archive.read("model", model);
        archive.read("optimizer", optimizer);
        loadWeightsInto(d.net, model);
        d.optimizer.load(optimizer);
        torch::Tensor history;
        archive.read("history", history);
        d.history = historyFrom(history);
        d.rateChanges = rateChangesFrom(archive);
    } catch (const CheckpointError&) {
        throw;
    } catch (const std::exception& error) {
        // c10::Error for weights of the wrong shape, torch::jit::ObjectAttributeError for missing keys.
        throw doesNotMatch(path, error);
    }
}

// The recipe stored in `bytes` (the file at `path`); read on the CPU, as it holds no tensors.
TrainConfig recipeIn(const std::string& bytes, const std::string& path) {
    torch::serialize::InputArchive archive;
    openArchive(archive, bytes, path, torch::kCPU);
    try {
        return readConfig(archive);
    } catch (const std::exception& error) {
        throw doesNotMatch(path, error);
    }
}

TrainConfig onDevice(TrainConfig config, const std::string& device) {
    config.device = device;
    return config;
}

} // namespace

std::unique_ptr<MnistTrainer::Impl> stateOnDevice(const MnistTrainer::Impl& state,
                                                  const std::string& device) {
    // As a checkpoint would move it, so the optimizer's state (momentum) moves with the weights.
    auto moved = std::make_unique<MnistTrainer::Impl>(onDevice(state.config, device), state.data);
    restore(*moved, archiveBytes(state), "the model in memory");
    return moved;
}

MnistNet copyNet(const MnistNet& source) {
    // Through memory: a deep copy of parameters and buffers (running statistics included), on the CPU.
    std::stringstream buffer;
    torch::save(source, buffer);
    MnistNet copy(/*dropout=*/0.0, source->classes());
    torch::load(copy, buffer, torch::Device(torch::kCPU));
    copy->to(torch::kCPU);
    copy->eval();
    return copy;
}

std::string MnistTrainer::checkpointBytes() const {
    const Impl& d = *m_impl;
    if (!allFinite(d.net)) {
        throw CheckpointError(CheckpointProblem::NotFinite, {},
                              "the model's weights are not all finite numbers (the training diverged), so "
                              "they were not saved; train again with a smaller learning rate");
    }
    // LibTorch stores each tensor's device in the file, and one saved from a GPU would ask every reader
    // for a GPU: write from a copy on the CPU. (Only then: the optimizer's state is keyed by tensor
    // addresses, so a copy's bytes differ from call to call, and on the CPU they stay the same.)
    if (d.device.is_cpu()) return archiveBytes(d);
    return archiveBytes(*stateOnDevice(d, "cpu"));
}

void MnistTrainer::saveCheckpoint(const std::string& path) const {
    const std::string bytes = checkpointBytes();
    // Write next to the target, then rename over it: readers see the old file or the new one, never half.
    const fs::path target(path);
    const fs::path temporary = target.string() + ".partial-" + std::to_string(std::random_device{}());
    try {
        writeWholeFile(temporary, bytes);
        fs::rename(temporary, target);
    } catch (const std::exception& error) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throw CheckpointError(CheckpointProblem::CannotSave, {path, error.what()},
                              "could not save the checkpoint to " + path + " (" + error.what() +
                                  "); check that the folder exists, is writable and has free space");
    }
}

std::unique_ptr<MnistTrainer> MnistTrainer::loadCheckpoint(const std::string& path,
                                                           std::shared_ptr<const MnistData> data,
                                                           const std::string& device) {
    const std::string bytes = verifiedFileBytes(path);
    std::unique_ptr<MnistTrainer> trainer;
    try {
        // The device is this machine's choice, never the file's (a checkpoint stores no device).
        trainer = std::make_unique<MnistTrainer>(onDevice(recipeIn(bytes, path), device), std::move(data));
    } catch (const std::invalid_argument& error) {
        throw CheckpointError(CheckpointProblem::UnusableSettings, {path, {}, {}, std::current_exception()},
                              path + " holds unusable settings: " + error.what());
    }
    restore(*trainer->m_impl, bytes, path);
    return trainer;
}

TrainConfig MnistTrainer::checkpointConfig(const std::string& path) {
    return recipeIn(verifiedFileBytes(path), path);
}

void MnistTrainer::setDevice(const std::string& device) {
    if (device != m_impl->config.device) m_impl = stateOnDevice(*m_impl, device);
}

MnistClassifier MnistClassifier::fromCheckpoint(const std::string& path) {
    torch::serialize::InputArchive archive;
    openArchive(archive, verifiedFileBytes(path), path, torch::kCPU); // predictions run on the CPU
    MnistClassifier classifier;
    classifier.m_impl->classes = classNamesIn(archive, path);
    classifier.m_impl->net = MnistNet(/*dropout=*/0.0, classifier.m_impl->classes.count());
    try {
        torch::serialize::InputArchive model;
        archive.read("model", model);
        loadWeightsInto(classifier.m_impl->net, model);
        classifier.m_impl->net->eval();
    } catch (const std::exception& error) {
        throw doesNotMatch(path, error);
    }
    return classifier;
}

} // namespace bplab
