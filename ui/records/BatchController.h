// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "records/BatchService.h"
#include "records/RecordType.h"

#include <QObject>
#include <memory>
#include <optional>

class QWidget;

namespace karier {

class BatchRecipientsPage;
class Database;

/// The record wizard's batch mode (Admin BKPSDM): owns the "Pilih Pegawai" step (BatchRecipientsPage),
/// the plan BatchService::prepare makes of its NIPs, and the one transaction that writes a Disetujui
/// record for every recipient. Asks before each step; the wizard shows its busy state and messages.
class BatchController : public QObject
{
    Q_OBJECT

public:
    /// \a dialog: the wizard, parent of the recipients page and of the questions.
    BatchController(std::shared_ptr<Database> db, Session session, const RecordType& type, QWidget* dialog);

    BatchRecipientsPage* page() const { return m_page; }
    const std::optional<BatchPlan>& plan() const { return m_plan; }
    /// Matches the page's NIPs with the employees for the decree \a values, shows what each gets, and
    /// asks; prepared() follows when the admin agrees.
    void prepare(const QVariantMap& values);
    /// Asks, then writes the plan's records with \a document in one transaction; applied() follows.
    void apply(const DocumentUpload& document);
    /// The summary's line ("139 pegawai akan menerima …" and the entries left out); empty without a plan.
    QString summaryLine() const;

Q_SIGNALS:
    /// Work for the database started (the text says what) or ended.
    void busy(const QString& text);
    void idle();
    /// Something the admin must change first.
    void refused(const QString& message);
    /// The database failed.
    void failed(const QString& message);
    void prepared();
    void applied(int created);
    /// The list of NIPs changed: the plan is gone.
    void changed();

private:
    std::shared_ptr<Database> m_db;
    Session m_session;
    const RecordType& m_type;
    QWidget* m_dialog = nullptr;
    BatchRecipientsPage* m_page = nullptr;
    std::optional<BatchPlan> m_plan;
};

} // namespace karier
