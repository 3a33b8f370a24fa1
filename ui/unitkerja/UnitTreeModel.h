// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "org/UnitAdmin.h"

#include <QAbstractItemModel>
#include <QList>

namespace karier {

/// The organisation tree for the Unit Kerja page: Induk Satker at the top, their Satker below, as
/// UnitAdmin::tree lists them (counted in SQL). Read-only; the page replaces the whole tree after a load.
class UnitTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Code, Employees, Total, Status, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit UnitTreeModel(QObject* parent = nullptr);

    /// Replaces the tree (units in UnitAdmin::tree's order: each Induk Satker before its Satker).
    void setUnits(const QList<UnitNode>& units);
    const UnitNode* unitAt(const QModelIndex& index) const;
    const UnitNode* unitById(qint64 id) const;
    QModelIndex indexOf(qint64 id) const;
    const QList<UnitNode>& units() const { return m_units; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<UnitNode> m_units;
    QList<int> m_top; ///< positions in m_units of the Induk Satker, in order
    QList<QList<int>> m_children; ///< per position in m_units: its Satker's positions
    QList<int> m_parentPos; ///< per position: the Induk Satker's position, -1 for an Induk
    QList<int> m_row; ///< per position: its row under its parent
};

} // namespace karier
