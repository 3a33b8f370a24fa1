// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QList>
#include <QStringList>
#include <optional>
#include <type_traits>
#include <utility>

namespace karier {

// Reading rows with one prepared statement: prepare \a sql, bind \a args in order (as SqlQuery::bindAll),
// run it, and hand each row to \a map (a function of const SqlQuery&, e.g. Organisation's employeeFrom).
// A statement that fails gives its error as SqlQuery::error() words it (Database::errorFrom).
//   return m_db->readValue([&](QSqlDatabase& c) {
//       return queryOne(c, QStringLiteral("SELECT ... FROM org_units WHERE code = ?"), unitFrom, code);
//   });

/// "?, ?, ?": \a count placeholders for "IN (…)" with bound values.
inline QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

/// What \a Map makes of a row.
template<typename Map> using RowOf = std::decay_t<std::invoke_result_t<Map&, const SqlQuery&>>;

/// The first row, std::nullopt when there is none.
template<typename Map, typename... Args>
Result<std::optional<RowOf<Map>>> queryOne(
    const QSqlDatabase& c, const QString& sql, Map&& map, const Args&... args)
{
    SqlQuery q(c, sql);
    q.bindAll(args...);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return std::optional<RowOf<Map>>();
    return std::optional<RowOf<Map>>(map(std::as_const(q)));
}

/// The first row of a row that must exist: \a notFound when there is none.
template<typename Map, typename... Args>
Result<RowOf<Map>> queryRequired(
    const QSqlDatabase& c, const QString& sql, const Error& notFound, Map&& map, const Args&... args)
{
    SqlQuery q(c, sql);
    q.bindAll(args...);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return notFound;
    return map(std::as_const(q));
}

/// Every row, in the statement's order.
template<typename Map, typename... Args>
Result<QList<RowOf<Map>>> queryAll(const QSqlDatabase& c, const QString& sql, Map&& map, const Args&... args)
{
    SqlQuery q(c, sql);
    q.bindAll(args...);
    if (!q.exec())
        return q.error();
    QList<RowOf<Map>> rows;
    while (q.next())
        rows.append(map(std::as_const(q)));
    return rows;
}

/// The first column of the row that \a sql always returns (a COUNT, a server function's answer, an
/// INSERT's RETURNING): a statement that fails, or returns no row after all, gives the statement's error.
template<typename... Args>
Result<QVariant> queryValue(const QSqlDatabase& c, const QString& sql, const Args&... args)
{
    SqlQuery q(c, sql);
    q.bindAll(args...);
    if (!q.exec() || !q.next())
        return q.error();
    return q.value(0);
}

} // namespace karier
