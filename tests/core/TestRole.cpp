// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Role.h"

#include <QTest>

using karier::Role;

class TestRole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codesAndNames_data();
    void codesAndNames();
    void fromCode_data();
    void fromCode();
};

void TestRole::codesAndNames_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("displayName");

    QTest::newRow("asn") << Role::Asn << QStringLiteral("asn") << QStringLiteral("ASN");
    QTest::newRow("pengelola") << Role::Pengelola << QStringLiteral("pengelola")
                               << QStringLiteral("Pengelola Kepegawaian");
    QTest::newRow("admin") << Role::Admin << QStringLiteral("admin") << QStringLiteral("Admin BKPSDM");
}

void TestRole::codesAndNames()
{
    QFETCH(Role, role);
    QFETCH(QString, code);
    QFETCH(QString, displayName);

    QCOMPARE(karier::roleCode(role), code);
    QCOMPARE(karier::roleDisplayName(role), displayName);
    QCOMPARE(karier::roleFromCode(code), std::optional<Role>(role));
}

void TestRole::fromCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<std::optional<Role>>("expected");

    QTest::newRow("upper case") << QStringLiteral("ASN") << std::optional<Role>(Role::Asn);
    QTest::newRow("mixed case") << QStringLiteral("Pengelola") << std::optional<Role>(Role::Pengelola);
    QTest::newRow("admin upper") << QStringLiteral("ADMIN") << std::optional<Role>(Role::Admin);
    QTest::newRow("empty") << QString() << std::optional<Role>();
    QTest::newRow("unknown") << QStringLiteral("verifikator") << std::optional<Role>();
    QTest::newRow("display name is not a code") << QStringLiteral("Admin BKPSDM") << std::optional<Role>();
    QTest::newRow("prefix") << QStringLiteral("adm") << std::optional<Role>();
    QTest::newRow("surrounding spaces") << QStringLiteral(" asn ") << std::optional<Role>();
}

void TestRole::fromCode()
{
    QFETCH(QString, code);
    QFETCH(std::optional<Role>, expected);

    QCOMPARE(karier::roleFromCode(code), expected);
}

QTEST_APPLESS_MAIN(TestRole)
#include "TestRole.moc"
