#include "ui/mnist/lr_range/lr_range_job.h"
#include "ui/mnist/mnist_messages.h"

#include <QtConcurrent/QtConcurrentRun>

namespace bplab::ui {

LrRangeJob::LrRangeJob(QObject* parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &LrRangeJob::onFinished);
}

LrRangeJob::~LrRangeJob() {
    cancel();
    m_watcher.waitForFinished(); // the stop flag is checked before every batch
}

bool LrRangeJob::start(const TrainConfig& recipe, std::shared_ptr<const MnistData> data,
                       const LrRangeSettings& settings, QString* error) {
    if (isRunning()) {
        if (error) *error = tr("a range test is running already");
        return false;
    }
    try {
        validate(settings);
        validate(recipe);
    } catch (const std::invalid_argument& problem) {
        if (error) *error = MnistMessages::problem(problem);
        return false;
    }
    m_stop = StopToken();
    m_shared = std::make_shared<Shared>();
    m_result = {};
    m_watcher.setFuture(QtConcurrent::run(
        [recipe, data = std::move(data), settings, shared = m_shared, stop = m_stop]() -> Outcome {
            try {
                const auto onPoint = [&shared](const LrRangePoint& point, int) {
                    const std::lock_guard<std::mutex> lock(shared->mutex);
                    shared->points.push_back(point);
                };
                return {runLrRangeTest(recipe, data, settings, onPoint, stop), QString()};
            } catch (const std::exception& problem) {
                return {{}, MnistMessages::problem(problem)};
            }
        }));
    return true;
}

void LrRangeJob::cancel() { m_stop.requestStop(); }

std::vector<LrRangePoint> LrRangeJob::takePoints() {
    if (!m_shared) return {};
    const std::lock_guard<std::mutex> lock(m_shared->mutex);
    return std::exchange(m_shared->points, {});
}

void LrRangeJob::onFinished() {
    const Outcome outcome = m_watcher.result();
    m_result = outcome.result;
    Q_EMIT finished(outcome.error);
}

} // namespace bplab::ui
