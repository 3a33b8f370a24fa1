// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifikasi/ApprovalListModel.h"

#include "common/Theme.h"
#include "domain/Nip.h"
#include "records/RecordListModel.h"
#include "records/ReferenceLists.h"
#include "timkerja/TimKerja.h"

#include <QColor>

namespace karier {

namespace {

QString orDash(const QString& text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("–") : text;
}

bool decidable(const ApprovalRow& row)
{
    return row.status == SubmissionStatus::Diajukan;
}

} // namespace

ApprovalListModel::ApprovalListModel(std::shared_ptr<Database> db, Session session, QObject* parent)
    : PagedListModel(std::move(db), std::move(session), 50, parent)
{ }

void ApprovalListModel::setQuery(const ApprovalQuery& query)
{
    ApprovalQuery next = query;
    next.sortColumn = m_query.sortColumn;
    next.ascending = m_query.ascending;
    const QStringList types
        = next.typeCodes.isEmpty() ? ApprovalService::verifiableTypes(session()) : next.typeCodes;
    const Layout layout = types == QStringList {TimKerja::typeCode()} ? Layout::TimKerja : Layout::Riwayat;
    if (layout != m_layout) {
        // Sorting by a column the new layout does not show would puzzle: back to the longest waiting.
        if (m_layout == Layout::Riwayat && layout == Layout::TimKerja
            && (next.sortColumn == ApprovalColumn::Jenis || next.sortColumn == ApprovalColumn::Unit)) {
            next.sortColumn = ApprovalColumn::Diajukan;
            next.ascending = true;
        }
        beginResetModel();
        m_layout = layout;
        m_rows.clear();
        endResetModel();
    }
    m_query = next;
    load(0);
}

void ApprovalListModel::load(int offset)
{
    ApprovalQuery query = m_query;
    query.limit = pageSize();
    query.offset = offset;
    fetchPage<ApprovalPage>([query](const std::shared_ptr<Database>& db,
                                const Session& session) { return ApprovalService(db).list(session, query); },
        [this](ApprovalPage&& page) {
            m_rows = std::move(page.rows);
            return std::pair {page.offset, page.total};
        },
        [this] {
            // A tick on a row that has been decided meanwhile (here or elsewhere) is dropped.
            bool changed = false;
            for (const ApprovalRow& row : std::as_const(m_rows)) {
                if (!decidable(row) && m_checked.remove(row.id) > 0)
                    changed = true;
            }
            if (changed)
                Q_EMIT checksChanged();
        });
}

QDateTime ApprovalListModel::now() const
{
    return QDateTime::currentDateTimeUtc();
}

const ApprovalRow* ApprovalListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

int ApprovalListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

QList<ApprovalRow> ApprovalListModel::checkedRows() const
{
    QList<ApprovalRow> rows = m_checked.values();
    std::sort(
        rows.begin(), rows.end(), [](const ApprovalRow& a, const ApprovalRow& b) { return a.id < b.id; });
    return rows;
}

void ApprovalListModel::setChecked(int row, bool checked)
{
    const ApprovalRow* r = rowAt(row);
    if (!r || !decidable(*r) || isChecked(r->id) == checked)
        return;
    if (checked)
        m_checked.insert(r->id, *r);
    else
        m_checked.remove(r->id);
    const QModelIndex cell = index(row, checkColumn());
    Q_EMIT dataChanged(cell, cell, {Qt::CheckStateRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, checkColumn(), checkColumn());
    Q_EMIT checksChanged();
}

void ApprovalListModel::toggleChecked(int row)
{
    if (const ApprovalRow* r = rowAt(row))
        setChecked(row, !isChecked(r->id));
}

void ApprovalListModel::setAllOnPageChecked(bool checked)
{
    bool changed = false;
    for (const ApprovalRow& row : std::as_const(m_rows)) {
        if (!decidable(row) || isChecked(row.id) == checked)
            continue;
        if (checked)
            m_checked.insert(row.id, row);
        else
            m_checked.remove(row.id);
        changed = true;
    }
    if (!changed)
        return;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(
            index(0, checkColumn()), index(rowCount() - 1, checkColumn()), {Qt::CheckStateRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, checkColumn(), checkColumn());
    Q_EMIT checksChanged();
}

Qt::CheckState ApprovalListModel::pageCheckState() const
{
    int decidableRows = 0;
    int checkedRows = 0;
    for (const ApprovalRow& row : m_rows) {
        if (!decidable(row))
            continue;
        ++decidableRows;
        if (isChecked(row.id))
            ++checkedRows;
    }
    if (checkedRows == 0)
        return Qt::Unchecked;
    return checkedRows == decidableRows ? Qt::Checked : Qt::PartiallyChecked;
}

void ApprovalListModel::clearChecks()
{
    if (m_checked.isEmpty())
        return;
    m_checked.clear();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(
            index(0, checkColumn()), index(rowCount() - 1, checkColumn()), {Qt::CheckStateRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, checkColumn(), checkColumn());
    Q_EMIT checksChanged();
}

QString ApprovalListModel::waitingText(const QDateTime& since, const QDateTime& now)
{
    if (!since.isValid())
        return QStringLiteral("–");
    const qint64 seconds = std::max<qint64>(0, since.secsTo(now));
    if (seconds < 3600)
        return tr("baru saja");
    if (seconds < 86400)
        return tr("%n jam", nullptr, int(seconds / 3600));
    return tr("%n hari", nullptr, int(seconds / 86400));
}

QList<ApprovalListModel::Field> ApprovalListModel::fields() const
{
    if (m_layout == Layout::TimKerja)
        return {Field::Check, Field::Tanggal, Field::KetSk, Field::Nip, Field::Nama, Field::Judul,
            Field::RuangLingkup, Field::Kedudukan, Field::Url, Field::Status, Field::Menunggu};
    // Who and what first: beside the document the list is narrow, and the rest is in the side panel too.
    return {Field::Check, Field::Nama, Field::Judul, Field::Jenis, Field::Tanggal, Field::Nip, Field::Unit,
        Field::Status, Field::Menunggu};
}

int ApprovalListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApprovalListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(fields().size());
}

QVariant ApprovalListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_rows.size()
        || index.column() >= columnCount())
        return {};
    const ApprovalRow& r = m_rows.at(index.row());
    const Field field = fields().at(index.column());
    switch (role) {
    case IdRole:
        return r.id;
    case StatusRole:
        return int(r.status);
    case ResubmittedRole:
        return r.resubmitted();
    case OverdueRole:
        return decidable(r) && ApprovalService::isOverdue(r.submittedAt, now());
    case Qt::CheckStateRole:
        if (field == Field::Check)
            return decidable(r) ? QVariant(isChecked(r.id) ? Qt::Checked : Qt::Unchecked) : QVariant();
        break;
    case Qt::DisplayRole:
        switch (field) {
        case Field::Jenis:
            return ApprovalService::typeTitle(r.typeCode);
        case Field::Tanggal:
            return RecordListModel::shortDate(r.startDate);
        case Field::KetSk:
            return orDash(ReferenceLists::label(r.values.value(TimKerja::Key::keteranganSk()).toString()));
        case Field::Nip:
            return Nip::groupedOrAsIs(r.nip);
        case Field::Nama:
            return r.nama;
        case Field::Unit:
            return r.unitName;
        case Field::Judul:
            return r.title;
        case Field::RuangLingkup:
            return orDash(ReferenceLists::label(r.values.value(TimKerja::Key::ruangLingkup()).toString()));
        case Field::Kedudukan:
            return orDash(ReferenceLists::label(r.values.value(TimKerja::Key::kedudukan()).toString()));
        case Field::Url:
            return orDash(r.linkUrl);
        case Field::Status:
            return r.resubmitted() ? tr("Diajukan ulang") : r.statusText();
        case Field::Menunggu:
            return decidable(r) ? waitingText(r.submittedAt, now()) : QStringLiteral("–");
        case Field::Check:
            return {};
        }
        break;
    case Qt::ToolTipRole:
        switch (field) {
        case Field::Tanggal:
            return indonesianDate(r.startDate);
        case Field::Unit:
            return r.unitName == r.indukUnitName ? r.unitName
                                                 : tr("%1 (%2)").arg(r.unitName, r.indukUnitName);
        case Field::Menunggu:
            if (!r.submittedAt.isValid())
                return {};
            return decidable(r) && ApprovalService::isOverdue(r.submittedAt, now())
                ? tr("Diajukan %1; menunggu lebih dari %n hari", nullptr, ApprovalService::overdueDays)
                      .arg(momentText(r.submittedAt))
                : tr("Diajukan %1").arg(momentText(r.submittedAt));
        case Field::Status:
            if (r.resubmitted())
                return tr(
                    "Diajukan ulang setelah dikembalikan (pengajuan ke-%1); perubahannya tampil di panel "
                    "samping")
                    .arg(r.submissions);
            if (!r.decidedByName.isEmpty() || !r.decidedByNip.isEmpty())
                return tr("Oleh %1 pada %2%3")
                    .arg(r.decidedByName.isEmpty() ? Nip::groupedOrAsIs(r.decidedByNip) : r.decidedByName,
                        momentText(r.decidedAt),
                        r.note.isEmpty() ? QString() : QStringLiteral("\n") + r.note);
            break;
        case Field::Url:
            return r.linkUrl;
        case Field::Judul:
            return r.number.isEmpty() ? r.title : tr("%1\nNomor: %2").arg(r.title, r.number);
        default:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (field == Field::Status)
            return RecordListModel::statusForeground(r.status);
        if (field == Field::Url && !r.linkUrl.isEmpty())
            return Theme::colour("primary");
        if (field == Field::Menunggu && decidable(r) && ApprovalService::isOverdue(r.submittedAt, now()))
            return Theme::colour("overdue");
        break;
    case Qt::BackgroundRole:
        if (field == Field::Status)
            return RecordListModel::statusBackground(r.status);
        break;
    case Qt::TextAlignmentRole:
        if (field == Field::Check)
            return int(Qt::AlignCenter);
        break;
    case Qt::AccessibleTextRole:
        if (field == Field::Check)
            return tr("Centang usulan %1 dari %2").arg(r.title, r.nama);
        break;
    default:
        break;
    }
    return {};
}

bool ApprovalListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != checkColumn())
        return false;
    const ApprovalRow* r = rowAt(index.row());
    if (!r || !decidable(*r))
        return false;
    setChecked(index.row(), value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags ApprovalListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const ApprovalRow* r = rowAt(index.row());
    if (index.column() == checkColumn() && r && decidable(*r))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ApprovalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    const Field field = fields().at(section);
    if (role == Qt::DisplayRole) {
        switch (field) {
        case Field::Jenis:
            return tr("Jenis");
        case Field::Tanggal:
            return m_layout == Layout::TimKerja ? tr("Tanggal SK") : tr("Tanggal");
        case Field::KetSk:
            return tr("Ket SK");
        case Field::Nip:
            return tr("NIP");
        case Field::Nama:
            return tr("Nama");
        case Field::Unit:
            return tr("Unit Kerja");
        case Field::Judul:
            return m_layout == Layout::TimKerja ? tr("Nama Tim Kerja") : tr("Judul");
        case Field::RuangLingkup:
            return tr("Ruang Lingkup");
        case Field::Kedudukan:
            return tr("Kedudukan");
        case Field::Url:
            return tr("URL Bukti Dukung");
        case Field::Status:
            return tr("Status");
        case Field::Menunggu:
            return tr("Menunggu");
        case Field::Check:
            return QString();
        }
    }
    if (role == Qt::ToolTipRole) {
        if (field == Field::Check)
            return tr("Centang semua usulan di halaman ini (Spasi mencentang satu baris)");
        return sectionOf(ApprovalColumn::Diajukan) == section || field != Field::Menunggu
            ? QVariant(tr("Klik untuk mengurutkan"))
            : QVariant();
    }
    return {};
}

int ApprovalListModel::sectionOf(ApprovalColumn column) const
{
    Field field = Field::Menunggu;
    switch (column) {
    case ApprovalColumn::TanggalSk:
        field = Field::Tanggal;
        break;
    case ApprovalColumn::Nip:
        field = Field::Nip;
        break;
    case ApprovalColumn::Nama:
        field = Field::Nama;
        break;
    case ApprovalColumn::Judul:
        field = Field::Judul;
        break;
    case ApprovalColumn::Jenis:
        field = Field::Jenis;
        break;
    case ApprovalColumn::Unit:
        field = Field::Unit;
        break;
    case ApprovalColumn::Status:
        field = Field::Status;
        break;
    case ApprovalColumn::Diajukan:
        field = Field::Menunggu;
        break;
    }
    return int(fields().indexOf(field));
}

void ApprovalListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    bool ascending = order == Qt::AscendingOrder;
    std::optional<ApprovalColumn> sortColumn;
    for (ApprovalColumn c :
        {ApprovalColumn::TanggalSk, ApprovalColumn::Nip, ApprovalColumn::Nama, ApprovalColumn::Judul,
            ApprovalColumn::Jenis, ApprovalColumn::Unit, ApprovalColumn::Status, ApprovalColumn::Diajukan}) {
        if (sectionOf(c) == column)
            sortColumn = c;
    }
    if (!sortColumn)
        return;
    // "Menunggu" descending means the longest waiting first: the oldest submission.
    if (*sortColumn == ApprovalColumn::Diajukan)
        ascending = !ascending;
    if (*sortColumn == m_query.sortColumn && ascending == m_query.ascending && hasStarted())
        return;
    m_query.sortColumn = *sortColumn;
    m_query.ascending = ascending;
    load(0);
}

} // namespace karier
