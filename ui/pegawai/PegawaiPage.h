// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "org/EmployeeAdmin.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace karier {

class Database;
class EmployeeDialog;
class MessageBanner;
class PegawaiDetailPanel;
class PegawaiListModel;

/// Pegawai: the employees an Admin BKPSDM manages (everyone) or a Pengelola reads (their Perangkat
/// Daerah). A list searched by NIP or name and filtered by unit, paged in SQL (PegawaiListModel); the
/// chosen employee's detail beside it (PegawaiDetailPanel). An Admin adds, edits and moves employees
/// (EmployeeDialog) and imports and exports the CSV of karier-cli's import-pegawai / export-pegawai, the
/// refused rows listed by line. Every rule is EmployeeAdmin's and EmployeeCsv's; all database work runs
/// on workers.
///
/// Object names for tests: messageBanner, searchEdit, unitCombo, addButton, importButton, exportButton,
/// refusedBox, refusedList, pegawaiTable, rangeLabel, previousButton, nextButton, pegawaiDetail.
class PegawaiPage : public QWidget
{
    Q_OBJECT

public:
    PegawaiPage(std::shared_ptr<Database> db, Session session, QWidget* parent = nullptr);
    ~PegawaiPage() override;

    PegawaiListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    PegawaiDetailPanel* detailPanel() const { return m_detail; }
    /// The add, edit or move dialog while it is open.
    EmployeeDialog* dialog() const { return m_dialog; }
    /// Detail Riwayat while it is open (openRecord).
    QDialog* recordDialog() const { return m_recordDialog; }
    const QList<OrgUnit>& units() const { return m_units; }

public Q_SLOTS:
    void addEmployee();
    void editCurrent();
    void moveCurrent();
    /// Detail Riwayat of one of the chosen employee's records (read-only here).
    void openRecord(qint64 recordId);
    /// Impor CSV…: a file chosen through Interaction, imported on a worker.
    void importCsv();
    /// Ekspor CSV…: every employee to a file chosen through Interaction, written on a worker.
    void exportCsv();
    /// Reads the list, the units and the employee shown again.
    void reload();

Q_SIGNALS:
    void unitsLoaded();
    void detailLoaded(qint64 id);
    void imported(int accepted, int refused);
    void exported(int rows);

protected:
    /// Every show after the first reads the list again (the chosen employee stays chosen).
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createList(QWidget* parent);
    void loadUnits();
    void loadDetail(qint64 id);
    void openDialog(int mode);
    void updatePaging();
    qint64 selectedId() const;

    std::shared_ptr<Database> m_db;
    Session m_session;
    bool m_editable = false;
    QList<OrgUnit> m_units;
    MessageBanner* m_banner = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QComboBox* m_unit = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_export = nullptr;
    QWidget* m_refusedBox = nullptr;
    QListWidget* m_refused = nullptr;
    PegawaiListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_range = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QSplitter* m_split = nullptr;
    PegawaiDetailPanel* m_detail = nullptr;
    EmployeeDialog* m_dialog = nullptr;
    QPointer<QDialog> m_recordDialog;
    qint64 m_selectAfterLoad = 0;
    int m_detailGeneration = 0;
    bool m_shownOnce = false;
};

} // namespace karier
