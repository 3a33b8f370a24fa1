// SPDX-License-Identifier: GPL-3.0-or-later
#include "timkerja/TimKerjaService.h"

#include "auth/AccessPolicy.h"
#include "common/Text.h"
#include "net/LinkUrl.h"
#include "org/Organisation.h"
#include "records/RecordHistory.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"
#include "timkerja/TimKerja.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace karier {

namespace {

using namespace TimKerja;

const char* const EntryColumns
    = "r.id, r.employee_id, r.status, r.kode_kegiatan, r.start_date, r.title, r.fields, r.link_url, "
      "r.link_status, r.link_checked_at, r.note, r.decided_by_nip, r.decided_at, r.submitted_at, "
      "r.updated_at, r.version";

TimKerjaEntry entryFrom(const SqlQuery& q)
{
    TimKerjaEntry e;
    e.id = q.value(0).toLongLong();
    e.employeeId = q.value(1).toLongLong();
    e.status = statusFromCode(q.value(2).toString()).value_or(SubmissionStatus::Diajukan);
    e.kodeKegiatan = q.value(3).toString();
    e.tanggalSk = sqlDate(q.value(4));
    e.namaTimKerja = q.value(5).toString();
    const QVariantMap values = RecordTypes::timKerja().fromJson(q.value(6).toString());
    e.keteranganSk = values.value(Key::keteranganSk()).toString();
    e.ruangLingkup = values.value(Key::ruangLingkup()).toString();
    e.kedudukan = values.value(Key::kedudukan()).toString();
    e.urlBuktiDukung = q.value(7).toString();
    e.linkStatus = linkStatusFromCode(q.value(8).toString()).value_or(LinkStatus::NotChecked);
    e.linkCheckedAt = sqlDateTime(q.value(9));
    e.note = q.value(10).toString();
    e.decidedByNip = q.value(11).toString();
    e.decidedAt = sqlDateTime(q.value(12));
    e.submittedAt = sqlDateTime(q.value(13));
    e.updatedAt = sqlDateTime(q.value(14));
    e.version = q.value(15).toInt();
    return e;
}

QDate dateOf(const QVariant& v)
{
    return v.typeId() == QMetaType::QDate ? v.toDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

/// A text value of records.fields as an SQL expression (keys are constants, never user input).
QString jsonText(DatabaseUrl::Dialect dialect, const QString& key)
{
    if (dialect == DatabaseUrl::Dialect::Sqlite)
        return QStringLiteral("COALESCE(json_extract(r.fields, '$.%1'), '')").arg(key);
    return QStringLiteral("COALESCE(CAST(r.fields AS jsonb) ->> '%1', '')").arg(key);
}

/// The Status column as shown (Tim Kerja wording), for sorting by what the user reads.
QString statusTextExpression()
{
    QString sql = QStringLiteral("CASE r.status");
    for (SubmissionStatus s : {SubmissionStatus::Draf, SubmissionStatus::Diajukan,
             SubmissionStatus::Disetujui, SubmissionStatus::PerluPerbaikan, SubmissionStatus::Ditolak})
        sql += QStringLiteral(" WHEN '%1' THEN '%2'")
                   .arg(statusCode(s),
                       statusDisplayName(s, StatusWording::TimKerja)
                           .replace(QLatin1Char('\''), QStringLiteral("''")));
    return sql + QStringLiteral(" ELSE r.status END");
}

QString likePattern(const QString& word)
{
    QString escaped;
    for (const QChar ch : word) {
        if (ch == QLatin1Char('\\') || ch == QLatin1Char('%') || ch == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += ch;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

/// "Jan", "januari" → 1 … 12 (three letters at least); 0 otherwise.
int monthOf(const QString& word)
{
    static const char* const months[] = {"januari", "februari", "maret", "april", "mei", "juni", "juli",
        "agustus", "september", "oktober", "november", "desember"};
    if (word.size() < 3 && word != QLatin1String("mei"))
        return 0;
    for (int i = 0; i < 12; ++i) {
        if (QLatin1String(months[i]).startsWith(word))
            return i + 1;
    }
    return 0;
}

/// A date as typed in the list ("15-01-2026", "15/1/2026", "15.01.2026"); invalid otherwise.
QDate typedDate(const QString& word)
{
    for (const char* format : {"d-M-yyyy", "d/M/yyyy", "d.M.yyyy", "yyyy-M-d"}) {
        const QDate date = QDate::fromString(word, QLatin1String(format));
        if (date.isValid())
            return date;
    }
    return {};
}

struct Where
{
    QString sql;
    QVariantList binds;
};

/// The WHERE clause of Daftar Tim Kerja: the owner, the type, and every search word in some column.
Where whereFor(DatabaseUrl::Dialect dialect, qint64 employeeId, const QString& search)
{
    Where where;
    where.sql = QStringLiteral(" WHERE r.employee_id = ? AND r.record_type = ?");
    where.binds << employeeId << typeCode();
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList words = search.toLower().split(spaces, Qt::SkipEmptyParts);
    words = words.mid(0, 8);
    const QStringList columns = {QStringLiteral("r.title"), QStringLiteral("r.note"),
        QStringLiteral("COALESCE(r.kode_kegiatan, '')"), QStringLiteral("CAST(r.start_date AS TEXT)"),
        jsonText(dialect, Key::keteranganSk()), jsonText(dialect, Key::ruangLingkup()),
        jsonText(dialect, Key::kedudukan())};
    for (const QString& word : words) {
        QStringList alternatives;
        for (const QString& column : columns) {
            alternatives << QStringLiteral("lower(%1) LIKE lower(CAST(? AS TEXT)) ESCAPE '\\'").arg(column);
            where.binds << likePattern(word);
        }
        // The status as the list words it.
        QStringList codes;
        for (SubmissionStatus s : {SubmissionStatus::Draf, SubmissionStatus::Diajukan,
                 SubmissionStatus::Disetujui, SubmissionStatus::PerluPerbaikan, SubmissionStatus::Ditolak}) {
            if (statusDisplayName(s, StatusWording::TimKerja).toLower().contains(word))
                codes << statusCode(s);
        }
        for (const QString& code : codes) {
            alternatives << QStringLiteral("r.status = ?");
            where.binds << code;
        }
        // Dates as shown ("15 Jan 2026") or typed ("15-01-2026").
        if (const int month = monthOf(word); month > 0) {
            alternatives << QStringLiteral("CAST(r.start_date AS TEXT) LIKE ?");
            where.binds << QStringLiteral("%-%1-%").arg(month, 2, 10, QLatin1Char('0'));
        }
        if (const QDate date = typedDate(word); date.isValid()) {
            alternatives << QStringLiteral("r.start_date = ?");
            where.binds << date;
        }
        where.sql += QStringLiteral(" AND (") + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return where;
}

QString orderFor(DatabaseUrl::Dialect dialect, TimKerjaColumn column, bool ascending)
{
    QString expression;
    switch (column) {
    case TimKerjaColumn::TanggalSk:
        expression = QStringLiteral("r.start_date");
        break;
    case TimKerjaColumn::KeteranganSk:
        expression = QStringLiteral("lower(%1)").arg(jsonText(dialect, Key::keteranganSk()));
        break;
    case TimKerjaColumn::NamaTimKerja:
        expression = QStringLiteral("lower(r.title)");
        break;
    case TimKerjaColumn::RuangLingkup:
        expression = QStringLiteral("lower(%1)").arg(jsonText(dialect, Key::ruangLingkup()));
        break;
    case TimKerjaColumn::Kedudukan:
        expression = QStringLiteral("lower(%1)").arg(jsonText(dialect, Key::kedudukan()));
        break;
    case TimKerjaColumn::Status:
        expression = statusTextExpression();
        break;
    case TimKerjaColumn::Catatan:
        expression = QStringLiteral("lower(r.note)");
        break;
    }
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // Ties in a stable order, so that paging never shows a row twice or skips one.
    return QStringLiteral(" ORDER BY %1%2, r.id%2").arg(expression, direction);
}

QString staleMessage()
{
    const QString text = QCoreApplication::translate("karier::TimKerjaService",
        "Data Tim Kerja ini sudah diubah di tempat lain. Muat ulang lalu ulangi perubahan Anda.");
    return text;
}

/// Who owns an entry and where they work, for AccessPolicy.
Result<EmployeeScope> scopeOf(QSqlDatabase& c, qint64 id)
{
    return queryRequired(
        c,
        QStringLiteral("SELECT e.id, COALESCE(u.parent_id, u.id) FROM records r JOIN employees e ON "
                       "e.id = r.employee_id JOIN org_units u ON u.id = e.unit_id WHERE r.id = ? AND "
                       "r.record_type = ?"),
        Error::notFound(QCoreApplication::translate(
            "karier::TimKerjaService", "Data Tim Kerja tidak ditemukan; mungkin sudah dihapus.")),
        [](const SqlQuery& q) {
            return EmployeeScope {q.value(0).toLongLong(), q.value(1).toLongLong()};
        },
        id, typeCode());
}

} // namespace

QVariantMap TimKerjaEntry::values() const
{
    QVariantMap v;
    if (tanggalSk.isValid())
        v.insert(Key::tanggalSk(), tanggalSk);
    v.insert(Key::keteranganSk(), keteranganSk);
    v.insert(Key::kodeKegiatan(), kodeKegiatan);
    v.insert(Key::namaTimKerja(), namaTimKerja);
    v.insert(Key::ruangLingkup(), ruangLingkup);
    v.insert(Key::kedudukan(), kedudukan);
    v.insert(Key::urlBuktiDukung(), urlBuktiDukung);
    return v;
}

TimKerjaService::TimKerjaService(std::shared_ptr<Database> db, Clock clock)
    : m_db(std::move(db)), m_clock(std::move(clock))
{ }

QDateTime TimKerjaService::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

bool TimKerjaService::ownerMayEdit(SubmissionStatus status)
{
    return status == SubmissionStatus::Draf || status == SubmissionStatus::Diajukan
        || status == SubmissionStatus::PerluPerbaikan;
}

bool TimKerjaService::ownerMayDelete(SubmissionStatus status)
{
    return status != SubmissionStatus::Disetujui;
}

Result<QString> TimKerjaService::newKode(const Session& session) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::EditOwnRecords); !allowed)
        return allowed.error();
    QString kode;
    const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
        for (int attempt = 0; attempt < 8; ++attempt) {
            const QString candidate = randomKode();
            SqlQuery q(c, QStringLiteral("SELECT 1 FROM records WHERE kode_kegiatan = ?"));
            q.bind(candidate);
            if (!q.exec())
                return q.error();
            if (!q.next()) {
                kode = candidate;
                return {};
            }
        }
        return Error {ErrorCode::Internal, tr("Kode Kegiatan baru tidak dapat dibuat; coba lagi.")};
    });
    if (!status)
        return status.error();
    return kode;
}

Result<QList<RuleIssue>> TimKerjaService::check(
    const Session& session, const QVariantMap& values, qint64 excludeId) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::EditOwnRecords); !allowed)
        return allowed.error();
    RuleContext context;
    context.today = now().toLocalTime().date();
    QList<RuleIssue> issues = type().validate(values, context);

    const QDate date = dateOf(values.value(Key::tanggalSk()));
    const QString name = values.value(Key::namaTimKerja()).toString().simplified();
    const QString kode = values.value(Key::kodeKegiatan()).toString().trimmed();
    const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
        if (date.isValid() && !name.isEmpty()) {
            // The names of that day compared by Text::foldKey in C++: SQL lower() folds only ASCII on
            // SQLite but every letter on PostgreSQL, and both dialects must decide alike.
            SqlQuery q(c,
                QStringLiteral("SELECT kode_kegiatan, title FROM records WHERE employee_id = ? AND "
                               "record_type = ? AND start_date = ? AND id <> ?"));
            q.bindAll(session.employeeId, typeCode(), date, excludeId);
            if (!q.exec())
                return q.error();
            const QString key = Text::foldKey(name);
            bool same = false;
            while (!same && q.next())
                same = Text::foldKey(q.value(1).toString()) == key;
            if (same)
                issues.append({Key::namaTimKerja(), Severity::Error,
                    tr("Tim Kerja \"%1\" dengan Tgl SK %2 sudah Anda catat (Kode Kegiatan %3).")
                        .arg(q.value(1).toString(), indonesianDate(date), q.value(0).toString())});
        }
        if (isKode(kode)) {
            SqlQuery q(c, QStringLiteral("SELECT 1 FROM records WHERE kode_kegiatan = ? AND id <> ?"));
            q.bindAll(kode, excludeId);
            if (!q.exec())
                return q.error();
            if (q.next())
                issues.append({Key::kodeKegiatan(), Severity::Error,
                    tr("Kode Kegiatan %1 sudah dipakai: tekan F2 untuk membuat kode baru.").arg(kode)});
        }
        return {};
    });
    if (!status)
        return status.error();
    return issues;
}

Result<qint64> TimKerjaService::save(const Session& session, const SaveRequest& request)
{
    if (auto allowed = AccessPolicy::require(session, Permission::EditOwnRecords); !allowed)
        return allowed.error();
    auto issues = check(session, request.values, request.id);
    if (!issues)
        return issues.error();
    QStringList errors;
    for (const RuleIssue& issue : issues.value()) {
        if (issue.severity == Severity::Error)
            errors << issue.message;
    }
    if (!errors.isEmpty())
        return Error::invalid(errors.join(QLatin1Char(' ')));

    QVariantMap values = request.values;
    const QString name = values.value(Key::namaTimKerja()).toString().simplified();
    values.insert(Key::namaTimKerja(), name);
    const QString kode = values.value(Key::kodeKegiatan()).toString().trimmed();
    const QDate date = dateOf(values.value(Key::tanggalSk()));
    const QUrl url = LinkUrl::parse(values.value(Key::urlBuktiDukung()).toString()).value();
    const QString urlText = url.toString(QUrl::FullyEncoded);
    values.insert(Key::urlBuktiDukung(), urlText);
    QVariant linkStatus = linkStatusCode(LinkStatus::NotChecked);
    QVariant linkCheckedAt;
    if (request.linkCheck && request.linkCheck->url == url
        && request.linkCheck->status != LinkStatus::NotChecked) {
        linkStatus = linkStatusCode(request.linkCheck->status);
        linkCheckedAt = request.linkCheck->checkedAt.isValid() ? request.linkCheck->checkedAt.toUTC() : now();
    }
    const QString json = type().toJson(values);
    const QDateTime timestamp = now();

    qint64 id = request.id;
    const Status status = m_db->write([&](QSqlDatabase& c) -> Status {
        SubmissionStatus from = SubmissionStatus::Draf;
        RecordHistory::Content before; // the stored content before this change (none for a new record)
        if (id > 0) {
            SqlQuery q(c,
                QStringLiteral(
                    "SELECT employee_id, status, version, record_type, COALESCE(kode_kegiatan, '') "
                    "FROM records WHERE id = ?"));
            q.bind(id);
            if (!q.exec())
                return q.error();
            if (!q.next() || q.value(3).toString() != typeCode())
                return Error::notFound(tr("Data Tim Kerja tidak ditemukan; mungkin sudah dihapus."));
            if (q.value(0).toLongLong() != session.employeeId)
                return Error::forbidden(tr("Anda hanya dapat mengubah data Tim Kerja Anda sendiri."));
            from = statusFromCode(q.value(1).toString()).value_or(SubmissionStatus::Draf);
            if (!ownerMayEdit(from))
                return Error::conflict(tr("Data Tim Kerja ini berstatus %1 dan tidak dapat diubah lagi.")
                                           .arg(statusDisplayName(from, StatusWording::TimKerja)));
            if (q.value(2).toInt() != request.version)
                return Error::conflict(staleMessage());
            if (q.value(4).toString() != kode)
                return Error::invalid(tr("Kode Kegiatan sebuah data tidak dapat diubah."));
            auto stored = RecordHistory::contentOf(c, id);
            if (!stored)
                return stored.error();
            before = stored.value();

            SqlQuery update(c,
                QStringLiteral("UPDATE records SET status = ?, fields = ?, title = ?, start_date = ?, "
                               "link_url = ?, link_status = ?, link_checked_at = ?, submitted_at = ?, "
                               "version = version + 1, updated_at = ? WHERE id = ? AND version = ?"));
            update.bindAll(statusCode(SubmissionStatus::Diajukan), json, name, date, urlText, linkStatus,
                linkCheckedAt, timestamp, timestamp, id, request.version);
            if (!update.exec())
                return update.error();
            if (update.rowsAffected() != 1)
                return Error::conflict(staleMessage());
        } else {
            SqlQuery insert(c,
                QStringLiteral(
                    "INSERT INTO records (employee_id, record_type, status, fields, title, "
                    "start_date, kode_kegiatan, link_url, link_status, link_checked_at, "
                    "submitted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?) RETURNING id"));
            insert.bindAll(session.employeeId, typeCode(), statusCode(SubmissionStatus::Diajukan), json, name,
                date, kode, urlText, linkStatus, linkCheckedAt, timestamp, timestamp, timestamp);
            if (!insert.exec() || !insert.next())
                return insert.error();
            id = insert.value(0).toLongLong();
        }
        // The audit entry holds what changed, field by field; the submission is kept as a version, so the
        // Pengelola sees what a resubmission after "Batal Disetujui" changed (RecordHistory).
        auto after = RecordHistory::contentOf(c, id);
        if (!after)
            return after.error();
        const RecordChanges changes
            = RecordHistory::diff(type(), before.fieldsJson, after->fieldsJson, before.sha256, after->sha256);
        if (auto audited = RecordHistory::audit(c, session.nip, QStringLiteral("ajukan"), typeCode(),
                QString::number(id), request.id > 0 ? statusCode(from) : QString(),
                statusCode(SubmissionStatus::Diajukan), kode, changes.toJson());
            !audited)
            return audited;
        return RecordHistory::appendVersion(c, id, session.nip, timestamp);
    });
    if (!status)
        return status.error();
    return id;
}

Status TimKerjaService::remove(const Session& session, qint64 id, int version)
{
    if (auto allowed = AccessPolicy::require(session, Permission::EditOwnRecords); !allowed)
        return allowed;
    return m_db->write([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c,
            QStringLiteral("SELECT employee_id, status, version, COALESCE(kode_kegiatan, '') FROM records "
                           "WHERE id = ? AND record_type = ?"));
        q.bindAll(id, typeCode());
        if (!q.exec())
            return q.error();
        if (!q.next())
            return Error::notFound(tr("Data Tim Kerja tidak ditemukan; mungkin sudah dihapus."));
        if (q.value(0).toLongLong() != session.employeeId)
            return Error::forbidden(tr("Anda hanya dapat menghapus data Tim Kerja Anda sendiri."));
        const SubmissionStatus from = statusFromCode(q.value(1).toString()).value_or(SubmissionStatus::Draf);
        if (!ownerMayDelete(from))
            return Error::conflict(tr("Data Tim Kerja yang sudah %1 tidak dapat dihapus.")
                                       .arg(statusDisplayName(from, StatusWording::TimKerja)));
        if (q.value(2).toInt() != version)
            return Error::conflict(staleMessage());
        const QString kode = q.value(3).toString();
        SqlQuery del(c, QStringLiteral("DELETE FROM records WHERE id = ? AND version = ?"));
        del.bindAll(id, version);
        if (!del.exec())
            return del.error();
        if (del.rowsAffected() != 1)
            return Error::conflict(staleMessage());
        return Organisation::audit(c, session.nip, QStringLiteral("hapus"), typeCode(), QString::number(id),
            statusCode(from), {}, kode);
    });
}

Result<TimKerjaEntry> TimKerjaService::get(const Session& session, qint64 id) const
{
    return m_db->readValue([&](QSqlDatabase& c) -> Result<TimKerjaEntry> {
        auto scope = scopeOf(c, id);
        if (!scope)
            return scope.error();
        if (scope->employeeId != session.employeeId) {
            // Someone else's entry: only a verifier of that employee's Perangkat Daerah.
            if (!AccessPolicy::can(session, Permission::VerifyTimKerja))
                return Error::forbidden(tr("Anda tidak berhak membuka data Tim Kerja ini."));
            if (auto allowed = AccessPolicy::requireEmployee(session, scope.value()); !allowed)
                return allowed.error();
        }
        return queryRequired(c,
            QStringLiteral("SELECT ") + QLatin1String(EntryColumns)
                + QStringLiteral(" FROM records r WHERE r.id = ?"),
            Error::notFound(tr("Data Tim Kerja tidak ditemukan; mungkin sudah dihapus.")), entryFrom, id);
    });
}

Result<TimKerjaListPage> TimKerjaService::listOwn(const Session& session, const TimKerjaQuery& query) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ViewOwnData); !allowed)
        return allowed.error();
    const int limit = std::clamp(query.limit, 1, 100);
    TimKerjaListPage page;
    const DatabaseUrl::Dialect dialect = m_db->dialect();
    const Where where = whereFor(dialect, session.employeeId, query.search);
    const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
        SqlQuery count(c, QStringLiteral("SELECT COUNT(*) FROM records r") + where.sql);
        for (const QVariant& value : where.binds)
            count.bind(value);
        if (!count.exec() || !count.next())
            return count.error();
        page.total = count.value(0).toInt();
        int offset = std::max(0, query.offset);
        if (offset >= page.total && page.total > 0)
            offset = ((page.total - 1) / limit) * limit; // the last page
        page.offset = page.total > 0 ? offset : 0;

        SqlQuery q(c,
            QStringLiteral("SELECT ") + QLatin1String(EntryColumns) + QStringLiteral(" FROM records r")
                + where.sql + orderFor(dialect, query.sortColumn, query.ascending)
                + QStringLiteral(" LIMIT ? OFFSET ?"));
        for (const QVariant& value : where.binds)
            q.bind(value);
        q.bindAll(limit, page.offset);
        if (!q.exec())
            return q.error();
        while (q.next())
            page.entries.append(entryFrom(q));
        return {};
    });
    if (!status)
        return status.error();
    return page;
}

Status TimKerjaService::recordLinkCheck(const Session& session, qint64 id, const LinkCheckResult& result)
{
    if (result.status == LinkStatus::NotChecked)
        return Error::invalid(tr("Tautan belum diperiksa."));
    return m_db->write([&](QSqlDatabase& c) -> Status {
        auto scope = scopeOf(c, id);
        if (!scope)
            return scope.error();
        if (scope->employeeId != session.employeeId) {
            // Someone else's entry: only a verifier of that employee's Perangkat Daerah.
            if (!AccessPolicy::can(session, Permission::VerifyTimKerja))
                return Error::forbidden(tr("Anda tidak berhak memeriksa tautan data Tim Kerja ini."));
            if (auto allowed = AccessPolicy::requireEmployee(session, scope.value()); !allowed)
                return allowed;
        }
        SqlQuery q(c,
            QStringLiteral("UPDATE records SET link_status = ?, link_checked_at = ? WHERE id = ? AND "
                           "link_url = ?"));
        q.bindAll(linkStatusCode(result.status),
            result.checkedAt.isValid() ? result.checkedAt.toUTC() : now(), id,
            result.url.toString(QUrl::FullyEncoded));
        if (!q.exec())
            return q.error();
        if (q.rowsAffected() != 1)
            return Error::conflict(tr("Tautan data Tim Kerja ini sudah diganti; periksa ulang."));
        return {};
    });
}

} // namespace karier
