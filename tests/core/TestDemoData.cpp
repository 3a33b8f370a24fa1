// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Nip.h"
#include "io/DemoData.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace karier;

namespace {

QHash<QString, DemoUnit> unitsByCode()
{
    QHash<QString, DemoUnit> result;
    const QList<DemoUnit> units = DemoData::organisation();
    for (const DemoUnit& unit : units)
        result.insert(unit.code, unit);
    return result;
}

QString indukOf(const QHash<QString, DemoUnit>& units, const QString& code)
{
    const DemoUnit unit = units.value(code);
    return unit.parentCode.isEmpty() ? unit.code : unit.parentCode;
}

bool sameEmployee(const DemoEmployee& a, const DemoEmployee& b)
{
    return a.nip == b.nip && a.nama == b.nama && a.gelarDepan == b.gelarDepan
        && a.gelarBelakang == b.gelarBelakang && a.jabatan == b.jabatan && a.unitCode == b.unitCode
        && a.pppk == b.pppk && a.tanggalLahir == b.tanggalLahir && a.jenisKelamin == b.jenisKelamin
        && a.tmt == b.tmt;
}

/// Checks that the NIP is valid and that its digits agree with the employee's fields.
void verifyNipMatches(const DemoEmployee& e)
{
    const Result<Nip> nip = Nip::parse(e.nip);
    QVERIFY2(nip.ok(), qPrintable(e.nip % QStringLiteral(": ") % nip.error().message));
    QCOMPARE(nip->digits(), e.nip);
    QCOMPARE(nip->birthDate(), e.tanggalLahir);
    QCOMPARE(int(nip->sex()), e.jenisKelamin);
    QCOMPARE(nip->tmt(), e.tmt);
    QCOMPARE(nip->kind() == Nip::Kind::Pppk, e.pppk);
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void organisationIsNotEmpty();
    void kecamatanHaveTheirKelurahan_data();
    void kecamatanHaveTheirKelurahan();
    void keyUnitsExist();
    void codesAreUniqueAndParentsComeFirst();
    void personasAreAsSpecified();
    void employeesAreDeterministic();
    void employeesHaveValidUniqueNips();
    void employeesAreConsistent();
    void employeesAreSpreadOverTheOrganisation();
    void titlesMatchJabatan();
    void countIsHonoured();
};

void TestDemoData::organisationIsNotEmpty()
{
    const QList<DemoUnit> units = DemoData::organisation();
    QVERIFY(units.size() > 100);
    for (const DemoUnit& unit : units) {
        QVERIFY2(!unit.code.isEmpty(), "a unit without a code");
        QVERIFY2(!unit.name.isEmpty(), qPrintable(unit.code));
    }
}

void TestDemoData::kecamatanHaveTheirKelurahan_data()
{
    QTest::addColumn<QString>("kecamatan");
    QTest::addColumn<int>("kelurahan");
    QTest::newRow("Laweyan") << QStringLiteral("Kecamatan Laweyan") << 11;
    QTest::newRow("Serengan") << QStringLiteral("Kecamatan Serengan") << 7;
    QTest::newRow("Pasar Kliwon") << QStringLiteral("Kecamatan Pasar Kliwon") << 10;
    QTest::newRow("Jebres") << QStringLiteral("Kecamatan Jebres") << 11;
    QTest::newRow("Banjarsari") << QStringLiteral("Kecamatan Banjarsari") << 15;
}

void TestDemoData::kecamatanHaveTheirKelurahan()
{
    QFETCH(QString, kecamatan);
    QFETCH(int, kelurahan);
    const QList<DemoUnit> units = DemoData::organisation();
    QString code;
    for (const DemoUnit& unit : units) {
        if (unit.name == kecamatan) {
            QVERIFY2(code.isEmpty(), "the Kecamatan appears twice");
            QVERIFY2(unit.parentCode.isEmpty(), "a Kecamatan is an Induk Satker");
            code = unit.code;
        }
    }
    QVERIFY2(!code.isEmpty(), qPrintable(kecamatan));
    int found = 0;
    for (const DemoUnit& unit : units) {
        if (unit.parentCode != code)
            continue;
        QVERIFY2(unit.name.startsWith(u"Kelurahan "), qPrintable(unit.name));
        ++found;
    }
    QCOMPARE(found, kelurahan);
}

void TestDemoData::keyUnitsExist()
{
    const QHash<QString, DemoUnit> units = unitsByCode();
    QVERIFY(units.contains(QStringLiteral("BKPSDM")));
    QVERIFY(units.value(QStringLiteral("BKPSDM")).parentCode.isEmpty());
    QCOMPARE(units.value(QStringLiteral("BKPSDM")).name,
        QStringLiteral("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"));
    QVERIFY(units.contains(QStringLiteral("DINKES")));
    QVERIFY(units.value(QStringLiteral("DINKES")).parentCode.isEmpty());
    QCOMPARE(units.value(QStringLiteral("DINKES")).name, QStringLiteral("Dinas Kesehatan"));
    QVERIFY(units.contains(QStringLiteral("DINKES.PKM-PAJANG")));

    int puskesmas = 0;
    for (const DemoUnit& unit : units) {
        if (unit.parentCode == u"DINKES" && unit.name.startsWith(u"UPT Puskesmas "))
            ++puskesmas;
    }
    QCOMPARE(puskesmas, 17);

    int kecamatan = 0;
    for (const DemoUnit& unit : units) {
        if (unit.parentCode.isEmpty() && unit.name.startsWith(u"Kecamatan "))
            ++kecamatan;
    }
    QCOMPARE(kecamatan, 5);
}

void TestDemoData::codesAreUniqueAndParentsComeFirst()
{
    const QList<DemoUnit> units = DemoData::organisation();
    QSet<QString> seen;
    QSet<QString> induks;
    for (const DemoUnit& unit : units) {
        QVERIFY2(!seen.contains(unit.code), qPrintable(QStringLiteral("duplicate code ") % unit.code));
        if (unit.parentCode.isEmpty()) {
            induks.insert(unit.code);
        } else {
            QVERIFY2(seen.contains(unit.parentCode),
                qPrintable(unit.code % QStringLiteral(": parent not listed before it")));
            // Two levels: Induk Satker -> Satker.
            QVERIFY2(induks.contains(unit.parentCode), qPrintable(unit.code));
        }
        seen.insert(unit.code);
    }
    QVERIFY(induks.size() >= 30);
}

void TestDemoData::personasAreAsSpecified()
{
    const QList<DemoPersona> personas = DemoData::personas();
    QCOMPARE(personas.size(), 3);
    const QHash<QString, DemoUnit> units = unitsByCode();

    const DemoPersona& admin = personas.at(0);
    QCOMPARE(admin.role, QStringLiteral("admin"));
    QCOMPARE(admin.employee.nip, QStringLiteral("198503152010012002"));
    QCOMPARE(admin.employee.nama, QStringLiteral("Rina Wulandari"));
    QCOMPARE(admin.employee.gelarBelakang, QStringLiteral("S.Kom."));
    QCOMPARE(admin.employee.jabatan, QStringLiteral("Analis Kepegawaian Ahli Muda"));
    QCOMPARE(admin.employee.unitCode, QStringLiteral("BKPSDM"));
    QVERIFY(admin.managedUnitCode.isEmpty());

    const DemoPersona& pengelola = personas.at(1);
    QCOMPARE(pengelola.role, QStringLiteral("pengelola"));
    QCOMPARE(pengelola.employee.nip, QStringLiteral("198007122005011003"));
    QCOMPARE(pengelola.employee.nama, QStringLiteral("Agus Setiawan"));
    QCOMPARE(pengelola.employee.gelarBelakang, QStringLiteral("S.E."));
    QVERIFY(!pengelola.employee.jabatan.isEmpty());
    QCOMPARE(pengelola.managedUnitCode, QStringLiteral("DINKES"));
    QCOMPARE(indukOf(units, pengelola.employee.unitCode), QStringLiteral("DINKES"));

    const DemoPersona& asn = personas.at(2);
    QCOMPARE(asn.role, QStringLiteral("asn"));
    QCOMPARE(asn.employee.nip, QStringLiteral("198609262015051001"));
    QCOMPARE(asn.employee.nama, QStringLiteral("Budi Santoso"));
    QCOMPARE(asn.employee.gelarBelakang, QStringLiteral("A.Md.Kep."));
    QCOMPARE(asn.employee.jabatan, QStringLiteral("Perawat Terampil"));
    QCOMPARE(asn.employee.unitCode, QStringLiteral("DINKES.PKM-PAJANG"));
    QCOMPARE(units.value(asn.employee.unitCode).name, QStringLiteral("UPT Puskesmas Pajang"));
    QVERIFY(asn.managedUnitCode.isEmpty());

    for (const DemoPersona& persona : personas) {
        QVERIFY2(units.contains(persona.employee.unitCode), qPrintable(persona.employee.unitCode));
        QVERIFY(!persona.employee.pppk);
        QVERIFY(persona.employee.gelarDepan.isEmpty());
        verifyNipMatches(persona.employee);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestDemoData::employeesAreDeterministic()
{
    const QList<DemoEmployee> first = DemoData::employees(240);
    const QList<DemoEmployee> second = DemoData::employees(240);
    QCOMPARE(first.size(), 240);
    QCOMPARE(second.size(), 240);
    for (qsizetype i = 0; i < first.size(); ++i)
        QVERIFY2(sameEmployee(first.at(i), second.at(i)), qPrintable(first.at(i).nip));

    // Another seed gives other people.
    const QList<DemoEmployee> other = DemoData::employees(240, 7);
    int same = 0;
    for (qsizetype i = 0; i < first.size(); ++i)
        same += first.at(i).nip == other.at(i).nip ? 1 : 0;
    QVERIFY(same < 10);
}

void TestDemoData::employeesHaveValidUniqueNips()
{
    const QList<DemoEmployee> employees = DemoData::employees(240);
    QSet<QString> nips;
    QSet<QString> personaNips;
    const QList<DemoPersona> personas = DemoData::personas();
    for (const DemoPersona& persona : personas)
        personaNips.insert(persona.employee.nip);
    for (const DemoEmployee& e : employees) {
        QCOMPARE(e.nip.size(), 18);
        QVERIFY2(!nips.contains(e.nip), qPrintable(QStringLiteral("duplicate NIP ") % e.nip));
        QVERIFY2(!personaNips.contains(e.nip), qPrintable(e.nip));
        nips.insert(e.nip);
        verifyNipMatches(e);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(nips.size(), 240);
}

void TestDemoData::employeesAreConsistent()
{
    const QList<DemoEmployee> employees = DemoData::employees(240);
    const QHash<QString, DemoUnit> units = unitsByCode();
    QSet<QString> personaNames;
    const QList<DemoPersona> personas = DemoData::personas();
    for (const DemoPersona& persona : personas)
        personaNames.insert(persona.employee.nama);
    int pppk = 0;
    for (const DemoEmployee& e : employees) {
        QVERIFY2(!e.nama.trimmed().isEmpty(), qPrintable(e.nip));
        QCOMPARE(e.nama, e.nama.trimmed());
        QVERIFY2(!personaNames.contains(e.nama), qPrintable(e.nama));
        QVERIFY2(!e.jabatan.isEmpty(), qPrintable(e.nip));
        QVERIFY2(units.contains(e.unitCode), qPrintable(e.unitCode));
        QVERIFY(e.jenisKelamin == 1 || e.jenisKelamin == 2);
        QVERIFY2(
            e.tanggalLahir >= QDate(1965, 1, 1) && e.tanggalLahir <= QDate(2000, 12, 31), qPrintable(e.nip));
        QVERIFY2(e.tmt >= e.tanggalLahir.addYears(19), qPrintable(e.nip));
        QVERIFY2(e.tmt <= QDate(2025, 12, 31), qPrintable(e.nip));
        QCOMPARE(e.tmt.day(), 1);
        if (e.pppk) {
            ++pppk;
            QVERIFY2(e.tmt.year() >= 2021 && e.tmt.year() <= 2024, qPrintable(e.nip));
            QCOMPARE(e.tmt.month(), 1);
            const QString code = e.nip.mid(12, 2);
            QVERIFY2(code == u"21" || code == u"24", qPrintable(e.nip));
        }
        if (e.jabatan.startsWith(u"Bidan"))
            QCOMPARE(e.jenisKelamin, 2);
    }
    QVERIFY2(pppk > 0, "no PPPK");
    QVERIFY2(pppk < employees.size(), "no PNS");
    // Roughly 15 % PPPK.
    QVERIFY2(pppk >= 15 && pppk <= 60, qPrintable(QString::number(pppk)));
}

void TestDemoData::employeesAreSpreadOverTheOrganisation()
{
    const QList<DemoEmployee> employees = DemoData::employees(240);
    const QHash<QString, DemoUnit> units = unitsByCode();
    QHash<QString, int> perInduk;
    int atSatker = 0;
    for (const DemoEmployee& e : employees) {
        ++perInduk[indukOf(units, e.unitCode)];
        if (!units.value(e.unitCode).parentCode.isEmpty())
            ++atSatker;
    }
    for (const DemoUnit& unit : units) {
        if (unit.parentCode.isEmpty())
            QVERIFY2(perInduk.value(unit.code) > 0, qPrintable(QStringLiteral("nobody in ") % unit.code));
    }
    QVERIFY(atSatker > employees.size() / 2);
    // Schools and health care employ the most.
    const int disdik = perInduk.value(QStringLiteral("DISDIK"));
    const int dinkes = perInduk.value(QStringLiteral("DINKES"));
    for (auto it = perInduk.cbegin(); it != perInduk.cend(); ++it) {
        if (it.key() == u"DISDIK" || it.key() == u"DINKES")
            continue;
        QVERIFY2(disdik > it.value(), qPrintable(it.key()));
        QVERIFY2(dinkes > it.value(), qPrintable(it.key()));
    }
}

void TestDemoData::titlesMatchJabatan()
{
    const QList<DemoEmployee> employees = DemoData::employees(240);
    int guru = 0;
    int nakes = 0;
    for (const DemoEmployee& e : employees) {
        const QString who
            = e.nip % u' ' % e.gelarDepan % u' ' % e.nama % u' ' % e.gelarBelakang % u' ' % e.jabatan;
        if (e.jabatan.startsWith(u"Dokter Gigi")) {
            QVERIFY2(e.gelarDepan.contains(u"drg."), qPrintable(who));
        } else if (e.jabatan.startsWith(u"Dokter")) {
            QVERIFY2(e.gelarDepan.contains(u"dr."), qPrintable(who));
        }
        if (e.jabatan.startsWith(u"Guru") || e.jabatan == u"Kepala Sekolah") {
            ++guru;
            QVERIFY2(e.gelarBelakang.contains(u"S.Pd") || e.gelarDepan.contains(u"Dr"), qPrintable(who));
        }
        if (e.jabatan.startsWith(u"Perawat")) {
            ++nakes;
            QVERIFY2(e.gelarBelakang.contains(u"Kep."), qPrintable(who));
        }
        if (e.jabatan.startsWith(u"Apoteker"))
            QVERIFY2(e.gelarDepan.contains(u"apt.") && e.gelarBelakang.contains(u"S.Farm."), qPrintable(who));
        QVERIFY2(!e.gelarBelakang.startsWith(u", ") && !e.gelarBelakang.endsWith(u","), qPrintable(who));
    }
    QVERIFY(guru > 10);
    QVERIFY(nakes > 5);
}

void TestDemoData::countIsHonoured()
{
    QCOMPARE(DemoData::employees(0).size(), 0);
    QCOMPARE(DemoData::employees(5).size(), 5);
    QCOMPARE(DemoData::employees(500).size(), 500);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "TestDemoData.moc"
