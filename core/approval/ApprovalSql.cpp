// SPDX-License-Identifier: GPL-3.0-or-later
#include "approval/ApprovalSql.h"

#include "org/Organisation.h"
#include "storage/SqlValues.h"

#include <QRegularExpression>

namespace karier::approvalsql {

const char* const RowColumns
    = "r.id, r.employee_id, r.record_type, r.status, r.version, e.nip, e.nama, e.gelar_depan, "
      "e.gelar_belakang, u.name, COALESCE(p.name, u.name), r.title, r.number, r.start_date, r.end_date, "
      "r.hours, r.fields, r.link_url, r.link_status, r.submitted_at, r.decided_at, r.decided_by_nip, "
      "dn.nama, dn.gelar_depan, dn.gelar_belakang, r.note, COALESCE(r.document_id, 0), d.sharpness, "
      "(SELECT COUNT(*) FROM record_versions v WHERE v.record_id = r.id)";

const char* const RowJoins
    = " FROM records r JOIN employees e ON e.id = r.employee_id JOIN org_units u ON u.id = e.unit_id"
      " LEFT JOIN org_units p ON p.id = u.parent_id LEFT JOIN employees dn ON dn.nip = r.decided_by_nip"
      " LEFT JOIN documents d ON d.id = r.document_id";

QString nameWithTitles(const QVariant& nama, const QVariant& depan, const QVariant& belakang)
{
    return nama.toString().isEmpty()
        ? QString()
        : Employee::displayName(nama.toString(), depan.toString(), belakang.toString());
}

ApprovalRow rowFrom(const SqlQuery& q)
{
    ApprovalRow row;
    row.id = q.value(0).toLongLong();
    row.employeeId = q.value(1).toLongLong();
    row.typeCode = q.value(2).toString();
    row.status = statusFromCode(q.value(3).toString()).value_or(SubmissionStatus::Diajukan);
    row.version = q.value(4).toInt();
    row.nip = q.value(5).toString();
    row.nama = nameWithTitles(q.value(6), q.value(7), q.value(8));
    row.unitName = q.value(9).toString();
    row.indukUnitName = q.value(10).toString();
    row.title = q.value(11).toString();
    row.number = q.value(12).toString();
    row.startDate = sqlDate(q.value(13));
    row.endDate = sqlDate(q.value(14));
    row.hours = q.value(15).toInt();
    if (const RecordType* type = RecordTypes::byCode(row.typeCode))
        row.values = type->fromJson(q.value(16).toString());
    row.linkUrl = q.value(17).toString();
    row.linkStatus = linkStatusFromCode(q.value(18).toString()).value_or(LinkStatus::NotChecked);
    row.submittedAt = sqlDateTime(q.value(19));
    row.decidedAt = sqlDateTime(q.value(20));
    row.decidedByNip = q.value(21).toString();
    row.decidedByName = nameWithTitles(q.value(22), q.value(23), q.value(24));
    row.note = q.value(25).toString();
    row.documentId = q.value(26).toLongLong();
    row.sharpness = q.value(27).isNull() ? -1.0 : q.value(27).toDouble();
    row.submissions = q.value(28).toInt();
    return row;
}

namespace {

QStringList statusCodesFor(ApprovalStatusFilter filter)
{
    switch (filter) {
    case ApprovalStatusFilter::Usulan:
        return {statusCode(SubmissionStatus::Diajukan)};
    case ApprovalStatusFilter::Disetujui:
        return {statusCode(SubmissionStatus::Disetujui)};
    case ApprovalStatusFilter::Dikembalikan:
        return {statusCode(SubmissionStatus::PerluPerbaikan)};
    case ApprovalStatusFilter::Ditolak:
        return {statusCode(SubmissionStatus::Ditolak)};
    case ApprovalStatusFilter::Semua:
        break;
    }
    return {statusCode(SubmissionStatus::Diajukan), statusCode(SubmissionStatus::Disetujui),
        statusCode(SubmissionStatus::PerluPerbaikan), statusCode(SubmissionStatus::Ditolak)};
}

QString marks(qsizetype count)
{
    QStringList list;
    for (qsizetype i = 0; i < count; ++i)
        list << QStringLiteral("?");
    return list.join(QStringLiteral(", "));
}

QString orderBy(ApprovalColumn column, bool ascending)
{
    const char* expression = "r.submitted_at";
    switch (column) {
    case ApprovalColumn::TanggalSk:
        expression = "r.start_date";
        break;
    case ApprovalColumn::Nip:
        expression = "e.nip";
        break;
    case ApprovalColumn::Nama:
        expression = "e.nama";
        break;
    case ApprovalColumn::Judul:
        expression = "r.title";
        break;
    case ApprovalColumn::Jenis:
        expression = "r.record_type";
        break;
    case ApprovalColumn::Unit:
        expression = "u.name";
        break;
    case ApprovalColumn::Status:
        expression = "r.status";
        break;
    case ApprovalColumn::Diajukan:
        expression = "r.submitted_at";
        break;
    }
    return QStringLiteral(" ORDER BY %1 %2, r.id %2")
        .arg(QLatin1String(expression), ascending ? QStringLiteral("ASC") : QStringLiteral("DESC"));
}

} // namespace

/// The scope of the session and the filters of \a query as one WHERE clause.
Where whereFor(const Session& session, const ApprovalQuery& query, bool searchAsFilter)
{
    Where where;
    const QStringList allowed = ApprovalService::verifiableTypes(session);
    QStringList types;
    for (const QString& code : query.typeCodes.isEmpty() ? allowed : query.typeCodes) {
        if (allowed.contains(code) && !types.contains(code))
            types << code;
    }
    if (types.isEmpty()) {
        where.empty = true;
        return where;
    }
    const QStringList statuses = statusCodesFor(query.status);
    where.sql = QStringLiteral(" WHERE r.status IN (") + marks(statuses.size())
        + QStringLiteral(") AND r.record_type IN (") + marks(types.size()) + QLatin1Char(')');
    for (const QString& s : statuses)
        where.binds << s;
    for (const QString& t : types)
        where.binds << t;

    const qint64 induk = session.role == Role::Admin ? query.indukUnitId : session.managedUnitId;
    if (induk > 0) {
        where.sql
            += QStringLiteral(" AND e.unit_id IN (SELECT id FROM org_units WHERE id = ? OR parent_id = ?)");
        where.binds << induk << induk;
    }
    if (query.unitId > 0) {
        where.sql += QStringLiteral(" AND e.unit_id = ?");
        where.binds << query.unitId;
    }
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        QString digits = search;
        digits.remove(spaces);
        static const QRegularExpression allDigits(QStringLiteral("^[0-9]+$"));
        // As a set of employees: SQLite then walks the queue index in order and tests membership,
        // instead of joining every waiting submission to its employee. PostgreSQL turns a top-level
        // IN into a join and, unable to estimate a policy-filtered LIKE '%…%', starts from the
        // employees: fine for a few, 60 ms for "197" (3,000 employees, 20,000 submissions). Inside an
        // OR the IN stays a subplan, hashed once, and the queue is walked in order until the page is
        // full (PostgreSQL folds the FALSE away after it has decided).
        const QString membership = searchAsFilter ? QStringLiteral(" AND (r.employee_id IN (%1) OR FALSE)")
                                                  : QStringLiteral(" AND r.employee_id IN (%1)");
        if (allDigits.match(digits).hasMatch()) {
            where.sql += membership.arg(QStringLiteral("SELECT id FROM employees WHERE nip LIKE ?"));
            where.binds << QString(QLatin1Char('%') + digits + QLatin1Char('%'));
        } else {
            where.sql += membership.arg(
                QStringLiteral("SELECT id FROM employees WHERE LOWER(nama) LIKE ? ESCAPE '\\'"));
            where.binds << containsPattern(search.simplified());
        }
    }
    if (query.submittedFrom.isValid()) {
        where.sql += QStringLiteral(" AND r.submitted_at >= ?");
        where.binds << QDateTime(query.submittedFrom, QTime(0, 0)).toUTC();
    }
    if (query.submittedTo.isValid()) {
        where.sql += QStringLiteral(" AND r.submitted_at < ?");
        where.binds << QDateTime(query.submittedTo.addDays(1), QTime(0, 0)).toUTC();
    }
    return where;
}

/// The page query: the ids of the page first, from the narrow columns the filters and the sort need
/// (records_console_queue covers the default order), then every shown column for those ids only.
/// Joining and sorting the wide rows of every match made a page of the whole queue take ~300 ms.
/// Binds: where.binds, then LIMIT and OFFSET.
QString pageStatement(const Where& where, const ApprovalQuery& query)
{
    const QString order = orderBy(query.sortColumn, query.ascending);
    const QString unitJoin = query.sortColumn == ApprovalColumn::Unit
        ? QStringLiteral(" JOIN org_units u ON u.id = e.unit_id")
        : QString();
    // The list needs neither the fields of riwayat rows (only Tim Kerja shows them as columns) nor the
    // documents' sharpness (the side panel reads both): less to hand over per row.
    static const QString listColumns = QString::fromLatin1(RowColumns)
                                           .replace(QLatin1String("r.fields"),
                                               QLatin1String("CASE WHEN r.record_type = 'timkerja' THEN "
                                                             "r.fields END"))
                                           .replace(QLatin1String("d.sharpness"), QLatin1String("NULL"));
    static const QString listJoins = QString::fromLatin1(RowJoins).remove(
        QLatin1String(" LEFT JOIN documents d ON d.id = r.document_id"));
    // The page's ids as a derived table joined to the rows (not "WHERE r.id IN (…)"): with PostgreSQL's
    // row-level security the planner cannot tell how many rows a policy passes and, for IN, hashed all
    // 100,000 records against the 50 ids (120 ms for an Admin's first page instead of 1 ms).
    static const QString pageJoins = QString(listJoins).replace(
        QLatin1String(" FROM records r "), QLatin1String(" JOIN records r ON r.id = page.id "));
    return QStringLiteral("SELECT ") + listColumns
        + QStringLiteral(" FROM (SELECT r.id FROM records r JOIN employees e ON e.id = r.employee_id")
        + unitJoin + where.sql + order + QStringLiteral(" LIMIT ? OFFSET ?) page") + pageJoins + order;
}

void bindAllOf(SqlQuery& q, const QVariantList& values)
{
    for (const QVariant& v : values)
        q.bind(v);
}

} // namespace karier::approvalsql
