// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "approval/ApprovalService.h"
#include "auth/Session.h"
#include "common/PagedListModel.h"

#include <QHash>
#include <memory>

namespace karier {

class Database;

/// One page of the verifier console, loaded through ApprovalService::list on a worker thread: the
/// filters, the sort and the paging run in SQL; the model holds only the page and the ticks.
///
/// Two column sets: the manual's Tim Kerja columns (Tanggal SK, Ket SK, NIP, Nama, Nama Tim Kerja,
/// Ruang Lingkup, Kedudukan, URL Bukti Dukung, Status) when only Tim Kerja is listed, and the riwayat
/// columns (Nama, Judul, Jenis, Tanggal, NIP, Unit Kerja, Status) otherwise; both end with how long the
/// submission has waited (in the theme's "overdue" colour after ApprovalService::overdueDays). A
/// submission sent again after it was returned says "Diajukan ulang" in the Status column. The tick box comes
/// first (the manual shows it last; first, it never scrolls out of sight). Ticks survive paging; a load that
/// a newer one overtook is dropped.
class ApprovalListModel : public PagedListModel
{
    Q_OBJECT

public:
    enum class Layout { TimKerja, Riwayat };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64
        StatusRole, ///< int (SubmissionStatus)
        ResubmittedRole, ///< bool: submitted again after it was returned
        OverdueRole, ///< bool: waiting longer than ApprovalService::overdueDays
    };

    ApprovalListModel(std::shared_ptr<Database> db, Session session, QObject* parent = nullptr);

    static QList<int> pageSizes() { return {25, 50, 100, 200}; }

    /// Replaces the filters (keeps sort and page size) and loads the first page.
    void setQuery(const ApprovalQuery& query);
    const ApprovalQuery& query() const { return m_query; }
    Layout layout() const { return m_layout; }

    const ApprovalRow* rowAt(int row) const;
    int rowOf(qint64 id) const;

    /// The ticked rows as they were when ticked (also those on other pages), in id order.
    QList<ApprovalRow> checkedRows() const;
    int checkedCount() const { return int(m_checked.size()); }
    bool isChecked(qint64 id) const { return m_checked.contains(id); }
    void setChecked(int row, bool checked);
    void toggleChecked(int row);
    /// Ticks (or clears) every row of this page that can still be decided.
    void setAllOnPageChecked(bool checked);
    /// Qt::Checked, Qt::PartiallyChecked or Qt::Unchecked for the decidable rows of this page.
    Qt::CheckState pageCheckState() const;
    void clearChecks();
    int checkColumn() const { return 0; }

    /// "3 hari", "5 jam", "baru saja".
    static QString waitingText(const QDateTime& since, const QDateTime& now);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The header column that shows \a column, or -1.
    int sectionOf(ApprovalColumn column) const;

Q_SIGNALS:
    void checksChanged();

private:
    enum class Field {
        Jenis,
        Tanggal,
        KetSk,
        Nip,
        Nama,
        Unit,
        Judul,
        RuangLingkup,
        Kedudukan,
        Url,
        Status,
        Menunggu,
        Check
    };
    QList<Field> fields() const;
    void load(int offset) override;
    QDateTime now() const;

    ApprovalQuery m_query;
    Layout m_layout = Layout::Riwayat;
    QList<ApprovalRow> m_rows;
    QHash<qint64, ApprovalRow> m_checked; ///< id -> the row as seen when ticked (its version)
};

} // namespace karier
