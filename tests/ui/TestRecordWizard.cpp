// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestMain.h"
#include "ScriptedInteraction.h"
#include "SyntheticScan.h"
#include "TestDatabase.h"
#include "WizardDriver.h"
#include "common/Confirm.h"
#include "documents/PdfCheckRunner.h"
#include "io/DemoSeeder.h"
#include "org/Organisation.h"
#include "records/RecordService.h"
#include "records/RecordWizard.h"
#include "widgets/DropZone.h"
#include "widgets/MessageBanner.h"
#include "widgets/PdfPreview.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace karier;
using karier::test::screenshot;
using karier::test::TestDatabase;

namespace {

constexpr int Timeout = 15000;

} // namespace

class TestRecordWizard : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    Session m_asn;
    QTemporaryDir m_files;
    int m_counter = 0;

    Session sessionFor(const QString& nip) { return karier::test::sessionFor(m_db, nip, Role::Asn); }

    QString pdfPath(int pages = 1)
    {
        const QString path = m_files.filePath(QStringLiteral("sertifikat-%1.pdf").arg(++m_counter));
        if (!karier::test::writeTextPdf(
                path, pages, QStringLiteral("Sosialisasi Pelaporan LHKPN Tahun 2026")))
            return {};
        return path;
    }

    /// A day this year, not in the future, \a back days before today where the year allows.
    static QDate dayThisYear(int back)
    {
        const QDate today = QDate::currentDate();
        const QDate day = today.addDays(-back);
        return day.year() == today.year() ? day : QDate(today.year(), 1, 1);
    }

    template<class T> static T* field(QWidget* wizard, const QString& key)
    {
        return wizard->findChild<T*>(QStringLiteral("field_") + key);
    }

    static void type(QWidget* wizard, const QString& key, const QString& text)
    {
        karier::test::typeInto(wizard, key, text);
    }

    static void setDate(QWidget* wizard, const QString& key, const QDate& date)
    {
        karier::test::setDateField(wizard, key, date);
    }

    static QPushButton* button(QWidget* wizard, const char* name)
    {
        return wizard->findChild<QPushButton*>(QString::fromLatin1(name));
    }

    void fillKursus(RecordWizard& wizard, int hours, const QString& number, const QString& name)
    {
        type(&wizard, QStringLiteral("jenisKursus"), QStringLiteral("Sosialisasi"));
        type(&wizard, QStringLiteral("klasifikasi"), QStringLiteral("Sumber Daya Manusia"));
        type(&wizard, QStringLiteral("namaKursus"), name);
        type(&wizard, QStringLiteral("institusiPenyelenggara"), QStringLiteral("BKPSDM Kota Surakarta"));
        type(&wizard, QStringLiteral("nomorSertipikat"), number);
        const QDate day = dayThisYear(10 + m_counter);
        setDate(&wizard, QStringLiteral("tanggalKursus"), day);
        setDate(&wizard, QStringLiteral("tanggalSelesaiKursus"), day);
        type(&wizard, QStringLiteral("jumlahJam"), QString::number(hours));
    }

    /// Selanjutnya: from Masukan Data to Unggah Dokumen, without a question.
    void nextToDocument(RecordWizard& wizard)
    {
        const auto asked = ScriptedInteraction::current().questions().size();
        QTest::mouseClick(button(&wizard, "nextButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentStep(), int(RecordWizard::DocumentStep), Timeout);
        QCOMPARE(ScriptedInteraction::current().questions().size(), asked);
    }

    void chooseFile(RecordWizard& wizard, const QString& path)
    {
        auto* zone = wizard.findChild<DropZone*>(QStringLiteral("dropZone"));
        QVERIFY(zone);
        ScriptedInteraction::current().setNextOpenFile(path);
        QTest::mouseClick(zone, Qt::LeftButton);
    }

    void chooseGoodPdf(RecordWizard& wizard, int pages = 2)
    {
        const QString path = pdfPath(pages);
        QVERIFY(!path.isEmpty());
        QSignalSpy accepted(&wizard, &RecordWizard::documentAccepted);
        chooseFile(wizard, path);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, Timeout);
        QVERIFY(wizard.hasDocument());
        auto* preview = wizard.findChild<PdfPreview*>(QStringLiteral("pdfPreview"));
        QVERIFY(preview);
        QTRY_COMPARE_WITH_TIMEOUT(preview->pageCount(), pages, Timeout);
    }

    void nextToSummary(RecordWizard& wizard)
    {
        QTest::mouseClick(button(&wizard, "nextButton"), Qt::LeftButton);
        QCOMPARE(wizard.currentStep(), int(RecordWizard::SummaryStep));
    }

    static QString summary(QWidget* wizard, const QString& key)
    {
        auto* label = wizard->findChild<QLabel*>(QStringLiteral("summary_") + key);
        return label ? label->text() : QStringLiteral("<none>");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        QVERIFY(m_files.isValid());
        m_db = m_fresh.open();
        QVERIFY(m_db);
        QVERIFY(DemoSeeder::seedDemo(m_db).ok());
        m_asn = sessionFor(QStringLiteral("198609262015051001"));
        QVERIFY(m_asn.employeeId > 0);
        PdfCheckRunner::setHelperPath(QStringLiteral(KARIER_CLI_PATH));
    }

    void init() { ScriptedInteraction::reset(); }

    void completesKursus()
    {
        RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.windowTitle(), RecordTypes::kursus().wizardTitle);
        QCOMPARE(wizard.currentStep(), int(RecordWizard::DataStep));
        QVERIFY(!button(&wizard, "submitButton")->isVisible());
        QVERIFY(!button(&wizard, "backButton")->isVisible());

        const QString number = QStringLiteral("20/BKPSDM/003/I/2026");
        QSignalSpy shown(&wizard, &RecordWizard::issuesShown);
        fillKursus(wizard, 4, number, QStringLiteral("Sosialisasi Pelaporan LHKPN Tahun 2026"));
        // The year follows Tanggal Mulai unless typed.
        const QDate day = field<QDateEdit>(&wizard, QStringLiteral("tanggalKursus"))->date();
        QCOMPARE(field<QSpinBox>(&wizard, QStringLiteral("tahunKursus"))->value(), day.year());
        QCOMPARE(wizard.values().size(), 9);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !RecordType::hasErrors(wizard.issues()), Timeout);
        screenshot(&wizard, QStringLiteral("wizard-1-masukan-data"));

        nextToDocument(wizard);
        screenshot(&wizard, QStringLiteral("wizard-2-unggah-kosong"));
        chooseGoodPdf(wizard, 2);
        QVERIFY(wizard.findChild<MessageBanner*>(QStringLiteral("documentBanner"))->isEmpty());
        screenshot(&wizard, QStringLiteral("wizard-2-unggah-dokumen"));

        nextToSummary(wizard);
        QCOMPARE(summary(&wizard, QStringLiteral("jenis")), QStringLiteral("Kursus"));
        QCOMPARE(summary(&wizard, QStringLiteral("namaKursus")),
            QStringLiteral("Sosialisasi Pelaporan LHKPN Tahun 2026"));
        QCOMPARE(summary(&wizard, QStringLiteral("tanggalKursus")), indonesianDate(day));
        QCOMPARE(summary(&wizard, QStringLiteral("jumlahJam")), QStringLiteral("4 jam"));
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("summaryDocument"))
                    ->text()
                    .contains(QStringLiteral("2 halaman")));

        // Kirim only after the declaration.
        QPushButton* submit = button(&wizard, "submitButton");
        auto* declaration = wizard.findChild<QCheckBox*>(QStringLiteral("declarationCheck"));
        QVERIFY(submit->isVisible());
        QVERIFY(!declaration->isChecked());
        QVERIFY(!submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(wizard.recordId(), qint64(0));
        QTest::mouseClick(declaration, Qt::LeftButton, {}, QPoint(8, declaration->height() / 2));
        QVERIFY(declaration->isChecked());
        QVERIFY(submit->isEnabled());
        screenshot(&wizard, QStringLiteral("wizard-3-ringkasan"));

        // Kirim asks the manual's "Apakah anda yakin?": Batal sends nothing and keeps the wizard.
        QSignalSpy submitted(&wizard, &RecordWizard::submitted);
        ScriptedInteraction::current().setNextAnswer(false);
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(ScriptedInteraction::current().questions().size(), 1);
        QVERIFY(ScriptedInteraction::current().questions().constFirst().startsWith(
            QStringLiteral("Apakah anda yakin?")));
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.recordId(), qint64(0));
        QVERIFY(submit->isEnabled());
        ScriptedInteraction::current().setNextAnswer(true);
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 1, Timeout);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(!wizard.isVisible());
        // Ya sent it; no notice to dismiss afterwards: the message names the Riwayat page of the type
        // (for the opener's band).
        QCOMPARE(ScriptedInteraction::current().questions().size(), 2);
        QVERIFY(ScriptedInteraction::current().notices().isEmpty());
        QVERIFY2(wizard.sentMessage().contains(QStringLiteral("berhasil dikirim"))
                && wizard.sentMessage().endsWith(QStringLiteral("di halaman Riwayat Sertifikasi.")),
            qPrintable(wizard.sentMessage()));

        const qint64 id = submitted.at(0).at(0).toLongLong();
        const auto detail = RecordService(m_db).get(m_asn, id);
        QVERIFY2(detail.ok(), qPrintable(detail.error().message));
        QCOMPARE(detail->summary.status, SubmissionStatus::Diajukan);
        QCOMPARE(detail->summary.typeCode, QStringLiteral("kursus"));
        QCOMPARE(detail->summary.number, number);
        QCOMPARE(detail->summary.hours, 4);
        QCOMPARE(detail->summary.startDate, day);
        QCOMPARE(detail->summary.document.pages, 2);
        QVERIFY(detail->summary.document.originalName.endsWith(QStringLiteral(".pdf")));
        QCOMPARE(
            detail->values.value(QStringLiteral("jenisKursus")).toString(), QStringLiteral("Sosialisasi"));
        QCOMPARE(detail->values.value(QStringLiteral("klasifikasi")).toString(),
            QStringLiteral("Sumber Daya Manusia"));
        QCOMPARE(detail->values.value(QStringLiteral("institusiPenyelenggara")).toString(),
            QStringLiteral("BKPSDM Kota Surakarta"));
        QCOMPARE(detail->values.value(QStringLiteral("tahunKursus")).toInt(), day.year());
        const auto listed = RecordService(m_db).listOwn(m_asn, {QStringLiteral("kursus")});
        QVERIFY(listed.ok());
        QVERIFY(std::any_of(
            listed->cbegin(), listed->cend(), [&](const RecordSummary& s) { return s.id == id; }));
    }

    void completesSertifikasi()
    {
        RecordWizard wizard(m_db, m_asn, RecordTypes::sertifikasi());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const QDate issued = dayThisYear(20);
        type(&wizard, QStringLiteral("klasifikasiSertifikasi"),
            QStringLiteral("PENGADAAN BARANG/JASA PEMERINTAH"));
        type(&wizard, QStringLiteral("namaSertifikasi"),
            QStringLiteral("Uji Kompetensi Pengadaan Barang/Jasa"));
        type(&wizard, QStringLiteral("nomorSertifikat"), QStringLiteral("LKPP/SK/0421/2026"));
        setDate(&wizard, QStringLiteral("tanggalSertifikat"), issued);
        setDate(&wizard, QStringLiteral("masaBerlakuSertMulai"), issued);
        setDate(&wizard, QStringLiteral("masaBerlakuSertSelasai"), issued.addYears(3));
        type(&wizard, QStringLiteral("gelarBelakangSert"), QStringLiteral("C.PBJ"));
        type(&wizard, QStringLiteral("lembagaSertifikasiNama"),
            QStringLiteral("LKPP (Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah)"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.values().size() == 8, Timeout);
        screenshot(&wizard, QStringLiteral("wizard-1-sertifikasi"));

        nextToDocument(wizard);
        chooseGoodPdf(wizard, 1);
        nextToSummary(wizard);
        QCOMPARE(summary(&wizard, QStringLiteral("jenis")), QStringLiteral("Sertifikasi"));
        QCOMPARE(summary(&wizard, QStringLiteral("gelarDepanSert")), QStringLiteral("–"));
        QCOMPARE(summary(&wizard, QStringLiteral("gelarBelakangSert")), QStringLiteral("C.PBJ"));
        QCOMPARE(
            summary(&wizard, QStringLiteral("masaBerlakuSertSelasai")), indonesianDate(issued.addYears(3)));
        wizard.findChild<QCheckBox*>(QStringLiteral("declarationCheck"))->setChecked(true);
        screenshot(&wizard, QStringLiteral("wizard-3-ringkasan-sertifikasi"));

        QSignalSpy submitted(&wizard, &RecordWizard::submitted);
        ScriptedInteraction::current().setNextAnswer(true);
        QTest::mouseClick(button(&wizard, "submitButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 1, Timeout);
        const auto detail = RecordService(m_db).get(m_asn, submitted.at(0).at(0).toLongLong());
        QVERIFY(detail.ok());
        QCOMPARE(detail->summary.status, SubmissionStatus::Diajukan);
        QCOMPARE(detail->summary.typeCode, QStringLiteral("sertifikasi"));
        QCOMPARE(detail->summary.title, QStringLiteral("Uji Kompetensi Pengadaan Barang/Jasa"));
        QCOMPARE(detail->summary.document.pages, 1);
        QCOMPARE(detail->values.value(QStringLiteral("masaBerlakuSertSelasai")).toDate(), issued.addYears(3));
        QCOMPARE(detail->values.value(QStringLiteral("lembagaSertifikasiNama")).toString(),
            QStringLiteral("LKPP (Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah)"));
        QVERIFY(!detail->values.contains(QStringLiteral("gelarDepanSert")));
    }

    void completesPenghargaan()
    {
        RecordWizard wizard(m_db, m_asn, RecordTypes::penghargaan());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const QDate decreed = dayThisYear(30);
        type(&wizard, QStringLiteral("skalaPenghargaan"), QStringLiteral("Kabupaten/Kota"));
        type(&wizard, QStringLiteral("kelompokPenghargaan"), QStringLiteral("PENGHARGAAN LAINNYA"));
        type(&wizard, QStringLiteral("jenisPenghargaan"), QStringLiteral("ASN Inovatif"));
        type(&wizard, QStringLiteral("tahun"), QString::number(decreed.year()));
        type(&wizard, QStringLiteral("skNomor"), QStringLiteral("800/1234/2026"));
        setDate(&wizard, QStringLiteral("skDate"), decreed);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.values().size() == 6, Timeout);

        nextToDocument(wizard);
        chooseGoodPdf(wizard, 1);
        nextToSummary(wizard);
        QCOMPARE(summary(&wizard, QStringLiteral("jenisPenghargaan")), QStringLiteral("ASN Inovatif"));
        QCOMPARE(summary(&wizard, QStringLiteral("skDate")), indonesianDate(decreed));
        wizard.findChild<QCheckBox*>(QStringLiteral("declarationCheck"))->setChecked(true);
        screenshot(&wizard, QStringLiteral("wizard-3-ringkasan-penghargaan"));

        QSignalSpy submitted(&wizard, &RecordWizard::submitted);
        ScriptedInteraction::current().setNextAnswer(true);
        QTest::mouseClick(button(&wizard, "submitButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 1, Timeout);
        const auto detail = RecordService(m_db).get(m_asn, submitted.at(0).at(0).toLongLong());
        QVERIFY(detail.ok());
        QCOMPARE(detail->summary.status, SubmissionStatus::Diajukan);
        QCOMPARE(detail->summary.typeCode, QStringLiteral("penghargaan"));
        QCOMPARE(detail->summary.title, QStringLiteral("ASN Inovatif"));
        QCOMPARE(detail->summary.number, QStringLiteral("800/1234/2026"));
        QCOMPARE(detail->values.value(QStringLiteral("skalaPenghargaan")).toString(),
            QStringLiteral("Kabupaten/Kota"));
        QCOMPARE(detail->values.value(QStringLiteral("tahun")).toInt(), decreed.year());
    }

    void penghargaanFollowsSatyaLencana()
    {
        RecordWizard wizard(m_db, m_asn, RecordTypes::penghargaan());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(!wizard.findChild<QLabel*>(QStringLiteral("jenisValue"))); // no "Jenis Sertifikasi" row
        auto* skala = wizard.findChild<QComboBox*>(QStringLiteral("field_skalaPenghargaan"));
        auto* kelompok = wizard.findChild<QComboBox*>(QStringLiteral("field_kelompokPenghargaan"));
        auto* jenis = wizard.findChild<QComboBox*>(QStringLiteral("field_jenisPenghargaan"));
        QVERIFY(skala && kelompok && jenis);
        auto* jenisHelp = wizard.findChild<QLabel*>(QStringLiteral("help_jenisPenghargaan"));
        QVERIFY(jenisHelp);

        // An ASN award: five kinds offered, the chosen one's definition from the manual shown as help.
        kelompok->setCurrentText(QStringLiteral("PENGHARGAAN LAINNYA"));
        QCOMPARE(jenis->count(), 5);
        jenis->setCurrentText(QStringLiteral("ASN Inovatif"));
        QVERIFY(jenisHelp->isVisibleTo(&wizard));
        QVERIFY2(jenisHelp->text().contains(QLatin1String("Gelar Inovasi Perangkat Daerah")),
            qPrintable(jenisHelp->text()));
        skala->setCurrentText(QStringLiteral("Provinsi"));

        // Satya Lencana: Skala becomes Nasional, the ASN award is cleared, only Karya Satya is offered.
        kelompok->setCurrentText(QStringLiteral("SATYA LENCANA"));
        QCOMPARE(skala->currentText(), QStringLiteral("Nasional"));
        QCOMPARE(skala->count(), 1);
        QCOMPARE(jenis->currentIndex(), -1);
        QCOMPARE(jenis->count(), 3);
        QVERIFY(jenis->itemText(0).startsWith(QLatin1String("Satyalancana Karya Satya")));
        // About 11 years since TMT May 2015: Karya Satya XX gets a warning naming the years counted.
        jenis->setCurrentText(QStringLiteral("Satyalancana Karya Satya XX Tahun"));
        type(&wizard, QStringLiteral("tahun"), QString::number(QDate::currentDate().year()));
        type(&wizard, QStringLiteral("skNomor"), QStringLiteral("12/TK/2026"));
        setDate(&wizard, QStringLiteral("skDate"), dayThisYear(10));
        auto* issue = wizard.findChild<QLabel*>(QStringLiteral("issue_jenisPenghargaan"));
        QTRY_VERIFY_WITH_TIMEOUT(issue->isVisibleTo(&wizard), Timeout);
        QVERIFY2(
            issue->text().contains(QLatin1String("sekurang-kurangnya 20 tahun")), qPrintable(issue->text()));
        screenshot(&wizard, QStringLiteral("wizard-1-penghargaan"));

        // Back to an ASN award: the whole list returns and Skala may be chosen again.
        kelompok->setCurrentText(QStringLiteral("PENGHARGAAN LAINNYA"));
        QCOMPARE(jenis->count(), 5);
        QCOMPARE(jenis->currentIndex(), -1);
        QCOMPARE(skala->count(), 5);
    }

    void ruleErrorStopsSelanjutnya()
    {
        RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillKursus(wizard, 9, QStringLiteral("BT/09/2026"), QStringLiteral("Bimbingan Teknis Sehari Penuh"));

        // Shown next to Durasi as the user types.
        auto* issue = wizard.findChild<QLabel*>(QStringLiteral("issue_jumlahJam"));
        QVERIFY(issue);
        QTRY_VERIFY_WITH_TIMEOUT(issue->isVisible(), Timeout);
        QVERIFY2(issue->text().contains(QStringLiteral("8 JP")), qPrintable(issue->text()));
        QCOMPARE(issue->property("severity").toString(), QStringLiteral("error"));
        // Fields not touched yet show nothing.
        QVERIFY(!wizard.findChild<QLabel*>(QStringLiteral("issue_namaKursus"))->isVisible());
        screenshot(&wizard, QStringLiteral("wizard-1-aturan-8jp"));

        QSignalSpy shown(&wizard, &RecordWizard::issuesShown);
        QTest::mouseClick(button(&wizard, "nextButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy() && !shown.isEmpty(), Timeout);
        QCOMPARE(wizard.currentStep(), int(RecordWizard::DataStep));
        QVERIFY(ScriptedInteraction::current().questions().isEmpty()); // refused before asking
        auto* banner = wizard.findChild<MessageBanner*>(QStringLiteral("messageBanner"));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
        QVERIFY(issue->isVisible());
        // The field with the error has the focus (or gets it when the window is activated).
        auto* hours = field<QSpinBox>(&wizard, QStringLiteral("jumlahJam"));
        QVERIFY(hours->hasFocus() || wizard.focusWidget() == hours);

        // Fixed: 8 JP in one day is allowed.
        type(&wizard, QStringLiteral("jumlahJam"), QStringLiteral("8"));
        QTRY_VERIFY_WITH_TIMEOUT(!issue->isVisible(), Timeout);
        nextToDocument(wizard);
    }

    void missingRequiredFieldsAreShownOnSelanjutnya()
    {
        RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        type(&wizard, QStringLiteral("namaKursus"), QStringLiteral("Seminar Kearsipan"));
        // Where each input sits before any message: messages appear in lines kept for them.
        const auto inputPlaces = [&wizard] {
            QList<QPoint> places;
            for (const FieldSpec& spec : RecordTypes::kursus().fields) {
                QWidget* input = wizard.findChild<QWidget*>(QStringLiteral("field_") + spec.key);
                places << (input ? input->mapTo(&wizard, QPoint(0, 0)) : QPoint(-1, -1));
            }
            return places;
        };
        const QList<QPoint> before = inputPlaces();
        QTest::mouseClick(button(&wizard, "nextButton"), Qt::LeftButton);
        auto* issue = wizard.findChild<QLabel*>(QStringLiteral("issue_jenisKursus"));
        QTRY_VERIFY_WITH_TIMEOUT(issue->isVisible(), Timeout);
        QCoreApplication::processEvents(); // the layout settles
        QCOMPARE(inputPlaces(), before);
        QCOMPARE(issue->text(), QStringLiteral("Jenis Kursus wajib diisi."));
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("issue_tanggalKursus"))->isVisible());
        QVERIFY(!wizard.findChild<QLabel*>(QStringLiteral("issue_namaKursus"))->isVisible());
        QCOMPARE(wizard.currentStep(), int(RecordWizard::DataStep));
        // A Choice that must come from its list.
        type(&wizard, QStringLiteral("jenisKursus"), QStringLiteral("Jalan-jalan"));
        QTRY_COMPARE_WITH_TIMEOUT(issue->text(), QStringLiteral("Pilih Jenis Kursus dari daftar."), Timeout);
        QCOMPARE(field<QComboBox>(&wizard, QStringLiteral("jenisKursus"))->completer()->filterMode(),
            Qt::MatchContains);
    }

    void refusedFileDropsThePreviousOne()
    {
        RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillKursus(
            wizard, 3, QStringLiteral("WS/11/2026"), QStringLiteral("Workshop Penulisan Naskah Dinas"));
        nextToDocument(wizard);
        QPushButton* next = button(&wizard, "nextButton");
        QVERIFY(!next->isEnabled()); // no document yet

        // A text file named .pdf: refused, named for what it is.
        const QString text = m_files.filePath(QStringLiteral("catatan.pdf"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Ini bukan PDF, hanya catatan.\n");
        file.close();
        QSignalSpy refused(&wizard, &RecordWizard::documentRefused);
        chooseFile(wizard, text);
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, Timeout);
        auto* banner = wizard.findChild<MessageBanner*>(QStringLiteral("documentBanner"));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
        QVERIFY(!wizard.hasDocument());
        QVERIFY(!wizard.findChild<QWidget*>(QStringLiteral("checkBusy"))->isVisible());
        QVERIFY(!button(&wizard, "fitButton")->isVisible()); // nothing to make a PDF of
        QVERIFY(!next->isEnabled());
        screenshot(&wizard, QStringLiteral("wizard-2-ditolak"));

        // A good one, then the text file again: the refusal drops the good one too, so that
        // Selanjutnya cannot go on silently with a file the person meant to replace.
        chooseGoodPdf(wizard, 1);
        QVERIFY(banner->isEmpty());
        QTRY_VERIFY(next->isEnabled());
        chooseFile(wizard, text);
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 2, Timeout);
        QVERIFY(!banner->isEmpty());
        QVERIFY(!wizard.hasDocument());
        QVERIFY(!next->isEnabled());
        QVERIFY(wizard.findChild<DropZone*>(QStringLiteral("dropZone"))->fileName().isEmpty());
        QVERIFY(wizard.findChild<QWidget*>(QStringLiteral("previewPlaceholder"))->isVisible());
        QVERIFY(ScriptedInteraction::current().questions().isEmpty());

        chooseGoodPdf(wizard, 1);
        nextToSummary(wizard);
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("summaryDocument"))
                    ->text()
                    .contains(QStringLiteral("sertifikat-")));
    }

    void blurryScanWarnsButContinues()
    {
        RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillKursus(wizard, 2, QStringLiteral("SM/12/2026"), QStringLiteral("Seminar Pelayanan Publik"));
        nextToDocument(wizard);

        karier::test::SyntheticScanOptions options;
        options.layout = karier::test::ScanLayout::Certificate;
        options.dpi = 150;
        options.blurFactor = 4.0;
        const QString path = m_files.filePath(QStringLiteral("scan-buram.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(karier::test::syntheticScanPdf(options));
        file.close();
        QSignalSpy accepted(&wizard, &RecordWizard::documentAccepted);
        chooseFile(wizard, path);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, Timeout);
        auto* banner = wizard.findChild<MessageBanner*>(QStringLiteral("documentBanner"));
        QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
        QVERIFY2(
            banner->text().startsWith(QStringLiteral("Dokumen tampak buram")), qPrintable(banner->text()));
        screenshot(&wizard, QStringLiteral("wizard-2-buram"));
        nextToSummary(wizard);
    }

    void previewShowsTheCheckedFirstPage()
    {
        // The page the child drew while checking is on screen the moment the file is accepted: the
        // preview neither waits for the renderer nor draws page 1 a second time.
        RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillKursus(wizard, 2, QStringLiteral("PR/07/2026"), QStringLiteral("Pelatihan Pratinjau Dokumen"));
        nextToDocument(wizard);
        const QString path = m_files.filePath(QStringLiteral("scan-tajam.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(karier::test::syntheticScanPdf({}));
        file.close();

        auto* runner = wizard.findChild<PdfCheckRunner*>();
        auto* preview = wizard.findChild<PdfPreview*>(QStringLiteral("pdfPreview"));
        QVERIFY(runner && preview);
        QSignalSpy checked(runner, &PdfCheckRunner::finished);
        QImage atAcceptance;
        int pagesAtAcceptance = -1;
        connect(&wizard, &RecordWizard::documentAccepted, this, [&] {
            atAcceptance = preview->pagePixmap().toImage();
            pagesAtAcceptance = preview->pageCount();
        });
        chooseFile(wizard, path);
        QTRY_VERIFY_WITH_TIMEOUT(!atAcceptance.isNull(), Timeout);
        QCOMPARE(checked.size(), 1);
        const auto result = checked.at(0).at(0).value<PdfCheckResult>();
        QVERIFY(result.ok);
        QVERIFY(!result.firstPage.isNull());
        QCOMPARE(result.firstPage.width(), preview->fitWidthPixels());
        QCOMPARE(pagesAtAcceptance, 0); // the renderer had not opened the document yet
        QCOMPARE(atAcceptance.convertToFormat(QImage::Format_RGB32),
            result.firstPage.convertToFormat(QImage::Format_RGB32));

        // Once the renderer has the document, page 1 stays the checked picture.
        QTRY_COMPARE_WITH_TIMEOUT(preview->pageCount(), 1, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isBusy(), Timeout);
        QTest::qWait(2 * PdfPreview::RenderDelayMs);
        QCOMPARE(preview->pagePixmap().toImage().convertToFormat(QImage::Format_RGB32),
            result.firstPage.convertToFormat(QImage::Format_RGB32));
    }

    void refusedAfterItsFirstPageTakesThePageAway()
    {
        // Page 1 is drawn by the child and shown while it checks on; page 2 has an absurd size: the
        // file is refused, and the page shown meanwhile goes away with it. Selanjutnya never allowed it.
        RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillKursus(wizard, 2, QStringLiteral("PR/08/2026"), QStringLiteral("Pelatihan Halaman Ganjil"));
        nextToDocument(wizard);
        karier::test::MiniPdf pdf;
        const int catalog = pdf.reserve();
        const int pages = pdf.reserve();
        const int contents = pdf.add(karier::test::MiniPdf::stream({}, "10 w 50 50 m 500 780 l S"));
        QByteArray kids;
        for (const QByteArray& box : {QByteArray("[0 0 595 842]"), QByteArray("[0 0 14400 1]")})
            kids += QByteArray::number(pdf.add("<< /Type /Page /Parent " + QByteArray::number(pages)
                        + " 0 R /MediaBox " + box + " /Resources << >> /Contents "
                        + QByteArray::number(contents) + " 0 R >>"))
                + " 0 R ";
        pdf.set(catalog, "<< /Type /Catalog /Pages " + QByteArray::number(pages) + " 0 R >>");
        pdf.set(pages, "<< /Type /Pages /Kids [" + kids + "] /Count 2 >>");
        const QString path = m_files.filePath(QStringLiteral("halaman-ganjil.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf.build(catalog));
        file.close();

        auto* runner = wizard.findChild<PdfCheckRunner*>();
        auto* preview = wizard.findChild<PdfPreview*>(QStringLiteral("pdfPreview"));
        QVERIFY(runner && preview);
        QSignalSpy checked(runner, &PdfCheckRunner::finished);
        QSignalSpy refused(&wizard, &RecordWizard::documentRefused);
        QSignalSpy shown(preview, &PdfPreview::pageShown);
        QPushButton* next = button(&wizard, "nextButton");
        bool shownWhileChecking = false;
        bool nextEnabledMeanwhile = false;
        connect(preview, &PdfPreview::pageShown, this, [&] {
            shownWhileChecking = runner->isRunning() && !preview->pagePixmap().isNull();
            nextEnabledMeanwhile = nextEnabledMeanwhile || next->isEnabled();
        });
        QSignalSpy firstPage(runner, &PdfCheckRunner::firstPageDrawn);
        chooseFile(wizard, path);
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, Timeout);
        QCOMPARE(checked.size(), 1);
        const auto result = checked.at(0).at(0).value<PdfCheckResult>();
        QCOMPARE(result.code, QStringLiteral("too_large_page"));
        QVERIFY(runner->options().firstPageWidth > 0); // the picture was asked for
        QVERIFY(result.firstPage.isNull());
        QCOMPARE(firstPage.size(), 1);
        QCOMPARE(shown.size(), 1);
        QVERIFY(shownWhileChecking);
        QVERIFY(!nextEnabledMeanwhile);
        QTest::qWait(2 * PdfPreview::RenderDelayMs);
        QCOMPARE(shown.size(), 1); // nothing drawn after the refusal
        QVERIFY(preview->pagePixmap().isNull());
        QCOMPARE(preview->pageCount(), 0);
        QVERIFY(wizard.findChild<QWidget*>(QStringLiteral("previewPlaceholder"))->isVisible());
        QVERIFY(!wizard.hasDocument());
    }

    void draftIsSavedAndRestored()
    {
        qint64 id = 0;
        const QDate day = dayThisYear(40);
        {
            RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            type(&wizard, QStringLiteral("jenisKursus"), QStringLiteral("Bimbingan Teknis"));
            type(&wizard, QStringLiteral("namaKursus"), QStringLiteral("Bimtek Aplikasi SIASN"));
            setDate(&wizard, QStringLiteral("tanggalKursus"), day);
            type(&wizard, QStringLiteral("jumlahJam"), QStringLiteral("6"));
            QVERIFY(wizard.isDirty());

            // An incomplete draft may be kept.
            QSignalSpy saved(&wizard, &RecordWizard::draftSaved);
            QSignalSpy failed(&wizard, &RecordWizard::actionFailed);
            QTest::mouseClick(button(&wizard, "draftButton"), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, Timeout);
            QVERIFY(failed.isEmpty());
            id = wizard.recordId();
            QVERIFY(id > 0);
            QVERIFY(!wizard.isDirty());
            QCOMPARE(wizard.findChild<MessageBanner*>(QStringLiteral("messageBanner"))->kind(),
                MessageBanner::Kind::Success);

            // Closing without changes since the save asks nothing.
            wizard.reject();
            QVERIFY(ScriptedInteraction::current().questions().isEmpty());
        }
        QCOMPARE(RecordService(m_db).get(m_asn, id)->summary.status, SubmissionStatus::Draf);

        {
            RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
            QSignalSpy loaded(&wizard, &RecordWizard::recordLoaded);
            wizard.loadRecord(id);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, Timeout);
            QCOMPARE(wizard.recordId(), id);
            QCOMPARE(field<QLineEdit>(&wizard, QStringLiteral("namaKursus"))->text(),
                QStringLiteral("Bimtek Aplikasi SIASN"));
            QCOMPARE(field<QComboBox>(&wizard, QStringLiteral("jenisKursus"))->currentText(),
                QStringLiteral("Bimbingan Teknis"));
            QCOMPARE(field<QDateEdit>(&wizard, QStringLiteral("tanggalKursus"))->date(), day);
            QCOMPARE(field<QSpinBox>(&wizard, QStringLiteral("jumlahJam"))->value(), 6);
            QCOMPARE(field<QSpinBox>(&wizard, QStringLiteral("tahunKursus"))->value(), day.year());
            // Tanggal Berakhir followed Tanggal Mulai when it was entered.
            QCOMPARE(wizard.values().value(QStringLiteral("tanggalSelesaiKursus")).toDate(), day);
            QVERIFY(!wizard.hasDocument());
            QVERIFY(!wizard.isDirty());
            // What the draft still lacks is pointed out at once.
            QTRY_VERIFY_WITH_TIMEOUT(
                wizard.findChild<QLabel*>(QStringLiteral("issue_klasifikasi"))->isVisible(), Timeout);
            screenshot(&wizard, QStringLiteral("wizard-1-draf-dilanjutkan"));

            // Completed, with a document, and saved again: the same record, a newer version.
            const int version = wizard.recordVersion();
            setDate(&wizard, QStringLiteral("tanggalSelesaiKursus"), day);
            type(
                &wizard, QStringLiteral("klasifikasi"), QStringLiteral("Teknologi Informasi dan Komunikasi"));
            type(&wizard, QStringLiteral("institusiPenyelenggara"), QStringLiteral("BKN Kantor Regional I"));
            type(&wizard, QStringLiteral("nomorSertipikat"), QStringLiteral("BKN/REG1/2026/77"));
            nextToDocument(wizard);
            chooseGoodPdf(wizard, 1);
            QSignalSpy saved(&wizard, &RecordWizard::draftSaved);
            QSignalSpy failed(&wizard, &RecordWizard::actionFailed);
            QTest::mouseClick(button(&wizard, "draftButton"), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, Timeout);
            QVERIFY(failed.isEmpty());
            QCOMPARE(wizard.recordId(), id);
            QVERIFY(wizard.recordVersion() > version);
        }

        RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
        QSignalSpy loaded(&wizard, &RecordWizard::recordLoaded);
        wizard.loadRecord(id);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, Timeout);
        QCOMPARE(field<QLineEdit>(&wizard, QStringLiteral("institusiPenyelenggara"))->text(),
            QStringLiteral("BKN Kantor Regional I"));
        QVERIFY(wizard.hasDocument());
        QTRY_COMPARE_WITH_TIMEOUT(
            wizard.findChild<PdfPreview*>(QStringLiteral("pdfPreview"))->pageCount(), 1, Timeout);

        // Submitted from the draft: the stored document is kept.
        nextToDocument(wizard);
        nextToSummary(wizard);
        wizard.findChild<QCheckBox*>(QStringLiteral("declarationCheck"))->setChecked(true);
        QSignalSpy submitted(&wizard, &RecordWizard::submitted);
        ScriptedInteraction::current().setNextAnswer(true);
        QTest::mouseClick(button(&wizard, "submitButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 1, Timeout);
        QCOMPARE(submitted.at(0).at(0).toLongLong(), id);
        const auto stored = RecordService(m_db).get(m_asn, id);
        QCOMPARE(stored->summary.status, SubmissionStatus::Diajukan);
        QCOMPARE(stored->summary.document.pages, 1);
    }

    void perluPerbaikanShowsTheNote()
    {
        // A submitted record sent back by the verifier.
        RecordService::SaveRequest request;
        request.type = &RecordTypes::kursus();
        const QDate day = dayThisYear(60);
        request.values = {{QStringLiteral("jenisKursus"), QStringLiteral("Seminar")},
            {QStringLiteral("klasifikasi"), QStringLiteral("Administrasi")},
            {QStringLiteral("namaKursus"), QStringLiteral("Seminar Reformasi Birokrasi")},
            {QStringLiteral("institusiPenyelenggara"), QStringLiteral("Bagian Organisasi Setda")},
            {QStringLiteral("nomorSertipikat"), QStringLiteral("ORG/21/2026")},
            {QStringLiteral("tahunKursus"), day.year()}, {QStringLiteral("tanggalKursus"), day},
            {QStringLiteral("tanggalSelesaiKursus"), day}, {QStringLiteral("jumlahJam"), 3}};
        QFile pdf(pdfPath(1));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        request.document
            = DocumentUpload::madeByProgram(pdf.readAll(), QStringLiteral("seminar.pdf"), 1, 500);
        const auto id = RecordService(m_db).submit(m_asn, request);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        QVERIFY(
            m_db->write([&](QSqlDatabase& c) -> Status {
                    SqlQuery q(c,
                        QStringLiteral(
                            "UPDATE records SET status = 'perlu_perbaikan', note = ?, decided_by_nip = ?, "
                            "decided_at = ?, version = version + 1 WHERE id = ?"));
                    q.bindAll(
                        QStringLiteral(
                            "Nomor sertifikat pada dokumen tidak terbaca; unggah pindaian yang lebih jelas."),
                        QStringLiteral("197503152000031002"), QDateTime::currentDateTimeUtc(), id.value());
                    if (!q.exec())
                        return q.error();
                    return {};
                })
                .ok());

        RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
        QSignalSpy loaded(&wizard, &RecordWizard::recordLoaded);
        wizard.loadRecord(id.value());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, Timeout);
        auto* note = wizard.findChild<MessageBanner*>(QStringLiteral("noteBanner"));
        QVERIFY(note->isVisible());
        QCOMPARE(note->kind(), MessageBanner::Kind::Warning);
        QVERIFY2(note->text().contains(QStringLiteral("tidak terbaca")), qPrintable(note->text()));
        QVERIFY(button(&wizard, "nextButton")->isEnabled());
        screenshot(&wizard, QStringLiteral("wizard-perlu-perbaikan"));

        // Resubmitted with a clearer document.
        nextToDocument(wizard);
        chooseGoodPdf(wizard, 1);
        nextToSummary(wizard);
        wizard.findChild<QCheckBox*>(QStringLiteral("declarationCheck"))->setChecked(true);
        QSignalSpy submitted(&wizard, &RecordWizard::submitted);
        ScriptedInteraction::current().setNextAnswer(true);
        QTest::mouseClick(button(&wizard, "submitButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 1, Timeout);
        QCOMPARE(RecordService(m_db).get(m_asn, id.value())->summary.status, SubmissionStatus::Diajukan);
    }

    void submittedRecordIsReadOnly()
    {
        const auto list = RecordService(m_db).listOwn(m_asn);
        QVERIFY(list.ok());
        const auto it = std::find_if(list->cbegin(), list->cend(),
            [](const RecordSummary& s) { return s.status == SubmissionStatus::Diajukan; });
        QVERIFY(it != list->cend());
        RecordWizard wizard(m_db, m_asn, *RecordTypes::byCode(it->typeCode));
        QSignalSpy loaded(&wizard, &RecordWizard::recordLoaded);
        wizard.loadRecord(it->id);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, Timeout);
        QVERIFY(!button(&wizard, "nextButton")->isEnabled());
        QVERIFY(!button(&wizard, "draftButton")->isEnabled());
        QCOMPARE(button(&wizard, "cancelButton")->text(), QStringLiteral("Tutup"));
    }

    void cancelAsksWhenSomethingWasEntered()
    {
        {
            RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QTest::mouseClick(button(&wizard, "cancelButton"), Qt::LeftButton);
            QVERIFY(!wizard.isVisible()); // nothing entered: no question
            QVERIFY(ScriptedInteraction::current().questions().isEmpty());
        }
        RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        type(&wizard, QStringLiteral("namaKursus"), QStringLiteral("Kursus Bahasa Inggris"));
        ScriptedInteraction::current().setNextAnswer(false);
        QTest::mouseClick(button(&wizard, "cancelButton"), Qt::LeftButton);
        QVERIFY(wizard.isVisible());
        QCOMPARE(ScriptedInteraction::current().questions(),
            QStringList {QStringLiteral("Apakah anda yakin? Data yang belum disimpan akan hilang.")});
        ScriptedInteraction::current().setNextAnswer(true);
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QVERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
    }

    void documentCheckShowsProgressAndCanBeCancelled()
    {
        RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillKursus(
            wizard, 4, QStringLiteral("BT/41/2026"), QStringLiteral("Bimbingan Teknis Aplikasi e-Kinerja"));
        nextToDocument(wizard);
        auto* busy = wizard.findChild<QWidget*>(QStringLiteral("checkBusy"));
        auto* busyText = wizard.findChild<QLabel*>(QStringLiteral("checkBusyText"));

        // While the child process checks the file: the busy line, Batal, and no Selanjutnya yet.
        const QString first = pdfPath(1);
        chooseFile(wizard, first);
        QVERIFY(busy->isVisible());
        QVERIFY(busyText->text().startsWith(QStringLiteral("Memeriksa dokumen…")));
        QVERIFY(wizard.isCheckingDocument());
        screenshot(&wizard, QStringLiteral("wizard-2-memeriksa"), false);
        QTest::mouseClick(
            wizard.findChild<QPushButton*>(QStringLiteral("cancelCheckButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isCheckingDocument(), Timeout);
        QVERIFY(!busy->isVisible());
        QVERIFY(!wizard.hasDocument());
        // Selanjutnya waits for a document, and says why.
        QVERIFY(!button(&wizard, "nextButton")->isEnabled());
        QVERIFY(!button(&wizard, "nextButton")->toolTip().isEmpty());

        // Choosing again works.
        chooseGoodPdf(wizard, 1);
        QVERIFY(!busy->isVisible());
    }

    void submitConflictKeepsEverything()
    {
        // A complete draft, opened in the wizard and meanwhile changed elsewhere (another workstation).
        RecordService::SaveRequest request;
        request.type = &RecordTypes::kursus();
        const QDate day = dayThisYear(70);
        request.values = {{QStringLiteral("jenisKursus"), QStringLiteral("Workshop")},
            {QStringLiteral("klasifikasi"), QStringLiteral("Administrasi")},
            {QStringLiteral("namaKursus"), QStringLiteral("Workshop Tata Naskah Dinas")},
            {QStringLiteral("institusiPenyelenggara"), QStringLiteral("Bagian Umum Setda")},
            {QStringLiteral("nomorSertipikat"), QStringLiteral("UM/5/2026")},
            {QStringLiteral("tahunKursus"), day.year()}, {QStringLiteral("tanggalKursus"), day},
            {QStringLiteral("tanggalSelesaiKursus"), day}, {QStringLiteral("jumlahJam"), 5}};
        QFile pdf(pdfPath(1));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        request.document
            = DocumentUpload::madeByProgram(pdf.readAll(), QStringLiteral("workshop.pdf"), 1, 500);
        const auto id = RecordService(m_db).saveDraft(m_asn, request);
        QVERIFY(id.ok());

        RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
        QSignalSpy loaded(&wizard, &RecordWizard::recordLoaded);
        wizard.loadRecord(id.value());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, Timeout);

        request.recordId = id.value();
        request.version = wizard.recordVersion();
        request.document.reset();
        QVERIFY(RecordService(m_db).saveDraft(m_asn, request).ok());

        type(&wizard, QStringLiteral("namaKursus"), QStringLiteral("Workshop Tata Naskah Dinas 2026"));
        nextToDocument(wizard);
        nextToSummary(wizard);
        wizard.findChild<QCheckBox*>(QStringLiteral("declarationCheck"))->setChecked(true);
        QSignalSpy failed(&wizard, &RecordWizard::actionFailed);
        ScriptedInteraction::current().setNextAnswer(true);
        QTest::mouseClick(button(&wizard, "submitButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Timeout);
        auto* banner = wizard.findChild<MessageBanner*>(QStringLiteral("messageBanner"));
        QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
        QVERIFY2(
            banner->text().contains(QStringLiteral("diubah di tempat lain")), qPrintable(banner->text()));
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentStep(), int(RecordWizard::SummaryStep));
        QCOMPARE(wizard.values().value(QStringLiteral("namaKursus")).toString(),
            QStringLiteral("Workshop Tata Naskah Dinas 2026"));
        QVERIFY(wizard.hasDocument());
        QCOMPARE(RecordService(m_db).get(m_asn, id.value())->summary.status, SubmissionStatus::Draf);
        screenshot(&wizard, QStringLiteral("wizard-3-konflik"));
    }

    void emptyDatesStayEmptyUntilChosen()
    {
        RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto* start = field<QDateEdit>(&wizard, QStringLiteral("tanggalKursus"));
        QCOMPARE(start->text(), QStringLiteral("–"));
        QVERIFY(!wizard.values().contains(QStringLiteral("tanggalKursus")));
        QCOMPARE(start->displayFormat(), QStringLiteral("dd-MM-yyyy"));
        QVERIFY(start->calendarPopup());
        auto* previous
            = start->calendarWidget()->findChild<QToolButton*>(QStringLiteral("qt_calendar_prevmonth"));
        QVERIFY(previous);
        QCOMPARE(previous->toolTip(), QStringLiteral("Bulan sebelumnya"));

        // Typing into an empty date starts from today; Kosongkan empties it again.
        start->setFocus();
        QTest::keyClick(start, Qt::Key_Up);
        QCOMPARE(start->date(), QDate::currentDate());
        auto* clear = wizard.findChild<QToolButton*>(QStringLiteral("clear_tanggalKursus"));
        QVERIFY(clear->isEnabled());
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(start->text(), QStringLiteral("–"));
        QVERIFY(!clear->isEnabled());
        QVERIFY(!wizard.values().contains(QStringLiteral("tanggalKursus")));
        // An empty number is not 0.
        QCOMPARE(field<QSpinBox>(&wizard, QStringLiteral("jumlahJam"))->text(), QStringLiteral("–"));
        QVERIFY(!wizard.values().contains(QStringLiteral("jumlahJam")));
        // A year is typed digit by digit into its empty "–" (its first digits are not a year yet:
        // the second digit once replaced the first, and "2026" became "6").
        auto* year = field<QSpinBox>(&wizard, QStringLiteral("tahunKursus"));
        year->setValue(year->minimum()); // filled from Tanggal Mulai above
        QCOMPARE(year->text(), QStringLiteral("–"));
        QTest::mouseClick(year, Qt::LeftButton);
        QTest::qWait(10); // the click's select-all
        QTest::keyClicks(year, QStringLiteral("2026"));
        QCOMPARE(year->text(), QStringLiteral("2026"));
        QCOMPARE(year->value(), 2026);
    }

    void backKeepsTheValues()
    {
        RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillKursus(wizard, 5, QStringLiteral("PL/31/2026"), QStringLiteral("Pelatihan Kepemimpinan"));
        nextToDocument(wizard);
        QPushButton* back = button(&wizard, "backButton");
        QVERIFY(back->isVisible());
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(wizard.currentStep(), int(RecordWizard::DataStep));
        QCOMPARE(field<QLineEdit>(&wizard, QStringLiteral("namaKursus"))->text(),
            QStringLiteral("Pelatihan Kepemimpinan"));
        QCOMPARE(field<QSpinBox>(&wizard, QStringLiteral("jumlahJam"))->value(), 5);
    }
};

KARIER_GUI_TEST_MAIN(TestRecordWizard)
#include "TestRecordWizard.moc"
