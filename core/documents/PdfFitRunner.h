// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/ChildProcess.h"
#include "documents/PdfFitter.h"

#include <QObject>
#include <QString>

namespace karier {

/// How PdfFitRunner runs the child process.
struct PdfFitRunOptions
{
    PdfFitOptions fit;
    /// Wall clock (then the child is killed) and address space; the threads, the CPU time, the
    /// file size and the output are set by PdfFitRunner::childLimits.
    ChildLimits limits {60000, qint64(1) << 30};
    /// Also read back page 1 of the input and of the result as pictures (for the GUI).
    bool previews = false;
};

/// Runs "Perkecil otomatis" in a child process, `karier-cli fit-pdf --json --in-process
/// --embed-result --threads N INPUT -` (ChildProcess: wall clock, address space, CPU time for N
/// threads, file size; it dies with its parent), so that a hostile file can neither hang nor crash
/// the caller. The child reports progress as JSON lines and ends with one JSON answer that carries
/// the new PDF and the previews (base64): it writes no file, so no temporary folder is left behind
/// whoever is killed. The runner reads them back (on a worker for start()) into PdfFitResult (the
/// output never more than the limit). The input file is only read. A child that crashes, runs out
/// of time or memory, or cannot be started becomes a refusal (`crashed`, `timeout`, `helper_failed`).
///
/// Blocking use, from a worker thread or a command: fit(). Asynchronous use, from the GUI thread:
/// start(), then progress and finished; never blocks. The program is PdfCheckRunner::helperPath().
class PdfFitRunner : public QObject
{
    Q_OBJECT

public:
    explicit PdfFitRunner(QObject* parent = nullptr);
    ~PdfFitRunner() override;

    /// Fits \a filePath and returns when the child has ended. \a progress receives 0..1 as the
    /// child reports it. Thread-safe.
    static PdfFitResult fit(const QString& filePath, const PdfFitRunOptions& options = {},
        const std::function<void(double)>& progress = {});

    void setOptions(const PdfFitRunOptions& options) { m_options = options; }
    const PdfFitRunOptions& options() const { return m_options; }

    /// The threads the fit child may use: the cores (at most this many) for its pool, and its main thread.
    static constexpr int MaxPoolThreads = 8;
    /// The child's limits for \a options on this computer: threads (passed as --threads),
    /// the CPU time for them (ChildLimits::cpuSeconds), file size and output.
    static ChildLimits childLimits(const PdfFitRunOptions& options);
    /// The same for a computer with \a cores cores.
    static ChildLimits childLimits(const PdfFitRunOptions& options, int cores);

    /// Starts fitting \a filePath (\a inputBytes its size, for the messages; -1 unknown);
    /// finished follows exactly once (also on cancel() and when the child cannot start). False,
    /// and nothing happens, while a run is going on.
    bool start(const QString& filePath, qint64 inputBytes = -1);
    /// Kills the child and emits finished with code `cancelled`.
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(double fraction);
    void finished(const karier::PdfFitResult& result);

private:
    PdfFitRunOptions m_options;
    ChildProcess* m_child = nullptr;
    QString m_file;
    qint64 m_inputBytes = -1;
    quint64 m_run = 0; ///< number of the last start() or cancel() during interpretation
    bool m_interpreting = false; ///< the child has ended; its answer is read on a worker
};

} // namespace karier
