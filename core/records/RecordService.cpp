// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/RecordService.h"

#include "auth/AccessPolicy.h"
#include "dms/DmsService.h"
#include "org/Organisation.h"
#include "records/RecordHistory.h"
#include "records/RecordStorage.h"
#include "settings/SharedSettings.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace karier {

namespace {

const char* const SummaryColumns
    = "r.id, r.employee_id, r.record_type, r.status, r.title, r.number, r.start_date, r.end_date, r.hours, "
      "r.note,"
      " r.decided_by_nip, r.decided_at, r.submitted_at, r.updated_at, r.version, COALESCE(d.id, 0), d.sha256,"
      " d.size_bytes, d.pages, d.original_name, d.sharpness, r.fields";

RecordSummary summaryFrom(const SqlQuery& q)
{
    RecordSummary s;
    s.id = q.value(0).toLongLong();
    s.employeeId = q.value(1).toLongLong();
    s.typeCode = q.value(2).toString();
    s.status = statusFromCode(q.value(3).toString()).value_or(SubmissionStatus::Draf);
    s.title = q.value(4).toString();
    s.number = q.value(5).toString();
    s.startDate = sqlDate(q.value(6));
    s.endDate = sqlDate(q.value(7));
    s.hours = q.value(8).toInt();
    s.note = q.value(9).toString();
    s.decidedByNip = q.value(10).toString();
    s.decidedAt = sqlDateTime(q.value(11));
    s.submittedAt = sqlDateTime(q.value(12));
    s.updatedAt = sqlDateTime(q.value(13));
    s.version = q.value(14).toInt();
    s.document.id = q.value(15).toLongLong();
    if (s.document.id > 0) {
        s.document.sha256 = q.value(16).toString();
        s.document.sizeBytes = q.value(17).toLongLong();
        s.document.pages = q.value(18).toInt();
        s.document.originalName = q.value(19).toString();
        s.document.sharpness = q.value(20).isNull() ? -1 : q.value(20).toDouble();
    }
    if (const RecordType* type = RecordTypes::byCode(s.typeCode))
        s.values = type->fromJson(q.value(21).toString());
    return s;
}

/// Who owns a record and where they work, for AccessPolicy.
Result<EmployeeScope> scopeOfRecord(QSqlDatabase& c, qint64 recordId)
{
    return queryRequired(
        c,
        QStringLiteral("SELECT e.id, COALESCE(u.parent_id, u.id) FROM records r JOIN employees e ON "
                       "e.id = r.employee_id JOIN org_units u ON u.id = e.unit_id WHERE r.id = ?"),
        Error::notFound(QCoreApplication::translate("karier::RecordService", "Riwayat tidak ditemukan.")),
        [](const SqlQuery& q) {
            return EmployeeScope {q.value(0).toLongLong(), q.value(1).toLongLong()};
        },
        recordId);
}

} // namespace

RecordService::RecordService(std::shared_ptr<Database> db, Clock clock)
    : m_db(std::move(db)), m_clock(std::move(clock))
{ }

QDateTime RecordService::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QString RecordService::sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

DocumentUpload DocumentUpload::madeByProgram(
    QByteArray bytes, QString name, int pageCount, double measuredSharpness)
{
    QString sha256 = RecordService::sha256Hex(bytes);
    return {std::move(bytes), std::move(name), pageCount, measuredSharpness, std::move(sha256)};
}

Result<RuleContext> RecordService::ruleContext(
    const Session& session, const RecordType& type, const QVariantMap& values, qint64 excludeRecordId) const
{
    return ruleContextFor(session.employeeId, type, values, excludeRecordId);
}

Result<QList<RuleIssue>> RecordService::checkStored(const Session& session, qint64 recordId) const
{
    auto detail = get(session, recordId);
    if (!detail)
        return detail.error();
    const RecordType* type = RecordTypes::byCode(detail->summary.typeCode);
    if (!type)
        return QList<RuleIssue> {};
    auto context = ruleContextFor(detail->summary.employeeId, *type, detail->values, recordId);
    if (!context)
        return context.error();
    return type->validate(detail->values, context.value());
}

Result<RuleContext> RecordService::ruleContextFor(
    qint64 employeeId, const RecordType& type, const QVariantMap& values, qint64 excludeRecordId) const
{
    RuleContext context;
    context.today = now().toLocalTime().date();
    auto settings = SharedSettings(m_db).load();
    if (!settings)
        return settings.error();
    context.maxJpPerDay = settings->maxJpPerDay;

    const QString number
        = type.numberField.isEmpty() ? QString() : values.value(type.numberField).toString().trimmed();
    const QDate start = RecordStorage::dateValue(values, type.startField);
    QDate end = type.endField.isEmpty() ? start : RecordStorage::dateValue(values, type.endField);
    const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
        const auto tmt = queryOne(
            c, QStringLiteral("SELECT tmt FROM employees WHERE id = ?"),
            [](const SqlQuery& q) { return sqlDate(q.value(0)); }, employeeId);
        if (!tmt)
            return tmt.error();
        if (tmt.value())
            context.tmt = *tmt.value();
        if (!number.isEmpty()) {
            SqlQuery q(c,
                QStringLiteral("SELECT record_type, title FROM records WHERE employee_id = ? AND number = ? "
                               "AND id <> ? AND status <> 'ditolak' ORDER BY id"));
            q.bindAll(employeeId, number, excludeRecordId);
            if (!q.exec())
                return q.error();
            while (q.next()) {
                const RecordType* other = RecordTypes::byCode(q.value(0).toString());
                context.duplicateNumberTitles
                    << QStringLiteral("%1 \"%2\"")
                           .arg(other ? other->title : q.value(0).toString(), q.value(1).toString());
            }
        }
        if (!type.hoursField.isEmpty() && start.isValid() && end.isValid() && end >= start
            && start.daysTo(end) < 366) {
            SqlQuery q(c,
                QStringLiteral(
                    "SELECT start_date, end_date, hours FROM records WHERE employee_id = ? AND id <> ? "
                    "AND hours IS NOT NULL AND status IN ('diajukan', 'disetujui', 'perlu_perbaikan') "
                    "AND start_date <= ? AND end_date >= ?"));
            q.bindAll(employeeId, excludeRecordId, end, start);
            if (!q.exec())
                return q.error();
            while (q.next()) {
                const QDate otherStart = sqlDate(q.value(0));
                const QDate otherEnd = sqlDate(q.value(1));
                if (!otherStart.isValid() || !otherEnd.isValid() || otherEnd < otherStart)
                    continue;
                const double perDay = q.value(2).toDouble() / double(otherStart.daysTo(otherEnd) + 1);
                for (QDate day = std::max(start, otherStart); day <= std::min(end, otherEnd);
                     day = day.addDays(1))
                    context.otherJpPerDay[day] += perDay;
            }
        }
        return {};
    });
    if (!status)
        return status.error();
    return context;
}

Result<QList<RuleIssue>> RecordService::check(
    const Session& session, const RecordType& type, const QVariantMap& values, qint64 excludeRecordId) const
{
    auto context = ruleContext(session, type, values, excludeRecordId);
    if (!context)
        return context.error();
    return type.validate(values, context.value());
}

Result<qint64> RecordService::saveDraft(const Session& session, const SaveRequest& request)
{
    if (request.type && !request.type->allowsDraft)
        return Error::invalid(
            tr("%1 tidak dapat disimpan sebagai draf; kirim langsung.").arg(request.type->title));
    return store(session, request, SubmissionStatus::Draf);
}

Result<qint64> RecordService::submit(const Session& session, const SaveRequest& request)
{
    return store(session, request, SubmissionStatus::Diajukan);
}

Result<qint64> RecordService::store(
    const Session& session, const SaveRequest& request, SubmissionStatus target)
{
    if (!request.type)
        return Error::invalid(tr("Jenis riwayat tidak dikenal."));
    if (auto allowed = AccessPolicy::require(session, Permission::EditOwnRecords); !allowed)
        return allowed.error();
    const RecordType& type = *request.type;

    if (target == SubmissionStatus::Diajukan) {
        auto issues = check(session, type, request.values, request.recordId);
        if (!issues)
            return issues.error();
        if (RecordType::hasErrors(issues.value()))
            return Error::invalid(RecordType::errorText(issues.value()));
    } else {
        // A draft may be incomplete, but never oversized.
        for (const FieldSpec& f : type.fields) {
            if (request.values.value(f.key).toString().size() > f.maxLength)
                return Error::invalid(tr("%1 paling panjang %2 karakter.").arg(f.label).arg(f.maxLength));
        }
    }

    const std::optional<DocumentUpload>& upload = request.document;
    if (upload) {
        auto settings = SharedSettings(m_db).load();
        if (!settings)
            return settings.error();
        if (auto valid = RecordStorage::validateUpload(settings.value(), *upload); !valid)
            return valid.error();
    }

    const QDateTime timestamp = now();
    const RecordStorage::Columns columns = RecordStorage::columnsOf(type, request.values);

    qint64 id = request.recordId;
    const Status status = m_db->write([&](QSqlDatabase& c) -> Status {
        SubmissionStatus from = SubmissionStatus::Draf;
        qint64 oldDocument = 0;
        RecordHistory::Content before; // the stored content before this change (none for a new record)
        if (id > 0) {
            SqlQuery q(c,
                QStringLiteral("SELECT employee_id, status, version, COALESCE(document_id, 0), record_type "
                               "FROM records WHERE id = ?"));
            q.bind(id);
            if (!q.exec())
                return q.error();
            if (!q.next())
                return Error::notFound(tr("Riwayat tidak ditemukan; mungkin sudah dihapus."));
            if (q.value(0).toLongLong() != session.employeeId)
                return Error::forbidden(tr("Anda hanya dapat mengubah riwayat Anda sendiri."));
            if (q.value(4).toString() != type.code)
                return Error::invalid(tr("Jenis riwayat tidak dapat diubah."));
            from = statusFromCode(q.value(1).toString()).value_or(SubmissionStatus::Draf);
            if (!ownerMayEdit(from))
                return Error::conflict(
                    tr("Riwayat ini berstatus %1 dan tidak dapat diubah lagi.").arg(statusDisplayName(from)));
            if (q.value(2).toInt() != request.version)
                return Error::conflict(tr("Riwayat ini sudah diubah di tempat lain. Muat ulang lalu "
                                          "ulangi perubahan Anda."));
            oldDocument = q.value(3).toLongLong();
            auto stored = RecordHistory::contentOf(c, id);
            if (!stored)
                return stored.error();
            before = stored.value();
        }

        qint64 documentId = oldDocument;
        if (upload) {
            auto stored = RecordStorage::storeDocument(c, *upload, session.nip, timestamp);
            if (!stored)
                return stored.error();
            documentId = stored.value();
        }
        if (target == SubmissionStatus::Diajukan && documentId == 0)
            return Error::invalid(tr("%1 wajib diunggah (PDF).").arg(type.documentLabel));

        const QVariant documentValue = documentId > 0 ? QVariant(documentId) : QVariant();
        const QVariant submitted = target == SubmissionStatus::Diajukan ? QVariant(timestamp) : QVariant();
        if (id == 0) {
            SqlQuery insert(c,
                QStringLiteral("INSERT INTO records (employee_id, record_type, status, fields, title, "
                               "number, start_date, end_date, hours, document_id, submitted_at, "
                               "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                               "RETURNING id"));
            insert.bindAll(session.employeeId, type.code, statusCode(target), columns.fieldsJson,
                columns.title, columns.number, columns.startDate, columns.endDate, columns.hours,
                documentValue, submitted, timestamp, timestamp);
            if (!insert.exec() || !insert.next())
                return insert.error();
            id = insert.value(0).toLongLong();
        } else {
            SqlQuery update(c,
                QStringLiteral("UPDATE records SET status = ?, fields = ?, title = ?, number = ?, "
                               "start_date = ?, end_date = ?, hours = ?, document_id = ?, "
                               "submitted_at = COALESCE(?, submitted_at), version = version + 1, "
                               "updated_at = ? WHERE id = ? AND version = ?"));
            update.bindAll(statusCode(target), columns.fieldsJson, columns.title, columns.number,
                columns.startDate, columns.endDate, columns.hours, documentValue, submitted, timestamp, id,
                request.version);
            if (!update.exec())
                return update.error();
            if (update.rowsAffected() != 1)
                return Error::conflict(tr("Riwayat ini sudah diubah di tempat lain. Muat ulang lalu "
                                          "ulangi perubahan Anda."));
            if (oldDocument > 0 && oldDocument != documentId) {
                // Drop a replaced document that nothing refers to any more.
                SqlQuery drop(c,
                    QStringLiteral("DELETE FROM documents WHERE id = ? AND NOT EXISTS "
                                   "(SELECT 1 FROM records WHERE document_id = ?)"));
                drop.bindAll(oldDocument, oldDocument);
                if (!drop.exec())
                    return drop.error();
            }
        }
        // A document for an Arsip DMS row is linked to that row in the same transaction.
        if (type.code == RecordTypes::dms().code && target == SubmissionStatus::Diajukan) {
            if (auto attached = DmsService::attachUpload(c, session.employeeId, request.values, id);
                !attached)
                return attached;
        }
        // The audit entry holds what changed, field by field; a submission is kept as a version, so the
        // verifier sees what a resubmission changed (RecordHistory).
        auto after = RecordHistory::contentOf(c, id);
        if (!after)
            return after.error();
        const RecordChanges changes
            = RecordHistory::diff(type, before.fieldsJson, after->fieldsJson, before.sha256, after->sha256);
        const QString action
            = target == SubmissionStatus::Diajukan ? QStringLiteral("ajukan") : QStringLiteral("simpan-draf");
        if (auto audited = RecordHistory::audit(c, session.nip, action, type.code, QString::number(id),
                request.recordId > 0 ? statusCode(from) : QString(), statusCode(target), QString(),
                changes.toJson());
            !audited)
            return audited;
        if (target == SubmissionStatus::Diajukan)
            return RecordHistory::appendVersion(c, id, session.nip, timestamp);
        return {};
    });
    if (!status)
        return status.error();
    return id;
}

Status RecordService::remove(const Session& session, qint64 recordId, int version)
{
    return m_db->write([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c,
            QStringLiteral("SELECT employee_id, status, version, COALESCE(document_id, 0), record_type FROM "
                           "records WHERE id = ?"));
        q.bind(recordId);
        if (!q.exec())
            return q.error();
        if (!q.next())
            return Error::notFound(tr("Riwayat tidak ditemukan; mungkin sudah dihapus."));
        if (q.value(0).toLongLong() != session.employeeId)
            return Error::forbidden(tr("Anda hanya dapat menghapus riwayat Anda sendiri."));
        const SubmissionStatus from = statusFromCode(q.value(1).toString()).value_or(SubmissionStatus::Draf);
        if (!ownerMayEdit(from))
            return Error::conflict(
                tr("Riwayat berstatus %1 tidak dapat dihapus.").arg(statusDisplayName(from)));
        if (q.value(2).toInt() != version)
            return Error::conflict(tr("Riwayat ini sudah diubah di tempat lain. Muat ulang dahulu."));
        const qint64 document = q.value(3).toLongLong();
        const QString typeCode = q.value(4).toString();
        SqlQuery del(c, QStringLiteral("DELETE FROM records WHERE id = ? AND version = ?"));
        del.bindAll(recordId, version);
        if (!del.exec())
            return del.error();
        if (del.rowsAffected() != 1)
            return Error::conflict(tr("Riwayat ini sudah diubah di tempat lain. Muat ulang dahulu."));
        if (document > 0) {
            SqlQuery drop(c,
                QStringLiteral("DELETE FROM documents WHERE id = ? AND NOT EXISTS "
                               "(SELECT 1 FROM records WHERE document_id = ?)"));
            drop.bindAll(document, document);
            if (!drop.exec())
                return drop.error();
        }
        return Organisation::audit(c, session.nip, QStringLiteral("hapus"), typeCode,
            QString::number(recordId), statusCode(from), {});
    });
}

Result<QList<RecordSummary>> RecordService::listOwn(
    const Session& session, const QStringList& typeCodes) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ViewOwnData); !allowed)
        return allowed.error();
    QList<RecordSummary> list;
    const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
        QString sql = QStringLiteral("SELECT ") + QLatin1String(SummaryColumns)
            + QStringLiteral(
                " FROM records r LEFT JOIN documents d ON d.id = r.document_id WHERE r.employee_id = ?");
        if (!typeCodes.isEmpty())
            sql += QStringLiteral(" AND r.record_type IN (") + placeholders(typeCodes.size())
                + QLatin1Char(')');
        sql += QStringLiteral(" ORDER BY r.start_date DESC, r.id DESC");
        SqlQuery q(c, sql);
        q.bind(session.employeeId);
        for (const QString& code : typeCodes)
            q.bind(code);
        if (!q.exec())
            return q.error();
        while (q.next())
            list.append(summaryFrom(q));
        return {};
    });
    if (!status)
        return status.error();
    return list;
}

Result<RecordDetail> RecordService::get(const Session& session, qint64 recordId) const
{
    RecordDetail detail;
    const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
        auto scope = scopeOfRecord(c, recordId);
        if (!scope)
            return scope.error();
        if (auto allowed = AccessPolicy::requireEmployee(session, scope.value()); !allowed)
            return allowed;
        SqlQuery q(c,
            QStringLiteral("SELECT ") + QLatin1String(SummaryColumns)
                + QStringLiteral(
                    " FROM records r LEFT JOIN documents d ON d.id = r.document_id WHERE r.id = ?"));
        q.bind(recordId);
        if (!q.exec())
            return q.error();
        if (!q.next())
            return Error::notFound(tr("Riwayat tidak ditemukan."));
        detail.summary = summaryFrom(q);
        if (!AccessPolicy::canReadRecord(session, scope.value(), detail.summary.typeCode))
            return Error::forbidden(
                tr("Pengelola Kepegawaian hanya melihat Tim Kerja pegawai yang dikelolanya."));
        const RecordType* type = RecordTypes::byCode(detail.summary.typeCode);
        if (type)
            detail.values = type->fromJson(q.value(21).toString());
        return {};
    });
    if (!status)
        return status.error();
    return detail;
}

Result<QByteArray> RecordService::documentContent(const Session& session, qint64 documentId) const
{
    return m_db->readValue([&](QSqlDatabase& c) -> Result<QByteArray> {
        SqlQuery owners(c,
            QStringLiteral(
                "SELECT DISTINCT e.id, COALESCE(u.parent_id, u.id), r.record_type FROM records r JOIN "
                "employees e ON e.id = r.employee_id JOIN org_units u ON u.id = e.unit_id "
                "WHERE r.document_id = ?"));
        owners.bind(documentId);
        if (!owners.exec())
            return owners.error();
        bool allowed = false;
        bool any = false;
        while (owners.next()) {
            any = true;
            allowed = allowed
                || AccessPolicy::canReadRecord(session,
                    {owners.value(0).toLongLong(), owners.value(1).toLongLong()}, owners.value(2).toString());
        }
        if (!any)
            return Error::notFound(tr("Dokumen tidak ditemukan."));
        if (!allowed)
            return Error::forbidden(tr("Anda tidak berhak membuka dokumen ini."));
        return queryRequired(
            c, QStringLiteral("SELECT content FROM document_blobs WHERE document_id = ?"),
            Error::notFound(tr("Isi dokumen tidak ditemukan.")),
            [](const SqlQuery& q) { return q.value(0).toByteArray(); }, documentId);
    });
}

Result<JpSummary> RecordService::jpForYear(const Session& session, int year) const
{
    return jpForYear(session, {session.employeeId, session.indukUnitId}, year);
}

namespace {

/// The JP of the employees selected by \a where (on r and e), per employee: approved (Disetujui) and pending
/// (Diajukan, Perlu Perbaikan) hours of the types that count (the registry's countsJp: Kursus) started in
/// \a year. The one counting of the JP card (jpForYear) and the Rekap JP (jpOfUnit).
Status readJp(QSqlDatabase& c, const QString& where, const QVariantList& binds, int year, int target,
    QHash<qint64, JpSummary>& out)
{
    const QStringList jpTypes = RecordTypes::codesWhere(&RecordType::countsJp);
    SqlQuery q(c,
        QStringLiteral(
            "SELECT r.employee_id, r.status, COALESCE(SUM(r.hours), 0) FROM records r JOIN employees "
            "e ON e.id = r.employee_id WHERE ")
            + where + QStringLiteral(" AND r.record_type IN (") + placeholders(jpTypes.size())
            + QStringLiteral(
                ") AND r.start_date >= ? AND r.start_date <= ? GROUP BY r.employee_id, r.status"));
    for (const QVariant& v : binds)
        q.bind(v);
    for (const QString& code : jpTypes)
        q.bind(code);
    q.bindAll(QDate(year, 1, 1), QDate(year, 12, 31));
    if (!q.exec())
        return q.error();
    while (q.next()) {
        const qint64 employee = q.value(0).toLongLong();
        auto it = out.find(employee);
        if (it == out.end())
            it = out.insert(employee, JpSummary {year, 0, 0, target});
        const auto s = statusFromCode(q.value(1).toString());
        if (s == SubmissionStatus::Disetujui)
            it->approved += q.value(2).toInt();
        else if (s == SubmissionStatus::Diajukan || s == SubmissionStatus::PerluPerbaikan)
            it->pending += q.value(2).toInt();
    }
    return {};
}

} // namespace

Result<int> RecordService::jpTarget() const
{
    auto settings = SharedSettings(m_db).load();
    if (!settings)
        return settings.error();
    return settings->jpTargetPerYear;
}

Result<JpSummary> RecordService::jpForYear(
    const Session& session, const EmployeeScope& target, int year) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ViewOwnData); !allowed)
        return allowed.error();
    for (const QString& code : RecordTypes::codesWhere(&RecordType::countsJp)) {
        if (!AccessPolicy::canReadRecord(session, target, code))
            return Error::forbidden(tr("Anda tidak berhak melihat JP pegawai ini."));
    }
    const auto jpTarget = this->jpTarget();
    if (!jpTarget)
        return jpTarget.error();
    QHash<qint64, JpSummary> found;
    const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
        return readJp(
            c, QStringLiteral("r.employee_id = ?"), {target.employeeId}, year, jpTarget.value(), found);
    });
    if (!status)
        return status.error();
    return found.value(target.employeeId, JpSummary {year, 0, 0, jpTarget.value()});
}

Result<QHash<qint64, JpSummary>> RecordService::jpOfUnit(
    const Session* actor, qint64 indukUnitId, int year) const
{
    if (actor) {
        if (auto allowed = AccessPolicy::require(*actor, Permission::ViewEmployees); !allowed)
            return allowed.error();
        // Another employee's Kursus: Admin BKPSDM (a Pengelola reads only Tim Kerja of their staff).
        for (const QString& code : RecordTypes::codesWhere(&RecordType::countsJp)) {
            if (!AccessPolicy::canReadRecord(*actor, {0, indukUnitId}, code)
                || (indukUnitId == 0 && actor->role != Role::Admin))
                return Error::forbidden(tr("Rekap JP hanya untuk Admin BKPSDM: Pengelola Kepegawaian tidak "
                                           "melihat Kursus pegawai."));
        }
    }
    const auto jpTarget = this->jpTarget();
    if (!jpTarget)
        return jpTarget.error();
    QHash<qint64, JpSummary> found;
    const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
        if (indukUnitId == 0)
            return readJp(c, QStringLiteral("1 = 1"), {}, year, jpTarget.value(), found);
        return readJp(c,
            QStringLiteral("e.unit_id IN (SELECT id FROM org_units WHERE id = ? OR parent_id = ?)"),
            {indukUnitId, indukUnitId}, year, jpTarget.value(), found);
    });
    if (!status)
        return status.error();
    return found;
}

} // namespace karier
