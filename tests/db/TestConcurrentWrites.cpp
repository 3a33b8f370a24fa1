// SPDX-License-Identifier: GPL-3.0-or-later
// Two users writing the same thing at the same moment, each with their own connection (on PostgreSQL two
// sessions of one server, on SQLite two connections to one file): one batch decree, one employee CSV, one
// Arsip DMS CSV. Nothing is doubled, every outcome is a clear Indonesian message, never a SQLSTATE.
#include "TestDatabase.h"
#include "dms/DmsService.h"
#include "io/DemoSeeder.h"
#include "io/EmployeeCsv.h"
#include "org/Organisation.h"
#include "records/BatchService.h"

#include <QRegularExpression>
#include <QTest>
#include <cmath>
#include <functional>
#include <future>
#include <thread>
#include <vector>

using namespace karier;
using karier::test::TestDatabase;

namespace {

const QString AdminNip = QStringLiteral("198503152010012002");

QVariantMap asnTerbaik(const QString& number)
{
    return {
        {QStringLiteral("skalaPenghargaan"), QStringLiteral("Kabupaten/Kota")},
        {QStringLiteral("kelompokPenghargaan"), QStringLiteral("PENGHARGAAN LAINNYA")},
        {QStringLiteral("jenisPenghargaan"), QStringLiteral("ASN Terbaik")},
        {QStringLiteral("tahun"), 2025},
        {QStringLiteral("skNomor"), number},
        {QStringLiteral("skDate"), QDate(2025, 12, 1)},
    };
}

DocumentUpload pdf(const QByteArray& marker)
{
    return DocumentUpload::madeByProgram(
        QByteArray("%PDF-1.4\n% ") + marker + QByteArray("\n%%EOF\n"), QStringLiteral("sk.pdf"), 1, 900);
}

QList<NipEntry> entries(const QStringList& nips)
{
    QList<NipEntry> list;
    for (const QString& nip : nips)
        list.append({int(list.size() + 1), nip});
    return list;
}

/// Whatever the driver would have said: none of it may reach the user.
bool looksRaw(const QString& message)
{
    for (const char* word : {"23505", "40P01", "40001", "duplicate key", "UNIQUE constraint", "QPSQL",
             "rincian teknis", "ERROR:"}) {
        if (message.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

/// \a count employees not in the demo data: born on consecutive days of 1975, TMT CPNS January 2000.
QByteArray employeeCsv(int count, const QString& unitCode)
{
    QByteArray csv = "nip,nama,jabatan,kode_unit\n";
    const QDate first(1975, 1, 1);
    for (int i = 0; i < count; ++i) {
        const QString nip = first.addDays(i).toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("2000011")
            + QStringLiteral("%1").arg(900 + i % 99, 3, 10, QLatin1Char('0'));
        csv += QStringLiteral("%1,Pegawai Uji %2,Analis,%3\n").arg(nip).arg(i).arg(unitCode).toUtf8();
    }
    return csv;
}

} // namespace

class TestConcurrentWrites : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    QList<Employee> m_employees; ///< every demo employee but the Admin
    QDateTime m_now = QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC);

    /// Another workstation: its own Database (connections and workers) on the same URL.
    std::shared_ptr<Database> workstation()
    {
        auto db = Database::open(m_fresh.url(), Database::OpenMode::RequireExisting);
        return db ? db.value() : nullptr;
    }

    /// Runs every job on its own thread, all released at the same moment; their results in order.
    template<typename R> static std::vector<R> together(const std::vector<std::function<R()>>& jobs)
    {
        std::promise<void> start;
        std::shared_future<void> go = start.get_future().share();
        std::vector<std::future<R>> results;
        for (const auto& job : jobs) {
            results.push_back(std::async(std::launch::async, [go, job] {
                go.wait();
                return job();
            }));
        }
        start.set_value();
        std::vector<R> out;
        for (auto& result : results)
            out.push_back(result.get());
        return out;
    }

    qint64 count(const QString& sql, const QVariantList& binds = {})
    {
        qint64 n = -1;
        const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c, sql);
            for (const QVariant& v : binds)
                q.bind(v);
            if (!q.exec() || !q.next())
                return q.error();
            n = q.value(0).toLongLong();
            return {};
        });
        return status ? n : -1;
    }

    QStringList nips(int from, int to) const
    {
        QStringList list;
        for (int i = from; i < to; ++i)
            list << m_employees.at(i).nip;
        return list;
    }

    /// Every employee of \a nips has a stored score equal to what their rows give now.
    void verifyScoresFresh(const QStringList& nips)
    {
        DmsService dms(m_db);
        for (const QString& nip : nips) {
            const auto view = dms.forEmployee(nullptr, nip);
            QVERIFY2(view.ok(), qPrintable(view.error().message));
            double stored = -1;
            QVERIFY(m_db->read([&](QSqlDatabase& c) -> Status {
                SqlQuery q(c, QStringLiteral("SELECT total FROM dms_scores WHERE employee_id = ?"));
                q.bind(view->employeeId);
                if (!q.exec())
                    return q.error();
                if (q.next())
                    stored = q.value(0).toDouble();
                return {};
            }));
            QVERIFY2(std::abs(stored - view->score.total) < 1e-9,
                qPrintable(QStringLiteral("%1: stored %2, rows give %3")
                               .arg(nip)
                               .arg(stored)
                               .arg(view->score.total)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        const auto seeded = DemoSeeder::seedDemo(m_db);
        QVERIFY2(seeded.ok(), qPrintable(seeded.error().message));
        QVERIFY(Organisation(m_db)
                    .forEachEmployee([&](const Employee& e) {
                        if (e.nip != AdminNip)
                            m_employees.append(e);
                        return true;
                    })
                    .ok());
        QVERIFY(m_employees.size() >= 240);
    }

    void aUniqueKeyTakenMeanwhileReadsAsAConflict()
    {
        // What the loser of any race on a unique key is told: not the driver's words.
        if (TestDatabase::isPostgres()) // Qt frees the failed statement inside the aborted transaction
            QTest::ignoreMessage(
                QtWarningMsg, QRegularExpression(QStringLiteral("Unable to free statement")));
        const Status status = m_db->write([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c,
                QStringLiteral("INSERT INTO org_units (code, name) SELECT code, name FROM org_units "
                               "WHERE parent_id IS NULL ORDER BY id LIMIT 1"));
            if (!q.exec())
                return q.error();
            return {};
        });
        QVERIFY(!status);
        QCOMPARE(status.error().code, ErrorCode::Conflict);
        QCOMPARE(status.error().message,
            QStringLiteral("Data yang sama baru saja disimpan oleh pengguna lain, sehingga tidak ada yang "
                           "disimpan. Muat ulang atau jalankan sekali lagi."));
    }

    void oneDecreeSentTwiceAtOnceIsRecordedOnce_data()
    {
        QTest::addColumn<int>("firstFrom");
        QTest::addColumn<int>("firstTo");
        QTest::addColumn<int>("secondFrom");
        QTest::addColumn<int>("secondTo");
        QTest::addColumn<bool>("samePdf");
        QTest::addColumn<bool>("asAdmin");
        // The tester's case: the same list, from karier-cli (no session), each with its own scan.
        QTest::newRow("same list, own scans") << 0 << 200 << 0 << 200 << false << false;
        QTest::newRow("same list, same PDF") << 0 << 200 << 0 << 200 << true << false;
        QTest::newRow("overlapping lists, two admins") << 0 << 120 << 60 << 180 << false << true;
    }

    void oneDecreeSentTwiceAtOnceIsRecordedOnce()
    {
        QFETCH(int, firstFrom);
        QFETCH(int, firstTo);
        QFETCH(int, secondFrom);
        QFETCH(int, secondTo);
        QFETCH(bool, samePdf);
        QFETCH(bool, asAdmin);
        const QString number = QStringLiteral("800/%1/BKPSDM/2025").arg(QTest::currentDataTag());
        const QVariantMap values = asnTerbaik(number);
        const Session admin = karier::test::sessionFor(m_db, AdminNip, Role::Admin);
        const Session* actor = asAdmin ? &admin : nullptr;

        // Two workstations, each prepared its plan before either saved: both plans list everybody.
        const std::shared_ptr<Database> first = workstation();
        const std::shared_ptr<Database> second = workstation();
        QVERIFY(first && second);
        const auto clock = [this] { return m_now; };
        const auto firstPlan
            = BatchService(first, clock)
                  .prepare(actor, RecordTypes::penghargaan(), values, entries(nips(firstFrom, firstTo)));
        const auto secondPlan
            = BatchService(second, clock)
                  .prepare(actor, RecordTypes::penghargaan(), values, entries(nips(secondFrom, secondTo)));
        QVERIFY2(firstPlan.ok(), qPrintable(firstPlan.error().message));
        QVERIFY2(secondPlan.ok(), qPrintable(secondPlan.error().message));
        QCOMPARE(firstPlan->recipients.size(), firstTo - firstFrom);
        QCOMPARE(secondPlan->recipients.size(), secondTo - secondFrom);

        const DocumentUpload firstPdf = pdf("sk " + number.toUtf8());
        const DocumentUpload secondPdf = samePdf ? firstPdf : pdf("pindaian kedua " + number.toUtf8());
        const auto outcomes = together<Result<BatchOutcome>>({
            [&] { return BatchService(first, clock).apply(actor, firstPlan.value(), firstPdf); },
            [&] { return BatchService(second, clock).apply(actor, secondPlan.value(), secondPdf); },
        });

        // One is saved; the other is refused as a whole, saying who already received the decree.
        QCOMPARE(int(outcomes.at(0).ok()) + int(outcomes.at(1).ok()), 1);
        const int winner = outcomes.at(0).ok() ? 0 : 1;
        const Result<BatchOutcome>& lost = outcomes.at(1 - winner);
        QCOMPARE(outcomes.at(winner)->created, winner == 0 ? firstTo - firstFrom : secondTo - secondFrom);
        QCOMPARE(lost.error().code, ErrorCode::Conflict);
        QVERIFY2(!looksRaw(lost.error().message), qPrintable(lost.error().message));
        const int overlap = std::min(firstTo, secondTo) - std::max(firstFrom, secondFrom);
        QVERIFY2(lost.error().message.startsWith(
                     QStringLiteral("Data berubah sejak ringkasan dibuat: %1 pegawai sudah menerima "
                                    "Penghargaan dengan Nomor Surat Keputusan ini")
                         .arg(overlap)),
            qPrintable(lost.error().message));
        QVERIFY2(lost.error().message.contains(QStringLiteral("Tidak ada yang disimpan")),
            qPrintable(lost.error().message));

        const QString perEmployee = QStringLiteral(
            "SELECT COUNT(*) FROM (SELECT employee_id FROM records WHERE record_type = 'penghargaan' AND "
            "number = ? GROUP BY employee_id HAVING COUNT(*) > 1) doubled");
        QCOMPARE(count(perEmployee, {number}), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM records WHERE number = ?"), {number}),
            qint64(outcomes.at(winner)->created));

        // The loser runs again: those who have it are listed, the rest receive it; still once each.
        const int loserFrom = winner == 0 ? secondFrom : firstFrom;
        const int loserTo = winner == 0 ? secondTo : firstTo;
        const auto again
            = BatchService(m_db, clock)
                  .prepare(actor, RecordTypes::penghargaan(), values, entries(nips(loserFrom, loserTo)));
        QVERIFY(again.ok());
        QCOMPARE(again->problems.size(), overlap);
        if (!again->recipients.isEmpty())
            QVERIFY(
                BatchService(m_db, clock).apply(actor, again.value(), winner == 0 ? secondPdf : firstPdf));
        QCOMPARE(count(perEmployee, {number}), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM records WHERE number = ?"), {number}),
            qint64(std::max(firstTo, secondTo) - std::min(firstFrom, secondFrom)));
        verifyScoresFresh(nips(std::min(firstFrom, secondFrom), std::max(firstTo, secondTo)));
    }

    void twoDecreesForTheSameEmployeesAtOnceKeepScoresFresh()
    {
        // Different decrees are not one another's duplicates: both are saved at once, and each employee's
        // Skor Arsip Digital counts both awards, whichever transaction committed last. Each employee first
        // gets a Kondisional row without its document, so that every award changes the score (one award:
        // 1 of 2 rows done, two: 2 of 3).
        const QStringList both = nips(100, 240);
        QByteArray csv = "nip,jenis,referensi,dokumen\n";
        for (const QString& nip : both)
            csv += QStringLiteral("%1,skp,SKP Uji Skor 2024,tidak\n").arg(nip).toUtf8();
        const auto imported = DmsService(m_db).importCsv(nullptr, csv);
        QVERIFY2(imported.ok() && imported->errors.isEmpty(), "import-dms");

        const std::shared_ptr<Database> first = workstation();
        const std::shared_ptr<Database> second = workstation();
        QVERIFY(first && second);
        const auto clock = [this] { return m_now; };
        for (int round = 0; round < 3; ++round) {
            const QString a = QStringLiteral("800/A%1/2025").arg(round);
            const QString b = QStringLiteral("800/B%1/2025").arg(round);
            const auto planA
                = BatchService(first, clock)
                      .prepare(nullptr, RecordTypes::penghargaan(), asnTerbaik(a), entries(both));
            const auto planB
                = BatchService(second, clock)
                      .prepare(nullptr, RecordTypes::penghargaan(), asnTerbaik(b), entries(both));
            QVERIFY(planA.ok() && planB.ok());
            const auto outcomes = together<Result<BatchOutcome>>({
                [&] { return BatchService(first, clock).apply(nullptr, planA.value(), pdf(a.toUtf8())); },
                [&] { return BatchService(second, clock).apply(nullptr, planB.value(), pdf(b.toUtf8())); },
            });
            for (const auto& outcome : outcomes) {
                QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
                QCOMPARE(outcome->created, int(both.size()));
                QCOMPARE(outcome->scoresUpdated, int(both.size()));
            }
            verifyScoresFresh(both);
        }
    }

    void oneEmployeeCsvImportedTwiceAtOnce()
    {
        // A database of its own: the demo organisation without employees.
        TestDatabase fresh;
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
        {
            auto db = fresh.open();
            QVERIFY(db);
            QVERIFY(DemoSeeder::seedOrganisation(db).ok());
        }
        const int rows = 300;
        const QByteArray csv = employeeCsv(rows, QStringLiteral("BKPSDM"));
        std::vector<std::shared_ptr<Database>> stations;
        for (int i = 0; i < 3; ++i) {
            auto db = Database::open(fresh.url(), Database::OpenMode::RequireExisting);
            QVERIFY2(db.ok(), qPrintable(db.error().message));
            stations.push_back(db.value());
        }
        const QDate today(2026, 11, 30);
        std::vector<std::function<Result<EmployeeCsv::Report>()>> jobs;
        for (const auto& db : stations)
            jobs.push_back([db, csv, today] { return EmployeeCsv::import(db, nullptr, csv, today); });
        const auto reports = together(jobs);

        // Every import succeeds (the same rows are an update to the same values); each row inserted once.
        int inserted = 0;
        for (const auto& report : reports) {
            QVERIFY2(report.ok(), qPrintable(report.error().message));
            QVERIFY2(report->errors.isEmpty(), qPrintable(report->errors.join(QLatin1Char('\n'))));
            QCOMPARE(report->inserted + report->unchanged, rows);
            QCOMPARE(report->updated, 0);
            inserted += report->inserted;
        }
        QCOMPARE(inserted, rows);
        QCOMPARE(Organisation(stations.front()).employeeCount().value(), rows);

        // Run again: nothing new, nothing changed.
        const auto again = EmployeeCsv::import(stations.front(), nullptr, csv, today);
        QVERIFY(again.ok());
        QCOMPARE(again->unchanged, rows);
    }

    void oneDmsCsvImportedTwiceAtOnce()
    {
        QByteArray csv = "nip,jenis,referensi,dokumen\n";
        const QStringList who = nips(0, 80);
        int rows = 0;
        for (const QString& nip : who) {
            csv += QStringLiteral("%1,jabatan,SK Jabatan Uji Serentak,tidak\n").arg(nip).toUtf8();
            csv += QStringLiteral("%1,diklat,Sertifikat Diklat Uji Serentak,ada\n").arg(nip).toUtf8();
            rows += 2;
        }
        const std::shared_ptr<Database> first = workstation();
        const std::shared_ptr<Database> second = workstation();
        QVERIFY(first && second);
        const qint64 before = count(QStringLiteral("SELECT COUNT(*) FROM dms_rows"));
        const auto clock = [this] { return m_now; };
        const auto reports = together<Result<DmsService::ImportReport>>({
            [&] { return DmsService(first, clock).importCsv(nullptr, csv); },
            [&] { return DmsService(second, clock).importCsv(nullptr, csv); },
        });
        int inserted = 0;
        for (const auto& report : reports) {
            QVERIFY2(report.ok(), qPrintable(report.error().message));
            QVERIFY2(report->errors.isEmpty(), qPrintable(report->errors.join(QLatin1Char('\n'))));
            QCOMPARE(report->inserted + report->unchanged, rows);
            QCOMPARE(report->updated, 0);
            inserted += report->inserted;
        }
        QCOMPARE(inserted, rows);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM dms_rows")), before + rows);
        verifyScoresFresh(who);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWrites)
#include "TestConcurrentWrites.moc"
