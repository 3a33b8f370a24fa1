// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "records/RecordType.h"

#include <QDateTime>
#include <QJsonValue>
#include <QSqlDatabase>
#include <optional>

namespace karier {

/// One field whose value a change altered.
struct FieldChange
{
    QString key; ///< records.fields key, e.g. "namaKursus"
    QString label; ///< the field's Indonesian label, e.g. "Nama Kursus"
    QJsonValue oldValue; ///< as stored (dates yyyy-MM-dd, numbers as numbers); null when unset
    QJsonValue newValue;
    QString oldText; ///< as shown ("15 Januari 2026", "4 jam"); "–" when unset
    QString newText;
};

/// The difference between two contents of one record: the fields that changed, in the form's order, and
/// the document's SHA-256 before and after (empty: none).
struct RecordChanges
{
    QList<FieldChange> fields;
    QString oldSha256;
    QString newSha256;

    bool documentChanged() const { return oldSha256 != newSha256; }
    bool isEmpty() const { return fields.isEmpty() && !documentChanged(); }
    /// The audit entry's detail: {"fields":[{"field":…,"old":…,"new":…}],"document":{"old":…,"new":…}}
    /// ("document" only when it changed; a missing document is null).
    QString toJson() const;
};

/// What a resubmission changed against the submission before it (the verifier's side panel).
struct Resubmission
{
    RecordChanges changes;
    QDateTime previousSubmittedAt; ///< the submission that was returned
    QDateTime submittedAt; ///< this one
    int submissions = 0; ///< how many times the record has been submitted
};

/// The stored history of a record's content (table record_versions, schema 13) and the per-field
/// difference of a change. The functions taking a connection run inside the caller's transaction, so a
/// change, its audit entry and its version are written together or not at all.
namespace RecordHistory {

/// The difference between two contents of \a type (records.fields JSON) and their documents' SHA-256.
RecordChanges diff(const RecordType& type, const QString& beforeJson, const QString& afterJson,
    const QString& beforeSha256, const QString& afterSha256);

/// A record's stored content now: records.fields and its document's SHA-256 (empty when none).
struct Content
{
    QString fieldsJson;
    QString sha256;
};
Result<Content> contentOf(QSqlDatabase& c, qint64 recordId);

/// Appends the record's content as it now stands as one more submitted version (after its UPDATE or
/// INSERT with status diajukan, in the same transaction). On PostgreSQL the server copies the content
/// from the record and stamps the person and its own time whatever is passed.
Status appendVersion(QSqlDatabase& c, qint64 recordId, const QString& submittedByNip, const QDateTime& at);

/// Appends one audit entry with \a detail (JSON: the per-field difference of a change, RecordChanges::toJson)
/// — Organisation::audit with the detail column of schema 13; on PostgreSQL through karier_audit_detail,
/// which names the person logged in and takes the server's clock.
Status audit(QSqlDatabase& c, const QString& actorNip, const QString& action, const QString& entity,
    const QString& entityId, const QString& fromState, const QString& toState, const QString& note,
    const QString& detail);

/// The last submission of \a recordId against the one before it; nullopt when it was submitted once.
Result<std::optional<Resubmission>> lastResubmission(
    QSqlDatabase& c, const RecordType& type, qint64 recordId);

} // namespace RecordHistory

} // namespace karier
