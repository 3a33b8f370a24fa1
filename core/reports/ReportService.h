// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "reports/Report.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

namespace karier {

/// How many employees of one Perangkat Daerah are in each JP band of a year (Rekap JP).
struct JpBands
{
    int employees = 0;
    int low = 0; ///< 0 … target / 2 JP (0–10 with the usual target of 20)
    int middle = 0; ///< up to target − 1 (11–19)
    int reached = 0; ///< the target or more (≥ 20)
};

/// The printed reports: what each holds and who may have it. The data comes from the services that own it
/// (RecordService::jpOfUnit: the JP card's counting; DmsService::archivesOf: Dms::compute; RecordService::get
/// and ApprovalService::history); ReportPdf draws the result.
/// Scope: Admin BKPSDM every Perangkat Daerah; a Pengelola only the one they manage (Laporan DMS); an ASN
/// only their own record's Ringkasan; the system (actor null, karier-cli) everything.
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(karier::ReportService)

public:
    using Clock = std::function<QDateTime()>;

    explicit ReportService(std::shared_ptr<Database> db, Clock clock = {});

    /// Rekap JP of \a year per Perangkat Daerah (\a indukUnitId, or 0 for every one in scope): employees
    /// per band and the list of who is under the target (NIP, name, Satker, JP).
    Result<Report> jpRecap(const Session* actor, qint64 indukUnitId, int year) const;
    /// Laporan Kekurangan Berkas DMS per Perangkat Daerah (0: every one in scope): the scores, and each
    /// employee's missing documents with the points each adds.
    Result<Report> dmsShortfall(const Session* actor, qint64 indukUnitId) const;
    /// The Ringkasan of one record: its data, its document and its decision history.
    Result<Report> recordSummary(const Session& session, qint64 recordId) const;

    /// The bands of \a approvedJp against \a target: 0 low, 1 middle, 2 reached.
    static int jpBand(int approvedJp, int target);

private:
    QDateTime now() const;
    /// The Perangkat Daerah a report covers: \a indukUnitId, or all in the actor's scope.
    Result<QList<std::pair<qint64, QString>>> unitsFor(const Session* actor, qint64 indukUnitId) const;

    std::shared_ptr<Database> m_db;
    Clock m_clock;
};

} // namespace karier
