// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestMain.h"
#include "ScriptedInteraction.h"
#include "TestDatabase.h"
#include "documents/PdfCheckRunner.h"
#include "io/DemoSeeder.h"
#include "org/Organisation.h"
#include "records/RecordListModel.h"
#include "records/RecordService.h"
#include "records/RecordWizard.h"
#include "records/RiwayatPage.h"
#include "widgets/DropZone.h"
#include "widgets/MessageBanner.h"
#include "widgets/PdfPreview.h"
#include "widgets/StatusChipDelegate.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

namespace {

constexpr int Timeout = 15000;

void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KARIER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(400);
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QByteArray pdfBytes(const QString& title)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dokumen.pdf"));
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        QPainter painter(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSize(20);
        painter.setFont(font);
        painter.drawText(QRect(100, 150, 1040, 120), Qt::AlignHCenter, QStringLiteral("SERTIFIKAT"));
        font.setPointSize(12);
        painter.setFont(font);
        painter.drawText(QRect(100, 320, 1040, 80), Qt::AlignHCenter, title);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

RecordSummary summary(qint64 id, const QString& type, SubmissionStatus status, const QString& title)
{
    RecordSummary s;
    s.id = id;
    s.typeCode = type;
    s.status = status;
    s.title = title;
    s.number = QStringLiteral("NO/%1").arg(id);
    s.startDate = QDate(2026, 3, int(id));
    s.endDate = s.startDate.addDays(1);
    s.hours = type == QLatin1String("kursus") ? int(id) : 0;
    s.note = status == SubmissionStatus::PerluPerbaikan ? QStringLiteral("Dokumen buram") : QString();
    s.version = 1;
    return s;
}

} // namespace

class TestRiwayatPage : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    Session m_asn;
    QStringList m_types {QStringLiteral("kursus"), QStringLiteral("sertifikasi")};

    Session sessionFor(const QString& nip) { return karier::test::sessionFor(m_db, nip, Role::Asn); }

    static QDate dayThisYear(int back)
    {
        const QDate today = QDate::currentDate();
        const QDate day = today.addDays(-back);
        return day.year() == today.year() ? day : QDate(today.year(), 1, 1);
    }

    QVariantMap kursus(const QString& name, const QDate& day, int hours, const QString& number)
    {
        return {{QStringLiteral("jenisKursus"), QStringLiteral("Bimbingan Teknis")},
            {QStringLiteral("klasifikasi"), QStringLiteral("Sumber Daya Manusia")},
            {QStringLiteral("namaKursus"), name},
            {QStringLiteral("institusiPenyelenggara"), QStringLiteral("BKPSDM Kota Surakarta")},
            {QStringLiteral("nomorSertipikat"), number}, {QStringLiteral("tahunKursus"), day.year()},
            {QStringLiteral("tanggalKursus"), day}, {QStringLiteral("tanggalSelesaiKursus"), day},
            {QStringLiteral("jumlahJam"), hours}};
    }

    qint64 store(const QVariantMap& values, bool submit, const QString& typeCode = QStringLiteral("kursus"),
        const Session* owner = nullptr)
    {
        const Session& as = owner ? *owner : m_asn;
        RecordService::SaveRequest request;
        request.type = RecordTypes::byCode(typeCode);
        request.values = values;
        request.document
            = DocumentUpload::madeByProgram(pdfBytes(values.value(request.type->titleField).toString()),
                QStringLiteral("sertifikat.pdf"), 1, 600);
        const auto id
            = submit ? RecordService(m_db).submit(as, request) : RecordService(m_db).saveDraft(as, request);
        if (!id)
            qWarning("store: %s", qUtf8Printable(id.error().message));
        return id.ok() ? id.value() : 0;
    }

    /// What a verifier would do (the verification screens are not part of this page).
    bool decide(qint64 id, const QString& status, const QString& note)
    {
        return m_db
            ->write([&](QSqlDatabase& c) -> Status {
                SqlQuery q(c,
                    QStringLiteral(
                        "UPDATE records SET status = ?, note = ?, decided_by_nip = ?, decided_at = ?, "
                        "version = version + 1 WHERE id = ?"));
                q.bindAll(
                    status, note, QStringLiteral("197503152000031002"), QDateTime::currentDateTimeUtc(), id);
                if (!q.exec())
                    return q.error();
                return {};
            })
            .ok();
    }

    static bool selectRow(RiwayatPage& page, qint64 id) { return page.selectRecord(id); }

    static QPushButton* button(QWidget* parent, const QString& name)
    {
        return parent->findChild<QPushButton*>(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        QVERIFY(DemoSeeder::seedDemo(m_db).ok());
        m_asn = sessionFor(QStringLiteral("198609262015051001"));
        QVERIFY(m_asn.employeeId > 0);
        PdfCheckRunner::setHelperPath(QStringLiteral(KARIER_CLI_PATH));
    }

    void init() { ScriptedInteraction::reset(); }

    void modelPassesTheTester()
    {
        RecordListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RecordFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(RecordListModel::ColumnCount));
        model.setRecords({summary(1, QStringLiteral("kursus"), SubmissionStatus::Draf,
                              QStringLiteral("Bimtek A")),
            summary(2, QStringLiteral("sertifikasi"), SubmissionStatus::Diajukan, QStringLiteral("Uji PBJ")),
            summary(
                3, QStringLiteral("kursus"), SubmissionStatus::PerluPerbaikan, QStringLiteral("Seminar C")),
            summary(4, QStringLiteral("kursus"), SubmissionStatus::Disetujui, QString()),
            summary(5, QStringLiteral("sertifikasi"), SubmissionStatus::Ditolak, QStringLiteral("Uji TIK"))});
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.headerData(RecordListModel::DurasiColumn, Qt::Horizontal).toString(),
            QStringLiteral("Durasi/JP"));
        QCOMPARE(model.index(0, RecordListModel::JenisColumn).data().toString(), QStringLiteral("Kursus"));
        QCOMPARE(
            model.index(1, RecordListModel::JenisColumn).data().toString(), QStringLiteral("Sertifikasi"));
        QCOMPARE(model.index(0, RecordListModel::DurasiColumn).data().toString(), QStringLiteral("1 JP"));
        QCOMPARE(model.index(1, RecordListModel::DurasiColumn).data().toString(), QStringLiteral("–"));
        QCOMPARE(
            model.index(0, RecordListModel::TanggalColumn).data().toString(), QStringLiteral("1–2 Mar 2026"));
        QCOMPARE(model.index(2, RecordListModel::StatusColumn).data().toString(),
            QStringLiteral("Perlu Perbaikan"));
        QCOMPARE(model.index(2, RecordListModel::CatatanColumn).data().toString(),
            QStringLiteral("Dokumen buram"));
        QCOMPARE(
            model.index(3, RecordListModel::NamaColumn).data().toString(), QStringLiteral("(belum bernama)"));
        QVERIFY(
            model.index(2, RecordListModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>().isValid());
        QVERIFY(model.index(0, 0).data(RecordListModel::EditableRole).toBool());
        QVERIFY(!model.index(1, 0).data(RecordListModel::EditableRole).toBool());
        QVERIFY(model.index(2, 0).data(RecordListModel::EditableRole).toBool());
        QCOMPARE(RecordListModel::periodText(QDate(2026, 1, 30), QDate(2026, 2, 2)),
            QStringLiteral("30 Jan – 2 Feb 2026"));

        filter.setTypeCode(QStringLiteral("sertifikasi"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setSearchText(QStringLiteral("tik"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setTypeCode(QString());
        filter.setSearchText(QStringLiteral("buram"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QString());
        filter.sort(RecordListModel::TanggalColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, RecordListModel::NamaColumn).data().toString(), QStringLiteral("Uji TIK"));
        model.setRecords({});
        QCOMPARE(filter.rowCount(), 0);
    }

    void penghargaanHasItsOwnColumns()
    {
        // The Penghargaan page lists its own fields (from the record type registry), no Durasi/JP.
        const QDate day = dayThisYear(3);
        const qint64 award = store(
            {{QStringLiteral("skalaPenghargaan"), QStringLiteral("Kabupaten/Kota")},
                {QStringLiteral("kelompokPenghargaan"), QStringLiteral("PENGHARGAAN LAINNYA")},
                {QStringLiteral("jenisPenghargaan"), QStringLiteral("ASN Inovatif")},
                {QStringLiteral("tahun"), day.year()},
                {QStringLiteral("skNomor"), QStringLiteral("800/77/2026")}, {QStringLiteral("skDate"), day}},
            true, QStringLiteral("penghargaan"));
        QVERIFY(award > 0);
        RiwayatPage page(m_db, m_asn, {QStringLiteral("penghargaan")});
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(
            page.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOf(award) >= 0, Timeout);
        QStringList headers;
        for (int c = 0; c < page.model()->columnCount(); ++c)
            headers << page.model()->headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers,
            (QStringList {QStringLiteral("Jenis Penghargaan"), QStringLiteral("Skala"),
                QStringLiteral("Kelompok"), QStringLiteral("Tahun"), QStringLiteral("Nomor SK"),
                QStringLiteral("Tanggal SK"), QStringLiteral("Status"), QStringLiteral("Catatan")}));
        QCOMPARE(page.model()->columnOf(RecordListModel::DurasiColumn), -1);
        QCOMPARE(page.model()->columnOf(RecordListModel::JenisColumn), -1);
        const int row = page.model()->rowOf(award);
        QStringList cells;
        for (int c = 0; c < page.model()->columnCount() - 1; ++c)
            cells << page.model()->index(row, c).data().toString();
        QCOMPARE(cells,
            (QStringList {QStringLiteral("ASN Inovatif"), QStringLiteral("Kabupaten/Kota"),
                QStringLiteral("PENGHARGAAN LAINNYA"), QString::number(day.year()),
                QStringLiteral("800/77/2026"), RecordListModel::shortDate(day), QStringLiteral("Diajukan")}));
        // Its detail names the award's own fields, not "Jenis Sertifikasi".
        QVERIFY(page.selectRecord(award));
        QPointer<QDialog> detail = page.viewSelected();
        QVERIFY(detail);
        QTRY_VERIFY_WITH_TIMEOUT(
            detail->findChild<QLabel*>(QStringLiteral("detail_skalaPenghargaan")), Timeout);
        QCOMPARE(detail->findChild<QLabel*>(QStringLiteral("detail_skalaPenghargaan"))->text(),
            QStringLiteral("Kabupaten/Kota"));
        QVERIFY(!detail->findChild<QLabel*>(QStringLiteral("detail_jenis")));
        detail->close();
        QTRY_VERIFY_WITH_TIMEOUT(!detail, Timeout);
        // The status chip sits on the Status column wherever it is.
        QVERIFY(dynamic_cast<StatusChipDelegate*>(
            page.table()->itemDelegateForColumn(page.model()->columnOf(RecordListModel::StatusColumn))));
    }

    void reloadsWhenShownAgain()
    {
        // Records added behind the page's back (a batch entry that included this employee, another
        // window) appear when the page is shown again; the selection stays.
        // The Admin's own riwayat (another employee than the other tests').
        const Session admin = sessionFor(QStringLiteral("198503152010012002"));
        QVERIFY(admin.employeeId > 0);
        const qint64 first = store(
            kursus(QStringLiteral("Bimtek Reload A"), dayThisYear(20), 2, QStringLiteral("RL/1/2026")), true,
            QStringLiteral("kursus"), &admin);
        QVERIFY(first > 0);
        RiwayatPage page(m_db, admin, m_types);
        page.resize(880, 660);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOf(first) >= 0, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), Timeout);
        QVERIFY(selectRow(page, first));
        const qint64 second = store(
            kursus(QStringLiteral("Bimtek Reload B"), dayThisYear(21), 2, QStringLiteral("RL/2/2026")), true,
            QStringLiteral("kursus"), &admin);
        QVERIFY(second > 0);
        QCOMPARE(page.model()->rowOf(second), -1);
        QSignalSpy loaded(&page, &RiwayatPage::loaded);
        page.hide();
        page.show();
        QVERIFY(loaded.wait(Timeout));
        QVERIFY(page.model()->rowOf(second) >= 0);
        QVERIFY(page.selectedRecord());
        QCOMPARE(page.selectedRecord()->id, first);
    }

    void emptyStateInvitesTheFirstKursus()
    {
        RiwayatPage page(m_db, m_asn, m_types);
        page.resize(880, 660);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy loaded(&page, &RiwayatPage::loaded);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), Timeout);
        auto* empty = page.findChild<QWidget*>(QStringLiteral("emptyState"));
        QVERIFY(empty->isVisible());
        QVERIFY(!page.table()->isVisible());
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("emptyText"))->text(),
            QStringLiteral("Belum ada riwayat. Klik Tambah Kursus untuk mencatat pelatihan pertama Anda."));
        QVERIFY(button(&page, QStringLiteral("addButton_kursus")));
        QVERIFY(button(&page, QStringLiteral("addButton_sertifikasi")));
        QVERIFY(!button(&page, QStringLiteral("viewButton"))->isEnabled());
        QVERIFY(!button(&page, QStringLiteral("editButton"))->isEnabled());
        QVERIFY(!button(&page, QStringLiteral("deleteButton"))->isEnabled());
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("jpLabel"))->text(),
            QStringLiteral("JP tahun %1: 0 disetujui + 0 menunggu dari target 20 JP")
                .arg(QDate::currentDate().year()));
        screenshot(&page, QStringLiteral("riwayat-kosong"));
    }

    void rowsAppearAfterSubmit()
    {
        RiwayatPage page(m_db, m_asn, m_types);
        page.resize(880, 660);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), Timeout);
        QSignalSpy changed(&page, &RiwayatPage::changed);
        QSignalSpy loaded(&page, &RiwayatPage::loaded);

        // Tambah Kursus opens the wizard; fill it through its widgets and send it.
        QTest::mouseClick(button(&page, QStringLiteral("addButton_kursus")), Qt::LeftButton);
        RecordWizard* wizard = page.activeWizard();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->recordType().code, QStringLiteral("kursus"));
        const QDate day = dayThisYear(3);
        wizard->findChild<QComboBox*>(QStringLiteral("field_jenisKursus"))
            ->setEditText(QStringLiteral("Seminar"));
        wizard->findChild<QComboBox*>(QStringLiteral("field_klasifikasi"))
            ->setEditText(QStringLiteral("Kesehatan"));
        QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("field_namaKursus")),
            QStringLiteral("Seminar Gizi Masyarakat"));
        QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("field_institusiPenyelenggara")),
            QStringLiteral("Dinas Kesehatan"));
        QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("field_nomorSertipikat")),
            QStringLiteral("DKK/88/2026"));
        wizard->findChild<QDateEdit*>(QStringLiteral("field_tanggalKursus"))->setDate(day);
        wizard->findChild<QDateEdit*>(QStringLiteral("field_tanggalSelesaiKursus"))->setDate(day);
        wizard->findChild<QSpinBox*>(QStringLiteral("field_jumlahJam"))->setValue(4);
        QTest::mouseClick(button(wizard, QStringLiteral("nextButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentStep(), int(RecordWizard::DocumentStep), Timeout);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("seminar-gizi.pdf"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(pdfBytes(QStringLiteral("Seminar Gizi Masyarakat")));
        }
        ScriptedInteraction::current().setNextOpenFile(path);
        QTest::mouseClick(wizard->findChild<DropZone*>(QStringLiteral("dropZone")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->hasDocument(), Timeout);
        QTest::mouseClick(button(wizard, QStringLiteral("nextButton")), Qt::LeftButton);
        QCOMPARE(wizard->currentStep(), int(RecordWizard::SummaryStep));
        wizard->findChild<QCheckBox*>(QStringLiteral("declarationCheck"))->setChecked(true);
        const qsizetype asked = ScriptedInteraction::current().questions().size();
        ScriptedInteraction::current().setNextAnswer(true);
        QTest::mouseClick(button(wizard, QStringLiteral("submitButton")), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, Timeout);
        // One question ("Apakah anda yakin?"), no modal after Kirim: the page's band says it.
        QCOMPARE(ScriptedInteraction::current().questions().size(), asked + 1);
        QVERIFY(ScriptedInteraction::current().notices().isEmpty());
        const QString sent = page.findChild<MessageBanner*>(QStringLiteral("messageBanner"))->text();
        QVERIFY2(sent.contains(QStringLiteral("berhasil dikirim"))
                && sent.contains(QStringLiteral("halaman Riwayat Sertifikasi")),
            qPrintable(sent));
        QTRY_VERIFY_WITH_TIMEOUT(!page.activeWizard(), Timeout); // closed and deleted
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), Timeout);
        QVERIFY(page.table()->isVisible());
        const QModelIndex name = page.filterModel()->index(0, RecordListModel::NamaColumn);
        QCOMPARE(name.data().toString(), QStringLiteral("Seminar Gizi Masyarakat"));
        QCOMPARE(page.filterModel()->index(0, RecordListModel::StatusColumn).data().toString(),
            QStringLiteral("Diajukan"));
        QCOMPARE(page.filterModel()->index(0, RecordListModel::DurasiColumn).data().toString(),
            QStringLiteral("4 JP"));
        // The new row is selected; a submitted record can only be viewed.
        QVERIFY(page.selectedRecord());
        QVERIFY(button(&page, QStringLiteral("viewButton"))->isEnabled());
        QVERIFY(!button(&page, QStringLiteral("editButton"))->isEnabled());
        QVERIFY(!button(&page, QStringLiteral("deleteButton"))->isEnabled());
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("jpLabel"))->text(),
            QStringLiteral("JP tahun %1: 0 disetujui + 4 menunggu dari target 20 JP").arg(day.year()));
    }

    void editAndDeleteOnlyWhileTheOwnerMayEdit()
    {
        const qint64 draft = store(
            kursus(QStringLiteral("Draf Pelatihan Arsip"), dayThisYear(5), 2, QStringLiteral("ARS/1/2026")),
            false);
        const qint64 sentBack = store(kursus(QStringLiteral("Workshop Kearsipan Digital"), dayThisYear(7), 6,
                                          QStringLiteral("ARS/2/2026")),
            true);
        const qint64 approved = store(kursus(QStringLiteral("Diklat Teknis Kepegawaian"), dayThisYear(9), 8,
                                          QStringLiteral("KEP/3/2026")),
            true);
        const qint64 rejected
            = store({{QStringLiteral("klasifikasiSertifikasi"), QStringLiteral("TEKNOLOGI INFORMASI")},
                        {QStringLiteral("namaSertifikasi"), QStringLiteral("Sertifikasi Jaringan")},
                        {QStringLiteral("nomorSertifikat"), QStringLiteral("TIK/4/2026")},
                        {QStringLiteral("tanggalSertifikat"), dayThisYear(11)},
                        {QStringLiteral("masaBerlakuSertMulai"), dayThisYear(11)},
                        {QStringLiteral("lembagaSertifikasiNama"), QStringLiteral("BNSP")}},
                true, QStringLiteral("sertifikasi"));
        QVERIFY(draft > 0 && sentBack > 0 && approved > 0 && rejected > 0);
        QVERIFY(decide(sentBack, QStringLiteral("perlu_perbaikan"),
            QStringLiteral("Nomor sertifikat pada dokumen tidak terbaca.")));
        QVERIFY(decide(approved, QStringLiteral("disetujui"), QString()));
        QVERIFY(decide(rejected, QStringLiteral("ditolak"), QStringLiteral("Bukan sertifikat kompetensi.")));

        RiwayatPage page(m_db, m_asn, m_types);
        page.resize(880, 660);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 5, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), Timeout);
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("jpLabel"))->text(),
            QStringLiteral("JP tahun %1: 8 disetujui + 10 menunggu dari target 20 JP")
                .arg(QDate::currentDate().year()));
        auto* progress = page.findChild<QProgressBar*>(QStringLiteral("jpProgress"));
        QCOMPARE(progress->maximum(), 20);
        QCOMPARE(progress->value(), 8);

        // The verifier's note is shown on rows sent back or refused.
        const int sentBackRow = page.model()->rowOf(sentBack);
        QCOMPARE(page.model()->index(sentBackRow, RecordListModel::CatatanColumn).data().toString(),
            QStringLiteral("Nomor sertifikat pada dokumen tidak terbaca."));
        QCOMPARE(page.model()
                     ->index(page.model()->rowOf(rejected), RecordListModel::CatatanColumn)
                     .data()
                     .toString(),
            QStringLiteral("Bukan sertifikat kompetensi."));
        QVERIFY(page.model()
                    ->index(page.model()->rowOf(approved), RecordListModel::CatatanColumn)
                    .data()
                    .toString()
                    .isEmpty());
        screenshot(&page, QStringLiteral("riwayat-daftar"));

        QPushButton* edit = button(&page, QStringLiteral("editButton"));
        QPushButton* remove = button(&page, QStringLiteral("deleteButton"));
        for (qint64 id : {approved, rejected}) {
            QVERIFY(selectRow(page, id));
            QVERIFY(!edit->isEnabled());
            QVERIFY(!remove->isEnabled());
        }
        QVERIFY(selectRow(page, sentBack));
        QVERIFY(edit->isEnabled());
        QVERIFY(selectRow(page, draft));
        QVERIFY(edit->isEnabled());
        QVERIFY(remove->isEnabled());

        // Ubah resumes the draft in the wizard.
        QTest::mouseClick(edit, Qt::LeftButton);
        RecordWizard* wizard = page.activeWizard();
        QVERIFY(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->recordId(), draft, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->findChild<QLineEdit*>(QStringLiteral("field_namaKursus"))->text(),
            QStringLiteral("Draf Pelatihan Arsip"), Timeout);
        wizard->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!page.activeWizard(), Timeout);

        // The draft's detail says "Klik Ubah" and has Ubah: it opens the wizard on that draft.
        QTest::mouseClick(button(&page, QStringLiteral("viewButton")), Qt::LeftButton);
        QPointer<QDialog> draftDetail = page.activeDetail();
        QVERIFY(draftDetail);
        QTRY_COMPARE_WITH_TIMEOUT(draftDetail->findChild<QLabel*>(QStringLiteral("detailStatus"))->text(),
            QStringLiteral("Draf"), Timeout);
        QVERIFY(draftDetail->findChild<MessageBanner*>(QStringLiteral("detailNote"))
                    ->text()
                    .contains(QStringLiteral("Klik Ubah")));
        auto* detailEdit = draftDetail->findChild<QPushButton*>(QStringLiteral("editButton"));
        QVERIFY(detailEdit && detailEdit->isVisible());
        QTest::mouseClick(detailEdit, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!draftDetail, Timeout);
        QVERIFY(page.activeWizard());
        QTRY_COMPARE_WITH_TIMEOUT(page.activeWizard()->recordId(), draft, Timeout);
        page.activeWizard()->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!page.activeWizard(), Timeout);
        // An approved record's detail has no Ubah.
        QVERIFY(selectRow(page, approved));
        QTest::mouseClick(button(&page, QStringLiteral("viewButton")), Qt::LeftButton);
        QPointer<QDialog> approvedDetail = page.activeDetail();
        QTRY_COMPARE_WITH_TIMEOUT(approvedDetail->findChild<QLabel*>(QStringLiteral("detailStatus"))->text(),
            QStringLiteral("Disetujui"), Timeout);
        QVERIFY(!approvedDetail->findChild<QPushButton*>(QStringLiteral("editButton"))->isVisible());
        approvedDetail->close();
        QTRY_VERIFY_WITH_TIMEOUT(!approvedDetail, Timeout);
        QVERIFY(selectRow(page, draft));

        // Hapus asks first; Batal keeps the draft.
        QSignalSpy finished(&page, &RiwayatPage::removeFinished);
        QSignalSpy changed(&page, &RiwayatPage::changed);
        ScriptedInteraction::current().setNextAnswer(false);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(ScriptedInteraction::current().questions().size(), 1);
        QVERIFY(ScriptedInteraction::current().questions().constFirst().startsWith(
            QStringLiteral("Apakah anda yakin")));
        QTest::qWait(100);
        QVERIFY(finished.isEmpty());
        QCOMPARE(page.model()->rowCount(), 5);

        ScriptedInteraction::current().setNextAnswer(true);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(changed.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 4, Timeout);
        QCOMPARE(page.model()->rowOf(draft), -1);
        QCOMPARE(RecordService(m_db).get(m_asn, draft).error().code, ErrorCode::NotFound);
        QCOMPARE(page.findChild<MessageBanner*>(QStringLiteral("messageBanner"))->kind(),
            MessageBanner::Kind::Success);

        // Filter by jenis and search.
        auto* jenis = page.findChild<QComboBox*>(QStringLiteral("jenisFilter"));
        jenis->setCurrentIndex(jenis->findData(QStringLiteral("sertifikasi")));
        QCOMPARE(page.filterModel()->rowCount(), 1);
        jenis->setCurrentIndex(0);
        QTest::keyClicks(
            page.findChild<QLineEdit*>(QStringLiteral("searchEdit")), QStringLiteral("zzz tidak ada"));
        QCOMPARE(page.filterModel()->rowCount(), 0);
        QVERIFY(page.findChild<QWidget*>(QStringLiteral("emptyState"))->isVisible());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("emptyText"))
                    ->text()
                    .startsWith(QStringLiteral("Tidak ada riwayat")));
        screenshot(&page, QStringLiteral("riwayat-pencarian-kosong"));
        page.findChild<QLineEdit*>(QStringLiteral("searchEdit"))->clear();
        QCOMPARE(page.filterModel()->rowCount(), 4);

        // Lihat shows the fields, the decision and the document.
        QVERIFY(selectRow(page, sentBack));
        QTest::mouseClick(button(&page, QStringLiteral("viewButton")), Qt::LeftButton);
        QDialog* detail = page.activeDetail();
        QVERIFY(detail);
        auto* nameValue = detail->findChild<QLabel*>(QStringLiteral("detail_namaKursus"));
        QTRY_VERIFY_WITH_TIMEOUT(detail->findChild<QLabel*>(QStringLiteral("detail_namaKursus")), Timeout);
        nameValue = detail->findChild<QLabel*>(QStringLiteral("detail_namaKursus"));
        QCOMPARE(nameValue->text(), QStringLiteral("Workshop Kearsipan Digital"));
        QCOMPARE(
            detail->findChild<QLabel*>(QStringLiteral("detail_jumlahJam"))->text(), QStringLiteral("6 jam"));
        QCOMPARE(detail->findChild<QLabel*>(QStringLiteral("detailStatus"))->text(),
            QStringLiteral("Perlu Perbaikan"));
        auto* note = detail->findChild<MessageBanner*>(QStringLiteral("detailNote"));
        QVERIFY(note->text().contains(QStringLiteral("tidak terbaca")));
        QVERIFY(detail->findChild<QLabel*>(QStringLiteral("detail_decided"))
                    ->text()
                    .contains(QStringLiteral("19750315 200003 1 002")));
        auto* preview = detail->findChild<PdfPreview*>(QStringLiteral("detailPreview"));
        QTRY_COMPARE_WITH_TIMEOUT(preview->pageCount(), 1, Timeout);
        screenshot(detail, QStringLiteral("riwayat-lihat"));
        detail->close();
    }

    void onlyTheListedTypes()
    {
        RiwayatPage page(m_db, m_asn, {QStringLiteral("sertifikasi")});
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), Timeout);
        QVERIFY(!button(&page, QStringLiteral("addButton_kursus")));
        QVERIFY(button(&page, QStringLiteral("addButton_sertifikasi")));
        QVERIFY(page.findChild<QWidget*>(QStringLiteral("jpCard"))->isHidden());
        for (const RecordSummary& r : page.model()->records())
            QCOMPARE(r.typeCode, QStringLiteral("sertifikasi"));
    }
};

KARIER_GUI_TEST_MAIN(TestRiwayatPage)
#include "TestRiwayatPage.moc"
