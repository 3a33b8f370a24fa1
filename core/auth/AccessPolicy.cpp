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

Status AccessPolicy::require(const Session& session, Permission permission)
{
    if (can(session, permission))
        return {};
    QString what;
    switch (permission) {
    case Permission::ViewOwnData:
    case Permission::EditOwnRecords:
        what = QStringLiteral("mengubah data ini");
        break;
    case Permission::ViewEmployees:
        what = QStringLiteral("melihat data pegawai lain");
        break;
    case Permission::VerifyTimKerja:
        what = QStringLiteral("memverifikasi Tim Kerja");
        break;
    case Permission::VerifyRiwayat:
        what = QStringLiteral("memverifikasi riwayat dan dokumen");
        break;
    case Permission::ManageAccounts:
        what = QStringLiteral("mengelola akun pengguna");
        break;
    case Permission::ManageEmployees:
        what = QStringLiteral("mengelola data pegawai");
        break;
    case Permission::ManageOrganisation:
        what = QStringLiteral("mengelola unit kerja");
        break;
    case Permission::ManageSharedSettings:
        what = QStringLiteral("mengubah pengaturan bersama");
        break;
    case Permission::BatchEntry:
        what = QStringLiteral("memasukkan data kolektif");
        break;
    }
    return Error::forbidden(
        QStringLiteral("Anda tidak berhak %1 (peran: %2).").arg(what, roleDisplayName(session.role)));
}

Status AccessPolicy::requireEmployee(const Session& session, const EmployeeScope& target)
{
    if (canAccessEmployee(session, target))
        return {};
    return Error::forbidden(QStringLiteral("Pegawai ini berada di luar Perangkat Daerah yang Anda kelola."));
}

} // namespace karier
