// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/AccountAdmin.h"
#include "common/PagedListModel.h"

namespace karier {

/// The Pengguna page's list: one page of accounts, searched (NIP or name) and paged in SQL through
/// AccountAdmin::list on a database worker.
class PenggunaListModel : public PagedListModel
{
    Q_OBJECT

public:
    enum Column {
        NipColumn,
        NamaColumn,
        PeranColumn,
        UnitColumn,
        StatusColumn,
        OtpColumn,
        KunciColumn,
        ColumnCount
    };
    enum Role {
        NipRole = Qt::UserRole + 1, ///< QString, the account's NIP (digits)
    };

    PenggunaListModel(std::shared_ptr<Database> db, Session session, QObject* parent = nullptr);

    void setSearch(const QString& text);
    QString search() const { return m_search; }
    const AccountSummary* account(int row) const;
    int rowOf(const QString& nip) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void load(int offset) override;

    QString m_search;
    QList<AccountSummary> m_accounts;
};

} // namespace karier
