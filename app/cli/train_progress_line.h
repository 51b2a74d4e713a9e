#pragma once

#include "core/mnist/train_types.h"

#include <iosfwd>

namespace bplab::app {

// tqdm-like progress for the terminal: on a TTY one line redrawn in place during the epoch, elsewhere
// (logs, CI) only the completed line per epoch; then the epoch's result line.
class TrainProgressLine {
public:
    explicit TrainProgressLine(std::ostream& out);
    void update(const BatchProgress& progress);
    void finishEpoch(const EpochResult& result);

private:
    std::string line(const BatchProgress& progress) const;

    std::ostream& m_out;
    bool m_interactive;
    BatchProgress m_last;
    double m_lastDrawSeconds = -1.0;
};

} // namespace bplab::app
