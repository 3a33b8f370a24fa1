// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/AccessPolicy.h"

namespace karier {

bool AccessPolicy::can(const Session& session, Permission permission)
{
    if (session.accountId <= 0)
        return false;
    switch (permission) {
    case Permission::ViewOwnData:
    case Permission::EditOwnRecords:
        return true;
    case Permission::ViewEmployees:
    case Permission::VerifyTimKerja:
        return session.role == Role::Admin || (session.role == Role::Pengelola && session.managedUnitId > 0);
    case Permission::VerifyRiwayat:
    case Permission::ManageAccounts:
    case Permission::ManageEmployees:
    case Permission::ManageOrganisation:
    case Permission::ManageSharedSettings:
    case Permission::BatchEntry:
        return session.role == Role::Admin;
    }
    return false;
}

bool AccessPolicy::canReadRecord(const Session& session, const EmployeeScope& target, const QString& typeCode)
{
    if (!canAccessEmployee(session, target))
        return false;
    return session.role != Role::Pengelola || target.employeeId == session.employeeId
        || typeCode == QLatin1String("timkerja");
}

bool AccessPolicy::canAccessEmployee(const Session& session, const EmployeeScope& target)
{
    if (session.accountId <= 0)
        return false;
    switch (session.role) {
    case Role::Admin:
        return true;
    case Role::Pengelola:
        return target.employeeId == session.employeeId
            || (session.managedUnitId > 0 && target.indukUnitId == session.managedUnitId);
    case Role::Asn:
        return target.employeeId == session.employeeId;
    }
    return false;
}

bool AccessPolicy::mayDecideFor(const Session& session, qint64 ownerEmployeeId)
{
    return session.employeeId <= 0 || ownerEmployeeId != session.employeeId;
}

Status AccessPolicy::requireUnlessSystem(const Session* actor, Permission permission)
{
    return actor ? require(*actor, permission) : Status();
}

Status AccessPolicy::require(const Session& session, Permission permission)
{
    if (can(session, permission))
        return {};
    QString what;
    switch (permission) {
    case Permission::ViewOwnData:
    case Permission::EditOwnRecords:
        what = tr("mengubah data ini");
        break;
    case Permission::ViewEmployees:
        what = tr("melihat data pegawai lain");
        break;
    case Permission::VerifyTimKerja:
        what = tr("memverifikasi Tim Kerja");
        break;
    case Permission::VerifyRiwayat:
        what = tr("memverifikasi riwayat dan dokumen");
        break;
    case Permission::ManageAccounts:
        what = tr("mengelola akun pengguna");
        break;
    case Permission::ManageEmployees:
        what = tr("mengelola data pegawai");
        break;
    case Permission::ManageOrganisation:
        what = tr("mengelola unit kerja");
        break;
    case Permission::ManageSharedSettings:
        what = tr("mengubah pengaturan bersama");
        break;
    case Permission::BatchEntry:
        what = tr("memasukkan data kolektif");
        break;
    }
    return Error::forbidden(tr("Anda tidak berhak %1 (peran: %2).").arg(what, roleDisplayName(session.role)));
}

Status AccessPolicy::requireEmployee(const Session& session, const EmployeeScope& target)
{
    if (canAccessEmployee(session, target))
        return {};
    return Error::forbidden(tr("Pegawai ini berada di luar Perangkat Daerah yang Anda kelola."));
}

} // namespace karier
