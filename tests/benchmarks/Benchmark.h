// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace karier::bench {

/// One measured figure, printed as one JSON line:
///   {"scenario":"…","metric":"…","value":12.3,"unit":"ms","conditions":"cores=2; …"}
/// and for a comparison with another program measured in the same run also
///   "reference":8.2,"ratio":1.50   (ratio = value / reference)
/// and for a figure timed many times (see Spread) also "p95":14.1 and "runs":200.
struct Figure
{
    Figure() = default;
    Figure(QString scenario_, QString metric_, double value_, QString unit_,
        std::optional<double> reference_ = std::nullopt, QString conditions_ = {})
        : scenario(std::move(scenario_))
        , metric(std::move(metric_))
        , value(value_)
        , unit(std::move(unit_))
        , reference(reference_)
        , conditions(std::move(conditions_))
    { }

    QString scenario;
    QString metric;
    double value = 0.0; ///< the median of several runs
    QString unit;
    std::optional<double> reference; ///< the other program's median, same run, same conditions
    /// What the figure ran under besides the machine (sizes, engine, fsync, latency, display). main()
    /// puts the machine's part (cores, load, --quick) in front of it.
    QString conditions;
    std::optional<double> p95; ///< the 95th percentile of the same samples as value
    int runs = 0; ///< how many samples value and p95 come from (0: not reported)
};

/// A scenario measures and returns its figures, or an Error (never a made-up figure).
using ScenarioFunction = Result<QList<Figure>> (*)();

struct Scenario
{
    Scenario(QString name_, QString description_, ScenarioFunction run_, QStringList metrics_ = {},
        QString conditions_ = {})
        : name(std::move(name_))
        , description(std::move(description_))
        , run(run_)
        , metrics(std::move(metrics_))
        , conditions(std::move(conditions_))
    { }

    QString name;
    QString description;
    ScenarioFunction run;
    /// The metrics a run must print: --quick fails when one is missing (empty: at least one figure).
    QStringList metrics;
    /// The conditions of its figures that leave them without their own (see Figure::conditions).
    QString conditions;
};

/// True under `karier-bench --quick`: every scenario runs at a small size, only to prove that it
/// still measures (no figure of a quick run is compared with a bar).
bool quickRun();
void setQuickRun(bool quick);
/// The machine's part of every figure's conditions: "cores=N, load=L" (+ ", quick" under --quick).
QString machineConditions();

/// Every scenario, in the order "karier-bench" without arguments runs them. To add one, write a
/// function returning Result<QList<Figure>> in its own file, declare it below and add a line to
/// the table in Benchmark.cpp.
const QList<Scenario>& scenarios();
/// The scenario called \a name, or nullptr.
const Scenario* findScenario(const QString& name);

/// The median of \a samples (the mean of the two middle ones for an even count); 0 when empty.
double median(QList<double> samples);
/// The \a percent percentile of \a samples (nearest rank: the smallest sample with at least that
/// share of the samples at or below it); 0 when empty.
double percentile(QList<double> samples, double percent);

/// Median and 95th percentile of many samples of one figure. Sub-millisecond figures are timed
/// at least MinSubMillisecondRuns times: their bar is on the median, the p95 is reported beside it
/// so that a slow tail cannot hide.
struct Spread
{
    double median = 0.0;
    double p95 = 0.0;
    int runs = 0;
};
inline constexpr int MinSubMillisecondRuns = 200;
Spread spreadOf(const QList<double>& samples);
/// \a figure with value, p95 and runs taken from \a spread.
Figure withSpread(Figure figure, const Spread& spread);
/// \a figure as one line of compact JSON, without the newline. value, reference and p95 have one
/// decimal (three below 1, so that a sub-millisecond figure keeps its digits); ratio has two, so that
/// a bar such as "ratio <= 1.5" can be read off it. "conditions" is always there, a string.
QByteArray toJsonLine(const Figure& figure);

/// A 300 dpi scan of a decree as a PDF of 0.9–0.99 MiB, written once per run by karier-scan-fixture
/// (PdfScenarios.cpp); its path.
Result<QString> scannedPdf();

/// One run of karier-approval-probe (offscreen) with \a arguments: what it measured. For the verifier
/// console (arguments DATABASE NIP) rssMb is that of a second run, "mainwindow": the whole main window
/// of the same person with every page visited once.
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
Result<QList<Figure>> startupPeersScenario(); // PeerStartupScenario.cpp

} // namespace karier::bench
