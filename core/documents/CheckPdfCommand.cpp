// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/CheckPdfCommand.h"

#include "documents/PdfCheckRunner.h"
#include "documents/PdfCommandLine.h"
#include "documents/PdfEngine.h"
#include "documents/PdfInspector.h"
#include "documents/PdfRenderer.h"
#include "documents/PdfResultJson.h"

#include <QFile>
#include <limits>
#include <optional>

namespace karier {

namespace {

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

enum Exit { Accepted = 0, Refused = 1, Usage = detail::PdfCommandLine::UsageExit };

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

int runCheckPdfCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    detail::PdfCommandLine cli(
        QStringLiteral("check-pdf"), QStringLiteral("Periksa di proses ini."), out, err);
    // For the child process that PdfCheckRunner starts.
    const QCommandLineOption renderBudget(QStringLiteral("render-budget-ms"),
        QStringLiteral("Batas waktu gambar."), QStringLiteral("MS"),
        QString::number(PdfCheckLimits::DefaultRenderBudgetMs));
    const QCommandLineOption renderPixels(QStringLiteral("max-render-pixels"),
        QStringLiteral("Batas piksel."), QStringLiteral("N"),
        QString::number(PdfCheckLimits::DefaultMaxRenderPixels));
    // The first page at this width, for the preview: on a line of its own before the verdict
    // (PdfCheckResult::firstPageLine), as soon as it is drawn.
    const QCommandLineOption firstPageWidth(QStringLiteral("first-page-width"),
        QStringLiteral("Lebar halaman pertama."), QStringLiteral("PX"), QStringLiteral("0"));
    // Started ahead of its file (PdfCheckRunner::prepare): the PDF engine is loaded and has drawn
    // once before standard input is read, so that the check of the file starts at once.
    const QCommandLineOption standby(QStringLiteral("standby"), QStringLiteral("Siapkan dahulu."));
    cli.addOption(renderBudget, true);
    cli.addOption(renderPixels, true);
    cli.addOption(firstPageWidth, true);
    cli.addOption(standby, true);
    cli.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("PDF yang diperiksa."));
    if (const std::optional<int> exit = cli.parse(args, UsageText))
        return *exit;

    PdfCheckOptions options;
    PdfCheckLimits& limits = options.limits;
    if (!cli.wholeNumber(cli.maxBytes, 1, qint64(1) << 40,
            QStringLiteral("--max-bytes harus bilangan bulat positif."), limits.maxBytes)
        || !cli.wholeNumber(cli.maxPages, 1, 1'000'000,
            QStringLiteral("--max-pages harus bilangan bulat positif."), limits.maxPages)
        || !cli.realNumber(cli.sharpnessThreshold, 0.0, std::numeric_limits<double>::infinity(),
            QStringLiteral("--sharpness-threshold harus bilangan tidak negatif, misalnya 150."),
            limits.sharpnessThreshold)
        || !cli.wholeNumber(renderBudget, 1, 3'600'000,
            QStringLiteral("--render-budget-ms harus bilangan bulat positif."), limits.renderBudgetMs)
        || !cli.wholeNumber(renderPixels, 1, qint64(1) << 32,
            QStringLiteral("--max-render-pixels harus bilangan bulat positif."), limits.maxRenderPixels)
        || !cli.wholeNumber(firstPageWidth, 0, PdfCheckOptions::MaxFirstPageWidth,
            QStringLiteral("--first-page-width harus bilangan bulat 0 sampai %1.")
                .arg(PdfCheckOptions::MaxFirstPageWidth),
            options.firstPageWidth))
        return Usage;

    const QStringList files = cli.positionalArguments();
    if (files.isEmpty())
        return cli.usage(QStringLiteral("sebutkan minimal satu file PDF."));

    bool allAccepted = true;
    for (const QString& file : files) {
        PdfCheckResult result;
        if (file == QLatin1String("-")) {
            // Standard input (what PdfCheckRunner sends its child): the bytes checked are exactly
            // those read; their SHA-256 is in the answer.
            std::unique_ptr<PdfEngineDocument> warm;
            if (cli.isSet(standby) && cli.isSet(cli.inProcess)) {
                warm = PdfRenderer::warmDocument(); // kept while the file is checked
                PdfInspector::warmUpDecoder();
            }
            qint64 size = 0;
            const QByteArray data = readStandardInput(limits.maxBytes + 1, size);
            result = PdfInspector::checkPrefix(data, size, file, limits);
            // In JSON, the first page drawn for the preview goes out on a line of its own as soon as
            // it is drawn ({"first_page": …}, PdfCheckResult::firstPageJson), before the verdict.
            PdfInspector::FirstPageSink firstPageDrawn;
            if (cli.isSet(cli.json))
                firstPageDrawn = [&out](const QImage& page, QSizeF sizePt) {
                    PdfCheckResult drawn;
                    drawn.firstPage = page;
                    drawn.firstPageSizePt = sizePt;
                    const QByteArray line = drawn.firstPageLine();
                    if (line.isEmpty())
                        return;
                    // Straight to standard output (a megabyte through QTextStream costs milliseconds).
                    out.flush();
                    QFile stdOut;
                    if (stdOut.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)) {
                        stdOut.write(line + '\n');
                        stdOut.close();
                    }
                };
            if (result.code.isEmpty())
                result = cli.isSet(cli.inProcess)
                    ? PdfInspector::inspectData(data, file, limits, options.firstPageWidth, firstPageDrawn)
                    : PdfCheckRunner::checkData(data, file, options);
        } else {
            result = cli.isSet(cli.inProcess) ? PdfInspector::inspect(file, limits)
                                              : PdfCheckRunner::check(file, options);
        }
        allAccepted = allAccepted && result.ok;
        if (cli.isSet(cli.json)) {
            QJsonObject object = result.toJson();
            if (!result.firstPage.isNull()) {
                const QJsonObject page = result.firstPageJson();
                for (auto it = page.begin(); it != page.end(); ++it)
                    object.insert(it.key(), it.value());
            }
            out << QString::fromUtf8(detail::compactLine(object)) << Qt::endl;
        } else {
            out << humanLine(result) << Qt::endl;
        }
    }
    return allAccepted ? Accepted : Refused;
}

} // namespace karier
