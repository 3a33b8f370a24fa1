// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "approval/ApprovalService.h"
#include "auth/Session.h"
#include "org/Organisation.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace karier {

class ApprovalDetailPanel;
class ApprovalListModel;
class Database;
class DecisionDialog;
class MessageBanner;
class OptionalDateEdit;

/// Verifikasi: the console in which a Pengelola Kepegawaian approves the Tim Kerja of their Perangkat
/// Daerah and Admin BKPSDM the riwayat of every unit (ApprovalService decides who sees what).
///
/// Filters as the manual (Induk Satker — fixed for a Pengelola —, Satker, Status) plus Jenis Riwayat, a
/// NIP-or-name search (as you type) and the date of submission; Tampilkan reloads. The table pages in
/// SQL; rows are ticked with the mouse or Space; "Pilih semua" ticks the page. Setujui asks first and
/// reports "Berhasil: N usulan disetujui"; Kembalikan (Batal Disetujui) and Tolak ask for a reason.
/// Rows that another verifier decided meanwhile are named and left alone. Ekspor CSV writes the whole
/// filtered list.
///
/// A decision acts on the ticked rows, or on the row shown in the side panel when none is ticked; the
/// question names whom it affects (name, NIP, item). Success is said in the banner; what was left alone
/// (decided elsewhere meanwhile) is named by person in a notice.
///
/// Keyboard only: every button and filter has an Alt+letter mnemonic (underlined, also in its tooltip):
/// Setujui Alt+S (or Ctrl+Enter), Kembalikan Alt+K / Batal Disetujui Alt+B (or Ctrl+R), Tolak Alt+T,
/// Riwayat proses Alt+P, Ekspor CSV Alt+E, Tampilkan Alt+A, Sebelumnya Alt+L, Berikutnya Alt+Y, Pilih
/// semua Alt+M, the document Alt+D; the filters Induk Satker Alt+I, Satker Alt+R, Status Alt+U, Jenis
/// Riwayat Alt+J, NIP / Nama Alt+N (or Ctrl+F), Tanggal diajukan Alt+G. In a filter, Enter applies it
/// and Esc goes back to the table. ↑/↓ move (the side panel follows), Space ticks, Tab leaves the table
/// and the dates; Ctrl+Alt+←/→ move the divider between the table and the side panel.
///
/// Object names for tests: indukCombo, satkerCombo, statusCombo, jenisCombo, searchEdit, fromDate,
/// toDate, showButton, exportButton, selectAllCheck, checkedLabel, approveButton, returnButton,
/// rejectButton, historyButton, approvalTable, rangeLabel, previousButton, nextButton, pageSizeCombo,
/// messageBanner, approvalDetail, verifikasiSplit, verifikasiLeftSplit, documentCard.
class VerifikasiPage : public QWidget
{
    Q_OBJECT

public:
    VerifikasiPage(std::shared_ptr<Database> db, Session session, QWidget* parent = nullptr);
    /// Keeps a divider the user moved for the next time (LocalSettings).
    ~VerifikasiPage() override;

    ApprovalListModel* model() const { return m_model; }
    ApprovalDetailPanel* detailPanel() const { return m_detail; }
    /// The reason dialog while it is open (tests drive it), else nullptr.
    DecisionDialog* decisionDialog() const { return m_dialog; }

public Q_SLOTS:
    void approveChecked();
    void returnChecked();
    void rejectChecked();
    void showHistory();
    void exportCsv();
    /// Admin BKPSDM: approved riwayat not exported yet as SIASN payloads (JSON) with their PDFs beside it.
    void exportSiasn();
    /// Moves the divider between the table and the side panel by \a delta pixels (+: wider table).
    void moveDivider(int delta);
    /// Lists the submissions waiting for a decision, the longest waiting first (the Beranda's card):
    /// Status Usulan, sorted by Menunggu; the other filters stay.
    void showOldestWaitingFirst();

Q_SIGNALS:
    /// A decision was written (the counts of the outcome).
    void decided(int decidedCount, int conflictCount);
    void exported(int rows);
    void siasnExported(int records);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createFilters();
    QWidget* createActions();
    QWidget* createTable();
    QLayout* createPaging();
    /// Hides the columns the side panel shows too, least needed first, while the list is too narrow
    /// for all of them (no sideways scrolling at 1000 px); shows them again when there is room.
    void fitColumns();
    void loadUnits();
    void fillSatker();
    void applyFilters();
    void updateActions();
    void updateRange();
    /// The rows a decision acts on: the ticked ones, or the row shown when none is ticked.
    QList<ApprovalRow> targetRows() const;
    void askReason(Decision decision);
    void runDecision(DecisionRequest request, const QList<ApprovalRow>& rows);
    bool timKerjaWording() const;
    void setupKeyboard();
    void focusTable();

    std::shared_ptr<Database> m_db;
    Session m_session;
    QList<OrgUnit> m_units;
    ApprovalListModel* m_model = nullptr;
    ApprovalDetailPanel* m_detail = nullptr;
    DecisionDialog* m_dialog = nullptr;
    bool m_busy = false;
    bool m_started = false;

    MessageBanner* m_banner = nullptr;
    QComboBox* m_induk = nullptr;
    QComboBox* m_satker = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_jenis = nullptr;
    QLineEdit* m_search = nullptr;
    OptionalDateEdit* m_from = nullptr;
    OptionalDateEdit* m_to = nullptr;
    QPushButton* m_show = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_exportSiasn = nullptr; ///< Admin only
    QCheckBox* m_selectAll = nullptr;
    QLabel* m_checkedLabel = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_return = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_history = nullptr;
    QTableView* m_table = nullptr;
    QSplitter* m_split = nullptr;
    QString m_splitKey; ///< the divider's LocalSettings name (the layout with or without a document)
    bool m_dividerMoved = false;
    QList<int> m_columnWidths; ///< the widths sizeColumns gave (0: stretches), for fitColumns()
    int m_rowBeforeReload = -1; ///< the table row to show again after a decision's reload
    QLabel* m_range = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QComboBox* m_pageSize = nullptr;
    QTimer* m_searchTimer = nullptr;
};

} // namespace karier
