// SPDX-License-Identifier: GPL-3.0-or-later
#include "timkerja/TimKerjaListModel.h"

#include "common/Theme.h"
#include "records/RecordListModel.h"
#include "records/ReferenceLists.h"

#include <QColor>

namespace karier {

namespace {

QString dash()
{
    return QStringLiteral("–");
}

QString orDash(const QString& text)
{
    return text.trimmed().isEmpty() ? dash() : text;
}

} // namespace

TimKerjaListModel::TimKerjaListModel(std::shared_ptr<Database> db, Session session, QObject* parent)
    : PagedListModel(std::move(db), std::move(session), pageSizes().constFirst(), parent)
{ }

void TimKerjaListModel::setSearch(const QString& text)
{
    const QString simplified = text.simplified();
    if (simplified == m_query.search)
        return;
    m_query.search = simplified;
    load(0);
}

void TimKerjaListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= PilihColumn)
        return;
    const auto sortColumn = static_cast<TimKerjaColumn>(column);
    const bool ascending = order == Qt::AscendingOrder;
    if (sortColumn == m_query.sortColumn && ascending == m_query.ascending && hasStarted())
        return;
    m_query.sortColumn = sortColumn;
    m_query.ascending = ascending;
    load(0);
}

void TimKerjaListModel::load(int offset)
{
    TimKerjaQuery query = m_query;
    query.limit = pageSize();
    query.offset = offset;
    fetchPage<TimKerjaListPage>(
        [query](const std::shared_ptr<Database>& db, const Session& session) {
            return TimKerjaService(db).listOwn(session, query);
        },
        [this](TimKerjaListPage&& page) {
            m_entries = std::move(page.entries);
            return std::pair {page.offset, page.total};
        });
}

const TimKerjaEntry* TimKerjaListModel::entry(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return nullptr;
    return &m_entries.at(row);
}

int TimKerjaListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

int TimKerjaListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimKerjaListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimKerjaListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_entries.size()
        || index.column() >= ColumnCount)
        return {};
    const TimKerjaEntry& e = m_entries.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case StatusRole:
        return int(e.status);
    case EditableRole:
        return TimKerjaService::ownerMayEdit(e.status);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TanggalColumn:
            return RecordListModel::shortDate(e.tanggalSk);
        case KeteranganColumn:
            return orDash(ReferenceLists::label(e.keteranganSk));
        case NamaColumn:
            return e.namaTimKerja;
        case RuangLingkupColumn:
            return orDash(ReferenceLists::label(e.ruangLingkup));
        case KedudukanColumn:
            return orDash(ReferenceLists::label(e.kedudukan));
        case StatusColumn:
            return e.statusText();
        case CatatanColumn:
            return orDash(e.note);
        case PilihColumn:
            return tr("Pilih");
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TanggalColumn:
            return indonesianDate(e.tanggalSk);
        case NamaColumn:
            return tr("%1\nKode Kegiatan: %2").arg(e.namaTimKerja, e.kodeKegiatan);
        case CatatanColumn:
            return e.note.isEmpty() ? QVariant() : QVariant(e.note);
        case PilihColumn:
            return TimKerjaService::ownerMayEdit(e.status)
                ? tr("Muat data ini ke Form Tim Kerja untuk diubah")
                : tr("Muat data ini ke Form Tim Kerja untuk dilihat");
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return RecordListModel::statusForeground(e.status);
        if (index.column() == CatatanColumn && !e.note.isEmpty())
            return Theme::colour("warning");
        break;
    case Qt::BackgroundRole:
        if (index.column() == StatusColumn)
            return RecordListModel::statusBackground(e.status);
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == PilihColumn)
            return tr("Pilih %1").arg(e.namaTimKerja);
        break;
    default:
        break;
    }
    return {};
}

QVariant TimKerjaListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TanggalColumn:
            return tr("Tanggal SK");
        case KeteranganColumn:
            return tr("Ket SK");
        case NamaColumn:
            return tr("Nama Tim Kerja");
        case RuangLingkupColumn:
            return tr("Ruang Lingkup");
        case KedudukanColumn:
            return tr("Kedudukan");
        case StatusColumn:
            return tr("Status");
        case CatatanColumn:
            return tr("Catatan");
        case PilihColumn:
            return tr("Edit");
        }
    }
    if (role == Qt::ToolTipRole && section != PilihColumn)
        return tr("Klik untuk mengurutkan");
    return {};
}

} // namespace karier
