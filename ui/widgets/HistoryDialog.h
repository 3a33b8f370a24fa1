// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"

#include <QString>
#include <functional>
#include <memory>

class QObject;
class QWidget;

namespace karier {

class Database;
class MessageBanner;

/// "Riwayat proses…", a record's decision history: owns reading ApprovalService::history on a worker and
/// showing it one step a line (submitted, decided by whom, when, with which note, submitted again),
/// either as a notice of its own (open) or in a label of the caller's (load).
class HistoryDialog
{
public:
    /// Reads the history of record \a recordId and hands its text (\a emptyText when it has no step) to
    /// \a shown, or the error's message to \a failed; neither once \a context is gone.
    static void load(const std::shared_ptr<Database>& db, const Session& session, qint64 recordId,
        QObject* context, const QString& emptyText, std::function<void(const QString&)> shown,
        std::function<void(const QString&)> failed);
    /// The history as a notice titled \a title over \a parent; a failure is shown in \a banner.
    static void open(QWidget* parent, const std::shared_ptr<Database>& db, const Session& session,
        qint64 recordId, const QString& title, const QString& emptyText, MessageBanner* banner);
};

} // namespace karier
