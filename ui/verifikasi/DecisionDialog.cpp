// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifikasi/DecisionDialog.h"

#include "common/DialogStyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace karier {

DecisionDialog::DecisionDialog(
    Decision decision, bool timKerjaWording, int count, bool ticked, const QString& subjects, QWidget* parent)
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
    // Whom it affects, before anything else.
    QString whom;
    if (giveBack)
        whom = ticked
            ? tr(
                "%n usulan yang dicentang akan dikembalikan kepada pegawai untuk diperbaiki:", nullptr, count)
            : tr("Usulan yang sedang dibuka akan dikembalikan kepada pegawai untuk diperbaiki:");
    else
        whom = ticked ? tr("%n usulan yang dicentang akan ditolak (Tidak Memenuhi Syarat):", nullptr, count)
                      : tr("Usulan yang sedang dibuka akan ditolak (Tidak Memenuhi Syarat):");
    layout->addWidget(DialogStyle::makeLabel(whom, "hint", this));
    QLabel* subjectsLabel = DialogStyle::makeLabel(subjects, "fieldValue", this);
    subjectsLabel->setObjectName(QStringLiteral("decisionSubjects"));
    subjectsLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(subjectsLabel);
    layout->addWidget(DialogStyle::makeLabel(giveBack ? tr("Pegawai akan melihat alasan dan catatan ini.")
                                                      : tr("Pegawai akan melihat alasan ini."),
        "hint", this));

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    if (giveBack) {
        m_reason = new QComboBox(this);
        m_reason->setObjectName(QStringLiteral("reasonCombo"));
        m_reason->addItem(tr("— Pilih alasan —"));
        for (ReturnReason reason : ApprovalService::reasons())
            m_reason->addItem(ApprovalService::reasonText(reason), int(reason));
        form->addRow(tr("&Alasan"), m_reason);
    }
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(giveBack ? tr("Catatan untuk pegawai (tidak wajib), mis. halaman yang buram")
                                        : tr("Alasan penolakan (wajib)"));
    m_note->setFixedHeight(96);
    form->addRow(giveBack ? tr("&Catatan") : tr("&Alasan"), m_note);
    layout->addLayout(form);

    m_error = DialogStyle::makeLabel(QString(), "fieldError", this);
    m_error->setObjectName(QStringLiteral("noteError"));
    // Its line is kept from the start: a message does not squeeze the dialog's texts (the dialog does not
    // grow by itself once shown).
    m_error->setMinimumHeight(m_error->fontMetrics().lineSpacing());
    layout->addWidget(m_error);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    QPushButton* cancel = DialogStyle::makeButton(tr("Batal"), QStringLiteral("cancelButton"), false, this);
    QPushButton* send = DialogStyle::makeButton(
        giveBack ? tr("&Kirim") : tr("&Tolak"), QStringLiteral("sendButton"), true, this);
    send->setToolTip(giveBack ? tr("Kirim keputusan (Alt+K atau Ctrl+Enter)")
                              : tr("Tolak usulan (Alt+T atau Ctrl+Enter)"));
    cancel->setToolTip(tr("Tutup tanpa keputusan (Esc)"));
    // Enter writes a new line in the note; Ctrl+Enter sends from anywhere in the dialog.
    for (const QKeySequence& keys :
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &DecisionDialog::accept);
    }
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
        if (m_reason && !m_reason->currentData().isValid())
            m_reason->setFocus();
        else
            m_note->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace karier
