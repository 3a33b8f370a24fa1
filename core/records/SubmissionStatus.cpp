// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/SubmissionStatus.h"

#include <QCoreApplication>

namespace karier {

QString statusCode(SubmissionStatus status)
{
    switch (status) {
    case SubmissionStatus::Draf:
        return QStringLiteral("draf");
    case SubmissionStatus::Diajukan:
        return QStringLiteral("diajukan");
    case SubmissionStatus::Disetujui:
        return QStringLiteral("disetujui");
    case SubmissionStatus::PerluPerbaikan:
        return QStringLiteral("perlu_perbaikan");
    case SubmissionStatus::Ditolak:
        return QStringLiteral("ditolak");
    }
    return {};
}

std::optional<SubmissionStatus> statusFromCode(const QString& code)
{
    for (SubmissionStatus s : {SubmissionStatus::Draf, SubmissionStatus::Diajukan,
             SubmissionStatus::Disetujui, SubmissionStatus::PerluPerbaikan, SubmissionStatus::Ditolak}) {
        if (statusCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString statusDisplayName(SubmissionStatus status, StatusWording wording)
{
    switch (status) {
    case SubmissionStatus::Draf:
        return QCoreApplication::translate("karier::SubmissionStatus", "Draf");
    case SubmissionStatus::Diajukan:
        return wording == StatusWording::TimKerja
            ? QCoreApplication::translate("karier::SubmissionStatus", "Belum Disetujui")
            : QCoreApplication::translate("karier::SubmissionStatus", "Diajukan");
    case SubmissionStatus::Disetujui:
        return QCoreApplication::translate("karier::SubmissionStatus", "Disetujui");
    case SubmissionStatus::PerluPerbaikan:
        return wording == StatusWording::TimKerja
            ? QCoreApplication::translate("karier::SubmissionStatus", "Batal Disetujui")
            : QCoreApplication::translate("karier::SubmissionStatus", "Perlu Perbaikan");
    case SubmissionStatus::Ditolak:
        return QCoreApplication::translate("karier::SubmissionStatus", "Ditolak");
    }
    return {};
}

bool ownerMayEdit(SubmissionStatus status)
{
    return status == SubmissionStatus::Draf || status == SubmissionStatus::PerluPerbaikan;
}

bool canTransition(SubmissionStatus from, SubmissionStatus to)
{
    switch (from) {
    case SubmissionStatus::Draf:
    case SubmissionStatus::PerluPerbaikan:
        return to == SubmissionStatus::Diajukan || to == SubmissionStatus::Draf;
    case SubmissionStatus::Diajukan:
        return to == SubmissionStatus::Disetujui || to == SubmissionStatus::PerluPerbaikan
            || to == SubmissionStatus::Ditolak;
    case SubmissionStatus::Disetujui:
    case SubmissionStatus::Ditolak:
        return false;
    }
    return false;
}

} // namespace karier
