// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/CheckPdfCommand.h"

#include "documents/PdfCheckRunner.h"
#include "documents/PdfInspector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTranslator>
#include <cmath>

namespace karier {

namespace {

enum Exit { Accepted = 0, Refused = 1, Usage = 2 };

const char* const UsageText
    = "Penggunaan: karier-cli check-pdf [--json] [--max-bytes N] [--max-pages N]\n"
      "                                 [--sharpness-threshold X] FILE...\n"
      "Memeriksa PDF unggahan: tanda %PDF- di awal file, ukuran, dapat dibuka, tanpa kata sandi,\n"
      "jumlah halaman, setiap halaman dapat ditampilkan, ketajaman halaman pertama (peringatan buram)\n"
      "dan SHA-256 isi file.\n"
      "Tiap file diperiksa dalam proses terpisah dan selesai dalam 15 detik.\n\n"
      "Opsi:\n"
      "  --json                   satu objek JSON per file per baris (file, ok, code, message,\n"
      "                           bytes, pages, sharpness, warnings, sha256)\n"
      "  --max-bytes N            ukuran file maksimum dalam byte (bawaan 1048576)\n"
      "  --max-pages N            jumlah halaman maksimum (bawaan 50)\n"
      "  --sharpness-threshold X  batas ketajaman; di bawahnya diberi peringatan \"buram\"\n"
      "FILE - membaca PDF dari masukan standar.\n\n"
      "Kode keluar: 0 semua file diterima, 1 ada file yang ditolak, 2 cara pakai salah.\n";

int usage(QTextStream& err, const QString& message)
{
    err << "karier-cli check-pdf: " << message << Qt::endl
        << "Lihat \"karier-cli check-pdf --help\"." << Qt::endl;
    return Usage;
}

/// A whole number in [minimum, maximum], or nothing.
std::optional<qint64> wholeNumber(const QString& text, qint64 minimum, qint64 maximum)
{
    bool valid = false;
    const qint64 value = text.toLongLong(&valid);
    if (!valid || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

/// Standard input: its first \a keep bytes, and in \a size how many there were in all.
QByteArray readStandardInput(qint64 keep, qint64& size)
{
    QFile in;
    QByteArray data;
    size = 0;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return data;
    for (;;) {
        const QByteArray chunk = in.read(64 * 1024);
        if (chunk.isEmpty())
            break;
        size += chunk.size();
        if (data.size() < keep)
            data += chunk.left(qsizetype(keep - data.size()));
    }
    return data;
}

QString humanLine(const PdfCheckResult& result)
{
    return result.file % (result.ok ? QStringLiteral(": DITERIMA — ") : QStringLiteral(": DITOLAK — "))
        % result.message;
}

} // namespace

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

int runCheckPdfCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Bantuan."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Keluaran JSON."));
    const QCommandLineOption maxBytes(QStringLiteral("max-bytes"), QStringLiteral("Ukuran maksimum."),
        QStringLiteral("N"), QString::number(PdfCheckLimits::DefaultMaxBytes));
    const QCommandLineOption maxPages(QStringLiteral("max-pages"), QStringLiteral("Halaman maksimum."),
        QStringLiteral("N"), QString::number(PdfCheckLimits::DefaultMaxPages));
    const QCommandLineOption threshold(QStringLiteral("sharpness-threshold"),
        QStringLiteral("Batas ketajaman."), QStringLiteral("X"),
        QString::number(PdfCheckLimits::DefaultSharpnessThreshold));
    // For the child process that PdfCheckRunner starts.
    QCommandLineOption inProcess(QStringLiteral("in-process"), QStringLiteral("Periksa di proses ini."));
    inProcess.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption renderBudget(QStringLiteral("render-budget-ms"), QStringLiteral("Batas waktu gambar."),
        QStringLiteral("MS"), QString::number(PdfCheckLimits::DefaultRenderBudgetMs));
    renderBudget.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption renderPixels(QStringLiteral("max-render-pixels"), QStringLiteral("Batas piksel."),
        QStringLiteral("N"), QString::number(PdfCheckLimits::DefaultMaxRenderPixels));
    renderPixels.setFlags(QCommandLineOption::HiddenFromHelp);
    // The language of the messages (PdfCheckRunner::setHelperLanguage); empty: Bahasa Indonesia.
    QCommandLineOption language(
        QStringLiteral("language"), QStringLiteral("Bahasa pesan."), QStringLiteral("KODE"));
    language.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {help, json, maxBytes, maxPages, threshold, inProcess, renderBudget, renderPixels, language});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("PDF yang diperiksa."));

    if (!parser.parse(QStringList {QStringLiteral("check-pdf")} + args))
        return usage(err, parser.errorText());
    if (parser.isSet(help)) {
        out << UsageText << Qt::flush;
        return Accepted;
    }
    // The translation is embedded in karier-cli as in karier-asn (karier_translations, :/i18n).
    if (const QString code = parser.value(language); !code.isEmpty() && !installMessageLanguage(code))
        return usage(err, QStringLiteral("--language %1 tidak tersedia.").arg(code));

    PdfCheckOptions options;
    PdfCheckLimits& limits = options.limits;
    const auto bytes = wholeNumber(parser.value(maxBytes), 1, qint64(1) << 40);
    if (!bytes)
        return usage(err, QStringLiteral("--max-bytes harus bilangan bulat positif."));
    limits.maxBytes = *bytes;
    const auto pages = wholeNumber(parser.value(maxPages), 1, 1'000'000);
    if (!pages)
        return usage(err, QStringLiteral("--max-pages harus bilangan bulat positif."));
    limits.maxPages = int(*pages);
    bool validThreshold = false;
    limits.sharpnessThreshold = parser.value(threshold).toDouble(&validThreshold);
    if (!validThreshold || !std::isfinite(limits.sharpnessThreshold) || limits.sharpnessThreshold < 0.0)
        return usage(
            err, QStringLiteral("--sharpness-threshold harus bilangan tidak negatif, misalnya 150."));
    const auto budget = wholeNumber(parser.value(renderBudget), 1, 3'600'000);
    if (!budget)
        return usage(err, QStringLiteral("--render-budget-ms harus bilangan bulat positif."));
    limits.renderBudgetMs = int(*budget);
    const auto pixels = wholeNumber(parser.value(renderPixels), 1, qint64(1) << 32);
    if (!pixels)
        return usage(err, QStringLiteral("--max-render-pixels harus bilangan bulat positif."));
    limits.maxRenderPixels = *pixels;

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usage(err, QStringLiteral("sebutkan minimal satu file PDF."));

    bool allAccepted = true;
    for (const QString& file : files) {
        PdfCheckResult result;
        if (file == QLatin1String("-")) {
            // Standard input (what PdfCheckRunner sends its child): the bytes checked are exactly
            // those read; their SHA-256 is in the answer.
            qint64 size = 0;
            const QByteArray data = readStandardInput(limits.maxBytes + 1, size);
            result = PdfInspector::checkPrefix(data, size, file, limits);
            if (result.code.isEmpty())
                result = parser.isSet(inProcess) ? PdfInspector::inspectData(data, file, limits)
                                                 : PdfCheckRunner::checkData(data, file, options);
        } else {
            result = parser.isSet(inProcess) ? PdfInspector::inspect(file, limits)
                                             : PdfCheckRunner::check(file, options);
        }
        allAccepted = allAccepted && result.ok;
        if (parser.isSet(json))
            out << QString::fromUtf8(result.toJsonLine()) << Qt::endl;
        else
            out << humanLine(result) << Qt::endl;
    }
    return allAccepted ? Accepted : Refused;
}

} // namespace karier
