// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "approval/ApprovalService.h"
#include "export/SiasnExport.h"
#include "io/DemoSeeder.h"
#include "records/RecordService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

/// SIASN-ready export (issue 21 §1) on the demo data: one payload per approved Kursus, Sertifikasi and
/// Penghargaan with SIASN's field names, dd-MM-yyyy dates and numbers as numbers; the marks that make a
/// second export empty; --all and --since; documents beside it; only an Admin (on PostgreSQL on the Admin's
/// own login, under the server's rules).
class TestSiasnExport : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    std::shared_ptr<Database> m_adminDb; // the Admin's own login on PostgreSQL
    Session m_admin;
    Session m_pengelola;
    Session m_asn;
    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC);
    qint64 m_karyaSatya = 0;
    qint64 m_teladan = 0;
    qint64 m_sertifikasi = 0;

    Session asn(const QString& nip) { return karier::test::sessionFor(m_db, nip, Role::Asn, 60); }

    qint64 submit(
        const QString& nip, const RecordType& type, const QVariantMap& values, const QByteArray& marker)
    {
        RecordService::SaveRequest request;
        request.type = &type;
        request.values = values;
        request.document
            = DocumentUpload::madeByProgram(QByteArray("%PDF-1.4\n% ") + marker + QByteArray("\n%%EOF\n"),
                QStringLiteral("sertifikat.pdf"), 1, 900);
        const auto id = RecordService(m_db, [this] { return m_now; }).submit(asn(nip), request);
        if (!id)
            qWarning("submit: %s", qUtf8Printable(id.error().message));
        return id.ok() ? id.value() : 0;
    }

    bool approve(qint64 id)
    {
        const auto version = m_db->readValue([&](QSqlDatabase& c) -> Result<int> {
            SqlQuery q(c, QStringLiteral("SELECT version FROM records WHERE id = ?"));
            q.bind(id);
            if (!q.exec() || !q.next())
                return q.error();
            return q.value(0).toInt();
        });
        if (!version)
            return false;
        const auto outcome = ApprovalService(m_db, [this] {
            return m_now;
        }).decide(m_admin, {Decision::Setujui, {{id, version.value()}}, {}, {}});
        return outcome.ok() && outcome->decided == QList<qint64> {id};
    }

    qint64 count(const QString& sql)
    {
        const auto n = m_db->readValue([&](QSqlDatabase& c) -> Result<qint64> {
            SqlQuery q(c, sql);
            if (!q.exec() || !q.next())
                return q.error();
            return q.value(0).toLongLong();
        });
        return n.ok() ? n.value() : -1;
    }

    /// One export as the Admin; the array written, or an empty array with a failure.
    QJsonArray exportAsAdmin(const SiasnExportOptions& options = {}, SiasnExportSummary* summary = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("siasn.json"));
        QFile::remove(path);
        auto done = SiasnExport(m_adminDb, [this] { return m_now; }).exportTo(&m_admin, options, path);
        if (!done) {
            qWarning("export: %s", qUtf8Printable(done.error().message));
            return {};
        }
        if (summary)
            *summary = done.value();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray())
            qWarning("not a JSON array: %s", qUtf8Printable(error.errorString()));
        return doc.array();
    }

    static QJsonObject byRecord(const QJsonArray& array, qint64 id)
    {
        for (const QJsonValue& v : array)
            if (v.toObject().value(QStringLiteral("recordId")).toInteger() == id)
                return v.toObject();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        QVERIFY(m_dir.isValid());
        m_db = m_fresh.open();
        QVERIFY(m_db);
        // The demo as karier-cli demo makes it: organisation, accounts, then the submissions.
        QVERIFY(DemoSeeder::seedDemo(m_db).ok());
        QVERIFY(DemoSeeder::seedDemoSubmissions(m_db).ok());
        m_admin = karier::test::sessionFor(m_db, QStringLiteral("198503152010012002"), Role::Admin, 1);
        m_pengelola
            = karier::test::sessionFor(m_db, QStringLiteral("198007122005011003"), Role::Pengelola, 2);
        m_asn = karier::test::sessionFor(m_db, QStringLiteral("198609262015051001"), Role::Asn, 3);
        m_adminDb = m_fresh.openAs(m_db, m_admin);
        QVERIFY(m_adminDb);

        // The demo approves one Kursus; approve one of its Sertifikasi and add two Penghargaan.
        const auto waiting = m_db->readValue([](QSqlDatabase& c) -> Result<qint64> {
            SqlQuery q(c,
                QStringLiteral("SELECT MIN(id) FROM records WHERE record_type = 'sertifikasi' AND status = "
                               "'diajukan'"));
            if (!q.exec() || !q.next())
                return q.error();
            return q.value(0).toLongLong();
        });
        QVERIFY2(waiting.ok(), waiting.ok() ? "" : qPrintable(waiting.error().message));
        QVERIFY(waiting.value() > 0);
        m_sertifikasi = waiting.value();
        QVERIFY(approve(m_sertifikasi));
        m_karyaSatya = submit(m_asn.nip, RecordTypes::penghargaan(),
            {{QStringLiteral("skalaPenghargaan"), QStringLiteral("Nasional")},
                {QStringLiteral("kelompokPenghargaan"), QStringLiteral("SATYA LENCANA")},
                {QStringLiteral("jenisPenghargaan"), QStringLiteral("Satyalancana Karya Satya X Tahun")},
                {QStringLiteral("tahun"), 2025}, {QStringLiteral("skNomor"), QStringLiteral("12/TK/2025")},
                {QStringLiteral("skDate"), QDate(2025, 8, 17)}},
            "karya satya");
        QVERIFY(m_karyaSatya > 0);
        QVERIFY(approve(m_karyaSatya));
        m_teladan = submit(m_asn.nip, RecordTypes::penghargaan(),
            {{QStringLiteral("skalaPenghargaan"), QStringLiteral("Kabupaten/Kota")},
                {QStringLiteral("kelompokPenghargaan"), QStringLiteral("PENGHARGAAN LAINNYA")},
                {QStringLiteral("jenisPenghargaan"), QStringLiteral("ASN Teladan")},
                {QStringLiteral("tahun"), 2025}, {QStringLiteral("skNomor"), QStringLiteral("800/77/2025")},
                {QStringLiteral("skDate"), QDate(2025, 11, 10)}},
            "teladan");
        QVERIFY(m_teladan > 0);
        QVERIFY(approve(m_teladan));
    }

    void init()
    {
        QVERIFY(m_db->write([](QSqlDatabase& c) -> Status {
            SqlQuery q(c, QStringLiteral("DELETE FROM siasn_exports"));
            return q.exec() ? Status() : Status(q.error());
        }));
    }

    void onePayloadPerApprovedRecord()
    {
        const qint64 approved = count(QStringLiteral(
            "SELECT COUNT(*) FROM records WHERE status = 'disetujui' AND record_type IN ('kursus', "
            "'sertifikasi', 'penghargaan')"));
        QCOMPARE(approved, 4); // the demo's Kursus, the Sertifikasi, two Penghargaan
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM records WHERE status = 'disetujui' AND "
                                      "record_type = 'kursus'")),
            1);
        SiasnExportSummary summary;
        const QJsonArray array = exportAsAdmin({}, &summary);
        QCOMPARE(array.size(), approved);
        QCOMPARE(summary.exported, 4);
        QCOMPARE(summary.perType.value(QStringLiteral("kursus")), 1);
        QCOMPARE(summary.perType.value(QStringLiteral("sertifikasi")), 1);
        QCOMPARE(summary.perType.value(QStringLiteral("penghargaan")), 2);
        const QRegularExpression date(QStringLiteral("^\\d\\d-\\d\\d-\\d{4}$"));
        QSet<qint64> ids;
        for (const QJsonValue& v : array) {
            const QJsonObject o = v.toObject();
            const QString type = o.value(QStringLiteral("type")).toString();
            const qint64 id = o.value(QStringLiteral("recordId")).toInteger();
            ids.insert(id);
            QCOMPARE(o.value(QStringLiteral("endpoint")).toString(), QStringLiteral("/%1/save").arg(type));
            QCOMPARE(o.value(QStringLiteral("nipBaru")).toString().size(), 18);
            const QJsonObject doc = o.value(QStringLiteral("document")).toObject();
            QCOMPARE(doc.value(QStringLiteral("fileName")).toString(),
                QStringLiteral("%1-%2.pdf").arg(type).arg(id));
            QCOMPARE(doc.value(QStringLiteral("idRefDokumen")).toInt(),
                type == QLatin1String("kursus")            ? 881
                    : type == QLatin1String("sertifikasi") ? 1683
                                                           : 892);
            const QString sha = doc.value(QStringLiteral("sha256")).toString();
            QCOMPARE(sha.size(), 64);
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM records r JOIN documents d ON d.id = "
                                          "r.document_id WHERE r.id = %1 AND d.sha256 = '%2'")
                               .arg(id)
                               .arg(sha)),
                1);
            const QJsonObject p = o.value(QStringLiteral("payload")).toObject();
            QVERIFY(p.value(QStringLiteral("pnsOrangId")).isNull());
            QVERIFY(p.value(QStringLiteral("path")).isArray());
            for (const QString& key : p.keys())
                if (key.startsWith(QLatin1String("tanggal")) || key.startsWith(QLatin1String("masaBerlaku"))
                    || key == QLatin1String("skDate"))
                    QVERIFY2(p.value(key).isNull() || date.match(p.value(key).toString()).hasMatch(),
                        qPrintable(key));
        }
        QCOMPARE(ids.size(), 4);

        // The demo's Kursus: every field of /kursus/save, numbers as numbers, Sosialisasi = jenisDiklat 7
        // (P).
        QJsonObject kursus;
        for (const QJsonValue& v : array)
            if (v.toObject().value(QStringLiteral("type")).toString() == QLatin1String("kursus"))
                kursus = v.toObject();
        const QJsonObject k = kursus.value(QStringLiteral("payload")).toObject();
        QStringList keys = k.keys();
        keys.sort();
        QCOMPARE(keys,
            QStringList({"id", "instansiId", "institusiPenyelenggara", "jenisDiklatId", "jenisKursus",
                "jenisKursusSertipikat", "jumlahJam", "lokasiId", "namaKursus", "nomorSertipikat", "path",
                "pnsOrangId", "tahunKursus", "tanggalKursus", "tanggalSelesaiKursus"}));
        QVERIFY(k.value(QStringLiteral("jumlahJam")).isDouble());
        QVERIFY(k.value(QStringLiteral("tahunKursus")).isDouble());
        QCOMPARE(k.value(QStringLiteral("jenisDiklatId")).toInt(), 7);
        QCOMPARE(k.value(QStringLiteral("jenisKursusSertipikat")).toString(), QStringLiteral("P"));
        QCOMPARE(k.value(QStringLiteral("institusiPenyelenggara")).toString(),
            QStringLiteral("BKPSDM Kota Surakarta"));
        QCOMPARE(kursus.value(QStringLiteral("unmapped")).toArray().size(), 0);
        // The same values as stored: the demo's Kursus was held on one day, 4 JP.
        const QDate start = QDate::fromString(
            k.value(QStringLiteral("tanggalKursus")).toString(), QStringLiteral("dd-MM-yyyy"));
        QVERIFY(start.isValid());
        QCOMPARE(k.value(QStringLiteral("tahunKursus")).toInt(), start.year());
        QCOMPARE(count(QStringLiteral("SELECT hours FROM records WHERE id = %1")
                           .arg(kursus.value(QStringLiteral("recordId")).toInteger())),
            qint64(k.value(QStringLiteral("jumlahJam")).toInt()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM records WHERE id = %1 AND start_date = '%2'")
                           .arg(kursus.value(QStringLiteral("recordId")).toInteger())
                           .arg(start.toString(Qt::ISODate))),
            1);

        // Sertifikasi: dates as dd-MM-yyyy; the body and the rumpun have no SIASN id in the mapping yet.
        const QJsonObject s = byRecord(array, m_sertifikasi);
        const QJsonObject sp = s.value(QStringLiteral("payload")).toObject();
        QVERIFY(sp.value(QStringLiteral("lembagaSertifikasiId")).isNull());
        QVERIFY(sp.value(QStringLiteral("rumpunJabatanId")).isNull());
        QCOMPARE(sp.value(QStringLiteral("lembagaSertifikasiNama")).toString(),
            QStringLiteral("LKPP (Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah)"));
        QVERIFY(date.match(sp.value(QStringLiteral("masaBerlakuSertSelasai")).toString()).hasMatch());
        QStringList fields;
        for (const QJsonValue& u : s.value(QStringLiteral("unmapped")).toArray())
            fields << u.toObject().value(QStringLiteral("field")).toString();
        QCOMPARE(fields, QStringList({"lembagaSertifikasiId", "rumpunJabatanId"}));

        // Penghargaan: Karya Satya X = hargaId 201; ASN Teladan left null with 400 only as a suggestion.
        const QJsonObject ks = byRecord(array, m_karyaSatya).value(QStringLiteral("payload")).toObject();
        QCOMPARE(ks.value(QStringLiteral("hargaId")).toInt(), 201);
        QVERIFY(ks.value(QStringLiteral("hargaId")).isDouble());
        QCOMPARE(ks.value(QStringLiteral("tahun")).toInt(), 2025);
        QVERIFY(ks.value(QStringLiteral("tahun")).isDouble());
        QCOMPARE(ks.value(QStringLiteral("skDate")).toString(), QStringLiteral("17-08-2025"));
        QCOMPARE(ks.value(QStringLiteral("skNomor")).toString(), QStringLiteral("12/TK/2025"));
        QCOMPARE(byRecord(array, m_karyaSatya).value(QStringLiteral("nipBaru")).toString(), m_asn.nip);
        const QJsonObject teladan = byRecord(array, m_teladan);
        QVERIFY(
            teladan.value(QStringLiteral("payload")).toObject().value(QStringLiteral("hargaId")).isNull());
        const QJsonArray unmapped = teladan.value(QStringLiteral("unmapped")).toArray();
        QCOMPARE(unmapped.size(), 1);
        QCOMPARE(
            unmapped.at(0).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("hargaId"));
        QCOMPARE(unmapped.at(0).toObject().value(QStringLiteral("value")).toString(),
            QStringLiteral("ASN Teladan"));
        QCOMPARE(unmapped.at(0).toObject().value(QStringLiteral("suggestion")).toInt(), 400);
        QCOMPARE(summary.unmapped, 3);
        QCOMPARE(summary.problems.size(), 3);
        QVERIFY(summary.problems.join(QLatin1Char('\n')).contains(QLatin1String("ASN Teladan")));
    }

    void secondExportTakesOnlyWhatIsNew()
    {
        const qint64 audited
            = count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'ekspor-siasn'"));
        QCOMPARE(exportAsAdmin().size(), 4);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM siasn_exports")), 4);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM siasn_exports WHERE exported_by_nip = '%1'")
                           .arg(m_admin.nip)),
            4);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'ekspor-siasn' AND "
                                      "actor_nip = '%1'")
                           .arg(m_admin.nip)),
            audited + 1);
        SiasnExportSummary summary;
        QCOMPARE(exportAsAdmin({}, &summary).size(), 0);
        QCOMPARE(summary.exported, 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'ekspor-siasn'")),
            audited + 2);

        // A record approved since: the next export takes it alone.
        const qint64 another = submit(QStringLiteral("198609262015051001"), RecordTypes::penghargaan(),
            {{QStringLiteral("skalaPenghargaan"), QStringLiteral("Provinsi")},
                {QStringLiteral("kelompokPenghargaan"), QStringLiteral("PENGHARGAAN LAINNYA")},
                {QStringLiteral("jenisPenghargaan"), QStringLiteral("ASN Inovatif")},
                {QStringLiteral("tahun"), 2026}, {QStringLiteral("skNomor"), QStringLiteral("800/99/2026")},
                {QStringLiteral("skDate"), QDate(2026, 3, 2)}},
            "inovatif");
        QVERIFY(another > 0);
        QVERIFY(approve(another));
        const QJsonArray next = exportAsAdmin();
        QCOMPARE(next.size(), 1);
        QCOMPARE(next.at(0).toObject().value(QStringLiteral("recordId")).toInteger(), another);
        QCOMPARE(exportAsAdmin().size(), 0);

        // --all takes everything again; --type narrows; --since by the day of approval.
        SiasnExportOptions all;
        all.all = true;
        QCOMPARE(exportAsAdmin(all).size(), 5);
        all.types = {QStringLiteral("penghargaan")};
        QCOMPARE(exportAsAdmin(all).size(), 3);
        SiasnExportOptions since;
        since.since = QDate(2100, 1, 1);
        QCOMPARE(exportAsAdmin(since).size(), 0);
        since.since = QDate(2000, 1, 1);
        QCOMPARE(exportAsAdmin(since).size(), 5);
        since.since = m_now.date(); // the day this test approved four of them
        QSet<qint64> recent;
        for (const QJsonValue& v : exportAsAdmin(since))
            recent.insert(v.toObject().value(QStringLiteral("recordId")).toInteger());
        QVERIFY(recent.contains(m_sertifikasi) && recent.contains(m_karyaSatya) && recent.contains(m_teladan)
            && recent.contains(another));
    }

    void documentsAreWrittenBeside()
    {
        SiasnExportOptions options;
        options.all = true;
        options.documentsDir = m_dir.filePath(QStringLiteral("dokumen"));
        SiasnExportSummary summary;
        const QJsonArray array = exportAsAdmin(options, &summary);
        QCOMPARE(array.size(), 5);
        QCOMPARE(summary.documents, 5);
        for (const QJsonValue& v : array) {
            const QJsonObject doc = v.toObject().value(QStringLiteral("document")).toObject();
            QFile file(QDir(options.documentsDir).filePath(doc.value(QStringLiteral("fileName")).toString()));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QCOMPARE(QString::fromLatin1(
                         QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()),
                doc.value(QStringLiteral("sha256")).toString());
        }
    }

    void onlyAnAdminExports_data()
    {
        QTest::addColumn<int>("who");
        QTest::newRow("pengelola") << 0;
        QTest::newRow("asn") << 1;
    }

    void onlyAnAdminExports()
    {
        QFETCH(int, who);
        Session session = who == 0 ? m_pengelola : m_asn;
        const auto db = m_fresh.openAs(m_db, session);
        QVERIFY(db);
        const QString path = m_dir.filePath(QStringLiteral("refused.json"));
        const auto done = SiasnExport(db).exportTo(&session, {}, path);
        QVERIFY(!done);
        QCOMPARE(done.error().code, ErrorCode::Forbidden);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!SiasnExport(db).collect(&session, {}));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM siasn_exports")), 0);
    }

    void unknownTypeIsRefused()
    {
        SiasnExportOptions options;
        options.types = {QStringLiteral("timkerja")};
        const auto done = SiasnExport(m_adminDb).collect(&m_admin, options);
        QVERIFY(!done);
        QCOMPARE(done.error().code, ErrorCode::InvalidInput);
    }

    void unwritableFileMarksNothing()
    {
        const auto done = SiasnExport(m_adminDb).exportTo(
            &m_admin, {}, m_dir.filePath(QStringLiteral("tidak-ada/folder/siasn.json")));
        QVERIFY(!done);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM siasn_exports")), 0);
    }

    void itemForIsPure_data()
    {
        QTest::addColumn<QString>("jenis");
        QTest::addColumn<QVariant>("diklat");
        QTest::addColumn<QVariant>("flag");
        QTest::addColumn<int>("unmapped");
        QTest::newRow("workshop") << "Workshop" << QVariant(4) << QVariant("P") << 0;
        QTest::newRow("seminar") << "Seminar" << QVariant(9) << QVariant("P") << 0;
        QTest::newRow("teknis: flag unknown") << "Diklat Teknis" << QVariant(3) << QVariant() << 1;
        QTest::newRow("struktural: other endpoint") << "Diklat Struktural" << QVariant(1) << QVariant() << 2;
        QTest::newRow("not in the list") << "Rapat Koordinasi" << QVariant() << QVariant() << 2;
    }

    void itemForIsPure()
    {
        QFETCH(QString, jenis);
        QFETCH(QVariant, diklat);
        QFETCH(QVariant, flag);
        QFETCH(int, unmapped);
        const QString fields = QStringLiteral(
            "{\"jenisKursus\":\"%1\",\"namaKursus\":\"X\",\"institusiPenyelenggara\":\"Y\","
            "\"nomorSertipikat\":\"1\",\"tahunKursus\":2026,\"tanggalKursus\":\"2026-03-01\","
            "\"tanggalSelesaiKursus\":\"2026-03-02\",\"jumlahJam\":16}")
                                   .arg(jenis);
        const SiasnExportItem item = SiasnExport::itemFor(
            QStringLiteral("kursus"), 7, 2, QStringLiteral("198609262015051001"), fields, {});
        const QJsonObject p = item.json.value(QStringLiteral("payload")).toObject();
        if (diklat.isValid())
            QCOMPARE(p.value(QStringLiteral("jenisDiklatId")).toInt(), diklat.toInt());
        else
            QVERIFY(p.value(QStringLiteral("jenisDiklatId")).isNull());
        if (flag.isValid())
            QCOMPARE(p.value(QStringLiteral("jenisKursusSertipikat")).toString(), flag.toString());
        else
            QVERIFY(p.value(QStringLiteral("jenisKursusSertipikat")).isNull());
        QCOMPARE(item.unmapped.size(), unmapped);
        QCOMPARE(p.value(QStringLiteral("tanggalKursus")).toString(), QStringLiteral("01-03-2026"));
        QCOMPARE(p.value(QStringLiteral("tanggalSelesaiKursus")).toString(), QStringLiteral("02-03-2026"));
        QCOMPARE(p.value(QStringLiteral("jumlahJam")).toInt(), 16);
        QVERIFY(item.json.value(QStringLiteral("document")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestSiasnExport)
#include "TestSiasnExport.moc"
