// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "dms/DmsScore.h"
#include "domain/Nip.h"
#include "org/Organisation.h"
#include "records/RecordService.h"
#include "records/SubmissionStatus.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <memory>
#include <optional>

namespace karier {

/// What the Pegawai page lists: text found in the NIP or the name, one unit (an Induk Satker with its
/// Satker, or one Satker), a page.
struct EmployeeQuery
{
    QString search;
    qint64 unitId = 0; ///< 0: every unit in scope
    EmployeeOrder order = EmployeeOrder::Nama;
    bool descending = false;
    int offset = 0;
    int limit = 25;
};

struct EmployeePage
{
    QList<Employee> employees;
    int offset = 0;
    int total = 0;
};

/// One of the employee's records as the detail lists it.
struct EmployeeRecordRow
{
    qint64 id = 0;
    QString typeCode;
    QString title;
    SubmissionStatus status = SubmissionStatus::Diajukan;
    QDate startDate;
};

/// Everything the Pegawai page's detail shows of one employee.
struct EmployeeDetail
{
    Employee employee;
    std::optional<Nip> nip; ///< the stored NIP read as a NIP (empty when it is not a valid one)
    QString nipProblem; ///< why it is not
    /// Where the stored fields disagree with what the NIP says ("Tanggal lahir 01-02-1980, menurut NIP …").
    QStringList mismatches;
    DmsScore dmsScore; ///< from the archive rows as they are now
    std::optional<JpSummary> jp; ///< none when the viewer may not read the employee's Kursus (a Pengelola)
    QList<EmployeeRecordRow> records; ///< submitted records the viewer may read, newest first
    bool recordsLimited = false; ///< a Pengelola sees Tim Kerja only
};

/// The form of the Pegawai page: a new employee (id 0) or a change of one as read (id, version).
struct EmployeeInput
{
    qint64 id = 0;
    int version = 0;
    QString nip;
    QString nama;
    QString gelarDepan;
    QString gelarBelakang;
    QString jabatan;
    qint64 unitId = 0;
    QString tmt; ///< optional, as typed (dd-MM-yyyy); must agree with the NIP
};

/// The Pegawai page's rules: the list (search, unit, paging in SQL) and detail for an Admin BKPSDM
/// (everyone) and a Pengelola (their Perangkat Daerah, read-only); adding, changing and moving an employee
/// for an Admin only, with the CSV import's checks (EmployeeCsv::check), an optimistic version check and
/// an audit entry in the same transaction. On the shared server the same is enforced by the policies on
/// employees (postgres-security.sql: a Pengelola reads their units' staff, only an Admin writes).
class EmployeeAdmin
{
    Q_DECLARE_TR_FUNCTIONS(karier::EmployeeAdmin)

public:
    explicit EmployeeAdmin(std::shared_ptr<Database> db);

    /// The units the page's filter offers: all for an Admin, the managed Perangkat Daerah and its Satker
    /// for a Pengelola; Induk Satker first, each followed by its Satker.
    Result<QList<OrgUnit>> units(const Session& session) const;
    /// One page of employees in scope, ordered by name.
    Result<EmployeePage> list(const Session& session, const EmployeeQuery& query) const;
    Result<EmployeeDetail> detail(
        const Session& session, qint64 employeeId, const QDate& today = QDate::currentDate()) const;
    /// Adds (input.id 0) or changes an employee; returns the id. A change of a row someone else changed
    /// since it was read is refused with a Conflict and writes nothing.
    Result<qint64> save(
        const Session& session, const EmployeeInput& input, const QDate& today = QDate::currentDate());
    /// Moves an employee to \a unitId (as read: \a version).
    Status move(const Session& session, qint64 employeeId, int version, qint64 unitId);

    /// Where \a e's stored fields disagree with \a nip.
    static QStringList mismatches(const Employee& e, const Nip& nip);

private:
    Result<Employee> readInScope(const Session& session, qint64 employeeId) const;

    std::shared_ptr<Database> m_db;
};

} // namespace karier
