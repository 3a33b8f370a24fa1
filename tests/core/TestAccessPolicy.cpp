// SPDX-License-Identifier: GPL-3.0-or-later
#include "approval/ApprovalService.h"
#include "auth/AccessPolicy.h"

#include <QTest>

using namespace karier;

Q_DECLARE_METATYPE(karier::Role)
Q_DECLARE_METATYPE(karier::Permission)

namespace {

Session sessionFor(Role role)
{
    Session s;
    s.accountId = 10;
    s.employeeId = 100;
    s.role = role;
    s.unitId = 21;
    s.indukUnitId = 20;
    if (role == Role::Pengelola)
        s.managedUnitId = 20;
    return s;
}

} // namespace

class TestAccessPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void permissions_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("allowed");
        const struct
        {
            Permission permission;
            bool asn, pengelola, admin;
            const char* name;
        } table[] = {
            {Permission::ViewOwnData, true, true, true, "own data"},
            {Permission::EditOwnRecords, true, true, true, "own records"},
            {Permission::ViewEmployees, false, true, true, "employees"},
            {Permission::VerifyTimKerja, false, true, true, "verify tim kerja"},
            {Permission::VerifyRiwayat, false, false, true, "verify riwayat"},
            {Permission::ManageAccounts, false, false, true, "accounts"},
            {Permission::ManageEmployees, false, false, true, "import employees"},
            {Permission::ManageOrganisation, false, false, true, "units"},
            {Permission::ManageSharedSettings, false, false, true, "shared settings"},
            {Permission::BatchEntry, false, false, true, "batch entry"},
        };
        for (const auto& row : table) {
            QTest::addRow("asn: %s", row.name) << Role::Asn << row.permission << row.asn;
            QTest::addRow("pengelola: %s", row.name) << Role::Pengelola << row.permission << row.pengelola;
            QTest::addRow("admin: %s", row.name) << Role::Admin << row.permission << row.admin;
        }
    }

    void permissions()
    {
        QFETCH(Role, role);
        QFETCH(Permission, permission);
        QFETCH(bool, allowed);
        const Session session = sessionFor(role);
        QCOMPARE(AccessPolicy::can(session, permission), allowed);
        const Status status = AccessPolicy::require(session, permission);
        QCOMPARE(status.ok(), allowed);
        if (!allowed) {
            QCOMPARE(status.error().code, ErrorCode::Forbidden);
            QVERIFY(status.error().message.startsWith(QLatin1String("Anda tidak berhak")));
        }
    }

    void employeeScope_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<qint64>("employeeId");
        QTest::addColumn<qint64>("indukUnitId");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("asn: self") << Role::Asn << qint64(100) << qint64(20) << true;
        QTest::newRow("asn: colleague in same unit") << Role::Asn << qint64(101) << qint64(20) << false;
        QTest::newRow("pengelola: own perangkat daerah")
            << Role::Pengelola << qint64(101) << qint64(20) << true;
        QTest::newRow("pengelola: other perangkat daerah")
            << Role::Pengelola << qint64(102) << qint64(30) << false;
        QTest::newRow("pengelola: self") << Role::Pengelola << qint64(100) << qint64(20) << true;
        QTest::newRow("admin: anyone") << Role::Admin << qint64(102) << qint64(30) << true;
    }

    void employeeScope()
    {
        QFETCH(Role, role);
        QFETCH(qint64, employeeId);
        QFETCH(qint64, indukUnitId);
        QFETCH(bool, allowed);
        const Session session = sessionFor(role);
        QCOMPARE(AccessPolicy::canAccessEmployee(session, {employeeId, indukUnitId}), allowed);
        QCOMPARE(AccessPolicy::requireEmployee(session, {employeeId, indukUnitId}).ok(), allowed);
    }

    void readRecord_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<qint64>("employeeId");
        QTest::addColumn<qint64>("indukUnitId");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("asn: own kursus") << Role::Asn << qint64(100) << qint64(20) << "kursus" << true;
        QTest::newRow("asn: colleague's tim kerja")
            << Role::Asn << qint64(101) << qint64(20) << "timkerja" << false;
        QTest::newRow("pengelola: staff tim kerja")
            << Role::Pengelola << qint64(101) << qint64(20) << "timkerja" << true;
        QTest::newRow("pengelola: staff kursus")
            << Role::Pengelola << qint64(101) << qint64(20) << "kursus" << false;
        QTest::newRow("pengelola: staff penghargaan")
            << Role::Pengelola << qint64(101) << qint64(20) << "penghargaan" << false;
        QTest::newRow("pengelola: own kursus")
            << Role::Pengelola << qint64(100) << qint64(20) << "kursus" << true;
        QTest::newRow("pengelola: other unit's tim kerja")
            << Role::Pengelola << qint64(102) << qint64(30) << "timkerja" << false;
        QTest::newRow("admin: anyone's kursus")
            << Role::Admin << qint64(102) << qint64(30) << "kursus" << true;
    }

    void readRecord()
    {
        QFETCH(Role, role);
        QFETCH(qint64, employeeId);
        QFETCH(qint64, indukUnitId);
        QFETCH(QString, type);
        QFETCH(bool, allowed);
        QCOMPARE(AccessPolicy::canReadRecord(sessionFor(role), {employeeId, indukUnitId}, type), allowed);
    }

    void noSessionMayDoNothing()
    {
        const Session none;
        QVERIFY(!AccessPolicy::can(none, Permission::ViewOwnData));
        QVERIFY(!AccessPolicy::canAccessEmployee(none, {0, 0}));
    }

    void pengelolaWithoutUnitVerifiesNothing()
    {
        Session s = sessionFor(Role::Pengelola);
        s.managedUnitId = 0;
        QVERIFY(!AccessPolicy::can(s, Permission::VerifyTimKerja));
        QVERIFY(!AccessPolicy::canAccessEmployee(s, {101, 20}));
        QVERIFY(ApprovalService::verifiableTypes(s).isEmpty());
    }

    /// The verifier console: which record types each role verifies (the scope by unit is
    /// canAccessEmployee above; TestApprovalService proves both against a database).
    void verifiableTypes_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QStringList>("types");
        QTest::newRow("asn") << Role::Asn << QStringList {};
        QTest::newRow("pengelola") << Role::Pengelola << QStringList {QStringLiteral("timkerja")};
        QTest::newRow("admin") << Role::Admin
                               << QStringList {QStringLiteral("kursus"), QStringLiteral("sertifikasi"),
                                      QStringLiteral("penghargaan"), QStringLiteral("dms"),
                                      QStringLiteral("timkerja")};
    }

    void verifiableTypes()
    {
        QFETCH(Role, role);
        QFETCH(QStringList, types);
        const Session session = sessionFor(role);
        QCOMPARE(ApprovalService::verifiableTypes(session), types);
        QCOMPARE(ApprovalService::mayVerify(session), !types.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestAccessPolicy)
#include "TestAccessPolicy.moc"
