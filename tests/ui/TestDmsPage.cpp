// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestMain.h"
#include "ScriptedInteraction.h"
#include "TestDatabase.h"
#include "WizardDriver.h"
#include "approval/ApprovalService.h"
#include "dms/DmsPage.h"
#include "dms/DmsRecapPage.h"
#include "dms/DmsService.h"
#include "io/DemoSeeder.h"
#include "org/Organisation.h"
#include "records/RecordService.h"
#include "records/RecordWizard.h"

#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

/// Arsip DMS on real widgets: the score and its label, the 9 + 6 category tiles with their marks, the
/// rows of a category, the checklist of missing documents by points, and the dashboard card.
class TestDmsPage : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    Session m_asn;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        QVERIFY(DemoSeeder::seedDemo(m_db).ok());
        m_asn = karier::test::sessionFor(m_db, QStringLiteral("198609262015051001"), Role::Asn, 3);
        const QString csv = QStringLiteral("nip,jenis,referensi,dokumen\n"
                                           "%1,d2np,D2NP,ada\n"
                                           "%1,spmt,SPMT CPNS 2015,ada\n"
                                           "%1,pendidikan,Ijazah D3 Keperawatan 2008,ada\n"
                                           "%1,golongan,SK Kenaikan Pangkat II/d 2019,tidak\n"
                                           "%1,golongan,SK Kenaikan Pangkat III/a 2023,ada\n"
                                           "%1,jabatan,SK Jabatan 2019,tidak\n"
                                           "%1,skp,SKP 2024,ada\n"
                                           "%1,skp,SKP 2025,tidak\n")
                                .arg(m_asn.nip);
        auto report = DmsService(m_db).importCsv(nullptr, csv.toUtf8());
        QVERIFY2(report && report->errors.isEmpty(), report ? "" : qPrintable(report.error().message));
    }

    void showsScoreTilesAndWhatIsMissing()
    {
        DmsPage page(m_db, m_asn);
        page.resize(1280, 900);
        QSignalSpy loaded(&page, &DmsPage::loaded);
        page.show();
        QVERIFY(loaded.wait(10000));
        // 7.5 DRH + 7.5 D2NP + 7.5 SPMT + 0 SK PNS + 15 Pendidikan + 7.5 Golongan + 0 Jabatan + 15 Diklat
        // + 5 Kondisional (1 of 2) = 65.
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("dmsScore"))->text(), QStringLiteral("65"));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("dmsBand"))->text(), QStringLiteral("Lengkap"));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("dmsSync"))
                    ->text()
                    .startsWith(QStringLiteral("Sinkronisasi terakhir: ")));
        for (DmsCategory c : Dms::utamaCategories() + Dms::kondisionalCategories())
            QVERIFY2(page.findChild<QWidget*>(QStringLiteral("tile_") + Dms::categoryCode(c)),
                qPrintable(Dms::categoryCode(c)));
        QVERIFY(page.findChild<QWidget*>(QStringLiteral("tile_pendidikan"))->property("done").toBool());
        QVERIFY(!page.findChild<QWidget*>(QStringLiteral("tile_jabatan"))->property("done").toBool());

        auto* missing = page.findChild<QListWidget*>(QStringLiteral("dmsMissing"));
        QStringList items;
        for (int i = 0; i < missing->count(); ++i)
            items << missing->item(i)->text();
        QCOMPARE(items,
            (QStringList {QStringLiteral("Unggah SK Jabatan 2019: +15"),
                QStringLiteral("Unggah SK PNS: +7,5"),
                QStringLiteral("Unggah SK Kenaikan Pangkat II/d 2019: +7,5"),
                QStringLiteral("Unggah SKP 2025: +5")}));

        // A click on a tile lists its rows with their state.
        QWidget* golongan = page.findChild<QWidget*>(QStringLiteral("tile_golongan"));
        QTest::mouseClick(golongan, Qt::LeftButton);
        auto* rows = page.findChild<QListWidget*>(QStringLiteral("dmsRows"));
        QCOMPARE(rows->count(), 2);
        QVERIFY(rows->item(0)->text().contains(QStringLiteral("Belum ada dokumen")));
        QVERIFY(rows->item(1)->text().contains(QStringLiteral("Lengkap dan terverifikasi")));
        karier::test::screenshot(&page, QStringLiteral("dms-page"));

        // Unggah Dokumen for the row without a document: the wizard for it, kategori and riwayat locked.
        auto* upload = page.findChild<QPushButton*>(QStringLiteral("uploadButton"));
        rows->setCurrentRow(1);
        QVERIFY(!upload->isEnabled()); // already complete
        rows->setCurrentRow(0);
        QVERIFY(upload->isEnabled());
        QTest::mouseClick(upload, Qt::LeftButton);
        RecordWizard* wizard = page.wizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->recordType().code, QStringLiteral("dms"));
        QCOMPARE(wizard->values().value(QStringLiteral("kategori")).toString(), QStringLiteral("Golongan"));
        QCOMPARE(wizard->values().value(QStringLiteral("referensi")).toString(),
            QStringLiteral("SK Kenaikan Pangkat II/d 2019"));
        auto* reference = karier::test::wizardField<QLineEdit>(wizard, QStringLiteral("referensi"));
        QVERIFY(reference && !reference->isEnabled());
        QVERIFY(!wizard->findChild<QPushButton*>(QStringLiteral("draftButton"))->isVisible());
        // An archive document is no certificate: the line above the form says so.
        auto* intro = wizard->findChild<QLabel*>(QStringLiteral("formIntro"));
        QVERIFY(intro);
        QVERIFY2(intro->text().startsWith(QStringLiteral("Isi sesuai dokumen yang diunggah.")),
            qPrintable(intro->text()));
        karier::test::screenshot(wizard, QStringLiteral("dms-upload-wizard"));
        ScriptedInteraction::current().setDefaultAnswer(true);
        wizard->reject();
        QVERIFY(QTest::qWaitFor([&] { return page.wizard() == nullptr; }, 5000));
    }

    void recapPerPerangkatDaerahWithDrillDown()
    {
        const Session admin
            = karier::test::sessionFor(m_db, QStringLiteral("198503152010012002"), Role::Admin, 1);
        auto count = DmsService(m_db).recalculateAll(&admin);
        QVERIFY(count && count.value() > 200);
        DmsRecapPage page(m_db, admin);
        page.resize(1280, 900);
        QSignalSpy loaded(&page, &DmsRecapPage::loaded);
        page.show();
        QVERIFY(loaded.wait(10000));
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("recapTable"));
        QCOMPARE(table->rowCount(), int(page.recap().size()));
        QVERIFY(table->rowCount() > 5);
        auto* chart = page.findChild<QChartView*>(QStringLiteral("recapChart"));
        QVERIFY(chart && chart->chart() && !chart->chart()->series().isEmpty());

        // The Perangkat Daerah of the demo ASN: every employee there without imported rows scores 77.5.
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (page.recap().at(r).indukUnitId == m_asn.indukUnitId)
                row = r;
        }
        QVERIFY(row >= 0);
        QSignalSpy employees(&page, &DmsRecapPage::employeesLoaded);
        table->selectRow(row);
        QVERIFY(employees.wait(10000));
        auto* list = page.findChild<QListWidget*>(QStringLiteral("employeeList"));
        QVERIFY(list->count() > 0);
        QVERIFY2(
            list->item(0)->text().startsWith(QStringLiteral("65  ·  ")), qPrintable(list->item(0)->text()));
        QSignalSpy missing(&page, &DmsRecapPage::missingLoaded);
        list->setCurrentRow(0);
        QVERIFY(missing.wait(10000));
        auto* missingList = page.findChild<QListWidget*>(QStringLiteral("missingList"));
        QCOMPARE(missingList->item(0)->text(), QStringLiteral("Unggah SK Jabatan 2019: +15"));
        karier::test::screenshot(&page, QStringLiteral("dms-recap"));

        QTemporaryDir dir;
        ScriptedInteraction::current().setNextSaveFile(dir.filePath(QStringLiteral("rekap.csv")));
        QSignalSpy exported(&page, &DmsRecapPage::exported);
        page.exportCsv();
        QVERIFY(exported.wait(10000));
        QFile file(dir.filePath(QStringLiteral("rekap.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), table->rowCount() + 1);

        // Impor CSV: accepted rows counted, refused rows named by line.
        const QString csvPath = dir.filePath(QStringLiteral("dms.csv"));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(
            QStringLiteral("nip,jenis,referensi,dokumen\n%1,diklat,Latsar CPNS 2015,ada\n%1,rapor,X,ada\n")
                .arg(m_asn.nip)
                .toUtf8());
        csv.close();
        ScriptedInteraction::reset();
        ScriptedInteraction::current().setNextOpenFile(csvPath);
        QSignalSpy imported(&page, &DmsRecapPage::imported);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("importButton")), Qt::LeftButton);
        QVERIFY(imported.wait(10000));
        QCOMPARE(imported.first().at(0).toInt(), 1);
        QCOMPARE(imported.first().at(1).toInt(), 1);
        QVERIFY(ScriptedInteraction::current().notices().last().startsWith(
            QStringLiteral("Baris yang ditolak: baris 3: jenis \"rapor\"")));

        // A Pengelola sees their own Perangkat Daerah only.
        const Session pengelola
            = karier::test::sessionFor(m_db, QStringLiteral("198007122005011003"), Role::Pengelola, 2);
        DmsRecapPage own(m_db, pengelola);
        QSignalSpy ownLoaded(&own, &DmsRecapPage::loaded);
        own.show();
        QVERIFY(ownLoaded.wait(10000));
        QCOMPARE(own.recap().size(), 1);
        QCOMPARE(own.recap().first().indukUnitId, pengelola.managedUnitId);
        QVERIFY(!own.findChild<QPushButton*>(QStringLiteral("recalcButton"))->isVisible());
        QVERIFY(!own.findChild<QPushButton*>(QStringLiteral("importButton"))->isVisible());
    }

    void dashboardCardShowsTheScore()
    {
        DmsScoreCard card(m_db, m_asn);
        QSignalSpy loaded(&card, &DmsScoreCard::loaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(card.scoreText(), QStringLiteral("65 · Lengkap"));
        QSignalSpy clicked(&card, &DmsScoreCard::clicked);
        card.resize(300, 80);
        card.show();
        QTest::mouseClick(&card, Qt::LeftButton);
        QCOMPARE(clicked.size(), 1);
    }

    void checklistJumpsWaitsAndReloadsOnShow()
    {
        DmsPage page(m_db, m_asn);
        page.resize(1280, 900);
        QSignalSpy loaded(&page, &DmsPage::loaded);
        page.show();
        QVERIFY(loaded.wait(10000));
        auto* missing = page.findChild<QListWidget*>(QStringLiteral("dmsMissing"));
        auto* rows = page.findChild<QListWidget*>(QStringLiteral("dmsRows"));
        const auto missingTexts = [missing] {
            QStringList texts;
            for (int i = 0; i < missing->count(); ++i)
                texts << missing->item(i)->text();
            return texts;
        };
        QVERIFY(missingTexts().contains(QStringLiteral("Unggah SK Jabatan 2019: +15")));
        // The checklist tells to upload here, beside its own button, not in SIASN/MyASN.
        bool saysHere = false;
        for (QLabel* label : page.findChildren<QLabel*>()) {
            QVERIFY2(!label->text().contains(QStringLiteral("SIASN/MyASN")), qPrintable(label->text()));
            saysHere = saysHere || label->text().contains(QStringLiteral("di sini dengan Unggah Dokumen"));
        }
        QVERIFY(saysHere);

        // An item jumps to its row: the category's rows, that row selected.
        const int golongan
            = int(missingTexts().indexOf(QStringLiteral("Unggah SK Kenaikan Pangkat II/d 2019: +7,5")));
        QVERIFY(golongan >= 0);
        QListWidgetItem* item = missing->item(golongan);
        QTest::mouseClick(missing->viewport(), Qt::LeftButton, {}, missing->visualItemRect(item).center());
        QVERIFY(rows->currentItem());
        QVERIFY2(rows->currentItem()->text().startsWith(QStringLiteral("SK Kenaikan Pangkat II/d 2019 — ")),
            qPrintable(rows->currentItem()->text()));
        QCOMPARE(rows->count(), 2);

        // Behind the page's back, the SK Jabatan is uploaded; shown again, the page reads it afresh: the
        // document waits for verification and no points are offered for it any more.
        RecordService::SaveRequest request;
        request.type = &RecordTypes::dms();
        request.values = {{QStringLiteral("kategori"), QStringLiteral("Jabatan")},
            {QStringLiteral("referensi"), QStringLiteral("SK Jabatan 2019")}};
        request.document = DocumentUpload::madeByProgram(
            QByteArrayLiteral("%PDF-1.4\n% jabatan\n%%EOF\n"), QStringLiteral("sk.pdf"), 1, 900);
        auto submitted = RecordService(m_db).submit(m_asn, request);
        QVERIFY2(submitted, submitted ? "" : qPrintable(submitted.error().message));
        page.hide();
        loaded.clear();
        page.show();
        QVERIFY(loaded.wait(10000));
        const QStringList after = missingTexts();
        QVERIFY2(!after.contains(QStringLiteral("Unggah SK Jabatan 2019: +15")),
            qPrintable(after.join(QLatin1Char('|'))));
        QCOMPARE(after.constLast(), QStringLiteral("SK Jabatan 2019: Menunggu verifikasi"));
        // The rows shown before keep their category and selection.
        QVERIFY(rows->currentItem());
        QVERIFY(rows->currentItem()->text().startsWith(QStringLiteral("SK Kenaikan Pangkat II/d 2019 — ")));
        // Its own row says so, and cannot be uploaded again.
        QTest::mouseClick(missing->viewport(), Qt::LeftButton, {},
            missing->visualItemRect(missing->item(missing->count() - 1)).center());
        QVERIFY(rows->currentItem());
        QCOMPARE(rows->currentItem()->text(),
            QStringLiteral("SK Jabatan 2019 — Menunggu verifikasi Admin BKPSDM"));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("uploadButton"))->isEnabled());

        // The dashboard card counts only what is still to upload.
        DmsScoreCard card(m_db, m_asn);
        QSignalSpy cardLoaded(&card, &DmsScoreCard::loaded);
        QVERIFY(cardLoaded.wait(10000));
        const int toUpload = int(missing->count()) - 1;
        QVERIFY2(card.findChild<QLabel*>(QStringLiteral("dmsCardCaption"))
                     ->text()
                     .contains(QStringLiteral("%1 dokumen belum ada.").arg(toUpload)),
            qPrintable(card.findChild<QLabel*>(QStringLiteral("dmsCardCaption"))->text()));
    }

    void aReturnedDocumentIsFixedInItsOwnRecord()
    {
        // The SK Jabatan 2019 uploaded above is sent back by Admin BKPSDM.
        const Session admin
            = karier::test::sessionFor(m_db, QStringLiteral("198503152010012002"), Role::Admin, 1);
        ApprovalQuery query;
        query.typeCodes = {RecordTypes::dms().code};
        query.search = m_asn.nip;
        auto waiting = ApprovalService(m_db).list(admin, query);
        QVERIFY(waiting && waiting->total == 1);
        const ApprovalRow sent = waiting->rows.first();
        auto returned = ApprovalService(m_db).decide(admin,
            {Decision::Kembalikan, {{sent.id, sent.version}}, ReturnReason::DokumenBuram,
                QStringLiteral("Buram")});
        QVERIFY(returned && returned->decided.size() == 1);

        DmsPage page(m_db, m_asn);
        page.resize(1280, 900);
        QSignalSpy loaded(&page, &DmsPage::loaded);
        page.show();
        QVERIFY(loaded.wait(10000));
        QTest::mouseClick(page.findChild<QWidget*>(QStringLiteral("tile_jabatan")), Qt::LeftButton);
        auto* rows = page.findChild<QListWidget*>(QStringLiteral("dmsRows"));
        int row = -1;
        for (int i = 0; i < rows->count(); ++i) {
            if (rows->item(i)->text() == QStringLiteral("SK Jabatan 2019 — Dikembalikan untuk perbaikan"))
                row = i;
        }
        QVERIFY(row >= 0);
        rows->setCurrentRow(row);
        auto* upload = page.findChild<QPushButton*>(QStringLiteral("uploadButton"));
        QVERIFY(upload->isEnabled());
        QTest::mouseClick(upload, Qt::LeftButton);
        RecordWizard* wizard = page.wizard();
        QVERIFY(wizard);
        // The wizard fixes that record (a resubmission the console compares with it), not a new one.
        QSignalSpy recordLoaded(wizard, &RecordWizard::recordLoaded);
        QVERIFY(recordLoaded.wait(10000));
        QCOMPARE(recordLoaded.first().first().toLongLong(), sent.id);
        QCOMPARE(wizard->recordId(), sent.id);
        QCOMPARE(wizard->values().value(QStringLiteral("referensi")).toString(),
            QStringLiteral("SK Jabatan 2019"));
        auto* reference = karier::test::wizardField<QLineEdit>(wizard, QStringLiteral("referensi"));
        QVERIFY(reference && !reference->isEnabled());
        ScriptedInteraction::current().setDefaultAnswer(true);
        wizard->reject();
        QVERIFY(QTest::qWaitFor([&] { return page.wizard() == nullptr; }, 5000));
    }
};

KARIER_GUI_TEST_MAIN(TestDmsPage)
#include "TestDmsPage.moc"
