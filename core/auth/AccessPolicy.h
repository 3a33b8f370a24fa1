// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace karier {

/// What someone wants to do; AccessPolicy answers for every core service.
enum class Permission {
    ViewOwnData, ///< own profile, own riwayat
    EditOwnRecords, ///< enter and submit own records
    ViewEmployees, ///< lists of other employees (scoped, see canAccessEmployee)
    VerifyTimKerja, ///< Pengelola (own Perangkat Daerah) and Admin
    VerifyRiwayat, ///< Kursus, Sertifikasi, Penghargaan, DMS: Admin only
    ManageAccounts, ///< create accounts, reset one-time codes
    ManageEmployees, ///< import/export employees
    ManageOrganisation, ///< units
    ManageSharedSettings, ///< settings stored in the database
    BatchEntry, ///< one decree for many employees
};

/// The target of an access check on another employee: who they are and where they work.
struct EmployeeScope
{
    qint64 employeeId = 0;
    qint64 indukUnitId = 0; ///< the employee's Perangkat Daerah
};

class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(karier::AccessPolicy)

public:
    static bool can(const Session& session, Permission permission);
    /// May \a session see (and, with the matching permission, decide on) this employee's data?
    /// ASN: only themselves; Pengelola: staff of the Perangkat Daerah they manage; Admin: everyone.
    static bool canAccessEmployee(const Session& session, const EmployeeScope& target);
    /// May \a session read a record of type \a typeCode (and its document) of this employee? Their own;
    /// an Admin any; a Pengelola only the Tim Kerja of the staff they manage, which is what they verify
    /// (the shared server's rules are the same).
    static bool canReadRecord(const Session& session, const EmployeeScope& target, const QString& typeCode);
    /// May \a session decide on (approve, return, reject) or grant an approved record to the employee
    /// \a ownerEmployeeId? Nobody decides on their own records: not in Verifikasi, not by batch entry.
    static bool mayDecideFor(const Session& session, qint64 ownerEmployeeId);

    /// Same as above, as a Status with an Indonesian message for the UI and the CLI.
    static Status require(const Session& session, Permission permission);
    static Status requireEmployee(const Session& session, const EmployeeScope& target);
    /// require() for a function whose \a actor may be null: the system itself (karier-cli, the first run,
    /// demo data), which may do anything.
    static Status requireUnlessSystem(const Session* actor, Permission permission);
};

} // namespace karier
