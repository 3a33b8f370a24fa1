// SPDX-License-Identifier: GPL-3.0-or-later
// The gui_block scenario (issue 3): the longest time the GUI thread is blocked while a PDF is
// checked and previewed in the record wizard. The bar is max_gui_block_ms <= 50 ms.
//
// karier-gui-probe (GuiProbe.cpp) does the work, a separate program because it needs a
// QApplication and karier-bench is a QCoreApplication; it runs offscreen. Each run is a fresh
// process (demo database, login, wizard, the 1 MB scanned A4 PDF chosen in Unggah Dokumen with the
// real karier-cli as the checker), so that every run pays what the first document of a session
// pays (loading Poppler, starting the renderer thread). Medians of Runs runs:
//
// gui_block / max_gui_block_ms: the longest gap in the GUI thread's 1 ms timer ticks, less the
//   interval, from choosing the file until the first page was shown and painted.
// gui_block / logout_max_block_ms: the longest block while "Keluar" closes a main window whose pages
//   are all still loading, and the 300 ms after it (bar 50 ms, as above).
// gui_block / open_external_max_block_ms: the longest block while "Buka di aplikasi lain" writes its
//   copy of the 1 MB scan (on a worker) and hands it to the desktop (bar 50 ms).
// gui_block / fit_max_block_ms: the longest block during "Perkecil otomatis" of a 2-page 2 MB scan, from
//   choosing it (refused for its size) through the fit in karier-cli, the result with its two previews,
//   "Gunakan hasil" and the check of the result, until its first page was shown (bar 50 ms).
// gui_block / fit_ready_ms: that whole path's duration (the fit child's work included).
// gui_block / preview_ready_ms: from choosing the file until the wizard accepted it and the
//   preview showed its first page (the check in the child process included).

#include "Benchmark.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#ifndef KARIER_GUI_PROBE_EXECUTABLE
#error                                                                                                       \
    "KARIER_GUI_PROBE_EXECUTABLE must be the path of karier-gui-probe (set by tests/benchmarks/CMakeLists.txt)"
#endif

namespace karier::bench {

namespace {

constexpr int Runs = 5;
/// karier-gui-probe gives up after 80 s itself.
constexpr int TimeoutMs = 90'000;

struct ProbeResult
{
    double maxGuiBlockMs = 0.0;
    double totalMs = 0.0;
    double logoutMaxBlockMs = 0.0;
    double openExternalMaxBlockMs = 0.0;
    double fitMaxBlockMs = 0.0;
    double fitTotalMs = 0.0;
};

Result<ProbeResult> runProbe()
{
    const QString program = QStringLiteral(KARIER_GUI_PROBE_EXECUTABLE);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, {}, QIODevice::ReadOnly);
    if (!process.waitForFinished(TimeoutMs)) {
        const QString why = process.error() == QProcess::FailedToStart ? process.errorString()
                                                                       : QStringLiteral("no end within 90 s");
        process.kill();
        process.waitForFinished(2000);
        return Error {ErrorCode::Internal, program % QStringLiteral(": ") % why};
    }
    const QByteArray out = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error {ErrorCode::Internal,
            program % QStringLiteral(" failed (exit %1): ").arg(process.exitCode())
                % QString::fromLocal8Bit(process.readAllStandardError() + out).trimmed()};
    const QJsonObject json = QJsonDocument::fromJson(out.trimmed()).object();
    const QJsonValue block = json.value(QLatin1String("max_gui_block_ms"));
    const QJsonValue total = json.value(QLatin1String("total_ms"));
    const QJsonValue logout = json.value(QLatin1String("logout_max_block_ms"));
    const QJsonValue external = json.value(QLatin1String("open_external_max_block_ms"));
    const QJsonValue fit = json.value(QLatin1String("fit_max_block_ms"));
    const QJsonValue fitTotal = json.value(QLatin1String("fit_total_ms"));
    if (!block.isDouble() || !total.isDouble() || !logout.isDouble() || !external.isDouble()
        || !fit.isDouble() || !fitTotal.isDouble())
        return Error {ErrorCode::Internal,
            program % QStringLiteral(" printed no result: ") % QString::fromUtf8(out).trimmed()};
    return ProbeResult {block.toDouble(), total.toDouble(), logout.toDouble(), external.toDouble(),
        fit.toDouble(), fitTotal.toDouble()};
}

} // namespace

Result<QList<Figure>> guiBlockScenario()
{
    QList<double> blocks;
    QList<double> totals;
    QList<double> logouts;
    QList<double> externals;
    QList<double> fits;
    QList<double> fitTotals;
    for (int i = 0; i < (quickRun() ? 1 : Runs); ++i) {
        const Result<ProbeResult> measured = runProbe();
        if (!measured)
            return measured.error();
        blocks.append(measured->maxGuiBlockMs);
        totals.append(measured->totalMs);
        logouts.append(measured->logoutMaxBlockMs);
        externals.append(measured->openExternalMaxBlockMs);
        fits.append(measured->fitMaxBlockMs);
        fitTotals.append(measured->fitTotalMs);
    }
    return QList<Figure> {
        {QStringLiteral("gui_block"), QStringLiteral("max_gui_block_ms"), median(blocks),
            QStringLiteral("ms"), std::nullopt},
        {QStringLiteral("gui_block"), QStringLiteral("preview_ready_ms"), median(totals),
            QStringLiteral("ms"), std::nullopt},
        {QStringLiteral("gui_block"), QStringLiteral("logout_max_block_ms"), median(logouts),
            QStringLiteral("ms"), std::nullopt},
        {QStringLiteral("gui_block"), QStringLiteral("open_external_max_block_ms"), median(externals),
            QStringLiteral("ms"), std::nullopt},
        {QStringLiteral("gui_block"), QStringLiteral("fit_max_block_ms"), median(fits), QStringLiteral("ms"),
            std::nullopt},
        {QStringLiteral("gui_block"), QStringLiteral("fit_ready_ms"), median(fitTotals), QStringLiteral("ms"),
            std::nullopt},
    };
}

} // namespace karier::bench
