// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/RecordListModel.h"

#include "common/Theme.h"
#include "records/RecordType.h"

#include <QColor>
#include <QHash>
#include <QLabel>
#include <algorithm>

namespace karier {

namespace {

QString typeTitle(const QString& code)
{
    const RecordType* type = RecordTypes::byCode(code);
    return type ? type->title : code;
}

QString dash()
{
    return QStringLiteral("–");
}

} // namespace

RecordListModel::RecordListModel(QObject* parent) : QAbstractTableModel(parent)
{
    setColumns(RecordTypes::listColumns({}));
}

namespace {

const QString& statusKey()
{
    static const QString key = QStringLiteral("status");
    return key;
}

const QString& catatanKey()
{
    static const QString key = QStringLiteral("catatan");
    return key;
}

} // namespace

void RecordListModel::setColumns(const QList<ListColumn>& columns)
{
    beginResetModel();
    m_columns = columns;
    m_columns << ListColumn {statusKey(), {}} << ListColumn {catatanKey(), {}};
    endResetModel();
}

RecordListModel::Column RecordListModel::kindOf(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return FieldColumn;
    static const QHash<QString, Column> kinds {{QStringLiteral("jenis"), JenisColumn},
        {QStringLiteral("nama"), NamaColumn}, {QStringLiteral("nomor"), NomorColumn},
        {QStringLiteral("tanggal"), TanggalColumn}, {QStringLiteral("durasi"), DurasiColumn},
        {statusKey(), StatusColumn}, {catatanKey(), CatatanColumn}};
    return kinds.value(m_columns.at(column).key, FieldColumn);
}

int RecordListModel::columnOf(Column kind) const
{
    for (int column = 0; column < m_columns.size(); ++column) {
        if (kindOf(column) == kind)
            return column;
    }
    return -1;
}

void RecordListModel::setRecords(QList<RecordSummary> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

const RecordSummary* RecordListModel::record(int row) const
{
    if (row < 0 || row >= m_records.size())
        return nullptr;
    return &m_records.at(row);
}

int RecordListModel::rowOf(qint64 recordId) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id == recordId)
            return row;
    }
    return -1;
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

namespace {

/// The theme's colour names of a status: its text and its chip.
std::pair<const char*, const char*> statusColourNames(SubmissionStatus status)
{
    switch (status) {
    case SubmissionStatus::Draf:
        return {"statusDrafText", "statusDraf"};
    case SubmissionStatus::Diajukan:
        return {"statusDiajukanText", "statusDiajukan"};
    case SubmissionStatus::Disetujui:
        return {"statusDisetujuiText", "statusDisetujui"};
    case SubmissionStatus::PerluPerbaikan:
        return {"statusPerbaikanText", "statusPerbaikan"};
    case SubmissionStatus::Ditolak:
        break;
    }
    return {"statusDitolakText", "statusDitolak"};
}

} // namespace

QColor RecordListModel::statusForeground(SubmissionStatus status)
{
    return Theme::colour(statusColourNames(status).first);
}

QColor RecordListModel::statusBackground(SubmissionStatus status)
{
    return Theme::colour(statusColourNames(status).second);
}

void RecordListModel::showStatusChip(QLabel* chip, SubmissionStatus status)
{
    chip->setProperty("status", statusCode(status));
    Theme::restyle(chip);
}

QString RecordListModel::shortDate(const QDate& date, bool withYear)
{
    if (!date.isValid())
        return dash();
    static const char* const months[] = {QT_TR_NOOP("Jan"), QT_TR_NOOP("Feb"), QT_TR_NOOP("Mar"),
        QT_TR_NOOP("Apr"), QT_TR_NOOP("Mei"), QT_TR_NOOP("Jun"), QT_TR_NOOP("Jul"), QT_TR_NOOP("Agu"),
        QT_TR_NOOP("Sep"), QT_TR_NOOP("Okt"), QT_TR_NOOP("Nov"), QT_TR_NOOP("Des")};
    const QString dayMonth = QStringLiteral("%1 %2").arg(date.day()).arg(tr(months[date.month() - 1]));
    return withYear ? dayMonth + QLatin1Char(' ') + QString::number(date.year()) : dayMonth;
}

QString RecordListModel::periodText(const QDate& start, const QDate& end)
{
    if (!start.isValid())
        return dash();
    if (!end.isValid() || end == start)
        return shortDate(start);
    if (start.year() == end.year() && start.month() == end.month())
        return QStringLiteral("%1–%2").arg(start.day()).arg(shortDate(end));
    if (start.year() == end.year())
        return shortDate(start, false) + QStringLiteral(" – ") + shortDate(end);
    return shortDate(start) + QStringLiteral(" – ") + shortDate(end);
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_records.size()
        || index.column() >= m_columns.size())
        return {};
    const RecordSummary& r = m_records.at(index.row());
    const bool showsNote
        = r.status == SubmissionStatus::PerluPerbaikan || r.status == SubmissionStatus::Ditolak;

    switch (role) {
    case IdRole:
        return r.id;
    case TypeCodeRole:
        return r.typeCode;
    case StatusRole:
        return int(r.status);
    case VersionRole:
        return r.version;
    case EditableRole:
        return ownerMayEdit(r.status);
    case SearchTextRole:
        return QStringList {r.title, r.number, typeTitle(r.typeCode), r.note}.join(QLatin1Char('\n'));
    default:
        break;
    }

    switch (kindOf(index.column())) {
    case FieldColumn: {
        const QString& key = m_columns.at(index.column()).key;
        const RecordType* type = RecordTypes::byCode(r.typeCode);
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return type && type->field(key) ? type->displayValue(key, r.values.value(key)) : dash();
        if (role == SortRole)
            return r.values.value(key);
        break;
    }
    case JenisColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return typeTitle(r.typeCode);
        break;
    case NamaColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.title.isEmpty() ? tr("(belum bernama)") : r.title;
        if (role == Qt::ToolTipRole)
            return r.title;
        break;
    case NomorColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.number.isEmpty() ? dash() : r.number;
        if (role == Qt::ToolTipRole && !r.number.isEmpty())
            return r.number;
        break;
    case TanggalColumn:
        if (role == Qt::DisplayRole)
            return periodText(r.startDate, r.endDate);
        if (role == SortRole)
            return r.startDate;
        if (role == Qt::ToolTipRole && r.startDate.isValid())
            return r.endDate.isValid() && r.endDate != r.startDate
                ? indonesianDate(r.startDate) + QStringLiteral(" – ") + indonesianDate(r.endDate)
                : indonesianDate(r.startDate);
        break;
    case DurasiColumn:
        if (role == Qt::DisplayRole)
            return r.hours > 0 ? tr("%1 JP").arg(r.hours) : dash();
        if (role == SortRole)
            return r.hours;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return statusDisplayName(r.status);
        if (role == Qt::ForegroundRole)
            return statusForeground(r.status);
        if (role == Qt::BackgroundRole)
            return statusBackground(r.status);
        if (role == Qt::ToolTipRole && r.submittedAt.isValid())
            return tr("Diajukan %1").arg(indonesianDate(r.submittedAt.toLocalTime().date()));
        break;
    case CatatanColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return showsNote ? r.note : QString();
        if (role == Qt::ToolTipRole && showsNote && !r.note.isEmpty())
            return r.note;
        if (role == Qt::ForegroundRole && showsNote)
            return statusForeground(r.status);
        break;
    default:
        break;
    }
    return {};
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column kind = kindOf(section);
    if (role == Qt::DisplayRole && !m_columns.at(section).header.isEmpty())
        return m_columns.at(section).header;
    if (role == Qt::DisplayRole) {
        switch (kind) {
        case JenisColumn:
            return tr("Jenis");
        case NamaColumn:
            return tr("Nama");
        case NomorColumn:
            return tr("Nomor");
        case TanggalColumn:
            return tr("Tanggal");
        case DurasiColumn:
            return tr("Durasi/JP");
        case StatusColumn:
            return tr("Status");
        case CatatanColumn:
            return tr("Catatan");
        case FieldColumn:
            for (const RecordType* type : RecordTypes::all()) {
                if (const FieldSpec* f = type->field(m_columns.at(section).key))
                    return f->label;
            }
            return m_columns.at(section).key;
        }
    }
    if (role == Qt::TextAlignmentRole)
        return int((kind == DurasiColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return {};
}

// ---- RecordFilterModel -------------------------------------------------------------------------

RecordFilterModel::RecordFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RecordListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RecordFilterModel::setTypeCode(const QString& typeCode)
{
    if (typeCode == m_typeCode)
        return;
    m_typeCode = typeCode;
    invalidateFilter();
}

void RecordFilterModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

bool RecordFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_typeCode.isEmpty() && index.data(RecordListModel::TypeCodeRole).toString() != m_typeCode)
        return false;
    if (m_search.isEmpty())
        return true;
    const QString haystack = index.data(RecordListModel::SearchTextRole).toString();
    const QStringList words = m_search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(),
        [&](const QString& word) { return haystack.contains(word, Qt::CaseInsensitive); });
}

} // namespace karier
