// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDialog>
#include <memory>

class QGridLayout;
class QLabel;
class QPushButton;

namespace karier {

class Database;
class MessageBanner;
class PdfPreview;
struct RecordDetail;

/// Lihat on the Riwayat page: owns the read-only view of one record, every field, the status and the
/// verifier's decision, its history (HistoryDialog::load) and the document's preview.
///
/// Object names for tests: recordDetailDialog, detailTitle, detailStatus, detailNote, detail_<key>,
/// detail_jenis (Kursus, Sertifikasi), detail_submittedAt, detail_decided, detail_updatedAt, detailHistory,
/// detailPreview, editButton (shown while the owner may edit: Draf, Perlu Perbaikan), printButton
/// (Cetak / Simpan PDF…: the record's Ringkasan with its history), printBanner, closeButton.
class RecordDetailDialog : public QDialog
{
    Q_OBJECT

public:
    /// What the dialog ends with when Ubah was pressed (QDialog::finished): the caller opens the wizard.
    static constexpr int EditRequested = 2;

    RecordDetailDialog(std::shared_ptr<Database> db, Session session, qint64 recordId, QWidget* parent);
    /// Whether Ubah is offered at all (the owner's Riwayat page: yes; a view from elsewhere, e.g. the
    /// Pegawai page, where no wizard follows: no). Call before the record has loaded.
    void setEditOffered(bool offered) { m_editOffered = offered; }

Q_SIGNALS:
    /// The Ringkasan was printed or saved (its pages), or refused (0).
    void printed(int pages);

private:
    void addRow(const QString& name, const QString& value, const QString& objectName);
    void display(const Result<RecordDetail>& result);

    std::shared_ptr<Database> m_db;
    Session m_session;
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    MessageBanner* m_note = nullptr;
    QGridLayout* m_grid = nullptr;
    QLabel* m_history = nullptr;
    PdfPreview* m_preview = nullptr;
    QLabel* m_noDocument = nullptr;
    QPushButton* m_edit = nullptr;
    bool m_editOffered = true;
    QPushButton* m_print = nullptr;
    MessageBanner* m_printBanner = nullptr;
};

} // namespace karier
