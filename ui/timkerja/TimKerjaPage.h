// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "net/LinkChecker.h"
#include "records/RecordType.h"
#include "timkerja/TimKerjaService.h"

#include <QHash>
#include <QWidget>
#include <memory>
#include <optional>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace karier {

class Database;
class MessageBanner;
class TimKerjaListModel;

/// Tim Kerja as the manual's SIJANAKA page: "Form Tim Kerja" on top (Tgl SK, Keterangan SK, Kode Kegiatan
/// with F2 = Buat Kode Baru, Nama Tim Kerja, Ruang Lingkup, Kedudukan, URL Bukti Dukung; Simpan, Batal,
/// Hapus) and "Daftar Tim Kerja" below (Tampilkan N entri, search as you type, sortable columns, paging,
/// Pilih). The evidence link is checked by LinkChecker while typing; saving with a link that does not open
/// asks first. All reading and writing goes through TimKerjaService on a worker thread.
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
    LinkChecker* linkChecker() const { return m_checker; }
    /// The entry in the form; 0 for a new one.
    qint64 currentEntryId() const { return m_entry ? m_entry->id : 0; }
    const std::optional<TimKerjaEntry>& currentEntry() const { return m_entry; }
    /// True while the form shows an entry the owner may no longer change (Disetujui).
    bool isReadOnly() const { return m_readOnly; }
    bool isBusy() const { return m_busy; }
    /// The form's values as they would be saved.
    QVariantMap formValues() const;
    /// The last link check of the URL in the form (none while it is being typed or checked).
    const std::optional<LinkCheckResult>& linkCheck() const { return m_linkCheck; }

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
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createForm();
    QWidget* createList();
    QWidget* fieldBlock(const QString& key, QWidget* input, QWidget* parent, QWidget* extra = nullptr);
    QWidget* choiceGroup(const QString& key, QWidget* parent);
    void setChoice(const QString& key, const QString& value);
    QString choice(const QString& key) const;
    void fill(const TimKerjaEntry& entry);
    void updateFormState();
    void updateChoiceHelp(const QString& key);
    void showIssues(const QList<RuleIssue>& issues);
    void clearIssues();
    void setFieldError(const QString& key, const QString& message);
    void startLinkCheck();
    void onLinkChecked(const LinkCheckResult& result);
    void showLinkState(const QString& state, const QString& text);
    void continueSave();
    void updatePaging();
    void setBusy(bool busy);

    std::shared_ptr<Database> m_db;
    Session m_session;
    std::optional<TimKerjaEntry> m_entry;
    bool m_readOnly = false;
    bool m_busy = false;
    bool m_saveAfterCheck = false;
    bool m_filling = false;
    std::optional<LinkCheckResult> m_linkCheck;

    LinkChecker* m_checker = nullptr;
    QTimer* m_linkTimer = nullptr;
    QTimer* m_searchTimer = nullptr;

    MessageBanner* m_banner = nullptr;
    QLabel* m_formTitle = nullptr;
    QLabel* m_formStatus = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_kode = nullptr;
    QLineEdit* m_nama = nullptr;
    QLineEdit* m_url = nullptr;
    QPushButton* m_newKode = nullptr;
    QLabel* m_linkState = nullptr;
    QHash<QString, QButtonGroup*> m_groups;
    QHash<QString, QLabel*> m_errors;
    QHash<QString, QLabel*> m_helps;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_history = nullptr;

    TimKerjaListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_pageSize = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_range = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    qint64 m_selectAfterLoad = 0;
};

} // namespace karier
