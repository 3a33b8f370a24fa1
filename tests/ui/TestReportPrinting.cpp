// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestMain.h"
#include "ScriptedInteraction.h"
#include "TestDatabase.h"
#include "dms/DmsRecapPage.h"
#include "dms/DmsService.h"
#include "domain/Nip.h"
#include "io/DemoSeeder.h"
#include "org/Organisation.h"
#include "records/RecordDetailDialog.h"
#include "records/RecordService.h"
#include "storage/Query.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

namespace {

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

/// "Cetak / Simpan PDF…" on real widgets: the print dialog's choice is a PDF file (ScriptedInteraction sets
/// the QPrinter to PdfFormat with that file, no dialog); the report is built and drawn off the GUI thread and
/// the file's text is read back with pdftotext. The DMS recap page (Laporan Kekurangan Berkas DMS of the
/// chosen Perangkat Daerah, Rekap JP of a year) and Detail Riwayat (the record's Ringkasan).
class TestReportPrinting : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    QTemporaryDir m_dir;
    Session m_admin;
    Session m_pengelola;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        QVERIFY(DemoSeeder::seedDemo(m_db).ok());
        m_admin = karier::test::sessionFor(m_db, QStringLiteral("198503152010012002"), Role::Admin, 1);
        m_pengelola
            = karier::test::sessionFor(m_db, QStringLiteral("198007122005011003"), Role::Pengelola, 2);
        QVERIFY(DmsService(m_db).recalculateAll(nullptr).ok());
    }

    void init() { ScriptedInteraction::reset(); }

    void dmsReportOfTheChosenUnit()
    {
        DmsRecapPage page(m_db, m_admin);
        page.resize(1280, 900);
        QSignalSpy loaded(&page, &DmsRecapPage::loaded);
        page.show();
        QVERIFY(loaded.wait(10000));
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("recapTable"));
        int row = -1;
        QString other;
        for (int r = 0; r < int(page.recap().size()); ++r) {
            if (page.recap().at(r).indukUnitId == m_pengelola.managedUnitId)
                row = r;
            else if (other.isEmpty() && page.recap().at(r).employees > 0)
                other = page.recap().at(r).name;
        }
        QVERIFY(row >= 0 && !other.isEmpty());
        table->selectRow(row);

        // Cancelled: nothing is written.
        auto* print = page.findChild<QPushButton*>(QStringLiteral("printButton"));
        auto* menu = page.findChild<QMenu*>(QStringLiteral("printMenu"));
        QVERIFY(print && print->isVisible() && menu);
        auto* printDms = menu->findChild<QAction*>(QStringLiteral("printDms"));
        QVERIFY(printDms);
        ScriptedInteraction::current().setNextPrintFile(QString());
        printDms->trigger();
        QCOMPARE(ScriptedInteraction::current().printRequests().size(), 1);

        const QString out = m_dir.filePath(QStringLiteral("dms.pdf"));
        ScriptedInteraction::current().setNextPrintFile(out);
        QSignalSpy printed(&page, &DmsRecapPage::printed);
        printDms->trigger();
        QVERIFY(printed.wait(120000));
        QVERIFY(printed.first().first().toInt() >= 1);
        const QString text = pdfText(out);
        QVERIFY2(text.contains(QStringLiteral("Laporan Kekurangan Berkas DMS")), qPrintable(text.left(500)));
        QVERIFY(text.contains(QStringLiteral("Perangkat Daerah: ") + page.recap().at(row).name));
        QVERIFY(text.contains(QStringLiteral("Pegawai: %1 ").arg(page.recap().at(row).employees)));
        QVERIFY(!text.contains(other + QLatin1Char('\n')));
        QVERIFY(text.contains(QStringLiteral("Halaman 1 dari %1").arg(printed.first().first().toInt())));
        auto* banner = page.findChild<QWidget*>(QStringLiteral("messageBanner"));
        QVERIFY(banner && banner->isVisible());

        // Rekap JP of this year, every Perangkat Daerah.
        const int year = QDate::currentDate().year();
        auto* action = menu->findChild<QAction*>(QStringLiteral("printJp%1").arg(year));
        QVERIFY(action);
        const QString jpOut = m_dir.filePath(QStringLiteral("jp.pdf"));
        ScriptedInteraction::current().setNextPrintFile(jpOut);
        printed.clear();
        action->trigger();
        QVERIFY(printed.wait(120000));
        const QString jpText = pdfText(jpOut);
        QVERIFY2(
            jpText.contains(QStringLiteral("Rekap JP Tahun %1").arg(year)), qPrintable(jpText.left(500)));
        QVERIFY(jpText.contains(QStringLiteral("Ringkasan per Perangkat Daerah")));
        QVERIFY(jpText.contains(other));
    }

    void pengelolaPrintsTheirOwnUnitOnly()
    {
        DmsRecapPage page(m_db, m_pengelola);
        page.resize(1280, 900);
        QSignalSpy loaded(&page, &DmsRecapPage::loaded);
        page.show();
        QVERIFY(loaded.wait(10000));
        QVERIFY(!page.findChild<QMenu*>(QStringLiteral("printMenu"))); // no Rekap JP
        const QString out = m_dir.filePath(QStringLiteral("pengelola.pdf"));
        ScriptedInteraction::current().setNextPrintFile(out);
        QSignalSpy printed(&page, &DmsRecapPage::printed);
        page.findChild<QPushButton*>(QStringLiteral("printButton"))->click();
        QVERIFY(printed.wait(120000));
        const QString text = pdfText(out);
        auto unit = Organisation(m_db).employeeByNip(m_pengelola.nip);
        QVERIFY(unit.ok() && unit.value());
        QVERIFY2(text.contains(QStringLiteral("Perangkat Daerah: ") + (*unit)->indukUnitName),
            qPrintable(text.left(500)));
        QVERIFY(!text.contains(QStringLiteral("Ringkasan per Perangkat Daerah")));
    }

    void recordSummaryFromDetailRiwayat()
    {
        // A demo submission with a decision, seen by its owner.
        QString ownerNip;
        RecordSummary chosen;
        const Status found = m_db->read([&](QSqlDatabase& c) -> Status {
            auto nip = queryValue(c,
                QStringLiteral("SELECT e.nip FROM records r JOIN employees e ON e.id = r.employee_id WHERE "
                               "r.decided_at IS NOT NULL ORDER BY r.id LIMIT 1"));
            if (!nip)
                return nip.error();
            ownerNip = nip->toString();
            return {};
        });
        QVERIFY2(found.ok(), qPrintable(found.error().message));
        const Session asn = karier::test::sessionFor(m_db, ownerNip, Role::Asn, 3);
        auto own = RecordService(m_db).listOwn(asn);
        QVERIFY2(own.ok() && !own->isEmpty(), own ? "none" : qPrintable(own.error().message));
        for (const RecordSummary& s : own.value()) {
            if (s.decidedAt.isValid()) {
                chosen = s;
                break;
            }
        }
        QVERIFY(chosen.id > 0);
        QWidget window;
        window.resize(1280, 900);
        window.show();
        auto* dialog = new RecordDetailDialog(m_db, asn, chosen.id, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        const QString out = m_dir.filePath(QStringLiteral("ringkasan.pdf"));
        ScriptedInteraction::current().setNextPrintFile(out);
        QSignalSpy printed(dialog, &RecordDetailDialog::printed);
        dialog->findChild<QPushButton*>(QStringLiteral("printButton"))->click();
        QVERIFY(printed.wait(120000));
        QCOMPARE(printed.first().first().toInt(), 1);
        const QString text = pdfText(out);
        QVERIFY2(text.contains(QStringLiteral("Ringkasan Riwayat")), qPrintable(text));
        QVERIFY(text.contains(chosen.title));
        QVERIFY(text.contains(Nip::groupedOrAsIs(asn.nip)));
        QVERIFY(text.contains(QStringLiteral("Riwayat proses")));
        QVERIFY(text.contains(QStringLiteral("Diajukan")));
        QVERIFY(text.contains(QStringLiteral("PEMERINTAH KOTA SURAKARTA")));
        QVERIFY(text.contains(QStringLiteral("Halaman 1 dari 1")));
        auto* banner = dialog->findChild<QWidget*>(QStringLiteral("printBanner"));
        QVERIFY(banner && banner->isVisible());
        dialog->close();
    }
};

KARIER_GUI_TEST_MAIN(TestReportPrinting)
#include "TestReportPrinting.moc"
