// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace karier {

/// The three roles of domain.md.
enum class Role {
    Asn, ///< a civil servant: own records only
    Pengelola, ///< Pengelola Kepegawaian of one Perangkat Daerah (Induk Satker)
    Admin, ///< Admin / Verifikator BKPSDM
};

/// Stable code stored in the database and used on the command line: asn, pengelola, admin.
QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString& code);
/// Indonesian display name ("ASN", "Pengelola Kepegawaian", "Admin BKPSDM").
QString roleDisplayName(Role role);

} // namespace karier
