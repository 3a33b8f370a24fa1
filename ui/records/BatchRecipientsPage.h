// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/BatchService.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace karier {

class Database;

/// The "Pilih Pegawai" step of batch entry: who receives one decree. Employees are added by picking
/// them from a list searched in SQL (name or NIP, per Perangkat Daerah), by pasting NIPs, or by
/// loading a CSV of NIPs; all three end up in one editable NIP list. After BatchService::prepare the
/// page shows who will receive the record (with per-employee warnings) and every NIP that will not,
/// with the reason.
///
/// Object names for tests: employeeSearch, indukFilter, employeeList, addCheckedButton, nipList,
/// loadCsvButton, nipCount, recipientTable, problemTable, planSummary.
class BatchRecipientsPage : public QWidget
{
    Q_OBJECT

public:
    explicit BatchRecipientsPage(std::shared_ptr<Database> db, QWidget* parent = nullptr);

    /// The NIP entries as they stand in the list (line numbers of the list).
    QList<NipEntry> entries() const;
    /// Appends NIPs to the list, one per line, skipping those already in it.
    void addNips(const QStringList& nips);
    /// Reads a CSV or text file of NIPs (off the GUI thread) and appends them.
    void loadFile(const QString& path);
    /// Shows what prepare() found; clearPlan() hides it again when the list changes.
    void showPlan(const BatchPlan& plan);
    void clearPlan();
    /// The search result list is loaded (for tests).
    bool isSearching() const { return m_searching; }

Q_SIGNALS:
    void entriesChanged();
    void searchFinished();
    void fileLoaded(int count);
    void fileFailed(const QString& message);

private:
    void search();
    void addChecked();

    std::shared_ptr<Database> m_db;
    bool m_searching = false;
    int m_searchGeneration = 0;
    QLineEdit* m_search = nullptr;
    QComboBox* m_induk = nullptr;
    QListWidget* m_employees = nullptr;
    QLabel* m_searchInfo = nullptr;
    QPushButton* m_addChecked = nullptr;
    QPlainTextEdit* m_nipList = nullptr;
    QLabel* m_nipCount = nullptr;
    QLabel* m_planSummary = nullptr;
    QTableWidget* m_recipients = nullptr;
    QTableWidget* m_problems = nullptr;
    QTimer* m_searchTimer = nullptr;
};

} // namespace karier
