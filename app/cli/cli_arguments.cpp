#include "app/cli/cli_arguments.h"

#include "app/cli/command_line.h"

#include <ostream>

namespace bplab::app {

std::optional<int> parseCommandArguments(QCommandLineParser& parser, const std::string& command,
                                         const QStringList& arguments, std::ostream& out, std::ostream& err) {
    if (!parser.parse(QStringList{QString::fromStdString("backprop-lab " + command)} + arguments)) {
        reportUsageError(err, command, parser.errorText().toStdString());
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the executable's path in the usage line ("Usage: build/release/app/backprop-lab
        // [options]"); the command is what a reader types.
        QString help = parser.helpText();
        const qsizetype firstLineEnd = help.indexOf(QLatin1Char('\n'));
        help.replace(0, firstLineEnd < 0 ? help.size() : firstLineEnd,
                     QStringLiteral("Usage: backprop-lab %1 [options]").arg(QString::fromStdString(command)));
        out << help.toStdString();
        return kExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        reportUsageError(err, command,
                         "unexpected argument '" + parser.positionalArguments().first().toStdString() + "'");
        return kExitUsage;
    }
    return std::nullopt;
}

void reportUsageError(std::ostream& err, const std::string& command, const std::string& message) {
    err << "backprop-lab " << command << ": " << message << "\nTry 'backprop-lab " << command
        << " --help'.\n";
}

int runReportingErrors(const std::string& command, std::ostream& err, const std::function<int()>& body) {
    try {
        return body();
    } catch (const UsageError& error) {
        reportUsageError(err, command, error.what());
        return kExitUsage;
    } catch (const std::exception& error) {
        err << "backprop-lab " << command << ": " << error.what() << '\n';
        return kExitFailure;
    }
}

double parseNumber(const QString& text, const std::string& what) {
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok) throw UsageError(what + " must be a number, not '" + text.toStdString() + "'");
    return value;
}

long long parseWholeNumber(const QString& text, const std::string& what, long long low, long long high) {
    bool ok = false;
    const long long value = text.toLongLong(&ok);
    if (!ok || value < low || value > high) {
        throw UsageError(what + " must be a whole number from " + std::to_string(low) + " to " +
                         std::to_string(high) + ", not '" + text.toStdString() + "'");
    }
    return value;
}

} // namespace bplab::app
