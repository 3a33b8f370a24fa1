// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <optional>

namespace karier::bench {

/// One measured figure, printed as one JSON line:
///   {"scenario":"…","metric":"…","value":12.3,"unit":"ms"}
/// and for a comparison with another program measured in the same run also
///   "reference":8.2,"ratio":1.50   (ratio = value / reference)
/// and, where a scenario names what it ran under (cores, fsync, network latency, sizes), also
///   "conditions":"…"
struct Figure
{
    QString scenario;
    QString metric;
    double value = 0.0; ///< the median of several runs
    QString unit;
    std::optional<double> reference; ///< the other program's median, same run, same conditions
    QString conditions = {}; ///< what the figure ran under; not printed when empty
};

/// A scenario measures and returns its figures, or an Error (never a made-up figure).
using ScenarioFunction = Result<QList<Figure>> (*)();

struct Scenario
{
    QString name;
    QString description;
    ScenarioFunction run;
};

/// Every scenario, in the order "karier-bench" without arguments runs them. To add one, write a
/// function returning Result<QList<Figure>> in its own file, declare it below and add a line to
/// the table in Benchmark.cpp.
const QList<Scenario>& scenarios();
/// The scenario called \a name, or nullptr.
const Scenario* findScenario(const QString& name);

/// The median of \a samples (the mean of the two middle ones for an even count); 0 when empty.
double median(QList<double> samples);
/// \a figure as one line of compact JSON, without the newline. value and reference have one
/// decimal; ratio has two, so that a bar such as "ratio <= 1.5" can be read off it.
QByteArray toJsonLine(const Figure& figure);

/// A 300 dpi scan of a decree as a PDF of 0.9–0.99 MiB, written once per run by karier-scan-fixture
/// (PdfScenarios.cpp); its path.
Result<QString> scannedPdf();

/// One run of karier-approval-probe (offscreen) with \a arguments: what it measured.
struct ProbeFigures
{
    double openMs = 0;
    double rssMb = 0;
    int rows = 0;
};
/// \a sessionToken: the server's one-time-code session for a person's login (KARIER_PROBE_SESSION_TOKEN).
Result<ProbeFigures> runApprovalProbe(const QStringList& arguments, const QString& sessionToken = {});

// The scenarios.
Result<QList<Figure>> startupScenario(); // StartupScenario.cpp
Result<QList<Figure>> passwordScenario(); // PasswordScenario.cpp
Result<QList<Figure>> inspectScenario(); // PdfScenarios.cpp
Result<QList<Figure>> previewScenario(); // PdfScenarios.cpp
Result<QList<Figure>> guiBlockScenario(); // GuiBlockScenario.cpp
Result<QList<Figure>> batchScenario(); // BatchScenario.cpp
Result<QList<Figure>> fitScenario(); // FitScenario.cpp
Result<QList<Figure>> dmsScenario(); // DmsScenario.cpp
Result<QList<Figure>> approvalScenario(); // ApprovalScenario.cpp
Result<QList<Figure>> approvalPgScenario(); // ApprovalScenario.cpp
Result<QList<Figure>> approvalLanScenario(); // ApprovalScenario.cpp
Result<QList<Figure>> importLanScenario(); // ApprovalScenario.cpp

} // namespace karier::bench
