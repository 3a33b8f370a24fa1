// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QIODevice>
#include <QStringList>
#include <memory>

namespace karier {

struct Employee;

/// Import and export of employees as CSV (UTF-8, header row).
///
/// Columns: nip, nama, kode_unit (required); gelar_depan, gelar_belakang, jabatan (optional);
/// jenis_pegawai, tanggal_lahir, jenis_kelamin, tmt (optional, checked against the NIP);
/// nama_unit (ignored, written by the export for people reading the file).
class EmployeeCsv
{
    Q_DECLARE_TR_FUNCTIONS(karier::EmployeeCsv)

public:
    struct Report
    {
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        QStringList errors; ///< "baris N: alasan", one per refused row
        bool allAccepted() const { return errors.isEmpty(); }
    };

    static QStringList exportColumns();

    /// The checks of one employee, by column name as in the file (nip, nama, kode_unit required; the
    /// optional columns checked against the NIP): the import's for each row and the Pegawai page's for
    /// its form. Empty on success, and then \a e is filled (unitCode set, unitId not yet); otherwise
    /// why, in Indonesian.
    static QString check(const QHash<QString, QString>& cells, const QDate& today, Employee& e);

    /// Valid rows are written in one transaction (updating by NIP); refused rows are listed.
    /// A file with wrong columns or a bad encoding is refused as a whole and nothing is written.
    /// \a actor null means the system (karier-cli); otherwise an Admin BKPSDM.
    static Result<Report> import(const std::shared_ptr<Database>& db, const Session* actor,
        const QByteArray& csv, const QDate& today = QDate::currentDate());
    /// Writes every employee, ordered by NIP. Returns how many.
    static Result<int> exportTo(const std::shared_ptr<Database>& db, const Session* actor, QIODevice& out);
};

} // namespace karier
