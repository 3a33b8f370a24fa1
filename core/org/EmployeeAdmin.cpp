// SPDX-License-Identifier: GPL-3.0-or-later
#include "org/EmployeeAdmin.h"

#include "auth/AccessPolicy.h"
#include "dms/DmsService.h"
#include "io/EmployeeCsv.h"
#include "records/RecordType.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

namespace karier {

namespace {

QString dayText(const QDate& date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// The code of an active unit, or an error naming it as missing or inactive (kept for history only).
Result<QString> unitCode(QSqlDatabase& c, qint64 unitId)
{
    auto unit = queryOne(
        c, QStringLiteral("SELECT code, active FROM org_units WHERE id = ?"),
        [](const SqlQuery& q) { return std::make_pair(q.value(0).toString(), q.value(1).toBool()); }, unitId);
    if (!unit)
        return unit.error();
    if (!unit.value())
        return Error::invalid(EmployeeAdmin::tr("Pilih unit kerja pegawai."));
    if (!unit.value()->second)
        return Error::invalid(
            EmployeeAdmin::tr("Unit %1 tidak aktif lagi; pilih unit yang aktif.").arg(unit.value()->first));
    return unit.value()->first;
}

Error changedMeanwhile()
{
    return Error::conflict(EmployeeAdmin::tr(
        "Data pegawai ini baru saja diubah oleh pengguna lain. Perubahan Anda belum disimpan: muat ulang "
        "datanya, lalu ulangi perubahan Anda."));
}

} // namespace

EmployeeAdmin::EmployeeAdmin(std::shared_ptr<Database> db) : m_db(std::move(db))
{ }

Result<QList<OrgUnit>> EmployeeAdmin::units(const Session& session) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ViewEmployees); !allowed)
        return allowed.error();
    auto all = Organisation(m_db).units();
    if (!all || session.role == Role::Admin)
        return all;
    QList<OrgUnit> mine;
    for (const OrgUnit& unit : std::as_const(all.value())) {
        if (unit.id == session.managedUnitId || unit.parentId == session.managedUnitId)
            mine << unit;
    }
    return mine;
}

Result<EmployeePage> EmployeeAdmin::list(const Session& session, const EmployeeQuery& query) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ViewEmployees); !allowed)
        return allowed.error();
    const qint64 scope = session.role == Role::Admin ? 0 : session.managedUnitId;
    const int limit = std::clamp(query.limit, 1, 500);
    auto page = Organisation(m_db).employeePage(
        query.search, query.unitId, scope, query.offset, limit, query.order, query.descending);
    if (!page)
        return page.error();
    EmployeePage result;
    result.total = page->second;
    result.offset = query.offset;
    result.employees = std::move(page->first);
    // A page beyond the end (rows went away meanwhile): the last page instead.
    if (result.employees.isEmpty() && result.total > 0 && query.offset > 0) {
        EmployeeQuery last = query;
        last.offset = ((result.total - 1) / limit) * limit;
        return list(session, last);
    }
    return result;
}

Result<Employee> EmployeeAdmin::readInScope(const Session& session, qint64 employeeId) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ViewEmployees); !allowed)
        return allowed.error();
    auto employee = Organisation(m_db).employeeById(employeeId);
    if (!employee)
        return employee.error();
    if (!employee.value())
        return Error::notFound(tr("Pegawai tidak ditemukan atau di luar wewenang Anda."));
    const Employee& e = *employee.value();
    if (auto allowed = AccessPolicy::requireEmployee(session, {e.id, e.indukUnitId}); !allowed)
        return allowed.error();
    return e;
}

Result<EmployeeDetail> EmployeeAdmin::detail(
    const Session& session, qint64 employeeId, const QDate& today) const
{
    auto employee = readInScope(session, employeeId);
    if (!employee)
        return employee.error();
    EmployeeDetail detail;
    detail.employee = std::move(employee).value();
    const Employee& e = detail.employee;
    const EmployeeScope scope {e.id, e.indukUnitId};

    if (auto nip = Nip::parse(e.nip, today)) {
        detail.nip = nip.value();
        detail.mismatches = mismatches(e, nip.value());
    } else {
        detail.nipProblem = nip.error().message;
    }

    auto archive = DmsService(m_db).forEmployee(&session, e.nip);
    if (!archive)
        return archive.error();
    detail.dmsScore = archive->score;

    const QStringList jpTypes = RecordTypes::codesWhere(&RecordType::countsJp);
    if (std::all_of(jpTypes.cbegin(), jpTypes.cend(),
            [&](const QString& code) { return AccessPolicy::canReadRecord(session, scope, code); })) {
        auto jp = RecordService(m_db).jpForYear(session, scope, today.year());
        if (!jp)
            return jp.error();
        detail.jp = jp.value();
    }

    // The records the viewer may read (a Pengelola: Tim Kerja, what they verify); drafts stay the owner's.
    QStringList readable;
    const QList<const RecordType*> types = RecordTypes::stored();
    for (const RecordType* type : types) {
        if (AccessPolicy::canReadRecord(session, scope, type->code))
            readable << type->code;
        else
            detail.recordsLimited = true;
    }
    if (readable.isEmpty())
        return detail;
    auto records = m_db->readValue([&](QSqlDatabase& c) {
        SqlQuery q(c,
            QStringLiteral(
                "SELECT id, record_type, title, status, start_date FROM records WHERE employee_id = ?"
                " AND status <> 'draf' AND record_type IN (")
                + placeholders(readable.size())
                + QStringLiteral(") ORDER BY COALESCE(submitted_at, created_at) DESC, id DESC LIMIT 200"));
        q.bind(e.id);
        for (const QString& code : std::as_const(readable))
            q.bind(code);
        QList<EmployeeRecordRow> rows;
        if (!q.exec())
            return Result<QList<EmployeeRecordRow>>(q.error());
        while (q.next()) {
            EmployeeRecordRow row;
            row.id = q.value(0).toLongLong();
            row.typeCode = q.value(1).toString();
            row.title = q.value(2).toString();
            row.status = statusFromCode(q.value(3).toString()).value_or(SubmissionStatus::Diajukan);
            row.startDate = sqlDate(q.value(4));
            rows.append(row);
        }
        return Result<QList<EmployeeRecordRow>>(rows);
    });
    if (!records)
        return records.error();
    detail.records = std::move(records).value();
    return detail;
}

QStringList EmployeeAdmin::mismatches(const Employee& e, const Nip& nip)
{
    QStringList found;
    const bool pppk = nip.kind() == Nip::Kind::Pppk;
    if (e.pppk != pppk)
        found << tr("Jenis pegawai tercatat %1, menurut NIP %2.")
                     .arg(e.pppk ? QStringLiteral("PPPK") : QStringLiteral("PNS"),
                         pppk ? QStringLiteral("PPPK") : QStringLiteral("PNS"));
    if (e.tanggalLahir != nip.birthDate())
        found << tr("Tanggal lahir tercatat %1, menurut NIP %2.")
                     .arg(e.tanggalLahir.isValid() ? dayText(e.tanggalLahir) : tr("kosong"),
                         dayText(nip.birthDate()));
    const int sex = nip.sex() == Nip::Sex::Female ? 2 : 1;
    if (e.jenisKelamin != sex)
        found << tr("Jenis kelamin tercatat %1, menurut NIP %2.")
                     .arg(e.jenisKelamin == 2 ? tr("perempuan") : tr("laki-laki"),
                         sex == 2 ? tr("perempuan") : tr("laki-laki"));
    const bool tmtMatches
        = e.tmt.isValid() && e.tmt.year() == nip.tmt().year() && (pppk || e.tmt.month() == nip.tmt().month());
    if (!tmtMatches)
        found << tr("TMT tercatat %1, menurut NIP %2.")
                     .arg(e.tmt.isValid() ? dayText(e.tmt) : tr("kosong"),
                         pppk ? nip.tmt().toString(QStringLiteral("yyyy"))
                              : nip.tmt().toString(QStringLiteral("MM-yyyy")));
    return found;
}

Result<qint64> EmployeeAdmin::save(const Session& session, const EmployeeInput& input, const QDate& today)
{
    if (auto allowed = AccessPolicy::require(session, Permission::ManageEmployees); !allowed)
        return allowed.error();
    return m_db->writeValue([&](QSqlDatabase& c) -> Result<qint64> {
        auto code = unitCode(c, input.unitId);
        if (!code)
            return code.error();
        // The CSV import's checks, the form's fields named as the file's columns.
        const QHash<QString, QString> cells {{QStringLiteral("nip"), input.nip},
            {QStringLiteral("nama"), input.nama.trimmed()}, {QStringLiteral("kode_unit"), code.value()},
            {QStringLiteral("gelar_depan"), input.gelarDepan.trimmed()},
            {QStringLiteral("gelar_belakang"), input.gelarBelakang.trimmed()},
            {QStringLiteral("jabatan"), input.jabatan.trimmed()},
            {QStringLiteral("tmt"), input.tmt.trimmed()}};
        Employee e;
        if (const QString problem = EmployeeCsv::check(cells, today, e); !problem.isEmpty())
            return Error::invalid(problem);
        e.unitId = input.unitId;
        const QString jenis = e.pppk ? QStringLiteral("PPPK") : QStringLiteral("PNS");

        if (input.id == 0) {
            auto existing = queryOne(
                c, QStringLiteral("SELECT nama FROM employees WHERE nip = ?"),
                [](const SqlQuery& q) { return q.value(0).toString(); }, e.nip);
            if (!existing)
                return existing.error();
            if (existing.value())
                return Error::invalid(tr("Pegawai dengan NIP %1 sudah terdaftar: %2.")
                                          .arg(Nip::groupedOrAsIs(e.nip), *existing.value()));
            auto id = queryValue(c,
                QStringLiteral(
                    "INSERT INTO employees (nip, nama, gelar_depan, gelar_belakang, jabatan, unit_id,"
                    " jenis_pegawai, tanggal_lahir, jenis_kelamin, tmt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    " RETURNING id"),
                e.nip, e.nama, e.gelarDepan, e.gelarBelakang, e.jabatan, e.unitId, jenis, e.tanggalLahir,
                e.jenisKelamin, e.tmt);
            if (!id)
                return id.error();
            if (auto logged = Organisation::audit(c, session.nip, QStringLiteral("tambah-pegawai"),
                    QStringLiteral("pegawai"), e.nip, {}, code.value(), e.displayName());
                !logged)
                return logged.error();
            return id->toLongLong();
        }

        auto stored = queryOne(
            c,
            QStringLiteral("SELECT e.nip, e.version, u.code FROM employees e JOIN org_units u ON u.id = "
                           "e.unit_id WHERE e.id = ?"),
            [](const SqlQuery& q) {
                return std::tuple {q.value(0).toString(), q.value(1).toInt(), q.value(2).toString()};
            },
            input.id);
        if (!stored)
            return stored.error();
        if (!stored.value())
            return Error::notFound(tr("Pegawai tidak ditemukan atau di luar wewenang Anda."));
        const auto& [storedNip, storedVersion, storedUnit] = *stored.value();
        if (storedNip != e.nip)
            return Error::invalid(tr("NIP tidak dapat diubah. Tambahkan pegawai baru untuk NIP %1.")
                                      .arg(Nip::groupedOrAsIs(e.nip)));
        if (storedVersion != input.version)
            return changedMeanwhile();
        SqlQuery update(c,
            QStringLiteral("UPDATE employees SET nama = ?, gelar_depan = ?, gelar_belakang = ?, jabatan = ?,"
                           " unit_id = ?, jenis_pegawai = ?, tanggal_lahir = ?, jenis_kelamin = ?, tmt = ?,"
                           " version = version + 1, updated_at = ? WHERE id = ? AND version = ?"));
        update.bindAll(e.nama, e.gelarDepan, e.gelarBelakang, e.jabatan, e.unitId, jenis, e.tanggalLahir,
            e.jenisKelamin, e.tmt, nowUtc(), input.id, input.version);
        if (!update.exec())
            return update.error();
        if (update.rowsAffected() != 1)
            return changedMeanwhile();
        const bool moved = storedUnit != code.value();
        if (auto logged = Organisation::audit(c, session.nip,
                moved ? QStringLiteral("pindah-unit-pegawai") : QStringLiteral("ubah-pegawai"),
                QStringLiteral("pegawai"), e.nip, moved ? storedUnit : QString(),
                moved ? code.value() : QString(), e.displayName());
            !logged)
            return logged.error();
        return input.id;
    });
}

Status EmployeeAdmin::move(const Session& session, qint64 employeeId, int version, qint64 unitId)
{
    if (auto allowed = AccessPolicy::require(session, Permission::ManageEmployees); !allowed)
        return allowed.error();
    return m_db->write([&](QSqlDatabase& c) -> Status {
        auto code = unitCode(c, unitId);
        if (!code)
            return code.error();
        auto stored = queryOne(
            c,
            QStringLiteral(
                "SELECT e.nip, u.code FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE e.id = ?"),
            [](const SqlQuery& q) {
                return std::pair {q.value(0).toString(), q.value(1).toString()};
            },
            employeeId);
        if (!stored)
            return stored.error();
        if (!stored.value())
            return Error::notFound(tr("Pegawai tidak ditemukan atau di luar wewenang Anda."));
        const auto& [nip, fromUnit] = *stored.value();
        if (fromUnit == code.value())
            return Error::invalid(tr("Pegawai ini sudah berada di unit tersebut."));
        SqlQuery update(c,
            QStringLiteral("UPDATE employees SET unit_id = ?, version = version + 1, updated_at = ?"
                           " WHERE id = ? AND version = ?"));
        update.bindAll(unitId, nowUtc(), employeeId, version);
        if (!update.exec())
            return update.error();
        if (update.rowsAffected() != 1)
            return changedMeanwhile();
        return Organisation::audit(c, session.nip, QStringLiteral("pindah-unit-pegawai"),
            QStringLiteral("pegawai"), nip, fromUnit, code.value());
    });
}

} // namespace karier
