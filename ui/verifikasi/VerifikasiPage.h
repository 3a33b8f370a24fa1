// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "approval/ApprovalService.h"
#include "auth/Session.h"
#include "org/Organisation.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace karier {

class ApprovalDetailPanel;
class ApprovalListModel;
class Database;
class DecisionDialog;
class MessageBanner;

/// Verifikasi: the console in which a Pengelola Kepegawaian approves the Tim Kerja of their Perangkat
/// Daerah and Admin BKPSDM the riwayat of every unit (ApprovalService decides who sees what).
///
/// Filters as the manual (Induk Satker — fixed for a Pengelola —, Satker, Status) plus Jenis Riwayat, a
/// NIP-or-name search (as you type) and the date of submission; Tampilkan reloads. The table pages in
/// SQL; rows are ticked with the mouse or Space; "Pilih semua" ticks the page. Setujui asks first and
/// reports "Berhasil: N usulan disetujui"; Kembalikan (Batal Disetujui) and Tolak ask for a reason.
/// Rows that another verifier decided meanwhile are named and left alone. Ekspor CSV writes the whole
/// filtered list. Keyboard: ↑/↓ move, Space ticks, Ctrl+Enter approves, Ctrl+R returns, Ctrl+F searches.
///
/// Object names for tests: indukCombo, satkerCombo, statusCombo, jenisCombo, searchEdit, fromDate,
/// toDate, showButton, exportButton, selectAllCheck, checkedLabel, approveButton, returnButton,
/// rejectButton, historyButton, approvalTable, rangeLabel, previousButton, nextButton, pageSizeCombo,
/// messageBanner, approvalDetail.
class VerifikasiPage : public QWidget
{
    Q_OBJECT

public:
    VerifikasiPage(std::shared_ptr<Database> db, Session session, QWidget* parent = nullptr);

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

Q_SIGNALS:
    /// A decision was written (the counts of the outcome).
    void decided(int decidedCount, int conflictCount);
    void exported(int rows);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createFilters();
    QWidget* createActions();
    QWidget* createTable();
    void loadUnits();
    void fillSatker();
    void applyFilters();
    void updateActions();
    void updateRange();
    QList<DecisionItem> targetItems() const;
    void askReason(Decision decision);
    void runDecision(DecisionRequest request);
    bool timKerjaWording() const;

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
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_show = nullptr;
    QPushButton* m_export = nullptr;
    QCheckBox* m_selectAll = nullptr;
    QLabel* m_checkedLabel = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_return = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_history = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_range = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QComboBox* m_pageSize = nullptr;
    QTimer* m_searchTimer = nullptr;
};

} // namespace karier
