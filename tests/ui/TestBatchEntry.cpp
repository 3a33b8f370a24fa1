// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestMain.h"
#include "ScriptedInteraction.h"
#include "TestDatabase.h"
#include "WizardDriver.h"
#include "documents/PdfCheckRunner.h"
#include "domain/Nip.h"
#include "io/DemoSeeder.h"
#include "org/Organisation.h"
#include "records/BatchRecipientsPage.h"
#include "records/RecordWizard.h"
#include "records/RiwayatPage.h"
#include "widgets/DropZone.h"
#include "widgets/MessageBanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;
using namespace karier::test;

namespace {

constexpr int Timeout = 15000;

} // namespace

/// Batch entry by Admin BKPSDM in the GUI: one Satyalancana decree for many employees, picked from the
/// list, pasted and loaded from CSV; unknown and duplicate NIPs listed; written only after the summary
/// is confirmed.
class TestBatchEntry : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    QTemporaryDir m_files;
    QList<Employee> m_employees;
    int m_decree = 0;

    Session sessionFor(const QString& nip, Role role) { return karier::test::sessionFor(m_db, nip, role); }

    Session admin() { return sessionFor(QStringLiteral("198503152010012002"), Role::Admin); }

    qint64 count(const QString& sql)
    {
        qint64 n = -1;
        const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c, sql);
            if (!q.exec() || !q.next())
                return q.error();
            n = q.value(0).toLongLong();
            return {};
        });
        return status ? n : -1;
    }

    /// Employees with at least ten years since TMT CPNS on 17 August of last year.
    QStringList longServing(int howMany, int skip = 0)
    {
        const QDate skDate(QDate::currentDate().year() - 1, 8, 17);
        QStringList nips;
        for (const Employee& e : std::as_const(m_employees)) {
            if (!e.pppk && e.tmt.addYears(10) <= skDate && skip-- <= 0 && nips.size() < howMany)
                nips << e.nip;
        }
        return nips;
    }

    void fillDecree(RecordWizard& wizard, const QString& number)
    {
        typeInto(&wizard, QStringLiteral("kelompokPenghargaan"), QStringLiteral("SATYA LENCANA"));
        typeInto(
            &wizard, QStringLiteral("jenisPenghargaan"), QStringLiteral("Satyalancana Karya Satya X Tahun"));
        const int year = QDate::currentDate().year() - 1;
        typeInto(&wizard, QStringLiteral("tahun"), QString::number(year));
        typeInto(&wizard, QStringLiteral("skNomor"), number);
        setDateField(&wizard, QStringLiteral("skDate"), QDate(year, 8, 17));
    }

    /// From Masukan Data to Pilih Pegawai (no question between the steps).
    void nextToRecipients(RecordWizard& wizard)
    {
        QTest::mouseClick(buttonNamed(&wizard, "nextButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentStep(), int(RecordWizard::RecipientsStep), Timeout);
    }

    RecordWizard* openBatch(RiwayatPage& page)
    {
        auto* batch = page.findChild<QPushButton*>(QStringLiteral("batchButton_penghargaan"));
        if (!batch)
            return nullptr;
        QTest::mouseClick(batch, Qt::LeftButton);
        return page.activeWizard();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        QVERIFY(m_files.isValid());
        m_db = m_fresh.open();
        QVERIFY(m_db);
        QVERIFY(DemoSeeder::seedDemo(m_db).ok());
        QVERIFY(Organisation(m_db)
                    .forEachEmployee([&](const Employee& e) {
                        m_employees.append(e);
                        return true;
                    })
                    .ok());
        PdfCheckRunner::setHelperPath(QStringLiteral(KARIER_CLI_PATH));
    }

    void init() { ScriptedInteraction::reset(); }

    void onlyAdminSeesBatchEntry_data()
    {
        QTest::addColumn<QString>("nip");
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("shown");
        QTest::newRow("asn") << QStringLiteral("198609262015051001") << int(Role::Asn) << false;
        QTest::newRow("pengelola") << QStringLiteral("198007122005011003") << int(Role::Pengelola) << false;
        QTest::newRow("admin") << QStringLiteral("198503152010012002") << int(Role::Admin) << true;
    }

    void onlyAdminSeesBatchEntry()
    {
        QFETCH(QString, nip);
        QFETCH(int, role);
        QFETCH(bool, shown);
        RiwayatPage awards(m_db, sessionFor(nip, Role(role)), {QStringLiteral("penghargaan")});
        QCOMPARE(awards.findChild<QPushButton*>(QStringLiteral("batchButton_penghargaan")) != nullptr, shown);
        RiwayatPage sertifikasi(
            m_db, sessionFor(nip, Role(role)), {QStringLiteral("kursus"), QStringLiteral("sertifikasi")});
        QCOMPARE(sertifikasi.findChild<QPushButton*>(QStringLiteral("batchButton_kursus")) != nullptr, shown);
        // A certificate of competence is personal: never in batch.
        QVERIFY(!sertifikasi.findChild<QPushButton*>(QStringLiteral("batchButton_sertifikasi")));
    }

    void appliesOneDecreeToPickedPastedAndLoadedEmployees()
    {
        RiwayatPage page(m_db, admin(), {QStringLiteral("penghargaan")});
        page.resize(1100, 700);
        page.show();
        RecordWizard* wizard = openBatch(page);
        QVERIFY(wizard);
        QCOMPARE(wizard->mode(), RecordWizard::Mode::Batch);
        QVERIFY(!buttonNamed(wizard, "draftButton")->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        const QString number
            = QStringLiteral("KEPPRES/%1/SL/%2").arg(++m_decree).arg(QDate::currentDate().year() - 1);
        fillDecree(*wizard, number);
        screenshot(wizard, QStringLiteral("batch-1-data"));
        nextToRecipients(*wizard);

        // Pick two employees found by name.
        BatchRecipientsPage* recipients = wizard->recipientsPage();
        QVERIFY(recipients);
        auto* search = recipients->findChild<QLineEdit*>(QStringLiteral("employeeSearch"));
        auto* list = recipients->findChild<QListWidget*>(QStringLiteral("employeeList"));
        QVERIFY(search && list);
        const QStringList picked = longServing(2);
        QCOMPARE(picked.size(), 2);
        QSignalSpy searched(recipients, &BatchRecipientsPage::searchFinished);
        QTest::keyClicks(search, Nip::parse(picked.at(0))->grouped()); // as printed on a decree
        QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty() && !recipients->isSearching(), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, Timeout);
        list->item(0)->setCheckState(Qt::Checked);
        QTest::mouseClick(buttonNamed(recipients, "addCheckedButton"), Qt::LeftButton);
        search->clear();
        QTest::keyClicks(search, picked.at(1));
        QTRY_VERIFY_WITH_TIMEOUT(
            list->count() == 1 && list->item(0)->data(Qt::UserRole).toString() == picked.at(1), Timeout);
        list->item(0)->setCheckState(Qt::Checked);
        QTest::mouseClick(buttonNamed(recipients, "addCheckedButton"), Qt::LeftButton);

        // Load a CSV with a NIP column, then paste an unknown NIP, a duplicate and a typo.
        const QStringList fromCsv = longServing(3, 2);
        const QString csvPath = m_files.filePath(QStringLiteral("penerima.csv"));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("No;Nama;NIP\n");
        for (int i = 0; i < fromCsv.size(); ++i)
            csv.write(QStringLiteral("%1;Pegawai;%2\n").arg(i + 1).arg(fromCsv.at(i)).toUtf8());
        csv.close();
        QSignalSpy loaded(recipients, &BatchRecipientsPage::fileLoaded);
        recipients->loadFile(csvPath);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, Timeout);
        QCOMPARE(loaded.first().first().toInt(), 3);
        auto* nipList = recipients->findChild<QPlainTextEdit*>(QStringLiteral("nipList"));
        nipList->moveCursor(QTextCursor::End);
        nipList->insertPlainText( // as pasted from a spreadsheet
            QStringLiteral("199001012020011999\n") + picked.at(0) + QStringLiteral("\n12345\n"));
        QCOMPARE(recipients->entries().size(), 8);

        // Selanjutnya checks every NIP; the question names how many receive it and how many do not.
        ScriptedInteraction::current().setNextAnswer(true);
        QTest::mouseClick(buttonNamed(wizard, "nextButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentStep(), int(RecordWizard::DocumentStep), Timeout);
        QVERIFY(wizard->batchPlan());
        QCOMPARE(wizard->batchPlan()->recipients.size(), 5);
        QCOMPARE(wizard->batchPlan()->problems.size(), 3);
        const QString question = ScriptedInteraction::current().questions().constLast();
        QVERIFY2(
            question.startsWith(QStringLiteral("5 pegawai akan menerima Penghargaan \"Satyalancana Karya "
                                               "Satya X Tahun\"")),
            qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("3 isian tidak akan menerima")), qPrintable(question));
        auto* problems = recipients->findChild<QTableWidget*>(QStringLiteral("problemTable"));
        QCOMPARE(problems->rowCount(), 3);
        QCOMPARE(problems->item(0, 3)->text(), QStringLiteral("NIP tidak terdaftar sebagai pegawai."));
        QVERIFY(problems->item(1, 3)->text().startsWith(QStringLiteral("NIP ganda")));
        QCOMPARE(problems->item(2, 3)->text(), QStringLiteral("NIP harus 18 digit, bukan 5."));
        wizard->resize(1100, 820);
        QTest::mouseClick(buttonNamed(wizard, "backButton"), Qt::LeftButton);
        QCOMPARE(wizard->currentStep(), int(RecordWizard::RecipientsStep));
        QVERIFY(buttonNamed(wizard, "nextButton")->isVisible());
        QVERIFY(buttonNamed(wizard, "backButton")->isVisible());
        screenshot(wizard, QStringLiteral("batch-2-recipients"));

        // Back on: the document, then the summary.
        ScriptedInteraction::current().setNextAnswer(true);
        QTest::mouseClick(buttonNamed(wizard, "nextButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentStep(), int(RecordWizard::DocumentStep), Timeout);
        const QString pdf = m_files.filePath(QStringLiteral("keppres.pdf"));
        QVERIFY(writeTextPdf(pdf, 2, QStringLiteral("Keputusan Presiden tentang Satyalancana Karya Satya")));
        QSignalSpy accepted(wizard, &RecordWizard::documentAccepted);
        ScriptedInteraction::current().setNextOpenFile(pdf);
        QTest::mouseClick(wizard->findChild<DropZone*>(QStringLiteral("dropZone")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, Timeout);
        const auto asked = ScriptedInteraction::current().questions().size();
        QTest::mouseClick(buttonNamed(wizard, "nextButton"), Qt::LeftButton);
        QCOMPARE(wizard->currentStep(), int(RecordWizard::SummaryStep));
        QCOMPARE(ScriptedInteraction::current().questions().size(), asked); // no question between steps
        auto* batchSummary = wizard->findChild<QLabel*>(QStringLiteral("batchSummary"));
        QVERIFY(batchSummary && batchSummary->isVisible());
        QVERIFY2(batchSummary->text().contains(QStringLiteral("5 pegawai akan menerima")),
            qPrintable(batchSummary->text()));
        screenshot(wizard, QStringLiteral("batch-3-summary"));

        // "Tidak" at the last question writes nothing.
        wizard->findChild<QCheckBox*>(QStringLiteral("declarationCheck"))->setChecked(true);
        ScriptedInteraction::current().setNextAnswer(false);
        QTest::mouseClick(buttonNamed(wizard, "submitButton"), Qt::LeftButton);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM records")), 0);

        // "Ya": five Disetujui records, one document, five audit entries.
        QSignalSpy applied(wizard, &RecordWizard::batchApplied);
        const qsizetype noticesBefore = ScriptedInteraction::current().notices().size();
        ScriptedInteraction::current().setNextAnswer(true);
        QTest::mouseClick(buttonNamed(wizard, "submitButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, Timeout);
        QCOMPARE(applied.first().first().toInt(), 5);
        QVERIFY(ScriptedInteraction::current().questions().constLast().contains(
            QStringLiteral("langsung berstatus Disetujui")));
        // No notice to dismiss: the Riwayat page says it in its band.
        QCOMPARE(ScriptedInteraction::current().notices().size(), noticesBefore);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM records WHERE status = 'disetujui' AND record_type = "
                                 "'penghargaan'")),
            5);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM documents")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'setujui-massal'")), 5);
        auto* banner = page.findChild<MessageBanner*>();
        QVERIFY(banner);
        QVERIFY2(banner->text().startsWith(QStringLiteral("Berhasil: 5 riwayat Penghargaan tersimpan")),
            qPrintable(banner->text()));
    }

    void refusesAnEmptyListAndAnIncompleteDecree()
    {
        RecordWizard wizard(m_db, admin(), RecordTypes::penghargaan(), nullptr, RecordWizard::Mode::Batch);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        // Without Nomor SK the form does not go on.
        typeInto(&wizard, QStringLiteral("kelompokPenghargaan"), QStringLiteral("SATYA LENCANA"));
        QTest::mouseClick(buttonNamed(&wizard, "nextButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), Timeout);
        QCOMPARE(wizard.currentStep(), int(RecordWizard::DataStep));
        QVERIFY(ScriptedInteraction::current().questions().isEmpty());

        fillDecree(wizard, QStringLiteral("KEPPRES/KOSONG/2025"));
        nextToRecipients(wizard);
        QTest::mouseClick(buttonNamed(&wizard, "nextButton"), Qt::LeftButton);
        QCOMPARE(wizard.currentStep(), int(RecordWizard::RecipientsStep));
        auto* banner = wizard.findChild<MessageBanner*>(QStringLiteral("messageBanner"));
        QVERIFY(banner->isVisible());
        screenshot(&wizard, QStringLiteral("batch-0-empty"), false);
    }
};

KARIER_GUI_TEST_MAIN(TestBatchEntry)
#include "TestBatchEntry.moc"
