#include "app/cli/man_page.h"

#include "app/cli/command_line.h"

namespace bplab::app {

namespace {

// "\fB\-h\fR, \fB\-\-help\fR \fIFILE\fR": the option as the first line of its .TP paragraph.
QString optionTag(const QCommandLineOption& option) {
    QStringList names;
    for (const QString& name : dashedNames(option)) names << QStringLiteral("\\fB%1\\fR").arg(roffText(name));
    QString tag = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty()) tag += QStringLiteral(" \\fI%1\\fR").arg(roffText(option.valueName()));
    return tag;
}

QString optionParagraphs(const QList<TableOption>& options) {
    QString text;
    for (const TableOption& option : options) {
        text += QStringLiteral(".TP\n%1\n%2\n")
                    .arg(optionTag(option.option), roffText(option.option.description()));
    }
    return text;
}

QString commandSection(const CommandEntry& command) {
    // The --help text breaks its lines for a terminal; the man page fills its own.
    QString description = command.description;
    description.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QString text = QStringLiteral(".SS \"%1 %2\"\n")
                       .arg(roffText(QStringLiteral("backprop-lab")), roffText(command.name));
    text += QStringLiteral("\\fBbackprop\\-lab %1\\fR [\\fIOPTIONS\\fR]\n.PP\n%2\n")
                .arg(roffText(command.name), roffText(description));
    const QList<TableOption> options = command.options();
    if (options.isEmpty()) return text + QStringLiteral(".PP\nIt takes no options but \\fB\\-\\-help\\fR.\n");
    return text + optionParagraphs(options);
}

QString exitStatus() {
    const struct {
        int code;
        const char* meaning;
    } codes[] = {
        {kExitOk, "Success."},
        {kExitFailure, "The work failed: a file could not be read or written, data or a model is missing or "
                       "damaged. A sentence on standard error says what."},
        {kExitUsage,
         "Bad arguments: an unknown command or option, a bad value or an unknown name. A sentence "
         "on standard error says what, and where to find help."},
        {kExitDiverged, "train: the loss diverged; the CSV and --save end at the last good epoch."},
        {kExitInterrupted, "train: interrupted (Ctrl+C); the complete epochs are kept."},
    };
    QString text = QStringLiteral(".SH \"EXIT STATUS\"\n");
    for (const auto& [code, meaning] : codes)
        text += QStringLiteral(".TP\n.B %1\n%2\n").arg(code).arg(roffText(QString::fromUtf8(meaning)));
    return text;
}

const char* const kEnvironmentAndFiles = R"(.SH ENVIRONMENT
.TP
.B BACKPROP_LAB_DATA
The folder with the MNIST files, when \fB\-\-data\fR is not given.
.TP
.B XDG_DATA_HOME
Without \fBBACKPROP_LAB_DATA\fR, the MNIST files are read from \fI$XDG_DATA_HOME/backprop\-lab/mnist\fR.
.SH FILES
.TP
.I ~/.local/share/backprop\-lab/mnist
The MNIST files (raw or .gz) that the window's File \[u203A] Get MNIST and \fIfetch\-mnist.sh\fR download;
the default of \fB\-\-data\fR (\fI$XDG_DATA_HOME/backprop\-lab/mnist\fR where that is set).
.TP
.I /usr/share/backprop\-lab/fetch\-mnist.sh
Downloads the MNIST files. The path is the .deb package's; another installation keeps the script in
\fIshare/backprop\-lab\fR under its own prefix.
)";

} // namespace

QString roffText(const QString& text) {
    QString roff;
    for (const char32_t c : text.toUcs4()) {
        if (c == U'\\')
            roff += QStringLiteral("\\e");
        else if (c == U'-')
            roff += QStringLiteral("\\-");
        else if (c == U'\n')
            roff += QLatin1Char('\n');
        else if (c < 0x20)
            continue; // no control characters in roff text
        else if (c < 0x80)
            roff += QChar(static_cast<char16_t>(c));
        else
            roff += QStringLiteral("\\[u%1]").arg(
                QString::number(static_cast<uint>(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
    // A line that starts with a dot or a quote would be read as a request.
    QStringList lines = roff.split(QLatin1Char('\n'));
    for (QString& line : lines)
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            line.prepend(QStringLiteral("\\&"));
    return lines.join(QLatin1Char('\n'));
}

std::string manPage(const std::vector<CommandEntry>& commands, const QString& version,
                    const QString& summary) {
    QString page =
        QStringLiteral(".\\\" Generated from the command table by 'backprop-lab --generate man'.\n");
    page += QStringLiteral(".TH BACKPROP\\-LAB 1 \"\" \"%1\" \"User Commands\"\n")
                .arg(roffText(QStringLiteral("backprop-lab ") + version));
    // Left-aligned and unhyphenated: an option name never breaks across lines (--lay-ers).
    page += QStringLiteral(".nh\n.ad l\n");
    page += QStringLiteral(".SH NAME\nbackprop\\-lab \\- %1\n").arg(roffText(summary));
    page += QStringLiteral(".SH SYNOPSIS\n"
                           ".B backprop\\-lab\n[\\fIQt window options\\fR]\n.br\n"
                           ".B backprop\\-lab\n\\fICOMMAND\\fR [\\fIOPTIONS\\fR]\n.br\n"
                           ".B backprop\\-lab\n\\fB\\-\\-help\\fR | \\fB\\-\\-version\\fR\n");
    page += QStringLiteral(".SH DESCRIPTION\n%1\n.PP\n"
                           "With a command it runs without a display, prints to standard output and reports "
                           "problems on standard error, one sentence each. The commands:\n")
                .arg(roffText(programDescription()));
    for (const CommandEntry& command : commands) {
        page += QStringLiteral(".TP\n.B %1\n%2\n").arg(roffText(command.name), roffText(command.summary));
    }
    page += QStringLiteral(".SH OPTIONS\n") + optionParagraphs(programOptions());
    page += QStringLiteral(".SH COMMANDS\nEvery command also takes \\fB\\-h\\fR, \\fB\\-\\-help\\fR, which "
                           "lists its options. A value may follow its option as the next word or after "
                           "\\fB=\\fR.\n");
    for (const CommandEntry& command : commands) page += commandSection(command);
    page += exitStatus();
    page += QString::fromUtf8(kEnvironmentAndFiles);
    page += QStringLiteral(".SH \"SEE ALSO\"\n.BR xvfb\\-run (1)\n.PP\n"
                           "The command line guide, \\fIdocs/command\\-line.md\\fR, and the user guide, "
                           "\\fIdocs/guide\\fR, in the Backprop Lab sources.\n");
    return page.toStdString();
}

} // namespace bplab::app
