// SPDX-License-Identifier: GPL-3.0-or-later
// The Skor Arsip Digital of domain.md §1: Arsip Utama 90 (DRH, D2NP, the shared SK CPNS / SPMT slot,
// SK PNS, four row categories), Arsip Kondisional 10, the total rounded half up to one decimal, the bands,
// the tiles and the list of missing documents with their points. Expected figures are worked out by hand.

#include "dms/DmsScore.h"

#include <QTest>
#include <algorithm>

using namespace karier;

namespace {

/// Builds an input row by row; ids count up from 1 in the order rows are added.
class Input
{
public:
    Input& cpns()
    {
        m_input.cpns = true;
        return *this;
    }
    Input& row(DmsCategory category, const QString& reference, bool done)
    {
        m_input.rows.append({m_nextId++, category, reference, done});
        return *this;
    }
    /// \a count rows "<prefix> 1" … of which the first \a done are done.
    Input& rows(DmsCategory category, int count, int done, const QString& prefix = QStringLiteral("Dokumen"))
    {
        for (int i = 0; i < count; ++i)
            row(category, QStringLiteral("%1 %2").arg(prefix).arg(i + 1), i < done);
        return *this;
    }
    /// D2NP, SK CPNS and SK PNS done: the three single slots besides DRH granted.
    Input& slotsDone()
    {
        return row(DmsCategory::D2np, QStringLiteral("D2NP"), true)
            .row(DmsCategory::SkCpns, QStringLiteral("SK CPNS 2015"), true)
            .row(DmsCategory::SkPns, QStringLiteral("SK PNS 2016"), true);
    }
    operator DmsInput() const { return m_input; }

private:
    DmsInput m_input;
    qint64 m_nextId = 1;
};

QStringList missingTexts(const DmsScore& score)
{
    QStringList texts;
    for (const DmsMissing& missing : score.missing)
        texts.append(missing.text());
    return texts;
}

const QString MissingD2np = QStringLiteral("Unggah D2NP: +7,5");
const QString MissingSlot = QStringLiteral("Unggah SK CPNS atau SPMT CPNS: +7,5");
const QString MissingSkPns = QStringLiteral("Unggah SK PNS: +7,5");

} // namespace

class TestDmsScore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compute_data();
    void compute();
    void bandLimits_data();
    void bandLimits();
    void tiles_data();
    void tiles();
    void tileOrder();
    void missingDetails();
    void waitingForVerification();
    void manyTiesKeepCategoryAndRowOrder();
    void roundTotal_data();
    void roundTotal();
    void bandFor_data();
    void bandFor();
    void bandText_data();
    void bandText();
    void codes_data();
    void codes();
    void unknownCodes_data();
    void unknownCodes();
    void pointsText_data();
    void pointsText();
};

void TestDmsScore::compute_data()
{
    QTest::addColumn<DmsInput>("input");
    QTest::addColumn<double>("utama");
    QTest::addColumn<double>("kondisional");
    QTest::addColumn<double>("total");
    QTest::addColumn<DmsBand>("band");
    QTest::addColumn<QStringList>("missing");

    using C = DmsCategory;
    QTest::newRow("no rows at all") << DmsInput(Input()) << 67.5 << 10.0 << 77.5 << DmsBand::Lengkap
                                    << QStringList {MissingD2np, MissingSlot, MissingSkPns};
    QTest::newRow("no rows, CPNS: SK PNS automatic")
        << DmsInput(Input().cpns()) << 75.0 << 10.0 << 85.0 << DmsBand::Lengkap
        << QStringList {MissingD2np, MissingSlot};
    QTest::newRow("three slot documents done, no riwayat")
        << DmsInput(Input().slotsDone()) << 90.0 << 10.0 << 100.0 << DmsBand::SangatLengkap << QStringList();
    QTest::newRow("everything done") << DmsInput(Input()
                                                     .slotsDone()
                                                     .row(C::Spmt, QStringLiteral("SPMT 2015"), true)
                                                     .rows(C::Pendidikan, 2, 2)
                                                     .rows(C::Golongan, 3, 3)
                                                     .rows(C::Jabatan, 4, 4)
                                                     .rows(C::Diklat, 5, 5)
                                                     .rows(C::AngkaKredit, 1, 1)
                                                     .rows(C::PindahInstansi, 1, 1)
                                                     .rows(C::Pmk, 1, 1)
                                                     .rows(C::Penghargaan, 2, 2)
                                                     .rows(C::Cltn, 1, 1)
                                                     .rows(C::Skp, 3, 3))
                                     << 90.0 << 10.0 << 100.0 << DmsBand::SangatLengkap << QStringList();
    QTest::newRow("CPNS: an SK PNS row not done is not missing")
        << DmsInput(Input()
                        .cpns()
                        .row(C::D2np, QStringLiteral("D2NP"), true)
                        .row(C::Spmt, QStringLiteral("SPMT 2025"), true)
                        .row(C::SkPns, QStringLiteral("SK PNS"), false))
        << 90.0 << 10.0 << 100.0 << DmsBand::SangatLengkap << QStringList();
    QTest::newRow("not CPNS: the SK PNS row not done is missing")
        << DmsInput(Input()
                        .row(C::D2np, QStringLiteral("D2NP"), true)
                        .row(C::Spmt, QStringLiteral("SPMT 2015"), true)
                        .row(C::SkPns, QStringLiteral("SK PNS 2016"), false))
        << 82.5 << 10.0 << 92.5 << DmsBand::SangatLengkap
        << QStringList {QStringLiteral("Unggah SK PNS 2016: +7,5")};
    QTest::newRow("shared slot by SPMT alone")
        << DmsInput(Input()
                        .row(C::D2np, QStringLiteral("D2NP"), true)
                        .row(C::Spmt, QStringLiteral("SPMT 2015"), true)
                        .row(C::SkPns, QStringLiteral("SK PNS 2016"), true))
        << 90.0 << 10.0 << 100.0 << DmsBand::SangatLengkap << QStringList();
    QTest::newRow("shared slot by SK CPNS alone")
        << DmsInput(Input()
                        .row(C::D2np, QStringLiteral("D2NP"), true)
                        .row(C::SkCpns, QStringLiteral("SK CPNS 2015"), true)
                        .row(C::SkPns, QStringLiteral("SK PNS 2016"), true))
        << 90.0 << 10.0 << 100.0 << DmsBand::SangatLengkap << QStringList();
    QTest::newRow("shared slot counted once with both")
        << DmsInput(Input()
                        .row(C::SkCpns, QStringLiteral("SK CPNS 2015"), true)
                        .row(C::Spmt, QStringLiteral("SPMT 2015"), true))
        << 75.0 << 10.0 << 85.0 << DmsBand::Lengkap << QStringList {MissingD2np, MissingSkPns};
    QTest::newRow("shared slot: SPMT done, SK CPNS row not done")
        << DmsInput(Input()
                        .row(C::D2np, QStringLiteral("D2NP"), true)
                        .row(C::SkCpns, QStringLiteral("SK CPNS 2015"), false)
                        .row(C::Spmt, QStringLiteral("SPMT 2015"), true)
                        .row(C::SkPns, QStringLiteral("SK PNS 2016"), true))
        << 90.0 << 10.0 << 100.0 << DmsBand::SangatLengkap << QStringList();
    QTest::newRow("shared slot: two rows not done are one entry")
        << DmsInput(Input()
                        .row(C::D2np, QStringLiteral("D2NP"), true)
                        .row(C::Spmt, QStringLiteral("SPMT CPNS 2015"), false)
                        .row(C::SkCpns, QStringLiteral("SK CPNS 2015"), false)
                        .row(C::SkPns, QStringLiteral("SK PNS 2016"), true))
        << 82.5 << 10.0 << 92.5 << DmsBand::SangatLengkap
        << QStringList {QStringLiteral("Unggah SPMT CPNS 2015 atau SK CPNS 2015: +7,5")};
    QTest::newRow("D2NP: two rows not done are one entry")
        << DmsInput(Input()
                        .row(C::D2np, QStringLiteral("D2NP lama"), false)
                        .row(C::D2np, QStringLiteral("D2NP baru"), false)
                        .row(C::SkCpns, QStringLiteral("SK CPNS 2015"), true)
                        .row(C::SkPns, QStringLiteral("SK PNS 2016"), true))
        << 82.5 << 10.0 << 92.5 << DmsBand::SangatLengkap
        << QStringList {QStringLiteral("Unggah D2NP lama atau D2NP baru: +7,5")};
    QTest::newRow("Jabatan 3 of 4") << DmsInput(Input()
                                                    .slotsDone()
                                                    .row(C::Jabatan, QStringLiteral("SK Jabatan 2016"), true)
                                                    .row(C::Jabatan, QStringLiteral("SK Jabatan 2017"), true)
                                                    .row(C::Jabatan, QStringLiteral("SK Jabatan 2019"), false)
                                                    .row(C::Jabatan, QStringLiteral("SK Jabatan 2021"), true))
                                    << 86.25 << 10.0 << 96.3 << DmsBand::SangatLengkap
                                    << QStringList {QStringLiteral("Unggah SK Jabatan 2019: +3,75")};
    QTest::newRow("row category with rows, none done")
        << DmsInput(Input()
                        .slotsDone()
                        .row(C::Diklat, QStringLiteral("Sertifikat Latsar"), false)
                        .row(C::Diklat, QStringLiteral("Sertifikat PKA"), false))
        << 75.0 << 10.0 << 85.0 << DmsBand::Lengkap
        << QStringList {QStringLiteral("Unggah Sertifikat Latsar: +7,5"),
               QStringLiteral("Unggah Sertifikat PKA: +7,5")};
    QTest::newRow("Pendidikan 2 of 3")
        << DmsInput(Input().slotsDone().rows(C::Pendidikan, 3, 2, QStringLiteral("Ijazah"))) << 85.0 << 10.0
        << 95.0 << DmsBand::SangatLengkap << QStringList {QStringLiteral("Unggah Ijazah 3: +5")};
    QTest::newRow("kondisional 1 of 3 across categories")
        << DmsInput(Input()
                        .slotsDone()
                        .row(C::Skp, QStringLiteral("SKP 2023"), false)
                        .row(C::AngkaKredit, QStringLiteral("PAK 2020"), true)
                        .row(C::Pmk, QStringLiteral("SK PMK 2012"), false))
        << 90.0 << 10.0 / 3 << 93.3 << DmsBand::SangatLengkap
        << QStringList {
               QStringLiteral("Unggah SK PMK 2012: +3,33"), QStringLiteral("Unggah SKP 2023: +3,33")};
    QTest::newRow("kondisional 2 of 3")
        << DmsInput(Input()
                        .slotsDone()
                        .row(C::Penghargaan, QStringLiteral("Satyalancana Karya Satya X"), true)
                        .row(C::Cltn, QStringLiteral("SK CLTN 2018"), false)
                        .row(C::Penghargaan, QStringLiteral("ASN Teladan 2022"), true))
        << 90.0 << 20.0 / 3 << 96.7 << DmsBand::SangatLengkap
        << QStringList {QStringLiteral("Unggah SK CLTN 2018: +3,33")};
    QTest::newRow("empty references name the document")
        << DmsInput(Input()
                        .slotsDone()
                        .row(C::Pendidikan, QString(), false)
                        .row(C::Golongan, QString(), false)
                        .row(C::Penghargaan, QString(), false))
        << 60.0 << 0.0 << 60.0 << DmsBand::Lengkap
        << QStringList {QStringLiteral("Unggah Ijazah: +15"),
               QStringLiteral("Unggah SK Kenaikan Pangkat: +15"),
               QStringLiteral("Unggah Sertifikat Penghargaan: +10")};
    QTest::newRow("empty references of the shared slot")
        << DmsInput(Input().row(C::Spmt, QString(), false).row(C::SkCpns, QString(), false).cpns()) << 75.0
        << 10.0 << 85.0 << DmsBand::Lengkap
        << QStringList {MissingD2np, QStringLiteral("Unggah SPMT CPNS atau SK CPNS: +7,5")};
    // Ties: category order (D2NP, the slot, SK PNS, Pendidikan … Jabatan, then Angka Kredit before
    // Penghargaan), then the order of the rows, whatever order the categories' rows came in.
    QTest::newRow("missing list order")
        << DmsInput(Input()
                        .row(C::Diklat, QStringLiteral("Diklat D"), false)
                        .row(C::Penghargaan, QStringLiteral("Satyalancana"), false)
                        .row(C::Jabatan, QStringLiteral("SK Jabatan 2021"), false)
                        .row(C::Diklat, QStringLiteral("Diklat A"), false)
                        .row(C::Pendidikan, QStringLiteral("Ijazah S1"), false)
                        .row(C::AngkaKredit, QStringLiteral("PAK 2022"), false)
                        .row(C::Jabatan, QStringLiteral("SK Jabatan 2015"), true)
                        .row(C::Jabatan, QStringLiteral("SK Jabatan 2018"), false)
                        .row(C::Pendidikan, QStringLiteral("Ijazah SMA"), true)
                        .row(C::Diklat, QStringLiteral("Diklat C"), false)
                        .row(C::Diklat, QStringLiteral("Diklat B"), false))
        << 35.0 << 0.0 << 35.0 << DmsBand::CukupLengkap
        << QStringList {MissingD2np, MissingSlot, MissingSkPns, QStringLiteral("Unggah Ijazah S1: +7,5"),
               QStringLiteral("Unggah SK Jabatan 2021: +5"), QStringLiteral("Unggah SK Jabatan 2018: +5"),
               QStringLiteral("Unggah PAK 2022: +5"), QStringLiteral("Unggah Satyalancana: +5"),
               QStringLiteral("Unggah Diklat D: +3,75"), QStringLiteral("Unggah Diklat A: +3,75"),
               QStringLiteral("Unggah Diklat C: +3,75"), QStringLiteral("Unggah Diklat B: +3,75")};
    QTest::newRow("nothing done anywhere")
        << DmsInput(Input()
                        .rows(C::D2np, 1, 0)
                        .rows(C::Spmt, 1, 0)
                        .rows(C::SkPns, 1, 0)
                        .rows(C::Pendidikan, 1, 0)
                        .rows(C::Golongan, 1, 0)
                        .rows(C::Jabatan, 1, 0)
                        .rows(C::Diklat, 1, 0)
                        .rows(C::Skp, 1, 0))
        << 7.5 << 0.0 << 7.5 << DmsBand::KurangLengkap
        << QStringList {QStringLiteral("Unggah Dokumen 1: +15"), QStringLiteral("Unggah Dokumen 1: +15"),
               QStringLiteral("Unggah Dokumen 1: +15"), QStringLiteral("Unggah Dokumen 1: +15"),
               QStringLiteral("Unggah Dokumen 1: +10"), QStringLiteral("Unggah Dokumen 1: +7,5"),
               QStringLiteral("Unggah Dokumen 1: +7,5"), QStringLiteral("Unggah Dokumen 1: +7,5")};
}

void TestDmsScore::compute()
{
    QFETCH(DmsInput, input);
    QFETCH(double, utama);
    QFETCH(double, kondisional);
    QFETCH(double, total);
    QFETCH(DmsBand, band);
    QFETCH(QStringList, missing);

    const DmsScore score = Dms::compute(input);
    QCOMPARE(score.utama, utama);
    QCOMPARE(score.kondisional, kondisional);
    QCOMPARE(score.total, total);
    QCOMPARE(score.band, band);
    QCOMPARE(missingTexts(score), missing);

    // What the missing documents would add, shared slot and all, is exactly what is short of 100.
    double wouldAdd = 0;
    for (const DmsMissing& entry : score.missing)
        wouldAdd += entry.points;
    QCOMPARE(score.utama + score.kondisional + wouldAdd, 100.0);
}

void TestDmsScore::bandLimits_data()
{
    QTest::addColumn<DmsInput>("input");
    QTest::addColumn<double>("total");
    QTest::addColumn<DmsBand>("band");

    using C = DmsCategory;
    QTest::newRow("100") << DmsInput(Input().slotsDone()) << 100.0 << DmsBand::SangatLengkap;
    QTest::newRow("90.0 is Lengkap") << DmsInput(Input().slotsDone().rows(C::Cltn, 1, 0)) << 90.0
                                     << DmsBand::Lengkap;
    // 90 + 10 × 1/200
    QTest::newRow("90.05 rounds to 90.1, Sangat Lengkap")
        << DmsInput(Input().slotsDone().rows(C::Skp, 200, 1)) << 90.1 << DmsBand::SangatLengkap;
    // 90 + 10 × 1/250
    QTest::newRow("90.04 rounds to 90.0, Lengkap")
        << DmsInput(Input().slotsDone().rows(C::Skp, 250, 1)) << 90.0 << DmsBand::Lengkap;
    // DRH 7.5 + Pendidikan, Golongan, Jabatan without rows 45 + Diklat 1 of 5 = 3 → 55.5; + 10 × 1/200
    QTest::newRow("55.55 rounds to 55.6, Lengkap")
        << DmsInput(Input().rows(C::Diklat, 5, 1).rows(C::Pmk, 200, 1)) << 55.6 << DmsBand::Lengkap;
    QTest::newRow("55.54 rounds to 55.5, Cukup Lengkap")
        << DmsInput(Input().rows(C::Diklat, 5, 1).rows(C::Pmk, 250, 1)) << 55.5 << DmsBand::CukupLengkap;
    QTest::newRow("55.5 is Cukup Lengkap")
        << DmsInput(Input().rows(C::Diklat, 5, 1).rows(C::Pmk, 1, 0)) << 55.5 << DmsBand::CukupLengkap;
    // DRH 7.5 + three row categories at 1 of 2 (7.5 each) + Diklat 0 of 1 + kondisional 0 of 1
    QTest::newRow("30.0 is Cukup Lengkap") << DmsInput(Input()
                                                           .rows(C::Pendidikan, 2, 1)
                                                           .rows(C::Golongan, 2, 1)
                                                           .rows(C::Jabatan, 2, 1)
                                                           .rows(C::Diklat, 1, 0)
                                                           .rows(C::Cltn, 1, 0))
                                           << 30.0 << DmsBand::CukupLengkap;
    // DRH 7.5 + Pendidikan 5 of 6 = 12.5, the other three 0 of 1 → 20; + 10 × 199/200 = 9.95
    QTest::newRow("29.95 rounds to 30.0, Cukup Lengkap") << DmsInput(Input()
                                                                         .rows(C::Pendidikan, 6, 5)
                                                                         .rows(C::Golongan, 1, 0)
                                                                         .rows(C::Jabatan, 1, 0)
                                                                         .rows(C::Diklat, 1, 0)
                                                                         .rows(C::Skp, 200, 199))
                                                         << 30.0 << DmsBand::CukupLengkap;
    // the same with 10 × 497/500 = 9.94 (summed in binary floating point: 29.939999999999998)
    QTest::newRow("29.94 rounds to 29.9, Kurang Lengkap") << DmsInput(Input()
                                                                          .rows(C::Pendidikan, 6, 5)
                                                                          .rows(C::Golongan, 1, 0)
                                                                          .rows(C::Jabatan, 1, 0)
                                                                          .rows(C::Diklat, 1, 0)
                                                                          .rows(C::Skp, 500, 497))
                                                          << 29.9 << DmsBand::KurangLengkap;
    // Exactly 41.25 = 7.5 + 15 × 1/7 + 15 + 15 + 0 + 10 × 9/56, but summed in binary floating point it is
    // 41.24999999999999: rounding the sum would give 41.2.
    QTest::newRow("41.25 from sevenths rounds to 41.3")
        << DmsInput(Input().rows(C::Pendidikan, 7, 1).rows(C::Diklat, 1, 0).rows(C::Skp, 56, 9)) << 41.3
        << DmsBand::CukupLengkap;
    // Four prime row counts: their common denominator (about 10^16) is past what the exact sum takes, so
    // the total comes from the double sum (7.5 × 4 + 15 + 0 + 15 + 0 + 10).
    QTest::newRow("thousands of rows") << DmsInput(Input()
                                                       .slotsDone()
                                                       .rows(C::Pendidikan, 9973, 9973)
                                                       .rows(C::Golongan, 9967, 0)
                                                       .rows(C::Jabatan, 9949, 9949)
                                                       .rows(C::Diklat, 9941, 0))
                                       << 70.0 << DmsBand::Lengkap;
}

void TestDmsScore::bandLimits()
{
    QFETCH(DmsInput, input);
    QFETCH(double, total);
    QFETCH(DmsBand, band);

    const DmsScore score = Dms::compute(input);
    QCOMPARE(score.total, total);
    QCOMPARE(score.band, band);
}

void TestDmsScore::tiles_data()
{
    QTest::addColumn<DmsInput>("input");
    QTest::addColumn<DmsCategory>("category");
    QTest::addColumn<double>("points");
    QTest::addColumn<double>("maxPoints");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("done");
    QTest::addColumn<double>("percent");

    using C = DmsCategory;
    const DmsInput empty = Input();
    QTest::newRow("DRH always") << empty << C::Drh << 7.5 << 7.5 << 0 << 0 << 100.0;
    QTest::newRow("D2NP without a row") << empty << C::D2np << 0.0 << 7.5 << 0 << 0 << 0.0;
    QTest::newRow("SK CPNS without a row") << empty << C::SkCpns << 0.0 << 7.5 << 0 << 0 << 0.0;
    QTest::newRow("SPMT without a row") << empty << C::Spmt << 0.0 << 7.5 << 0 << 0 << 0.0;
    QTest::newRow("SK PNS without a row") << empty << C::SkPns << 0.0 << 7.5 << 0 << 0 << 0.0;
    QTest::newRow("Pendidikan without rows is full")
        << empty << C::Pendidikan << 15.0 << 15.0 << 0 << 0 << 100.0;
    QTest::newRow("Diklat without rows is full") << empty << C::Diklat << 15.0 << 15.0 << 0 << 0 << 100.0;
    QTest::newRow("kondisional category without rows") << empty << C::Skp << 0.0 << 0.0 << 0 << 0 << 100.0;
    QTest::newRow("SK PNS of a CPNS")
        << DmsInput(Input().cpns()) << C::SkPns << 7.5 << 7.5 << 0 << 0 << 100.0;

    const DmsInput spmt = Input().row(C::Spmt, QStringLiteral("SPMT 2015"), true);
    QTest::newRow("SPMT done: its tile") << spmt << C::Spmt << 7.5 << 7.5 << 1 << 1 << 100.0;
    QTest::newRow("SPMT done: the SK CPNS tile shows the slot")
        << spmt << C::SkCpns << 7.5 << 7.5 << 0 << 0 << 100.0;
    const DmsInput skCpns = Input()
                                .row(C::SkCpns, QStringLiteral("SK CPNS 2015"), true)
                                .row(C::Spmt, QStringLiteral("SPMT 2015"), false);
    QTest::newRow("SK CPNS done: the SPMT tile shows the slot")
        << skCpns << C::Spmt << 7.5 << 7.5 << 1 << 0 << 100.0;

    const DmsInput jabatan = Input().rows(C::Jabatan, 4, 3);
    QTest::newRow("Jabatan 3 of 4") << jabatan << C::Jabatan << 11.25 << 15.0 << 4 << 3 << 75.0;
    QTest::newRow("Golongan 0 of 2") << DmsInput(Input().rows(C::Golongan, 2, 0)) << C::Golongan << 0.0
                                     << 15.0 << 2 << 0 << 0.0;
    QTest::newRow("Pendidikan 1 of 3")
        << DmsInput(Input().rows(C::Pendidikan, 3, 1)) << C::Pendidikan << 5.0 << 15.0 << 3 << 1 << 100.0 / 3;

    // Kondisional: Skp 1 of 2, Cltn 0 of 2, Angka Kredit 1 of 1; N = 5: each row is worth 2.
    const DmsInput kondisional = Input().rows(C::Skp, 2, 1).rows(C::Cltn, 2, 0).rows(C::AngkaKredit, 1, 1);
    QTest::newRow("SKP 1 of 2 of 5 kondisional rows")
        << kondisional << C::Skp << 2.0 << 4.0 << 2 << 1 << 50.0;
    QTest::newRow("CLTN 0 of 2 of 5 kondisional rows")
        << kondisional << C::Cltn << 0.0 << 4.0 << 2 << 0 << 0.0;
    QTest::newRow("Angka Kredit 1 of 1 of 5 kondisional rows")
        << kondisional << C::AngkaKredit << 2.0 << 2.0 << 1 << 1 << 100.0;
    QTest::newRow("PMK without rows beside other kondisional rows")
        << kondisional << C::Pmk << 0.0 << 0.0 << 0 << 0 << 100.0;
}

void TestDmsScore::tiles()
{
    QFETCH(DmsInput, input);
    QFETCH(DmsCategory, category);
    QFETCH(double, points);
    QFETCH(double, maxPoints);
    QFETCH(int, rows);
    QFETCH(int, done);
    QFETCH(double, percent);

    const DmsScore score = Dms::compute(input);
    const auto tile = std::find_if(score.categories.cbegin(), score.categories.cend(),
        [&](const DmsCategoryScore& t) { return t.category == category; });
    QVERIFY(tile != score.categories.cend());
    QCOMPARE(tile->points, points);
    QCOMPARE(tile->maxPoints, maxPoints);
    QCOMPARE(tile->rows, rows);
    QCOMPARE(tile->done, done);
    QCOMPARE(tile->percent, percent);
}

void TestDmsScore::tileOrder()
{
    using C = DmsCategory;
    const QList<DmsCategory> utama {
        C::Drh, C::D2np, C::SkCpns, C::Spmt, C::SkPns, C::Pendidikan, C::Golongan, C::Jabatan, C::Diklat};
    const QList<DmsCategory> kondisional {
        C::AngkaKredit, C::PindahInstansi, C::Pmk, C::Penghargaan, C::Cltn, C::Skp};
    QCOMPARE(Dms::utamaCategories(), utama);
    QCOMPARE(Dms::kondisionalCategories(), kondisional);

    const DmsScore score = Dms::compute(Input().rows(C::Skp, 2, 1).rows(C::Drh, 1, 0));
    QList<DmsCategory> shown;
    for (const DmsCategoryScore& tile : score.categories)
        shown.append(tile.category);
    QCOMPARE(shown, utama + kondisional);
}

void TestDmsScore::waitingForVerification()
{
    using C = DmsCategory;
    // SK PNS 2016 uploaded and waiting, SK Jabatan 2019 not uploaded: the waiting one offers no points
    // and comes last; the score is the same (only verified documents count).
    DmsInput input;
    input.rows = {{1, C::SkPns, QStringLiteral("SK PNS 2016"), false, true},
        {2, C::Jabatan, QStringLiteral("SK Jabatan 2019"), false, false}};
    DmsInput notWaiting = input;
    notWaiting.rows[0].waiting = false;
    const DmsScore score = Dms::compute(input);
    QCOMPARE(score.total, Dms::compute(notWaiting).total);
    QCOMPARE(score.missing.constLast().reference, QStringLiteral("SK PNS 2016"));
    QVERIFY(score.missing.constLast().waiting);
    QCOMPARE(score.missing.constLast().text(), QStringLiteral("SK PNS 2016: Menunggu verifikasi"));
    QCOMPARE(score.missing.constFirst().text(), QStringLiteral("Unggah SK Jabatan 2019: +15"));
    QCOMPARE(score.toUploadCount(), int(score.missing.size()) - 1);
    // A shared slot waits when one of its rows does.
    input.rows = {{1, C::Spmt, QStringLiteral("SPMT 2015"), false, false},
        {2, C::SkCpns, QStringLiteral("SK CPNS 2015"), false, true}};
    const DmsScore slot = Dms::compute(input);
    const auto shared = std::find_if(slot.missing.cbegin(), slot.missing.cend(),
        [](const DmsMissing& m) { return m.category == C::SkCpns; });
    QVERIFY(shared != slot.missing.cend());
    QVERIFY(shared->waiting);
}

void TestDmsScore::missingDetails()
{
    using C = DmsCategory;
    // The ids: 1 SPMT, 2 SK CPNS, 3 Jabatan done, 4 Jabatan not done, 5 PMK not done.
    const DmsScore score = Dms::compute(Input()
                                            .row(C::Spmt, QStringLiteral("SPMT 2015"), false)
                                            .row(C::SkCpns, QStringLiteral("SK CPNS 2015"), false)
                                            .rows(C::Jabatan, 2, 1, QStringLiteral("SK Jabatan"))
                                            .row(C::Pmk, QStringLiteral("SK PMK"), false));
    QCOMPARE(score.missing.size(), 5);

    // 10 / 1 kondisional row comes first; then the 7.5s: D2NP, the slot, SK PNS, Jabatan 15 / 2.
    QCOMPARE(score.missing.at(0).category, C::Pmk);
    QCOMPARE(score.missing.at(0).rowId, qint64(5));
    QCOMPARE(score.missing.at(0).reference, QStringLiteral("SK PMK"));
    QCOMPARE(score.missing.at(0).points, 10.0);

    QCOMPARE(score.missing.at(1).category, C::D2np);
    QCOMPARE(score.missing.at(1).rowId, qint64(0));
    QCOMPARE(score.missing.at(1).reference, QStringLiteral("D2NP"));
    QCOMPARE(score.missing.at(1).points, 7.5);

    QCOMPARE(score.missing.at(2).category, C::SkCpns);
    QCOMPARE(score.missing.at(2).rowId, qint64(1)); // the slot's first row
    QCOMPARE(score.missing.at(2).reference, QStringLiteral("SPMT 2015 atau SK CPNS 2015"));
    QCOMPARE(score.missing.at(2).points, 7.5);

    QCOMPARE(score.missing.at(3).category, C::SkPns);
    QCOMPARE(score.missing.at(3).rowId, qint64(0));
    QCOMPARE(score.missing.at(3).reference, QStringLiteral("SK PNS"));
    QCOMPARE(score.missing.at(3).points, 7.5);

    QCOMPARE(score.missing.at(4).category, C::Jabatan);
    QCOMPARE(score.missing.at(4).rowId, qint64(4));
    QCOMPARE(score.missing.at(4).reference, QStringLiteral("SK Jabatan 2"));
    QCOMPARE(score.missing.at(4).points, 7.5);

    // text() of an entry made by hand.
    const DmsMissing byHand {C::Jabatan, 9, QStringLiteral("SK Jabatan 2019"), 3.75};
    QCOMPARE(byHand.text(), QStringLiteral("Unggah SK Jabatan 2019: +3,75"));
}

void TestDmsScore::manyTiesKeepCategoryAndRowOrder()
{
    // 30 rows each of Diklat, Pendidikan and SKP, interleaved in that order, none done: Pendidikan and
    // Diklat rows are worth 15/30 = 0.5 each, SKP rows 10/30. Long runs of ties, so an unstable sort shows.
    Input input;
    QList<qint64> pendidikan, diklat, skp;
    qint64 id = 0;
    for (int i = 0; i < 30; ++i) {
        input.row(DmsCategory::Diklat, QStringLiteral("Sertifikat %1").arg(i), false);
        diklat.append(++id);
        input.row(DmsCategory::Pendidikan, QStringLiteral("Ijazah %1").arg(i), false);
        pendidikan.append(++id);
        input.row(DmsCategory::Skp, QStringLiteral("SKP %1").arg(i), false);
        skp.append(++id);
    }
    const DmsScore score = Dms::compute(input);
    const QList<qint64> expected = QList<qint64> {0, 0, 0} + pendidikan + diklat + skp;
    QList<qint64> ids;
    for (const DmsMissing& missing : score.missing)
        ids.append(missing.rowId);
    QCOMPARE(ids, expected);
    QCOMPARE(score.missing.at(3).points, 0.5);
    QCOMPARE(score.missing.at(33).points, 0.5);
    QCOMPARE(score.missing.last().points, 10.0 / 30);
    QCOMPARE(score.total, 37.5); // DRH 7.5 + Golongan 15 + Jabatan 15
}

void TestDmsScore::roundTotal_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("rounded");

    QTest::newRow("55.55") << 55.55 << 55.6;
    QTest::newRow("55.54") << 55.54 << 55.5;
    QTest::newRow("90.05") << 90.05 << 90.1;
    QTest::newRow("90.04") << 90.04 << 90.0;
    QTest::newRow("29.95") << 29.95 << 30.0;
    QTest::newRow("29.94") << 29.94 << 29.9;
    QTest::newRow("1.15 (11.499999… in binary × 10)") << 1.15 << 1.2;
    QTest::newRow("41.24999999999999 (a noisy 41.25)") << 41.24999999999999 << 41.3;
    QTest::newRow("noisy 29.94") << 29.939999999999998 << 29.9;
    QTest::newRow("96.25") << 96.25 << 96.3;
    QTest::newRow("a third") << 100.0 / 3 << 33.3;
    QTest::newRow("two thirds") << 200.0 / 3 << 66.7;
    QTest::newRow("0") << 0.0 << 0.0;
    QTest::newRow("100") << 100.0 << 100.0;
    QTest::newRow("77.5") << 77.5 << 77.5;
}

void TestDmsScore::roundTotal()
{
    QFETCH(double, value);
    QFETCH(double, rounded);

    QCOMPARE(Dms::roundTotal(value), rounded);
}

void TestDmsScore::bandFor_data()
{
    QTest::addColumn<double>("total");
    QTest::addColumn<DmsBand>("band");

    QTest::newRow("100") << 100.0 << DmsBand::SangatLengkap;
    QTest::newRow("90.1") << 90.1 << DmsBand::SangatLengkap;
    QTest::newRow("90.0") << 90.0 << DmsBand::Lengkap;
    QTest::newRow("77.5") << 77.5 << DmsBand::Lengkap;
    QTest::newRow("55.6") << 55.6 << DmsBand::Lengkap;
    QTest::newRow("55.6 as 556 × 0.1") << 556 * 0.1 << DmsBand::Lengkap;
    QTest::newRow("55.5") << 55.5 << DmsBand::CukupLengkap;
    QTest::newRow("30.0") << 30.0 << DmsBand::CukupLengkap;
    QTest::newRow("30.0 as 0.1 × 300") << 0.1 * 300 << DmsBand::CukupLengkap;
    QTest::newRow("29.9") << 29.9 << DmsBand::KurangLengkap;
    QTest::newRow("7.5") << 7.5 << DmsBand::KurangLengkap;
    QTest::newRow("0") << 0.0 << DmsBand::KurangLengkap;
}

void TestDmsScore::bandFor()
{
    QFETCH(double, total);
    QFETCH(DmsBand, band);

    QCOMPARE(Dms::bandFor(total), band);
}

void TestDmsScore::bandText_data()
{
    QTest::addColumn<DmsBand>("band");
    QTest::addColumn<QString>("text");

    QTest::newRow("sangat") << DmsBand::SangatLengkap << QStringLiteral("Sangat Lengkap");
    QTest::newRow("lengkap") << DmsBand::Lengkap << QStringLiteral("Lengkap");
    QTest::newRow("cukup") << DmsBand::CukupLengkap << QStringLiteral("Cukup Lengkap");
    QTest::newRow("kurang") << DmsBand::KurangLengkap << QStringLiteral("Kurang Lengkap");
}

void TestDmsScore::bandText()
{
    QFETCH(DmsBand, band);
    QFETCH(QString, text);

    QCOMPARE(Dms::bandText(band), text);
}

void TestDmsScore::codes_data()
{
    QTest::addColumn<DmsCategory>("category");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("title");
    QTest::addColumn<DmsGroup>("group");

    using C = DmsCategory;
    const auto add = [](C c, const char* code, const QString& title, DmsGroup group) {
        QTest::newRow(code) << c << QString::fromLatin1(code) << title << group;
    };
    add(C::Drh, "drh", QStringLiteral("DRH"), DmsGroup::Utama);
    add(C::D2np, "d2np", QStringLiteral("D2NP"), DmsGroup::Utama);
    add(C::SkCpns, "sk_cpns", QStringLiteral("SK CPNS"), DmsGroup::Utama);
    add(C::Spmt, "spmt", QStringLiteral("SPMT CPNS"), DmsGroup::Utama);
    add(C::SkPns, "sk_pns", QStringLiteral("SK PNS"), DmsGroup::Utama);
    add(C::Pendidikan, "pendidikan", QStringLiteral("Pendidikan"), DmsGroup::Utama);
    add(C::Golongan, "golongan", QStringLiteral("Golongan"), DmsGroup::Utama);
    add(C::Jabatan, "jabatan", QStringLiteral("Jabatan"), DmsGroup::Utama);
    add(C::Diklat, "diklat", QStringLiteral("Diklat"), DmsGroup::Utama);
    add(C::AngkaKredit, "angka_kredit", QStringLiteral("Angka Kredit"), DmsGroup::Kondisional);
    add(C::PindahInstansi, "pindah_instansi", QStringLiteral("Pindah Instansi"), DmsGroup::Kondisional);
    add(C::Pmk, "pmk", QStringLiteral("PMK"), DmsGroup::Kondisional);
    add(C::Penghargaan, "penghargaan", QStringLiteral("Penghargaan"), DmsGroup::Kondisional);
    add(C::Cltn, "cltn", QStringLiteral("CLTN"), DmsGroup::Kondisional);
    add(C::Skp, "skp", QStringLiteral("SKP/Kinerja"), DmsGroup::Kondisional);
}

void TestDmsScore::codes()
{
    QFETCH(DmsCategory, category);
    QFETCH(QString, code);
    QFETCH(QString, title);
    QFETCH(DmsGroup, group);

    QCOMPARE(Dms::categoryCode(category), code);
    QCOMPARE(Dms::categoryFromCode(code), std::optional<DmsCategory>(category));
    QCOMPARE(Dms::categoryFromCode(code.toUpper()), std::optional<DmsCategory>(category));
    QCOMPARE(Dms::categoryTitle(category), title);
    QCOMPARE(Dms::groupOf(category), group);
    QVERIFY(!Dms::documentName(category).isEmpty());
}

void TestDmsScore::unknownCodes_data()
{
    QTest::addColumn<QString>("code");

    QTest::newRow("empty") << QString();
    QTest::newRow("title, not code") << QStringLiteral("SK CPNS");
    QTest::newRow("dash") << QStringLiteral("sk-cpns");
    QTest::newRow("leading space") << QStringLiteral(" drh");
    QTest::newRow("trailing space") << QStringLiteral("skp ");
    QTest::newRow("prefix") << QStringLiteral("angka");
    QTest::newRow("unknown") << QStringLiteral("kursus");
}

void TestDmsScore::unknownCodes()
{
    QFETCH(QString, code);

    QCOMPARE(Dms::categoryFromCode(code), std::optional<DmsCategory>());
}

void TestDmsScore::pointsText_data()
{
    QTest::addColumn<double>("points");
    QTest::addColumn<QString>("text");

    QTest::newRow("7.5") << 7.5 << QStringLiteral("7,5");
    QTest::newRow("5") << 5.0 << QStringLiteral("5");
    QTest::newRow("3.75") << 3.75 << QStringLiteral("3,75");
    QTest::newRow("a third of 10") << 10.0 / 3 << QStringLiteral("3,33");
    QTest::newRow("two thirds of 10") << 20.0 / 3 << QStringLiteral("6,67");
    QTest::newRow("15/7") << 15.0 / 7 << QStringLiteral("2,14");
    QTest::newRow("0.05") << 0.05 << QStringLiteral("0,05");
    QTest::newRow("0.5") << 0.5 << QStringLiteral("0,5");
    QTest::newRow("1.005 half up despite binary") << 1.005 << QStringLiteral("1,01");
    QTest::newRow("2.675 half up despite binary") << 2.675 << QStringLiteral("2,68");
    QTest::newRow("9.999 rounds up to 10") << 9.999 << QStringLiteral("10");
    QTest::newRow("0.004 is 0") << 0.004 << QStringLiteral("0");
    QTest::newRow("0") << 0.0 << QStringLiteral("0");
    QTest::newRow("100") << 100.0 << QStringLiteral("100");
    QTest::newRow("90.1") << 90.1 << QStringLiteral("90,1");
    QTest::newRow("10.05") << 10.05 << QStringLiteral("10,05");
}

void TestDmsScore::pointsText()
{
    QFETCH(double, points);
    QFETCH(QString, text);

    QCOMPARE(Dms::pointsText(points), text);
}

QTEST_APPLESS_MAIN(TestDmsScore)
#include "TestDmsScore.moc"
