// SPDX-License-Identifier: GPL-3.0-or-later
#include "pegawai/PegawaiListModel.h"

#include "domain/Nip.h"

#include <QHash>

namespace karier {

PegawaiListModel::PegawaiListModel(std::shared_ptr<Database> db, Session session, QObject* parent)
    : PagedListModel(std::move(db), std::move(session), defaultPageSize(), parent)
{ }

void PegawaiListModel::setSearch(const QString& text)
{
    const QString simplified = text.simplified();
    if (simplified == m_query.search && hasStarted())
        return;
    m_query.search = simplified;
    load(0);
}

void PegawaiListModel::setUnit(qint64 unitId)
{
    if (unitId == m_query.unitId && hasStarted())
        return;
    m_query.unitId = unitId;
    load(0);
}

void PegawaiListModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, EmployeeOrder> orders {{NipColumn, EmployeeOrder::Nip},
        {NamaColumn, EmployeeOrder::Nama}, {JabatanColumn, EmployeeOrder::Jabatan},
        {UnitColumn, EmployeeOrder::Unit}, {JenisColumn, EmployeeOrder::Jenis}};
    if (!orders.contains(column))
        return;
    const EmployeeOrder wanted = orders.value(column);
    const bool descending = order == Qt::DescendingOrder;
    if (wanted == m_query.order && descending == m_query.descending)
        return;
    m_query.order = wanted;
    m_query.descending = descending;
    if (hasStarted()) // else the first load reads it
        load(0);
}

int PegawaiListModel::sortColumn() const
{
    switch (m_query.order) {
    case EmployeeOrder::Nip:
        return NipColumn;
    case EmployeeOrder::Nama:
        return NamaColumn;
    case EmployeeOrder::Jabatan:
        return JabatanColumn;
    case EmployeeOrder::Unit:
        return UnitColumn;
    case EmployeeOrder::Jenis:
        return JenisColumn;
    }
    return NamaColumn;
}

void PegawaiListModel::load(int offset)
{
    EmployeeQuery query = m_query;
    query.limit = pageSize();
    query.offset = offset;
    fetchPage<EmployeePage>([query](const std::shared_ptr<Database>& db,
                                const Session& session) { return EmployeeAdmin(db).list(session, query); },
        [this](EmployeePage&& page) {
            m_employees = std::move(page.employees);
            return std::pair {page.offset, page.total};
        });
}

const Employee* PegawaiListModel::employee(int row) const
{
    if (row < 0 || row >= m_employees.size())
        return nullptr;
    return &m_employees.at(row);
}

int PegawaiListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_employees.size(); ++row) {
        if (m_employees.at(row).id == id)
            return row;
    }
    return -1;
}

int PegawaiListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_employees.size());
}

int PegawaiListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PegawaiListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_employees.size()
        || index.column() >= ColumnCount)
        return {};
    const Employee& e = m_employees.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NipColumn:
        return Nip::groupedOrAsIs(e.nip);
    case NamaColumn:
        return e.displayName();
    case JabatanColumn:
        return e.jabatan.isEmpty() ? QStringLiteral("–") : e.jabatan;
    case UnitColumn:
        if (role == Qt::ToolTipRole && e.indukUnitId != e.unitId)
            return tr("%1 (%2)").arg(e.unitName, e.indukUnitName);
        return e.unitName;
    case JenisColumn:
        return e.pppk ? QStringLiteral("PPPK") : QStringLiteral("PNS");
    }
    return {};
}

QVariant PegawaiListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NipColumn:
        return tr("NIP");
    case NamaColumn:
        return tr("Nama");
    case JabatanColumn:
        return tr("Jabatan");
    case UnitColumn:
        return tr("Unit Kerja");
    case JenisColumn:
        return tr("Jenis");
    }
    return {};
}

} // namespace karier
