// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

namespace karier {

/// One unit of the tree as the Unit Kerja page shows it: active or not, with its employees counted in SQL.
struct UnitNode
{
    qint64 id = 0;
    QString code;
    QString name;
    qint64 parentId = 0; ///< 0 for an Induk Satker
    bool active = true;
    int version = 0;
    int ownEmployees = 0; ///< employees whose unit is this one
    int totalEmployees = 0; ///< an Induk Satker: its own and its Satker's; a Satker: its own
    int activeSatker = 0; ///< an Induk Satker's active Satker
    bool isInduk() const { return parentId == 0; }
};

/// An account that manages an Induk Satker (role pengelola, managed_unit_id = the unit).
struct UnitPengelola
{
    qint64 accountId = 0;
    QString nip;
    QString name; ///< with titles
    bool active = true;
};

/// The Admin's changes to the organisation tree (Induk Satker → Satker): add, rename, move a Satker,
/// deactivate and reactivate. Every rule is checked here for every caller: Admin only
/// (Permission::ManageOrganisation), codes unique, two levels, optimistic version check, a unit with
/// employees (an Induk also with active Satker or an active Pengelola) stays active. Each change is one
/// transaction with its audit entry (the Admin as actor). On PostgreSQL the server holds the same
/// structural rules against raw SQL (resources/sql/postgres-units.sql, migration 10).
class UnitAdmin
{
    Q_DECLARE_TR_FUNCTIONS(karier::UnitAdmin)

public:
    explicit UnitAdmin(std::shared_ptr<Database> db);

    /// Every unit, active or not: each Induk Satker by name followed by its Satker by name.
    Result<QList<UnitNode>> tree(const Session& actor) const;
    /// The Pengelola Kepegawaian of the Induk Satker \a indukId, by name.
    Result<QList<UnitPengelola>> pengelola(const Session& actor, qint64 indukId) const;

    /// Adds an Induk Satker (\a parentId 0) or a Satker under the active Induk Satker \a parentId.
    Result<qint64> add(const Session& actor, const QString& code, const QString& name, qint64 parentId);
    Status rename(const Session& actor, qint64 id, int version, const QString& name);
    /// Moves the Satker \a id under another active Induk Satker.
    Status move(const Session& actor, qint64 id, int version, qint64 newParentId);
    /// Deactivates (a unit without employees; an Induk Satker also without active Satker and active
    /// Pengelola) or reactivates (a Satker only under an active Induk Satker) the unit \a id.
    Status setActive(const Session& actor, qint64 id, int version, bool active);

    /// The checks of a code and a name, for the dialog to show before sending (empty when fine).
    static QString codeProblem(const QString& code);
    static QString nameProblem(const QString& name);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace karier
