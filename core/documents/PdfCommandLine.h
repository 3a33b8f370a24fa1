// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// The command line of `karier-cli check-pdf` and `fit-pdf`: the options both have, reading it
/// (--help, --language, usage errors) and checking numbers; each command adds only its own options.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace karier {

/// For the child processes (check-pdf, fit-pdf): installs the embedded translation :/i18n/karier-asn_CODE.qm
/// so that messages come back in the GUI's language. False when there is none for \a code.
bool installMessageLanguage(const QString& code);

namespace detail {

/// The options that check-pdf and fit-pdf share: --help, --json, --max-bytes, --max-pages,
/// --sharpness-threshold, and hidden for the runners' child processes --in-process and --language
/// (the language of the messages, PdfCheckRunner::setHelperLanguage; empty: Bahasa Indonesia).
class PdfCommandLine
{
public:
    static constexpr int UsageExit = 2;

    /// \a command is the word after karier-cli (check-pdf, fit-pdf); \a inProcessDescription
    /// describes --in-process.
    PdfCommandLine(
        const QString& command, const QString& inProcessDescription, QTextStream& out, QTextStream& err);

    const QCommandLineOption json;
    const QCommandLineOption maxBytes;
    const QCommandLineOption maxPages;
    const QCommandLineOption sharpnessThreshold;
    const QCommandLineOption inProcess;

    /// Adds an option of the command's own; \a hidden ones are for the runners' child processes.
    void addOption(QCommandLineOption option, bool hiddenFromHelp = false);
    void addPositionalArgument(const QString& name, const QString& description);

    /// Reads \a args (the arguments after the command's word): prints \a usageText for --help and
    /// installs the language of --language. The exit code when the command ends here (0 after
    /// --help, UsageExit after a usage error), nothing when it goes on.
    std::optional<int> parse(const QStringList& args, const char* usageText);

    bool isSet(const QCommandLineOption& option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption& option) const { return m_parser.value(option); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }

    /// Prints the usage error \a message; returns UsageExit.
    int usage(const QString& message) const;
    /// The whole number given for \a option, in [minimum, maximum], into \a target; otherwise
    /// false, and the usage error \a message is printed.
    template<class Integer>
    bool wholeNumber(const QCommandLineOption& option, qint64 minimum, qint64 maximum, const QString& message,
        Integer& target) const
    {
        const std::optional<qint64> value = wholeNumber(option, minimum, maximum, message);
        if (value)
            target = Integer(*value);
        return value.has_value();
    }
    /// The finite number given for \a option, in [minimum, maximum], into \a target; otherwise
    /// false, and the usage error \a message is printed.
    bool realNumber(const QCommandLineOption& option, double minimum, double maximum, const QString& message,
        double& target) const;

private:
    std::optional<qint64> wholeNumber(
        const QCommandLineOption& option, qint64 minimum, qint64 maximum, const QString& message) const;

    QString m_command;
    QTextStream& m_out;
    QTextStream& m_err;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_language;
};

} // namespace detail

} // namespace karier
