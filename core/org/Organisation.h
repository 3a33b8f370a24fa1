// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace karier {

/// A unit of the organisation tree: a Perangkat Daerah (Induk Satker, no parent) or a Satker under it.
/// The orders a list of employees may take (a fixed set: the ORDER BY is never built from input).
enum class EmployeeOrder { Nama, Nip, Jabatan, Unit, Jenis };

struct OrgUnit
{
    qint64 id = 0;
    QString code;
    QString name;
    qint64 parentId = 0; ///< 0 for an Induk Satker
    bool isInduk() const { return parentId == 0; }
};

struct Employee
{
    qint64 id = 0;
    QString nip; ///< 18 digits
    QString nama;
    QString gelarDepan;
    QString gelarBelakang;
    QString jabatan;
    qint64 unitId = 0;
    QString unitCode;
    QString unitName;
    qint64 indukUnitId = 0;
    QString indukUnitName;
    bool pppk = false;
    QDate tanggalLahir;
    int jenisKelamin = 1; ///< 1 laki-laki, 2 perempuan
    QDate tmt;
    int version = 0;

    /// "dr. Nama Lengkap, M.Kes." as written on Indonesian documents.
    QString displayName() const;
    /// The same from a name and titles as read from their columns (a query that reads no Employee).
    static QString displayName(const QString& name, const QString& titleBefore, const QString& titleAfter);
};

/// Reads and writes the organisation tree and the employees. Write functions take the
/// transaction's connection so callers can group them (Database::write).
class Organisation
{
    Q_DECLARE_TR_FUNCTIONS(karier::Organisation)

public:
    explicit Organisation(std::shared_ptr<Database> db);

    /// The active units, each Induk Satker followed by its Satker (what choosers offer; an inactive unit,
    /// UnitAdmin::setActive, stays readable by id and code for history).
    Result<QList<OrgUnit>> units() const;
    /// The active Induk Satker by name.
    Result<QList<OrgUnit>> indukUnits() const;
    Result<std::optional<OrgUnit>> unitByCode(const QString& code) const;
    /// Employees of one Perangkat Daerah (its own staff and its Satker), or of all when \a indukUnitId is 0.
    Result<int> employeeCount(qint64 indukUnitId = 0) const;
    Result<std::optional<Employee>> employeeByNip(const QString& nip) const;
    Result<std::optional<Employee>> employeeById(qint64 id) const;
    /// One page (\a offset, \a limit) of the employees whose NIP or name contains \a text (all when empty),
    /// of unit \a unitId (an Induk Satker with its Satker, or one Satker; 0 every unit) within the
    /// Perangkat Daerah \a scopeIndukId (0 all), in \a order (ties by name, then NIP); with how many match
    /// in all.
    Result<std::pair<QList<Employee>, int>> employeePage(const QString& text, qint64 unitId,
        qint64 scopeIndukId, int offset, int limit, EmployeeOrder order = EmployeeOrder::Nama,
        bool descending = false) const;
    /// Up to \a limit employees whose NIP or name contains \a text (all when empty), optionally of one
    /// Perangkat Daerah, ordered by name; the filtering happens in SQL.
    Result<QList<Employee>> searchEmployees(
        const QString& text, qint64 indukUnitId = 0, int limit = 200) const;
    /// Every employee ordered by NIP (exports), streamed; \a visit returns false to stop. The visitor must
    /// not use the database on this thread (PostgreSQL streams the rows over the same connection).
    Status forEachEmployee(const std::function<bool(const Employee&)>& visit) const;

    /// What an upsert did to the row.
    enum class Upserted { Inserted, Updated, Unchanged };

    /// Inserts or updates a unit by code; returns its id. Parents must exist (Induk first).
    /// A row inserted by another transaction meanwhile is updated as if it had been there (no error).
    static Result<qint64> upsertUnit(
        QSqlDatabase& c, const QString& code, const QString& name, const QString& parentCode);
    /// Inserts or updates an employee by NIP (unitId must be set); returns the id and sets \a outcome.
    /// A row inserted by another transaction meanwhile (two imports of one file at once) is compared and
    /// updated as if it had been there before: no unique-key error.
    static Result<qint64> upsertEmployee(
        QSqlDatabase& c, const Employee& employee, Upserted* outcome = nullptr);
    /// upsertEmployee for many employees in a bounded number of statements (chunks of 500: one read of
    /// the chunk's rows already there, one multi-row INSERT of the new ones, one multi-row UPDATE of the
    /// changed ones); \a outcomes gets what was done to each, in their order. A row that another
    /// transaction inserted after the read is compared with ours row by row (upsertEmployee), never inserted
    /// twice. The NIPs must differ from each other.
    static Status upsertEmployees(
        QSqlDatabase& c, const QList<Employee>& employees, QList<Upserted>& outcomes);
    /// Appends one entry to the append-only audit log.
    static Status audit(QSqlDatabase& c, const QString& actorNip, const QString& action,
        const QString& entity, const QString& entityId, const QString& fromState = {},
        const QString& toState = {}, const QString& note = {});
    /// One entry of auditMany: what audit() takes besides the actor.
    struct AuditEntry
    {
        QString action;
        QString entity;
        QString entityId;
        QString fromState;
        QString toState;
        QString note;
    };
    /// Appends \a entries (in their order, one actor and one moment) to the audit log in one statement:
    /// on PostgreSQL through the server's karier_audit_many (schema 14), which names the logged-in person
    /// and takes the server's clock as karier_audit does.
    static Status auditMany(QSqlDatabase& c, const QString& actorNip, const QList<AuditEntry>& entries);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace karier
