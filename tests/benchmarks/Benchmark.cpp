// SPDX-License-Identifier: GPL-3.0-or-later
#include "Benchmark.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <algorithm>
#include <cmath>

namespace karier::bench {

const QList<Scenario>& scenarios()
{
    static const QList<Scenario> all = {
        {QStringLiteral("startup"),
            QStringLiteral("karier-asn from process start to a shown login window, against a bare Qt window"),
            &startupScenario},
        {QStringLiteral("password"),
            QStringLiteral("argon2id hash and verification with the default parameters"), &passwordScenario},
        {QStringLiteral("inspect"),
            QStringLiteral("karier-cli check-pdf on a 1 MB scanned A4 PDF, whole process"), &inspectScenario},
        {QStringLiteral("preview"),
            QStringLiteral("first page of a 1 MB scanned A4 PDF at 96 dpi in process, against pdftoppm"),
            &previewScenario},
        {QStringLiteral("gui_block"),
            QStringLiteral(
                "longest GUI-thread block while the wizard checks and previews a 1 MB scanned PDF"),
            &guiBlockScenario},
        {QStringLiteral("batch"),
            QStringLiteral("one award decree applied to 500 employees in one transaction on SQLite"),
            &batchScenario},
        {QStringLiteral("fit"),
            QStringLiteral(
                "Perkecil otomatis of a 6-page 6 MB colour scan against Ghostscript, and of a 2.5 MB "
                "phone photo"),
            &fitScenario},
        {QStringLiteral("approval"),
            QStringLiteral("verifier console over 100,000 submissions in 60 units on SQLite: filters, "
                           "search, approving 1000, the page query against the sqlite3 shell"),
            &approvalScenario},
        {QStringLiteral("approval_pg"),
            QStringLiteral("the approval scenario on a throwaway local PostgreSQL 15 cluster, the page "
                           "query against psql"),
            &approvalPgScenario},
        {QStringLiteral("approval_lan"),
            QStringLiteral("the approval scenario on PostgreSQL 15 with fsync on, through a local TCP proxy "
                           "adding 0.5 ms each way (an office LAN)"),
            &approvalLanScenario},
        {QStringLiteral("import_lan"),
            QStringLiteral("10,000 employees imported from a CSV on PostgreSQL 15 with fsync on, through the "
                           "same LAN proxy"),
            &importLanScenario},
        {QStringLiteral("dms"),
            QStringLiteral(
                "Skor Arsip Digital of 10,000 employees recalculated and stored on SQLite; the recap "
                "page opened"),
            &dmsScenario},
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

} // namespace

QByteArray toJsonLine(const Figure& figure)
{
    QByteArray line = "{\"scenario\":" + jsonString(figure.scenario)
        + ",\"metric\":" + jsonString(figure.metric) + ",\"value\":" + jsonNumber(figure.value, 1)
        + ",\"unit\":" + jsonString(figure.unit);
    if (figure.reference) {
        const double reference = *figure.reference;
        line += ",\"reference\":" + jsonNumber(reference, 1)
            + ",\"ratio\":" + jsonNumber(reference > 0.0 ? figure.value / reference : std::nan(""), 2);
    }
    if (!figure.conditions.isEmpty())
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
    return ProbeFigures {object.value(QStringLiteral("open_ms")).toDouble(),
        object.value(QStringLiteral("rss_mb")).toDouble(), object.value(QStringLiteral("rows")).toInt()};
}

} // namespace karier::bench
