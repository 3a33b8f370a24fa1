// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "dms/DmsScore.h"
#include "records/SubmissionStatus.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <functional>
#include <memory>

namespace karier {

/// One riwayat row that needs a document, as stored (dms_rows) with what makes it done.
struct DmsRowInfo
{
    qint64 id = 0;
    DmsCategory category = DmsCategory::D2np;
    QString reference; ///< "Ijazah S1 Teknik Sipil 2008", "SK Jabatan 2019"
    bool documentInSiasn = false; ///< imported as already present and verified in SIASN's DMS
    qint64 recordId = 0; ///< the document uploaded here (records, type "dms"); 0 when none
    std::optional<SubmissionStatus> recordStatus;
    bool fromPenghargaan = false; ///< an approved Penghargaan record counted as a Kondisional row
    bool done = false; ///< present and verified
};

/// An employee's archive: the score as last stored and the rows it was computed from.
struct DmsEmployeeView
{
    qint64 employeeId = 0;
    QString nip;
    QString nama;
    QString unitName;
    QString indukUnitName;
    bool cpns = false;
    DmsScore score;
    QDateTime computedAt; ///< "Sinkronisasi terakhir"; invalid when never computed
    QList<DmsRowInfo> rows;
};

/// One Perangkat Daerah in the recap.
struct DmsRecapRow
{
    qint64 indukUnitId = 0;
    QString name;
    int employees = 0; ///< with a computed score
    double average = 0;
    int bands[4] = {0, 0, 0, 0}; ///< by DmsBand: Sangat Lengkap, Lengkap, Cukup Lengkap, Kurang Lengkap
    int below100 = 0;
};

/// One employee in the drill-down of the recap.
struct DmsEmployeeScoreRow
{
    qint64 employeeId = 0;
    QString nip;
    QString nama;
    QString unitName;
    double total = 0;
    DmsBand band = DmsBand::KurangLengkap;
};

/// Arsip DMS: the riwayat rows that need documents, the Skor Arsip Digital (DmsScore, stored in
/// dms_scores and recalculated whenever a document is verified), the recap per Perangkat Daerah and the
/// import of rows from a SIASN-like CSV. Every function asks AccessPolicy.
class DmsService
{
    Q_DECLARE_TR_FUNCTIONS(karier::DmsService)

public:
    using Clock = std::function<QDateTime()>;

    struct ImportReport
    {
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        QStringList errors; ///< "baris N: alasan"
    };

    explicit DmsService(std::shared_ptr<Database> db, Clock clock = {});

    /// Recomputes and stores the score of one employee, inside the caller's write transaction (the
    /// approval of a DMS document or a Penghargaan calls it in its own transaction).
    static Status recalculate(QSqlDatabase& c, qint64 employeeId, const QDateTime& now);
    /// The same for many employees (a batch decree, an import, a bulk decision): their rows read a few
    /// hundred employees per statement. On PostgreSQL the employees are locked first, in id order, so that
    /// transactions changing rows of the same employee at once compute their scores one after the other,
    /// each from every committed row. Call it once, after the transaction's last change to those rows.
    static Status recalculate(QSqlDatabase& c, QList<qint64> employeeIds, const QDateTime& now);
    /// Whether records of \a recordType change the score when they are approved (Penghargaan, DMS).
    static bool countsForScore(const QString& recordType);
    /// Links an uploaded document (a records row of type "dms" with fields kategori and referensi) to the
    /// employee's row it is for, inside the caller's write transaction (RecordService calls it when the
    /// document is submitted). Refuses a row that does not exist or is already complete.
    static Status attachUpload(
        QSqlDatabase& c, qint64 employeeId, const QVariantMap& values, qint64 recordId);
    /// Every employee's score (or one Perangkat Daerah's), read and written in bulk; returns how many.
    /// Admin BKPSDM, or the system (\a actor null: karier-cli, the benchmark).
    Result<int> recalculateAll(const Session* actor, qint64 indukUnitId = 0);

    /// The archive of the employee with \a nip: their own, or one in the verifier's scope.
    Result<DmsEmployeeView> forEmployee(const Session* actor, const QString& nip) const;
    /// The archives of every employee of one Perangkat Daerah (its own staff and its Satker), by name,
    /// each scored from its rows as they are now (what recalculation stores), in a few statements whatever
    /// the number of employees (the Laporan Kekurangan Berkas DMS). Admin, the Pengelola of that unit, or
    /// the system.
    Result<QList<DmsEmployeeView>> archivesOf(const Session* actor, qint64 indukUnitId) const;
    /// Average score, employees per band and below 100, per Perangkat Daerah (a Pengelola: their own).
    Result<QList<DmsRecapRow>> recap(const Session* actor) const;
    /// The employees of one Perangkat Daerah, lowest score first (a page, in SQL).
    Result<QList<DmsEmployeeScoreRow>> employeesOf(
        const Session* actor, qint64 indukUnitId, bool below100Only, int offset = 0, int limit = 100) const;

    /// Rows from CSV: columns nip, jenis (a category code or title), referensi, dokumen (ada/tidak, ya/tidak,
    /// 1/0; optional). Valid rows are written in one transaction with the scores of the employees they
    /// touch; refused rows are listed by line. A file without those columns is refused as a whole.
    /// Admin BKPSDM or the system.
    Result<ImportReport> importCsv(const Session* actor, const QByteArray& csv);

private:
    QDateTime now() const;

    std::shared_ptr<Database> m_db;
    Clock m_clock;
};

} // namespace karier
