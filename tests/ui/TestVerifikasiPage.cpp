// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestMain.h"
#include "LocalHttpServer.h"
#include "ScriptedInteraction.h"
#include "TestDatabase.h"
#include "WizardDriver.h"
#include "approval/ApprovalService.h"
#include "common/Theme.h"
#include "domain/Nip.h"
#include "io/DemoSeeder.h"
#include "main/MainWindow.h"
#include "org/Organisation.h"
#include "records/RecordService.h"
#include "timkerja/TimKerja.h"
#include "timkerja/TimKerjaService.h"
#include "verifikasi/ApprovalDetailPanel.h"
#include "verifikasi/ApprovalListModel.h"
#include "verifikasi/DecisionDialog.h"
#include "verifikasi/VerifikasiPage.h"
#include "widgets/MessageBanner.h"
#include "widgets/PdfPreview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;
using karier::test::TestDatabase;
namespace Key = karier::TimKerja::Key;

/// The verifier console on real widgets: filters, ticks, Setujui with its question and "Berhasil",
/// returning with a required reason, the Pengelola's scope, and a second verifier deciding first
/// (run on SQLite and on PostgreSQL with two connections).
class TestVerifikasiPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_fresh;
    std::shared_ptr<Database> m_db;
    Session m_admin;
    Session m_pengelola;
    QList<Employee> m_dinkes;
    QList<Employee> m_others;
    karier::test::LocalHttpServer m_http;
    QTemporaryDir m_files;
    int m_serial = 0;

    Session asnOf(const Employee& e) { return karier::test::sessionFor(m_db, e.nip, Role::Asn, 40); }

    qint64 submitKursus(const Employee& e, const QDateTime& at = {})
    {
        const int serial = ++m_serial;
        RecordService::SaveRequest request;
        request.type = &RecordTypes::kursus();
        request.values = {{QStringLiteral("jenisKursus"), QStringLiteral("Sosialisasi")},
            {QStringLiteral("klasifikasi"), QStringLiteral("Sumber Daya Manusia")},
            {QStringLiteral("namaKursus"), QStringLiteral("Pelatihan Pelayanan Publik %1").arg(serial)},
            {QStringLiteral("institusiPenyelenggara"), QStringLiteral("BKPSDM Kota Surakarta")},
            {QStringLiteral("nomorSertipikat"), QStringLiteral("800/%1/BKPSDM/2026").arg(serial)},
            {QStringLiteral("tahunKursus"), 2026},
            {QStringLiteral("tanggalKursus"), QDate(2026, 4, serial % 28 + 1)},
            {QStringLiteral("tanggalSelesaiKursus"), QDate(2026, 4, serial % 28 + 1)},
            {QStringLiteral("jumlahJam"), 4}};
        const QString path = m_files.filePath(QStringLiteral("sertifikat-%1.pdf").arg(serial));
        if (!karier::test::writeTextPdf(path, 1, QStringLiteral("SERTIFIKAT PELATIHAN %1").arg(serial)))
            return 0;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        const QByteArray pdf = file.readAll();
        request.document = DocumentUpload::madeByProgram(pdf, QStringLiteral("sertifikat.pdf"), 1, 900);
        const auto id = RecordService(
            m_db, at.isValid() ? RecordService::Clock([at] { return at; }) : RecordService::Clock())
                            .submit(asnOf(e), request);
        if (!id)
            qWarning("submit: %s", qUtf8Printable(id.error().message));
        return id.ok() ? id.value() : 0;
    }

    qint64 submitTimKerja(const Employee& e, const QString& name)
    {
        TimKerjaService service(m_db);
        const Session owner = asnOf(e);
        const auto kode = service.newKode(owner);
        TimKerjaService::SaveRequest request;
        request.values = {{Key::tanggalSk(), QDate(2026, 2, ++m_serial % 28 + 1)},
            {Key::keteranganSk(), QStringLiteral("Berlaku")},
            {Key::kodeKegiatan(), kode.ok() ? kode.value() : QString()}, {Key::namaTimKerja(), name},
            {Key::ruangLingkup(), QStringLiteral("Internal Perangkat Daerah")},
            {Key::kedudukan(), QStringLiteral("Anggota")},
            {Key::urlBuktiDukung(), m_http.url(QStringLiteral("/sk-%1").arg(m_serial))}};
        const auto id = service.save(owner, request);
        if (!id)
            qWarning("save: %s", qUtf8Printable(id.error().message));
        return id.ok() ? id.value() : 0;
    }

    static bool waitLoaded(VerifikasiPage& page)
    {
        QTest::qWait(0);
        return QTest::qWaitFor([&] { return !page.model()->isLoading(); }, 10000);
    }

    template<class T> static T* child(QWidget& page, const char* name)
    {
        return page.findChild<T*>(QString::fromLatin1(name));
    }

    static void pickData(QComboBox* combo, const QVariant& data)
    {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(index);
    }

    SubmissionStatus statusOf(qint64 id)
    {
        const auto detail = ApprovalService(m_db).detail(m_admin, id);
        return detail ? detail->row.status : SubmissionStatus::Draf;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_http.start());
        ScriptedInteraction::reset();
    }

    void init()
    {
        m_fresh = std::make_unique<TestDatabase>();
        QVERIFY2(m_fresh->error().isEmpty(), qPrintable(m_fresh->error()));
        m_db = m_fresh->open();
        QVERIFY(m_db);
        QVERIFY(DemoSeeder::seedDemo(m_db).ok());
        m_admin = karier::test::sessionFor(m_db, QStringLiteral("198503152010012002"), Role::Admin, 1);
        m_pengelola
            = karier::test::sessionFor(m_db, QStringLiteral("198007122005011003"), Role::Pengelola, 2);
        m_dinkes.clear();
        m_others.clear();
        QVERIFY(Organisation(m_db)
                    .forEachEmployee([&](const Employee& e) {
                        if (e.nip == m_admin.nip || e.nip == m_pengelola.nip)
                            return true;
                        (e.indukUnitId == m_pengelola.managedUnitId ? m_dinkes : m_others).append(e);
                        return true;
                    })
                    .ok());
        ScriptedInteraction::reset();
    }

    void cleanup()
    {
        m_db.reset();
        m_fresh.reset();
    }

    void adminFiltersTicksThreeAndApproves()
    {
        for (int i = 0; i < 6; ++i)
            QVERIFY(submitKursus(m_others.at(i)) > 0);
        QVERIFY(submitTimKerja(m_dinkes.at(0), QStringLiteral("Tim Percepatan Penurunan Stunting")) > 0);

        VerifikasiPage page(m_fresh->openAs(m_db, m_admin), m_admin);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1500, 860);
        page.show();
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.model()->total(), 7);
        QCOMPARE(page.model()->layout(), ApprovalListModel::Layout::Riwayat);
        QVERIFY(child<QLabel>(page, "rangeLabel")->text().contains(QStringLiteral("dari 7 usulan")));

        // Filter: Jenis Kursus.
        pickData(child<QComboBox>(page, "jenisCombo"), RecordTypes::kursus().code);
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.model()->total(), 6);
        QVERIFY(QTest::qWaitFor([&] { return page.detailPanel()->recordId() > 0; }, 5000));
        QVERIFY(QTest::qWaitFor([&] { return page.detailPanel()->preview()->pageCount() == 1; }, 10000));
        karier::test::screenshot(&page, QStringLiteral("verifikasi-admin"));

        // Keyboard: Space ticks, ↓ moves; three rows.
        auto* table = child<QTableView>(page, "approvalTable");
        table->setFocus();
        table->setCurrentIndex(page.model()->index(0, 0));
        QList<qint64> ticked;
        for (int i = 0; i < 3; ++i) {
            ticked << page.model()->rowAt(table->currentIndex().row())->id;
            QTest::keyClick(table, Qt::Key_Space);
            QTest::keyClick(table, Qt::Key_Down);
        }
        QCOMPARE(page.model()->checkedCount(), 3);
        QCOMPARE(child<QLabel>(page, "checkedLabel")->text(),
            QStringLiteral("3 usulan dicentang: keputusan untuk yang dicentang"));
        karier::test::screenshot(&page, QStringLiteral("verifikasi-admin-ticked"));

        // Batal first: nothing changes.
        ScriptedInteraction::current().setNextAnswer(false);
        QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(ScriptedInteraction::current().questions().size(), 1);
        // The question names the three ticked people, not the row shown.
        const QString question = ScriptedInteraction::current().questions().first();
        QVERIFY2(question.startsWith(QStringLiteral("3 usulan yang dicentang akan disetujui:\n• ")),
            qPrintable(question));
        for (qint64 id : std::as_const(ticked)) {
            const ApprovalRow* row = page.model()->rowAt(page.model()->rowOf(id));
            QVERIFY(question.contains(row->nama + QStringLiteral(" (NIP ") + Nip::groupedOrAsIs(row->nip)));
            QVERIFY(question.contains(QStringLiteral("Kursus: ") + row->title));
        }
        const ApprovalRow* shown = page.model()->rowAt(table->currentIndex().row());
        QVERIFY(!ticked.contains(shown->id));
        QVERIFY(!question.contains(shown->title));
        QCOMPARE(statusOf(ticked.first()), SubmissionStatus::Diajukan);

        QSignalSpy decided(&page, &VerifikasiPage::decided);
        ScriptedInteraction::current().setNextAnswer(true);
        QTest::mouseClick(child<QPushButton>(page, "approveButton"), Qt::LeftButton);
        QVERIFY(decided.wait(10000));
        QCOMPARE(decided.first().at(0).toInt(), 3);
        // Said in the banner; no notice to close.
        QCOMPARE(child<MessageBanner>(page, "messageBanner")->text(),
            QStringLiteral("Berhasil: 3 usulan disetujui"));
        QVERIFY(ScriptedInteraction::current().notices().isEmpty());
        for (qint64 id : std::as_const(ticked))
            QCOMPARE(statusOf(id), SubmissionStatus::Disetujui);
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.model()->total(), 3);
        QCOMPARE(page.model()->checkedCount(), 0);

        // The approved rows under Status Disetujui, with who decided in the tooltip.
        pickData(child<QComboBox>(page, "statusCombo"), int(ApprovalStatusFilter::Disetujui));
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.model()->total(), 3);
        const int statusColumn = page.model()->sectionOf(ApprovalColumn::Status);
        QCOMPARE(page.model()->index(0, statusColumn).data().toString(), QStringLiteral("Disetujui"));
        QVERIFY(page.model()
                    ->index(0, statusColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(m_admin.displayName));
        QVERIFY(!(page.model()->flags(page.model()->index(0, page.model()->checkColumn()))
            & Qt::ItemIsUserCheckable));

        // Search by name as you type; a NIP.
        pickData(child<QComboBox>(page, "statusCombo"), int(ApprovalStatusFilter::Semua));
        QVERIFY(waitLoaded(page));
        QTest::keyClicks(child<QLineEdit>(page, "searchEdit"), m_others.at(4).nip.left(14));
        QVERIFY(QTest::qWaitFor(
            [&] { return page.model()->query().search == m_others.at(4).nip.left(14); }, 3000));
        QVERIFY(waitLoaded(page));
        QVERIFY(page.model()->total() >= 1);
        for (int row = 0; row < page.model()->rowCount(); ++row)
            QVERIFY(page.model()->rowAt(row)->nip.startsWith(m_others.at(4).nip.left(14)));
    }

    void returnNeedsAReason()
    {
        const qint64 id = submitKursus(m_others.at(0));
        VerifikasiPage page(m_fresh->openAs(m_db, m_admin), m_admin);
        page.resize(1500, 860);
        page.show();
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.model()->total(), 1);
        page.model()->setChecked(0, true);
        // Ctrl+R: Kembalikan with a note, from the keyboard.
        auto* table = child<QTableView>(page, "approvalTable");
        table->setFocus();
        QTest::keyClick(table, Qt::Key_R, Qt::ControlModifier);
        DecisionDialog* dialog = page.decisionDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        karier::test::screenshot(dialog, QStringLiteral("verifikasi-kembalikan"));

        // Kirim without a reason: said inline, the dialog stays, nothing is written.
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("sendButton")), Qt::LeftButton);
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("noteError"));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("Pilih alasan pengembalian."));
        QVERIFY(dialog->isVisible());
        QCOMPARE(statusOf(id), SubmissionStatus::Diajukan);

        auto* reason = dialog->findChild<QComboBox*>(QStringLiteral("reasonCombo"));
        pickData(reason, int(ReturnReason::DokumenBuram));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("noteEdit")),
            QStringLiteral("Halaman tanda tangan tidak terbaca"));
        QSignalSpy decided(&page, &VerifikasiPage::decided);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("sendButton")), Qt::LeftButton);
        QVERIFY(decided.wait(10000));
        QCOMPARE(statusOf(id), SubmissionStatus::PerluPerbaikan);
        const auto detail = ApprovalService(m_db).detail(m_admin, id);
        QCOMPARE(detail->row.note,
            QStringLiteral("BTS – Dokumen buram atau tidak terbaca: Halaman tanda tangan tidak terbaca"));
        QVERIFY(child<MessageBanner>(page, "messageBanner")
                    ->text()
                    .startsWith(QStringLiteral("Berhasil: 1 usulan dikembalikan untuk perbaikan — ")));

        // Tolak needs words too.
        const qint64 other = submitKursus(m_others.at(1));
        page.model()->reload();
        QVERIFY(waitLoaded(page));
        page.model()->setChecked(page.model()->rowOf(other), true);
        QTest::mouseClick(child<QPushButton>(page, "rejectButton"), Qt::LeftButton);
        dialog = page.decisionDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QComboBox*>(QStringLiteral("reasonCombo")));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("sendButton")), Qt::LeftButton);
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("noteError"))->text(),
            QStringLiteral("Alasan penolakan wajib diisi."));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return page.decisionDialog() == nullptr; }, 2000));
        QCOMPARE(statusOf(other), SubmissionStatus::Diajukan);
    }

    void pengelolaSeesOnlyTheirUnit()
    {
        QList<qint64> own;
        for (int i = 0; i < 4; ++i)
            own << submitTimKerja(m_dinkes.at(i), QStringLiteral("Tim Posyandu Terpadu %1").arg(i + 1));
        QVERIFY(submitTimKerja(m_others.at(0), QStringLiteral("Tim di Perangkat Daerah lain")) > 0);
        QVERIFY(submitKursus(m_dinkes.at(0)) > 0);

        VerifikasiPage page(m_fresh->openAs(m_db, m_pengelola), m_pengelola);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1500, 860);
        page.show();
        QVERIFY(waitLoaded(page));
        auto* induk = child<QComboBox>(page, "indukCombo");
        QVERIFY(!induk->isEnabled());
        QCOMPARE(induk->count(), 1);
        QVERIFY(QTest::qWaitFor([&] { return !induk->currentText().isEmpty(); }, 5000));
        QCOMPARE(induk->currentText(), QStringLiteral("Dinas Kesehatan"));
        QVERIFY(!child<QComboBox>(page, "jenisCombo")->isEnabled());
        QCOMPARE(page.model()->layout(), ApprovalListModel::Layout::TimKerja);
        QCOMPARE(page.model()->total(), 4);
        for (int row = 0; row < page.model()->rowCount(); ++row)
            QVERIFY(own.contains(page.model()->rowAt(row)->id));
        QStringList headers;
        for (int c = 0; c < page.model()->columnCount(); ++c)
            headers << page.model()->headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers,
            (QStringList {QString(), QStringLiteral("Tanggal SK"), QStringLiteral("Ket SK"),
                QStringLiteral("NIP"), QStringLiteral("Nama"), QStringLiteral("Nama Tim Kerja"),
                QStringLiteral("Ruang Lingkup"), QStringLiteral("Kedudukan"),
                QStringLiteral("URL Bukti Dukung"), QStringLiteral("Status"), QStringLiteral("Menunggu")}));
        QCOMPARE(child<QPushButton>(page, "returnButton")->text(), QStringLiteral("&Batal Disetujui…"));

        // The side panel checks the evidence link afresh (a local server, never the internet).
        QVERIFY(QTest::qWaitFor([&] { return page.detailPanel()->recordId() > 0; }, 5000));
        auto* linkStatus = page.findChild<QLabel*>(QStringLiteral("detailLinkStatus"));
        QVERIFY(
            QTest::qWaitFor([&] { return linkStatus->text().contains(QStringLiteral("diperiksa")); }, 15000));
        karier::test::screenshot(&page, QStringLiteral("verifikasi-pengelola"));
        // No browser can be opened: the link goes through the seam and is shown to copy.
        QList<QUrl> asked;
        ScriptedInteraction::current().setUrlOpener([&asked](const QUrl& url) {
            asked << url;
            return false;
        });
        const int noticesBefore = int(ScriptedInteraction::current().notices().size());
        const QString link = page.detailPanel()->findChild<QLabel*>(QStringLiteral("detailLink"))->text();
        const QString href = link.section(QLatin1Char('"'), 1, 1);
        Q_EMIT page.detailPanel()->findChild<QLabel*>(QStringLiteral("detailLink"))->linkActivated(href);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(ScriptedInteraction::current().notices().size(), noticesBefore + 1);
        const QString notice = ScriptedInteraction::current().notices().constLast();
        QVERIFY2(notice.startsWith(QStringLiteral("Tautan tidak dapat dibuka: ")), qPrintable(notice));
        QVERIFY2(notice.contains(asked.first().toString()), qPrintable(notice));
        ScriptedInteraction::current().setUrlOpener({});

        // Select all, approve.
        auto* selectAll = child<QCheckBox>(page, "selectAllCheck");
        QTest::mouseClick(selectAll, Qt::LeftButton, {}, QPoint(8, selectAll->height() / 2));
        QCOMPARE(page.model()->checkedCount(), 4);
        QSignalSpy decided(&page, &VerifikasiPage::decided);
        ScriptedInteraction::current().setNextAnswer(true);
        QTest::mouseClick(child<QPushButton>(page, "approveButton"), Qt::LeftButton);
        QVERIFY(decided.wait(10000));
        QCOMPARE(decided.first().at(0).toInt(), 4);
        for (qint64 id : std::as_const(own))
            QCOMPARE(statusOf(id), SubmissionStatus::Disetujui);
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.model()->total(), 0);
        QCOMPARE(child<QLabel>(page, "rangeLabel")->text(),
            QStringLiteral("Tidak ada usulan yang cocok dengan filter."));
        karier::test::screenshot(&page, QStringLiteral("verifikasi-kosong"));
    }

    void secondVerifierIsToldWhoDecidedFirst()
    {
        const qint64 first = submitTimKerja(m_dinkes.at(0), QStringLiteral("Tim Imunisasi"));
        const qint64 second = submitTimKerja(m_dinkes.at(1), QStringLiteral("Tim Sanitasi"));
        VerifikasiPage page(m_fresh->openAs(m_db, m_pengelola), m_pengelola);
        page.resize(1500, 860);
        page.show();
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.model()->total(), 2);
        page.model()->setAllOnPageChecked(true);

        // Another workstation, its own connection, decides the first one.
        auto other = Database::open(m_fresh->url());
        QVERIFY(other);
        const auto row = ApprovalService(other.value()).detail(m_admin, first);
        QVERIFY(row);
        QVERIFY(ApprovalService(other.value())
                    .decide(m_admin,
                        {Decision::Tolak, {{first, row->row.version}}, {},
                            QStringLiteral("Tim ini tidak ada SK-nya")}));

        QSignalSpy decided(&page, &VerifikasiPage::decided);
        ScriptedInteraction::current().setNextAnswer(true);
        QTest::mouseClick(child<QPushButton>(page, "approveButton"), Qt::LeftButton);
        QVERIFY(decided.wait(10000));
        QCOMPARE(decided.first().at(0).toInt(), 1);
        QCOMPARE(decided.first().at(1).toInt(), 1);
        const QStringList notices = ScriptedInteraction::current().notices();
        QVERIFY(!notices.isEmpty());
        QVERIFY2(notices.last().startsWith(
                     QStringLiteral("Sebagian tidak diproses: Berhasil: 1 usulan disetujui")),
            qPrintable(notices.last()));
        // The row left alone is named by person and item, not by its number.
        const ApprovalRow firstRow = ApprovalService(m_db).detail(m_admin, first)->row;
        QVERIFY2(notices.last().contains(ApprovalService::subjectText(firstRow)
                     + QStringLiteral(": Usulan ini sudah diproses oleh ") + m_admin.displayName),
            qPrintable(notices.last()));
        QVERIFY(!notices.last().contains(QStringLiteral("Usulan #")));
        QCOMPARE(statusOf(first), SubmissionStatus::Ditolak);
        QCOMPARE(statusOf(second), SubmissionStatus::Disetujui);
        karier::test::screenshot(&page, QStringLiteral("verifikasi-konflik"));
    }

    void shownAgainReadsAfresh()
    {
        QVERIFY(submitTimKerja(m_dinkes.at(0), QStringLiteral("Tim Imunisasi")) > 0);
        VerifikasiPage page(m_fresh->openAs(m_db, m_pengelola), m_pengelola);
        page.resize(1500, 860);
        page.show();
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.model()->total(), 1);

        // Another page is shown meanwhile (the sidebar hides this one); a new submission arrives.
        page.hide();
        QVERIFY(submitTimKerja(m_dinkes.at(1), QStringLiteral("Tim Sanitasi")) > 0);
        QCOMPARE(page.model()->total(), 1);
        QSignalSpy loaded(page.model(), &ApprovalListModel::loaded);
        page.show();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.model()->total(), 2);
    }

    void resubmittedItemShowsItsChanges()
    {
        // A demo-like Kursus: submitted, returned by the Admin, fixed and sent again by its owner on their
        // own login.
        const Employee& e = m_others.at(0);
        const qint64 id = submitKursus(e);
        QVERIFY(id > 0);
        QVERIFY(submitKursus(m_others.at(1)) > 0);
        const auto detail = ApprovalService(m_db).detail(m_admin, id);
        QVERIFY(detail);
        QVERIFY(ApprovalService(m_db).decide(
            m_admin, {Decision::Kembalikan, {{id, detail->row.version}}, ReturnReason::DokumenBuram, {}}));
        Session owner = asnOf(e);
        RecordService records(m_fresh->openAs(m_db, owner));
        const auto stored = records.get(owner, id);
        QVERIFY(stored);
        RecordService::SaveRequest request;
        request.type = &RecordTypes::kursus();
        request.recordId = id;
        request.version = stored->summary.version;
        request.values = stored->values;
        request.values.insert(QStringLiteral("namaKursus"), QStringLiteral("Pelatihan Pelayanan Prima"));
        request.values.insert(QStringLiteral("jumlahJam"), 6);
        const QString path = m_files.filePath(QStringLiteral("sertifikat-jelas.pdf"));
        QVERIFY(karier::test::writeTextPdf(path, 1, QStringLiteral("SERTIFIKAT PELATIHAN PELAYANAN PRIMA")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        request.document
            = DocumentUpload::madeByProgram(file.readAll(), QStringLiteral("sertifikat.pdf"), 1, 900);
        const auto again = records.submit(owner, request);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));

        VerifikasiPage page(m_fresh->openAs(m_db, m_admin), m_admin);
        page.resize(1500, 860);
        page.show();
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.model()->total(), 2);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = page.model()->rowOf(id);
        QVERIFY(row >= 0);
        const int statusColumn = page.model()->sectionOf(ApprovalColumn::Status);
        QCOMPARE(page.model()->index(row, statusColumn).data().toString(), QStringLiteral("Diajukan ulang"));
        QVERIFY(page.model()->index(row, 0).data(ApprovalListModel::ResubmittedRole).toBool());
        const int other = row == 0 ? 1 : 0;
        QCOMPARE(page.model()->index(other, statusColumn).data().toString(), QStringLiteral("Diajukan"));
        QVERIFY(!page.model()->index(other, 0).data(ApprovalListModel::ResubmittedRole).toBool());

        // The side panel names each changed field with its label and shown values, and the document.
        auto* table = child<QTableView>(page, "approvalTable");
        table->setCurrentIndex(page.model()->index(other, 1));
        table->setCurrentIndex(page.model()->index(row, 1));
        QVERIFY(QTest::qWaitFor(
            [&] { return page.detailPanel()->recordId() == id && page.detailPanel()->detail().row.id == id; },
            10000));
        auto* changes = page.detailPanel()->findChild<QLabel*>(QStringLiteral("detailChanges"));
        QVERIFY(changes);
        QVERIFY(changes->isVisible());
        const QStringList lines = changes->text().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("Nama Kursus: Pelatihan Pelayanan Publik ")),
            qPrintable(lines.at(0)));
        QVERIFY2(
            lines.at(0).endsWith(QStringLiteral(" → Pelatihan Pelayanan Prima")), qPrintable(lines.at(0)));
        QCOMPARE(lines.at(1), QStringLiteral("Durasi (jam): 4 jam → 6 jam"));
        QCOMPARE(lines.at(2), QStringLiteral("Dokumen: diganti (SHA-256 berbeda)"));
        QVERIFY(page.detailPanel()
                    ->findChild<QLabel*>(QStringLiteral("detailChangesWhen"))
                    ->text()
                    .startsWith(QStringLiteral("Pengajuan ke-2 pada ")));
        karier::test::screenshot(&page, QStringLiteral("verifikasi-diajukan-ulang"));

        // A first submission shows no such section.
        table->setCurrentIndex(page.model()->index(other, 1));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return page.detailPanel()->detail().row.id != id && page.detailPanel()->detail().row.id > 0;
            },
            10000));
        QVERIFY(!changes->isVisible());
    }

    void ageingMarksAndBerandaOpensOldestFirst()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 oldest = submitKursus(m_others.at(0), now.addDays(-10));
        const qint64 older = submitKursus(m_others.at(1), now.addDays(-8));
        const qint64 recent = submitKursus(m_others.at(2), now.addDays(-1));
        QVERIFY(oldest > 0 && older > 0 && recent > 0);

        MainWindow window(m_fresh->openAs(m_db, m_admin), m_admin);
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* value = window.findChild<QLabel*>(QStringLiteral("overdueValue"));
        auto* caption = window.findChild<QLabel*>(QStringLiteral("overdueCaption"));
        QVERIFY(value && caption);
        QVERIFY(QTest::qWaitFor([&] { return value->text() == QStringLiteral("2"); }, 10000));
        QVERIFY(value->property("overdue").toBool());
        QVERIFY2(caption->text().startsWith(
                     QStringLiteral("dari 3 usulan yang menunggu; yang terlama menunggu 10 hari")),
            qPrintable(caption->text()));

        // The console sorted by something else first; the card's link lists the longest waiting first.
        QVERIFY(window.showPage(QStringLiteral("verifikasi")));
        auto* page = window.findChild<VerifikasiPage*>();
        QVERIFY(page);
        QVERIFY(waitLoaded(*page));
        page->findChild<QTableView*>(QStringLiteral("approvalTable"))
            ->horizontalHeader()
            ->setSortIndicator(page->model()->sectionOf(ApprovalColumn::Nama), Qt::DescendingOrder);
        QVERIFY(waitLoaded(*page));
        QCOMPARE(page->model()->query().sortColumn, ApprovalColumn::Nama);
        QVERIFY(window.showPage(QStringLiteral("beranda")));
        QTest::mouseClick(
            window.findChild<QPushButton*>(QStringLiteral("overdueOpenButton")), Qt::LeftButton);
        QCOMPARE(window.currentPageKey(), QStringLiteral("verifikasi"));
        QVERIFY(waitLoaded(*page));
        QVERIFY(QTest::qWaitFor(
            [&] { return page->model()->rowCount() == 3 && page->model()->rowAt(0)->id == oldest; }, 10000));
        QCOMPARE(page->model()->query().sortColumn, ApprovalColumn::Diajukan);
        QVERIFY(page->model()->query().ascending);
        QCOMPARE(page->model()->rowAt(1)->id, older);

        // The Menunggu column: days, and the theme's overdue colour after 7 days.
        const int waited = page->model()->sectionOf(ApprovalColumn::Diajukan);
        const QModelIndex first = page->model()->index(0, waited);
        QCOMPARE(first.data().toString(), QStringLiteral("10 hari"));
        QVERIFY(first.data(ApprovalListModel::OverdueRole).toBool());
        QCOMPARE(first.data(Qt::ForegroundRole).value<QColor>(), Theme::colour("overdue"));
        const QModelIndex last = page->model()->index(2, waited);
        QCOMPARE(last.data().toString(), QStringLiteral("1 hari"));
        QVERIFY(!last.data(ApprovalListModel::OverdueRole).toBool());
        QVERIFY(!last.data(Qt::ForegroundRole).isValid());
    }

    void exportsTheFilteredList()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(submitKursus(m_others.at(i)) > 0);
        VerifikasiPage page(m_fresh->openAs(m_db, m_admin), m_admin);
        page.show();
        QVERIFY(waitLoaded(page));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("usulan.csv"));
        ScriptedInteraction::current().setNextSaveFile(path);
        QSignalSpy exported(&page, &VerifikasiPage::exported);
        QTest::mouseClick(child<QPushButton>(page, "exportButton"), Qt::LeftButton);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().at(0).toInt(), 3);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 4);
    }

    void exportsForSiasn()
    {
        QVERIFY(DemoSeeder::seedDemoSubmissions(m_db).ok()); // the demo's submissions: one Kursus approved
        // Only the Admin has the action.
        {
            VerifikasiPage pengelolaPage(m_fresh->openAs(m_db, m_pengelola), m_pengelola);
            QVERIFY(!pengelolaPage.findChild<QPushButton*>(QStringLiteral("exportSiasnButton")));
        }
        VerifikasiPage page(m_fresh->openAs(m_db, m_admin), m_admin);
        page.show();
        QVERIFY(waitLoaded(page));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("siasn.json"));
        ScriptedInteraction::current().setNextSaveFile(path);
        QSignalSpy exported(&page, &VerifikasiPage::siasnExported);
        QPushButton* button = child<QPushButton>(page, "exportSiasnButton");
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!button->isEnabled()); // while it runs on a worker
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().at(0).toInt(), 1); // the demo's approved Kursus
        QVERIFY(button->isEnabled());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(array.size(), 1);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("kursus"));
        const QString pdf = array.at(0)
                                .toObject()
                                .value(QStringLiteral("document"))
                                .toObject()
                                .value(QStringLiteral("fileName"))
                                .toString();
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("siasn-dokumen/") + pdf)));
        const QString text = child<MessageBanner>(page, "messageBanner")->text();
        QVERIFY2(text.contains(QLatin1String("1 riwayat diekspor untuk SIASN")), qPrintable(text));

        // Marked: nothing new the second time, said in the band.
        ScriptedInteraction::current().setNextSaveFile(dir.filePath(QStringLiteral("lagi.json")));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.at(1).at(0).toInt(), 0);
        QVERIFY2(child<MessageBanner>(page, "messageBanner")
                     ->text()
                     .contains(QLatin1String("Tidak ada riwayat baru")),
            qPrintable(child<MessageBanner>(page, "messageBanner")->text()));

        // Cancelled file dialog: nothing runs.
        ScriptedInteraction::current().setNextSaveFile(QString());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!exported.wait(300));
    }
};

KARIER_GUI_TEST_MAIN(TestVerifikasiPage)
#include "TestVerifikasiPage.moc"
