// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "dms/DmsService.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QChartView;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace karier {

class Database;
class MessageBanner;

/// Rekap Arsip DMS for Admin BKPSDM (every Perangkat Daerah) and a Pengelola (their own): per Perangkat
/// Daerah the average Skor Arsip Digital, the employees per band and how many are below 100, as a table
/// and as a stacked bar chart (Qt Charts); choosing a Perangkat Daerah lists its employees, lowest score
/// first (in SQL), and choosing an employee lists their missing documents with the points. Hitung ulang
/// (Admin) recalculates every score; Ekspor CSV writes the recap. Everything runs on workers.
///
/// Object names for tests: recapTable, recapChart, employeeList, belowOnlyCheck, missingList,
/// recalcButton, importButton, exportButton, printButton (Admin: its menu printMenu with printDms and
/// printJp<year>), messageBanner.
///
/// Cetak / Simpan PDF… prints the Laporan Kekurangan Berkas DMS of the Perangkat Daerah chosen in the table
/// (none chosen: every one in scope); for Admin BKPSDM its menu also offers the Rekap JP of the last three
/// years (ReportPrinting).
class DmsRecapPage : public QWidget
{
    Q_OBJECT

public:
    DmsRecapPage(std::shared_ptr<Database> db, Session session, QWidget* parent = nullptr);

    const QList<DmsRecapRow>& recap() const { return m_recap; }

public Q_SLOTS:
    void reload();
    void recalculate();
    void exportCsv();
    /// Impor CSV… (Admin BKPSDM): riwayat rows as SIASN exports them; refused rows are listed by line.
    void importCsv();
    /// Cetak / Simpan PDF…: the Laporan Kekurangan Berkas DMS.
    void printDmsReport();
    /// The Rekap JP of \a year, every Perangkat Daerah (Admin BKPSDM).
    void printJpReport(int year);

Q_SIGNALS:
    /// The recap is in the table and the chart.
    void loaded();
    void employeesLoaded();
    void missingLoaded();
    void exported(int rows);
    void imported(int accepted, int refused);
    /// A report was printed or saved (its pages), or refused (0).
    void printed(int pages);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showRecap(const QList<DmsRecapRow>& recap);
    void loadEmployees();
    void loadMissing(const QString& nip);

    std::shared_ptr<Database> m_db;
    Session m_session;
    QList<DmsRecapRow> m_recap;
    bool m_loadedOnce = false;

    MessageBanner* m_banner = nullptr;
    QTableWidget* m_table = nullptr;
    QChartView* m_chart = nullptr;
    QCheckBox* m_belowOnly = nullptr;
    QListWidget* m_employees = nullptr;
    QLabel* m_employeesTitle = nullptr;
    QListWidget* m_missing = nullptr;
    QLabel* m_missingTitle = nullptr;
    QPushButton* m_recalc = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_print = nullptr;
};

} // namespace karier
