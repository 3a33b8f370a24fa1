// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/PagedListModel.h"
#include "org/EmployeeAdmin.h"

namespace karier {

/// The Pegawai page's list: one page of employees in the viewer's scope, loaded through
/// EmployeeAdmin::list on a worker. Search (NIP or name), unit and paging are done by the database.
class PegawaiListModel : public PagedListModel
{
    Q_OBJECT

public:
    enum Column { NipColumn, NamaColumn, JabatanColumn, UnitColumn, JenisColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64
    };

    PegawaiListModel(std::shared_ptr<Database> db, Session session, QObject* parent = nullptr);

    static int defaultPageSize() { return 25; }

    void setSearch(const QString& text);
    QString search() const { return m_query.search; }
    /// An Induk Satker (with its Satker) or one Satker; 0 for every unit.
    void setUnit(qint64 unitId);
    qint64 unit() const { return m_query.unitId; }

    /// Column sorting (the header): done by the database over every match, not over the page shown.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const;
    Qt::SortOrder sortOrder() const { return m_query.descending ? Qt::DescendingOrder : Qt::AscendingOrder; }

    const Employee* employee(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void load(int offset) override;

    EmployeeQuery m_query;
    QList<Employee> m_employees;
};

} // namespace karier
