// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/ChildProcess.h"
#include "documents/PdfFitter.h"

#include <QObject>
#include <QString>
#include <memory>

class QTemporaryDir;

namespace karier {

/// How PdfFitRunner runs the child process.
struct PdfFitRunOptions
{
    PdfFitOptions fit;
    /// Wall clock; then the child is killed. The address-space and CPU limits are check-pdf's.
    ChildLimits limits {60000, qint64(1) << 30};
    /// Also read back page 1 of the input and of the result as pictures (for the GUI).
    bool previews = false;
};

/// Runs "Perkecil otomatis" in a child process, `karier-cli fit-pdf --json --in-process INPUT
/// TEMP`, with the limits of check-pdf (ChildProcess: wall clock, address space, CPU time), so
/// that a hostile file can neither hang nor crash the caller. The child writes the new PDF into a
/// temporary folder of its own and reports progress as JSON lines; the runner reads the PDF back
/// into PdfFitResult::output (never more than the limit) and removes the folder. The input file is
/// only read. A child that crashes, runs out of time or memory, or cannot be started becomes a
/// refusal (`crashed`, `timeout`, `helper_failed`).
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

    /// Starts fitting \a filePath; finished follows exactly once (also on cancel() and when the
    /// child cannot start). False, and nothing happens, while a run is going on.
    bool start(const QString& filePath);
    /// Kills the child and emits finished with code `cancelled`.
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(double fraction);
    void finished(const karier::PdfFitResult& result);

private:
    PdfFitRunOptions m_options;
    ChildProcess* m_child = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

} // namespace karier
