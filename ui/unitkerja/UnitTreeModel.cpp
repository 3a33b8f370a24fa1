// SPDX-License-Identifier: GPL-3.0-or-later
#include "unitkerja/UnitTreeModel.h"

#include <QFont>
#include <QHash>

namespace karier {

UnitTreeModel::UnitTreeModel(QObject* parent) : QAbstractItemModel(parent)
{ }

void UnitTreeModel::setUnits(const QList<UnitNode>& units)
{
    beginResetModel();
    m_units = units;
    m_top.clear();
    m_children = QList<QList<int>>(m_units.size());
    m_parentPos = QList<int>(m_units.size(), -1);
    m_row = QList<int>(m_units.size(), 0);
    QHash<qint64, int> position;
    for (int i = 0; i < m_units.size(); ++i)
        position.insert(m_units.at(i).id, i);
    for (int i = 0; i < m_units.size(); ++i) {
        const UnitNode& unit = m_units.at(i);
        const int parent = unit.isInduk() ? -1 : position.value(unit.parentId, -1);
        if (parent < 0) {
            m_row[i] = int(m_top.size());
            m_top.append(i);
        } else {
            m_parentPos[i] = parent;
            m_row[i] = int(m_children[parent].size());
            m_children[parent].append(i);
        }
    }
    endResetModel();
}

const UnitNode* UnitTreeModel::unitAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto pos = qsizetype(index.internalId());
    return pos < m_units.size() ? &m_units.at(pos) : nullptr;
}

const UnitNode* UnitTreeModel::unitById(qint64 id) const
{
    for (const UnitNode& unit : m_units) {
        if (unit.id == id)
            return &unit;
    }
    return nullptr;
}

QModelIndex UnitTreeModel::indexOf(qint64 id) const
{
    for (int i = 0; i < m_units.size(); ++i) {
        if (m_units.at(i).id == id)
            return createIndex(m_row.at(i), 0, quintptr(i));
    }
    return {};
}

QModelIndex UnitTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_top.size() ? createIndex(row, column, quintptr(m_top.at(row))) : QModelIndex();
    if (parent.model() != this || parent.column() != 0)
        return {};
    const auto& children = m_children.at(qsizetype(parent.internalId()));
    return row < children.size() ? createIndex(row, column, quintptr(children.at(row))) : QModelIndex();
}

QModelIndex UnitTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_parentPos.at(qsizetype(child.internalId()));
    return parent < 0 ? QModelIndex() : createIndex(m_row.at(parent), 0, quintptr(parent));
}

int UnitTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    return int(m_children.at(qsizetype(parent.internalId())).size());
}

int UnitTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant UnitTreeModel::data(const QModelIndex& index, int role) const
{
    const UnitNode* unit = unitAt(index);
    if (!unit)
        return {};
    if (role == IdRole)
        return unit->id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return unit->name;
        case Code:
            return unit->code;
        case Employees:
            return unit->ownEmployees;
        case Total:
            return unit->isInduk() ? QVariant(unit->totalEmployees) : QVariant();
        case Status:
            return unit->active ? tr("Aktif") : tr("Tidak aktif");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == Name || index.column() == Code))
        return index.column() == Name ? unit->name : unit->code;
    if (role == Qt::TextAlignmentRole && (index.column() == Employees || index.column() == Total))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && !unit->active) {
        // An inactive unit is written in italics (no colour of its own: colours live in the theme).
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

QVariant UnitTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == Employees || section == Total))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Unit Kerja");
    case Code:
        return tr("Kode");
    case Employees:
        return tr("Pegawai");
    case Total:
        return tr("Termasuk Satker");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace karier
