// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifikasi/DecisionDialog.h"

#include "common/DialogStyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace karier {

DecisionDialog::DecisionDialog(Decision decision, bool timKerjaWording, int count, QWidget* parent)
    : QDialog(parent), m_decision(decision)
{
    setObjectName(QStringLiteral("decisionDialog"));
    setMinimumWidth(480);
    const bool giveBack = decision == Decision::Kembalikan;
    const QString title = giveBack
        ? (timKerjaWording ? tr("Batal Disetujui") : tr("Kembalikan untuk Perbaikan"))
        : tr("Tolak Usulan");
    setWindowTitle(title);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(DialogStyle::makeHeading(title, this));
    layout->addWidget(DialogStyle::makeLabel(giveBack
            ? tr("%n usulan akan dikembalikan kepada pegawai untuk diperbaiki. Pegawai akan melihat alasan "
                 "dan catatan ini.",
                nullptr, count)
            : tr("%n usulan akan ditolak (Tidak Memenuhi Syarat). Pegawai akan melihat alasan ini.", nullptr,
                count),
        "hint", this));

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    if (giveBack) {
        m_reason = new QComboBox(this);
        m_reason->setObjectName(QStringLiteral("reasonCombo"));
        m_reason->addItem(tr("— Pilih alasan —"));
        for (ReturnReason reason : ApprovalService::reasons())
            m_reason->addItem(ApprovalService::reasonText(reason), int(reason));
        form->addRow(tr("Alasan"), m_reason);
    }
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(giveBack ? tr("Catatan untuk pegawai (tidak wajib), mis. halaman yang buram")
                                        : tr("Alasan penolakan (wajib)"));
    m_note->setFixedHeight(96);
    form->addRow(giveBack ? tr("Catatan") : tr("Alasan"), m_note);
    layout->addLayout(form);

    m_error = DialogStyle::makeLabel(QString(), "fieldError", this);
    m_error->setObjectName(QStringLiteral("noteError"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    QPushButton* cancel = DialogStyle::makeButton(tr("Batal"), QStringLiteral("cancelButton"), false, this);
    QPushButton* send = DialogStyle::makeButton(
        giveBack ? tr("Kirim") : tr("Tolak"), QStringLiteral("sendButton"), true, this);
    buttons->addWidget(cancel);
    buttons->addWidget(send);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(send, &QPushButton::clicked, this, &DecisionDialog::accept);
    if (m_reason)
        m_reason->setFocus();
    else
        m_note->setFocus();
}

DecisionRequest DecisionDialog::request() const
{
    DecisionRequest request;
    request.decision = m_decision;
    if (m_reason && m_reason->currentData().isValid())
        request.reason = static_cast<ReturnReason>(m_reason->currentData().toInt());
    request.note = m_note->toPlainText().simplified();
    return request;
}

void DecisionDialog::accept()
{
    QString problem;
    const QString note = m_note->toPlainText().simplified();
    if (m_reason && !m_reason->currentData().isValid())
        problem = tr("Pilih alasan pengembalian.");
    else if (!m_reason && note.isEmpty())
        problem = tr("Alasan penolakan wajib diisi.");
    else if (note.size() > ApprovalService::maxNoteLength)
        problem = tr("Catatan paling panjang %1 karakter (sekarang %2).")
                      .arg(ApprovalService::maxNoteLength)
                      .arg(note.size());
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        if (m_reason && !m_reason->currentData().isValid())
            m_reason->setFocus();
        else
            m_note->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace karier
