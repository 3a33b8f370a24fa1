// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestMain.h"
#include "ScriptedInteraction.h"
#include "SyntheticScan.h"
#include "TestDatabase.h"
#include "documents/PdfCheckRunner.h"
#include "documents/PdfInspector.h"
#include "io/DemoSeeder.h"
#include "records/RecordService.h"
#include "records/RecordWizard.h"
#include "records/RiwayatPage.h"
#include "widgets/DropZone.h"
#include "widgets/MessageBanner.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QKeySequence>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;
using namespace karier::test;

namespace {

constexpr int Timeout = 15000;
constexpr int FitTimeout = 120000; // the fitting child process, on a shared 2-core machine

/// Counts what the person does: each click, each field typed (as a whole), each key press, each
/// file chosen in the file dialog. Every action of the task goes through it.
class ActionCounter
{
public:
    void click(QWidget* widget, QPoint at = {})
    {
        QVERIFY(widget && widget->isVisible() && widget->isEnabled());
        QTest::mouseClick(widget, Qt::LeftButton, {}, at.isNull() ? widget->rect().center() : at);
        const bool inner = widget->objectName().startsWith(QLatin1String("qt_")) && widget->parentWidget();
        note(QStringLiteral("klik %1").arg((inner ? widget->parentWidget() : widget)->objectName()));
    }
    void type(const QString& text)
    {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY2(focus, qPrintable(text));
        QTest::keyClicks(focus, text);
        note(QStringLiteral("ketik \"%1\"").arg(text));
    }
    void key(Qt::Key key)
    {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, key);
        note(QStringLiteral("tombol %1").arg(QKeySequence(key).toString()));
    }
    /// The file dialog answered with one file (the scripted Interaction stands for the dialog).
    void chooseInDialog(const QString& path)
    {
        ScriptedInteraction::current().setNextOpenFile(path);
        note(QStringLiteral("pilih %1 di dialog").arg(path.section(QLatin1Char('/'), -1)));
    }
    /// The question that a dialog asks answered "Ya" (Enter on its default button).
    void answerYes()
    {
        ScriptedInteraction::current().setNextAnswer(true);
        note(QStringLiteral("jawab Ya"));
    }
    int count() const { return int(m_log.size()); }
    QString log() const { return m_log.join(QStringLiteral("; ")); }

private:
    void note(const QString& what) { m_log << what; }
    QStringList m_log;
};

/// The editor inside a spin box or date edit, where a click lands.
QLineEdit* editorOf(QWidget* box)
{
    return box ? box->findChild<QLineEdit*>() : nullptr;
}

} // namespace

/// The ASN's headline task through the real widgets: from the Riwayat Sertifikasi page, a Kursus
/// whose only evidence is a ~3 MB phone photo, entered, fitted, declared and sent, counting every
/// action; at most 20. The record is stored with a PDF of at most 1 MB that passes the check
/// without a blur warning.
class TestAsnHeadlineTask : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    Session m_asn;
    QTemporaryDir m_files;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        QVERIFY(m_files.isValid());
        m_db = m_fresh.open();
        QVERIFY(m_db);
        QVERIFY(DemoSeeder::seedDemo(m_db).ok());
        m_asn = sessionFor(m_db, QStringLiteral("198609262015051001"), Role::Asn);
        QVERIFY(m_asn.employeeId > 0);
        PdfCheckRunner::setHelperPath(QStringLiteral(KARIER_CLI_PATH));
    }

    void kursusWithAPhonePhotoInTwentyActions()
    {
        // A phone photo of a certificate: 4032 x 3024, sensor noise, about 3 MB, and no plain
        // re-compression at quality 85 brings it under 1 MB (the fitting has real work to do).
        const QByteArray photo = phonePhotoJpeg(3'200'000);
        QVERIFY2(photo.size() > 2'800'000, qPrintable(QString::number(photo.size())));
        QImage picture;
        QVERIFY(picture.loadFromData(photo, "JPEG"));
        QVERIFY(picture.width() >= 4000 && picture.height() >= 3000);
        QByteArray recompressed;
        QBuffer buffer(&recompressed);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(picture.save(&buffer, "JPEG", 85));
        QVERIFY2(recompressed.size() > 1'048'576, qPrintable(QString::number(recompressed.size())));
        const QString photoPath = m_files.filePath(QStringLiteral("IMG_20260302_101512.jpg"));
        {
            QFile file(photoPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(photo), qint64(photo.size()));
        }

        const std::optional<RiwayatPageSpec> spec = RecordTypes::riwayatPageOf(QStringLiteral("kursus"));
        QVERIFY(spec);
        RiwayatPage page(m_db, m_asn, spec->typeCodes());
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), Timeout);

        ActionCounter act;
        act.click(page.findChild<QPushButton*>(QStringLiteral("addButton_kursus")));
        RecordWizard* wizard = page.activeWizard();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        wizard->activateWindow();
        auto* jenis = wizard->findChild<QWidget*>(QStringLiteral("field_jenisKursus"));
        QTRY_VERIFY(QApplication::focusWidget()
            && (QApplication::focusWidget() == jenis || jenis->isAncestorOf(QApplication::focusWidget())));

        // Masukan Data: the first field has the focus; Tab goes from field to field.
        act.type(QStringLiteral("Bimbingan Teknis"));
        act.key(Qt::Key_Tab);
        act.type(QStringLiteral("Sumber Daya Manusia"));
        act.key(Qt::Key_Tab);
        QVERIFY(wizard->findChild<QLineEdit*>(QStringLiteral("field_namaKursus"))->hasFocus());
        act.type(QStringLiteral("Bimbingan Teknis Arsip Digital"));
        act.key(Qt::Key_Tab);
        act.type(QStringLiteral("BKPSDM Kota Surakarta"));
        act.key(Qt::Key_Tab);
        act.type(QStringLiteral("45/BKPSDM/III/2026"));
        // Tanggal Mulai by a click and typing; Tahun and Tanggal Berakhir follow it.
        const QDate today = QDate::currentDate();
        const QDate day = today.addDays(-5).year() == today.year() ? today.addDays(-5) : today;
        auto* start = wizard->findChild<QDateEdit*>(QStringLiteral("field_tanggalKursus"));
        act.click(editorOf(start), QPoint(6, editorOf(start)->height() / 2));
        act.type(day.toString(QStringLiteral("ddMMyyyy")));
        QCOMPARE(start->date(), day);
        QCOMPARE(wizard->findChild<QDateEdit*>(QStringLiteral("field_tanggalSelesaiKursus"))->date(), day);
        QCOMPARE(wizard->findChild<QSpinBox*>(QStringLiteral("field_tahunKursus"))->value(), day.year());
        // Durasi: a click into the "–" and typing replaces it.
        auto* hours = wizard->findChild<QSpinBox*>(QStringLiteral("field_jumlahJam"));
        act.click(editorOf(hours), QPoint(editorOf(hours)->width() / 2, editorOf(hours)->height() / 2));
        QCoreApplication::processEvents(); // the click's select-all runs once the click is handled
        act.type(QStringLiteral("6"));
        QCOMPARE(hours->value(), 6);
        // Unggah Dokumen opens its file chooser by itself: the photo is chosen like a PDF and made
        // into one at once.
        QSignalSpy accepted(wizard, &RecordWizard::documentAccepted);
        act.chooseInDialog(photoPath);
        act.click(wizard->findChild<QPushButton*>(QStringLiteral("nextButton")));
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentStep(), int(RecordWizard::DocumentStep), Timeout);
        QVERIFY2(ScriptedInteraction::current().questions().isEmpty(),
            qPrintable(ScriptedInteraction::current().questions().join(QLatin1Char('|'))));
        auto* next = wizard->findChild<QPushButton*>(QStringLiteral("nextButton"));
        QVERIFY(!next->isEnabled()); // no document yet
        QTRY_COMPARE(ScriptedInteraction::current().openRequests().size(), 1);
        // The dialog's first filter shows photos too; "Semua file" stays.
        const QString filter = ScriptedInteraction::current().openRequests().constFirst().filter;
        QVERIFY2(filter.startsWith(QStringLiteral("Dokumen PDF atau foto (*.pdf *.jpg *.jpeg *.png);;"))
                && filter.contains(QStringLiteral("Semua file (*)")),
            qPrintable(filter));
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, FitTimeout);
        auto* banner = wizard->findChild<MessageBanner*>(QStringLiteral("documentBanner"));
        QCOMPARE(banner->kind(), MessageBanner::Kind::Success);
        QVERIFY2(banner->text().contains(QStringLiteral("dijadikan PDF"))
                && !banner->text().contains(QStringLiteral("buram")),
            qPrintable(banner->text()));
        QVERIFY(wizard->findChild<QPushButton*>(QStringLiteral("undoFitButton"))->isVisible());
        QCOMPARE(wizard->findChild<DropZone*>(QStringLiteral("dropZone"))->fileName(),
            QStringLiteral("IMG_20260302_101512.pdf"));
        QTRY_VERIFY(next->isEnabled());
        act.click(next);
        QCOMPARE(wizard->currentStep(), int(RecordWizard::SummaryStep));

        // Ringkasan: the declaration, Kirim, and the manual's "Apakah anda yakin?" answered Ya.
        auto* declaration = wizard->findChild<QCheckBox*>(QStringLiteral("declarationCheck"));
        act.click(declaration, QPoint(8, declaration->height() / 2));
        QVERIFY(declaration->isChecked());
        QSignalSpy submitted(wizard, &RecordWizard::submitted);
        act.answerYes();
        act.click(wizard->findChild<QPushButton*>(QStringLiteral("submitButton")));
        QCOMPARE(ScriptedInteraction::current().questions().size(), 1);
        QVERIFY2(ScriptedInteraction::current().questions().constFirst().startsWith(
                     QStringLiteral("Apakah anda yakin?")),
            qPrintable(ScriptedInteraction::current().questions().constFirst()));
        QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 1, Timeout);
        const qint64 id = submitted.at(0).at(0).toLongLong();

        // No modal after Kirim: the Riwayat page says it in its band, naming itself.
        QVERIFY(ScriptedInteraction::current().notices().isEmpty());
        auto* band = page.findChild<MessageBanner*>(QStringLiteral("messageBanner"));
        QTRY_COMPARE(band->kind(), MessageBanner::Kind::Success);
        QVERIFY2(
            band->text().contains(QStringLiteral("berhasil dikirim")) && band->text().contains(spec->title),
            qPrintable(band->text()));

        qInfo("ASN headline task (Kursus with a %.1f MB phone photo): %d actions: %s",
            photo.size() / 1048576.0, act.count(), qUtf8Printable(act.log()));
        QVERIFY2(act.count() <= 20, qPrintable(act.log()));

        // Stored: a PDF of at most 1 MB that passes the upload check without a blur warning.
        const Result<RecordDetail> detail = RecordService(m_db).get(m_asn, id);
        QVERIFY2(detail.ok(), qPrintable(detail.error().message));
        QCOMPARE(detail->summary.status, SubmissionStatus::Diajukan);
        QCOMPARE(detail->values.value(QStringLiteral("jumlahJam")).toInt(), 6);
        const DocumentInfo& document = detail->summary.document;
        QVERIFY(document.id > 0);
        QVERIFY2(document.sizeBytes <= PdfCheckLimits::DefaultMaxBytes,
            qPrintable(QString::number(document.sizeBytes)));
        const Result<QByteArray> content = RecordService(m_db).documentContent(m_asn, document.id);
        QVERIFY(content.ok());
        QVERIFY(content->startsWith("%PDF-"));
        const PdfCheckResult checked = PdfCheckRunner::checkData(content.value(), document.originalName, {});
        QVERIFY2(checked.ok, qPrintable(checked.message));
        QVERIFY2(!checked.hasWarning(QStringLiteral("blurry")), qPrintable(checked.message));
        qInfo("stored %s: %s, sharpness %s", qUtf8Printable(document.originalName),
            qUtf8Printable(PdfInspector::formatSize(document.sizeBytes)),
            qUtf8Printable(PdfInspector::sharpnessWord(checked.sharpness)));
    }
};

KARIER_GUI_TEST_MAIN(TestAsnHeadlineTask)
#include "TestAsnHeadlineTask.moc"
