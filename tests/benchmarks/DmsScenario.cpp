// SPDX-License-Identifier: GPL-3.0-or-later
// dms: the Skor Arsip Digital of 10,000 employees on SQLite.
//   recalc_10k_ms   DmsService::recalculateAll: every employee's rows read, scored and stored in one
//                   transaction (median of 5)                                           <= 1000
//   recap_open_ms   the Rekap Arsip DMS page (karier-approval-probe rekapdms, offscreen) made until the
//                   recap is in its table and chart (median of 5)                       <= 300
// The fixture: Surakarta's organisation (DemoSeeder::seedOrganisation), 10,000 PNS with valid NIPs spread
// over its units, each with 3–17 riwayat rows of the Utama and Kondisional categories (about 100,000),
// two thirds with their document; an Admin BKPSDM account for the recap.

#include "Benchmark.h"
#include "dms/DmsService.h"
#include "io/DemoSeeder.h"
#include "org/Organisation.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <random>

namespace karier::bench {

namespace {

constexpr int EmployeeCount = 10000;
constexpr int Runs = 5;

double elapsedMs(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

Error failure(const QString& message)
{
    return Error {ErrorCode::Internal, message};
}

/// Fills the database; returns the NIP of the Admin BKPSDM.
Result<QString> buildFixture(const std::shared_ptr<Database>& db)
{
    if (auto seeded = DemoSeeder::seedOrganisation(db); !seeded)
        return seeded.error();
    auto units = Organisation(db).units();
    if (!units)
        return units.error();
    QList<qint64> unitIds;
    for (const OrgUnit& unit : units.value())
        unitIds << unit.id;
    std::mt19937 random(7);
    const auto below = [&](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(random)); };
    const QList<DmsCategory> rowCategories = {DmsCategory::D2np, DmsCategory::SkCpns, DmsCategory::SkPns,
        DmsCategory::Pendidikan, DmsCategory::Golongan, DmsCategory::Jabatan, DmsCategory::Diklat,
        DmsCategory::AngkaKredit, DmsCategory::Skp, DmsCategory::Pmk};
    QString adminNip;
    const Status status = db->write([&](QSqlDatabase& c) -> Status {
        SqlQuery employee(c,
            QStringLiteral(
                "INSERT INTO employees (nip, nama, unit_id, jenis_pegawai, tanggal_lahir, jenis_kelamin, "
                "tmt, cpns) VALUES (?, ?, ?, 'PNS', ?, ?, ?, ?) RETURNING id"));
        SqlQuery row(c,
            QStringLiteral(
                "INSERT INTO dms_rows (employee_id, category, reference, document_in_siasn) VALUES (?, ?, "
                "?, ?)"));
        for (int i = 0; i < EmployeeCount; ++i) {
            const QDate born(1965 + below(35), 1 + below(12), 1 + below(28));
            const QDate tmt(std::max(born.year() + 20, 1990) + below(10), 1 + below(12), 1);
            const int sex = 1 + below(2);
            const QString nip = born.toString(QStringLiteral("yyyyMMdd"))
                + tmt.toString(QStringLiteral("yyyyMM")) + QString::number(sex)
                + QStringLiteral("%1").arg(i % 999 + 1, 3, 10, QLatin1Char('0'));
            employee.bindAll(nip, QStringLiteral("Pegawai %1").arg(i), unitIds.at(below(int(unitIds.size()))),
                born, sex, tmt, below(50) == 0);
            if (!employee.exec() || !employee.next())
                return employee.error();
            const qint64 id = employee.value(0).toLongLong();
            if (i == 0)
                adminNip = nip;
            const int rows = 3 + below(15);
            for (int r = 0; r < rows; ++r) {
                const DmsCategory category = rowCategories.at(r < 3 ? r : below(int(rowCategories.size())));
                row.bindAll(id, Dms::categoryCode(category),
                    QStringLiteral("%1 %2").arg(Dms::categoryTitle(category)).arg(r), below(3) != 0);
                if (!row.exec())
                    return row.error();
            }
        }
        SqlQuery account(c,
            QStringLiteral("INSERT INTO accounts (employee_id, role, password_hash) SELECT id, 'admin', "
                           "'tidak-dipakai' FROM employees WHERE nip = ?"));
        account.bind(adminNip);
        if (!account.exec())
            return account.error();
        return {};
    });
    if (!status)
        return status.error();
    return adminNip;
}

} // namespace

Result<QList<Figure>> dmsScenario()
{
    const QString scenario = QStringLiteral("dms");
    QTemporaryDir dir;
    if (!dir.isValid())
        return failure(QStringLiteral("no temporary directory"));
    const QString file = dir.filePath(QStringLiteral("dms.sqlite"));
    auto url = DatabaseUrl::parse(QStringLiteral("sqlite:") + file);
    if (!url)
        return url.error();
    auto db = Database::open(url.value(), Database::OpenMode::Create);
    if (!db)
        return db.error();
    auto admin = buildFixture(db.value());
    if (!admin)
        return admin.error();

    QList<double> recalc;
    const int runs = quickRun() ? 1 : Runs;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto count = DmsService(db.value()).recalculateAll(nullptr);
        recalc << elapsedMs(timer);
        if (!count)
            return count.error();
        if (count.value() != EmployeeCount)
            return failure(QStringLiteral("%1 scores instead of %2").arg(count.value()).arg(EmployeeCount));
    }
    if (auto folded = db.value()->read([](QSqlDatabase& c) -> Status {
            SqlQuery q(c, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            return q.exec() ? Status {} : Status {q.error()};
        });
        !folded)
        return folded.error();

    QList<double> open;
    for (int run = 0; run < runs; ++run) {
        auto probe
            = runApprovalProbe({QStringLiteral("sqlite:") + file, admin.value(), QStringLiteral("rekapdms")});
        if (!probe)
            return probe.error();
        if (probe->rows < 10)
            return failure(QStringLiteral("karier-approval-probe showed no recap"));
        open << probe->openMs;
    }
    return QList<Figure> {
        {scenario, QStringLiteral("recalc_10k_ms"), median(recalc), QStringLiteral("ms"), std::nullopt},
        {scenario, QStringLiteral("recap_open_ms"), median(open), QStringLiteral("ms"), std::nullopt}};
}

} // namespace karier::bench
