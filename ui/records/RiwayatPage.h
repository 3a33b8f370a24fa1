// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "records/RecordWizard.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>
#include <memory>

class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace karier {

class Database;
class MessageBanner;
class RecordFilterModel;
class RecordListModel;

struct RecordSummary;

/// Riwayat Sertifikasi: the employee's own Kursus and Sertifikasi with their status and the verifier's
/// notes, the JP of this year against the target, and the actions Tambah, Lihat, Ubah and Hapus.
/// Everything is read and written through RecordService on a worker.
///
/// Object names for tests: recordTable, jenisFilter, searchEdit, addButton_<code>, viewButton,
/// editButton, deleteButton, jpCard, jpLabel, jpProgress, emptyState, emptyText, messageBanner;
/// the detail dialog: recordDetailDialog (detailStatus, detailNote, detailPreview, detail_<key>).
class RiwayatPage : public QWidget
{
    Q_OBJECT

public:
    RiwayatPage(
        std::shared_ptr<Database> db, Session session, QStringList typeCodes, QWidget* parent = nullptr);
    ~RiwayatPage() override;

    RecordListModel* model() const { return m_model; }
    RecordFilterModel* filterModel() const { return m_filter; }
    QTableView* table() const { return m_table; }
    /// The wizard opened by Tambah or Ubah while it is open.
    RecordWizard* activeWizard() const { return m_wizard; }
    /// The detail dialog opened by Lihat while it is open.
    QDialog* activeDetail() const { return m_detail; }
    bool isLoading() const { return m_loading > 0; }
    int jpYear() const { return m_jpYear; }
    /// The record of the selected row; nullptr when none is selected.
    const RecordSummary* selectedRecord() const;
    /// Selects the row of \a recordId (clearing the filter if it hides it); false when not listed.
    bool selectRecord(qint64 recordId);

public Q_SLOTS:
    /// Reloads the list and the JP card; loaded() follows.
    void refresh();
    /// Opens the wizard for a new record of \a typeCode ("kursus", "sertifikasi").
    RecordWizard* addRecord(const QString& typeCode);
    /// Admin BKPSDM: the batch wizard for one decree or training event and many employees.
    RecordWizard* addBatch(const QString& typeCode);
    /// Lihat: all fields, the document, the status and the verifier's decision.
    QDialog* viewSelected();
    /// Ubah: resumes a Draf or fixes a record in Perlu Perbaikan.
    RecordWizard* editSelected();
    /// Hapus: asks, then deletes a Draf or withdraws a record in Perlu Perbaikan.
    void removeSelected();

Q_SIGNALS:
    /// After any save, submit or delete, for the dashboard.
    void changed();
    /// After every refresh has been shown.
    void loaded();
    /// A delete finished (successfully or not).
    void removeFinished(bool ok);

protected:
    /// Every show after the first reloads the list and the JP card (keeping selection and scroll).
    void showEvent(QShowEvent* event) override;

private:
    /// Whether a listed type counts toward the yearly JP (the JP card).
    bool countsJp() const;
    QWidget* createJpCard();
    RecordWizard* openWizard(const QString& typeCode, qint64 recordId);
    void updateActions();
    RecordWizard* openWizardFor(const QString& typeCode, qint64 recordId, bool batch);
    void updateEmptyState();

    std::shared_ptr<Database> m_db;
    Session m_session;
    QStringList m_typeCodes;
    int m_jpYear = 0;
    int m_loading = 0;
    int m_refreshGeneration = 0;
    bool m_shownOnce = false;

    RecordListModel* m_model = nullptr;
    RecordFilterModel* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyText = nullptr;
    QPushButton* m_emptyAction = nullptr;
    QComboBox* m_jenisFilter = nullptr;
    QLineEdit* m_search = nullptr;
    QPushButton* m_viewButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    MessageBanner* m_banner = nullptr;
    QWidget* m_jpCard = nullptr;
    QLabel* m_jpLabel = nullptr;
    QLabel* m_jpHint = nullptr;
    QProgressBar* m_jpProgress = nullptr;
    QLabel* m_countLabel = nullptr;

    QPointer<RecordWizard> m_wizard;
    QPointer<QDialog> m_detail;
};

} // namespace karier
