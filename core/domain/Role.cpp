// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Role.h"

#include <QCoreApplication>

namespace karier {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Asn:
        return QStringLiteral("asn");
    case Role::Pengelola:
        return QStringLiteral("pengelola");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString& code)
{
    for (const Role role : {Role::Asn, Role::Pengelola, Role::Admin}) {
        if (code.compare(roleCode(role), Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Asn:
        return QCoreApplication::translate("karier::Role", "ASN");
    case Role::Pengelola:
        return QCoreApplication::translate("karier::Role", "Pengelola Kepegawaian");
    case Role::Admin:
        return QCoreApplication::translate("karier::Role", "Admin BKPSDM");
    }
    return {};
}

} // namespace karier
