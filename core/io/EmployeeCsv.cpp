// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/EmployeeCsv.h"

#include "auth/AccessPolicy.h"
#include "common/Text.h"
#include "domain/Nip.h"
#include "io/Csv.h"
#include "org/Organisation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace karier {

namespace {

const QStringList Required = {QStringLiteral("nip"), QStringLiteral("nama"), QStringLiteral("kode_unit")};
const QStringList Optional = {QStringLiteral("gelar_depan"), QStringLiteral("gelar_belakang"),
    QStringLiteral("jabatan"), QStringLiteral("jenis_pegawai"), QStringLiteral("tanggal_lahir"),
    QStringLiteral("jenis_kelamin"), QStringLiteral("tmt"), QStringLiteral("nama_unit")};

QDate parseDate(const QString& text)
{
    const QString t = text.trimmed();
    for (const char* format : {"dd-MM-yyyy", "yyyy-MM-dd", "dd/MM/yyyy", "d-M-yyyy", "d/M/yyyy"}) {
        const QDate date = QDate::fromString(t, QLatin1String(format));
        if (date.isValid())
            return date;
    }
    return {};
}

QString cell(const QStringList& fields, const QHash<QString, int>& columns, const QString& name)
{
    const int index = columns.value(name, -1);
    if (index < 0 || index >= fields.size())
        return {};
    // Undo the export's protection against spreadsheet formulas and its ="NIP" cells.
    return Csv::cellText(fields.at(index));
}

/// Checks one row of the file (its width), then its cells as EmployeeCsv::check does.
QString validateRow(const QStringList& header, const QStringList& fields, const QHash<QString, int>& columns,
    const QDate& today, Employee& e)
{
    if (fields.size() != header.size())
        return QCoreApplication::translate("karier::EmployeeCsv", "jumlah kolom %1, seharusnya %2")
            .arg(fields.size())
            .arg(header.size());
    // Control characters and noncharacters are refused in every cell, the same on both dialects
    // (PostgreSQL cannot store NUL; SQLite took a leading U+FFFE for a byte-order mark).
    if (const QString problem = Text::rowProblem(header, fields); !problem.isEmpty())
        return problem;
    QHash<QString, QString> cells;
    for (auto column = columns.cbegin(); column != columns.cend(); ++column)
        cells.insert(column.key(), cell(fields, columns, column.key()));
    return EmployeeCsv::check(cells, today, e);
}

} // namespace

QString EmployeeCsv::check(const QHash<QString, QString>& cells, const QDate& today, Employee& e)
{
    // The same refused characters as in a file's cells, named by column (the form has no file to name).
    QStringList names;
    QStringList values;
    for (const QString& name : Required + Optional) {
        if (cells.contains(name)) {
            names << name;
            values << cells.value(name);
        }
    }
    if (const QString problem = Text::rowProblem(names, values); !problem.isEmpty())
        return problem;
    const auto field = [&cells](const QString& name) { return cells.value(name).trimmed(); };
    const auto nip = Nip::parse(field(QStringLiteral("nip")), today);
    if (!nip)
        return nip.error().message;
    e.nip = nip->digits();
    e.nama = field(QStringLiteral("nama"));
    if (e.nama.isEmpty())
        return QCoreApplication::translate("karier::EmployeeCsv", "nama kosong");
    if (e.nama.size() > 200)
        return QCoreApplication::translate("karier::EmployeeCsv", "nama lebih dari 200 karakter");
    e.unitCode = field(QStringLiteral("kode_unit"));
    if (e.unitCode.isEmpty())
        return QCoreApplication::translate("karier::EmployeeCsv", "kode_unit kosong");
    e.gelarDepan = field(QStringLiteral("gelar_depan"));
    e.gelarBelakang = field(QStringLiteral("gelar_belakang"));
    e.jabatan = field(QStringLiteral("jabatan"));
    e.pppk = nip->kind() == Nip::Kind::Pppk;
    e.tanggalLahir = nip->birthDate();
    e.jenisKelamin = nip->sex() == Nip::Sex::Female ? 2 : 1;
    e.tmt = nip->tmt();

    // Columns derived from the NIP must agree with it.
    const QString jenis = field(QStringLiteral("jenis_pegawai")).toUpper();
    if (!jenis.isEmpty() && jenis != (e.pppk ? QLatin1String("PPPK") : QLatin1String("PNS")))
        return QCoreApplication::translate("karier::EmployeeCsv", "jenis_pegawai %1 tidak sesuai NIP (%2)")
            .arg(jenis, e.pppk ? QStringLiteral("PPPK") : QStringLiteral("PNS"));
    const QString lahir = field(QStringLiteral("tanggal_lahir"));
    if (!lahir.isEmpty()) {
        const QDate date = parseDate(lahir);
        if (!date.isValid())
            return QCoreApplication::translate(
                "karier::EmployeeCsv", "tanggal_lahir \"%1\" bukan tanggal (gunakan dd-MM-yyyy)")
                .arg(lahir);
        if (date != e.tanggalLahir)
            return QCoreApplication::translate(
                "karier::EmployeeCsv", "tanggal_lahir %1 tidak sesuai NIP (%2)")
                .arg(lahir, e.tanggalLahir.toString(QStringLiteral("dd-MM-yyyy")));
    }
    const QString kelamin = field(QStringLiteral("jenis_kelamin")).toUpper();
    if (!kelamin.isEmpty()) {
        int sex = 0;
        if (kelamin == QLatin1String("1") || kelamin == QLatin1String("L")
            || kelamin == QLatin1String("LAKI-LAKI"))
            sex = 1;
        else if (kelamin == QLatin1String("2") || kelamin == QLatin1String("P")
            || kelamin == QLatin1String("PEREMPUAN"))
            sex = 2;
        if (sex == 0)
            return QCoreApplication::translate(
                "karier::EmployeeCsv", "jenis_kelamin \"%1\" tidak dikenal (L/P)")
                .arg(kelamin);
        if (sex != e.jenisKelamin)
            return QCoreApplication::translate("karier::EmployeeCsv", "jenis_kelamin %1 tidak sesuai NIP")
                .arg(kelamin);
    }
    const QString tmt = field(QStringLiteral("tmt"));
    if (!tmt.isEmpty()) {
        const QDate date = parseDate(tmt);
        if (!date.isValid())
            return QCoreApplication::translate(
                "karier::EmployeeCsv", "tmt \"%1\" bukan tanggal (gunakan dd-MM-yyyy)")
                .arg(tmt);
        const bool matches = e.pppk ? date.year() == e.tmt.year()
                                    : (date.year() == e.tmt.year() && date.month() == e.tmt.month());
        if (!matches)
            return QCoreApplication::translate("karier::EmployeeCsv", "tmt %1 tidak sesuai NIP").arg(tmt);
        if (date > today)
            return QCoreApplication::translate("karier::EmployeeCsv", "tmt %1 di masa depan").arg(tmt);
        e.tmt = date;
    }
    return {};
}

QStringList EmployeeCsv::exportColumns()
{
    return {QStringLiteral("nip"), QStringLiteral("nama"), QStringLiteral("gelar_depan"),
        QStringLiteral("gelar_belakang"), QStringLiteral("jabatan"), QStringLiteral("kode_unit"),
        QStringLiteral("nama_unit"), QStringLiteral("jenis_pegawai"), QStringLiteral("tanggal_lahir"),
        QStringLiteral("jenis_kelamin"), QStringLiteral("tmt")};
}

Result<EmployeeCsv::Report> EmployeeCsv::import(
    const std::shared_ptr<Database>& db, const Session* actor, const QByteArray& csv, const QDate& today)
{
    if (auto allowed = AccessPolicy::requireUnlessSystem(actor, Permission::ManageEmployees); !allowed)
        return allowed.error();
    auto table = Csv::parse(csv);
    if (!table)
        return table.error();

    QHash<QString, int> columns;
    QStringList unknown;
    for (int i = 0; i < table->header.size(); ++i) {
        const QString name = table->header.at(i).toLower();
        if (!Required.contains(name) && !Optional.contains(name))
            unknown << table->header.at(i);
        else if (columns.contains(name))
            return Error::invalid(tr("Kolom \"%1\" muncul dua kali di baris judul.").arg(name));
        columns.insert(name, i);
    }
    QStringList missing;
    for (const QString& name : Required) {
        if (!columns.contains(name))
            missing << name;
    }
    if (!missing.isEmpty() || !unknown.isEmpty()) {
        QStringList problems;
        if (!missing.isEmpty())
            problems << tr("kolom wajib tidak ada: %1").arg(missing.join(QStringLiteral(", ")));
        if (!unknown.isEmpty())
            problems << tr("kolom tidak dikenal: %1").arg(unknown.join(QStringLiteral(", ")));
        return Error::invalid(
            tr("Kolom CSV tidak sesuai (%1). Baris judul yang diharapkan: %2.")
                .arg(problems.join(QStringLiteral("; ")), exportColumns().join(QLatin1Char(','))));
    }

    Report report;
    QList<Employee> valid;
    QList<int> validLines;
    QHash<QString, int> seen;
    for (const Csv::Row& row : table->rows) {
        Employee e;
        const QString problem = validateRow(table->header, row.fields, columns, today, e);
        if (!problem.isEmpty()) {
            report.errors << tr("baris %1: %2").arg(row.line).arg(problem);
            continue;
        }
        if (seen.contains(e.nip)) {
            report.errors << tr("baris %1: NIP %2 sudah ada di baris %3")
                                 .arg(row.line)
                                 .arg(e.nip)
                                 .arg(seen.value(e.nip));
            continue;
        }
        seen.insert(e.nip, row.line);
        valid << e;
        validLines << row.line;
    }

    const Status status = db->write([&](QSqlDatabase& c) -> Status {
        QHash<QString, qint64> units;
        QSet<QString> inactive; // kept for history, no longer a place for anyone (UnitAdmin::setActive)
        SqlQuery unitQuery(c, QStringLiteral("SELECT code, id, active FROM org_units"));
        if (!unitQuery.exec())
            return unitQuery.error();
        while (unitQuery.next()) {
            units.insert(unitQuery.value(0).toString(), unitQuery.value(1).toLongLong());
            if (!unitQuery.value(2).toBool())
                inactive.insert(unitQuery.value(0).toString());
        }
        QList<Employee> accepted;
        for (int i = 0; i < valid.size(); ++i) {
            Employee& e = valid[i];
            e.unitId = units.value(e.unitCode, 0);
            if (e.unitId == 0) {
                report.errors
                    << tr("baris %1: kode_unit \"%2\" tidak dikenal").arg(validLines.at(i)).arg(e.unitCode);
                continue;
            }
            if (inactive.contains(e.unitCode)) {
                report.errors
                    << tr("baris %1: unit \"%2\" tidak aktif").arg(validLines.at(i)).arg(e.unitCode);
                continue;
            }
            accepted << e;
        }
        // Set-based (a bounded number of statements per 500 rows: on a LAN every statement is a round
        // trip). Counted row by row from what was done to each: a row another import inserted meanwhile (the
        // same file run twice at once on PostgreSQL) is compared with ours, not inserted twice.
        QList<Organisation::Upserted> outcomes;
        if (auto upserted = Organisation::upsertEmployees(c, accepted, outcomes); !upserted)
            return upserted;
        for (const Organisation::Upserted outcome : std::as_const(outcomes)) {
            switch (outcome) {
            case Organisation::Upserted::Inserted:
                ++report.inserted;
                break;
            case Organisation::Upserted::Updated:
                ++report.updated;
                break;
            case Organisation::Upserted::Unchanged:
                ++report.unchanged;
                break;
            }
        }
        return Organisation::audit(c, actor ? actor->nip : QString(), QStringLiteral("impor-pegawai"),
            QStringLiteral("pegawai"), {}, {}, {},
            QStringLiteral("%1 baru, %2 diperbarui, %3 ditolak")
                .arg(report.inserted)
                .arg(report.updated)
                .arg(report.errors.size()));
    });
    if (!status)
        return status.error();
    std::sort(report.errors.begin(), report.errors.end(), [](const QString& a, const QString& b) {
        return a.section(QLatin1Char(' '), 1, 1).remove(QLatin1Char(':')).toInt()
            < b.section(QLatin1Char(' '), 1, 1).remove(QLatin1Char(':')).toInt();
    });
    return report;
}

Result<int> EmployeeCsv::exportTo(const std::shared_ptr<Database>& db, const Session* actor, QIODevice& out)
{
    if (auto allowed = AccessPolicy::requireUnlessSystem(actor, Permission::ManageEmployees); !allowed)
        return allowed.error();
    int count = 0;
    if (out.write(Csv::formatRow(exportColumns())) < 0)
        return Error::invalid(tr("File tujuan tidak dapat ditulis: %1").arg(out.errorString()));
    bool writeFailed = false;
    const Status status = Organisation(db).forEachEmployee([&](const Employee& e) {
        // The NIP as ="…": a spreadsheet would otherwise round 18 digits to 15 (see Csv::digitsAsText).
        const QStringList fields = {Csv::digitsAsText(e.nip), e.nama, e.gelarDepan, e.gelarBelakang,
            e.jabatan, e.unitCode, e.unitName, e.pppk ? QStringLiteral("PPPK") : QStringLiteral("PNS"),
            e.tanggalLahir.toString(QStringLiteral("dd-MM-yyyy")),
            e.jenisKelamin == 2 ? QStringLiteral("P") : QStringLiteral("L"),
            e.tmt.toString(QStringLiteral("dd-MM-yyyy"))};
        if (out.write(Csv::formatRow(fields)) < 0) {
            writeFailed = true;
            return false;
        }
        ++count;
        return true;
    });
    if (!status)
        return status.error();
    if (writeFailed)
        return Error::invalid(tr("File tujuan tidak dapat ditulis: %1").arg(out.errorString()));
    return count;
}

} // namespace karier
