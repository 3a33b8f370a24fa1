// SPDX-License-Identifier: GPL-3.0-or-later
// batch: one award decree applied to 500 employees by Admin BKPSDM, on SQLite. The bar for
// batch_500_ms (apply: the PDF stored once, 500 Disetujui records and 500 audit entries in one
// transaction) is 2000 ms. prepare_500_ms (resolving and checking the 500 NIPs) is reported too.

#include "Benchmark.h"
#include "io/DemoSeeder.h"
#include "org/Organisation.h"
#include "records/BatchService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

namespace karier::bench {

namespace {

constexpr int Employees = 500;
constexpr int Runs = 5;

double elapsedMs(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

Result<qint64> countOf(const std::shared_ptr<Database>& db, const QString& sql)
{
    qint64 n = 0;
    const Status status = db->read([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c, sql);
        if (!q.exec() || !q.next())
            return q.error();
        n = q.value(0).toLongLong();
        return {};
    });
    if (!status)
        return status.error();
    return n;
}

/// 500 employees spread over the real units, with NIPs of PNS appointed 1990–2014.
Result<QList<NipEntry>> seedEmployees(const std::shared_ptr<Database>& db)
{
    if (auto org = DemoSeeder::seedOrganisation(db); !org)
        return org.error();
    auto units = Organisation(db).units();
    if (!units)
        return units.error();
    if (units->isEmpty())
        return Error {ErrorCode::Internal, QStringLiteral("no units after seeding")};
    QList<NipEntry> nips;
    const Status status = db->write([&](QSqlDatabase& c) -> Status {
        for (int i = 0; i < Employees; ++i) {
            Employee e;
            e.tanggalLahir = QDate(1965 + i % 25, 1 + i % 12, 1 + i % 28);
            e.tmt = QDate(1990 + i % 25, 1 + (i / 12) % 12, 1);
            e.jenisKelamin = 1 + i % 2;
            e.nip = e.tanggalLahir.toString(QStringLiteral("yyyyMMdd"))
                + e.tmt.toString(QStringLiteral("yyyyMM")) + QString::number(e.jenisKelamin)
                + QStringLiteral("%1").arg(i + 1, 3, 10, QLatin1Char('0'));
            e.nama = QStringLiteral("Pegawai Uji %1").arg(i + 1);
            e.unitId = units->at(i % units->size()).id;
            auto id = Organisation::upsertEmployee(c, e);
            if (!id)
                return id.error();
            nips.append({i + 1, e.nip});
        }
        return {};
    });
    if (!status)
        return status.error();
    return nips;
}

} // namespace

Result<QList<Figure>> batchScenario()
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error {ErrorCode::Internal, QStringLiteral("no temporary directory")};
    auto url = DatabaseUrl::parse(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("batch.sqlite")));
    if (!url)
        return url.error();
    auto db = Database::open(url.value(), Database::OpenMode::Create);
    if (!db)
        return db.error();
    auto nips = seedEmployees(db.value());
    if (!nips)
        return nips.error();

    auto scanPath = scannedPdf();
    if (!scanPath)
        return scanPath.error();
    QFile scanFile(scanPath.value());
    if (!scanFile.open(QIODevice::ReadOnly))
        return Error {ErrorCode::Internal, QStringLiteral("cannot read ") + scanPath.value()};
    const QByteArray scan = scanFile.readAll();
    BatchService service(db.value());
    QList<double> prepareMs;
    QList<double> applyMs;
    const int runs = quickRun() ? 1 : Runs;
    for (int run = 0; run < runs; ++run) {
        const QVariantMap values {
            {QStringLiteral("skalaPenghargaan"), QStringLiteral("Nasional")},
            {QStringLiteral("kelompokPenghargaan"), QStringLiteral("SATYA LENCANA")},
            {QStringLiteral("jenisPenghargaan"), QStringLiteral("Satyalancana Karya Satya X Tahun")},
            {QStringLiteral("tahun"), 2025},
            {QStringLiteral("skNomor"), QStringLiteral("KEPPRES/%1/2025").arg(run + 1)},
            {QStringLiteral("skDate"), QDate(2025, 8, 17)},
        };
        QElapsedTimer timer;
        timer.start();
        auto plan = service.prepare(nullptr, RecordTypes::penghargaan(), values, nips.value());
        prepareMs.append(elapsedMs(timer));
        if (!plan)
            return plan.error();
        if (plan->recipients.size() != Employees)
            return Error {ErrorCode::Internal,
                QStringLiteral("%1 recipients instead of %2").arg(plan->recipients.size()).arg(Employees)};

        // A different decree scan each run (one byte differs), so every run stores its PDF.
        const DocumentUpload upload
            = DocumentUpload::madeByProgram(scan + QByteArray("\n% run ") + QByteArray::number(run) + '\n',
                QStringLiteral("keppres.pdf"), 1, 4200);
        timer.restart();
        auto outcome = service.apply(nullptr, plan.value(), upload);
        applyMs.append(elapsedMs(timer));
        if (!outcome)
            return outcome.error();
        if (outcome->created != Employees || outcome->documentReused)
            return Error {
                ErrorCode::Internal, QStringLiteral("apply did not create 500 records with a new PDF")};
    }
    auto records
        = countOf(db.value(), QStringLiteral("SELECT COUNT(*) FROM records WHERE status = 'disetujui'"));
    auto documents = countOf(db.value(), QStringLiteral("SELECT COUNT(*) FROM documents"));
    if (!records || !documents)
        return Error {ErrorCode::Internal, QStringLiteral("cannot count the result")};
    if (records.value() != qint64(Employees) * runs || documents.value() != runs)
        return Error {ErrorCode::Internal,
            QStringLiteral("%1 records and %2 documents after %3 runs")
                .arg(records.value())
                .arg(documents.value())
                .arg(runs)};

    const QString scenario = QStringLiteral("batch");
    const QString ms = QStringLiteral("ms");
    return QList<Figure> {
        {scenario, QStringLiteral("batch_500_ms"), median(applyMs), ms, std::nullopt},
        {scenario, QStringLiteral("prepare_500_ms"), median(prepareMs), ms, std::nullopt},
        {scenario, QStringLiteral("pdf_bytes"), double(scan.size()), QStringLiteral("bytes"), std::nullopt},
    };
}

} // namespace karier::bench
