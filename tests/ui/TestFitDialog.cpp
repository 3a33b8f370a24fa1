// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestMain.h"
#include "ScriptedInteraction.h"
#include "SyntheticScan.h"
#include "TestDatabase.h"
#include "common/Confirm.h"
#include "documents/PdfCheckRunner.h"
#include "io/DemoSeeder.h"
#include "org/Organisation.h"
#include "records/FitDialog.h"
#include "records/RecordWizard.h"
#include "widgets/DropZone.h"
#include "widgets/MessageBanner.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;
using namespace karier::test;
using karier::test::TestDatabase;

namespace {

constexpr int Timeout = 120000;

void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KARIER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(300);
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QByteArray sha256(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
        ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
        : QByteArray();
}

} // namespace

/// Making a fitting PDF in the Unggah Dokumen step of the record wizard: an oversized scan, a
/// phone photo and a JPEG renamed .pdf are all made into a PDF under the limit at once, in the
/// child process, with a progress line and Batal; the result is checked and taken (the original
/// file stays as it was) and said in words, with "Batalkan" to go back; cancelling takes nothing
/// and offers "Jadikan PDF yang sesuai". FitDialog on its own shows both side by side, sharpness in
/// words, and says plainly when a file cannot fit sharply (scan at 150–200 dpi in greyscale).
class TestFitDialog : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    Session m_asn;
    QTemporaryDir m_files;
    QString m_scan; // 2 pages at 200 dpi, over 1 MB

    Session sessionFor(const QString& nip) { return karier::test::sessionFor(m_db, nip, Role::Asn); }

    static void type(QWidget* wizard, const QString& key, const QString& text)
    {
        QWidget* input = wizard->findChild<QWidget*>(QStringLiteral("field_") + key);
        QVERIFY2(input, qPrintable(key));
        if (auto* edit = qobject_cast<QLineEdit*>(input)) {
            edit->clear();
            QTest::keyClicks(edit, text);
        } else if (auto* combo = qobject_cast<QComboBox*>(input)) {
            combo->lineEdit()->clear();
            QTest::keyClicks(combo->lineEdit(), text);
            if (combo->completer() && combo->completer()->popup())
                combo->completer()->popup()->hide();
        } else if (auto* spin = qobject_cast<QSpinBox*>(input)) {
            spin->setFocus();
            spin->selectAll();
            QTest::keyClicks(spin, text);
        } else {
            QFAIL(qPrintable(QStringLiteral("cannot type into ") + key));
        }
    }

    static QPushButton* button(QWidget* parent, const char* name)
    {
        return parent->findChild<QPushButton*>(QString::fromLatin1(name));
    }

    /// A Kursus filled in, on the Unggah Dokumen step.
    void toDocumentStep(RecordWizard& wizard, const QString& number)
    {
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        type(&wizard, QStringLiteral("jenisKursus"), QStringLiteral("Sosialisasi"));
        type(&wizard, QStringLiteral("klasifikasi"), QStringLiteral("Sumber Daya Manusia"));
        type(&wizard, QStringLiteral("namaKursus"), QStringLiteral("Pelatihan Arsip Digital"));
        type(&wizard, QStringLiteral("institusiPenyelenggara"), QStringLiteral("BKPSDM Kota Surakarta"));
        type(&wizard, QStringLiteral("nomorSertipikat"), number);
        const QDate day = QDate(QDate::currentDate().year(), 1, 2);
        wizard.findChild<QDateEdit*>(QStringLiteral("field_tanggalKursus"))->setDate(day);
        wizard.findChild<QDateEdit*>(QStringLiteral("field_tanggalSelesaiKursus"))->setDate(day);
        type(&wizard, QStringLiteral("jumlahJam"), QStringLiteral("4"));
        QTest::mouseClick(button(&wizard, "nextButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentStep(), int(RecordWizard::DocumentStep), 15000);
    }

    /// Chooses \a path; the fitting starts at once.
    static void choose(RecordWizard& wizard, const QString& path)
    {
        ScriptedInteraction::current().setNextOpenFile(path);
        QTest::mouseClick(wizard.findChild<DropZone*>(QStringLiteral("dropZone")), Qt::LeftButton);
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

        QList<JpegPage> pages;
        for (int i = 0; i < 2; ++i) {
            SyntheticScanOptions options;
            options.layout = i == 0 ? ScanLayout::Certificate : ScanLayout::Decree;
            options.seed = quint32(i + 3);
            options.jpegQuality = 95;
            options.stamp = true;
            pages.append({syntheticScanJpeg(options), syntheticScanImage(options).size(), false,
                i == 0 ? A4PortraitPt.transposed() : A4PortraitPt});
        }
        const QByteArray scan = jpegPagesPdf(pages);
        QVERIFY(scan.size() > 1048576);
        m_scan = m_files.filePath(QStringLiteral("sertifikat-besar.pdf"));
        QFile file(m_scan);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(scan), qint64(scan.size()));
    }

    void init() { ScriptedInteraction::reset(); }

    void oversizedScanIsFittedAndTaken()
    {
        RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
        toDocumentStep(wizard, QStringLiteral("PAD/1/2026"));
        const QByteArray original = sha256(m_scan);
        QSignalSpy accepted(&wizard, &RecordWizard::documentAccepted);
        QSignalSpy refused(&wizard, &RecordWizard::documentRefused);
        choose(wizard, m_scan);
        auto* busy = wizard.findChild<QLabel*>(QStringLiteral("checkBusyText"));
        // Read first, then made to fit at once, without a refusal in between.
        QTRY_VERIFY_WITH_TIMEOUT(
            busy->isVisible() && busy->text().startsWith(QStringLiteral("Menjadikan PDF yang sesuai")),
            Timeout);
        screenshot(&wizard, QStringLiteral("fit-1-proses"));
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, Timeout);
        QVERIFY(refused.isEmpty()); // no refusal to read first
        QVERIFY(wizard.hasDocument());
        auto* banner = wizard.findChild<MessageBanner*>(QStringLiteral("documentBanner"));
        QCOMPARE(banner->kind(), MessageBanner::Kind::Success);
        QVERIFY2(banner->text().contains(QStringLiteral("diperkecil dari"))
                && banner->text().contains(QStringLiteral("Ketajaman hasil: ")),
            qPrintable(banner->text()));
        QVERIFY(button(&wizard, "undoFitButton")->isVisible());
        QVERIFY(!button(&wizard, "fitButton")->isVisible());
        QCOMPARE(wizard.findChild<DropZone*>(QStringLiteral("dropZone"))->fileName(),
            QStringLiteral("sertifikat-besar.pdf"));
        const QString info = wizard.findChild<QLabel*>(QStringLiteral("documentInfo"))->text();
        QVERIFY2(info.contains(QStringLiteral("2 halaman")) && info.contains(QStringLiteral("KB")),
            qPrintable(info));
        QCOMPARE(sha256(m_scan), original); // the original is never changed
        screenshot(&wizard, QStringLiteral("fit-2-diterima"));

        // Batalkan: back to no document; the same words make it again.
        QTest::mouseClick(button(&wizard, "undoFitButton"), Qt::LeftButton);
        QVERIFY(!wizard.hasDocument());
        QVERIFY(!button(&wizard, "nextButton")->isEnabled());
        QCOMPARE(banner->kind(), MessageBanner::Kind::Info);
        QPushButton* again = button(&wizard, "fitButton");
        QVERIFY(again->isVisible());
        QCOMPARE(again->text(), QStringLiteral("Jadikan PDF yang sesuai"));
        QTest::mouseClick(again, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 2, Timeout);
        QVERIFY(wizard.hasDocument());
    }

    void photoBecomesPdf_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("photo .jpg") << QStringLiteral("foto-sertifikat.jpg");
        QTest::newRow("JPEG renamed .pdf") << QStringLiteral("foto-sertifikat.pdf");
    }

    void photoBecomesPdf()
    {
        QFETCH(QString, name);
        const QString photo = m_files.filePath(name);
        {
            QFile file(photo);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(phonePhotoJpeg(2'500'000));
        }
        RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
        toDocumentStep(wizard, QStringLiteral("PAD/2/%1").arg(QTest::currentDataTag()));
        QSignalSpy accepted(&wizard, &RecordWizard::documentAccepted);
        choose(wizard, photo);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, Timeout);
        QCOMPARE(wizard.findChild<DropZone*>(QStringLiteral("dropZone"))->fileName(),
            QStringLiteral("foto-sertifikat.pdf"));
        auto* banner = wizard.findChild<MessageBanner*>(QStringLiteral("documentBanner"));
        QVERIFY2(banner->text().contains(QStringLiteral("dijadikan PDF")), qPrintable(banner->text()));
        QVERIFY2(!banner->text().contains(QStringLiteral("buram")), qPrintable(banner->text()));
        QVERIFY(button(&wizard, "nextButton")->isEnabled());
    }

    void cancelTakesNothing()
    {
        RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
        toDocumentStep(wizard, QStringLiteral("PAD/3/2026"));
        QSignalSpy refused(&wizard, &RecordWizard::documentRefused);
        choose(wizard, m_scan);
        auto* busy = wizard.findChild<QLabel*>(QStringLiteral("checkBusyText"));
        QTRY_VERIFY_WITH_TIMEOUT(
            busy->isVisible() && busy->text().startsWith(QStringLiteral("Menjadikan PDF yang sesuai")),
            Timeout);
        QVERIFY(wizard.isCheckingDocument());
        QVERIFY(button(&wizard, "cancelCheckButton")->isVisible());
        QTest::mouseClick(button(&wizard, "cancelCheckButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, Timeout);
        QVERIFY(!wizard.isCheckingDocument());
        QVERIFY(!wizard.hasDocument());
        QVERIFY(button(&wizard, "fitButton")->isVisible()); // may be tried again
        QVERIFY(!button(&wizard, "nextButton")->isEnabled());
    }

    void dialogShowsSharpnessInWords()
    {
        PdfFitRunOptions options;
        options.previews = true;
        FitDialog dialog(m_scan, options);
        QSignalSpy finished(&dialog, &FitDialog::fitFinished);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(finished.wait(Timeout));
        QVERIFY2(dialog.result().ok, qPrintable(dialog.result().message));
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("fitBeforeImage"))->pixmap().isNull());
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("fitAfterImage"))->pixmap().isNull());
        const QRegularExpression word(QStringLiteral("Ketajaman: (Tajam|Cukup|Buram)(\\n| \\(|$)"));
        for (const char* name : {"fitBeforeFacts", "fitAfterFacts"}) {
            const QString facts = dialog.findChild<QLabel*>(QString::fromLatin1(name))->text();
            QVERIFY2(facts.contains(QStringLiteral("Halaman: 2")) && word.match(facts).hasMatch(),
                qPrintable(facts));
        }
        auto* banner = dialog.findChild<MessageBanner*>(QStringLiteral("fitBanner"));
        QVERIFY2(banner->text().contains(QStringLiteral("cukup tajam untuk diverifikasi")),
            qPrintable(banner->text()));
        QVERIFY(button(&dialog, "fitUseButton")->isVisible());
        screenshot(&dialog, QStringLiteral("fit-3-bandingkan"));
    }

    void cannotFitSaysSoPlainly()
    {
        PdfFitRunOptions options;
        options.fit.maxBytes = 24 * 1024;
        options.previews = true;
        FitDialog dialog(m_scan, options);
        QSignalSpy finished(&dialog, &FitDialog::fitFinished);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(finished.wait(Timeout));
        QCOMPARE(dialog.result().code, QStringLiteral("cannot_fit"));
        auto* banner = dialog.findChild<MessageBanner*>(QStringLiteral("fitBanner"));
        QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
        QVERIFY2(banner->text().contains(QStringLiteral("tanpa menjadi buram"))
                && banner->text().contains(QStringLiteral("150–200 dpi")),
            qPrintable(banner->text()));
        QVERIFY(!button(&dialog, "fitUseButton")->isVisible());
        QCOMPARE(button(&dialog, "fitCloseButton")->text(), QStringLiteral("Tutup"));
        screenshot(&dialog, QStringLiteral("fit-5-tidak-bisa"));
    }
};

KARIER_GUI_TEST_MAIN(TestFitDialog)
#include "TestFitDialog.moc"
