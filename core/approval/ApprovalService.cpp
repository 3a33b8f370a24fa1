// SPDX-License-Identifier: GPL-3.0-or-later
#include "approval/ApprovalService.h"

#include "approval/ApprovalSql.h"
#include "auth/AccessPolicy.h"
#include "dms/DmsService.h"
#include "domain/Nip.h"
#include "io/Csv.h"
#include "org/Organisation.h"
#include "records/RecordService.h"
#include "settings/SharedSettings.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"
#include "timkerja/TimKerja.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <utility>

namespace karier {

using namespace approvalsql;

namespace {

/// Above this many matches a search's page is found by walking the queue in order (whereFor).
constexpr int DenseSearchRows = 1000;

StatusWording wordingOf(const QString& typeCode)
{
    const RecordType* type = RecordTypes::byCode(typeCode);
    return type ? type->statusWording() : StatusWording::Riwayat;
}

/// What the console's list cannot decide from the type alone: who may verify this record type.
Permission permissionFor(const QString& typeCode)
{
    const RecordType* type = RecordTypes::byCode(typeCode);
    return type && type->verifiedByPengelola ? Permission::VerifyTimKerja : Permission::VerifyRiwayat;
}

} // namespace

QString ApprovalRow::statusText() const
{
    return statusDisplayName(status, wordingOf(typeCode));
}

QString HistoryEntry::text() const
{
    QString line = ApprovalService::tr("%1  %2 oleh %3")
                       .arg(momentText(at), actionText,
                           actorName.isEmpty() ? Nip::groupedOrAsIs(actorNip) : actorName);
    if (!note.isEmpty())
        line += QStringLiteral("\n    ") + ApprovalService::tr("Catatan: %1").arg(note);
    return line;
}

QString VisitChanges::text() const
{
    QStringList parts;
    if (returned > 0)
        parts << ApprovalService::tr("%n usulan dikembalikan untuk perbaikan", nullptr, returned);
    if (rejected > 0)
        parts << ApprovalService::tr("%n usulan ditolak", nullptr, rejected);
    if (approved > 0)
        parts << ApprovalService::tr("%n usulan disetujui", nullptr, approved);
    return parts.join(QStringLiteral(", "));
}

ApprovalService::ApprovalService(std::shared_ptr<Database> db, Clock clock)
    : m_db(std::move(db)), m_clock(std::move(clock))
{ }

QDateTime ApprovalService::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QStringList ApprovalService::verifiableTypes(const Session& session)
{
    QStringList types;
    for (const RecordType* type : RecordTypes::stored()) {
        if (AccessPolicy::can(session, permissionFor(type->code)))
            types << type->code;
    }
    return types;
}

bool ApprovalService::mayVerify(const Session& session)
{
    return !verifiableTypes(session).isEmpty();
}

QList<ReturnReason> ApprovalService::reasons()
{
    return {ReturnReason::DataTidakSesuai, ReturnReason::DokumenTidakLengkap, ReturnReason::DokumenBuram,
        ReturnReason::DokumenSalahUnggah};
}

QString ApprovalService::reasonText(ReturnReason reason)
{
    switch (reason) {
    case ReturnReason::DataTidakSesuai:
        return tr("BTS – Data tidak sesuai");
    case ReturnReason::DokumenTidakLengkap:
        return tr("BTS – Dokumen tidak lengkap");
    case ReturnReason::DokumenBuram:
        return tr("BTS – Dokumen buram atau tidak terbaca");
    case ReturnReason::DokumenSalahUnggah:
        return tr("BTS – Dokumen salah unggah");
    }
    return {};
}

QString ApprovalService::typeTitle(const QString& typeCode)
{
    const RecordType* type = RecordTypes::byCode(typeCode);
    return type ? type->title : typeCode;
}

QString ApprovalService::subjectText(const ApprovalRow& row)
{
    return tr("%1 (NIP %2) — %3: %4")
        .arg(row.nama, Nip::groupedOrAsIs(row.nip), typeTitle(row.typeCode), row.title);
}

Result<QPair<QString, QVariantList>> ApprovalService::pageSql(
    const Session& session, const ApprovalQuery& query) const
{
    if (!mayVerify(session))
        return AccessPolicy::require(session, Permission::VerifyTimKerja).error();
    const Where where = whereFor(session, query);
    if (where.empty)
        return Error::forbidden(tr("Anda tidak berhak memverifikasi jenis riwayat ini."));
    const int limit = std::clamp(query.limit, 1, 500);
    QVariantList binds = where.binds;
    binds << limit << std::max(0, query.offset);
    return qMakePair(pageStatement(where, query), binds);
}

Result<ApprovalPage> ApprovalService::list(const Session& session, const ApprovalQuery& query) const
{
    if (!mayVerify(session))
        return AccessPolicy::require(session, Permission::VerifyTimKerja).error();
    ApprovalPage page;
    const Where where = whereFor(session, query);
    if (where.empty)
        return page;
    const int limit = std::clamp(query.limit, 1, 500);
    const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
        SqlQuery count(c,
            QStringLiteral("SELECT COUNT(*) FROM records r JOIN employees e ON e.id = r.employee_id")
                + where.sql);
        bindAllOf(count, where.binds);
        if (!count.exec() || !count.next())
            return count.error();
        page.total = count.value(0).toInt();
        page.offset = std::max(0, query.offset);
        if (page.offset >= page.total)
            page.offset = page.total == 0 ? 0 : (page.total - 1) / limit * limit;
        // A search that matches many waiting submissions: its page is found by walking the queue in
        // order (see whereFor); a rare one is found from its employees.
        const bool dense = !query.search.trimmed().isEmpty() && page.total > DenseSearchRows
            && m_db->dialect() == DatabaseUrl::Dialect::PostgreSql;
        const Where pageWhere = dense ? whereFor(session, query, true) : where;
        SqlQuery rows(c, pageStatement(pageWhere, query));
        bindAllOf(rows, pageWhere.binds);
        rows.bind(limit).bind(page.offset);
        if (!rows.exec())
            return rows.error();
        while (rows.next())
            page.rows.append(rowFrom(rows));
        return {};
    });
    if (!status)
        return status.error();
    return page;
}

Result<ApprovalDetail> ApprovalService::detail(const Session& session, qint64 recordId) const
{
    ApprovalDetail detail;
    QDate tanggalLahir;
    int jenisKelamin = 0;
    QDate tmt;
    qint64 indukUnitId = 0;
    const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c,
            QStringLiteral("SELECT ") + QLatin1String(RowColumns)
                + QStringLiteral(", e.tanggal_lahir, e.jenis_kelamin, e.tmt, e.jabatan, e.jenis_pegawai, "
                                 "COALESCE(u.parent_id, u.id)")
                + QLatin1String(RowJoins) + QStringLiteral(" WHERE r.id = ?"));
        q.bind(recordId);
        if (!q.exec())
            return q.error();
        if (!q.next())
            return Error::notFound(tr("Usulan tidak ditemukan; mungkin sudah dihapus."));
        detail.row = rowFrom(q);
        tanggalLahir = sqlDate(q.value(29));
        jenisKelamin = q.value(30).toInt();
        tmt = sqlDate(q.value(31));
        detail.facts.jabatan = q.value(32).toString();
        detail.facts.pppk = q.value(33).toString() == QLatin1String("PPPK");
        indukUnitId = q.value(34).toLongLong();
        return {};
    });
    if (!status)
        return status.error();
    if (auto allowed = AccessPolicy::require(session, permissionFor(detail.row.typeCode)); !allowed)
        return allowed.error();
    if (auto allowed = AccessPolicy::requireEmployee(session, {detail.row.employeeId, indukUnitId}); !allowed)
        return allowed.error();

    // What a resubmission changed against the submission that was returned (the stored versions).
    if (const RecordType* type = RecordTypes::byCode(detail.row.typeCode);
        type && detail.row.submissions > 1) {
        const Status read = m_db->read([&](QSqlDatabase& c) -> Status {
            auto resubmission = RecordHistory::lastResubmission(c, *type, recordId);
            if (!resubmission)
                return resubmission.error();
            detail.resubmission = resubmission.value();
            return {};
        });
        if (!read)
            return read.error();
    }

    // The facts the NIP itself states, and where the stored data disagrees with them.
    if (auto nip = Nip::parse(detail.row.nip, now().toLocalTime().date()); nip) {
        detail.facts.birthDate = nip->birthDate();
        detail.facts.sexText = nip->sex() == Nip::Sex::Male ? tr("Laki-laki") : tr("Perempuan");
        detail.facts.tmt = nip->tmt();
        if (tanggalLahir.isValid() && tanggalLahir != nip->birthDate())
            detail.facts.mismatches << tr("Tanggal lahir di data pegawai (%1) berbeda dengan NIP.")
                                           .arg(indonesianDate(tanggalLahir));
        if (jenisKelamin != 0 && jenisKelamin != int(nip->sex()))
            detail.facts.mismatches << tr("Jenis kelamin di data pegawai berbeda dengan NIP.");
        if (tmt.isValid() && tmt.year() != nip->tmt().year())
            detail.facts.mismatches
                << tr("TMT di data pegawai (%1) berbeda dengan NIP.").arg(indonesianDate(tmt));
    }

    if (detail.row.typeCode != TimKerja::typeCode()) {
        auto issues = RecordService(m_db, m_clock).checkStored(session, recordId);
        if (!issues)
            return issues.error();
        detail.warnings = issues.value();
    } else if (detail.row.linkStatus != LinkStatus::NotChecked
        && linkStatusNeedsWarning(detail.row.linkStatus)) {
        detail.warnings.append(RuleIssue {TimKerja::Key::urlBuktiDukung(), Severity::Warning,
            tr("Pemeriksaan terakhir: %1").arg(linkStatusVerdict(detail.row.linkStatus))});
    }
    if (detail.row.documentId > 0 && detail.row.sharpness >= 0) {
        auto settings = SharedSettings(m_db).load();
        if (!settings)
            return settings.error();
        const double threshold = settings->pdfLimits().sharpnessThreshold;
        if (detail.row.sharpness < threshold)
            detail.warnings.append(RuleIssue {QString(), Severity::Warning,
                tr("Dokumen mungkin buram: ketajaman %1, di bawah batas %2.")
                    .arg(QString::number(detail.row.sharpness, 'f', 1), QString::number(threshold, 'f', 1))});
    }
    return detail;
}

Result<DecisionOutcome> ApprovalService::decide(const Session& session, const DecisionRequest& request)
{
    if (!mayVerify(session))
        return AccessPolicy::require(session, Permission::VerifyTimKerja).error();
    if (request.items.isEmpty())
        return Error::invalid(tr("Pilih paling sedikit satu usulan."));
    const QString freeText = request.note.simplified();
    if (freeText.size() > maxNoteLength)
        return Error::invalid(tr("Catatan paling panjang %1 karakter.").arg(maxNoteLength));
    QString note;
    SubmissionStatus target = SubmissionStatus::Disetujui;
    QString action = QStringLiteral("setujui");
    switch (request.decision) {
    case Decision::Setujui:
        note = freeText;
        break;
    case Decision::Kembalikan:
        target = SubmissionStatus::PerluPerbaikan;
        action = QStringLiteral("kembalikan");
        note = reasonText(request.reason);
        if (note.isEmpty())
            return Error::invalid(tr("Pilih alasan pengembalian."));
        if (!freeText.isEmpty())
            note += QStringLiteral(": ") + freeText;
        break;
    case Decision::Tolak:
        target = SubmissionStatus::Ditolak;
        action = QStringLiteral("tolak");
        if (freeText.isEmpty())
            return Error::invalid(tr("Alasan penolakan wajib diisi."));
        note = freeText;
        break;
    }

    // Each submission once, in the order given (a second mention of the same id adds nothing).
    QList<DecisionItem> items;
    {
        QSet<qint64> seen;
        for (const DecisionItem& item : request.items) {
            if (!seen.contains(item.id)) {
                seen.insert(item.id);
                items.append(item);
            }
        }
    }
    DecisionOutcome outcome;
    const QDateTime timestamp = now();
    // Set-based: a constant number of statements whatever the number of items (on a LAN every statement
    // is a round trip): one read of every item, one UPDATE of those still waiting at the version seen,
    // one read of those the UPDATE did not take, one call for every audit entry, the scores once.
    const Status status = m_db->write([&](QSqlDatabase& c) -> Status {
        outcome = {};
        const bool postgres = c.driverName() == QLatin1String("QPSQL");
        struct Seen
        {
            qint64 employeeId = 0;
            qint64 indukUnitId = 0;
            QString typeCode;
            QString status;
            int version = 0;
            QVariant decidedAt;
            QString decidedBy; ///< name with titles, or the grouped NIP
        };
        // The rows of \a ids as this transaction sees them now (on PostgreSQL what other verifiers committed
        // meanwhile); rows outside a person's scope on the shared server are not visible, as if deleted.
        const auto readRows = [&](const QList<qint64>& ids) -> Result<QHash<qint64, Seen>> {
            QStringList idTexts;
            for (qint64 id : ids)
                idTexts << QString::number(id);
            SqlQuery read(c,
                QStringLiteral(
                    "SELECT r.id, r.employee_id, COALESCE(u.parent_id, u.id), r.record_type, "
                    "r.status, r.version, r.decided_at, dn.nama, dn.gelar_depan, dn.gelar_belakang, "
                    "r.decided_by_nip FROM records r JOIN employees e ON e.id = r.employee_id "
                    "JOIN org_units u ON u.id = e.unit_id LEFT JOIN employees dn ON "
                    "dn.nip = r.decided_by_nip WHERE r.id ")
                    + (postgres ? QStringLiteral("= ANY (CAST(? AS bigint[]))")
                                : QStringLiteral("IN (SELECT value FROM json_each(?))")));
            read.bind(postgres
                    ? QString(QLatin1Char('{') + idTexts.join(QLatin1Char(',')) + QLatin1Char('}'))
                    : QString(QLatin1Char('[') + idTexts.join(QLatin1Char(',')) + QLatin1Char(']')));
            if (!read.exec())
                return read.error();
            QHash<qint64, Seen> rows;
            while (read.next()) {
                Seen row {read.value(1).toLongLong(), read.value(2).toLongLong(), read.value(3).toString(),
                    read.value(4).toString(), read.value(5).toInt(), read.value(6),
                    nameWithTitles(read.value(7), read.value(8), read.value(9))};
                if (row.decidedBy.isEmpty())
                    row.decidedBy = Nip::groupedOrAsIs(read.value(10).toString());
                rows.insert(read.value(0).toLongLong(), row);
            }
            return rows;
        };
        const QString missing = postgres ? tr("Usulan ini tidak ditemukan: sudah dihapus oleh pemiliknya, "
                                              "atau berada di luar wewenang Anda.")
                                         : tr("Usulan ini sudah dihapus oleh pemiliknya.");
        const auto conflictOf = [&](const Seen& row) -> QString {
            if (const auto now = statusFromCode(row.status);
                now != SubmissionStatus::Diajukan && row.decidedAt.isValid() && !row.decidedAt.isNull())
                return tr("Usulan ini sudah diproses oleh %1 pada %2 (%3).")
                    .arg(row.decidedBy, momentText(sqlDateTime(row.decidedAt)),
                        statusDisplayName(now.value_or(SubmissionStatus::Diajukan), wordingOf(row.typeCode)));
            return tr("Usulan ini sudah diubah oleh pemiliknya; periksa ulang sebelum memutuskan.");
        };

        QList<qint64> ids;
        for (const DecisionItem& item : std::as_const(items))
            ids << item.id;
        auto seen = readRows(ids);
        if (!seen)
            return seen.error();
        // Scope first: any item the session may not decide refuses the whole request.
        QList<DecisionItem> waiting; // still waiting at the version the verifier saw
        QHash<qint64, QString> conflicts; // id -> message
        for (const DecisionItem& item : std::as_const(items)) {
            const auto found = seen->constFind(item.id);
            if (found == seen->cend()) {
                // On a person's own login to the shared server a row outside their scope is not visible
                // either: it is left alone like a deleted one, and the message says both.
                conflicts.insert(item.id, missing);
                continue;
            }
            if (auto allowed = AccessPolicy::require(session, permissionFor(found->typeCode)); !allowed)
                return allowed;
            if (auto allowed
                = AccessPolicy::requireEmployee(session, {found->employeeId, found->indukUnitId});
                !allowed)
                return allowed;
            if (!AccessPolicy::mayDecideFor(session, found->employeeId))
                return Error::forbidden(tr("Anda tidak dapat memverifikasi usulan Anda sendiri."));
            if (found->status != statusCode(SubmissionStatus::Diajukan) || found->version != item.version)
                conflicts.insert(item.id, conflictOf(found.value()));
            else
                waiting.append(item);
        }

        QSet<qint64> updated;
        if (!waiting.isEmpty()) {
            // The rows are locked in id order (PostgreSQL: two verifiers deciding overlapping sets wait for
            // each other instead of deadlocking); a row changed meanwhile fails the version or status test
            // and does not come back.
            QJsonArray values;
            for (const DecisionItem& item : std::as_const(waiting))
                values.append(QJsonObject {{QStringLiteral("id"), QJsonValue(qint64(item.id))},
                    {QStringLiteral("version"), item.version}});
            const QString json = QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
            SqlQuery update(c,
                postgres ? QStringLiteral(
                    "UPDATE records r SET status = ?, note = ?, decided_by_nip = ?, decided_at = ?, "
                    "version = r.version + 1, updated_at = ? FROM (SELECT x.id FROM records x JOIN "
                    "jsonb_to_recordset(CAST(? AS jsonb)) AS v(id bigint, version integer) ON x.id = v.id "
                    "AND x.version = v.version WHERE x.status = 'diajukan' ORDER BY x.id FOR NO KEY "
                    "UPDATE OF x) AS l WHERE r.id = l.id AND r.status = 'diajukan' RETURNING r.id")
                         : QStringLiteral(
                             "UPDATE records SET status = ?, note = ?, decided_by_nip = ?, decided_at = ?, "
                             "version = records.version + 1, updated_at = ? FROM (SELECT json_extract(value, "
                             "'$.id') AS seen_id, json_extract(value, '$.version') AS seen_version FROM "
                             "json_each(?)) AS v WHERE records.id = v.seen_id AND records.version = "
                             "v.seen_version "
                             "AND records.status = 'diajukan' RETURNING records.id"));
            update.bindAll(statusCode(target), note, session.nip, timestamp, timestamp, json);
            if (!update.exec())
                return update.error();
            while (update.next())
                updated.insert(update.value(0).toLongLong());
        }
        // Those the UPDATE did not take were changed by someone else since the first read: read again, so
        // that the message names who decided them.
        QList<qint64> lost;
        for (const DecisionItem& item : std::as_const(waiting)) {
            if (!updated.contains(item.id))
                lost << item.id;
        }
        if (!lost.isEmpty()) {
            auto again = readRows(lost);
            if (!again)
                return again.error();
            for (qint64 id : std::as_const(lost)) {
                const auto found = again->constFind(id);
                conflicts.insert(id, found == again->cend() ? missing : conflictOf(found.value()));
            }
        }

        QList<Organisation::AuditEntry> entries;
        QList<qint64> rescore; // employees whose Skor Arsip Digital the decisions change
        for (const DecisionItem& item : std::as_const(items)) {
            if (updated.contains(item.id)) {
                const Seen& row = seen->value(item.id);
                entries.append(
                    {action, row.typeCode, QString::number(item.id), row.status, statusCode(target), note});
                // A verified document changes the Skor Arsip Digital (approved Penghargaan count as
                // Kondisional).
                if (DmsService::countsForScore(row.typeCode))
                    rescore.append(row.employeeId);
                outcome.decided.append(item.id);
            } else {
                outcome.conflicts.append({item.id, conflicts.value(item.id)});
            }
        }
        if (auto audited = Organisation::auditMany(c, session.nip, entries); !audited)
            return audited;
        // Once, after every decision: the employees in id order (see DmsService::recalculate).
        return DmsService::recalculate(c, rescore, timestamp);
    });
    if (!status)
        return status.error();
    return outcome;
}

Result<int> ApprovalService::exportCsv(const Session& session, ApprovalQuery query, QIODevice& out) const
{
    const QStringList header
        = {tr("Jenis"), tr("Tanggal SK"), tr("NIP"), tr("Nama"), tr("Unit Kerja"), tr("Judul"), tr("Nomor"),
            tr("Keterangan SK"), tr("Ruang Lingkup"), tr("Kedudukan"), tr("URL Bukti Dukung"), tr("Status"),
            tr("Diajukan"), tr("Diputuskan oleh"), tr("Diputuskan"), tr("Catatan")};
    if (out.write("\xEF\xBB\xBF") < 0 || out.write(Csv::formatRow(header)) < 0)
        return Error::database(tr("Berkas CSV tidak dapat ditulis: %1").arg(out.errorString()));
    int written = 0;
    query.offset = 0;
    query.limit = 500;
    for (;;) {
        auto page = list(session, query);
        if (!page)
            return page.error();
        for (const ApprovalRow& row : page->rows) {
            const QStringList fields = {typeTitle(row.typeCode),
                // The 18-digit NIP as text: a spreadsheet would round a plain number (Csv::digitsAsText).
                row.startDate.toString(QStringLiteral("dd-MM-yyyy")), Csv::digitsAsText(row.nip), row.nama,
                row.unitName, row.title, row.number,
                row.values.value(TimKerja::Key::keteranganSk()).toString(),
                row.values.value(TimKerja::Key::ruangLingkup()).toString(),
                row.values.value(TimKerja::Key::kedudukan()).toString(), row.linkUrl, row.statusText(),
                momentText(row.submittedAt), row.decidedByName, momentText(row.decidedAt), row.note};
            if (out.write(Csv::formatRow(fields)) < 0)
                return Error::database(tr("Berkas CSV tidak dapat ditulis: %1").arg(out.errorString()));
            ++written;
        }
        if (page->rows.size() < query.limit || page->offset + page->rows.size() >= page->total)
            break;
        query.offset = page->offset + int(page->rows.size());
    }
    return written;
}

int ApprovalService::waitingDays(const QDateTime& since, const QDateTime& now)
{
    if (!since.isValid() || !now.isValid())
        return 0;
    return int(std::max<qint64>(0, since.secsTo(now)) / 86400);
}

bool ApprovalService::isOverdue(const QDateTime& since, const QDateTime& now)
{
    return since.isValid() && now.isValid() && since.secsTo(now) > qint64(overdueDays) * 86400;
}

Result<WaitingSummary> ApprovalService::waitingSummary(const Session& session) const
{
    if (!mayVerify(session))
        return AccessPolicy::require(session, Permission::VerifyTimKerja).error();
    WaitingSummary summary;
    ApprovalQuery query;
    query.status = ApprovalStatusFilter::Usulan;
    const Where where = whereFor(session, query);
    if (where.empty)
        return summary;
    const QDateTime timestamp = now();
    const QDateTime cutoff = timestamp.addSecs(-qint64(overdueDays) * 86400);
    const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c,
            QStringLiteral(
                "SELECT COUNT(*), COALESCE(SUM(CASE WHEN r.submitted_at < ? THEN 1 ELSE 0 END), 0), "
                "MIN(r.submitted_at) FROM records r JOIN employees e ON e.id = r.employee_id")
                + where.sql);
        q.bind(cutoff);
        bindAllOf(q, where.binds);
        if (!q.exec() || !q.next())
            return q.error();
        summary.waiting = q.value(0).toInt();
        summary.overdue = q.value(1).toInt();
        summary.oldestSubmittedAt = sqlDateTime(q.value(2));
        return {};
    });
    if (!status)
        return status.error();
    summary.oldestDays = waitingDays(summary.oldestSubmittedAt, timestamp);
    return summary;
}

Result<QList<HistoryEntry>> ApprovalService::history(const Session& session, qint64 recordId) const
{
    QList<HistoryEntry> entries;
    const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
        // Whose submission it is, where they work, and its type.
        const auto record = queryRequired(
            c,
            QStringLiteral("SELECT r.employee_id, COALESCE(u.parent_id, u.id), r.record_type FROM records r "
                           "JOIN employees e ON e.id = r.employee_id JOIN org_units u ON u.id = e.unit_id "
                           "WHERE r.id = ?"),
            Error::notFound(tr("Usulan tidak ditemukan; mungkin sudah dihapus.")),
            [](const SqlQuery& q) {
                return std::make_pair(
                    EmployeeScope {q.value(0).toLongLong(), q.value(1).toLongLong()}, q.value(2).toString());
            },
            recordId);
        if (!record)
            return record.error();
        const EmployeeScope owner = record->first;
        const QString typeCode = record->second;
        if (owner.employeeId != session.employeeId) {
            if (auto allowed = AccessPolicy::require(session, permissionFor(typeCode)); !allowed)
                return allowed;
            if (auto allowed = AccessPolicy::requireEmployee(session, owner); !allowed)
                return allowed;
        }
        SqlQuery q(c,
            QStringLiteral("SELECT a.at, a.actor_nip, e.nama, e.gelar_depan, e.gelar_belakang, a.action, "
                           "a.to_state, a.note FROM audit_log a LEFT JOIN employees e ON e.nip = a.actor_nip "
                           "WHERE a.entity = ? AND a.entity_id = ? ORDER BY a.id"));
        q.bindAll(typeCode, QString::number(recordId));
        if (!q.exec())
            return q.error();
        const StatusWording wording = wordingOf(typeCode);
        while (q.next()) {
            HistoryEntry entry;
            entry.at = sqlDateTime(q.value(0));
            entry.actorNip = q.value(1).toString();
            entry.actorName = nameWithTitles(q.value(2), q.value(3), q.value(4));
            entry.action = q.value(5).toString();
            const auto to = statusFromCode(q.value(6).toString());
            if (entry.action == QLatin1String("hapus"))
                entry.actionText = tr("Dihapus");
            else if (entry.action == QLatin1String("simpan-draf"))
                entry.actionText = tr("Disimpan sebagai draf");
            else if (to == SubmissionStatus::PerluPerbaikan)
                entry.actionText = wording == StatusWording::TimKerja ? statusDisplayName(*to, wording)
                                                                      : tr("Dikembalikan untuk perbaikan");
            else if (to)
                entry.actionText = statusDisplayName(*to, wording);
            else
                entry.actionText = entry.action;
            entry.note = q.value(7).toString();
            entries.append(entry);
        }
        return {};
    });
    if (!status)
        return status.error();
    return entries;
}

Result<VisitChanges> ApprovalService::takeChangesSinceLastVisit(const Session& session)
{
    if (auto allowed = AccessPolicy::require(session, Permission::ViewOwnData); !allowed)
        return allowed.error();
    VisitChanges changes;
    const QDateTime timestamp = now();
    const Status status = m_db->write([&](QSqlDatabase& c) -> Status {
        changes = {};
        const auto last = queryRequired(
            c, QStringLiteral("SELECT last_visit_at FROM accounts WHERE id = ?"),
            Error::notFound(tr("Akun tidak ditemukan.")),
            [](const SqlQuery& q) { return sqlDateTime(q.value(0)); }, session.accountId);
        if (!last)
            return last.error();
        const QDateTime previous = last.value();
        if (previous.isValid()) {
            SqlQuery q(c,
                QStringLiteral(
                    "SELECT status, COUNT(*) FROM records WHERE employee_id = ? AND decided_at > ? "
                    "AND decided_by_nip <> ? GROUP BY status"));
            q.bindAll(session.employeeId, previous, session.nip);
            if (!q.exec())
                return q.error();
            while (q.next()) {
                const auto s = statusFromCode(q.value(0).toString());
                if (s == SubmissionStatus::Disetujui)
                    changes.approved += q.value(1).toInt();
                else if (s == SubmissionStatus::PerluPerbaikan)
                    changes.returned += q.value(1).toInt();
                else if (s == SubmissionStatus::Ditolak)
                    changes.rejected += q.value(1).toInt();
            }
        }
        // PostgreSQL: the server's clock, which also stamps every decision made on a person's login
        // (schema 8), so that a workstation whose clock runs wrong neither repeats nor misses a change.
        const bool server = c.driverName() == QLatin1String("QPSQL");
        SqlQuery mark(c,
            server ? QStringLiteral("UPDATE accounts SET last_visit_at = CURRENT_TIMESTAMP WHERE id = ?")
                   : QStringLiteral("UPDATE accounts SET last_visit_at = ? WHERE id = ?"));
        if (!server)
            mark.bind(timestamp);
        mark.bind(session.accountId);
        if (!mark.exec())
            return mark.error();
        return {};
    });
    if (!status)
        return status.error();
    return changes;
}

} // namespace karier
