// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "dms/DmsService.h"
#include "io/DemoSeeder.h"
#include "io/EmployeeCsv.h"
#include "org/EmployeeAdmin.h"
#include "org/UnitAdmin.h"
#include "storage/Query.h"

#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

namespace {

const QString AdminNip = QStringLiteral("198503152010012002");
const QString PengelolaNip = QStringLiteral("198007122005011003");
const QString AsnNip = QStringLiteral("198609262015051001");
/// Not in the demo data: born 14 March 1992, TMT CPNS March 2019, female.
const QString NewNip = QStringLiteral("199203142019032005");

/// Refused by core (Forbidden), or on the server a row outside one's scope is simply not there.
bool refused(const Error& error)
{
    return error.code == ErrorCode::Forbidden
        || (TestDatabase::isPostgres() && error.code == ErrorCode::NotFound);
}

} // namespace

class TestEmployeeAdmin : public QObject
{
    Q_OBJECT

    const QDate m_today = QDate(2026, 11, 30);
    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    Session m_admin;
    Session m_pengelola;
    Session m_asn;
    Employee m_outsider; ///< an employee outside the Pengelola's Perangkat Daerah
    QList<OrgUnit> m_units;

    /// The service as \a session's person uses it: on PostgreSQL on their own login (TestDatabase::openAs).
    EmployeeAdmin as(Session& session) { return EmployeeAdmin(m_fresh.openAs(m_db, session)); }

    OrgUnit unitOtherThan(qint64 unitId) const
    {
        for (const OrgUnit& unit : m_units) {
            if (unit.id != unitId)
                return unit;
        }
        return {};
    }

    EmployeeInput newEmployee(qint64 unitId) const
    {
        EmployeeInput input;
        input.nip = QStringLiteral("19920314 201903 2 005");
        input.nama = QStringLiteral("Siti Rahayu");
        input.gelarDepan = QStringLiteral("dr.");
        input.jabatan = QStringLiteral("Dokter Ahli Pertama");
        input.unitId = unitId;
        return input;
    }

    int auditCount(const QString& action, const QString& nip)
    {
        const auto count = m_db->readValue([&](QSqlDatabase& c) {
            return queryValue(c,
                QStringLiteral(
                    "SELECT COUNT(*) FROM audit_log WHERE action = ? AND entity_id = ? AND actor_nip = ?"),
                action, nip, m_admin.nip);
        });
        return count ? count->toInt() : -1;
    }

    /// A record as stored, written by hand (the owner's connection): its type, status, title, hours.
    void insertRecord(
        qint64 employeeId, const QString& type, const QString& status, const QString& title, int hours)
    {
        QVERIFY(m_db->write([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c,
                QStringLiteral(
                    "INSERT INTO records (employee_id, record_type, status, fields, title, start_date,"
                    " end_date, hours, submitted_at) VALUES (?, ?, ?, '{}', ?, ?, ?, ?, ?)"));
            q.bindAll(employeeId, type, status, title, QDate(2026, 5, 4), QDate(2026, 5, 4), hours,
                QDateTime(QDate(2026, 5, 5), QTime(8, 0), Qt::UTC));
            if (!q.exec())
                return q.error();
            return {};
        }));
    }

    void deleteNew()
    {
        QVERIFY(m_db->write([&](QSqlDatabase& c) -> Status {
            SqlQuery records(c,
                QStringLiteral(
                    "DELETE FROM records WHERE employee_id IN (SELECT id FROM employees WHERE nip = ?)"));
            records.bind(NewNip);
            if (!records.exec())
                return records.error();
            SqlQuery q(c, QStringLiteral("DELETE FROM employees WHERE nip = ?"));
            q.bind(NewNip);
            if (!q.exec())
                return q.error();
            return {};
        }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        QVERIFY(DemoSeeder::seedDemo(m_db).ok());
        m_admin = karier::test::sessionFor(m_db, AdminNip, Role::Admin, 1);
        m_pengelola = karier::test::sessionFor(m_db, PengelolaNip, Role::Pengelola, 2);
        m_asn = karier::test::sessionFor(m_db, AsnNip, Role::Asn, 3);
        QVERIFY(m_admin.employeeId > 0 && m_pengelola.employeeId > 0 && m_asn.employeeId > 0);
        m_units = Organisation(m_db).units().value();
        QVERIFY(Organisation(m_db)
                    .forEachEmployee([&](const Employee& e) {
                        if (e.indukUnitId != m_pengelola.managedUnitId) {
                            m_outsider = e;
                            return false;
                        }
                        return true;
                    })
                    .ok());
        QVERIFY(m_outsider.id > 0);
    }

    void cleanup() { deleteNew(); }

    void adminListsSearchesFiltersAndPages()
    {
        auto service = as(m_admin);
        const int all = Organisation(m_db).employeeCount().value();
        EmployeeQuery query;
        query.limit = 10;
        auto first = service.list(m_admin, query);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(first->total, all);
        QCOMPARE(first->employees.size(), std::min(10, all));
        query.offset = 10;
        const auto second = service.list(m_admin, query).value();
        QVERIFY(!second.employees.isEmpty());
        QVERIFY(second.employees.constFirst().nip != first->employees.constFirst().nip);
        QVERIFY(second.employees.constFirst().nama >= first->employees.constLast().nama);

        // Search by the NIP as printed (grouped) and by a part of the name, any case.
        query.offset = 0;
        query.search = QStringLiteral("19860926 201505");
        auto byNip = service.list(m_admin, query).value();
        QCOMPARE(byNip.total, 1);
        QCOMPARE(byNip.employees.constFirst().nip, AsnNip);
        const QString name = byNip.employees.constFirst().nama;
        query.search = name.mid(1, 5).toUpper();
        const auto byName = service.list(m_admin, query).value();
        QVERIFY(byName.total >= 1);
        QVERIFY(std::any_of(byName.employees.cbegin(), byName.employees.cend(),
            [](const Employee& e) { return e.nip == AsnNip; }));

        // A Perangkat Daerah with its Satker, and one Satker alone.
        query.search.clear();
        query.unitId = m_pengelola.managedUnitId;
        QCOMPARE(service.list(m_admin, query)->total,
            Organisation(m_db).employeeCount(m_pengelola.managedUnitId).value());
        query.unitId = m_asn.unitId;
        const auto satker = service.list(m_admin, query).value();
        QVERIFY(satker.total >= 1);
        for (const Employee& e : satker.employees)
            QCOMPARE(e.unitId, m_asn.unitId);
    }

    void pengelolaSeesOwnPerangkatDaerahOnly()
    {
        auto service = as(m_pengelola);
        EmployeeQuery query;
        query.limit = 500;
        const auto page = service.list(m_pengelola, query);
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        QCOMPARE(page->total, Organisation(m_db).employeeCount(m_pengelola.managedUnitId).value());
        for (const Employee& e : page->employees)
            QCOMPARE(e.indukUnitId, m_pengelola.managedUnitId);
        // Asking for another Perangkat Daerah's unit gives nothing of it.
        query.unitId = m_outsider.indukUnitId;
        QCOMPARE(service.list(m_pengelola, query)->total, 0);

        const auto units = service.units(m_pengelola).value();
        QVERIFY(!units.isEmpty());
        for (const OrgUnit& unit : units)
            QVERIFY(unit.id == m_pengelola.managedUnitId || unit.parentId == m_pengelola.managedUnitId);

        const auto outside = service.detail(m_pengelola, m_outsider.id, m_today);
        QVERIFY(!outside.ok());
        QVERIFY2(refused(outside.error()), qPrintable(outside.error().message));

        // Their own staff: read, without the Kursus (JP) they do not verify.
        const auto asn = service.detail(m_pengelola, m_asn.employeeId, m_today);
        QVERIFY2(asn.ok(), qPrintable(asn.error().message));
        QVERIFY(!asn->jp);
        QVERIFY(asn->recordsLimited);
        for (const EmployeeRecordRow& row : asn->records)
            QCOMPARE(row.typeCode, QStringLiteral("timkerja"));

        // Read-only: every change is refused.
        auto input = newEmployee(m_pengelola.managedUnitId);
        const auto added = service.save(m_pengelola, input, m_today);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, ErrorCode::Forbidden);
        const Employee own = Organisation(m_db).employeeById(m_asn.employeeId).value().value();
        const auto moved = service.move(m_pengelola, own.id, own.version, m_pengelola.managedUnitId);
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error().code, ErrorCode::Forbidden);
        QCOMPARE(Organisation(m_db).employeeById(own.id).value()->version, own.version);
    }

    void asnIsRefused()
    {
        auto service = as(m_asn);
        const auto page = service.list(m_asn, {});
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, ErrorCode::Forbidden);
        QCOMPARE(service.units(m_asn).error().code, ErrorCode::Forbidden);
        QCOMPARE(service.detail(m_asn, m_asn.employeeId, m_today).error().code, ErrorCode::Forbidden);
        QCOMPARE(service.save(m_asn, newEmployee(m_asn.unitId), m_today).error().code, ErrorCode::Forbidden);
    }

    void adminAddsWithTheImportsChecks()
    {
        auto service = as(m_admin);
        const auto id = service.save(m_admin, newEmployee(m_asn.unitId), m_today);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        const auto stored = Organisation(m_db).employeeById(id.value()).value();
        QVERIFY(stored);
        QCOMPARE(stored->nip, NewNip);
        QCOMPARE(stored->displayName(), QStringLiteral("dr. Siti Rahayu"));
        QCOMPARE(stored->tanggalLahir, QDate(1992, 3, 14));
        QCOMPARE(stored->jenisKelamin, 2);
        QCOMPARE(stored->tmt, QDate(2019, 3, 1));
        QVERIFY(!stored->pppk);
        QCOMPARE(auditCount(QStringLiteral("tambah-pegawai"), NewNip), 1);

        // The same NIP again is refused, and nothing changes.
        auto again = newEmployee(m_asn.unitId);
        again.nama = QStringLiteral("Orang Lain");
        const auto duplicate = service.save(m_admin, again, m_today);
        QVERIFY(!duplicate.ok());
        QVERIFY2(duplicate.error().message.contains(QLatin1String("sudah terdaftar")),
            qPrintable(duplicate.error().message));
        QCOMPARE(Organisation(m_db).employeeById(id.value()).value()->nama, QStringLiteral("Siti Rahayu"));
    }

    void formRefusesWhatTheImportRefuses_data()
    {
        QTest::addColumn<QString>("nip");
        QTest::addColumn<QString>("nama");
        QTest::addColumn<QString>("tmt");
        QTest::addColumn<QString>("message");
        QTest::newRow("short nip") << "19920314201903200"
                                   << "Siti"
                                   << ""
                                   << "NIP harus 18 digit";
        QTest::newRow("empty name") << NewNip << "  "
                                    << ""
                                    << "nama kosong";
        QTest::newRow("tmt against nip") << NewNip << "Siti"
                                         << "01-04-2018"
                                         << "tmt 01-04-2018 tidak sesuai NIP";
        QTest::newRow("control character") << NewNip << QStringLiteral("Siti\u0007") << ""
                                           << "nama";
    }

    void formRefusesWhatTheImportRefuses()
    {
        QFETCH(QString, nip);
        QFETCH(QString, nama);
        QFETCH(QString, tmt);
        QFETCH(QString, message);
        auto input = newEmployee(m_asn.unitId);
        input.nip = nip;
        input.nama = nama;
        input.tmt = tmt;
        const auto saved = as(m_admin).save(m_admin, input, m_today);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, ErrorCode::InvalidInput);
        QVERIFY2(saved.error().message.contains(message), qPrintable(saved.error().message));
        QVERIFY(!Organisation(m_db).employeeByNip(NewNip).value());
        // The import says the same of such a row.
        const QByteArray csv
            = QStringLiteral("nip,nama,kode_unit,tmt\n%1,%2,%3,%4\n")
                  .arg(nip, nama, Organisation(m_db).employeeById(m_asn.employeeId).value()->unitCode, tmt)
                  .toUtf8();
        const auto report = EmployeeCsv::import(m_db, &m_admin, csv, m_today);
        QVERIFY(report.ok());
        QCOMPARE(report->errors.size(), 1);
        QCOMPARE(report->errors.constFirst(), QStringLiteral("baris 2: ") + saved.error().message);
    }

    void twoAdminsEditingOneEmployee()
    {
        auto service = as(m_admin);
        const qint64 id = service.save(m_admin, newEmployee(m_asn.unitId), m_today).value();
        const Employee read = Organisation(m_db).employeeById(id).value().value();

        EmployeeInput first = newEmployee(m_asn.unitId);
        first.id = id;
        first.version = read.version;
        first.jabatan = QStringLiteral("Dokter Ahli Muda");
        QVERIFY(service.save(m_admin, first, m_today).ok());
        QCOMPARE(auditCount(QStringLiteral("ubah-pegawai"), NewNip), 1);

        // The second Admin read the same version: refused, in words, and the first change stays.
        EmployeeInput second = first;
        second.jabatan = QStringLiteral("Kepala Puskesmas");
        const auto late = service.save(m_admin, second, m_today);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().code, ErrorCode::Conflict);
        QVERIFY2(late.error().message.contains(QLatin1String("baru saja diubah oleh pengguna lain")),
            qPrintable(late.error().message));
        const Employee now = Organisation(m_db).employeeById(id).value().value();
        QCOMPARE(now.jabatan, QStringLiteral("Dokter Ahli Muda"));
        QCOMPARE(now.version, read.version + 1);

        // The NIP is the employee's key: a change of it is refused.
        EmployeeInput renumbered = first;
        renumbered.version = now.version;
        renumbered.nip = QStringLiteral("199203142019032006");
        QCOMPARE(service.save(m_admin, renumbered, m_today).error().code, ErrorCode::InvalidInput);
    }

    void adminMovesAnEmployee()
    {
        auto service = as(m_admin);
        const qint64 id = service.save(m_admin, newEmployee(m_asn.unitId), m_today).value();
        const Employee read = Organisation(m_db).employeeById(id).value().value();
        const OrgUnit target = unitOtherThan(read.unitId);
        QVERIFY(service.move(m_admin, id, read.version, target.id).ok());
        const Employee moved = Organisation(m_db).employeeById(id).value().value();
        QCOMPARE(moved.unitId, target.id);
        QCOMPARE(auditCount(QStringLiteral("pindah-unit-pegawai"), NewNip), 1);
        const auto fromTo = m_db->readValue([&](QSqlDatabase& c) {
            return queryOne(
                c,
                QStringLiteral(
                    "SELECT from_state, to_state FROM audit_log WHERE action = 'pindah-unit-pegawai' "
                    "AND entity_id = ?"),
                [](const SqlQuery& q) -> QString {
                    return q.value(0).toString() + QLatin1Char('>') + q.value(1).toString();
                },
                NewNip);
        });
        QCOMPARE(fromTo.value().value(), QString(read.unitCode + QLatin1Char('>') + target.code));
        // With the version read before the move: refused.
        const auto stale = service.move(m_admin, id, read.version, read.unitId);
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
        QCOMPARE(Organisation(m_db).employeeById(id).value()->unitId, target.id);
    }

    /// A unit kept only for history takes nobody, from the form as from the import (SQLite has no
    /// server trigger: core refuses).
    void noEmployeeIntoAnInactiveUnit()
    {
        UnitAdmin units(m_db);
        const QString code = QStringLiteral("NONAKTIF%1").arg(QDateTime::currentMSecsSinceEpoch() % 100000);
        const auto added = units.add(m_admin, code, QStringLiteral("Satker Lama"), m_asn.indukUnitId);
        QVERIFY2(added.ok(), qPrintable(added.error().message));
        QVERIFY(units.setActive(m_admin, added.value(), 1, false).ok());
        auto service = as(m_admin);
        const auto refused = service.save(m_admin, newEmployee(added.value()), m_today);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("tidak aktif")),
            qPrintable(refused.error().message));
        QVERIFY(!Organisation(m_db).employeeByNip(NewNip).value());
        const qint64 id = service.save(m_admin, newEmployee(m_asn.unitId), m_today).value();
        const Employee read = Organisation(m_db).employeeById(id).value().value();
        const Status moved = service.move(m_admin, id, read.version, added.value());
        QVERIFY(!moved.ok());
        QCOMPARE(Organisation(m_db).employeeById(id).value()->unitId, m_asn.unitId);
    }

    void detailListsTheRecordsTheViewerMayRead()
    {
        auto admin = as(m_admin);
        const qint64 id = admin.save(m_admin, newEmployee(m_pengelola.managedUnitId), m_today).value();
        insertRecord(
            id, QStringLiteral("kursus"), QStringLiteral("diajukan"), QStringLiteral("Pelatihan A"), 4);
        insertRecord(
            id, QStringLiteral("kursus"), QStringLiteral("disetujui"), QStringLiteral("Pelatihan B"), 6);
        insertRecord(
            id, QStringLiteral("timkerja"), QStringLiteral("diajukan"), QStringLiteral("Tim Stunting"), 0);
        insertRecord(
            id, QStringLiteral("kursus"), QStringLiteral("draf"), QStringLiteral("Belum selesai"), 2);
        // The Admin: everything submitted (no draft), and the JP of the year.
        const auto full = admin.detail(m_admin, id, m_today);
        QVERIFY2(full.ok(), qPrintable(full.error().message));
        QCOMPARE(full->records.size(), 3);
        QVERIFY(std::none_of(full->records.cbegin(), full->records.cend(),
            [](const EmployeeRecordRow& r) { return r.status == SubmissionStatus::Draf; }));
        QVERIFY(full->jp);
        QCOMPARE(full->jp->approved, 6);
        QCOMPARE(full->jp->pending, 4);

        // Their Pengelola: the Tim Kerja only, and no JP.
        const auto limited = as(m_pengelola).detail(m_pengelola, id, m_today);
        QVERIFY2(limited.ok(), qPrintable(limited.error().message));
        QCOMPARE(limited->records.size(), 1);
        QCOMPARE(limited->records.constFirst().title, QStringLiteral("Tim Stunting"));
        QVERIFY(limited->recordsLimited);
        QVERIFY(!limited->jp);
        QCOMPARE(
            RecordService(m_db).jpForYear(m_pengelola, {id, m_pengelola.managedUnitId}, 2026).error().code,
            ErrorCode::Forbidden);
    }

    void detailShowsNipFactsAndMismatches()
    {
        auto service = as(m_admin);
        const qint64 id = service.save(m_admin, newEmployee(m_asn.unitId), m_today).value();
        auto detail = service.detail(m_admin, id, m_today);
        QVERIFY2(detail.ok(), qPrintable(detail.error().message));
        QVERIFY(detail->nip);
        QCOMPARE(detail->nip->birthDate(), QDate(1992, 3, 14));
        QVERIFY(detail->mismatches.isEmpty());
        QVERIFY(detail->jp);
        QCOMPARE(detail->jp->year, 2026);
        QCOMPARE(detail->jp->approved, 0);
        QVERIFY(!detail->recordsLimited);
        QCOMPARE(detail->dmsScore.total, DmsService(m_db).forEmployee(&m_admin, NewNip)->score.total);

        // A row stored before the checks (an older version, SQL by hand) disagrees with its NIP.
        QVERIFY(m_db->write([&](QSqlDatabase& c) -> Status {
            SqlQuery q(
                c, QStringLiteral("UPDATE employees SET tanggal_lahir = ?, jenis_kelamin = 1 WHERE id = ?"));
            q.bindAll(QDate(1992, 4, 14), id);
            if (!q.exec())
                return q.error();
            return {};
        }));
        detail = service.detail(m_admin, id, m_today);
        QCOMPARE(detail->mismatches.size(), 2);
        QVERIFY(detail->mismatches.at(0).contains(QLatin1String("14-04-1992")));
        QVERIFY(detail->mismatches.at(1).contains(QLatin1String("perempuan")));
    }
};

QTEST_GUILESS_MAIN(TestEmployeeAdmin)
#include "TestEmployeeAdmin.moc"
