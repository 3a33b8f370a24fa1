// SPDX-License-Identifier: GPL-3.0-or-later
#include "org/Organisation.h"

#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlRecord>
#include <algorithm>

namespace karier {

namespace {

const char* const EmployeeColumns
    = "e.id, e.nip, e.nama, e.gelar_depan, e.gelar_belakang, e.jabatan, e.unit_id, u.code, u.name,"
      " COALESCE(p.id, u.id), COALESCE(p.name, u.name), e.jenis_pegawai, e.tanggal_lahir, e.jenis_kelamin,"
      " e.tmt, e.version"
      " FROM employees e JOIN org_units u ON u.id = e.unit_id LEFT JOIN org_units p ON p.id = u.parent_id";

Employee employeeFrom(const SqlQuery& q)
{
    Employee e;
    e.id = q.value(0).toLongLong();
    e.nip = q.value(1).toString();
    e.nama = q.value(2).toString();
    e.gelarDepan = q.value(3).toString();
    e.gelarBelakang = q.value(4).toString();
    e.jabatan = q.value(5).toString();
    e.unitId = q.value(6).toLongLong();
    e.unitCode = q.value(7).toString();
    e.unitName = q.value(8).toString();
    e.indukUnitId = q.value(9).toLongLong();
    e.indukUnitName = q.value(10).toString();
    e.pppk = q.value(11).toString() == QLatin1String("PPPK");
    e.tanggalLahir = sqlDate(q.value(12));
    e.jenisKelamin = q.value(13).toInt();
    e.tmt = sqlDate(q.value(14));
    e.version = q.value(15).toInt();
    return e;
}

OrgUnit unitFrom(const SqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()};
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

QString Employee::displayName() const
{
    return displayName(nama, gelarDepan, gelarBelakang);
}

QString Employee::displayName(const QString& name, const QString& titleBefore, const QString& titleAfter)
{
    QString text = name;
    if (!titleBefore.isEmpty())
        text = titleBefore + QLatin1Char(' ') + text;
    if (!titleAfter.isEmpty())
        text += QStringLiteral(", ") + titleAfter;
    return text;
}

Organisation::Organisation(std::shared_ptr<Database> db) : m_db(std::move(db))
{ }

Result<QList<OrgUnit>> Organisation::units() const
{
    return m_db->readValue([](QSqlDatabase& c) {
        return queryAll(c,
            QStringLiteral("SELECT id, code, name, COALESCE(parent_id, 0) FROM org_units WHERE active "
                           "ORDER BY COALESCE(parent_id, id), parent_id IS NOT NULL, name"),
            unitFrom);
    });
}

Result<QList<OrgUnit>> Organisation::indukUnits() const
{
    return m_db->readValue([](QSqlDatabase& c) {
        return queryAll(c,
            QStringLiteral(
                "SELECT id, code, name, 0 FROM org_units WHERE parent_id IS NULL AND active ORDER BY name"),
            unitFrom);
    });
}

Result<std::optional<OrgUnit>> Organisation::unitByCode(const QString& code) const
{
    return m_db->readValue([&](QSqlDatabase& c) {
        return queryOne(c,
            QStringLiteral("SELECT id, code, name, COALESCE(parent_id, 0) FROM org_units WHERE code = ?"),
            unitFrom, code);
    });
}

Result<int> Organisation::employeeCount(qint64 indukUnitId) const
{
    const auto count = m_db->readValue([&](QSqlDatabase& c) {
        return indukUnitId > 0 ? queryValue(c,
                   QStringLiteral("SELECT COUNT(*) FROM employees e JOIN org_units u ON "
                                  "u.id = e.unit_id WHERE COALESCE(u.parent_id, u.id) = ?"),
                   indukUnitId)
                               : queryValue(c, QStringLiteral("SELECT COUNT(*) FROM employees"));
    });
    if (!count)
        return count.error();
    return count->toInt();
}

Result<std::optional<Employee>> Organisation::employeeByNip(const QString& nip) const
{
    return m_db->readValue([&](QSqlDatabase& c) {
        return queryOne(c,
            QStringLiteral("SELECT ") + QLatin1String(EmployeeColumns) + QStringLiteral(" WHERE e.nip = ?"),
            employeeFrom, nip);
    });
}

Result<std::optional<Employee>> Organisation::employeeById(qint64 id) const
{
    return m_db->readValue([&](QSqlDatabase& c) {
        return queryOne(c,
            QStringLiteral("SELECT ") + QLatin1String(EmployeeColumns) + QStringLiteral(" WHERE e.id = ?"),
            employeeFrom, id);
    });
}

Result<std::pair<QList<Employee>, int>> Organisation::employeePage(const QString& text, qint64 unitId,
    qint64 scopeIndukId, int offset, int limit, EmployeeOrder order, bool descending) const
{
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    QString orderBy;
    switch (order) {
    case EmployeeOrder::Nama:
        orderBy = QStringLiteral("e.nama") + direction + QStringLiteral(", e.nip") + direction;
        break;
    case EmployeeOrder::Nip:
        orderBy = QStringLiteral("e.nip") + direction;
        break;
    case EmployeeOrder::Jabatan:
        orderBy = QStringLiteral("e.jabatan") + direction + QStringLiteral(", e.nama, e.nip");
        break;
    case EmployeeOrder::Unit:
        orderBy = QStringLiteral("u.name") + direction + QStringLiteral(", e.nama, e.nip");
        break;
    case EmployeeOrder::Jenis:
        orderBy = QStringLiteral("e.jenis_pegawai") + direction + QStringLiteral(", e.nama, e.nip");
        break;
    }
    QString digits = text;
    digits.remove(QLatin1Char(' '));
    const QString where = QStringLiteral(
        " WHERE (? = 0 OR COALESCE(u.parent_id, u.id) = ?) AND (? = 0 OR u.id = ? OR u.parent_id = ?)"
        " AND (e.nip LIKE ? ESCAPE '\\' OR LOWER(e.nama) LIKE ? ESCAPE '\\')");
    const QString nipPattern = containsPattern(digits);
    const QString namePattern = containsPattern(text);
    return m_db->readValue([&](QSqlDatabase& c) -> Result<std::pair<QList<Employee>, int>> {
        auto total = queryValue(c,
            QStringLiteral("SELECT COUNT(*) FROM employees e JOIN org_units u ON u.id = e.unit_id") + where,
            scopeIndukId, scopeIndukId, unitId, unitId, unitId, nipPattern, namePattern);
        if (!total)
            return total.error();
        auto rows = queryAll(c,
            QStringLiteral("SELECT ") + QLatin1String(EmployeeColumns) + where + QStringLiteral(" ORDER BY ")
                + orderBy + QStringLiteral(" LIMIT ? OFFSET ?"),
            employeeFrom, scopeIndukId, scopeIndukId, unitId, unitId, unitId, nipPattern, namePattern,
            std::max(1, limit), std::max(0, offset));
        if (!rows)
            return rows.error();
        return std::pair {std::move(rows).value(), total->toInt()};
    });
}

Result<QList<Employee>> Organisation::searchEmployees(
    const QString& text, qint64 indukUnitId, int limit) const
{
    QString digits = text;
    digits.remove(QLatin1Char(' '));
    return m_db->readValue([&](QSqlDatabase& c) {
        return queryAll(c,
            QStringLiteral("SELECT ") + QLatin1String(EmployeeColumns)
                + QStringLiteral(" WHERE (? = 0 OR COALESCE(u.parent_id, u.id) = ?) AND (e.nip LIKE ? ESCAPE "
                                 "'\\' OR LOWER(e.nama) LIKE ? ESCAPE '\\') ORDER BY e.nama, e.nip LIMIT ?"),
            employeeFrom, indukUnitId, indukUnitId, containsPattern(digits), containsPattern(text),
            std::max(1, limit));
    });
}

Status Organisation::forEachEmployee(const std::function<bool(const Employee&)>& visit) const
{
    return m_db->read([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c,
            QStringLiteral("SELECT ") + QLatin1String(EmployeeColumns) + QStringLiteral(" ORDER BY e.nip"));
        q.raw().setForwardOnly(true);
        if (!q.exec())
            return q.error();
        while (q.next()) {
            if (!visit(employeeFrom(q)))
                break;
        }
        return {};
    });
}

Result<qint64> Organisation::upsertUnit(
    QSqlDatabase& c, const QString& code, const QString& name, const QString& parentCode)
{
    QVariant parentId;
    if (!parentCode.isEmpty()) {
        SqlQuery parent(c, QStringLiteral("SELECT id, parent_id FROM org_units WHERE code = ?"));
        parent.bind(parentCode);
        if (!parent.exec())
            return parent.error();
        if (!parent.next())
            return Error::invalid(tr("Unit induk %1 tidak ditemukan.").arg(parentCode));
        if (!parent.value(1).isNull())
            return Error::invalid(
                tr("Unit %1 adalah Satker; Satker tidak boleh memiliki Satker lagi.").arg(parentCode));
        parentId = parent.value(0).toLongLong();
    }
    // Twice at most: a row inserted by another transaction after the first look is there on the second.
    for (int attempt = 0; attempt < 2; ++attempt) {
        SqlQuery existing(
            c, QStringLiteral("SELECT id, name, COALESCE(parent_id, 0) FROM org_units WHERE code = ?"));
        existing.bind(code);
        if (!existing.exec())
            return existing.error();
        if (existing.next()) {
            const qint64 id = existing.value(0).toLongLong();
            const bool same = existing.value(1).toString() == name
                && existing.value(2).toLongLong() == (parentId.isNull() ? 0 : parentId.toLongLong());
            if (same)
                return id;
            SqlQuery update(c,
                QStringLiteral("UPDATE org_units SET name = ?, parent_id = ?, version = version + 1, "
                               "updated_at = ? WHERE id = ?"));
            update.bindAll(name, parentId, nowUtc(), id);
            if (!update.exec())
                return update.error();
            return id;
        }
        SqlQuery insert(c,
            QStringLiteral("INSERT INTO org_units (code, name, parent_id) VALUES (?, ?, ?) "
                           "ON CONFLICT (code) DO NOTHING RETURNING id"));
        insert.bindAll(code, name, parentId);
        if (!insert.exec())
            return insert.error();
        if (insert.next())
            return insert.value(0).toLongLong();
    }
    return Error::conflict(
        tr("Unit %1 baru saja diubah oleh pengguna lain; jalankan sekali lagi.").arg(code));
}

Result<qint64> Organisation::upsertEmployee(QSqlDatabase& c, const Employee& e, Upserted* outcome)
{
    const QString jenis = e.pppk ? QStringLiteral("PPPK") : QStringLiteral("PNS");
    // Twice at most: a row inserted by another transaction after the first look is there on the second.
    for (int attempt = 0; attempt < 2; ++attempt) {
        SqlQuery existing(c,
            QStringLiteral("SELECT id, nama, gelar_depan, gelar_belakang, jabatan, unit_id, jenis_pegawai,"
                           " tanggal_lahir, jenis_kelamin, tmt FROM employees WHERE nip = ?"));
        existing.bind(e.nip);
        if (!existing.exec())
            return existing.error();
        if (existing.next()) {
            const qint64 id = existing.value(0).toLongLong();
            const bool same = existing.value(1).toString() == e.nama
                && existing.value(2).toString() == e.gelarDepan
                && existing.value(3).toString() == e.gelarBelakang
                && existing.value(4).toString() == e.jabatan && existing.value(5).toLongLong() == e.unitId
                && existing.value(6).toString() == jenis && sqlDate(existing.value(7)) == e.tanggalLahir
                && existing.value(8).toInt() == e.jenisKelamin && sqlDate(existing.value(9)) == e.tmt;
            if (outcome)
                *outcome = same ? Upserted::Unchanged : Upserted::Updated;
            if (same)
                return id;
            SqlQuery update(c,
                QStringLiteral("UPDATE employees SET nama = ?, gelar_depan = ?, gelar_belakang = ?, "
                               "jabatan = ?, unit_id = ?, jenis_pegawai = ?, tanggal_lahir = ?, "
                               "jenis_kelamin = ?, tmt = ?, version = version + 1, updated_at = ? "
                               "WHERE id = ?"));
            update.bindAll(e.nama, e.gelarDepan, e.gelarBelakang, e.jabatan, e.unitId, jenis, e.tanggalLahir,
                e.jenisKelamin, e.tmt, nowUtc(), id);
            if (!update.exec())
                return update.error();
            return id;
        }
        SqlQuery insert(c,
            QStringLiteral(
                "INSERT INTO employees (nip, nama, gelar_depan, gelar_belakang, jabatan, unit_id,"
                " jenis_pegawai, tanggal_lahir, jenis_kelamin, tmt)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (nip) DO NOTHING RETURNING id"));
        insert.bindAll(e.nip, e.nama, e.gelarDepan, e.gelarBelakang, e.jabatan, e.unitId, jenis,
            e.tanggalLahir, e.jenisKelamin, e.tmt);
        if (!insert.exec())
            return insert.error();
        if (insert.next()) {
            if (outcome)
                *outcome = Upserted::Inserted;
            return insert.value(0).toLongLong();
        }
    }
    return Error::conflict(
        tr("Pegawai dengan NIP %1 baru saja diubah oleh pengguna lain; jalankan sekali lagi.").arg(e.nip));
}

Status Organisation::upsertEmployees(
    QSqlDatabase& c, const QList<Employee>& employees, QList<Upserted>& outcomes)
{
    outcomes = QList<Upserted>(employees.size(), Upserted::Unchanged);
    const bool postgres = c.driverName() == QLatin1String("QPSQL");
    constexpr qsizetype Chunk = 500; // 10 values a row: within every driver's limit of bound values
    const auto jenisOf
        = [](const Employee& e) { return e.pppk ? QStringLiteral("PPPK") : QStringLiteral("PNS"); };
    const auto tuples = [](qsizetype rows, const QString& tuple) {
        QStringList list;
        for (qsizetype i = 0; i < rows; ++i)
            list << tuple;
        return list.join(QStringLiteral(", "));
    };
    // The chunk's NIPs as one bound value: a JSON array (SQLite's json_each, PostgreSQL's jsonb).
    SqlQuery read(c,
        QStringLiteral("SELECT id, nip, nama, gelar_depan, gelar_belakang, jabatan, unit_id, jenis_pegawai, "
                       "tanggal_lahir, jenis_kelamin, tmt FROM employees WHERE nip IN (")
            + (postgres ? QStringLiteral("SELECT jsonb_array_elements_text(CAST(? AS jsonb)))")
                        : QStringLiteral("SELECT value FROM json_each(?))")));
    for (qsizetype from = 0; from < employees.size(); from += Chunk) {
        const qsizetype count = std::min(Chunk, employees.size() - from);
        QJsonArray nips;
        for (qsizetype i = from; i < from + count; ++i)
            nips.append(employees.at(i).nip);
        read.bind(QString::fromUtf8(QJsonDocument(nips).toJson(QJsonDocument::Compact)));
        if (!read.exec())
            return read.error();
        QHash<QString, qint64> changedIds; // nip -> id of a row whose values differ from ours
        QSet<QString> present;
        QHash<QString, qsizetype> indexOf;
        for (qsizetype i = from; i < from + count; ++i)
            indexOf.insert(employees.at(i).nip, i);
        while (read.next()) {
            const QString nip = read.value(1).toString();
            present.insert(nip);
            if (const qsizetype i = indexOf.value(nip, -1); i >= 0) {
                const Employee& e = employees.at(i);
                const bool same = read.value(2).toString() == e.nama
                    && read.value(3).toString() == e.gelarDepan && read.value(4).toString() == e.gelarBelakang
                    && read.value(5).toString() == e.jabatan && read.value(6).toLongLong() == e.unitId
                    && read.value(7).toString() == jenisOf(e) && sqlDate(read.value(8)) == e.tanggalLahir
                    && read.value(9).toInt() == e.jenisKelamin && sqlDate(read.value(10)) == e.tmt;
                outcomes[i] = same ? Upserted::Unchanged : Upserted::Updated;
                if (!same)
                    changedIds.insert(nip, read.value(0).toLongLong());
            }
        }

        QList<qsizetype> fresh;
        for (qsizetype i = from; i < from + count; ++i) {
            if (!present.contains(employees.at(i).nip))
                fresh << i;
        }
        if (!fresh.isEmpty()) {
            SqlQuery insert(c,
                QStringLiteral(
                    "INSERT INTO employees (nip, nama, gelar_depan, gelar_belakang, jabatan, unit_id, "
                    "jenis_pegawai, tanggal_lahir, jenis_kelamin, tmt) VALUES ")
                    + tuples(fresh.size(), QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
                    + QStringLiteral(" ON CONFLICT (nip) DO NOTHING RETURNING nip"));
            for (qsizetype i : std::as_const(fresh)) {
                const Employee& e = employees.at(i);
                insert.bindAll(e.nip, e.nama, e.gelarDepan, e.gelarBelakang, e.jabatan, e.unitId, jenisOf(e),
                    e.tanggalLahir, e.jenisKelamin, e.tmt);
            }
            if (!insert.exec())
                return insert.error();
            QSet<QString> inserted;
            while (insert.next())
                inserted.insert(insert.value(0).toString());
            for (qsizetype i : std::as_const(fresh)) {
                if (inserted.contains(employees.at(i).nip)) {
                    outcomes[i] = Upserted::Inserted;
                    continue;
                }
                // Inserted by another transaction since the read: compared with ours as upsertEmployee does.
                Upserted outcome = Upserted::Unchanged;
                if (auto id = upsertEmployee(c, employees.at(i), &outcome); !id)
                    return id.error();
                outcomes[i] = outcome;
            }
        }

        if (!changedIds.isEmpty()) {
            const QString tuple = postgres
                ? QStringLiteral("(CAST(? AS bigint), CAST(? AS text), CAST(? AS text), CAST(? AS text), "
                                 "CAST(? AS text), CAST(? AS bigint), CAST(? AS text), CAST(? AS date), "
                                 "CAST(? AS integer), CAST(? AS date))")
                : QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            SqlQuery update(c,
                postgres
                    ? QStringLiteral("UPDATE employees e SET nama = v.nama, gelar_depan = v.gelar_depan, "
                                     "gelar_belakang = v.gelar_belakang, jabatan = v.jabatan, unit_id = "
                                     "v.unit_id, jenis_pegawai = v.jenis_pegawai, tanggal_lahir = "
                                     "v.tanggal_lahir, jenis_kelamin = v.jenis_kelamin, tmt = v.tmt, "
                                     "version = e.version + 1, updated_at = ? FROM (VALUES ")
                        + tuples(changedIds.size(), tuple)
                        + QStringLiteral(
                            ") AS v(id, nama, gelar_depan, gelar_belakang, jabatan, unit_id, "
                            "jenis_pegawai, tanggal_lahir, jenis_kelamin, tmt) WHERE e.id = v.id")
                    : QStringLiteral("UPDATE employees SET nama = v.column2, gelar_depan = v.column3, "
                                     "gelar_belakang = v.column4, jabatan = v.column5, unit_id = v.column6, "
                                     "jenis_pegawai = v.column7, tanggal_lahir = v.column8, jenis_kelamin "
                                     "= v.column9, tmt = v.column10, version = employees.version + 1, "
                                     "updated_at = ? FROM (VALUES ")
                        + tuples(changedIds.size(), tuple)
                        + QStringLiteral(") AS v WHERE employees.id = v.column1"));
            update.bind(nowUtc());
            for (qsizetype i = from; i < from + count; ++i) {
                const Employee& e = employees.at(i);
                const auto id = changedIds.constFind(e.nip);
                if (id == changedIds.cend())
                    continue;
                update.bindAll(id.value(), e.nama, e.gelarDepan, e.gelarBelakang, e.jabatan, e.unitId,
                    jenisOf(e), e.tanggalLahir, e.jenisKelamin, e.tmt);
            }
            if (!update.exec())
                return update.error();
        }
    }
    return {};
}

Status Organisation::audit(QSqlDatabase& c, const QString& actorNip, const QString& action,
    const QString& entity, const QString& entityId, const QString& fromState, const QString& toState,
    const QString& note)
{
    // PostgreSQL: only the server's karier_audit writes the log; for a person's login it names that
    // person and takes the server's clock, whatever is passed (schema 8).
    const bool postgres = c.driverName() == QLatin1String("QPSQL");
    SqlQuery q(c,
        postgres
            ? QStringLiteral("SELECT karier_audit(?, ?, ?, ?, ?, ?, ?, ?)")
            : QStringLiteral("INSERT INTO audit_log (at, actor_nip, action, entity, entity_id, from_state, "
                             "to_state, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll(QDateTime::currentDateTimeUtc(), nullIfEmpty(actorNip), action, entity, nullIfEmpty(entityId),
        nullIfEmpty(fromState), nullIfEmpty(toState), nullIfEmpty(note));
    if (!q.exec())
        return q.error();
    return {};
}

Status Organisation::auditMany(QSqlDatabase& c, const QString& actorNip, const QList<AuditEntry>& entries)
{
    if (entries.isEmpty())
        return {};
    // The entries travel as one JSON array (one bound value, whatever their number); empty texts as null.
    const auto orNull = [](const QString& text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    QJsonArray array;
    for (const AuditEntry& e : entries)
        array.append(QJsonObject {{QStringLiteral("action"), orNull(e.action)},
            {QStringLiteral("entity"), orNull(e.entity)}, {QStringLiteral("entity_id"), orNull(e.entityId)},
            {QStringLiteral("from"), orNull(e.fromState)}, {QStringLiteral("to"), orNull(e.toState)},
            {QStringLiteral("note"), orNull(e.note)}});
    const QString json = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    const bool postgres = c.driverName() == QLatin1String("QPSQL");
    SqlQuery q(c,
        postgres ? QStringLiteral("SELECT karier_audit_many(?, ?, CAST(? AS jsonb))")
                 : QStringLiteral(
                     "INSERT INTO audit_log (at, actor_nip, action, entity, entity_id, from_state, to_state, "
                     "note) SELECT ?, ?, json_extract(value, '$.action'), json_extract(value, '$.entity'), "
                     "json_extract(value, '$.entity_id'), json_extract(value, '$.from'), "
                     "json_extract(value, '$.to'), json_extract(value, '$.note') FROM json_each(?) ORDER BY "
                     "key"));
    q.bindAll(QDateTime::currentDateTimeUtc(), nullIfEmpty(actorNip), json);
    if (!q.exec())
        return q.error();
    return {};
}

} // namespace karier
