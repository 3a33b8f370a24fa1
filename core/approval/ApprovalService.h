// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "net/LinkChecker.h"
#include "records/RecordHistory.h"
#include "records/RecordType.h"
#include "records/SubmissionStatus.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QIODevice>
#include <functional>
#include <memory>
#include <optional>

namespace karier {

/// The Status filter of the verifier console (the manual's Semua / Disetujui / Usulan, and the two
/// outcomes a verifier also needs to find again).
enum class ApprovalStatusFilter { Usulan, Disetujui, Dikembalikan, Ditolak, Semua };

/// The sortable columns of the verifier console.
enum class ApprovalColumn { TanggalSk, Nip, Nama, Judul, Jenis, Unit, Status, Diajukan };

/// One page of the verifier console: every filter, the sort and the paging run in SQL.
struct ApprovalQuery
{
    qint64 indukUnitId = 0; ///< Induk Satker; 0 all (Admin). Always the managed unit for a Pengelola.
    qint64 unitId = 0; ///< Satker (or the Induk Satker's own staff); 0 all of the Induk Satker
    ApprovalStatusFilter status = ApprovalStatusFilter::Usulan;
    QStringList typeCodes; ///< Jenis Riwayat; empty: every type the session may verify
    QString search; ///< digits: part of the NIP; otherwise part of the name
    QDate submittedFrom; ///< inclusive, local dates; invalid: open
    QDate submittedTo;
    ApprovalColumn sortColumn = ApprovalColumn::Diajukan;
    bool ascending = true; ///< by default the longest waiting first
    int offset = 0;
    int limit = 50; ///< 1 … 500
};

/// One submission as the verifier console lists it.
struct ApprovalRow
{
    qint64 id = 0;
    qint64 employeeId = 0;
    QString typeCode;
    SubmissionStatus status = SubmissionStatus::Diajukan;
    int version = 0;
    QString nip;
    QString nama; ///< with titles
    QString unitName; ///< Satker
    QString indukUnitName;
    QString title; ///< Nama Kursus / Sertifikasi / Penghargaan / Tim Kerja
    QString number; ///< Nomor sertifikat / SK
    QDate startDate; ///< Tanggal SK / sertifikat / mulai
    QDate endDate;
    int hours = 0;
    QVariantMap values; ///< the record's fields, typed
    QString linkUrl; ///< Tim Kerja: URL Bukti Dukung
    LinkStatus linkStatus = LinkStatus::NotChecked;
    QDateTime submittedAt;
    QDateTime decidedAt;
    QString decidedByNip;
    QString decidedByName;
    QString note;
    qint64 documentId = 0;
    double sharpness = -1;
    int submissions = 0; ///< how many times it has been submitted (record_versions, schema 13)

    /// "Belum Disetujui" for Tim Kerja, "Diajukan" otherwise.
    QString statusText() const;
    /// Submitted again after it was returned ("Perlu Perbaikan" / "Batal Disetujui") and waiting.
    bool resubmitted() const { return submissions > 1 && status == SubmissionStatus::Diajukan; }
};

struct ApprovalPage
{
    QList<ApprovalRow> rows;
    int total = 0; ///< matching the filters
    int offset = 0; ///< of the first row (moved back when the asked page is past the end)
};

/// The NIP-derived and stored facts a verifier compares with the document.
struct EmployeeFacts
{
    QDate birthDate; ///< from the NIP
    QString sexText; ///< from the NIP: Laki-laki / Perempuan
    QDate tmt; ///< from the NIP (TMT CPNS or appointment year)
    QString jabatan;
    bool pppk = false;
    QStringList mismatches; ///< where the stored data differs from the NIP
};

struct ApprovalDetail
{
    ApprovalRow row;
    EmployeeFacts facts;
    QList<RuleIssue> warnings; ///< the type's rules re-run now, plus a blurry document
    /// A resubmission: what it changed against the submission that was returned (from the stored
    /// versions); nullopt when the record was submitted once.
    std::optional<Resubmission> resubmission;
};

/// How long the queue a verifier may decide has waited (the Beranda card): counted in SQL within the
/// session's scope.
struct WaitingSummary
{
    int waiting = 0; ///< submissions waiting for a decision
    int overdue = 0; ///< of them, waiting longer than ApprovalService::overdueDays
    QDateTime oldestSubmittedAt; ///< invalid when nothing waits
    int oldestDays = 0; ///< whole days the oldest has waited
};

/// What a verifier decides.
enum class Decision { Setujui, Kembalikan, Tolak };

/// The coded reasons for sending a submission back ("BTS – …", as SIASN words them).
enum class ReturnReason { DataTidakSesuai, DokumenTidakLengkap, DokumenBuram, DokumenSalahUnggah };

struct DecisionItem
{
    qint64 id = 0;
    int version = 0; ///< the version the verifier saw
};

struct DecisionRequest
{
    Decision decision = Decision::Setujui;
    QList<DecisionItem> items;
    ReturnReason reason = ReturnReason::DataTidakSesuai; ///< Kembalikan only
    QString note; ///< free text: optional after a coded reason, required for Tolak
};

/// A submission that changed after the verifier saw it; it was left as it is.
struct DecisionConflict
{
    qint64 id = 0;
    QString message; ///< "Usulan ini sudah diproses oleh <nama> pada <waktu>."
};

struct DecisionOutcome
{
    QList<qint64> decided;
    QList<DecisionConflict> conflicts;
};

/// One line of a submission's history (the audit log).
struct HistoryEntry
{
    QDateTime at;
    QString actorNip;
    QString actorName;
    QString action; ///< ajukan, setujui, kembalikan, tolak, …
    QString actionText; ///< "Diajukan", "Disetujui", "Dikembalikan untuk perbaikan" …
    QString note;

    /// "30-11-2026 09:15  Dikembalikan untuk perbaikan oleh Nama, S.Kom." and the note on a second line.
    QString text() const;
};

/// What changed for an ASN's own submissions since their previous visit.
struct VisitChanges
{
    int approved = 0;
    int returned = 0;
    int rejected = 0;
    bool isEmpty() const { return approved + returned + rejected == 0; }
    /// "2 usulan dikembalikan untuk perbaikan, 1 usulan disetujui"; empty when nothing changed.
    QString text() const;
};

/// The verifier console. Who verifies what (AccessPolicy):
///  - Pengelola Kepegawaian: Tim Kerja of the staff of the Perangkat Daerah they manage, nothing else;
///  - Admin BKPSDM: Kursus, Sertifikasi, Penghargaan (and DMS documents) of every unit, and Tim Kerja;
///  - ASN: nothing (they read their own history and changes).
/// Every decision and its audit entry are one transaction; a submission that changed since it was read
/// (version) is reported and left alone, the rest of a bulk decision goes ahead.
class ApprovalService
{
    Q_DECLARE_TR_FUNCTIONS(karier::ApprovalService)

public:
    using Clock = std::function<QDateTime()>;

    explicit ApprovalService(std::shared_ptr<Database> db, Clock clock = {});

    /// The record types \a session may verify (empty for an ASN).
    static QStringList verifiableTypes(const Session& session);
    static bool mayVerify(const Session& session);
    static QString reasonText(ReturnReason reason); ///< "BTS – Dokumen tidak lengkap"
    static QList<ReturnReason> reasons();
    static QString typeTitle(const QString& typeCode); ///< "Kursus", "Tim Kerja" …
    /// Whom and what a decision on \a row affects, for questions and reports: "Nama, S.Kom. (NIP 1985…
    /// …) — Kursus: Judul".
    static QString subjectText(const ApprovalRow& row);
    static constexpr int maxNoteLength = 500;
    /// A submission that has waited longer than this many days is marked (console, Beranda).
    static constexpr int overdueDays = 7;
    /// Whole days from \a since to \a now (0 when invalid or in the future).
    static int waitingDays(const QDateTime& since, const QDateTime& now);
    /// Waiting longer than overdueDays × 24 hours.
    static bool isOverdue(const QDateTime& since, const QDateTime& now);

    Result<ApprovalPage> list(const Session& session, const ApprovalQuery& query) const;
    Result<ApprovalDetail> detail(const Session& session, qint64 recordId) const;
    Result<DecisionOutcome> decide(const Session& session, const DecisionRequest& request);
    /// Every matching row (not only one page) as CSV, written page by page; returns the row count.
    Result<int> exportCsv(const Session& session, ApprovalQuery query, QIODevice& out) const;

    /// How many submissions the session may decide are waiting, how many longer than overdueDays, and
    /// since when the oldest waits (one statement, the console's scope).
    Result<WaitingSummary> waitingSummary(const Session& session) const;

    /// The history of one submission: its owner or a verifier in scope.
    Result<QList<HistoryEntry>> history(const Session& session, qint64 recordId) const;
    /// The decisions on the session's own submissions since the previous call (the previous login),
    /// and marks this visit.
    Result<VisitChanges> takeChangesSinceLastVisit(const Session& session);

    /// The SQL and the bound values list() runs for the page (for the benchmark's comparison with the
    /// sqlite3 shell). The session's scope is applied as in list().
    Result<QPair<QString, QVariantList>> pageSql(const Session& session, const ApprovalQuery& query) const;

private:
    QDateTime now() const;

    std::shared_ptr<Database> m_db;
    Clock m_clock;
};

} // namespace karier
