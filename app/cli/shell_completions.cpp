#include "app/cli/shell_completions.h"

namespace bplab::app {

namespace {

const char* const kGeneratedBy = "generated from its command table by 'backprop-lab --generate %1'";

// `text` in single quotes for bash and zsh: a quote inside ends the quoting, adds \' and starts again.
QString quoted(const QString& text) {
    QString inner = text;
    inner.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + inner + QLatin1Char('\'');
}

// For fish, whose single quotes take \' and \\.
QString fishQuoted(const QString& text) {
    QString inner = text;
    inner.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + inner + QLatin1Char('\'');
}

QStringList commandNames(const std::vector<CommandEntry>& commands) {
    QStringList names;
    for (const CommandEntry& command : commands) names << command.name;
    return names;
}

// Every option word of a command, --help first (QCommandLineParser gives every command -h, --help).
QStringList optionWords(const QList<TableOption>& options) {
    QStringList words{QStringLiteral("-h"), QStringLiteral("--help")};
    for (const TableOption& option : options) words << dashedNames(option.option);
    return words;
}

// --- bash ---

// The case arm that completes an option's value, e.g. `--csv) _backprop_lab_value file ''; return ;;`.
QString bashValueArm(const TableOption& option) {
    static const char* const kinds[] = {"", "text", "file", "dir"};
    return QStringLiteral("            %1) _backprop_lab_value %2 %3; return ;;\n")
        .arg(dashedNames(option.option).join(QLatin1Char('|')),
             QString::fromLatin1(kinds[static_cast<int>(option.value)]),
             quoted(option.words.join(QLatin1Char(' '))));
}

QString bashCommandArm(const CommandEntry& command) {
    const QList<TableOption> options = command.options();
    QString arm = QStringLiteral("    %1)\n").arg(command.name);
    QString valueArms;
    for (const TableOption& option : options)
        if (option.value != ValueKind::None) valueArms += bashValueArm(option);
    if (!valueArms.isEmpty()) arm += QStringLiteral("        case $prev in\n%1        esac\n").arg(valueArms);
    arm += QStringLiteral("        _backprop_lab_add -W %1\n        ;;\n")
               .arg(quoted(optionWords(options).join(QLatin1Char(' '))));
    return arm;
}

// --- zsh ---

// Text inside an _arguments description ("[...]") or message: its brackets, colons and backslashes escaped.
QString zshSpecText(const QString& text) {
    QString escaped;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char(':'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

QString zshAction(const TableOption& option) {
    const QString words = option.words.join(QLatin1Char(' '));
    switch (option.value) {
    case ValueKind::File:
        return words.isEmpty() ? QStringLiteral("_files")
                               : QStringLiteral("{_files; compadd -- %1}").arg(words);
    case ValueKind::Directory:
        return QStringLiteral("_files -/");
    case ValueKind::Text:
        return words.isEmpty() ? QStringLiteral(" ") : QStringLiteral("(%1)").arg(words);
    case ValueKind::None:
        break;
    }
    return {};
}

// One _arguments spec per name: "*--csv=[Write the table to FILE ...]:FILE:_files". Options may repeat
// (--set does), hence the star.
QStringList zshSpecs(const TableOption& option) {
    QStringList specs;
    const QString description = zshSpecText(firstSentence(option.option.description()));
    for (const QString& name : dashedNames(option.option)) {
        QString spec = QStringLiteral("*%1").arg(name);
        if (option.value == ValueKind::None) {
            spec += QStringLiteral("[%1]").arg(description);
        } else {
            spec += QStringLiteral("=[%1]:%2:%3")
                        .arg(description, zshSpecText(option.option.valueName()), zshAction(option));
        }
        specs << quoted(spec);
    }
    return specs;
}

QString zshCommandArm(const CommandEntry& command) {
    QStringList specs{QStringLiteral("'(- *)'{-h,--help}'[Show the options of this command]'")};
    for (const TableOption& option : command.options()) specs << zshSpecs(option);
    return QStringLiteral(
               "        %1)\n            _arguments \\\n                %2 && ret=0\n            ;;\n")
        .arg(command.name, specs.join(QStringLiteral(" \\\n                ")));
}

// --- fish ---

QString fishOptionLine(const QString& condition, const TableOption& option) {
    QString line = QStringLiteral("complete -c backprop-lab -n %1").arg(fishQuoted(condition));
    for (const QString& name : option.option.names())
        line += (name.size() == 1 ? QStringLiteral(" -s ") : QStringLiteral(" -l ")) + name;
    const QString words = option.words.join(QLatin1Char(' '));
    switch (option.value) {
    case ValueKind::None:
        break;
    case ValueKind::Text:
        line += QStringLiteral(" -x");
        break;
    case ValueKind::File:
        line += QStringLiteral(" -r -F");
        break;
    case ValueKind::Directory:
        line += QStringLiteral(" -x -a '(__fish_complete_directories)'");
        break;
    }
    if (!words.isEmpty()) line += QStringLiteral(" -a ") + fishQuoted(words);
    return line + QStringLiteral(" -d ") + fishQuoted(firstSentence(option.option.description())) +
           QLatin1Char('\n');
}

} // namespace

QString firstSentence(const QString& help) {
    // The first ". " that ends a sentence: "e.g. tanh,sigmoid" does not.
    qsizetype end = -1;
    for (qsizetype from = 0; (end = help.indexOf(QStringLiteral(". "), from)) >= 0; from = end + 1) {
        if (!help.left(end).endsWith(QStringLiteral("e.g")) &&
            !help.left(end).endsWith(QStringLiteral("i.e")))
            break;
    }
    QString sentence = help.left(end).simplified();
    if (sentence.endsWith(QLatin1Char('.'))) sentence.chop(1);
    return sentence;
}

std::string bashCompletion(const std::vector<CommandEntry>& commands) {
    QString script = QStringLiteral("# bash completion for backprop-lab(1), %1.\n\n")
                         .arg(QString::fromLatin1(kGeneratedBy).arg("bash"));
    script += QStringLiteral(
        "# Adds compgen's words for the word being completed ($cur), one a line (a file name may hold "
        "spaces).\n"
        "_backprop_lab_add() {\n"
        "    local line\n"
        "    while IFS= read -r line; do COMPREPLY+=(\"$line\"); done < <(compgen \"$@\" -- \"$cur\")\n"
        "}\n\n"
        "# An option's value: its fixed words, and files or folders where it names one.\n"
        "_backprop_lab_value() {\n"
        "    [[ -n $2 ]] && _backprop_lab_add -W \"$2\"\n"
        "    case $1 in\n"
        "    file) _backprop_lab_add -f; compopt -o filenames 2>/dev/null ;;\n"
        "    dir) _backprop_lab_add -d; compopt -o filenames 2>/dev/null ;;\n"
        "    esac\n"
        "}\n\n"
        "_backprop_lab() {\n"
        "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]} command= i\n"
        "    COMPREPLY=()\n"
        "    # The command is the first word after the program that is not an option.\n"
        "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
        "        if [[ ${COMP_WORDS[i]} != -* ]]; then command=${COMP_WORDS[i]}; break; fi\n"
        "    done\n"
        "    case $command in\n");
    QStringList programWords;
    for (const TableOption& option : programOptions()) programWords << dashedNames(option.option);
    script += QStringLiteral("    '')\n"
                             "        if [[ $cur == -* ]]; then _backprop_lab_add -W %1\n"
                             "        else _backprop_lab_add -W %2; fi\n"
                             "        ;;\n")
                  .arg(quoted(programWords.join(QLatin1Char(' '))),
                       quoted(commandNames(commands).join(QLatin1Char(' '))));
    for (const CommandEntry& command : commands) script += bashCommandArm(command);
    script += QStringLiteral("    esac\n}\n\ncomplete -F _backprop_lab backprop-lab\n");
    return script.toStdString();
}

std::string zshCompletion(const std::vector<CommandEntry>& commands) {
    QString script = QStringLiteral("#compdef backprop-lab\n# zsh completion for backprop-lab(1), %1.\n\n")
                         .arg(QString::fromLatin1(kGeneratedBy).arg("zsh"));
    script += QStringLiteral("_backprop-lab() {\n"
                             "    local curcontext=$curcontext state line ret=1\n"
                             "    typeset -A opt_args\n"
                             "    _arguments -C \\\n");
    for (const TableOption& option : programOptions()) {
        script += QStringLiteral("        '(- *)'{%1}%2 \\\n")
                      .arg(dashedNames(option.option).join(QLatin1Char(',')),
                           quoted(QStringLiteral("[%1]").arg(
                               zshSpecText(firstSentence(option.option.description())))));
    }
    script += QStringLiteral("        '1:command:->command' \\\n"
                             "        '*::option:->option' && ret=0\n"
                             "    case $state in\n"
                             "    command)\n"
                             "        local -a commands=(\n");
    for (const CommandEntry& command : commands) {
        script += QStringLiteral("            %1\n")
                      .arg(quoted(zshSpecText(command.name) + QLatin1Char(':') + command.summary));
    }
    script += QStringLiteral("        )\n"
                             "        _describe -t commands 'backprop-lab command' commands && ret=0\n"
                             "        ;;\n"
                             "    option)\n"
                             "        curcontext=${curcontext%:*:*}:backprop-lab-$words[1]:\n"
                             "        case $words[1] in\n");
    for (const CommandEntry& command : commands) script += zshCommandArm(command);
    script += QStringLiteral("        esac\n"
                             "        ;;\n"
                             "    esac\n"
                             "    return ret\n"
                             "}\n\n"
                             "_backprop-lab \"$@\"\n");
    return script.toStdString();
}

std::string fishCompletion(const std::vector<CommandEntry>& commands) {
    QString script = QStringLiteral("# fish completion for backprop-lab(1), %1.\n\n")
                         .arg(QString::fromLatin1(kGeneratedBy).arg("fish"));
    const QString names = commandNames(commands).join(QLatin1Char(' '));
    const QString beforeCommand = QStringLiteral("not __fish_seen_subcommand_from ") + names;
    script += QStringLiteral("# No file names where a command or an option is expected.\n"
                             "complete -c backprop-lab -f\n");
    for (const CommandEntry& command : commands) {
        script += QStringLiteral("complete -c backprop-lab -n %1 -a %2 -d %3\n")
                      .arg(fishQuoted(beforeCommand), command.name, fishQuoted(command.summary));
    }
    for (const TableOption& option : programOptions()) script += fishOptionLine(beforeCommand, option);
    for (const CommandEntry& command : commands) {
        const QString condition = QStringLiteral("__fish_seen_subcommand_from ") + command.name;
        script += QStringLiteral("\n# backprop-lab %1\n").arg(command.name);
        script += QStringLiteral(
                      "complete -c backprop-lab -n %1 -s h -l help -d 'Show the options of this command'\n")
                      .arg(fishQuoted(condition));
        for (const TableOption& option : command.options()) script += fishOptionLine(condition, option);
    }
    return script.toStdString();
}

} // namespace bplab::app
