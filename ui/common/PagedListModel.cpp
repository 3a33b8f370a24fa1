// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/PagedListModel.h"

#include <algorithm>

namespace karier {

PagedListModel::PagedListModel(std::shared_ptr<Database> db, Session session, int pageSize, QObject* parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_session(std::move(session)), m_limit(pageSize)
{ }

void PagedListModel::setPageSize(int size)
{
    if (size == m_limit || size < 1)
        return;
    m_limit = size;
    load((m_offset / size) * size);
}

void PagedListModel::nextPage()
{
    if (hasNextPage())
        load(m_offset + m_limit);
}

void PagedListModel::previousPage()
{
    if (hasPreviousPage())
        load(std::max(0, m_offset - m_limit));
}

void PagedListModel::reload()
{
    load(m_offset);
}

int PagedListModel::startLoad()
{
    if (m_pending++ == 0)
        Q_EMIT loadingChanged(true);
    return ++m_generation;
}

bool PagedListModel::finishLoad(int generation, const QString& error)
{
    if (--m_pending == 0)
        Q_EMIT loadingChanged(false);
    if (generation != m_generation)
        return false; // a newer query is on its way
    if (!error.isNull()) {
        Q_EMIT loadFailed(error);
        return false;
    }
    return true;
}

} // namespace karier
