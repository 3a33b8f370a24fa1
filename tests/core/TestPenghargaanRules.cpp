// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/RecordType.h"
#include "records/ReferenceLists.h"

#include <QTest>

using namespace karier;

namespace {

QVariantMap award()
{
    return {
        {QStringLiteral("skalaPenghargaan"), QStringLiteral("Kabupaten/Kota")},
        {QStringLiteral("kelompokPenghargaan"), QStringLiteral("PENGHARGAAN LAINNYA")},
        {QStringLiteral("jenisPenghargaan"), QStringLiteral("ASN Teladan")},
        {QStringLiteral("tahun"), 2026},
        {QStringLiteral("skNomor"), QStringLiteral("800/1234/2026")},
        {QStringLiteral("skDate"), QDate(2026, 4, 27)},
    };
}

RuleContext context()
{
    RuleContext c;
    c.today = QDate(2026, 11, 30);
    c.tmt = QDate(2015, 5, 1); // NIP 19860926 201505 1 001
    return c;
}

} // namespace

/// The rules of Riwayat Penghargaan (domain.md section 4 and the manual's Penghargaan guide).
class TestPenghargaanRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsAndHelpAsInTheManual()
    {
        QStringList labels;
        for (const FieldSpec& f : RecordTypes::penghargaan().fields)
            labels << f.label;
        QCOMPARE(labels,
            (QStringList {"Skala Penghargaan", "Kelompok Penghargaan", "Jenis Penghargaan", "Tahun Perolehan",
                "Nomor Surat Keputusan", "Tanggal Surat Keputusan"}));
        QCOMPARE(ReferenceLists::items(QStringLiteral("skala-penghargaan")).size(), 5);
        QVERIFY(
            ReferenceLists::help(QStringLiteral("skala-penghargaan"), QStringLiteral("Unit Kerja/Instansi"))
                .contains(QLatin1String("Sub Unit Kerja")));
        QVERIFY(ReferenceLists::help(QStringLiteral("jenis-penghargaan"), QStringLiteral("ASN Inovatif"))
                    .contains(QLatin1String("Gelar Inovasi Perangkat Daerah")));
        QCOMPARE(RecordTypes::byCode(QStringLiteral("penghargaan")), &RecordTypes::penghargaan());
    }

    void satyaLencanaNarrowsTheChoices()
    {
        const RecordType& type = RecordTypes::penghargaan();
        QVariantMap values = award();
        // PENGHARGAAN LAINNYA: the five ASN awards, every scale.
        QCOMPARE(type.choicesFor(QStringLiteral("jenisPenghargaan"), values),
            (QStringList {
                "ASN Teladan", "ASN Berprestasi", "ASN Inspiratif", "ASN Inovatif", "ASN Terbaik"}));
        QCOMPARE(type.choicesFor(QStringLiteral("skalaPenghargaan"), values).size(), 5);
        QVERIFY(type.implied(values, QStringLiteral("kelompokPenghargaan")).isEmpty());

        // Choosing SATYA LENCANA sets Skala to Nasional, clears an ASN award and offers only Karya Satya.
        values.insert(QStringLiteral("kelompokPenghargaan"), QStringLiteral("SATYA LENCANA"));
        const QVariantMap changes = type.implied(values, QStringLiteral("kelompokPenghargaan"));
        QCOMPARE(changes.value(QStringLiteral("skalaPenghargaan")).toString(), QStringLiteral("Nasional"));
        QVERIFY(changes.contains(QStringLiteral("jenisPenghargaan")));
        QVERIFY(changes.value(QStringLiteral("jenisPenghargaan")).isNull());
        QCOMPARE(type.choicesFor(QStringLiteral("skalaPenghargaan"), values), QStringList {"Nasional"});
        QCOMPARE(type.choicesFor(QStringLiteral("jenisPenghargaan"), values),
            (QStringList {"Satyalancana Karya Satya X Tahun", "Satyalancana Karya Satya XX Tahun",
                "Satyalancana Karya Satya XXX Tahun"}));
        // Other fields and other types keep their whole list.
        QCOMPARE(type.choicesFor(QStringLiteral("kelompokPenghargaan"), values).size(), 2);
        QCOMPARE(RecordTypes::kursus().choicesFor(QStringLiteral("jenisKursus"), {}).size(), 25);
    }

    void rules_data()
    {
        QTest::addColumn<QVariantMap>("changes");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("severity"); // -1: no issue
        QTest::addColumn<QString>("message");
        auto row = [](const char* name, QVariantMap changes, const char* field, int severity,
                       const char* message) {
            QTest::newRow(name) << changes << QString::fromUtf8(field) << severity
                                << QString::fromUtf8(message);
        };
        row("valid", {}, "", -1, "");
        row("year in the future", {{"tahun", 2027}}, "tahun", 0, "antara 1950 dan 2026");
        row("year before TMT", {{"tahun", 2014}, {"skDate", QDate(2014, 6, 1)}}, "tahun", 0,
            "sebelum tahun TMT CPNS Anda (2015)");
        row("decree in the future", {{"skDate", QDate(2026, 12, 2)}}, "skDate", 0, "masa depan");
        row("decree in another year warns", {{"skDate", QDate(2025, 12, 20)}}, "skDate", 1,
            "tidak jatuh pada Tahun Perolehan 2026");
        row("satya lencana needs Nasional",
            {{"kelompokPenghargaan", QStringLiteral("SATYA LENCANA")},
                {"jenisPenghargaan", QStringLiteral("Satyalancana Karya Satya X Tahun")}},
            "skalaPenghargaan", 0, "selalu berskala Nasional");
        row("satya lencana needs a Karya Satya kind",
            {{"kelompokPenghargaan", QStringLiteral("SATYA LENCANA")},
                {"skalaPenghargaan", QStringLiteral("Nasional")}},
            "jenisPenghargaan", 0, "pilih Satyalancana Karya Satya");
        row("karya satya only in its group",
            {{"jenisPenghargaan", QStringLiteral("Satyalancana Karya Satya X Tahun")}}, "jenisPenghargaan", 0,
            "hanya untuk Kelompok Penghargaan SATYA LENCANA");
        row("karya satya X after 11 years is fine",
            {{"kelompokPenghargaan", QStringLiteral("SATYA LENCANA")},
                {"skalaPenghargaan", QStringLiteral("Nasional")},
                {"jenisPenghargaan", QStringLiteral("Satyalancana Karya Satya X Tahun")}},
            "", -1, "");
        row("karya satya XX after 10 years warns with the years counted",
            {{"kelompokPenghargaan", QStringLiteral("SATYA LENCANA")},
                {"skalaPenghargaan", QStringLiteral("Nasional")},
                {"jenisPenghargaan", QStringLiteral("Satyalancana Karya Satya XX Tahun")}},
            "jenisPenghargaan", 1,
            "sekurang-kurangnya 20 tahun; dari TMT CPNS 1 Mei 2015 sampai 27 April 2026 baru 10 tahun");
        row("karya satya X one day short",
            {{"kelompokPenghargaan", QStringLiteral("SATYA LENCANA")},
                {"skalaPenghargaan", QStringLiteral("Nasional")},
                {"jenisPenghargaan", QStringLiteral("Satyalancana Karya Satya X Tahun")}, {"tahun", 2025},
                {"skDate", QDate(2025, 4, 30)}},
            "jenisPenghargaan", 1, "baru 9 tahun");
        row("missing decree number", {{"skNomor", QString()}}, "skNomor", 0, "wajib diisi");
    }

    void rules()
    {
        QFETCH(QVariantMap, changes);
        QFETCH(QString, field);
        QFETCH(int, severity);
        QFETCH(QString, message);
        QVariantMap values = award();
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            values.insert(it.key(), it.value());
        const QList<RuleIssue> issues = RecordTypes::penghargaan().validate(values, context());
        if (severity < 0) {
            QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().message));
            return;
        }
        QVERIFY(!issues.isEmpty());
        QCOMPARE(issues.first().field, field);
        QCOMPARE(int(issues.first().severity), severity);
        QVERIFY2(issues.first().message.contains(message), qPrintable(issues.first().message));
    }
};

QTEST_GUILESS_MAIN(TestPenghargaanRules)
#include "TestPenghargaanRules.moc"
