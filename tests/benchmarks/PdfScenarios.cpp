// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF scenarios, both on the "1 MB scanned A4 PDF" (tests/support/SyntheticScan, written by
// karier-scan-fixture: a 300 dpi scan of a decree, JPEG quality searched for 0.9–0.99 MiB).
//
// inspect / check_pdf_ms: `karier-cli check-pdf --json FILE` as a whole process (start, the child
//   process that checks the file in isolation, Poppler, first page, sharpness, exit), the median of
//   7 runs after one warm-up. The bar is <= 1000 ms.
// preview / first_page_ms: the path a user waits for, through the real wizard (karier-gui-probe
//   --preview-runs, offscreen): the scan chosen in Unggah Dokumen's drop zone, read on a worker,
//   handed to the karier-cli child that checks it (started ahead when the step was shown, as
//   PdfCheckRunner::prepare does for a user; the figure says in how many runs), which sends the first
//   page at the preview's width as soon as it has it (a scan's JPEG decoded with the decoder's
//   reduction), validated on a worker and painted on the preview's canvas while the child checks on.
//   Against `pdftoppm -r 96 -f 1 -l 1` (poppler-utils) on the same file as a whole process; medians
//   of PreviewRuns runs after one warm-up each. The bar is ratio <= 1.0.
// preview / checked_ms (diagnostic): the same runs until the check's verdict (PdfCheckRunner::finished:
//   every page drawn by Poppler, sharpness), when Selanjutnya is allowed.
// preview / render_in_process_ms (diagnostic): the first page at 96 dpi drawn in this process the
//   way the viewer draws later pages (PdfRenderer::renderFirstPage on bytes in memory), against the
//   same pdftoppm median.

#include "Benchmark.h"
#include "documents/PdfCheckResult.h"
#include "documents/PdfRenderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <memory>

#ifndef KARIER_CLI_EXECUTABLE
#error "KARIER_CLI_EXECUTABLE must be the path of karier-cli (set by tests/benchmarks/CMakeLists.txt)"
#endif
#ifndef KARIER_GUI_PROBE_EXECUTABLE
#error "KARIER_GUI_PROBE_EXECUTABLE must be the path of karier-gui-probe"
#endif
#ifndef KARIER_SCAN_FIXTURE_EXECUTABLE
#error "KARIER_SCAN_FIXTURE_EXECUTABLE must be the path of karier-scan-fixture"
#endif

namespace karier::bench {

namespace {

constexpr int InspectRuns = 7;
constexpr int PreviewRuns = 11;
constexpr int TimeoutMs = 120'000;
constexpr double PreviewDpi = 96.0;

double elapsedMs(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

struct Run
{
    double ms = 0.0;
    QByteArray out;
};

/// Runs \a program to its end; an Error unless it exits 0.
Result<Run> run(
    const QString& program, const QStringList& arguments, const QProcessEnvironment& environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments, QIODevice::ReadOnly);
    if (!process.waitForFinished(TimeoutMs)) {
        const QString why = process.error() == QProcess::FailedToStart
            ? process.errorString()
            : QStringLiteral("no end within 120 s");
        process.kill();
        process.waitForFinished(2000);
        return Error {ErrorCode::Internal, program % QStringLiteral(": ") % why};
    }
    const double ms = elapsedMs(timer);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error {ErrorCode::Internal,
            program
                % QStringLiteral(" %1 failed (exit %2): ")
                      .arg(arguments.join(QLatin1Char(' ')))
                      .arg(process.exitCode())
                % QString::fromLocal8Bit(process.readAllStandardError() + process.readAllStandardOutput())
                      .trimmed()};
    return Run {ms, process.readAllStandardOutput()};
}

} // namespace

/// The fixture, made once per karier-bench run in a temporary directory.
Result<QString> scannedPdf()
{
    static std::unique_ptr<QTemporaryDir> dir;
    static QString path;
    if (!path.isEmpty())
        return path;
    dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/karier-bench-pdf-XXXXXX"));
    if (!dir->isValid())
        return Error {ErrorCode::Internal,
            QStringLiteral("cannot create a temporary directory: ") + dir->errorString()};
    const QString file = dir->filePath(QStringLiteral("pindaian-a4.pdf"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Result<Run> made = run(QStringLiteral(KARIER_SCAN_FIXTURE_EXECUTABLE), {file}, environment);
    if (!made)
        return made.error();
    path = file;
    return path;
}

Result<QList<Figure>> inspectScenario()
{
    const Result<QString> pdf = scannedPdf();
    if (!pdf)
        return pdf.error();
    const QStringList arguments {QStringLiteral("check-pdf"), QStringLiteral("--json"), pdf.value()};
    QList<double> samples;
    for (int i = 0; i < 1 + InspectRuns; ++i) {
        const Result<Run> checked = run(QStringLiteral(KARIER_CLI_EXECUTABLE), arguments);
        if (!checked)
            return checked.error();
        const auto result = PdfCheckResult::fromJsonLine(checked->out.trimmed());
        if (!result || result->code != QLatin1String("ok") || !result->warnings.isEmpty())
            return Error {ErrorCode::Internal,
                QStringLiteral("karier-cli check-pdf did not accept the sharp scan: ")
                    + QString::fromUtf8(checked->out.trimmed())};
        if (i > 0) // the first run warms the page cache
            samples.append(checked->ms);
    }
    return QList<Figure> {
        {QStringLiteral("inspect"), QStringLiteral("check_pdf_ms"), median(samples), QStringLiteral("ms"),
            std::nullopt},
    };
}

Result<QList<Figure>> previewScenario()
{
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        return Error {ErrorCode::Internal,
            QStringLiteral("pdftoppm is not installed (Debian package poppler-utils): it is the reference")};
    const Result<QString> pdf = scannedPdf();
    if (!pdf)
        return pdf.error();
    QFile file(pdf.value());
    if (!file.open(QIODevice::ReadOnly))
        return Error {ErrorCode::Internal, QStringLiteral("cannot read the fixture: ") + file.errorString()};
    const QByteArray bytes = file.readAll();

    // --quick: one run after the warm-up, only to prove that the path still measures.
    const int runs = quickRun() ? 1 : PreviewRuns;
    PdfRenderer::warmUp();
    QList<double> inProcess;
    for (int i = 0; i < 1 + runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        const QImage image = PdfRenderer::renderFirstPage(bytes, PreviewDpi, &error);
        const double ms = elapsedMs(timer);
        if (image.isNull())
            return Error {
                ErrorCode::Internal, QStringLiteral("PdfRenderer::renderFirstPage failed: ") + error};
        if (i > 0)
            inProcess.append(ms);
    }

    QTemporaryDir out(QDir::tempPath() + QStringLiteral("/karier-bench-ppm-XXXXXX"));
    if (!out.isValid())
        return Error {
            ErrorCode::Internal, QStringLiteral("cannot create a temporary directory: ") + out.errorString()};
    const QStringList arguments {QStringLiteral("-r"), QStringLiteral("96"), QStringLiteral("-f"),
        QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf.value(),
        out.filePath(QStringLiteral("halaman"))};
    QList<double> reference;
    for (int i = 0; i < 1 + runs; ++i) {
        const Result<Run> rendered = run(pdftoppm, arguments);
        if (!rendered)
            return rendered.error();
        if (i > 0)
            reference.append(rendered->ms);
    }

    // The user's path, through the wizard.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Result<Run> probed = run(QStringLiteral(KARIER_GUI_PROBE_EXECUTABLE),
        {QStringLiteral("--preview-runs"), QString::number(runs), pdf.value()}, environment);
    if (!probed)
        return probed.error();
    const QJsonObject answer = QJsonDocument::fromJson(probed->out.trimmed()).object();
    QList<double> userPath;
    for (const QJsonValue& ms : answer.value(QLatin1String("first_page_ms")).toArray())
        userPath.append(ms.toDouble(-1.0));
    QList<double> checked;
    for (const QJsonValue& ms : answer.value(QLatin1String("checked_ms")).toArray())
        checked.append(ms.toDouble(-1.0));
    const int width = answer.value(QLatin1String("width_px")).toInt();
    const int ahead = answer.value(QLatin1String("started_ahead")).toInt(-1);
    const auto positive = [](const QList<double>& values) {
        return std::all_of(values.cbegin(), values.cend(), [](double ms) { return ms > 0.0; });
    };
    if (userPath.size() != runs || checked.size() != runs || !positive(userPath) || !positive(checked)
        || ahead < 0)
        return Error {ErrorCode::Internal,
            QStringLiteral("karier-gui-probe printed no preview times: ") + QString::fromUtf8(probed->out)};

    // main() puts the machine's part (cores, load) in front of these.
    const QString scan = QStringLiteral("1 MB scan (%1 bytes, A4 300 dpi JPEG, 1 page)").arg(bytes.size());
    const QString counted = QStringLiteral("median of %1 run(s) after 1 warm-up").arg(runs);
    const Spread path = spreadOf(userPath);
    return QList<Figure> {
        withSpread(Figure {QStringLiteral("preview"), QStringLiteral("first_page_ms"), 0.0,
                       QStringLiteral("ms"), median(reference),
                       QStringLiteral("%1; wizard offscreen: chosen, read, handed to the karier-cli child "
                                      "that checks it (started ahead in %2 of %3 runs), its first page "
                                      "%4 px wide sent before the verdict and painted while the check "
                                      "goes on; reference pdftoppm -r 96 -f 1 -l 1 as a process; %5")
                           .arg(scan)
                           .arg(ahead)
                           .arg(runs + 1)
                           .arg(width)
                           .arg(counted)},
            path),
        {QStringLiteral("preview"), QStringLiteral("checked_ms"), median(checked), QStringLiteral("ms"),
            median(reference),
            QStringLiteral("%1; diagnostic: the same wizard runs until the check's verdict (every page "
                           "drawn by Poppler in the child, sharpness, the answer validated on a worker), "
                           "when Selanjutnya is allowed; %2")
                .arg(scan, counted)},
        {QStringLiteral("preview"), QStringLiteral("render_in_process_ms"), median(inProcess),
            QStringLiteral("ms"), median(reference),
            QStringLiteral("%1; diagnostic: PdfRenderer::renderFirstPage at 96 dpi on bytes in memory; "
                           "reference pdftoppm as above; %2")
                .arg(scan, counted)},
    };
}

} // namespace karier::bench
