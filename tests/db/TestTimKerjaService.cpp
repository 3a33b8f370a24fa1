// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "io/DemoSeeder.h"
#include "org/Organisation.h"
#include "timkerja/TimKerja.h"
#include "timkerja/TimKerjaService.h"

#include <QTest>

using namespace karier;
using karier::test::TestDatabase;
namespace Key = karier::TimKerja::Key;

namespace {

/// Refused: by the rules in core (Forbidden), or, on a person's own login to the shared server, before
/// that by the server, which does not even show the row (NotFound).
bool isRefusal(const Error& error)
{
    return error.code == ErrorCode::Forbidden
        || (TestDatabase::isPostgres() && error.code == ErrorCode::NotFound);
}

} // namespace

class TestTimKerjaService : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    Session m_asn;
    Session m_colleague; // same Perangkat Daerah
    Session m_pengelola; // of the ASN's Perangkat Daerah
    Session m_otherPengelola;
    QDateTime m_now = QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC);

    Session sessionFor(const QString& nip, Role role, qint64 accountId)
    {
        return karier::test::sessionFor(m_db, nip, role, accountId);
    }

    /// The service as \a session's person uses it: on PostgreSQL on their own login, under the server's
    /// rules (TestDatabase::openAs).
    TimKerjaService service(Session& session)
    {
        return TimKerjaService(m_fresh.openAs(m_db, session), [this] { return m_now; });
    }
    TimKerjaService service()
    {
        return TimKerjaService(m_db, [this] { return m_now; });
    }

    QVariantMap entry(const QString& name, const QDate& date,
        const QString& kedudukan = QStringLiteral("Anggota"),
        const QString& url = QStringLiteral("https://drive.google.com/file/d/1AbC/view?usp=sharing"))
    {
        const auto kode = service(m_asn).newKode(m_asn);
        return {{Key::tanggalSk(), date}, {Key::keteranganSk(), QStringLiteral("Berlaku")},
            {Key::kodeKegiatan(), kode.ok() ? kode.value() : QString()}, {Key::namaTimKerja(), name},
            {Key::ruangLingkup(), QStringLiteral("Internal Perangkat Daerah")}, {Key::kedudukan(), kedudukan},
            {Key::urlBuktiDukung(), url}};
    }

    qint64 save(const QVariantMap& values, const Session* session = nullptr)
    {
        TimKerjaService::SaveRequest request;
        request.values = values;
        const auto id = service().save(session ? *session : m_asn, request);
        if (!id)
            qWarning("save: %s", qUtf8Printable(id.error().message));
        return id.ok() ? id.value() : 0;
    }

    /// What a verifier does (the approval screen is issue 6).
    void decide(qint64 id, SubmissionStatus status, const QString& note = {})
    {
        QVERIFY(m_db->write([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c,
                QStringLiteral("UPDATE records SET status = ?, note = ?, decided_by_nip = ?, decided_at = ?, "
                               "version = version + 1 WHERE id = ?"));
            q.bindAll(statusCode(status), note, m_pengelola.nip, m_now, id);
            if (!q.exec())
                return q.error();
            return {};
        }));
    }

    int countOwn(const Session& session)
    {
        TimKerjaQuery query;
        query.limit = 1;
        const auto page = service().listOwn(session, query);
        return page.ok() ? page->total : -1;
    }

    void deleteAllOwn()
    {
        QVERIFY(m_db->write([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c, QStringLiteral("DELETE FROM records WHERE record_type = 'timkerja'"));
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
        deleteAllOwn();
        m_asn = sessionFor(QStringLiteral("198609262015051001"), Role::Asn, 1);
        m_pengelola = sessionFor(QStringLiteral("198007122005011003"), Role::Pengelola, 2);
        QVERIFY(m_asn.employeeId > 0);
        QCOMPARE(m_asn.indukUnitId, m_pengelola.indukUnitId);
        QString colleagueNip;
        QString otherNip;
        QVERIFY(Organisation(m_db)
                    .forEachEmployee([&](const Employee& e) {
                        if (e.id != m_asn.employeeId && e.id != m_pengelola.employeeId) {
                            if (colleagueNip.isEmpty() && e.indukUnitId == m_asn.indukUnitId)
                                colleagueNip = e.nip;
                            if (otherNip.isEmpty() && e.indukUnitId != m_asn.indukUnitId)
                                otherNip = e.nip;
                        }
                        return colleagueNip.isEmpty() || otherNip.isEmpty();
                    })
                    .ok());
        m_colleague = sessionFor(colleagueNip, Role::Asn, 3);
        m_otherPengelola = sessionFor(otherNip, Role::Pengelola, 4);
        QVERIFY(m_colleague.accountId > 0 && m_otherPengelola.accountId > 0);
    }

    void cleanup() { deleteAllOwn(); }

    void newKodeIsWellFormedAndUnused()
    {
        QSet<QString> seen;
        for (int i = 0; i < 50; ++i) {
            const auto kode = service(m_asn).newKode(m_asn);
            QVERIFY2(kode.ok(), qPrintable(kode.error().message));
            QVERIFY2(TimKerja::isKode(kode.value()), qPrintable(kode.value()));
            seen.insert(kode.value());
        }
        QCOMPARE(seen.size(), 50);
        QVERIFY(!TimKerja::isKode(QStringLiteral("TK-ABCD-EFGI"))); // I is not in the alphabet
        QVERIFY(!TimKerja::isKode(QStringLiteral("tk-abcd-efgh")));
    }

    void saveSubmitsAsBelumDisetujuiWithTheLinkCheck()
    {
        QVariantMap values
            = entry(QStringLiteral("  Tim   PAKSI  "), QDate(2022, 3, 14), QStringLiteral("Ketua"));
        TimKerjaService::SaveRequest request;
        request.values = values;
        LinkCheckResult check;
        check.url = QUrl(values.value(Key::urlBuktiDukung()).toString());
        check.status = LinkStatus::NotPublic;
        check.checkedAt = m_now.addSecs(-5);
        request.linkCheck = check;
        const auto id = service(m_asn).save(m_asn, request);
        QVERIFY2(id.ok(), qPrintable(id.error().message));

        const auto saved = service(m_asn).get(m_asn, id.value());
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QCOMPARE(saved->status, SubmissionStatus::Diajukan);
        QCOMPARE(saved->statusText(), QStringLiteral("Belum Disetujui"));
        QCOMPARE(saved->namaTimKerja, QStringLiteral("Tim PAKSI")); // spaces tidied
        QCOMPARE(saved->tanggalSk, QDate(2022, 3, 14));
        QCOMPARE(saved->keteranganSk, QStringLiteral("Berlaku"));
        QCOMPARE(saved->ruangLingkup, QStringLiteral("Internal Perangkat Daerah"));
        QCOMPARE(saved->kedudukan, QStringLiteral("Ketua"));
        QCOMPARE(saved->kodeKegiatan, values.value(Key::kodeKegiatan()).toString());
        QCOMPARE(
            saved->urlBuktiDukung, QStringLiteral("https://drive.google.com/file/d/1AbC/view?usp=sharing"));
        QCOMPARE(saved->linkStatus, LinkStatus::NotPublic);
        QCOMPARE(saved->linkCheckedAt, m_now.addSecs(-5));
        QCOMPARE(saved->submittedAt, m_now);
        QCOMPARE(saved->version, 1);

        // The verifier of the same Perangkat Daerah sees it; nobody else does.
        QVERIFY(service(m_pengelola).get(m_pengelola, id.value()).ok());
        QVERIFY(isRefusal(service(m_colleague).get(m_colleague, id.value()).error()));
        QVERIFY(isRefusal(service(m_otherPengelola).get(m_otherPengelola, id.value()).error()));

        // A check of another URL than the saved one is not stored.
        values = entry(QStringLiteral("Tim Pemilu"), QDate(2024, 1, 5));
        request.values = values;
        request.linkCheck->url = QUrl(QStringLiteral("https://example.org/lain"));
        const auto other = service(m_asn).save(m_asn, request);
        QVERIFY(other.ok());
        QCOMPARE(service(m_asn).get(m_asn, other.value())->linkStatus, LinkStatus::NotChecked);
        QVERIFY(!service(m_asn).get(m_asn, other.value())->linkCheckedAt.isValid());

        // Audited.
        int audits = 0;
        QVERIFY(m_db->read([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c,
                QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'timkerja' AND "
                               "action = 'ajukan' AND entity_id = ? AND to_state = 'diajukan'"));
            q.bind(QString::number(id.value()));
            if (!q.exec() || !q.next())
                return q.error();
            audits = q.value(0).toInt();
            return {};
        }));
        QCOMPARE(audits, 1);
    }

    void badInputIsRefusedAtItsField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        QTest::newRow("no date") << Key::tanggalSk() << QVariant() << Key::tanggalSk() << "wajib diisi";
        QTest::newRow("future date") << Key::tanggalSk() << QVariant(QDate(2026, 12, 1)) << Key::tanggalSk()
                                     << "tidak boleh di masa depan";
        QTest::newRow("no keterangan") << Key::keteranganSk() << QVariant(QString()) << Key::keteranganSk()
                                       << "Keterangan SK wajib diisi";
        QTest::newRow("keterangan not in list")
            << Key::keteranganSk() << QVariant(QStringLiteral("Kadaluarsa")) << Key::keteranganSk()
            << "dari daftar";
        QTest::newRow("no kode") << Key::kodeKegiatan() << QVariant(QString()) << Key::kodeKegiatan() << "F2";
        QTest::newRow("typed kode") << Key::kodeKegiatan() << QVariant(QStringLiteral("KODE-SAYA"))
                                    << Key::kodeKegiatan() << "tidak sah";
        QTest::newRow("no name") << Key::namaTimKerja() << QVariant(QStringLiteral("   "))
                                 << Key::namaTimKerja() << "wajib diisi";
        QTest::newRow("no ruang lingkup") << Key::ruangLingkup() << QVariant(QString()) << Key::ruangLingkup()
                                          << "Ruang Lingkup wajib diisi";
        QTest::newRow("no kedudukan")
            << Key::kedudukan() << QVariant(QString()) << Key::kedudukan() << "Kedudukan wajib diisi";
        QTest::newRow("kedudukan not in list") << Key::kedudukan() << QVariant(QStringLiteral("Sekretaris"))
                                               << Key::kedudukan() << "dari daftar";
        QTest::newRow("no url") << Key::urlBuktiDukung() << QVariant(QString()) << Key::urlBuktiDukung()
                                << "wajib diisi";
        QTest::newRow("url without scheme")
            << Key::urlBuktiDukung() << QVariant(QStringLiteral("drive.google.com/file/d/1AbC/view"))
            << Key::urlBuktiDukung() << "http:// atau https://";
        QTest::newRow("javascript") << Key::urlBuktiDukung()
                                    << QVariant(QStringLiteral("javascript:alert(1)"))
                                    << Key::urlBuktiDukung() << "\"javascript:\" tidak diterima";
        QTest::newRow("file") << Key::urlBuktiDukung() << QVariant(QStringLiteral("file:///home/asn/sk.pdf"))
                              << Key::urlBuktiDukung() << "\"file:\" tidak diterima";
    }

    void badInputIsRefusedAtItsField()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QVariantMap values = entry(QStringLiteral("Tim Percepatan Penurunan Stunting"), QDate(2025, 2, 10));
        values.insert(key, value);
        const auto issues = service(m_asn).check(m_asn, values);
        QVERIFY(issues.ok());
        bool found = false;
        for (const RuleIssue& issue : issues.value()) {
            if (issue.field == field && issue.severity == Severity::Error && issue.message.contains(message))
                found = true;
        }
        QVERIFY2(found, qPrintable(issues->isEmpty() ? QStringLiteral("no issue") : issues->first().message));

        TimKerjaService::SaveRequest request;
        request.values = values;
        const auto refused = service(m_asn).save(m_asn, request);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY2(refused.error().message.contains(message), qPrintable(refused.error().message));
        QCOMPARE(countOwn(m_asn), 0);
    }

    void duplicateDecreeDateAndNameIsRefused()
    {
        const qint64 first = save(entry(QStringLiteral("Tim Reformasi Birokrasi"), QDate(2025, 6, 2)));
        QVERIFY(first > 0);
        QVariantMap again = entry(QStringLiteral("tim reformasi  BIROKRASI"), QDate(2025, 6, 2));
        const auto issues = service(m_asn).check(m_asn, again);
        QVERIFY(issues.ok());
        QCOMPARE(issues->size(), 1);
        QCOMPARE(issues->first().field, Key::namaTimKerja());
        QVERIFY2(issues->first().message.contains(QLatin1String("sudah Anda catat")),
            qPrintable(issues->first().message));
        TimKerjaService::SaveRequest request;
        request.values = again;
        QCOMPARE(service(m_asn).save(m_asn, request).error().code, ErrorCode::InvalidInput);
        QCOMPARE(countOwn(m_asn), 1);

        // Another date, or another employee, is not a duplicate; nor is the entry itself when edited.
        again.insert(Key::tanggalSk(), QDate(2025, 6, 3));
        QVERIFY(save(again) > 0);
        QVariantMap colleagues = entry(QStringLiteral("Tim Reformasi Birokrasi"), QDate(2025, 6, 2));
        QVERIFY(save(colleagues, &m_colleague) > 0);
        const auto own = service(m_asn).get(m_asn, first).value();
        QVERIFY(service(m_asn).check(m_asn, own.values(), first)->isEmpty());

        // A Kode Kegiatan is used once.
        QVariantMap sameKode = entry(QStringLiteral("Tim Lain"), QDate(2025, 7, 1));
        sameKode.insert(Key::kodeKegiatan(), own.kodeKegiatan);
        const auto kodeIssues = service(m_asn).check(m_asn, sameKode);
        QCOMPARE(kodeIssues->size(), 1);
        QCOMPARE(kodeIssues->first().field, Key::kodeKegiatan());
    }

    void duplicateNameFoldsCaseAlikeOnBothDialects()
    {
        // SQL lower() folds only ASCII on SQLite and every letter on PostgreSQL; the check folds in C++.
        QVERIFY(save(entry(QStringLiteral("Tim Élan Kota"), QDate(2025, 8, 4))) > 0);
        const auto issues
            = service(m_asn).check(m_asn, entry(QStringLiteral("TIM éLAN kota"), QDate(2025, 8, 4)));
        QVERIFY(issues.ok());
        QCOMPARE(issues->size(), 1);
        QVERIFY2(issues->first().message.contains(QLatin1String("sudah Anda catat")),
            qPrintable(issues->first().message));
        QVERIFY(service(m_asn)
                    .check(m_asn, entry(QStringLiteral("Tim Elan Kota"), QDate(2025, 8, 4)))
                    ->isEmpty());
    }

    void batalDisetujuiIsFixedAndResubmitted()
    {
        const qint64 id = save(entry(QStringLiteral("Tim Smart City"), QDate(2025, 1, 20)));
        QVERIFY(id > 0);
        // Belum Disetujui may still be changed by the owner.
        TimKerjaEntry current = service(m_asn).get(m_asn, id).value();
        QVERIFY(TimKerjaService::ownerMayEdit(current.status));
        TimKerjaService::SaveRequest request;
        request.id = id;
        request.version = current.version;
        request.values = current.values();
        request.values.insert(Key::kedudukan(), QStringLiteral("Ketua"));
        QVERIFY(service(m_asn).save(m_asn, request).ok());

        current = service(m_asn).get(m_asn, id).value();
        decide(id, SubmissionStatus::PerluPerbaikan, QStringLiteral("Tautan SK tidak dapat dibuka"));
        current = service(m_asn).get(m_asn, id).value();
        QCOMPARE(current.statusText(), QStringLiteral("Batal Disetujui"));
        QCOMPARE(current.note, QStringLiteral("Tautan SK tidak dapat dibuka"));

        request.version = current.version - 1; // stale
        request.values = current.values();
        request.values.insert(
            Key::urlBuktiDukung(), QStringLiteral("https://drive.google.com/file/d/2XyZ/view"));
        QCOMPARE(service(m_asn).save(m_asn, request).error().code, ErrorCode::Conflict);
        request.version = current.version;
        request.values.insert(Key::kodeKegiatan(), service(m_asn).newKode(m_asn).value());
        QCOMPARE(service(m_asn).save(m_asn, request).error().code, ErrorCode::InvalidInput); // kode is kept
        request.values.insert(Key::kodeKegiatan(), current.kodeKegiatan);
        const auto resubmitted = service(m_asn).save(m_asn, request);
        QVERIFY2(resubmitted.ok(), qPrintable(resubmitted.error().message));
        current = service(m_asn).get(m_asn, id).value();
        QCOMPARE(current.statusText(), QStringLiteral("Belum Disetujui"));
        QCOMPARE(current.urlBuktiDukung, QStringLiteral("https://drive.google.com/file/d/2XyZ/view"));
        QCOMPARE(current.kedudukan, QStringLiteral("Ketua"));
        QCOMPARE(current.note, QStringLiteral("Tautan SK tidak dapat dibuka")); // for the verifier to compare
    }

    void disetujuiIsReadOnlyAndUndeletable()
    {
        const qint64 id = save(entry(QStringLiteral("Tim Adipura"), QDate(2024, 9, 9)));
        QVERIFY(id > 0);
        decide(id, SubmissionStatus::Disetujui);
        const TimKerjaEntry approved = service(m_asn).get(m_asn, id).value();
        QVERIFY(!TimKerjaService::ownerMayEdit(approved.status));
        QVERIFY(!TimKerjaService::ownerMayDelete(approved.status));
        TimKerjaService::SaveRequest request;
        request.id = id;
        request.version = approved.version;
        request.values = approved.values();
        request.values.insert(Key::namaTimKerja(), QStringLiteral("Tim Adipura Kencana"));
        const auto refused = service(m_asn).save(m_asn, request);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.error().message.contains(QLatin1String("Disetujui")),
            qPrintable(refused.error().message));
        const Status notDeleted = service(m_asn).remove(m_asn, id, approved.version);
        QCOMPARE(notDeleted.error().code, ErrorCode::Conflict);
        QCOMPARE(service(m_asn).get(m_asn, id)->namaTimKerja, QStringLiteral("Tim Adipura"));
    }

    void onlyTheOwnerChangesOrDeletes()
    {
        const qint64 id = save(entry(QStringLiteral("Tim Kampung Iklim"), QDate(2025, 4, 1)));
        QVERIFY(id > 0);
        const TimKerjaEntry mine = service(m_asn).get(m_asn, id).value();
        TimKerjaService::SaveRequest request;
        request.id = id;
        request.version = mine.version;
        request.values = mine.values();
        QVERIFY(isRefusal(service(m_colleague).save(m_colleague, request).error()));
        QVERIFY(isRefusal(service(m_colleague).remove(m_colleague, id, mine.version).error()));
        QVERIFY(isRefusal(service(m_pengelola).remove(m_pengelola, id, mine.version).error()));
        QCOMPARE(countOwn(m_colleague), 0);
        QCOMPARE(service(m_asn).remove(m_asn, id, mine.version - 1).error().code, ErrorCode::Conflict);

        const Status removed = service(m_asn).remove(m_asn, id, mine.version);
        QVERIFY2(removed.ok(), qPrintable(removed.error().message));
        QCOMPARE(service(m_asn).get(m_asn, id).error().code, ErrorCode::NotFound);
        QCOMPARE(service(m_asn).remove(m_asn, id, mine.version).error().code, ErrorCode::NotFound);
    }

    void linkChecksAreRecordedForTheCurrentLink()
    {
        const qint64 id = save(entry(QStringLiteral("Tim Satu Data"), QDate(2025, 8, 1)));
        QVERIFY(id > 0);
        LinkCheckResult result;
        result.url = QUrl(QStringLiteral("https://drive.google.com/file/d/1AbC/view?usp=sharing"));
        result.status = LinkStatus::Public;
        result.checkedAt = m_now;
        // The verifier repeats the check when opening the entry.
        QVERIFY(service(m_pengelola).recordLinkCheck(m_pengelola, id, result).ok());
        TimKerjaEntry e = service(m_asn).get(m_asn, id).value();
        QCOMPARE(e.linkStatus, LinkStatus::Public);
        QCOMPARE(e.linkCheckedAt, m_now);
        QCOMPARE(e.version, 1); // not an edit
        QVERIFY(isRefusal(service(m_otherPengelola).recordLinkCheck(m_otherPengelola, id, result).error()));
        QVERIFY(isRefusal(service(m_colleague).recordLinkCheck(m_colleague, id, result).error()));
        result.url = QUrl(QStringLiteral("https://example.org/tautan-lama"));
        QCOMPARE(service(m_asn).recordLinkCheck(m_asn, id, result).error().code, ErrorCode::Conflict);
    }

    void listPagesSortsAndSearchesInSql()
    {
        // 57 entries: names with a number, every third as Ketua, one with LIKE wildcards in its name.
        const QDate base(2025, 1, 1);
        for (int i = 1; i <= 56; ++i) {
            const qint64 id = save(entry(QStringLiteral("Tim Kerja %1").arg(i, 2, 10, QLatin1Char('0')),
                base.addDays(i), i % 3 == 0 ? QStringLiteral("Ketua") : QStringLiteral("Anggota")));
            QVERIFY(id > 0);
            if (i == 7)
                decide(id, SubmissionStatus::PerluPerbaikan, QStringLiteral("SK belum ditandatangani"));
            if (i == 8)
                decide(id, SubmissionStatus::Disetujui);
        }
        QVERIFY(save(entry(QStringLiteral("Tim 100%_Capaian"), QDate(2024, 12, 31))) > 0);
        QVERIFY(save(entry(QStringLiteral("Tim Milik Rekan"), base), &m_colleague) > 0);

        TimKerjaQuery query;
        query.limit = 10;
        auto page = service(m_asn).listOwn(m_asn, query);
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        QCOMPARE(page->total, 57);
        QCOMPARE(page->entries.size(), 10);
        QCOMPARE(page->entries.first().namaTimKerja, QStringLiteral("Tim Kerja 56")); // newest decree first
        QCOMPARE(page->entries.last().namaTimKerja, QStringLiteral("Tim Kerja 47"));

        // Paging without gaps or repeats, and a page past the end moves to the last page.
        QSet<qint64> seen;
        for (query.offset = 0; query.offset < 57; query.offset += 25) {
            query.limit = 25;
            page = service(m_asn).listOwn(m_asn, query);
            for (const TimKerjaEntry& e : page->entries)
                seen.insert(e.id);
        }
        QCOMPARE(seen.size(), 57);
        query.offset = 500;
        query.limit = 25;
        page = service(m_asn).listOwn(m_asn, query);
        QCOMPARE(page->offset, 50);
        QCOMPARE(page->entries.size(), 7);

        // Sorting by name, both ways; by status as worded for Tim Kerja.
        query = {};
        query.sortColumn = TimKerjaColumn::NamaTimKerja;
        query.ascending = true;
        page = service(m_asn).listOwn(m_asn, query);
        QCOMPARE(page->entries.first().namaTimKerja, QStringLiteral("Tim 100%_Capaian"));
        QCOMPARE(page->entries.at(1).namaTimKerja, QStringLiteral("Tim Kerja 01"));
        query.ascending = false;
        page = service(m_asn).listOwn(m_asn, query);
        QCOMPARE(page->entries.first().namaTimKerja, QStringLiteral("Tim Kerja 56"));
        query.sortColumn = TimKerjaColumn::Status;
        query.ascending = true;
        page = service(m_asn).listOwn(m_asn, query);
        QCOMPARE(page->entries.first().statusText(), QStringLiteral("Batal Disetujui"));
        query.ascending = false;
        page = service(m_asn).listOwn(m_asn, query);
        QCOMPARE(page->entries.first().statusText(), QStringLiteral("Disetujui"));
        query.sortColumn = TimKerjaColumn::Kedudukan;
        query.ascending = false;
        page = service(m_asn).listOwn(m_asn, query);
        QCOMPARE(page->entries.first().kedudukan, QStringLiteral("Ketua"));

        auto search = [&](const QString& text) {
            TimKerjaQuery q;
            q.search = text;
            q.limit = 100;
            const auto result = service(m_asn).listOwn(m_asn, q);
            return result.ok() ? result->total : -1;
        };
        QCOMPARE(search(QStringLiteral("ketua")), 18);
        QCOMPARE(search(QStringLiteral("KETUA kerja")), 18); // every word in some column
        QCOMPARE(search(QStringLiteral("ketua 07-01-2025")), 1);
        QCOMPARE(search(QStringLiteral("ketua 05-01-2025")), 0);
        QCOMPARE(search(QStringLiteral("100%")), 1); // % is a character, not a wildcard
        QCOMPARE(search(QStringLiteral("%")), 1);
        QCOMPARE(search(QStringLiteral("_")), 1);
        QCOMPARE(search(QStringLiteral("batal")), 1);
        QCOMPARE(search(QStringLiteral("ditandatangani")), 1); // the verifier's Catatan
        QCOMPARE(search(QStringLiteral("belum disetujui")), 56); // 55 waiting, and "SK belum …" in a Catatan
        QCOMPARE(search(QStringLiteral("05-01-2025")), 1); // as typed in Indonesia: day first
        QCOMPARE(search(QStringLiteral("2024-12")), 1);
        QCOMPARE(search(QStringLiteral("desember")), 1); // the month by name
        QCOMPARE(search(QStringLiteral("rekan")), 0); // a colleague's entry is never listed
        QCOMPARE(search(QStringLiteral("internal")), 57);
        QCOMPARE(search(QStringLiteral("lintas")), 0);
        QCOMPARE(search(QStringLiteral("' OR 1=1 --")), 0);
    }
};

QTEST_GUILESS_MAIN(TestTimKerjaService)
#include "TestTimKerjaService.moc"
