// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "net/LinkChecker.h"
#include "records/RecordType.h"
#include "timkerja/TimKerjaService.h"

#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace karier {

class Database;
class MessageBanner;
class TimKerjaForm;
class TimKerjaListModel;

/// Tim Kerja as the manual's SIJANAKA page: "Form Tim Kerja" on top (Tgl SK, Keterangan SK, Kode Kegiatan
/// with F2 = Buat Kode Baru, Nama Tim Kerja, Ruang Lingkup, Kedudukan, URL Bukti Dukung; Simpan, Batal,
/// Hapus) and "Daftar Tim Kerja" below (Tampilkan N entri, search as you type, sortable columns, paging,
/// Pilih). The evidence link is checked by LinkChecker while typing; saving with a link that does not open
/// asks first. All reading and writing goes through TimKerjaService on a worker thread. The form is a
/// TimKerjaForm; the page owns the list and the actions.
///
/// Object names for tests: formTitle, formStatus, field_<key> (QDateEdit, QLineEdit), <key>_<i> (the radio
/// buttons of Keterangan SK, Ruang Lingkup, Kedudukan), help_<key>, error_<key>, newKodeButton,
/// linkStatusLabel, saveButton, cancelButton, deleteButton, messageBanner, pageSizeCombo, searchEdit,
/// timKerjaTable, rangeLabel, previousButton, nextButton.
class TimKerjaPage : public QWidget
{
    Q_OBJECT

public:
    TimKerjaPage(std::shared_ptr<Database> db, Session session, QWidget* parent = nullptr);
    ~TimKerjaPage() override;

    TimKerjaListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    LinkChecker* linkChecker() const;
    /// The entry in the form; 0 for a new one.
    qint64 currentEntryId() const;
    const std::optional<TimKerjaEntry>& currentEntry() const;
    /// True while the form shows an entry the owner may no longer change (Disetujui).
    bool isReadOnly() const;
    bool isBusy() const { return m_busy; }
    /// The form's values as they would be saved.
    QVariantMap formValues() const;
    /// The last link check of the URL in the form (none while it is being typed or checked).
    const std::optional<LinkCheckResult>& linkCheck() const;

public Q_SLOTS:
    /// F2 / "Buat Kode Baru": asks the database for an unused Kode Kegiatan.
    void createKode();
    /// Simpan: checks, asks when the link does not open, then saves as Belum Disetujui.
    void save();
    /// Batal: empties the form for a new entry.
    void clearForm();
    /// Hapus: asks, then deletes the entry in the form.
    void removeCurrent();
    void showHistory();
    /// Pilih: loads the entry of table row \a row into the form.
    void chooseRow(int row);
    /// Loads entry \a id into the form.
    void loadEntry(qint64 id);

Q_SIGNALS:
    void kodeCreated(const QString& kode);
    /// After every save attempt (false: refused, failed or cancelled).
    void saveFinished(bool ok);
    void removeFinished(bool ok);
    /// An entry was loaded into the form.
    void entryLoaded(qint64 id);
    void linkChecked(const karier::LinkCheckResult& result);

protected:
    /// Every show after the first reloads the list (keeping the selected row); the form is left as it is.
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createForm(QWidget* parent);
    QWidget* createList();
    /// The banner for an entry just loaded: what its status allows.
    void showEntryNote(const TimKerjaEntry& entry);
    void showIssues(const QList<RuleIssue>& issues);
    void continueSave();
    void updatePaging();
    void setBusy(bool busy);

    std::shared_ptr<Database> m_db;
    Session m_session;
    MessageBanner* m_banner = nullptr;
    TimKerjaForm* m_form = nullptr;
    bool m_busy = false;
    bool m_saveAfterCheck = false;

    TimKerjaListModel* m_model = nullptr;
    QTimer* m_searchTimer = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_pageSize = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_range = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    qint64 m_selectAfterLoad = 0;
    bool m_shownOnce = false;
};

} // namespace karier
