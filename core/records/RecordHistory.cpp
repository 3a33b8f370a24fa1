// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/RecordHistory.h"

#include "records/ReferenceLists.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace karier {

namespace {

QJsonObject objectOf(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

/// A stored value as shown: the reference list's label for a choice, the type's display text otherwise.
QString textOf(const RecordType& type, const FieldSpec& field, const QVariant& value)
{
    if (isEmptyValue(value))
        return QStringLiteral("–");
    if (field.type == FieldType::Choice) {
        const QString label = ReferenceLists::label(value.toString());
        return label.isEmpty() ? value.toString() : label;
    }
    return type.displayValue(field.key, value);
}

QJsonValue orNull(const QJsonValue& value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

QJsonValue shaValue(const QString& sha)
{
    return sha.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(sha);
}

} // namespace

QString RecordChanges::toJson() const
{
    QJsonArray list;
    for (const FieldChange& change : fields)
        list.append(QJsonObject {{QStringLiteral("field"), change.key},
            {QStringLiteral("old"), change.oldValue}, {QStringLiteral("new"), change.newValue}});
    QJsonObject object {{QStringLiteral("fields"), list}};
    if (documentChanged())
        object.insert(QStringLiteral("document"),
            QJsonObject {
                {QStringLiteral("old"), shaValue(oldSha256)}, {QStringLiteral("new"), shaValue(newSha256)}});
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

namespace RecordHistory {

RecordChanges diff(const RecordType& type, const QString& beforeJson, const QString& afterJson,
    const QString& beforeSha256, const QString& afterSha256)
{
    RecordChanges changes;
    changes.oldSha256 = beforeSha256;
    changes.newSha256 = afterSha256;
    const QJsonObject before = objectOf(beforeJson);
    const QJsonObject after = objectOf(afterJson);
    const QVariantMap typedBefore = type.fromJson(beforeJson);
    const QVariantMap typedAfter = type.fromJson(afterJson);
    QStringList known;
    for (const FieldSpec& field : type.fields) {
        known << field.key;
        const QJsonValue oldValue = orNull(before.value(field.key));
        const QJsonValue newValue = orNull(after.value(field.key));
        if (oldValue == newValue)
            continue;
        changes.fields.append(
            {field.key, field.label, oldValue, newValue, textOf(type, field, typedBefore.value(field.key)),
                textOf(type, field, typedAfter.value(field.key))});
    }
    // A key the type no longer describes (stored by an older version): kept by its own name.
    QStringList others = before.keys() + after.keys();
    others.removeDuplicates();
    others.sort();
    for (const QString& key : std::as_const(others)) {
        if (known.contains(key))
            continue;
        const QJsonValue oldValue = orNull(before.value(key));
        const QJsonValue newValue = orNull(after.value(key));
        if (oldValue == newValue)
            continue;
        const auto text
            = [](const QJsonValue& v) { return v.isNull() ? QStringLiteral("–") : v.toVariant().toString(); };
        changes.fields.append({key, key, oldValue, newValue, text(oldValue), text(newValue)});
    }
    return changes;
}

Result<Content> contentOf(QSqlDatabase& c, qint64 recordId)
{
    return queryRequired(
        c,
        QStringLiteral(
            "SELECT r.fields, d.sha256 FROM records r LEFT JOIN documents d ON d.id = r.document_id "
            "WHERE r.id = ?"),
        Error::notFound(QCoreApplication::translate("karier::RecordService", "Riwayat tidak ditemukan.")),
        [](const SqlQuery& q) {
            return Content {q.value(0).toString(), q.value(1).toString()};
        },
        recordId);
}

Status appendVersion(QSqlDatabase& c, qint64 recordId, const QString& submittedByNip, const QDateTime& at)
{
    SqlQuery q(c,
        QStringLiteral("INSERT INTO record_versions (record_id, employee_id, record_type, fields, "
                       "document_sha256, submitted_by_nip, submitted_at) SELECT r.id, r.employee_id, "
                       "r.record_type, r.fields, d.sha256, ?, ? FROM records r LEFT JOIN documents d ON "
                       "d.id = r.document_id WHERE r.id = ?"));
    q.bindAll(submittedByNip, at.toUTC(), recordId);
    if (!q.exec())
        return q.error();
    if (q.rowsAffected() != 1)
        return Error::notFound(
            QCoreApplication::translate("karier::RecordService", "Riwayat tidak ditemukan."));
    return {};
}

Status audit(QSqlDatabase& c, const QString& actorNip, const QString& action, const QString& entity,
    const QString& entityId, const QString& fromState, const QString& toState, const QString& note,
    const QString& detail)
{
    const bool postgres = c.driverName() == QLatin1String("QPSQL");
    SqlQuery q(c,
        postgres ? QStringLiteral("SELECT karier_audit_detail(?, ?, ?, ?, ?, ?, ?, ?, ?)")
                 : QStringLiteral("INSERT INTO audit_log (at, actor_nip, action, entity, entity_id, "
                                  "from_state, to_state, note, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll(QDateTime::currentDateTimeUtc(), nullIfEmpty(actorNip), action, entity, nullIfEmpty(entityId),
        nullIfEmpty(fromState), nullIfEmpty(toState), nullIfEmpty(note), nullIfEmpty(detail));
    if (!q.exec())
        return q.error();
    return {};
}

Result<std::optional<Resubmission>> lastResubmission(QSqlDatabase& c, const RecordType& type, qint64 recordId)
{
    struct Version
    {
        QString fields;
        QString sha256;
        QDateTime at;
    };
    auto versions = queryAll(
        c,
        QStringLiteral(
            "SELECT fields, document_sha256, submitted_at FROM record_versions WHERE record_id = ? "
            "ORDER BY id DESC LIMIT 2"),
        [](const SqlQuery& q) {
            return Version {q.value(0).toString(), q.value(1).toString(), sqlDateTime(q.value(2))};
        },
        recordId);
    if (!versions)
        return versions.error();
    if (versions->size() < 2)
        return std::optional<Resubmission> {};
    auto count = queryRequired(
        c, QStringLiteral("SELECT COUNT(*) FROM record_versions WHERE record_id = ?"),
        Error::notFound(QCoreApplication::translate("karier::RecordService", "Riwayat tidak ditemukan.")),
        [](const SqlQuery& q) { return q.value(0).toInt(); }, recordId);
    if (!count)
        return count.error();
    const Version& last = versions->at(0);
    const Version& previous = versions->at(1);
    Resubmission resubmission;
    resubmission.changes = diff(type, previous.fields, last.fields, previous.sha256, last.sha256);
    resubmission.previousSubmittedAt = previous.at;
    resubmission.submittedAt = last.at;
    resubmission.submissions = count.value();
    return std::optional<Resubmission> {resubmission};
}

} // namespace RecordHistory

} // namespace karier
