// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Role.h"

#include <QString>

namespace karier {

/// Who is logged in. Created only by AuthService after a complete login (password and, where
/// required, the one-time code); every core service takes it and asks AccessPolicy.
struct Session
{
    qint64 accountId = 0;
    qint64 employeeId = 0;
    QString nip;
    QString displayName; ///< name with titles, e.g. "Rina Wulandari, S.Kom."
    Role role = Role::Asn;
    qint64 unitId = 0; ///< the employee's own unit (Satker or Induk Satker)
    qint64 indukUnitId = 0; ///< the Perangkat Daerah (Induk Satker) of unitId
    QString unitName;
    qint64 managedUnitId = 0; ///< Pengelola only: the Induk Satker they manage
    QString managedUnitName;
    bool otpEnabled = false;
    bool mustChangePassword = false; ///< a temporary password: to be changed before anything else
};

} // namespace karier
