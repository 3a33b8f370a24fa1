// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "common/PagedListModel.h"
#include "timkerja/TimKerjaService.h"

#include <memory>

namespace karier {

class Database;

/// Daftar Tim Kerja: one page of the employee's entries, loaded through TimKerjaService::listOwn on a
/// worker thread. Search, sort and paging are done by the database; the model only holds the page.
/// Every change of the query starts a load; a load that a newer one overtook is dropped.
class TimKerjaListModel : public PagedListModel
{
    Q_OBJECT

public:
    enum Column {
        TanggalColumn,
        KeteranganColumn,
        NamaColumn,
        RuangLingkupColumn,
        KedudukanColumn,
        StatusColumn,
        CatatanColumn,
        PilihColumn, ///< the manual's "Edit" column with its "Pilih" button
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64
        StatusRole, ///< int (SubmissionStatus)
        EditableRole, ///< bool: the owner may still change it
    };

    TimKerjaListModel(std::shared_ptr<Database> db, Session session, QObject* parent = nullptr);

    /// The page size choices of "Tampilkan N entri".
    static QList<int> pageSizes() { return {10, 25, 50, 100}; }

    void setSearch(const QString& text);
    QString search() const { return m_query.search; }
    TimKerjaColumn sortColumn() const { return m_query.sortColumn; }
    bool sortAscending() const { return m_query.ascending; }

    const TimKerjaEntry* entry(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void load(int offset) override;

    TimKerjaQuery m_query;
    QList<TimKerjaEntry> m_entries;
};

} // namespace karier
