// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace karier {

/// One status machine for every record type:
///   Draf → Diajukan → Disetujui | Perlu Perbaikan (note required) | Ditolak (reason required)
///   Perlu Perbaikan → Diajukan (fixed and resubmitted)
/// The owner edits only in Draf and Perlu Perbaikan.
enum class SubmissionStatus { Draf, Diajukan, Disetujui, PerluPerbaikan, Ditolak };

/// Where a status is shown: Tim Kerja uses the manual's words ("Belum Disetujui", "Batal Disetujui").
enum class StatusWording { Riwayat, TimKerja };

QString statusCode(SubmissionStatus status); ///< stored: draf, diajukan, disetujui, perlu_perbaikan, ditolak
std::optional<SubmissionStatus> statusFromCode(const QString& code);
QString statusDisplayName(SubmissionStatus status, StatusWording wording = StatusWording::Riwayat);
bool ownerMayEdit(SubmissionStatus status);
bool canTransition(SubmissionStatus from, SubmissionStatus to);

} // namespace karier
