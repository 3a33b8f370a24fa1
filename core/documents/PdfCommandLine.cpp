// SPDX-License-Identifier: GPL-3.0-or-later
/// The command line shared by check-pdf and fit-pdf, see PdfCommandLine.h.
#include "documents/PdfCommandLine.h"

#include "documents/PdfInspector.h"

#include <QCoreApplication>
#include <QTranslator>
#include <cmath>

namespace karier {

bool installMessageLanguage(const QString& code)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/karier-asn_%1.qm").arg(code))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

namespace detail {

namespace {

QCommandLineOption hidden(QCommandLineOption option)
{
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

} // namespace

PdfCommandLine::PdfCommandLine(
    const QString& command, const QString& inProcessDescription, QTextStream& out, QTextStream& err)
    : json(QStringLiteral("json"), QStringLiteral("Keluaran JSON."))
    , maxBytes(QStringLiteral("max-bytes"), QStringLiteral("Ukuran maksimum."), QStringLiteral("N"),
          QString::number(PdfCheckLimits::DefaultMaxBytes))
    , maxPages(QStringLiteral("max-pages"), QStringLiteral("Halaman maksimum."), QStringLiteral("N"),
          QString::number(PdfCheckLimits::DefaultMaxPages))
    , sharpnessThreshold(QStringLiteral("sharpness-threshold"), QStringLiteral("Batas ketajaman."),
          QStringLiteral("X"), QString::number(PdfCheckLimits::DefaultSharpnessThreshold))
    , inProcess(hidden(QCommandLineOption(QStringLiteral("in-process"), inProcessDescription)))
    , m_command(command)
    , m_out(out)
    , m_err(err)
    , m_help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Bantuan."))
    , m_language(hidden(QCommandLineOption(
          QStringLiteral("language"), QStringLiteral("Bahasa pesan."), QStringLiteral("KODE"))))
{
    m_parser.addOptions({m_help, json, maxBytes, maxPages, sharpnessThreshold, inProcess, m_language});
}

void PdfCommandLine::addOption(QCommandLineOption option, bool hiddenFromHelp)
{
    m_parser.addOption(hiddenFromHelp ? hidden(std::move(option)) : std::move(option));
}

void PdfCommandLine::addPositionalArgument(const QString& name, const QString& description)
{
    m_parser.addPositionalArgument(name, description);
}

std::optional<int> PdfCommandLine::parse(const QStringList& args, const char* usageText)
{
    if (!m_parser.parse(QStringList {m_command} + args))
        return usage(m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        m_out << usageText << Qt::flush;
        return 0;
    }
    // The translation is embedded in karier-cli as in karier-asn (karier_translations, :/i18n).
    if (const QString code = m_parser.value(m_language); !code.isEmpty() && !installMessageLanguage(code))
        return usage(QStringLiteral("--language %1 tidak tersedia.").arg(code));
    return std::nullopt;
}

int PdfCommandLine::usage(const QString& message) const
{
    m_err << "karier-cli " << m_command << ": " << message << Qt::endl
          << "Lihat \"karier-cli " << m_command << " --help\"." << Qt::endl;
    return UsageExit;
}

std::optional<qint64> PdfCommandLine::wholeNumber(
    const QCommandLineOption& option, qint64 minimum, qint64 maximum, const QString& message) const
{
    bool valid = false;
    const qint64 value = m_parser.value(option).toLongLong(&valid);
    if (!valid || value < minimum || value > maximum) {
        usage(message);
        return std::nullopt;
    }
    return value;
}

bool PdfCommandLine::realNumber(const QCommandLineOption& option, double minimum, double maximum,
    const QString& message, double& target) const
{
    bool valid = false;
    const double value = m_parser.value(option).toDouble(&valid);
    if (!valid || !std::isfinite(value) || value < minimum || value > maximum) {
        usage(message);
        return false;
    }
    target = value;
    return true;
}

} // namespace detail

} // namespace karier
