// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "common/Async.h"
#include "common/Result.h"

#include <QAbstractTableModel>
#include <functional>
#include <memory>

namespace karier {

class Database;

/// The base of the lists that filter, sort and page in SQL (Daftar Tim Kerja, the verifier's console):
/// one page of rows at a time, loaded on a database worker. Every change of the query starts a load;
/// a load that a newer one overtook is dropped. Subclasses hold their query and rows and implement
/// load(offset) with fetchPage().
class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    PagedListModel(std::shared_ptr<Database> db, Session session, int pageSize, QObject* parent);

    /// Rows per page; keeps the first row shown on the new page.
    void setPageSize(int size);
    int pageSize() const { return m_limit; }
    void nextPage();
    void previousPage();
    bool hasNextPage() const { return m_offset + m_limit < m_total; }
    bool hasPreviousPage() const { return m_offset > 0; }
    int offset() const { return m_offset; }
    int total() const { return m_total; }
    bool isLoading() const { return m_pending > 0; }

public Q_SLOTS:
    /// Loads the current page again (after a save, a decision or a delete).
    void reload();

Q_SIGNALS:
    /// A page was loaded and is shown (also when it is empty).
    void loaded();
    void loadFailed(const QString& message);
    void loadingChanged(bool loading);

protected:
    /// Loads the page that starts at \a offset (with fetchPage).
    virtual void load(int offset) = 0;

    /// Runs \a query on a database worker; when it is still the newest load, \a adopt takes the page
    /// inside a model reset and returns its offset and total, then \a afterwards runs.
    template<class Page>
    void fetchPage(std::function<Result<Page>(const std::shared_ptr<Database>&, const Session&)> query,
        std::function<std::pair<int, int>(Page&&)> adopt, std::function<void()> afterwards = {})
    {
        if (!m_db)
            return;
        const int generation = startLoad();
        runDb<Result<Page>>(
            m_db, this, [db = m_db, session = m_session, query] { return query(db, session); },
            [this, generation, adopt, afterwards](Result<Page> page) {
                if (!finishLoad(generation, page ? QString() : page.error().message))
                    return;
                beginResetModel();
                const auto [offset, total] = adopt(std::move(page).value());
                m_offset = offset;
                m_total = total;
                endResetModel();
                if (afterwards)
                    afterwards();
                Q_EMIT loaded();
            });
    }

    /// Whether a page has been asked for yet.
    bool hasStarted() const { return m_generation > 0; }
    const Session& session() const { return m_session; }

private:
    int startLoad();
    /// False when the load was overtaken or failed (then loadFailed is emitted).
    bool finishLoad(int generation, const QString& error);

    std::shared_ptr<Database> m_db;
    Session m_session;
    int m_limit;
    int m_offset = 0;
    int m_total = 0;
    int m_generation = 0;
    int m_pending = 0;
};

} // namespace karier
