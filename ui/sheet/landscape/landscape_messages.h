#pragma once

#include <QCoreApplication>
#include <QString>

#include <exception>

namespace bplab::ui {

// Why a loss landscape cannot be drawn, worded in the window's language from the values the core
// returns (LandscapeError; the command line keeps its English). Numbers follow the window's locale.
class LandscapeMessages {
    Q_DECLARE_TR_FUNCTIONS(LandscapeMessages)

public:
    // A LandscapeError worded from its values (no trailing period), any other error's own text.
    static QString problem(const std::exception& error);
};

} // namespace bplab::ui
