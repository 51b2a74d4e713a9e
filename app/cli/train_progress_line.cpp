#include "app/cli/train_progress_line.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <iomanip>
#include <ostream>
#include <sstream>

#include <unistd.h>

namespace bplab::app {

namespace {
std::string clock(double seconds) {
    const long total = std::lround(seconds);
    char text[48];
    std::snprintf(text, sizeof text, "%02ld:%02ld", total / 60, total % 60);
    return text;
}

double now() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
} // namespace

TrainProgressLine::TrainProgressLine(std::ostream& out)
    : m_out(out)
    , m_interactive(isatty(STDOUT_FILENO) != 0) {}

std::string TrainProgressLine::line(const BatchProgress& p) const {
    constexpr int kWidth = 20;
    const int filled = p.batches > 0 ? p.batch * kWidth / p.batches : 0;
    std::ostringstream text;
    text << "epoch " << p.epoch << '/' << p.epochs << ' ' << std::setw(3)
         << (p.batches ? 100 * p.batch / p.batches : 0) << "%|"
         << std::string(static_cast<std::size_t>(filled), '#')
         << std::string(static_cast<std::size_t>(kWidth - filled), ' ') << "| " << p.batch << '/' << p.batches
         << " [ETA " << clock(p.etaSeconds) << ", " << static_cast<long>(p.imagesPerSecond)
         << " img/s, loss=" << std::fixed << std::setprecision(4) << p.loss << ", lr=" << std::setprecision(5)
         << p.learningRate << ']';
    return text.str();
}

void TrainProgressLine::update(const BatchProgress& progress) {
    m_last = progress;
    if (!m_interactive) return;
    // Redraw at most 10 times a second: a terminal is slower than a batch.
    const double t = now();
    if (t - m_lastDrawSeconds < 0.1 && progress.batch != progress.batches) return;
    m_lastDrawSeconds = t;
    m_out << '\r' << line(progress) << std::flush;
}

void TrainProgressLine::finishEpoch(const EpochResult& result) {
    m_out << (m_interactive ? "\r" : "") << line(m_last) << '\n'
          << "epoch " << result.epoch << ": test loss " << std::fixed << std::setprecision(4)
          << result.testLoss << ", test accuracy " << std::setprecision(2) << result.testAccuracy << " %, "
          << std::setprecision(1) << result.seconds << " s" << std::endl;
}

} // namespace bplab::app
