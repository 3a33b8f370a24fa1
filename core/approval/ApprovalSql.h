// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The verifier console's SQL, shared by the ApprovalService's functions and no other file: the columns
// of a row and how they are read, the filters and the scope as one WHERE clause, and the page statement.

#include "approval/ApprovalService.h"

namespace karier::approvalsql {

/// The columns of an ApprovalRow (rowFrom reads them in this order) and the joins they need.
extern const char* const RowColumns;
extern const char* const RowJoins;

/// "dr. Nama, M.Kes." from the three columns; empty when there is no name (no such employee).
QString nameWithTitles(const QVariant& nama, const QVariant& depan, const QVariant& belakang);
ApprovalRow rowFrom(const SqlQuery& q);

struct Where
{
    QString sql;
    QVariantList binds;
    bool empty = false; ///< nothing can match (e.g. no type the session may verify)
};

/// The scope of the session and the filters of \a query as one WHERE clause. \a searchAsFilter: the
/// search's employees as a test of each row (PostgreSQL hashes them once and walks the queue in its
/// order) instead of a set the rows are joined from; for a search that matches many submissions.
Where whereFor(const Session& session, const ApprovalQuery& query, bool searchAsFilter = false);
/// The page query: the ids of the page first, then every shown column for those ids only.
/// Binds: where.binds, then LIMIT and OFFSET.
QString pageStatement(const Where& where, const ApprovalQuery& query);
void bindAllOf(SqlQuery& q, const QVariantList& values);

} // namespace karier::approvalsql
