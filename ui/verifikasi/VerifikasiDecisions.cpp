// SPDX-License-Identifier: GPL-3.0-or-later
// VerifikasiPage: the decisions (which rows, the question naming them, the outcome by person).
#include "common/Async.h"
#include "common/Confirm.h"
#include "verifikasi/ApprovalDetailPanel.h"
#include "verifikasi/ApprovalListModel.h"
#include "verifikasi/DecisionDialog.h"
#include "verifikasi/VerifikasiPage.h"
#include "widgets/MessageBanner.h"

#include <QHash>
#include <QTableView>

namespace karier {

namespace {

constexpr int NamedAtMost = 8;

/// "• Nama (NIP …) — Kursus: Judul" per row, at most NamedAtMost, then how many more.
QString subjectList(const QList<ApprovalRow>& rows)
{
    QStringList lines;
    for (const ApprovalRow& row : rows) {
        if (lines.size() == NamedAtMost) {
            lines << VerifikasiPage::tr("… dan %n usulan lainnya", nullptr, int(rows.size()) - NamedAtMost);
            break;
        }
        lines << QStringLiteral("• ") + ApprovalService::subjectText(row);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QList<ApprovalRow> VerifikasiPage::targetRows() const
{
    if (m_model->checkedCount() > 0)
        return m_model->checkedRows();
    const ApprovalRow* shown = m_table ? m_model->rowAt(m_table->currentIndex().row()) : nullptr;
    if (shown && shown->status == SubmissionStatus::Diajukan)
        return {*shown};
    return {};
}

void VerifikasiPage::approveChecked()
{
    const QList<ApprovalRow> rows = targetRows();
    if (rows.isEmpty() || m_busy || m_dialog) {
        if (rows.isEmpty())
            m_banner->showInfo(
                tr("Pilih usulan yang masih menunggu keputusan, atau centang beberapa (Spasi)."));
        return;
    }
    const QString whom = m_model->checkedCount() > 0
        ? tr("%n usulan yang dicentang akan disetujui:", nullptr, int(rows.size()))
        : tr("Usulan yang sedang dibuka akan disetujui:");
    if (!Confirm::ask(this,
            whom + QLatin1Char('\n') + subjectList(rows) + QStringLiteral("\n\n")
                + tr("Pastikan setiap usulan sudah Anda periksa. Apakah anda yakin?"),
            tr("Setujui"), tr("Batal"), tr("Setujui Usulan")))
        return;
    DecisionRequest request;
    request.decision = Decision::Setujui;
    runDecision(request, rows);
}

void VerifikasiPage::returnChecked()
{
    askReason(Decision::Kembalikan);
}

void VerifikasiPage::rejectChecked()
{
    askReason(Decision::Tolak);
}

void VerifikasiPage::askReason(Decision decision)
{
    const QList<ApprovalRow> rows = targetRows();
    if (m_busy || m_dialog)
        return;
    if (rows.isEmpty()) {
        m_banner->showInfo(tr("Pilih usulan yang masih menunggu keputusan, atau centang beberapa (Spasi)."));
        return;
    }
    m_dialog = new DecisionDialog(
        decision, timKerjaWording(), int(rows.size()), m_model->checkedCount() > 0, subjectList(rows), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::finished, this, [this, rows](int result) {
        DecisionDialog* dialog = m_dialog;
        m_dialog = nullptr;
        // The keyboard goes back to the list (also after Batal), for the next row.
        window()->activateWindow();
        m_table->setFocus(Qt::OtherFocusReason);
        if (result != QDialog::Accepted || !dialog)
            return;
        runDecision(dialog->request(), rows);
    });
    m_dialog->open();
}

void VerifikasiPage::runDecision(DecisionRequest request, const QList<ApprovalRow>& rows)
{
    request.items.clear();
    QHash<qint64, QString> subjects;
    for (const ApprovalRow& row : rows) {
        request.items.append({row.id, row.version});
        subjects.insert(row.id, ApprovalService::subjectText(row));
    }
    m_busy = true;
    updateActions();
    m_banner->showInfo(tr("Menyimpan keputusan…"));
    runDb(
        m_db, this,
        [db = m_db, session = m_session, request] { return ApprovalService(db).decide(session, request); },
        [this, decision = request.decision, subjects](Result<DecisionOutcome> outcome) {
            m_busy = false;
            if (!outcome) {
                m_banner->showError(outcome.error().message);
                updateActions();
                return;
            }
            const int decidedCount = int(outcome->decided.size());
            // Worded by what happened: a decision only ever acts on a submission that waits for one.
            QString done;
            switch (decision) {
            case Decision::Setujui:
                done = tr("Berhasil: %n usulan disetujui", nullptr, decidedCount);
                break;
            case Decision::Kembalikan:
                done = timKerjaWording()
                    ? tr("Berhasil: %n usulan dikembalikan untuk perbaikan (Batal Disetujui)", nullptr,
                        decidedCount)
                    : tr("Berhasil: %n usulan dikembalikan untuk perbaikan", nullptr, decidedCount);
                break;
            case Decision::Tolak:
                done = tr("Berhasil: %n usulan ditolak", nullptr, decidedCount);
                break;
            }
            if (decidedCount == 1 && subjects.size() == 1)
                done += QStringLiteral(" — ") + subjects.constBegin().value();
            m_model->clearChecks();
            // The next row takes the decided one's place and is shown: no key to move on.
            m_rowBeforeReload = std::max(0, m_table->currentIndex().row());
            m_model->reload();
            if (outcome->conflicts.isEmpty()) {
                // Said in the banner only: a notice to close after every decision would cost a key each.
                m_banner->showSuccess(done);
            } else {
                QStringList lines;
                for (const DecisionConflict& conflict : outcome->conflicts)
                    lines << tr("• %1: %2")
                                 .arg(subjects.value(conflict.id, tr("Usulan #%1").arg(conflict.id)),
                                     conflict.message);
                const QString text = (decidedCount > 0 ? done + QStringLiteral(". ") : QString())
                    + tr("%n usulan tidak diubah karena sudah berubah sejak Anda membukanya:", nullptr,
                        int(outcome->conflicts.size()))
                    + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
                m_banner->showWarning(text);
                Confirm::inform(this, tr("Sebagian tidak diproses"), text);
            }
            updateActions();
            Q_EMIT decided(decidedCount, int(outcome->conflicts.size()));
        });
}

} // namespace karier
