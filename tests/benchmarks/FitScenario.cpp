// SPDX-License-Identifier: GPL-3.0-or-later
// The fit scenario ("Perkecil otomatis", issue 9), against Ghostscript, the tool staff would
// otherwise reach for, measured in the same run on the same input:
//   a 6-page 200 dpi colour scan of about 6 MB (karier-scan-fixture --kind scan6)
//     fit_bytes       size of `karier-cli fit-pdf` output; bar <= 1,048,576
//     sharpness_kept  the result's sharpness at 100 dpi over the original's, the page that kept the
//                     least (PdfInspector::sharpness of pages drawn by the PDF engine), in %; bar >= 70
//     fit_ms          `karier-cli fit-pdf` as a whole process (child process included), against
//                     `gs -sDEVICE=pdfwrite -dPDFSETTINGS=/screen`; medians of 5 runs after a
//                     warm-up; bar ratio <= 2
//     gs_screen_bytes, gs_screen_kept, gs_ebook_bytes, gs_ebook_kept  what Ghostscript gives
//   a 4-page 200 dpi colour scan whose pages the PDF engine must draw (karier-scan-fixture --kind
//   drawn4: three JPEG strips and a line of text per page, so the fitter's fast lane for a page that
//   is one JPEG does not apply)
//     drawn_fit_ms, drawn_fit_bytes, drawn_sharpness_kept, drawn_gs_screen_bytes, drawn_gs_screen_kept
//                     the same measures, same bars (ratio <= 2 to gs /screen, kept >= 70 %)
//   a 2.5 MB phone photo, JPEG (karier-scan-fixture --kind photo)
//     photo_fit_ms    `karier-cli fit-pdf` to a PDF <= 1 MB, whole process; bar <= 1000
//     photo_fit_bytes

#include "Benchmark.h"
#include "documents/PdfEngine.h"
#include "documents/PdfInspector.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>

#ifndef KARIER_CLI_EXECUTABLE
#error "KARIER_CLI_EXECUTABLE must be the path of karier-cli"
#endif
#ifndef KARIER_SCAN_FIXTURE_EXECUTABLE
#error "KARIER_SCAN_FIXTURE_EXECUTABLE must be the path of karier-scan-fixture"
#endif

namespace karier::bench {

namespace {

constexpr int Runs = 5;
constexpr int TimeoutMs = 180'000;
constexpr qint64 Limit = 1'048'576;

struct Run
{
    double ms = 0.0;
    int exitCode = -1;
    QByteArray out;
};

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
        process.kill();
        process.waitForFinished(2000);
        return Error {ErrorCode::Internal, program + QStringLiteral(": no end within 180 s or cannot start")};
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (process.exitStatus() != QProcess::NormalExit)
        return Error {ErrorCode::Internal, program + QStringLiteral(" crashed")};
    return Run {ms, process.exitCode(), process.readAllStandardOutput()};
}

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            ErrorCode::Internal, QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    return file.readAll();
}

/// The sharpness at 100 dpi of every page of \a pdf, drawn by the PDF engine.
Result<QList<double>> pageSharpness(const QByteArray& pdf)
{
    QString error;
    const PdfEngine* engine = PdfEngine::instance(&error);
    if (!engine)
        return Error {ErrorCode::Internal, error};
    const std::unique_ptr<PdfEngineDocument> document = engine->load(pdf);
    if (!document || document->pageCount() == 0)
        return Error {ErrorCode::Internal, QStringLiteral("the PDF engine cannot open a result")};
    QList<double> values;
    for (int i = 0; i < document->pageCount(); ++i)
        values.append(PdfInspector::sharpness(document->render(i, 100.0, {})).value_or(0.0));
    return values;
}

/// The smallest ratio of page sharpness, result over original; an Error when the pages differ.
Result<double> kept(const QList<double>& original, const QByteArray& result)
{
    const Result<QList<double>> after = pageSharpness(result);
    if (!after)
        return after.error();
    if (after->size() != original.size())
        return Error {ErrorCode::Internal, QStringLiteral("a result has a different page count")};
    double worst = 1e9;
    for (qsizetype i = 0; i < original.size(); ++i)
        if (original.at(i) > 0.0)
            worst = std::min(worst, after->at(i) / original.at(i));
    return worst;
}

Result<QString> fixture(const QString& dir, const QString& kind, const QString& name)
{
    const QString path = QDir(dir).filePath(name);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Result<Run> made = run(
        QStringLiteral(KARIER_SCAN_FIXTURE_EXECUTABLE), {QStringLiteral("--kind"), kind, path}, environment);
    if (!made)
        return made.error();
    if (made->exitCode != 0)
        return Error {ErrorCode::Internal, QStringLiteral("karier-scan-fixture --kind %1 failed").arg(kind)};
    return path;
}

struct ScanFigures
{
    double inputBytes = 0;
    double fitBytes = 0;
    double kept = 0;
    double fitMs = 0;
    double gsScreenMs = 0;
    double gsScreenBytes = 0;
    double gsScreenKept = 0;
    double gsEbookBytes = 0;
    double gsEbookKept = 0;
};

/// karier-cli fit-pdf on \a scan (timed) against Ghostscript /screen (timed) and, with \a ebook, /ebook.
Result<ScanFigures> fitScan(
    const QString& gs, const QTemporaryDir& dir, const QString& scan, const QString& tag, bool ebook)
{
    const int runs = quickRun() ? 1 : Runs;
    const Result<QByteArray> scanBytes = readFile(scan);
    if (!scanBytes)
        return scanBytes.error();
    const Result<QList<double>> original = pageSharpness(scanBytes.value());
    if (!original)
        return original.error();

    // karier-cli fit-pdf
    const QString fitted = dir.filePath(tag + QStringLiteral("-hasil.pdf"));
    QList<double> fitSamples;
    for (int i = 0; i < 1 + runs; ++i) {
        QFile::remove(fitted);
        const Result<Run> done = run(QStringLiteral(KARIER_CLI_EXECUTABLE),
            {QStringLiteral("fit-pdf"), QStringLiteral("--json"), scan, fitted});
        if (!done)
            return done.error();
        if (done->exitCode != 0)
            return Error {ErrorCode::Internal,
                QStringLiteral("karier-cli fit-pdf did not fit the scan %1: ").arg(tag)
                    + QString::fromUtf8(done->out.trimmed())};
        if (i > 0)
            fitSamples.append(done->ms);
    }
    const Result<QByteArray> fittedBytes = readFile(fitted);
    if (!fittedBytes)
        return fittedBytes.error();
    const Result<double> fitKept = kept(original.value(), fittedBytes.value());
    if (!fitKept)
        return fitKept.error();

    // Ghostscript /screen (timed) and /ebook
    const auto ghostscript = [&](const QString& setting, const QString& out) {
        return run(gs,
            {QStringLiteral("-q"), QStringLiteral("-dNOPAUSE"), QStringLiteral("-dBATCH"),
                QStringLiteral("-dSAFER"), QStringLiteral("-sDEVICE=pdfwrite"),
                QStringLiteral("-dPDFSETTINGS=/") + setting, QStringLiteral("-sOutputFile=") + out, scan});
    };
    const QString screen = dir.filePath(tag + QStringLiteral("-gs-screen.pdf"));
    QList<double> gsSamples;
    for (int i = 0; i < 1 + runs; ++i) {
        const Result<Run> done = ghostscript(QStringLiteral("screen"), screen);
        if (!done)
            return done.error();
        if (done->exitCode != 0)
            return Error {ErrorCode::Internal, QStringLiteral("gs /screen failed on ") + tag};
        if (i > 0)
            gsSamples.append(done->ms);
    }
    const Result<QByteArray> screenBytes = readFile(screen);
    if (!screenBytes)
        return screenBytes.error();
    const Result<double> screenKept = kept(original.value(), screenBytes.value());
    if (!screenKept)
        return Error {ErrorCode::Internal, QStringLiteral("cannot measure the Ghostscript result of ") + tag};

    ScanFigures figures;
    figures.inputBytes = double(scanBytes->size());
    figures.fitBytes = double(fittedBytes->size());
    figures.kept = fitKept.value();
    figures.fitMs = median(fitSamples);
    figures.gsScreenMs = median(gsSamples);
    figures.gsScreenBytes = double(screenBytes->size());
    figures.gsScreenKept = screenKept.value();
    if (ebook) {
        const QString ebookFile = dir.filePath(tag + QStringLiteral("-gs-ebook.pdf"));
        const Result<Run> ebookRun = ghostscript(QStringLiteral("ebook"), ebookFile);
        if (!ebookRun)
            return ebookRun.error();
        const Result<QByteArray> ebookBytes = readFile(ebookFile);
        if (!ebookBytes)
            return ebookBytes.error();
        const Result<double> ebookKept = kept(original.value(), ebookBytes.value());
        if (!ebookKept)
            return Error {
                ErrorCode::Internal, QStringLiteral("cannot measure the Ghostscript /ebook result")};
        figures.gsEbookBytes = double(ebookBytes->size());
        figures.gsEbookKept = ebookKept.value();
    }
    return figures;
}

} // namespace

Result<QList<Figure>> fitScenario()
{
    const QString gs = QStandardPaths::findExecutable(QStringLiteral("gs"));
    if (gs.isEmpty())
        return Error {ErrorCode::Internal,
            QStringLiteral("gs is not installed (Debian package ghostscript): it is the reference")};
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/karier-bench-fit-XXXXXX"));
    if (!dir.isValid())
        return Error {ErrorCode::Internal, QStringLiteral("cannot create a temporary directory")};
    const Result<QString> scan
        = fixture(dir.path(), QStringLiteral("scan6"), QStringLiteral("pindaian-6.pdf"));
    if (!scan)
        return scan.error();
    const Result<QString> drawn
        = fixture(dir.path(), QStringLiteral("drawn4"), QStringLiteral("pindaian-berlapis.pdf"));
    if (!drawn)
        return drawn.error();
    const Result<QString> photo = fixture(dir.path(), QStringLiteral("photo"), QStringLiteral("foto.jpg"));
    if (!photo)
        return photo.error();
    const Result<ScanFigures> scanFigures = fitScan(gs, dir, scan.value(), QStringLiteral("scan6"), true);
    if (!scanFigures)
        return scanFigures.error();
    const Result<ScanFigures> drawnFigures = fitScan(gs, dir, drawn.value(), QStringLiteral("drawn4"), false);
    if (!drawnFigures)
        return drawnFigures.error();
    const int runs = quickRun() ? 1 : Runs;

    // The phone photo
    const QString photoPdf = dir.filePath(QStringLiteral("foto.pdf"));
    QList<double> photoSamples;
    for (int i = 0; i < 1 + runs; ++i) {
        QFile::remove(photoPdf);
        const Result<Run> done = run(QStringLiteral(KARIER_CLI_EXECUTABLE),
            {QStringLiteral("fit-pdf"), QStringLiteral("--json"), photo.value(), photoPdf});
        if (!done)
            return done.error();
        if (done->exitCode != 0)
            return Error {ErrorCode::Internal,
                QStringLiteral("karier-cli fit-pdf did not fit the photo: ")
                    + QString::fromUtf8(done->out.trimmed())};
        if (i > 0)
            photoSamples.append(done->ms);
    }
    const Result<QByteArray> photoBytes = readFile(photoPdf);
    if (!photoBytes)
        return photoBytes.error();
    if (photoBytes->size() > Limit)
        return Error {ErrorCode::Internal, QStringLiteral("the photo's PDF is over 1 MB")};

    const QString name = QStringLiteral("fit");
    const QString scanConditions
        = QStringLiteral("6-page 200 dpi colour scan, one JPEG per page; median of %1 "
                         "runs after a warm-up, whole processes")
              .arg(runs);
    const QString drawnConditions
        = QStringLiteral("4-page 200 dpi colour scan, 3 JPEG strips and a text line "
                         "per page (drawn by Poppler); median of %1 runs after a "
                         "warm-up, whole processes")
              .arg(runs);
    const QString photoConditions = QStringLiteral(
        "2.5 MB 4032x3024 JPEG phone photo to a PDF <= 1 MB; median of %1 runs after a warm-up, "
        "whole processes")
                                        .arg(runs);
    const auto figure = [&](const char* metric, double value, const char* unit,
                            std::optional<double> reference = std::nullopt, const QString& conditions = {}) {
        return Figure {name, QLatin1String(metric), value, QLatin1String(unit), reference, conditions};
    };
    const ScanFigures& a = scanFigures.value();
    const ScanFigures& b = drawnFigures.value();
    return QList<Figure> {
        figure("input_bytes", a.inputBytes, "bytes", std::nullopt, scanConditions),
        figure("fit_bytes", a.fitBytes, "bytes", std::nullopt, scanConditions),
        figure("sharpness_kept", 100.0 * a.kept, "%", std::nullopt, scanConditions),
        figure("fit_ms", a.fitMs, "ms", a.gsScreenMs, scanConditions),
        figure("gs_screen_bytes", a.gsScreenBytes, "bytes", std::nullopt, scanConditions),
        figure("gs_screen_kept", 100.0 * a.gsScreenKept, "%", std::nullopt, scanConditions),
        figure("gs_ebook_bytes", a.gsEbookBytes, "bytes", std::nullopt, scanConditions),
        figure("gs_ebook_kept", 100.0 * a.gsEbookKept, "%", std::nullopt, scanConditions),
        figure("drawn_input_bytes", b.inputBytes, "bytes", std::nullopt, drawnConditions),
        figure("drawn_fit_bytes", b.fitBytes, "bytes", std::nullopt, drawnConditions),
        figure("drawn_sharpness_kept", 100.0 * b.kept, "%", std::nullopt, drawnConditions),
        figure("drawn_fit_ms", b.fitMs, "ms", b.gsScreenMs, drawnConditions),
        figure("drawn_gs_screen_bytes", b.gsScreenBytes, "bytes", std::nullopt, drawnConditions),
        figure("drawn_gs_screen_kept", 100.0 * b.gsScreenKept, "%", std::nullopt, drawnConditions),
        figure(
            "photo_input_bytes", double(QFile(photo.value()).size()), "bytes", std::nullopt, photoConditions),
        figure("photo_fit_bytes", double(photoBytes->size()), "bytes", std::nullopt, photoConditions),
        figure("photo_fit_ms", median(photoSamples), "ms", std::nullopt, photoConditions),
    };
}

} // namespace karier::bench
