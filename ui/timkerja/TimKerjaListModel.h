// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "timkerja/TimKerjaService.h"

#include <QAbstractTableModel>
#include <memory>

namespace karier {

class Database;

/// Daftar Tim Kerja: one page of the employee's entries, loaded through TimKerjaService::listOwn on a
/// worker thread. Search, sort and paging are done by the database; the model only holds the page.
/// Every change of the query starts a load; a load that a newer one overtook is dropped.
class TimKerjaListModel : public QAbstractTableModel
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
    void setPageSize(int size);
    int pageSize() const { return m_query.limit; }
    void nextPage();
    void previousPage();
    bool hasNextPage() const { return m_offset + m_query.limit < m_total; }
    bool hasPreviousPage() const { return m_offset > 0; }
    int offset() const { return m_offset; }
    int total() const { return m_total; }
    TimKerjaColumn sortColumn() const { return m_query.sortColumn; }
    bool sortAscending() const { return m_query.ascending; }
    bool isLoading() const { return m_pending > 0; }

    const TimKerjaEntry* entry(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public Q_SLOTS:
    /// Loads the current page again (after a save or delete).
    void reload();

Q_SIGNALS:
    /// A page was loaded and is shown (also when it is empty).
    void loaded();
    void loadFailed(const QString& message);
    void loadingChanged(bool loading);

private:
    void load(int offset);

    std::shared_ptr<Database> m_db;
    Session m_session;
    TimKerjaQuery m_query;
    QList<TimKerjaEntry> m_entries;
    int m_offset = 0;
    int m_total = 0;
    int m_generation = 0;
    int m_pending = 0;
};

} // namespace karier
