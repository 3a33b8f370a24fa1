// SPDX-License-Identifier: GPL-3.0-or-later
// Unit Kerja's rules in core (UnitAdmin), on SQLite and, as the Admin's own login, on PostgreSQL:
// the tree and its counts, the Pengelola of an Induk Satker, add, rename, move, deactivate, the audit.
#include "TestDatabase.h"
#include "auth/AuthService.h"
#include "io/EmployeeCsv.h"
#include "org/Organisation.h"
#include "org/UnitAdmin.h"
#include "storage/Query.h"

#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

namespace {

// NIPs of this test only (login roles are cluster-wide on PostgreSQL).
const QString AdminNip = QStringLiteral("197111012000011201");
const QString PengelolaNip = QStringLiteral("197111012000011202");
const QString AsnNip = QStringLiteral("197111012000011203");
const QString OtherNip = QStringLiteral("197111012000011204");
const QString Password = QStringLiteral("Lembayung-Senja-1201!");

} // namespace

class TestUnitAdmin : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    Session m_admin;
    Session m_pengelola;
    Session m_asn;
    QMap<QString, qint64> m_unit; // code → id

    /// The service as the Admin uses it: on PostgreSQL on their own login, under the server's rules.
    UnitAdmin admin() { return UnitAdmin(m_fresh.openAs(m_db, m_admin)); }

    qint64 employee(const QString& nip, const QString& name, const QString& unitCode)
    {
        Employee e;
        e.nip = nip;
        e.nama = name;
        e.unitId = m_unit.value(unitCode);
        e.tanggalLahir = QDate(1971, 11, 1);
        e.tmt = QDate(2000, 1, 1);
        qint64 id = 0;
        const Status written = m_db->write([&](QSqlDatabase& c) -> Status {
            const auto made = Organisation::upsertEmployee(c, e);
            if (!made)
                return made.error();
            id = *made;
            return {};
        });
        if (!written)
            qWarning("%s", qPrintable(written.error().message));
        return id;
    }

    std::optional<UnitNode> node(qint64 id)
    {
        const auto tree = admin().tree(m_admin);
        if (!tree)
            return std::nullopt;
        for (const UnitNode& unit : *tree) {
            if (unit.id == id)
                return unit;
        }
        return std::nullopt;
    }

    int auditCount(const QString& action, qint64 id)
    {
        const auto n = m_db->readValue([&](QSqlDatabase& c) {
            return queryValue(c,
                QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND entity = 'org_unit' AND "
                               "entity_id = ? AND actor_nip = ?"),
                action, QString::number(id), AdminNip);
        });
        return n ? n->toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        QVERIFY(m_db->write([&](QSqlDatabase& c) -> Status {
            const QList<std::tuple<const char*, const char*, const char*>> units
                = {{"UA", "Dinas Alpha", ""}, {"UA.S1", "Bidang Satu", "UA"}, {"UA.S2", "Bidang Dua", "UA"},
                    {"UB", "Badan Beta", ""}, {"UC", "Kantor Gamma", ""}};
            for (const auto& [code, name, parent] : units) {
                const auto id = Organisation::upsertUnit(
                    c, QLatin1String(code), QString::fromUtf8(name), QLatin1String(parent));
                if (!id)
                    return id.error();
                m_unit.insert(QLatin1String(code), *id);
            }
            return {};
        }));
        QVERIFY(employee(AdminNip, QStringLiteral("Admin Unit"), QStringLiteral("UB")) > 0);
        QVERIFY(employee(PengelolaNip, QStringLiteral("Pengelola Alpha"), QStringLiteral("UA")) > 0);
        QVERIFY(employee(AsnNip, QStringLiteral("Asn Satu"), QStringLiteral("UA.S1")) > 0);
        QVERIFY(employee(OtherNip, QStringLiteral("Asn Dua"), QStringLiteral("UA.S1")) > 0);
        AuthService auth(m_db);
        QVERIFY(auth.createAccount(nullptr, AdminNip, Role::Admin, 0, Password).ok());
        QVERIFY(auth.createAccount(nullptr, PengelolaNip, Role::Pengelola, m_unit["UA"], Password).ok());
        m_admin = karier::test::sessionFor(m_db, AdminNip, Role::Admin, 1);
        m_pengelola = karier::test::sessionFor(m_db, PengelolaNip, Role::Pengelola, 2);
        m_asn = karier::test::sessionFor(m_db, AsnNip, Role::Asn, 3);
        QVERIFY(m_admin.employeeId > 0);
    }

    void treeCountsInSql()
    {
        const auto tree = admin().tree(m_admin);
        QVERIFY2(tree, qPrintable(tree.error().message));
        QStringList order;
        for (const UnitNode& unit : *tree)
            order << unit.code;
        // Each Induk Satker by name, followed by its Satker by name.
        QCOMPARE(order, QStringList({"UB", "UA", "UA.S2", "UA.S1", "UC"}));
        const auto ua = node(m_unit["UA"]);
        QVERIFY(ua);
        QCOMPARE(ua->ownEmployees, 1);
        QCOMPARE(ua->totalEmployees, 3);
        QCOMPARE(ua->activeSatker, 2);
        QVERIFY(ua->isInduk() && ua->active);
        const auto s1 = node(m_unit["UA.S1"]);
        QCOMPARE(s1->ownEmployees, 2);
        QCOMPARE(s1->totalEmployees, 2);
        QCOMPARE(s1->parentId, m_unit["UA"]);
        QCOMPARE(node(m_unit["UC"])->totalEmployees, 0);
    }

    void onlyTheAdmin()
    {
        for (const Session* who : {&m_pengelola, &m_asn}) {
            QCOMPARE(UnitAdmin(m_db).tree(*who).error().code, ErrorCode::Forbidden);
            QCOMPARE(UnitAdmin(m_db).add(*who, QStringLiteral("UX"), QStringLiteral("X"), 0).error().code,
                ErrorCode::Forbidden);
            QCOMPARE(
                UnitAdmin(m_db).setActive(*who, m_unit["UC"], 1, false).error().code, ErrorCode::Forbidden);
        }
        QVERIFY(node(m_unit["UC"])->active);
    }

    void pengelolaOfInduk()
    {
        const auto people = admin().pengelola(m_admin, m_unit["UA"]);
        QVERIFY2(people, qPrintable(people.error().message));
        QCOMPARE(people->size(), 1);
        QCOMPARE(people->first().nip, PengelolaNip);
        QCOMPARE(people->first().name, QStringLiteral("Pengelola Alpha"));
        QVERIFY(admin().pengelola(m_admin, m_unit["UB"])->isEmpty());
    }

    void addWithUniqueCodes()
    {
        const auto induk = admin().add(m_admin, QStringLiteral(" UD "), QStringLiteral("  Dinas Delta "), 0);
        QVERIFY2(induk, qPrintable(induk.error().message));
        const auto made = node(*induk);
        QCOMPARE(made->code, QStringLiteral("UD"));
        QCOMPARE(made->name, QStringLiteral("Dinas Delta"));
        QVERIFY(made->isInduk());
        QCOMPARE(auditCount(QStringLiteral("tambah-unit"), *induk), 1);
        const auto satker
            = admin().add(m_admin, QStringLiteral("UD.S1"), QStringLiteral("Seksi Satu"), *induk);
        QVERIFY2(satker, qPrintable(satker.error().message));
        QCOMPARE(node(*satker)->parentId, *induk);
        m_unit.insert(QStringLiteral("UD"), *induk);
        m_unit.insert(QStringLiteral("UD.S1"), *satker);

        // The same code, whatever its case: a clear message, not the database's.
        const auto twice = admin().add(m_admin, QStringLiteral("ud"), QStringLiteral("Lagi"), 0);
        QCOMPARE(twice.error().code, ErrorCode::InvalidInput);
        QCOMPARE(twice.error().message,
            QStringLiteral("Kode UD sudah dipakai oleh unit Dinas Delta. Pilih kode lain."));
        QCOMPARE(admin().add(m_admin, QStringLiteral("A B"), QStringLiteral("Spasi"), 0).error().code,
            ErrorCode::InvalidInput);
        QCOMPARE(admin().add(m_admin, QStringLiteral("UE"), QStringLiteral("  "), 0).error().code,
            ErrorCode::InvalidInput);
        // Two levels: nothing under a Satker.
        const auto deeper
            = admin().add(m_admin, QStringLiteral("UD.S1.X"), QStringLiteral("Terlalu dalam"), *satker);
        QCOMPARE(deeper.error().code, ErrorCode::InvalidInput);
        QVERIFY(deeper.error().message.contains(QStringLiteral("Satker hanya berada di bawah Induk Satker")));
        QCOMPARE(auditCount(QStringLiteral("tambah-unit"), *satker), 1);
    }

    void renameWithVersion()
    {
        const auto before = node(m_unit["UC"]);
        QVERIFY(admin().rename(m_admin, before->id, before->version, QStringLiteral("Kantor Gamma Baru")));
        const auto after = node(m_unit["UC"]);
        QCOMPARE(after->name, QStringLiteral("Kantor Gamma Baru"));
        QCOMPARE(after->version, before->version + 1);
        QCOMPARE(auditCount(QStringLiteral("ubah-nama-unit"), before->id), 1);
        // What another Admin read before this change is refused, and nothing changes.
        const Status stale = admin().rename(m_admin, before->id, before->version, QStringLiteral("Lama"));
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
        QCOMPARE(node(m_unit["UC"])->name, QStringLiteral("Kantor Gamma Baru"));
        QCOMPARE(auditCount(QStringLiteral("ubah-nama-unit"), before->id), 1);
    }

    void moveSatker()
    {
        const auto s1 = node(m_unit["UA.S1"]);
        QVERIFY(admin().move(m_admin, s1->id, s1->version, m_unit["UB"]));
        QCOMPARE(node(s1->id)->parentId, m_unit["UB"]);
        // The employees come along: the counts follow in SQL.
        QCOMPARE(node(m_unit["UB"])->totalEmployees, 3);
        QCOMPARE(node(m_unit["UA"])->totalEmployees, 1);
        QCOMPARE(Organisation(m_db).employeeByNip(AsnNip).value()->indukUnitId, m_unit["UB"]);
        QCOMPARE(auditCount(QStringLiteral("pindah-unit"), s1->id), 1);
        // An Induk Satker is not moved; a Satker only under an Induk Satker.
        const auto ua = node(m_unit["UA"]);
        QCOMPARE(
            admin().move(m_admin, ua->id, ua->version, m_unit["UB"]).error().code, ErrorCode::InvalidInput);
        const auto moved = node(s1->id);
        QCOMPARE(admin().move(m_admin, moved->id, moved->version, m_unit["UD.S1"]).error().code,
            ErrorCode::InvalidInput);
        QCOMPARE(node(s1->id)->parentId, m_unit["UB"]);
    }

    void deactivateOnlyWhenEmpty()
    {
        // Employees: refused with the count.
        const auto s1 = node(m_unit["UA.S1"]);
        const Status busy = admin().setActive(m_admin, s1->id, s1->version, false);
        QCOMPARE(busy.error().code, ErrorCode::InvalidInput);
        QCOMPARE(busy.error().message,
            QStringLiteral("Bidang Satu masih memiliki 2 pegawai; pindahkan mereka dahulu."));
        // An Induk Satker with an active Satker: refused; one with its own staff and a Pengelola too.
        const auto ud = node(m_unit["UD"]);
        QVERIFY(admin()
                    .setActive(m_admin, ud->id, ud->version, false)
                    .error()
                    .message.contains(QStringLiteral("1 Satker aktif")));
        const auto ua = node(m_unit["UA"]);
        QVERIFY(!admin().setActive(m_admin, ua->id, ua->version, false));
        // The empty Satker, then its Induk.
        const auto uds1 = node(m_unit["UD.S1"]);
        QVERIFY(admin().setActive(m_admin, uds1->id, uds1->version, false));
        QVERIFY(!node(uds1->id)->active);
        QCOMPARE(auditCount(QStringLiteral("nonaktifkan-unit"), uds1->id), 1);
        QVERIFY(admin().setActive(m_admin, ud->id, ud->version, false));
        QVERIFY(!node(ud->id)->active);
        // Not offered where units are chosen, still readable for history.
        const auto units = Organisation(m_db).units();
        QVERIFY(std::none_of(units->cbegin(), units->cend(),
            [&](const OrgUnit& u) { return u.id == ud->id || u.id == uds1->id; }));
        const auto induk = Organisation(m_db).indukUnits();
        QVERIFY(
            std::none_of(induk->cbegin(), induk->cend(), [&](const OrgUnit& u) { return u.id == ud->id; }));
        QVERIFY(Organisation(m_db).unitByCode(QStringLiteral("UD")).value().has_value());
        // Nobody is placed there by an import either.
        const auto report = EmployeeCsv::import(
            m_db, nullptr, "nip,nama,kode_unit\n197111012000011299,Pegawai Baru,UD.S1\n");
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->errors.size(), 1);
        QVERIFY2(report->errors.first().endsWith(QStringLiteral("unit \"UD.S1\" tidak aktif")),
            qPrintable(report->errors.first()));
        QVERIFY(!Organisation(m_db).employeeByNip(QStringLiteral("197111012000011299")).value().has_value());
        // Nothing new under an inactive Induk Satker, no Satker woken under it, nothing moved there.
        QCOMPARE(admin().add(m_admin, QStringLiteral("UD.S2"), QStringLiteral("Baru"), ud->id).error().code,
            ErrorCode::InvalidInput);
        const auto asleep = node(uds1->id);
        QVERIFY(admin()
                    .setActive(m_admin, asleep->id, asleep->version, true)
                    .error()
                    .message.contains(QStringLiteral("tidak aktif")));
        const auto s2 = node(m_unit["UA.S2"]);
        QCOMPARE(admin().move(m_admin, s2->id, s2->version, ud->id).error().code, ErrorCode::InvalidInput);
        // Reactivated: the Induk first, then its Satker.
        const auto sleeping = node(ud->id);
        QVERIFY(admin().setActive(m_admin, sleeping->id, sleeping->version, true));
        QVERIFY(admin().setActive(m_admin, asleep->id, asleep->version, true));
        QVERIFY(node(uds1->id)->active);
        QCOMPARE(auditCount(QStringLiteral("aktifkan-unit"), uds1->id), 1);
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestUnitAdmin)
#include "TestUnitAdmin.moc"
