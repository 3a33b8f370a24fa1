// SPDX-License-Identifier: GPL-3.0-or-later
#include "ElisionProbe.h"
#include "GuiTestMain.h"
#include "ScriptedInteraction.h"
#include "SyntheticScan.h"
#include "TestDatabase.h"
#include "WizardDriver.h"
#include "approval/ApprovalService.h"
#include "auth/AuthService.h"
#include "common/Interaction.h"
#include "common/PagedListModel.h"
#include "documents/PdfCheckRunner.h"
#include "io/DemoSeeder.h"
#include "login/FirstRunDialog.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "org/Organisation.h"
#include "records/BatchRecipientsPage.h"
#include "records/RecordDetailDialog.h"
#include "records/RecordService.h"
#include "records/RecordType.h"
#include "records/RecordWizard.h"
#include "records/RiwayatPage.h"
#include "settings/LocalSettings.h"
#include "verifikasi/ApprovalListModel.h"
#include "verifikasi/DecisionDialog.h"
#include "verifikasi/VerifikasiPage.h"
#include "widgets/DropZone.h"
#include "widgets/HistoryDialog.h"
#include "widgets/PdfPreview.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace karier;
using karier::test::ElisionProbe;
using karier::test::TestDatabase;

namespace {

constexpr int AsyncTimeout = 15000;
/// The room a window has on a 1024×768 screen beside the panels.
const QSize Narrow(1000, 700);

/// The problems as one message; QtTest cuts long messages, so they are also logged whole.
QString joined(const QStringList& problems)
{
    for (const QString& problem : problems)
        qWarning().noquote() << problem;
    return QStringLiteral("\n") + problems.join(QLatin1Char('\n'));
}

/// Lets asynchronous loads (database workers, previews) arrive and be laid out.
void settle(QWidget* widget)
{
    QTest::qWait(50);
    for (auto* model : widget->findChildren<PagedListModel*>())
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), AsyncTimeout);
    QTest::qWait(250);
    QCoreApplication::processEvents();
}

/// How a dialog is sized when it opens.
enum class Sizing {
    Own, ///< by its contents (it stays as it opens, within 1000×700)
    Screen, ///< by the screen's free area (DialogStyle::resizeWithinScreen): 1000×700 on 1024×768
};

/// The dialog as it opens on a 1024×768 screen, within 1000×700 (the test's screen may be smaller or
/// larger), its picture saved, its problems listed.
QStringList dialogProblems(
    QWidget* dialog, const QString& where, const QString& shot, Sizing sizing = Sizing::Own)
{
    if (sizing == Sizing::Screen)
        dialog->resize(Narrow);
    else if (dialog->width() > Narrow.width() || dialog->height() > Narrow.height())
        dialog->resize(dialog->size().boundedTo(Narrow));
    settle(dialog);
    karier::test::screenshot(dialog, QStringLiteral("narrow-") + shot);
    QStringList problems;
    if (dialog->width() > Narrow.width() || dialog->height() > Narrow.height())
        problems << QStringLiteral("%1 is %2×%3 px").arg(where).arg(dialog->width()).arg(dialog->height());
    return problems + ElisionProbe::problems(dialog, where);
}

/// The program's language for one test: English as karier-asn installs it when chosen in Pengaturan
/// (longer words), or the Indonesian source texts.
class Language
{
public:
    explicit Language(bool english)
    {
        if (english && m_translator.load(QStringLiteral(":/i18n/karier-asn_en.qm")))
            m_installed = QCoreApplication::installTranslator(&m_translator);
        m_ok = !english || m_installed;
    }
    ~Language()
    {
        if (m_installed)
            QCoreApplication::removeTranslator(&m_translator);
    }
    Language(const Language&) = delete;
    Language& operator=(const Language&) = delete;
    bool ok() const { return m_ok; }

private:
    QTranslator m_translator;
    bool m_installed = false;
    bool m_ok = false;
};

} // namespace

/// The dialogs and the later wizard steps at 1000×700 (issue 18): nothing elided or cut, as
/// TestNarrowWindow checks the pages.
class TestNarrowDialogs : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    QTemporaryDir m_files;
    QTemporaryDir m_settingsDir;
    Session m_asn;
    Session m_admin;
    int m_counter = 0;

    static QString demoNip(const QString& role)
    {
        for (const auto& account : DemoSeeder::demoAccounts()) {
            if (account.role == role)
                return account.nip;
        }
        return {};
    }

    QString pdfPath()
    {
        const QString path = m_files.filePath(QStringLiteral("dokumen-%1.pdf").arg(++m_counter));
        if (!karier::test::writeTextPdf(path, 2,
                QStringLiteral("Sertifikat Pelatihan Kepemimpinan Administrator Angkatan XII Tahun 2026")))
            return {};
        return path;
    }

    DocumentUpload document()
    {
        QFile file(pdfPath());
        if (!file.open(QIODevice::ReadOnly))
            return DocumentUpload::madeByProgram({}, {}, 0);
        return DocumentUpload::madeByProgram(file.readAll(), QStringLiteral("sertifikat.pdf"), 2, 900);
    }

    /// Valid values of each type, with long texts.
    QVariantMap valuesOf(const QString& code)
    {
        const int year = QDate::currentDate().year();
        const QDate day = QDate(year, 1, 8).addDays(m_counter);
        if (code == QLatin1String("kursus"))
            return {{QStringLiteral("jenisKursus"), QStringLiteral("Sosialisasi")},
                {QStringLiteral("klasifikasi"), QStringLiteral("Sumber Daya Manusia")},
                {QStringLiteral("namaKursus"),
                    QStringLiteral(
                        "Sosialisasi Sistem Informasi Aparatur Sipil Negara bagi Pengelola Kepegawaian")},
                {QStringLiteral("institusiPenyelenggara"),
                    QStringLiteral("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Surakarta")},
                {QStringLiteral("nomorSertipikat"),
                    QStringLiteral("800/%1/BKPSDM/%2").arg(m_counter).arg(year)},
                {QStringLiteral("tahunKursus"), year}, {QStringLiteral("tanggalKursus"), day},
                {QStringLiteral("tanggalSelesaiKursus"), day}, {QStringLiteral("jumlahJam"), 4}};
        if (code == QLatin1String("sertifikasi"))
            return {{QStringLiteral("klasifikasiSertifikasi"),
                        QStringLiteral("PENGADAAN BARANG/JASA PEMERINTAH")},
                {QStringLiteral("namaSertifikasi"),
                    QStringLiteral("Sertifikat Kompetensi Pengadaan Barang/Jasa Pemerintah Tingkat Dasar")},
                {QStringLiteral("nomorSertifikat"), QStringLiteral("LKPP/%1/%2").arg(year).arg(m_counter)},
                {QStringLiteral("tanggalSertifikat"), day}, {QStringLiteral("masaBerlakuSertMulai"), day},
                {QStringLiteral("masaBerlakuSertSelasai"), day.addYears(3)},
                {QStringLiteral("lembagaSertifikasiNama"),
                    QStringLiteral("LKPP (Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah)")}};
        return {{QStringLiteral("skalaPenghargaan"), QStringLiteral("Kabupaten/Kota")},
            {QStringLiteral("kelompokPenghargaan"), QStringLiteral("PENGHARGAAN LAINNYA")},
            {QStringLiteral("jenisPenghargaan"), QStringLiteral("ASN Teladan")},
            {QStringLiteral("tahun"), year},
            {QStringLiteral("skNomor"), QStringLiteral("800/%1/BKPSDM/%2").arg(m_counter).arg(year)},
            {QStringLiteral("skDate"), day}};
    }

    /// A record of type \a code of the ASN: a draft, or submitted.
    qint64 record(const QString& code, bool submit)
    {
        RecordService::SaveRequest request;
        request.type = RecordTypes::byCode(code);
        request.values = valuesOf(code);
        request.document = document();
        RecordService service(m_db);
        const auto id = submit ? service.submit(m_asn, request) : service.saveDraft(m_asn, request);
        if (!id)
            qWarning().noquote() << id.error().message;
        return id ? *id : 0;
    }

    /// The window of \a session at 1000×700, shown.
    std::unique_ptr<MainWindow> narrowWindow(const Session& session)
    {
        auto window = std::make_unique<MainWindow>(m_db, session);
        window->resize(Narrow);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return {};
        return window;
    }

    static QWidget* modalDialog()
    {
        QWidget* modal = QApplication::activeModalWidget();
        return modal && modal->isVisible() ? modal : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        QVERIFY(m_files.isValid() && m_settingsDir.isValid());
        m_db = m_fresh.open();
        QVERIFY(m_db);
        auto seeded = DemoSeeder::seedDemo(m_db);
        QVERIFY2(seeded.ok(), qPrintable(seeded.error().message));
        m_asn = karier::test::sessionFor(m_db, demoNip(QStringLiteral("asn")), Role::Asn);
        m_admin = karier::test::sessionFor(m_db, demoNip(QStringLiteral("admin")), Role::Admin);
        QVERIFY(m_asn.employeeId > 0 && m_admin.employeeId > 0);
        PdfCheckRunner::setHelperPath(QStringLiteral(KARIER_CLI_PATH));
    }

    void init() { ScriptedInteraction::reset().setDefaultAnswer(true); }

    void wizardLaterStepsFit_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("english");
        for (const RecordType* type : RecordTypes::all()) {
            QTest::newRow(qPrintable(type->code)) << type->code << false;
            QTest::newRow(qPrintable(type->code + QStringLiteral(" (English)"))) << type->code << true;
        }
    }
    /// Unggah Dokumen with a checked PDF shown, then Ringkasan, of a draft resumed from the Riwayat page.
    void wizardLaterStepsFit()
    {
        QFETCH(QString, code);
        QFETCH(bool, english);
        const Language language(english);
        QVERIFY(language.ok());
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const qint64 id = record(code, false);
        QVERIFY(id > 0);
        auto window = narrowWindow(m_asn);
        QVERIFY(window);
        RecordWizard wizard(m_db, m_asn, *RecordTypes::byCode(code), window.get());
        QSignalSpy loaded(&wizard, &RecordWizard::recordLoaded);
        wizard.loadRecord(id);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, AsyncTimeout);
        QStringList problems;

        QTest::mouseClick(karier::test::buttonNamed(&wizard, "nextButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentStep(), int(RecordWizard::DocumentStep), AsyncTimeout);
        // A file chosen now is checked and shown with what the check found.
        QSignalSpy accepted(&wizard, &RecordWizard::documentAccepted);
        ScriptedInteraction::current().setNextOpenFile(pdfPath());
        QTest::mouseClick(wizard.findChild<DropZone*>(QStringLiteral("dropZone")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, AsyncTimeout);
        auto* preview = wizard.findChild<PdfPreview*>(QStringLiteral("pdfPreview"));
        QVERIFY(preview);
        QTRY_COMPARE_WITH_TIMEOUT(preview->pageCount(), 2, AsyncTimeout);
        problems += dialogProblems(&wizard, QStringLiteral("wizard %1/Unggah Dokumen").arg(tag),
            QStringLiteral("wizard-%1-unggah").arg(tag), Sizing::Screen);

        QTest::mouseClick(karier::test::buttonNamed(&wizard, "nextButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentStep(), int(RecordWizard::SummaryStep), AsyncTimeout);
        problems += dialogProblems(&wizard, QStringLiteral("wizard %1/Ringkasan").arg(tag),
            QStringLiteral("wizard-%1-ringkasan").arg(tag), Sizing::Screen);
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
    }

    /// Admin's batch entry: Pilih Pegawai with NIPs typed, then with what the check found.
    void batchRecipientsFit()
    {
        auto window = narrowWindow(m_admin);
        QVERIFY(window);
        QString key;
        for (const RiwayatPageSpec& spec : RecordTypes::riwayatPages()) {
            if (spec.typeCodes().contains(QStringLiteral("penghargaan")))
                key = spec.key;
        }
        QVERIFY(window->showPage(key));
        auto* page = qobject_cast<RiwayatPage*>(
            window->findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget());
        QVERIFY(page);
        RecordWizard* wizard = page->addBatch(QStringLiteral("penghargaan"));
        QVERIFY(wizard);
        const QPointer<RecordWizard> closing(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        karier::test::typeInto(
            wizard, QStringLiteral("kelompokPenghargaan"), QStringLiteral("SATYA LENCANA"));
        karier::test::typeInto(
            wizard, QStringLiteral("jenisPenghargaan"), QStringLiteral("Satyalancana Karya Satya X Tahun"));
        const int year = QDate::currentDate().year() - 1;
        karier::test::typeInto(wizard, QStringLiteral("tahun"), QString::number(year));
        karier::test::typeInto(
            wizard, QStringLiteral("skNomor"), QStringLiteral("KEPPRES/77/SL/%1").arg(year));
        karier::test::setDateField(wizard, QStringLiteral("skDate"), QDate(year, 8, 17));
        QTest::mouseClick(karier::test::buttonNamed(wizard, "nextButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentStep(), int(RecordWizard::RecipientsStep), AsyncTimeout);
        BatchRecipientsPage* recipients = wizard->recipientsPage();
        QVERIFY(recipients);
        QStringList nips;
        QVERIFY(Organisation(m_db)
                    .forEachEmployee([&](const Employee& e) {
                        if (!e.pppk && nips.size() < 200) // long unit names among them
                            nips << e.nip;
                        return true;
                    })
                    .ok());
        recipients->addNips(
            nips + QStringList {QStringLiteral("199001012020011999"), QStringLiteral("12345")});
        QStringList problems = dialogProblems(wizard, QStringLiteral("batch/Pilih Pegawai"),
            QStringLiteral("batch-recipients"), Sizing::Screen);

        // Selanjutnya checks every NIP; back on Pilih Pegawai the problems are listed.
        ScriptedInteraction::current().setNextOpenFile(QString()); // Unggah Dokumen's own chooser: Batal
        QTest::mouseClick(karier::test::buttonNamed(wizard, "nextButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentStep(), int(RecordWizard::DocumentStep), AsyncTimeout);
        QTest::mouseClick(karier::test::buttonNamed(wizard, "backButton"), Qt::LeftButton);
        QCOMPARE(wizard->currentStep(), int(RecordWizard::RecipientsStep));
        problems += dialogProblems(wizard, QStringLiteral("batch/Pilih Pegawai checked"),
            QStringLiteral("batch-recipients-checked"), Sizing::Screen);
        wizard->reject();
        QTRY_VERIFY(!closing);
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
    }

    void firstRunFits()
    {
        TestDatabase fresh;
        auto db = fresh.open();
        QVERIFY(db);
        FirstRunDialog dialog(db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QStringList problems
            = dialogProblems(&dialog, QStringLiteral("Pertama kali/pilihan"), QStringLiteral("first-run"));
        QTest::mouseClick(
            dialog.findChild<QCommandLinkButton*>(QStringLiteral("adminButton")), Qt::LeftButton);
        QCOMPARE(dialog.currentPage(), FirstRunDialog::Page::Admin);
        // With every field's message shown.
        QTest::keyClicks(
            dialog.findChild<QLineEdit*>(QStringLiteral("adminNipEdit")), QStringLiteral("19861326"));
        QTest::keyClicks(
            dialog.findChild<QLineEdit*>(QStringLiteral("adminPasswordEdit")), QStringLiteral("123"));
        QTest::keyClicks(
            dialog.findChild<QLineEdit*>(QStringLiteral("adminPasswordRepeatEdit")), QStringLiteral("1234"));
        QTest::mouseClick(
            dialog.findChild<QPushButton*>(QStringLiteral("createAdminButton")), Qt::LeftButton);
        for (const char* error : {"adminNipError", "adminPasswordError", "adminRepeatError"})
            QVERIFY2(dialog.findChild<QLabel*>(QString::fromLatin1(error))->isVisible(), error);
        problems += dialogProblems(
            &dialog, QStringLiteral("Pertama kali/akun admin"), QStringLiteral("first-run-admin"));
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));

        FirstRunDialog demo(db);
        demo.show();
        QVERIFY(QTest::qWaitForWindowExposed(&demo));
        QTest::mouseClick(demo.findChild<QCommandLinkButton*>(QStringLiteral("demoButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(demo.currentPage(), FirstRunDialog::Page::DemoAccounts, AsyncTimeout);
        problems += dialogProblems(
            &demo, QStringLiteral("Pertama kali/akun contoh"), QStringLiteral("first-run-demo"));
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
    }

    /// The login's one-time code (Admin) and its enrolment with the QR code (Pengelola, code reset).
    void loginCodeStepsFit()
    {
        LocalSettings settings(m_settingsDir.filePath(QStringLiteral("settings.ini")));
        QStringList problems;
        for (const QString& role : {QStringLiteral("admin"), QStringLiteral("pengelola")}) {
            const bool enrol = role == QLatin1String("pengelola");
            if (enrol)
                QVERIFY(AuthService(m_db).resetOtp(nullptr, demoNip(role)).ok());
            QString password;
            for (const auto& account : DemoSeeder::demoAccounts()) {
                if (account.role == role)
                    password = account.password;
            }
            LoginDialog dialog(m_db, &settings);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("nipEdit")), demoNip(role));
            auto* passwordEdit = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
            QTest::keyClicks(passwordEdit, password);
            QTest::keyClick(passwordEdit, Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), AsyncTimeout);
            QCOMPARE(dialog.currentPage(), enrol ? LoginDialog::Page::Enrolment : LoginDialog::Page::Otp);
            problems += dialogProblems(&dialog,
                enrol ? QStringLiteral("Masuk/pendaftaran kode") : QStringLiteral("Masuk/kode"),
                enrol ? QStringLiteral("login-enrolment") : QStringLiteral("login-otp"));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
    }

    void recordDetailFits_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("submitted") << QStringLiteral("submitted");
        QTest::newRow("returned") << QStringLiteral("returned");
        QTest::newRow("draft") << QStringLiteral("draft");
    }
    /// Lihat on the Riwayat page: a submitted record, one sent back with a note, a draft with Ubah.
    void recordDetailFits()
    {
        QFETCH(QString, state);
        const qint64 id = record(QStringLiteral("kursus"), state != QLatin1String("draft"));
        QVERIFY(id > 0);
        if (state == QLatin1String("returned")) {
            DecisionRequest request;
            request.decision = Decision::Kembalikan;
            request.items = {{id, 1}};
            request.reason = ReturnReason::DokumenTidakLengkap;
            request.note = QStringLiteral(
                "Halaman kedua sertifikat (daftar mata pelatihan dan jumlah jam pelajaran) belum diunggah; "
                "mohon unggah kembali sertifikat lengkap dengan lampirannya.");
            const auto decided = ApprovalService(m_db).decide(m_admin, request);
            QVERIFY2(decided && decided->decided.size() == 1,
                decided ? "conflict" : qPrintable(decided.error().message));
        }
        auto window = narrowWindow(m_asn);
        QVERIFY(window);
        auto* dialog = new RecordDetailDialog(m_db, m_asn, id, window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("detailStatus"));
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), AsyncTimeout);
        if (state == QLatin1String("draft"))
            QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("editButton"))->isVisible());
        // It cannot be made narrower than its layout needs, and that fits 1000×700.
        const QSize needed = dialog->layout()->totalMinimumSize();
        QVERIFY2(dialog->minimumWidth() >= needed.width() && needed.width() <= Narrow.width()
                && dialog->minimumHeight() <= Narrow.height(),
            qPrintable(QStringLiteral("minimum %1×%2, layout %3×%4")
                           .arg(dialog->minimumWidth())
                           .arg(dialog->minimumHeight())
                           .arg(needed.width())
                           .arg(needed.height())));
        const QStringList problems = dialogProblems(dialog, QStringLiteral("Detail Riwayat/%1").arg(state),
            QStringLiteral("detail-%1").arg(state), Sizing::Screen);
        dialog->close();
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
    }

    /// Riwayat proses…: the notice with a record's history (the real dialog of Interaction).
    void historyFits()
    {
        const qint64 id = record(QStringLiteral("kursus"), true);
        QVERIFY(id > 0);
        DecisionRequest request;
        request.decision = Decision::Kembalikan;
        request.items = {{id, 1}};
        request.reason = ReturnReason::DataTidakSesuai;
        request.note = QStringLiteral("Tanggal selesai tidak sesuai dengan sertifikat; mohon diperbaiki.");
        QVERIFY(ApprovalService(m_db).decide(m_admin, request));
        auto window = narrowWindow(m_admin);
        QVERIFY(window);
        Interaction::install(nullptr);
        const auto scripted = qScopeGuard([] { ScriptedInteraction::reset().setDefaultAnswer(true); });
        QStringList problems;
        bool seen = false;
        QTimer poll;
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, this, [&] {
            QWidget* dialog = modalDialog();
            if (!dialog || seen)
                return;
            seen = true;
            problems += dialogProblems(dialog, QStringLiteral("Riwayat proses"), QStringLiteral("history"));
            dialog->close();
        });
        poll.start();
        HistoryDialog::open(window.get(), m_db, m_admin, id, QStringLiteral("Riwayat proses: Kursus"),
            QStringLiteral("Belum ada catatan proses."), nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(seen, AsyncTimeout);
        QTRY_VERIFY(!modalDialog());
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
    }

    void decisionFits_data()
    {
        QTest::addColumn<int>("decision");
        QTest::addColumn<bool>("english");
        QTest::newRow("Kembalikan") << int(Decision::Kembalikan) << false;
        QTest::newRow("Tolak") << int(Decision::Tolak) << false;
        QTest::newRow("Kembalikan (English)") << int(Decision::Kembalikan) << true;
        QTest::newRow("Tolak (English)") << int(Decision::Tolak) << true;
    }
    /// Kembalikan and Tolak in the verifier console with several rows ticked.
    void decisionFits()
    {
        QFETCH(int, decision);
        QFETCH(bool, english);
        const Language language(english);
        QVERIFY(language.ok());
        for (int i = 0; i < 4; ++i)
            QVERIFY(record(QStringLiteral("kursus"), true) > 0);
        auto window = narrowWindow(m_admin);
        QVERIFY(window);
        QVERIFY(window->showPage(QStringLiteral("verifikasi")));
        auto* page = window->findChild<VerifikasiPage*>();
        QVERIFY(page);
        settle(page);
        QVERIFY(page->model()->rowCount() >= 4);
        for (int row = 0; row < 4; ++row)
            page->model()->setChecked(row, true);
        QTest::mouseClick(page->findChild<QPushButton*>(Decision(decision) == Decision::Tolak
                                  ? QStringLiteral("rejectButton")
                                  : QStringLiteral("returnButton")),
            Qt::LeftButton);
        DecisionDialog* dialog = page->decisionDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        QStringList problems = dialogProblems(
            dialog, QStringLiteral("Keputusan/%1").arg(tag), QStringLiteral("decision-%1").arg(tag));
        // Kirim without a reason: the message under the field is shown too.
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("sendButton")), Qt::LeftButton);
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("noteError"))->text().isEmpty());
        problems += dialogProblems(dialog, QStringLiteral("Keputusan/%1 pesan").arg(tag),
            QStringLiteral("decision-%1-message").arg(tag));
        dialog->reject();
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
    }
};

KARIER_GUI_TEST_MAIN(TestNarrowDialogs)
#include "TestNarrowDialogs.moc"
