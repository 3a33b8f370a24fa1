// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/BatchController.h"

#include "common/Async.h"
#include "common/Confirm.h"
#include "records/BatchRecipientsPage.h"

#include <QCoreApplication>
#include <QWidget>

namespace karier {

namespace {

/// The texts keep the context of the record wizard, where batch entry was first written.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(karier::RecordWizard)
};

} // namespace

BatchController::BatchController(
    std::shared_ptr<Database> db, Session session, const RecordType& type, QWidget* dialog)
    : QObject(dialog), m_db(std::move(db)), m_session(std::move(session)), m_type(type), m_dialog(dialog)
{
    m_page = new BatchRecipientsPage(m_db, dialog);
    m_page->setObjectName(QStringLiteral("recipientsPage"));
    connect(m_page, &BatchRecipientsPage::entriesChanged, this, [this] {
        m_plan.reset();
        Q_EMIT changed();
    });
    connect(m_page, &BatchRecipientsPage::fileFailed, this, &BatchController::refused);
}

void BatchController::prepare(const QVariantMap& values)
{
    const QList<NipEntry> nips = m_page->entries();
    if (nips.isEmpty()) {
        Q_EMIT refused(Text::tr("Tambahkan paling sedikit satu pegawai: centang dari daftar, tempel NIP, "
                                "atau muat file CSV."));
        return;
    }
    Q_EMIT busy(Text::tr("Mencocokkan %n NIP dengan data pegawai…", nullptr, int(nips.size())));
    runDb(
        m_db, this,
        [db = m_db, session = m_session, type = &m_type, values, nips] {
            return BatchService(db).prepare(&session, *type, values, nips);
        },
        [this](Result<BatchPlan> plan) {
            Q_EMIT idle();
            if (!plan) {
                Q_EMIT failed(plan.error().message);
                return;
            }
            m_plan = plan.value();
            m_page->showPlan(plan.value());
            if (plan->recipients.isEmpty()) {
                Q_EMIT refused(Text::tr("Tidak ada NIP dalam daftar yang dapat menerima %1. Lihat alasannya "
                                        "di tabel bawah.")
                                   .arg(m_type.title));
                return;
            }
            const QString question = plan->problems.isEmpty()
                ? Text::tr("%1\n\nApakah anda yakin?").arg(plan->summary())
                : Text::tr("%1\n%n isian tidak akan menerima (alasannya ada di tabel).\n\nApakah anda yakin?",
                    nullptr, int(plan->problems.size()))
                      .arg(plan->summary());
            if (!Confirm::ask(m_dialog, question))
                return;
            Q_EMIT prepared();
        });
}

void BatchController::apply(const DocumentUpload& document)
{
    if (!m_plan)
        return;
    if (!Confirm::ask(m_dialog,
            Text::tr("%1 Riwayat ini langsung berstatus Disetujui.\n\nApakah anda yakin?")
                .arg(m_plan->summary())))
        return;
    Q_EMIT busy(Text::tr("Menyimpan %n riwayat…", nullptr, int(m_plan->recipients.size())));
    runDb(
        m_db, this,
        [db = m_db, session = m_session, plan = *m_plan, document] {
            return BatchService(db).apply(&session, plan, document);
        },
        [this](Result<BatchOutcome> outcome) {
            Q_EMIT idle();
            if (!outcome) {
                Q_EMIT failed(outcome.error().message);
                return;
            }
            Q_EMIT applied(outcome->created);
        });
}

QString BatchController::summaryLine() const
{
    if (!m_plan)
        return {};
    return m_plan->problems.isEmpty()
        ? m_plan->summary()
        : Text::tr("%1 %n isian dari daftar tidak akan menerima.", nullptr, int(m_plan->problems.size()))
              .arg(m_plan->summary());
}

} // namespace karier
