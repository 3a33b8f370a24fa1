// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/HistoryDialog.h"

#include "approval/ApprovalService.h"
#include "common/Async.h"
#include "common/Confirm.h"
#include "widgets/MessageBanner.h"

#include <QPointer>
#include <QWidget>

namespace karier {

void HistoryDialog::load(const std::shared_ptr<Database>& db, const Session& session, qint64 recordId,
    QObject* context, const QString& emptyText, std::function<void(const QString&)> shown,
    std::function<void(const QString&)> failed)
{
    runDb(
        db, context, [db, session, recordId] { return ApprovalService(db).history(session, recordId); },
        [emptyText, shown = std::move(shown), failed = std::move(failed)](
            Result<QList<HistoryEntry>> history) {
            if (!history) {
                failed(history.error().message);
                return;
            }
            QStringList lines;
            for (const HistoryEntry& entry : history.value())
                lines << entry.text();
            shown(lines.isEmpty() ? emptyText : lines.join(QLatin1Char('\n')));
        });
}

void HistoryDialog::open(QWidget* parent, const std::shared_ptr<Database>& db, const Session& session,
    qint64 recordId, const QString& title, const QString& emptyText, MessageBanner* banner)
{
    QPointer<MessageBanner> guard(banner);
    load(
        db, session, recordId, parent, emptyText,
        [parent, title](const QString& text) { Confirm::inform(parent, title, text); },
        [guard](const QString& message) {
            if (guard)
                guard->showError(message);
        });
}

} // namespace karier
