// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/LinkChecker.h"
#include "records/RecordType.h"
#include "timkerja/TimKerjaService.h"

#include <QFrame>
#include <QHash>
#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace karier {

class OptionalDateEdit;

/// "Form Tim Kerja", the card on top of TimKerjaPage: owns its fields (Tgl SK, Keterangan SK, Kode
/// Kegiatan, Nama Tim Kerja, Ruang Lingkup, Kedudukan, URL Bukti Dukung), the entry they show, the
/// errors under them, the evidence link's check while typing (LinkChecker), and the buttons, whose
/// clicks it hands to the page. Saving, deleting and loading are the page's.
///
/// Object names for tests: formCard, formTitle, formStatus, field_<key> (QDateEdit, QLineEdit), <key>_<i>
/// (the radio buttons), label_<key>, help_<key>, error_<key>, newKodeButton, linkStatusLabel, saveButton,
/// cancelButton, deleteButton, historyButton.
class TimKerjaForm : public QFrame
{
    Q_OBJECT

public:
    explicit TimKerjaForm(QWidget* parent = nullptr);
    ~TimKerjaForm() override;

    LinkChecker* linkChecker() const { return m_checker; }
    /// The entry shown; none for a new one.
    const std::optional<TimKerjaEntry>& entry() const { return m_entry; }
    /// True while the form shows an entry the owner may no longer change (Disetujui).
    bool isReadOnly() const { return m_readOnly; }
    /// The values as they would be saved.
    QVariantMap values() const;
    /// The last link check of the URL (none while it is being typed or checked).
    const std::optional<LinkCheckResult>& linkCheck() const { return m_linkCheck; }
    /// A valid link whose check has not answered yet.
    bool isLinkCheckPending() const;
    /// Checks the link now unless a check is running.
    void checkLinkNow();

    /// Shows \a entry (its stored link check, then a fresh one when it may be changed).
    void fill(const TimKerjaEntry& entry);
    /// Empties the form for a new entry.
    void clear();
    void setKode(const QString& kode);
    /// Locks the form while the page works; updates the title and the buttons.
    void setBusy(bool busy);
    void setNewKodeEnabled(bool enabled);
    void updateState();
    /// Shows the errors of \a issues under their fields and focuses the first; returns the rest.
    QStringList showIssues(const QList<RuleIssue>& issues);
    void setFieldError(const QString& key, const QString& message);
    void focusField(const QString& key);

Q_SIGNALS:
    void linkChecked(const karier::LinkCheckResult& result);
    void newKodeClicked();
    void saveClicked();
    void cancelClicked();
    void deleteClicked();
    void historyClicked();

private:
    QWidget* fieldBlock(const QString& key, QWidget* input, QWidget* extra = nullptr);
    QWidget* choiceGroup(const QString& key);
    QLayout* createButtons();
    void setChoice(const QString& key, const QString& value);
    QString choice(const QString& key) const;
    void updateChoiceHelp(const QString& key);
    void clearIssues();
    QWidget* input(const QString& key) const;
    void startLinkCheck();
    void onLinkChecked(const LinkCheckResult& result);
    void showLinkState(const QString& state, const QString& text);

    std::optional<TimKerjaEntry> m_entry;
    bool m_readOnly = false;
    bool m_busy = false;
    bool m_filling = false;
    std::optional<LinkCheckResult> m_linkCheck;

    LinkChecker* m_checker = nullptr;
    QTimer* m_linkTimer = nullptr;

    QLabel* m_formTitle = nullptr;
    QLabel* m_formStatus = nullptr;
    OptionalDateEdit* m_date = nullptr;
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
};

} // namespace karier
