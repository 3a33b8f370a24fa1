// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/AccessPolicy.h"
#include "auth/Session.h"
#include "common/Result.h"
#include "records/RecordType.h"
#include "records/SubmissionStatus.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace karier {

/// A PDF that has passed the inspector (run in a child process by the UI) and is ready to store.
/// Storage refuses an upload without the SHA-256 of the bytes that were checked, and one whose
/// content has another SHA-256 (RecordStorage::validateUpload): a user's file reaches the database
/// only through a check.
struct DocumentUpload
{
    DocumentUpload() = default;
    /// A user's document: \a sha256 is what the check reported for the bytes it checked
    /// (PdfCheckResult::sha256).
    DocumentUpload(QByteArray bytes, QString name, int pageCount, double measuredSharpness, QString sha256)
        : content(std::move(bytes))
        , originalName(std::move(name))
        , pages(pageCount)
        , sharpness(measuredSharpness)
        , checkedSha256(std::move(sha256))
    { }

    /// A document the program drew itself (demo data, benchmarks, tests): no check ran, so it
    /// vouches for its own bytes. Never for a file a user chose.
    static DocumentUpload madeByProgram(
        QByteArray bytes, QString name, int pageCount, double measuredSharpness = -1);

    QByteArray content;
    QString originalName;
    int pages = 0;
    double sharpness = -1; ///< -1 when not measured
    /// The SHA-256 the check reported for the bytes it checked; required.
    QString checkedSha256;
};

/// The stored document of a record (never the bytes; see RecordService::documentContent).
struct DocumentInfo
{
    qint64 id = 0;
    QString sha256;
    qint64 sizeBytes = 0;
    int pages = 0;
    QString originalName;
    double sharpness = -1;
};

/// One row of a riwayat list.
struct RecordSummary
{
    qint64 id = 0;
    qint64 employeeId = 0;
    QString typeCode;
    SubmissionStatus status = SubmissionStatus::Draf;
    QString title;
    QString number;
    QDate startDate;
    QDate endDate;
    int hours = 0;
    QString note; ///< the verifier's note or reason
    QString decidedByNip;
    QDateTime decidedAt;
    QDateTime submittedAt;
    QDateTime updatedAt;
    int version = 0;
    DocumentInfo document; ///< id 0 when none
    QVariantMap values; ///< records.fields, typed as the type's fields (the lists' own columns)
};

struct RecordDetail
{
    RecordSummary summary;
    QVariantMap values; ///< typed as the RecordType's fields (QDate, int, QString)
};

/// JP (jam pelajaran) of Kursus in one calendar year against the yearly target.
struct JpSummary
{
    int year = 0;
    int approved = 0; ///< Disetujui
    int pending = 0; ///< Diajukan or Perlu Perbaikan
    int target = 20;
};

/// Saving, submitting and reading an employee's own riwayat (Kursus, Sertifikasi, …).
/// Every function asks AccessPolicy; every write is one transaction with an audit entry.
class RecordService
{
    Q_DECLARE_TR_FUNCTIONS(karier::RecordService)

public:
    using Clock = std::function<QDateTime()>;

    struct SaveRequest
    {
        const RecordType* type = nullptr;
        qint64 recordId = 0; ///< 0: a new record
        int version = 0; ///< the version that was read (optimistic locking); ignored for new records
        QVariantMap values;
        std::optional<DocumentUpload> document; ///< a new document; otherwise the record keeps its own
    };

    explicit RecordService(std::shared_ptr<Database> db, Clock clock = {});

    /// The facts from the database that the rules need (duplicate number, JP on the same days).
    Result<RuleContext> ruleContext(const Session& session, const RecordType& type, const QVariantMap& values,
        qint64 excludeRecordId = 0) const;
    /// All findings for these values: field checks, type rules, and database-backed warnings.
    Result<QList<RuleIssue>> check(const Session& session, const RecordType& type, const QVariantMap& values,
        qint64 excludeRecordId = 0) const;

    /// The findings for a stored record under its rules as they stand now (the verifier console):
    /// its owner or a verifier of the owner's unit.
    Result<QList<RuleIssue>> checkStored(const Session& session, qint64 recordId) const;

    /// Keeps an unfinished record (status Draf); values need not be complete yet.
    Result<qint64> saveDraft(const Session& session, const SaveRequest& request);
    /// Validates (errors refuse; warnings do not), requires a document, stores record and document in one
    /// transaction with status Diajukan and an audit entry. Works for new records, drafts and records
    /// sent back for correction.
    Result<qint64> submit(const Session& session, const SaveRequest& request);
    /// Deletes a Draf or withdraws a record in Perlu Perbaikan (owner only).
    Status remove(const Session& session, qint64 recordId, int version);

    Result<QList<RecordSummary>> listOwn(const Session& session, const QStringList& typeCodes = {}) const;
    Result<RecordDetail> get(const Session& session, qint64 recordId) const;
    Result<QByteArray> documentContent(const Session& session, qint64 documentId) const;
    Result<JpSummary> jpForYear(const Session& session, int year) const;
    /// The same for \a target: oneself, or an employee whose Kursus \a session may read (Admin BKPSDM).
    Result<JpSummary> jpForYear(const Session& session, const EmployeeScope& target, int year) const;
    /// The same counting for every employee of one Perangkat Daerah (its own staff and its Satker; 0: all),
    /// per employee id, in one statement; an employee without JP has no entry (0 approved, 0 pending).
    /// Admin BKPSDM (whose Kursus \a actor may read), or the system (\a actor null: karier-cli).
    Result<QHash<qint64, JpSummary>> jpOfUnit(const Session* actor, qint64 indukUnitId, int year) const;
    /// The yearly JP target (shared settings).
    Result<int> jpTarget() const;

    static QString sha256Hex(const QByteArray& data);

private:
    QDateTime now() const;
    Result<RuleContext> ruleContextFor(
        qint64 employeeId, const RecordType& type, const QVariantMap& values, qint64 excludeRecordId) const;
    Result<qint64> store(const Session& session, const SaveRequest& request, SubmissionStatus target);

    std::shared_ptr<Database> m_db;
    Clock m_clock;
};

} // namespace karier
