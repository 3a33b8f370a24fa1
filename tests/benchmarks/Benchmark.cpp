// SPDX-License-Identifier: GPL-3.0-or-later
#include "Benchmark.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QThread>
#include <algorithm>
#include <cmath>

namespace karier::bench {

const QList<Scenario>& scenarios()
{
    static const QList<Scenario> all = {
        {QStringLiteral("startup"),
            QStringLiteral("karier-asn from process start to a shown login window, against a bare Qt window "
                           "(a diagnostic: the bar is startup_peers)"),
            &startupScenario, {QStringLiteral("to_login_window_ms")},
            QStringLiteral("offscreen platform, demo database (login window only), fresh HOME/XDG dirs")},
        {QStringLiteral("startup_peers"),
            QStringLiteral("karier-asn, KeePassXC and qpdfview (a 1-page scan) from process start to their "
                           "first mapped window under Xvfb; reference: the faster peer"),
            &startupPeersScenario,
            {QStringLiteral("to_window_ms"), QStringLiteral("keepassxc_to_window_ms"),
                QStringLiteral("qpdfview_to_window_ms")}},
        {QStringLiteral("password"),
            QStringLiteral("argon2id hash and verification with the default parameters"), &passwordScenario,
            {QStringLiteral("hash_ms"), QStringLiteral("verify_ms")},
            QStringLiteral("the default argon2id parameters, one thread")},
        {QStringLiteral("inspect"),
            QStringLiteral("karier-cli check-pdf on a 1 MB scanned A4 PDF, whole process"), &inspectScenario,
            {QStringLiteral("check_pdf_ms")}, QStringLiteral("1 MB 300 dpi 1-page scan, whole process")},
        {QStringLiteral("preview"),
            QStringLiteral("a 1 MB scanned A4 PDF chosen in the wizard until its checked first page is "
                           "painted, against pdftoppm -r 96 -f 1 -l 1"),
            &previewScenario,
            {QStringLiteral("first_page_ms"), QStringLiteral("checked_ms"),
                QStringLiteral("render_in_process_ms")},
            QStringLiteral("1 MB 300 dpi 1-page scan, offscreen wizard, check child included")},
        {QStringLiteral("gui_block"),
            QStringLiteral(
                "longest GUI-thread block while the wizard checks and previews a 1 MB scanned PDF"),
            &guiBlockScenario,
            {QStringLiteral("max_gui_block_ms"), QStringLiteral("preview_ready_ms"),
                QStringLiteral("logout_max_block_ms"), QStringLiteral("open_external_max_block_ms"),
                QStringLiteral("fit_max_block_ms"), QStringLiteral("fit_ready_ms")},
            QStringLiteral("offscreen platform, 1 MB 1-page scan, 2 MB scan to fit")},
        {QStringLiteral("batch"),
            QStringLiteral("one award decree applied to 500 employees in one transaction on SQLite"),
            &batchScenario,
            {QStringLiteral("batch_500_ms"), QStringLiteral("prepare_500_ms"), QStringLiteral("pdf_bytes")},
            QStringLiteral("SQLite file, 500 employees")},
        {QStringLiteral("fit"),
            QStringLiteral(
                "Perkecil otomatis of a 6-page 6 MB colour scan and of a 4-page scan Poppler must draw "
                "(several images and text per page) against Ghostscript, and of a 2.5 MB phone photo"),
            &fitScenario,
            {QStringLiteral("fit_ms"), QStringLiteral("fit_bytes"), QStringLiteral("sharpness_kept"),
                QStringLiteral("photo_fit_ms"), QStringLiteral("drawn_fit_ms"),
                QStringLiteral("drawn_sharpness_kept")}},
        {QStringLiteral("approval"),
            QStringLiteral("verifier console over 100,000 submissions in 60 units on SQLite: filters, "
                           "search, approving 1000, the page query against the sqlite3 shell"),
            &approvalScenario,
            {QStringLiteral("open_ms"), QStringLiteral("gui_rss_mb"), QStringLiteral("filter_ms"),
                QStringLiteral("search_keystroke_ms"), QStringLiteral("approve_1000_ms"),
                QStringLiteral("page_query_ms")},
            QStringLiteral("SQLite file (WAL), 10,000 employees, 60 units")},
        {QStringLiteral("approval_pg"),
            QStringLiteral("the approval scenario on a throwaway local PostgreSQL 15 cluster, the page "
                           "query against psql"),
            &approvalPgScenario,
            {QStringLiteral("open_ms"), QStringLiteral("gui_rss_mb"), QStringLiteral("filter_ms"),
                QStringLiteral("search_keystroke_ms"), QStringLiteral("approve_1000_ms"),
                QStringLiteral("page_query_ms")},
            QStringLiteral("PostgreSQL 15 on 127.0.0.1, fsync=off, no added latency, 10,000 employees, "
                           "60 units")},
        {QStringLiteral("approval_lan"),
            QStringLiteral("the approval scenario on PostgreSQL 15 with fsync on, through a local TCP proxy "
                           "adding 0.5 ms each way (an office LAN)"),
            &approvalLanScenario,
            {QStringLiteral("open_ms"), QStringLiteral("filter_ms"), QStringLiteral("search_keystroke_ms"),
                QStringLiteral("approve_1000_ms")}},
        {QStringLiteral("import_lan"),
            QStringLiteral("10,000 employees imported from a CSV on PostgreSQL 15 with fsync on, through the "
                           "same LAN proxy"),
            &importLanScenario, {QStringLiteral("import_10k_ms")}},
        {QStringLiteral("dms"),
            QStringLiteral(
                "Skor Arsip Digital of 10,000 employees recalculated and stored on SQLite; the recap "
                "page opened"),
            &dmsScenario, {QStringLiteral("recalc_10k_ms"), QStringLiteral("recap_open_ms")},
            QStringLiteral("SQLite file, 10,000 employees, about 100,000 riwayat rows")},
    };
    return all;
}

const Scenario* findScenario(const QString& name)
{
    const QList<Scenario>& all = scenarios();
    const auto it
        = std::find_if(all.cbegin(), all.cend(), [&name](const Scenario& s) { return s.name == name; });
    return it == all.cend() ? nullptr : &*it;
}

namespace {
bool g_quickRun = false;
} // namespace

bool quickRun()
{
    return g_quickRun;
}

void setQuickRun(bool quick)
{
    g_quickRun = quick;
}

QString machineConditions()
{
    QString text = QStringLiteral("cores=%1").arg(QThread::idealThreadCount());
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly)) {
        const QByteArray first = loadavg.readAll().split(' ').value(0);
        if (!first.isEmpty())
            text += QStringLiteral(", load=") + QString::fromLatin1(first);
    }
    if (g_quickRun)
        text += QStringLiteral(", quick sizes");
    return text;
}

double median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0.0;
    std::sort(samples.begin(), samples.end());
    const qsizetype middle = samples.size() / 2;
    if (samples.size() % 2 == 1)
        return samples.at(middle);
    return (samples.at(middle - 1) + samples.at(middle)) / 2.0;
}

double percentile(QList<double> samples, double percent)
{
    if (samples.isEmpty())
        return 0.0;
    std::sort(samples.begin(), samples.end());
    const double rank = std::ceil(percent / 100.0 * double(samples.size()));
    const qsizetype index = std::clamp<qsizetype>(qsizetype(rank) - 1, 0, samples.size() - 1);
    return samples.at(index);
}

Spread spreadOf(const QList<double>& samples)
{
    return Spread {median(samples), percentile(samples, 95.0), int(samples.size())};
}

Figure withSpread(Figure figure, const Spread& spread)
{
    figure.value = spread.median;
    figure.p95 = spread.p95;
    figure.runs = spread.runs;
    return figure;
}

namespace {

QByteArray jsonString(const QString& text)
{
    // QJsonDocument does the escaping; strip the surrounding array: ["…"] -> "…".
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray jsonNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("null");
    return QByteArray::number(value, 'f', decimals);
}

/// One decimal, three for a figure below 1 (a sub-millisecond time keeps its digits).
QByteArray jsonMeasure(double value)
{
    return jsonNumber(value, std::isfinite(value) && std::abs(value) < 1.0 && value != 0.0 ? 3 : 1);
}

} // namespace

QByteArray toJsonLine(const Figure& figure)
{
    QByteArray line = "{\"scenario\":" + jsonString(figure.scenario)
        + ",\"metric\":" + jsonString(figure.metric) + ",\"value\":" + jsonMeasure(figure.value)
        + ",\"unit\":" + jsonString(figure.unit);
    if (figure.reference) {
        const double reference = *figure.reference;
        line += ",\"reference\":" + jsonMeasure(reference)
            + ",\"ratio\":" + jsonNumber(reference > 0.0 ? figure.value / reference : std::nan(""), 2);
    }
    if (figure.p95)
        line += ",\"p95\":" + jsonMeasure(*figure.p95);
    if (figure.runs > 0)
        line += ",\"runs\":" + QByteArray::number(figure.runs);
    line += ",\"conditions\":" + jsonString(figure.conditions);
    line += '}';
    return line;
}

Result<ProbeFigures> runApprovalProbe(const QStringList& arguments, const QString& sessionToken)
{
    QProcess probe;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!sessionToken.isEmpty())
        environment.insert(QStringLiteral("KARIER_PROBE_SESSION_TOKEN"), sessionToken);
    probe.setProcessEnvironment(environment);
    probe.start(QStringLiteral(KARIER_APPROVAL_PROBE_EXECUTABLE), arguments);
    if (!probe.waitForFinished(120000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        return Error {ErrorCode::Internal,
            QStringLiteral("karier-approval-probe failed: ")
                + QString::fromUtf8(probe.readAllStandardError()).trimmed()};
    const QJsonObject object = QJsonDocument::fromJson(probe.readAllStandardOutput()).object();
    if (!object.contains(QStringLiteral("open_ms")))
        return Error {ErrorCode::Internal, QStringLiteral("karier-approval-probe printed no figures")};
    ProbeFigures figures {object.value(QStringLiteral("open_ms")).toDouble(),
        object.value(QStringLiteral("rss_mb")).toDouble(), object.value(QStringLiteral("rows")).toInt()};
    // The verifier console (DATABASE NIP): its memory is the whole main window's, every page made once
    // (issue 19), measured by a second run of the probe as the same person.
    if (arguments.size() == 2) {
        const Result<ProbeFigures> whole
            = runApprovalProbe(arguments + QStringList {QStringLiteral("mainwindow")}, sessionToken);
        if (!whole)
            return whole.error();
        if (whole->rows < 2)
            return Error {ErrorCode::Internal,
                QStringLiteral("karier-approval-probe mainwindow visited %1 page(s)").arg(whole->rows)};
        figures.rssMb = whole->rssMb;
    }
    return figures;
}

} // namespace karier::bench
