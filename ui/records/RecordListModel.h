// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/RecordService.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

class QLabel;

namespace karier {

/// The employee's own riwayat as a table: by default Jenis, Nama, Nomor, Tanggal, Durasi/JP, Status,
/// Catatan (the column numbers of Column); a page of other types sets the columns its types name
/// (RecordTypes::listColumns: Penghargaan shows Skala, Kelompok, Tahun …). Read-only; the page
/// replaces the whole list after every load.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// The kinds of column; with the default columns also their numbers.
    enum Column {
        JenisColumn,
        NamaColumn,
        NomorColumn,
        TanggalColumn,
        DurasiColumn,
        StatusColumn,
        CatatanColumn,
        ColumnCount, ///< of the default columns
        FieldColumn = ColumnCount, ///< a field of the record (ListColumn::key)
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64
        TypeCodeRole, ///< QString
        StatusRole, ///< int (SubmissionStatus)
        VersionRole, ///< int
        EditableRole, ///< bool: the owner may still change or delete it
        SortRole, ///< a value that sorts the column correctly
        SearchTextRole, ///< title, number, jenis and note, for the search box
    };

    explicit RecordListModel(QObject* parent = nullptr);

    /// The columns before Status and Catatan (RecordTypes::listColumns of the page's types).
    void setColumns(const QList<ListColumn>& columns);
    /// The column of \a kind; -1 when not shown.
    int columnOf(Column kind) const;
    Column kindOf(int column) const;

    void setRecords(QList<RecordSummary> records);
    const QList<RecordSummary>& records() const { return m_records; }
    /// The record of \a row; nullptr when out of range.
    const RecordSummary* record(int row) const;
    int rowOf(qint64 recordId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Text colour and tint of a status (the chip in the Status column).
    static QColor statusForeground(SubmissionStatus status);
    static QColor statusBackground(SubmissionStatus status);
    /// Shows \a chip (a label) in the colours of \a status (the theme's QLabel[status] rules).
    static void showStatusChip(QLabel* chip, SubmissionStatus status);
    /// "15 Jan 2026", "3–5 Feb 2026", "30 Jan – 2 Feb 2026" (the tooltip has the long form).
    static QString periodText(const QDate& start, const QDate& end);
    /// "15 Jan 2026" (Indonesian month abbreviations, independent of the system locale).
    static QString shortDate(const QDate& date, bool withYear = true);

private:
    QList<RecordSummary> m_records;
    QList<ListColumn> m_columns; ///< every column, Status and Catatan included
};

/// Filters RecordListModel by jenis (type code, empty = all) and a search text.
class RecordFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RecordFilterModel(QObject* parent = nullptr);

    void setTypeCode(const QString& typeCode);
    QString typeCode() const { return m_typeCode; }
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_typeCode;
    QString m_search;
};

} // namespace karier
