// SPDX-License-Identifier: GPL-3.0-or-later
#include "dms/DmsService.h"

#include "auth/AccessPolicy.h"
#include "common/Text.h"
#include "domain/Nip.h"
#include "io/Csv.h"
#include "org/Organisation.h"
#include "records/RecordType.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace karier {

namespace {

QString bandCode(DmsBand band)
{
    switch (band) {
    case DmsBand::SangatLengkap:
        return QStringLiteral("sangat_lengkap");
    case DmsBand::Lengkap:
        return QStringLiteral("lengkap");
    case DmsBand::CukupLengkap:
        return QStringLiteral("cukup_lengkap");
    case DmsBand::KurangLengkap:
        break;
    }
    return QStringLiteral("kurang_lengkap");
}

DmsBand bandFromCode(const QString& code)
{
    for (DmsBand band :
        {DmsBand::SangatLengkap, DmsBand::Lengkap, DmsBand::CukupLengkap, DmsBand::KurangLengkap}) {
        if (bandCode(band) == code)
            return band;
    }
    return DmsBand::KurangLengkap;
}

/// The rows of the employees selected by \a where (on e), with what makes each done, and the approved
/// Penghargaan records that count as Kondisional rows; per employee id.
/// Reads everything in two statements, whatever the number of employees.
Status readRows(QSqlDatabase& c, const QString& where, const QVariantList& binds,
    QHash<qint64, QList<DmsRowInfo>>& rows, QHash<qint64, bool>& cpns)
{
    {
        SqlQuery q(c, QStringLiteral("SELECT e.id, e.cpns FROM employees e") + where);
        for (const QVariant& v : binds)
            q.bind(v);
        if (!q.exec())
            return q.error();
        while (q.next()) {
            cpns.insert(q.value(0).toLongLong(), q.value(1).toBool());
            rows[q.value(0).toLongLong()];
        }
    }
    {
        SqlQuery q(c,
            QStringLiteral("SELECT d.employee_id, d.id, d.category, d.reference, d.document_in_siasn, "
                           "COALESCE(d.record_id, 0), r.status FROM dms_rows d JOIN employees e ON "
                           "e.id = d.employee_id LEFT JOIN records r ON r.id = d.record_id")
                + where + QStringLiteral(" ORDER BY d.employee_id, d.id"));
        for (const QVariant& v : binds)
            q.bind(v);
        if (!q.exec())
            return q.error();
        while (q.next()) {
            const auto category = Dms::categoryFromCode(q.value(2).toString());
            if (!category)
                continue;
            DmsRowInfo row;
            row.id = q.value(1).toLongLong();
            row.category = *category;
            row.reference = q.value(3).toString();
            row.documentInSiasn = q.value(4).toBool();
            row.recordId = q.value(5).toLongLong();
            if (!q.value(6).isNull())
                row.recordStatus = statusFromCode(q.value(6).toString());
            row.done = row.documentInSiasn || row.recordStatus == SubmissionStatus::Disetujui;
            rows[q.value(0).toLongLong()].append(row);
        }
    }
    {
        // "Approved Penghargaan records count as Kondisional Penghargaan rows" (issue 7).
        SqlQuery q(c,
            QStringLiteral("SELECT r.employee_id, r.id, r.title, r.number FROM records r JOIN employees e ON "
                           "e.id = r.employee_id")
                + (where.isEmpty() ? QStringLiteral(" WHERE") : where + QStringLiteral(" AND"))
                + QStringLiteral(" r.record_type = 'penghargaan' AND r.status = 'disetujui' ORDER BY r.id"));
        for (const QVariant& v : binds)
            q.bind(v);
        if (!q.exec())
            return q.error();
        while (q.next()) {
            DmsRowInfo row;
            row.id = -q.value(1).toLongLong(); // not a dms_rows id
            row.category = DmsCategory::Penghargaan;
            row.reference = q.value(3).toString().isEmpty()
                ? q.value(2).toString()
                : QStringLiteral("%1 (%2)").arg(q.value(2).toString(), q.value(3).toString());
            row.recordId = q.value(1).toLongLong();
            row.recordStatus = SubmissionStatus::Disetujui;
            row.fromPenghargaan = true;
            row.done = true;
            rows[q.value(0).toLongLong()].append(row);
        }
    }
    return {};
}

DmsInput inputOf(bool isCpns, const QList<DmsRowInfo>& rows)
{
    DmsInput input;
    input.cpns = isCpns;
    for (const DmsRowInfo& row : rows)
        input.rows.append(DmsRow {row.id, row.category, row.reference, row.done,
            !row.done && row.recordStatus == SubmissionStatus::Diajukan});
    return input;
}

Status storeScores(QSqlDatabase& c, const QHash<qint64, DmsScore>& scores, const QDateTime& now)
{
    // In employee order, as every writer of scores does: two transactions never wait for each other's rows
    // in opposite orders (a deadlock on PostgreSQL). Multi-row statements of up to Chunk rows: on a LAN
    // every statement is a round trip.
    constexpr qsizetype Chunk = 500;
    QList<qint64> ids = scores.keys();
    std::sort(ids.begin(), ids.end());
    const auto sqlFor = [](qsizetype rows) -> QString {
        QStringList tuples;
        for (qsizetype i = 0; i < rows; ++i)
            tuples << QStringLiteral("(?, ?, ?, ?, ?, ?)");
        return QStringLiteral("INSERT INTO dms_scores (employee_id, total, utama, kondisional, band, "
                              "computed_at) VALUES ")
            + tuples.join(QStringLiteral(", "))
            + QStringLiteral(" ON CONFLICT (employee_id) DO UPDATE SET total = excluded.total, utama = "
                             "excluded.utama, kondisional = excluded.kondisional, band = excluded.band, "
                             "computed_at = excluded.computed_at");
    };
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        const qsizetype rows = std::min(Chunk, ids.size() - from);
        SqlQuery upsert(c, sqlFor(rows));
        for (qsizetype i = from; i < from + rows; ++i) {
            const DmsScore score = scores.value(ids.at(i));
            upsert.bindAll(ids.at(i), score.total, score.utama, score.kondisional, bandCode(score.band), now);
        }
        if (!upsert.exec())
            return upsert.error();
    }
    return {};
}

/// On PostgreSQL, locks the employees whose scores this transaction is about to compute (FOR NO KEY
/// UPDATE: records and rows that refer to them may still be written), in id order, before their rows are
/// read. Another transaction computing one of them waits here until this one commits, and then reads
/// rows that include what this one wrote: without it, two transactions adding rows for one employee at
/// once (two batch decrees, an approval and an import) each compute from their own rows only, and the
/// last to commit stores a score that lacks the other's row. SQLite serialises writers already.
/// \a where selects the employees (on e), as for readRows.
Status lockScoredEmployees(QSqlDatabase& c, const QString& where, const QVariantList& binds)
{
    if (c.driverName() != QLatin1String("QPSQL"))
        return {};
    SqlQuery lock(c,
        QStringLiteral("SELECT e.id FROM employees e") + where
            + QStringLiteral(" ORDER BY e.id FOR NO KEY UPDATE OF e"));
    for (const QVariant& v : binds)
        lock.bind(v);
    if (!lock.exec())
        return lock.error();
    while (lock.next()) { }
    return {};
}

/// The scores of the employees selected by \a where (on e), computed from their rows as they are now,
/// after locking them (lockScoredEmployees).
Result<QHash<qint64, DmsScore>> computeScores(
    QSqlDatabase& c, const QString& where, const QVariantList& binds)
{
    if (auto locked = lockScoredEmployees(c, where, binds); !locked)
        return locked.error();
    QHash<qint64, QList<DmsRowInfo>> rows;
    QHash<qint64, bool> cpns;
    if (auto read = readRows(c, where, binds, rows, cpns); !read)
        return read.error();
    QHash<qint64, DmsScore> scores;
    scores.reserve(cpns.size());
    for (auto it = cpns.cbegin(); it != cpns.cend(); ++it)
        scores.insert(it.key(), Dms::compute(inputOf(it.value(), rows.value(it.key()))));
    return scores;
}

/// The CSV header's column names (trimmed, lower case) and their indexes.
QHash<QString, int> columnsOf(const QStringList& header)
{
    QHash<QString, int> columns;
    for (int i = 0; i < header.size(); ++i)
        columns.insert(header.at(i).trimmed().toLower(), i);
    return columns;
}

/// ASN: themselves; Pengelola: their Perangkat Daerah; Admin: everyone.
Status requireView(const Session* actor, qint64 employeeId, qint64 indukUnitId)
{
    if (!actor)
        return {};
    if (actor->employeeId != employeeId) {
        if (auto allowed = AccessPolicy::require(*actor, Permission::ViewEmployees); !allowed)
            return allowed;
    }
    return AccessPolicy::requireEmployee(*actor, {employeeId, indukUnitId});
}

bool documentPresent(const QString& text, bool* ok)
{
    const QString t = text.trimmed().toLower();
    *ok = true;
    if (t.isEmpty() || t == QLatin1String("tidak") || t == QLatin1String("tidak ada")
        || t == QLatin1String("0") || t == QLatin1String("belum"))
        return false;
    if (t == QLatin1String("ada") || t == QLatin1String("ya") || t == QLatin1String("1")
        || t == QLatin1String("sudah"))
        return true;
    *ok = false;
    return false;
}

std::optional<DmsCategory> categoryOf(const QString& text)
{
    const QString t = text.trimmed();
    if (auto byCode = Dms::categoryFromCode(t.toLower()))
        return byCode;
    for (DmsCategory c : Dms::utamaCategories() + Dms::kondisionalCategories()) {
        if (Dms::categoryTitle(c).compare(t, Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

} // namespace

DmsService::DmsService(std::shared_ptr<Database> db, Clock clock)
    : m_db(std::move(db)), m_clock(std::move(clock))
{ }

QDateTime DmsService::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

Status DmsService::recalculate(QSqlDatabase& c, qint64 employeeId, const QDateTime& now)
{
    return recalculate(c, QList<qint64> {employeeId}, now);
}

Status DmsService::recalculate(QSqlDatabase& c, QList<qint64> employeeIds, const QDateTime& now)
{
    std::sort(employeeIds.begin(), employeeIds.end());
    employeeIds.erase(std::unique(employeeIds.begin(), employeeIds.end()), employeeIds.end());
    // A few hundred bound values per statement, within every driver's limit.
    constexpr qsizetype Chunk = 500;
    for (qsizetype from = 0; from < employeeIds.size(); from += Chunk) {
        const QList<qint64> chunk = employeeIds.mid(from, Chunk);
        QVariantList binds;
        for (qint64 id : chunk)
            binds << id;
        const QString where
            = QStringLiteral(" WHERE e.id IN (") + placeholders(chunk.size()) + QLatin1Char(')');
        const auto scores = computeScores(c, where, binds);
        if (!scores)
            return scores.error();
        for (qint64 id : chunk) {
            if (!scores->contains(id))
                return Error::notFound(tr("Pegawai tidak ditemukan."));
        }
        if (auto stored = storeScores(c, scores.value(), now); !stored)
            return stored;
    }
    return {};
}

bool DmsService::countsForScore(const QString& recordType)
{
    // Approved Penghargaan count as Kondisional rows; a verified DMS document completes its row.
    const RecordType* type = RecordTypes::byCode(recordType);
    return type && type->countsForDmsScore;
}

Status DmsService::attachUpload(
    QSqlDatabase& c, qint64 employeeId, const QVariantMap& values, qint64 recordId)
{
    const auto category = categoryOf(values.value(QStringLiteral("kategori")).toString());
    const QString reference = values.value(QStringLiteral("referensi")).toString().simplified();
    if (!category)
        return Error::invalid(tr("Kategori arsip \"%1\" tidak dikenal.")
                                  .arg(values.value(QStringLiteral("kategori")).toString()));
    // Matched by Text::foldKey in C++, as the import does, so that both dialects find the same row.
    SqlQuery row(c,
        QStringLiteral(
            "SELECT d.id, d.document_in_siasn, r.status, d.reference FROM dms_rows d LEFT JOIN records r ON "
            "r.id = d.record_id WHERE d.employee_id = ? AND d.category = ?"));
    row.bindAll(employeeId, Dms::categoryCode(*category));
    if (!row.exec())
        return row.error();
    const QString key = Text::foldKey(reference);
    bool found = false;
    while (!found && row.next())
        found = Text::foldKey(row.value(3).toString()) == key;
    if (!found)
        return Error::invalid(tr("Riwayat arsip \"%1\" tidak ada pada data Anda.").arg(reference));
    if (row.value(1).toBool() || row.value(2).toString() == statusCode(SubmissionStatus::Disetujui))
        return Error::conflict(tr("Dokumen untuk \"%1\" sudah lengkap dan terverifikasi.").arg(reference));
    SqlQuery link(c, QStringLiteral("UPDATE dms_rows SET record_id = ? WHERE id = ?"));
    link.bindAll(recordId, row.value(0).toLongLong());
    if (!link.exec())
        return link.error();
    return {};
}

Result<int> DmsService::recalculateAll(const Session* actor, qint64 indukUnitId)
{
    if (auto allowed = AccessPolicy::requireUnlessSystem(actor, Permission::VerifyRiwayat); !allowed)
        return allowed.error();
    const QDateTime timestamp = now();
    int count = 0;
    const Status status = m_db->write([&](QSqlDatabase& c) -> Status {
        QString where;
        QVariantList binds;
        if (indukUnitId > 0) {
            where = QStringLiteral(
                " WHERE e.unit_id IN (SELECT id FROM org_units WHERE id = ? OR parent_id = ?)");
            binds << indukUnitId << indukUnitId;
        }
        const auto scores = computeScores(c, where, binds);
        if (!scores)
            return scores.error();
        count = int(scores->size());
        return storeScores(c, scores.value(), timestamp);
    });
    if (!status)
        return status.error();
    return count;
}

Result<DmsEmployeeView> DmsService::forEmployee(const Session* actor, const QString& nip) const
{
    auto employee = Organisation(m_db).employeeByNip(nip);
    if (!employee)
        return employee.error();
    if (!employee.value())
        return Error::notFound(tr("Pegawai dengan NIP %1 tidak ditemukan.").arg(Nip::groupedOrAsIs(nip)));
    const Employee& e = *employee.value();
    if (auto allowed = requireView(actor, e.id, e.indukUnitId); !allowed)
        return allowed.error();
    DmsEmployeeView view;
    view.employeeId = e.id;
    view.nip = e.nip;
    view.nama = e.displayName();
    view.unitName = e.unitName;
    view.indukUnitName = e.indukUnitName;
    const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
        QHash<qint64, QList<DmsRowInfo>> rows;
        QHash<qint64, bool> cpns;
        if (auto read = readRows(c, QStringLiteral(" WHERE e.id = ?"), {e.id}, rows, cpns); !read)
            return read;
        view.cpns = cpns.value(e.id);
        view.rows = rows.value(e.id);
        const auto computedAt = queryOne(
            c, QStringLiteral("SELECT computed_at FROM dms_scores WHERE employee_id = ?"),
            [](const SqlQuery& q) { return sqlDateTime(q.value(0)); }, e.id);
        if (!computedAt)
            return computedAt.error();
        view.computedAt = computedAt->value_or(QDateTime());
        return {};
    });
    if (!status)
        return status.error();
    // Computed from the rows as they are now: the same function that stored the last score.
    view.score = Dms::compute(inputOf(view.cpns, view.rows));
    return view;
}

Result<QList<DmsEmployeeView>> DmsService::archivesOf(const Session* actor, qint64 indukUnitId) const
{
    if (actor) {
        if (auto allowed = AccessPolicy::require(*actor, Permission::ViewEmployees); !allowed)
            return allowed.error();
        if (auto allowed = AccessPolicy::requireEmployee(*actor, {0, indukUnitId}); !allowed)
            return allowed.error();
    }
    auto employees
        = Organisation(m_db).searchEmployees(QString(), indukUnitId, std::numeric_limits<int>::max());
    if (!employees)
        return employees.error();
    QHash<qint64, QList<DmsRowInfo>> rows;
    QHash<qint64, bool> cpns;
    const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
        return readRows(c,
            QStringLiteral(" WHERE e.unit_id IN (SELECT id FROM org_units WHERE id = ? OR parent_id = ?)"),
            {indukUnitId, indukUnitId}, rows, cpns);
    });
    if (!status)
        return status.error();
    QList<DmsEmployeeView> views;
    views.reserve(employees->size());
    for (const Employee& e : employees.value()) {
        if (!cpns.contains(e.id))
            continue; // moved to another unit between the two reads
        DmsEmployeeView view;
        view.employeeId = e.id;
        view.nip = e.nip;
        view.nama = e.displayName();
        view.unitName = e.unitName;
        view.indukUnitName = e.indukUnitName;
        view.cpns = cpns.value(e.id);
        view.rows = rows.value(e.id);
        view.score = Dms::compute(inputOf(view.cpns, view.rows));
        views.append(view);
    }
    return views;
}

Result<QList<DmsRecapRow>> DmsService::recap(const Session* actor) const
{
    qint64 only = 0;
    if (actor) {
        if (auto allowed = AccessPolicy::require(*actor, Permission::ViewEmployees); !allowed)
            return allowed.error();
        if (actor->role != Role::Admin)
            only = actor->managedUnitId;
    }
    QList<DmsRecapRow> recap;
    const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
        QString sql
            = QStringLiteral("SELECT i.id, i.name, COUNT(s.employee_id), COALESCE(AVG(s.total), 0), "
                             "SUM(CASE WHEN s.band = 'sangat_lengkap' THEN 1 ELSE 0 END), "
                             "SUM(CASE WHEN s.band = 'lengkap' THEN 1 ELSE 0 END), "
                             "SUM(CASE WHEN s.band = 'cukup_lengkap' THEN 1 ELSE 0 END), "
                             "SUM(CASE WHEN s.band = 'kurang_lengkap' THEN 1 ELSE 0 END), "
                             "SUM(CASE WHEN s.total < 100 THEN 1 ELSE 0 END) "
                             "FROM org_units i JOIN org_units u ON u.id = i.id OR u.parent_id = i.id "
                             "JOIN employees e ON e.unit_id = u.id JOIN dms_scores s ON s.employee_id = e.id "
                             "WHERE i.parent_id IS NULL");
        if (only > 0)
            sql += QStringLiteral(" AND i.id = ?");
        sql += QStringLiteral(" GROUP BY i.id, i.name ORDER BY i.name");
        SqlQuery q(c, sql);
        if (only > 0)
            q.bind(only);
        if (!q.exec())
            return q.error();
        while (q.next()) {
            DmsRecapRow row;
            row.indukUnitId = q.value(0).toLongLong();
            row.name = q.value(1).toString();
            row.employees = q.value(2).toInt();
            row.average = std::round(q.value(3).toDouble() * 10.0) / 10.0;
            for (int band = 0; band < 4; ++band)
                row.bands[band] = q.value(4 + band).toInt();
            row.below100 = q.value(8).toInt();
            recap.append(row);
        }
        return {};
    });
    if (!status)
        return status.error();
    return recap;
}

Result<QList<DmsEmployeeScoreRow>> DmsService::employeesOf(
    const Session* actor, qint64 indukUnitId, bool below100Only, int offset, int limit) const
{
    if (actor) {
        if (auto allowed = AccessPolicy::require(*actor, Permission::ViewEmployees); !allowed)
            return allowed.error();
        if (auto allowed = AccessPolicy::requireEmployee(*actor, {0, indukUnitId}); !allowed)
            return allowed.error();
    }
    QList<DmsEmployeeScoreRow> list;
    const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c,
            QStringLiteral(
                "SELECT e.id, e.nip, e.nama, e.gelar_depan, e.gelar_belakang, u.name, s.total, s.band "
                "FROM employees e JOIN org_units u ON u.id = e.unit_id JOIN dms_scores s ON "
                "s.employee_id = e.id WHERE (u.id = ? OR u.parent_id = ?)")
                + (below100Only ? QStringLiteral(" AND s.total < 100") : QString())
                + QStringLiteral(" ORDER BY s.total, e.nama, e.id LIMIT ? OFFSET ?"));
        q.bindAll(indukUnitId, indukUnitId, std::clamp(limit, 1, 1000), std::max(0, offset));
        if (!q.exec())
            return q.error();
        while (q.next()) {
            list.append({q.value(0).toLongLong(), q.value(1).toString(),
                Employee::displayName(q.value(2).toString(), q.value(3).toString(), q.value(4).toString()),
                q.value(5).toString(), q.value(6).toDouble(), bandFromCode(q.value(7).toString())});
        }
        return {};
    });
    if (!status)
        return status.error();
    return list;
}

Result<DmsService::ImportReport> DmsService::importCsv(const Session* actor, const QByteArray& csv)
{
    if (auto allowed = AccessPolicy::requireUnlessSystem(actor, Permission::ManageEmployees); !allowed)
        return allowed.error();
    auto table = Csv::parse(csv);
    if (!table)
        return table.error();
    const QHash<QString, int> columns = columnsOf(table->header);
    QStringList missing;
    for (const char* name : {"nip", "jenis", "referensi"}) {
        if (!columns.contains(QLatin1String(name)))
            missing << QLatin1String(name);
    }
    if (!missing.isEmpty())
        return Error::invalid(
            tr("Kolom CSV tidak sesuai: kolom wajib tidak ada: %1. Baris judul yang diharapkan: "
               "nip,jenis,referensi,dokumen.")
                .arg(missing.join(QStringLiteral(", "))));

    struct Item
    {
        int line = 0;
        QString nip;
        DmsCategory category = DmsCategory::D2np;
        QString reference;
        bool present = false;
    };
    ImportReport report;
    QList<int> errorLines; // the line of each entry of report.errors, to list them in file order
    QList<Item> items;
    QHash<QString, int> seen;
    const auto field = [&](const Csv::Row& row, const char* name) {
        const int index = columns.value(QLatin1String(name), -1);
        return index >= 0 && index < row.fields.size() ? Csv::cellText(row.fields.at(index)) : QString();
    };
    for (const Csv::Row& row : table->rows) {
        Item item;
        item.line = row.line;
        // Control characters and noncharacters are refused in every cell, the same on both dialects.
        if (const QString problem = Text::rowProblem(table->header, row.fields); !problem.isEmpty()) {
            errorLines << row.line;
            report.errors << tr("baris %1: %2").arg(row.line).arg(problem);
            continue;
        }
        auto nip = Nip::parse(field(row, "nip"));
        if (!nip) {
            errorLines << row.line;
            report.errors << tr("baris %1: %2").arg(row.line).arg(nip.error().message);
            continue;
        }
        item.nip = nip->digits();
        const auto category = categoryOf(field(row, "jenis"));
        if (!category || *category == DmsCategory::Drh) {
            errorLines << row.line;
            report.errors << tr(
                "baris %1: jenis \"%2\" tidak dikenal (mis. pendidikan, golongan, jabatan, diklat, "
                "d2np, sk_cpns, spmt, sk_pns, angka_kredit, skp)")
                                 .arg(row.line)
                                 .arg(field(row, "jenis"));
            continue;
        }
        item.category = *category;
        item.reference = field(row, "referensi").simplified();
        if (item.reference.isEmpty())
            item.reference = Dms::categoryTitle(item.category);
        if (item.reference.size() > 200) {
            errorLines << row.line;
            report.errors << tr("baris %1: referensi paling panjang 200 karakter").arg(row.line);
            continue;
        }
        bool ok = true;
        item.present = documentPresent(field(row, "dokumen"), &ok);
        if (!ok) {
            errorLines << row.line;
            report.errors << tr("baris %1: kolom dokumen \"%2\" harus ada atau tidak")
                                 .arg(row.line)
                                 .arg(field(row, "dokumen"));
            continue;
        }
        const QString key = item.nip + QLatin1Char('|') + Dms::categoryCode(item.category) + QLatin1Char('|')
            + Text::foldKey(item.reference);
        if (seen.contains(key)) {
            errorLines << row.line;
            report.errors << tr("baris %1: sama dengan baris %2").arg(row.line).arg(seen.value(key));
            continue;
        }
        seen.insert(key, row.line);
        items.append(item);
    }

    const QDateTime timestamp = now();
    const Status status = m_db->write([&](QSqlDatabase& c) -> Status {
        SqlQuery employee(c, QStringLiteral("SELECT id FROM employees WHERE nip = ?"));
        // The employee's rows of the category, compared by Text::foldKey in C++: SQL lower() folds only
        // ASCII on SQLite but every letter on PostgreSQL, so "SK Élan" and "sk élan" were two rows on one
        // and the same row on the other.
        SqlQuery existing(c,
            QStringLiteral("SELECT id, document_in_siasn, reference FROM dms_rows WHERE employee_id = ? AND "
                           "category = ?"));
        // The same row imported by someone else meanwhile (dms_rows_once) is left to the comparison below,
        // as if it had been there before: two imports of one file at once both succeed.
        SqlQuery insert(c,
            QStringLiteral(
                "INSERT INTO dms_rows (employee_id, category, reference, document_in_siasn, created_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"));
        SqlQuery update(c, QStringLiteral("UPDATE dms_rows SET document_in_siasn = ? WHERE id = ?"));
        QHash<QString, qint64> idOf;
        QSet<qint64> touched;
        for (const Item& item : std::as_const(items)) {
            qint64 employeeId = idOf.value(item.nip);
            if (employeeId == 0) {
                employee.bind(item.nip);
                if (!employee.exec())
                    return employee.error();
                if (!employee.next()) {
                    errorLines << item.line;
                    report.errors << tr("baris %1: NIP %2 tidak terdaftar")
                                         .arg(item.line)
                                         .arg(Nip::groupedOrAsIs(item.nip));
                    continue;
                }
                employeeId = employee.value(0).toLongLong();
                idOf.insert(item.nip, employeeId);
            }
            const QString key = Text::foldKey(item.reference);
            qint64 existingId = 0;
            bool existingPresent = false;
            const auto findExisting = [&]() -> Status {
                existing.bindAll(employeeId, Dms::categoryCode(item.category));
                if (!existing.exec())
                    return existing.error();
                while (existingId == 0 && existing.next()) {
                    if (Text::foldKey(existing.value(2).toString()) == key) {
                        existingId = existing.value(0).toLongLong();
                        existingPresent = existing.value(1).toBool();
                    }
                }
                return {};
            };
            if (auto found = findExisting(); !found)
                return found;
            if (existingId == 0) {
                insert.bindAll(
                    employeeId, Dms::categoryCode(item.category), item.reference, item.present, timestamp);
                if (!insert.exec())
                    return insert.error();
                if (insert.next()) {
                    ++report.inserted;
                    touched.insert(employeeId);
                    continue;
                }
                // Committed by another import after our look (PostgreSQL): read again, it is there now.
                if (auto found = findExisting(); !found)
                    return found;
                if (existingId == 0) {
                    errorLines << item.line;
                    report.errors << tr("baris %1: riwayat \"%2\" bentrok dengan riwayat lain yang baru saja "
                                        "disimpan; jalankan impor sekali lagi")
                                         .arg(item.line)
                                         .arg(item.reference);
                    continue;
                }
            }
            if (existingPresent == item.present) {
                ++report.unchanged;
                continue;
            }
            update.bindAll(item.present, existingId);
            if (!update.exec())
                return update.error();
            ++report.updated;
            touched.insert(employeeId);
        }
        if (auto recalculated = recalculate(c, touched.values(), timestamp); !recalculated)
            return recalculated;
        return Organisation::audit(c, actor ? actor->nip : QString(), QStringLiteral("impor-dms"),
            QStringLiteral("dms_rows"), QString(), {}, {},
            tr("%1 baru, %2 diubah, %3 ditolak")
                .arg(report.inserted)
                .arg(report.updated)
                .arg(report.errors.size()));
    });
    if (!status)
        return status.error();
    QList<int> order(errorLines.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(
        order.begin(), order.end(), [&](int a, int b) { return errorLines.at(a) < errorLines.at(b); });
    QStringList sorted;
    for (int index : order)
        sorted << report.errors.at(index);
    report.errors = sorted;
    return report;
}

} // namespace karier
