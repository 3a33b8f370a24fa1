// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/RecordHistory.h"
#include "timkerja/TimKerja.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace karier;

namespace {

QVariantMap kursus()
{
    return {{QStringLiteral("jenisKursus"), QStringLiteral("Sosialisasi")},
        {QStringLiteral("klasifikasi"), QStringLiteral("Sumber Daya Manusia")},
        {QStringLiteral("namaKursus"), QStringLiteral("Sosialisasi Manajemen Talenta")},
        {QStringLiteral("institusiPenyelenggara"), QStringLiteral("BKPSDM Kota Surakarta")},
        {QStringLiteral("nomorSertipikat"), QStringLiteral("800/12/BKPSDM/2026")},
        {QStringLiteral("tahunKursus"), 2026}, {QStringLiteral("tanggalKursus"), QDate(2026, 3, 2)},
        {QStringLiteral("tanggalSelesaiKursus"), QDate(2026, 3, 2)}, {QStringLiteral("jumlahJam"), 4}};
}

const QString ShaA = QString(64, QLatin1Char('a'));
const QString ShaB = QString(64, QLatin1Char('b'));

} // namespace

/// RecordHistory::diff: which fields a change altered (in the form's order, with their labels and the
/// values as shown), whether the document changed, and the audit detail's JSON.
class TestRecordHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diffsFields_data()
    {
        QTest::addColumn<QVariantMap>("changed"); // applied over kursus(); QVariant() clears a field
        QTest::addColumn<QString>("newSha");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QStringList>("lines"); // "Label: old → new"
        QTest::addColumn<bool>("documentChanged");

        QTest::newRow("unchanged") << QVariantMap {} << ShaA << QStringList {} << QStringList {} << false;
        QTest::newRow("the same values written again")
            << QVariantMap {{QStringLiteral("jumlahJam"), QStringLiteral("4")}} << ShaA << QStringList {}
            << QStringList {} << false;
        QTest::newRow("text")
            << QVariantMap {{QStringLiteral("namaKursus"), QStringLiteral("Pelatihan Talenta")}} << ShaA
            << QStringList {QStringLiteral("namaKursus")}
            << QStringList {QStringLiteral("Nama Kursus: Sosialisasi Manajemen Talenta → Pelatihan Talenta")}
            << false;
        QTest::newRow("date shown in words")
            << QVariantMap {{QStringLiteral("tanggalSelesaiKursus"), QDate(2026, 3, 4)}} << ShaA
            << QStringList {QStringLiteral("tanggalSelesaiKursus")}
            << QStringList {QStringLiteral("Tanggal Berakhir: 2 Maret 2026 → 4 Maret 2026")} << false;
        QTest::newRow("hours with their unit")
            << QVariantMap {{QStringLiteral("jumlahJam"), 12}} << ShaA
            << QStringList {QStringLiteral("jumlahJam")}
            << QStringList {QStringLiteral("Durasi (jam): 4 jam → 12 jam")} << false;
        QTest::newRow("cleared") << QVariantMap {{QStringLiteral("klasifikasi"), QVariant()}} << ShaA
                                 << QStringList {QStringLiteral("klasifikasi")}
                                 << QStringList {QStringLiteral(
                                        "Klasifikasi Kursus: Sumber Daya Manusia → –")}
                                 << false;
        QTest::newRow("document only") << QVariantMap {} << ShaB << QStringList {} << QStringList {} << true;
        QTest::newRow("two fields in the form's order and the document")
            << QVariantMap {{QStringLiteral("jumlahJam"), 8},
                   {QStringLiteral("nomorSertipikat"), QStringLiteral("800/13/BKPSDM/2026")}}
            << ShaB << QStringList {QStringLiteral("nomorSertipikat"), QStringLiteral("jumlahJam")}
            << QStringList {QStringLiteral("Nomor Sertifikat: 800/12/BKPSDM/2026 → 800/13/BKPSDM/2026"),
                   QStringLiteral("Durasi (jam): 4 jam → 8 jam")}
            << true;
    }

    void diffsFields()
    {
        QFETCH(QVariantMap, changed);
        QFETCH(QString, newSha);
        QFETCH(QStringList, keys);
        QFETCH(QStringList, lines);
        QFETCH(bool, documentChanged);
        const RecordType& type = RecordTypes::kursus();
        QVariantMap after = kursus();
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            after.insert(it.key(), it.value());
        const RecordChanges changes
            = RecordHistory::diff(type, type.toJson(kursus()), type.toJson(after), ShaA, newSha);
        QStringList gotKeys;
        QStringList gotLines;
        for (const FieldChange& change : changes.fields) {
            gotKeys << change.key;
            gotLines << QStringLiteral("%1: %2 → %3").arg(change.label, change.oldText, change.newText);
        }
        QCOMPARE(gotKeys, keys);
        QCOMPARE(gotLines, lines);
        QCOMPARE(changes.documentChanged(), documentChanged);
        QCOMPARE(changes.isEmpty(), keys.isEmpty() && !documentChanged);
    }

    void auditDetailIsJson()
    {
        const RecordType& type = RecordTypes::kursus();
        QVariantMap after = kursus();
        after.insert(QStringLiteral("jumlahJam"), 12);
        after.insert(QStringLiteral("tanggalKursus"), QDate(2026, 3, 1));
        after.remove(QStringLiteral("klasifikasi"));
        const RecordChanges changes
            = RecordHistory::diff(type, type.toJson(kursus()), type.toJson(after), ShaA, ShaB);
        const QJsonObject detail = QJsonDocument::fromJson(changes.toJson().toUtf8()).object();
        const QJsonArray fields = detail.value(QStringLiteral("fields")).toArray();
        QCOMPARE(fields.size(), 3);
        QCOMPARE(fields.at(0).toObject(),
            (QJsonObject {{QStringLiteral("field"), QStringLiteral("klasifikasi")},
                {QStringLiteral("old"), QStringLiteral("Sumber Daya Manusia")},
                {QStringLiteral("new"), QJsonValue::Null}}));
        // Dates as stored (yyyy-MM-dd), numbers as numbers.
        QCOMPARE(
            fields.at(1).toObject().value(QStringLiteral("old")).toString(), QStringLiteral("2026-03-02"));
        QCOMPARE(
            fields.at(1).toObject().value(QStringLiteral("new")).toString(), QStringLiteral("2026-03-01"));
        QVERIFY(fields.at(2).toObject().value(QStringLiteral("new")).isDouble());
        QCOMPARE(fields.at(2).toObject().value(QStringLiteral("new")).toInt(), 12);
        QCOMPARE(detail.value(QStringLiteral("document")).toObject(),
            (QJsonObject {{QStringLiteral("old"), ShaA}, {QStringLiteral("new"), ShaB}}));

        // A new record: every field from nothing, and the document from none.
        const RecordChanges created
            = RecordHistory::diff(type, QString(), type.toJson(kursus()), QString(), ShaA);
        const QJsonObject first = QJsonDocument::fromJson(created.toJson().toUtf8()).object();
        QCOMPARE(first.value(QStringLiteral("fields")).toArray().size(), kursus().size());
        QVERIFY(first.value(QStringLiteral("document")).toObject().value(QStringLiteral("old")).isNull());
        // Nothing changed: an empty list and no document entry.
        const RecordChanges same
            = RecordHistory::diff(type, type.toJson(kursus()), type.toJson(kursus()), ShaA, ShaA);
        QCOMPARE(same.toJson(), QStringLiteral("{\"fields\":[]}"));
    }

    void choiceShowsItsLabelAndUnknownKeysTheirName()
    {
        namespace Key = TimKerja::Key;
        const RecordType& type = RecordTypes::timKerja();
        const QString before
            = QStringLiteral("{\"kedudukan\":\"Anggota\",\"namaTimKerja\":\"Tim A\",\"kodeLama\":\"X\"}");
        const QString after = QStringLiteral("{\"kedudukan\":\"Ketua\",\"namaTimKerja\":\"Tim A\"}");
        const RecordChanges changes = RecordHistory::diff(type, before, after, QString(), QString());
        QCOMPARE(changes.fields.size(), 2);
        QCOMPARE(changes.fields.at(0).key, Key::kedudukan());
        QCOMPARE(changes.fields.at(0).label, QStringLiteral("Kedudukan"));
        QCOMPARE(changes.fields.at(0).newText, QStringLiteral("Ketua"));
        QCOMPARE(changes.fields.at(1).key, QStringLiteral("kodeLama"));
        QCOMPARE(changes.fields.at(1).oldText, QStringLiteral("X"));
        QCOMPARE(changes.fields.at(1).newText, QStringLiteral("–"));
        QVERIFY(!changes.documentChanged());
    }
};

QTEST_GUILESS_MAIN(TestRecordHistory)
#include "TestRecordHistory.moc"
