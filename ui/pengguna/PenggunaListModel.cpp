// SPDX-License-Identifier: GPL-3.0-or-later
#include "pengguna/PenggunaListModel.h"

#include "domain/Nip.h"

#include <QLocale>

namespace karier {

PenggunaListModel::PenggunaListModel(std::shared_ptr<Database> db, Session session, QObject* parent)
    : PagedListModel(std::move(db), std::move(session), 25, parent)
{ }

void PenggunaListModel::setSearch(const QString& text)
{
    const QString simplified = text.simplified();
    if (simplified == m_search && hasStarted())
        return;
    m_search = simplified;
    load(0);
}

void PenggunaListModel::load(int offset)
{
    const QString search = m_search;
    const int limit = pageSize();
    fetchPage<AccountListPage>(
        [search, offset, limit](const std::shared_ptr<Database>& db, const Session& session) {
            return AccountAdmin(db).list(session, search, offset, limit);
        },
        [this](AccountListPage&& page) {
            m_accounts = std::move(page.accounts);
            return std::pair {page.offset, page.total};
        });
}

const AccountSummary* PenggunaListModel::account(int row) const
{
    return row >= 0 && row < m_accounts.size() ? &m_accounts.at(row) : nullptr;
}

int PenggunaListModel::rowOf(const QString& nip) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).nip == nip)
            return row;
    }
    return -1;
}

int PenggunaListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int PenggunaListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PenggunaListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_accounts.size()
        || index.column() >= ColumnCount)
        return {};
    const AccountSummary& a = m_accounts.at(index.row());
    const QString locked = a.lockedUntil.isValid()
        ? QLocale().toString(a.lockedUntil.toLocalTime(), QStringLiteral("dd-MM-yyyy HH:mm"))
        : QString();
    switch (role) {
    case NipRole:
        return a.nip;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NipColumn:
            return Nip::groupedOrAsIs(a.nip);
        case NamaColumn:
            return a.name;
        case PeranColumn:
            return roleDisplayName(a.role);
        case UnitColumn:
            return a.role == karier::Role::Pengelola ? a.managedUnitName : a.unitName;
        case StatusColumn:
            return a.active ? tr("Aktif") : tr("Nonaktif");
        case OtpColumn:
            return a.otpEnabled ? tr("Terdaftar") : tr("Belum");
        case KunciColumn:
            return locked.isEmpty() ? QStringLiteral("–") : locked;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NamaColumn:
            return a.mustChangePassword
                ? tr("%1\nKata sandi sementara: wajib diganti saat masuk berikutnya.").arg(a.name)
                : QVariant(a.name);
        case UnitColumn:
            return a.role == karier::Role::Pengelola ? tr("Mengelola %1").arg(a.managedUnitName) : a.unitName;
        case OtpColumn:
            return a.otpEnabled ? tr("Aplikasi autentikator sudah didaftarkan.")
                                : tr("Login berikutnya mendaftarkan aplikasi autentikator dengan kode QR.");
        case KunciColumn:
            return locked.isEmpty() ? QVariant() : QVariant(tr("Login terkunci sampai %1.").arg(locked));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant PenggunaListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NipColumn:
        return tr("NIP");
    case NamaColumn:
        return tr("Nama");
    case PeranColumn:
        return tr("Peran");
    case UnitColumn:
        return tr("Unit");
    case StatusColumn:
        return tr("Status");
    case OtpColumn:
        return tr("Kode OTP");
    case KunciColumn:
        return tr("Terkunci sampai");
    }
    return {};
}

} // namespace karier
