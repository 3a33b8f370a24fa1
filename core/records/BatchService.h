// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "records/RecordService.h"
#include "records/RecordType.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>
#include <memory>

namespace karier {

/// One NIP as the admin gave it: where it came from (line of the pasted text or CSV) and the text.
struct NipEntry
{
    int line = 0; ///< 1-based; 0 when picked from a list
    QString text;

    friend bool operator==(const NipEntry&, const NipEntry&) = default;
};

/// An employee who will receive the record, with what the rules say about them.
struct BatchRecipient
{
    qint64 employeeId = 0;
    QString nip;
    QString name; ///< with titles
    QString unitName;
    QStringList warnings; ///< e.g. fewer years of service than Karya Satya XX needs
};

/// An entry that will not receive the record, and why (listed, never dropped silently).
struct BatchProblem
{
    enum class Kind { NotANip, UnknownNip, Duplicate, OwnRecord, AlreadyRecorded, RuleError };
    Kind kind = Kind::NotANip;
    NipEntry entry;
    QString name; ///< the employee's name when known
    QString reason; ///< Indonesian
};

/// What applying one decree to many employees would do; nothing is written while preparing.
struct BatchPlan
{
    const RecordType* type = nullptr;
    QVariantMap values;
    QList<RuleIssue> warnings; ///< warnings on the decree itself (errors refuse the plan)
    QList<BatchRecipient> recipients;
    QList<BatchProblem> problems;

    /// "139 pegawai akan menerima Penghargaan \"Satyalancana Karya Satya XX Tahun\" (SK …)."
    QString summary() const;
};

struct BatchOutcome
{
    int created = 0;
    qint64 documentId = 0;
    bool documentReused = false; ///< the same PDF was already stored
    int scoresUpdated = 0; ///< employees whose Skor Arsip Digital was recomputed (Penghargaan)
};

/// Batch entry by Admin BKPSDM: one award decree or one training event, entered once and applied to
/// many employees. The PDF is stored once (by SHA-256) and linked to every record; records are
/// Disetujui at once, with an audit entry per employee; everything is one transaction.
///
/// \a actor null means the system (karier-cli run by whoever holds the database); otherwise the
/// actor needs Permission::BatchEntry, and their own NIP is left out (OwnRecord): nobody approves a
/// record of their own, here as in Verifikasi (AccessPolicy::mayDecideFor).
///
/// A decree (type and number) is recorded once per employee, also when two admins apply it at the same
/// moment: apply() checks who already holds the number inside its transaction, after taking a
/// transaction-level lock on that decree (PostgreSQL; SQLite serialises writers), so the second waits for
/// the first and then finds its records (Conflict, nothing written).
class BatchService
{
    Q_DECLARE_TR_FUNCTIONS(karier::BatchService)

public:
    using Clock = RecordService::Clock;

    explicit BatchService(std::shared_ptr<Database> db, Clock clock = {});

    /// The NIPs in pasted text or a CSV file. A CSV whose first line has a "NIP" column is read by
    /// that column; otherwise every line is split at commas, semicolons, tabs and, when a cell is not
    /// one grouped NIP ("19850315 201001 2 002"), at spaces.
    static QList<NipEntry> parseNipList(const QString& text);

    /// Which types may be entered in batch: Kursus and Penghargaan.
    static bool supportsType(const RecordType& type);

    /// The findings on the decree alone (no employee yet): field checks and the type's rules against
    /// today's date and the shared settings. What the batch wizard shows under its fields.
    /// The context for the decree alone: today and the JP-per-day limit, no employee facts.
    Result<RuleContext> decreeContext() const;
    Result<QList<RuleIssue>> checkDecree(const RecordType& type, const QVariantMap& values) const;

    /// Validates the decree (errors refuse), resolves the NIPs and checks every employee. Reads only.
    Result<BatchPlan> prepare(const Session* actor, const RecordType& type, const QVariantMap& values,
        const QList<NipEntry>& nips) const;

    /// Writes the plan the admin confirmed, in one transaction: the document once, one Disetujui
    /// record and one audit entry per recipient, and (Penghargaan) the recipients' Skor Arsip Digital.
    /// When the data changed since prepare() (an employee received the same decree meanwhile, also from
    /// another admin applying it at the same moment, or left), nothing is written and Conflict is returned.
    /// A plan that names the actor's own employee is refused (Forbidden).
    Result<BatchOutcome> apply(const Session* actor, const BatchPlan& plan, const DocumentUpload& document);

private:
    QDateTime now() const;

    std::shared_ptr<Database> m_db;
    Clock m_clock;
};

} // namespace karier
