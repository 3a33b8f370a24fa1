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
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
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

/// "Perkecil otomatis" in the Unggah Dokumen step of the record wizard: an oversized scan and a
/// phone photo are offered the fitting, which runs in the child process with a progress bar and
/// Batal, shows the original and the result side by side, and on "Gunakan hasil" the result is
/// checked and taken while the original file stays as it was; cancelling takes nothing; a file
/// that cannot fit sharply is told plainly, with the advice to scan at 150–200 dpi in greyscale.
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
        ScriptedInteraction::current().setNextAnswer(true);
        QTest::mouseClick(button(&wizard, "nextButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentStep(), int(RecordWizard::DocumentStep), 15000);
    }

    /// Chooses \a path and waits for the refusal that offers the fitting.
    void chooseRefused(RecordWizard& wizard, const QString& path)
    {
        QSignalSpy refused(&wizard, &RecordWizard::documentRefused);
        ScriptedInteraction::current().setNextOpenFile(path);
        QTest::mouseClick(wizard.findChild<DropZone*>(QStringLiteral("dropZone")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 15000);
        QTRY_VERIFY(button(&wizard, "fitButton")->isVisible());
    }

    /// Clicks the fit button and returns the dialog once the fitting has ended.
    FitDialog* runFit(RecordWizard& wizard)
    {
        QTest::mouseClick(button(&wizard, "fitButton"), Qt::LeftButton);
        auto* dialog = wizard.findChild<FitDialog*>(QStringLiteral("fitDialog"));
        if (!dialog)
            return nullptr;
        QSignalSpy finished(dialog, &FitDialog::fitFinished);
        if (!finished.wait(Timeout))
            return nullptr;
        return dialog;
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
        chooseRefused(wizard, m_scan);
        QCOMPARE(button(&wizard, "fitButton")->text(), QStringLiteral("Perkecil otomatis"));
        auto* banner = wizard.findChild<MessageBanner*>(QStringLiteral("documentBanner"));
        QVERIFY2(banner->text().contains(QStringLiteral("melebihi batas")), qPrintable(banner->text()));
        QVERIFY(!wizard.hasDocument());
        screenshot(&wizard, QStringLiteral("fit-1-ditawarkan"));

        QTest::mouseClick(button(&wizard, "fitButton"), Qt::LeftButton);
        auto* dialog = wizard.findChild<FitDialog*>(QStringLiteral("fitDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto* progress = dialog->findChild<QProgressBar*>(QStringLiteral("fitProgress"));
        QVERIFY(progress && progress->isVisible());
        QVERIFY(button(dialog, "fitCancelButton")->isVisible());
        // The GUI stays responsive while the child works: events keep flowing.
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0 || !dialog->isRunning(), 30000);
        screenshot(dialog, QStringLiteral("fit-2-proses"));
        QSignalSpy finished(dialog, &FitDialog::fitFinished);
        if (dialog->isRunning())
            QVERIFY(finished.wait(Timeout));
        QVERIFY2(dialog->result().ok, qPrintable(dialog->result().message));

        // Side by side: pictures and facts of both.
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("fitBeforeImage"))->pixmap().isNull());
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("fitAfterImage"))->pixmap().isNull());
        const QString before = dialog->findChild<QLabel*>(QStringLiteral("fitBeforeFacts"))->text();
        const QString after = dialog->findChild<QLabel*>(QStringLiteral("fitAfterFacts"))->text();
        QVERIFY2(
            before.contains(QStringLiteral("Halaman: 2")) && before.contains(QStringLiteral("Ketajaman")),
            qPrintable(before));
        QVERIFY2(
            after.contains(QStringLiteral("Halaman: 2")) && after.contains(QStringLiteral("dari aslinya")),
            qPrintable(after));
        QVERIFY(button(dialog, "fitUseButton")->isVisible());
        screenshot(dialog, QStringLiteral("fit-3-bandingkan"));

        QSignalSpy accepted(&wizard, &RecordWizard::documentAccepted);
        QTest::mouseClick(button(dialog, "fitUseButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 30000);
        QVERIFY(wizard.hasDocument());
        QVERIFY(!button(&wizard, "fitButton")->isVisible());
        QCOMPARE(wizard.findChild<DropZone*>(QStringLiteral("dropZone"))->fileName(),
            QStringLiteral("sertifikat-besar.pdf"));
        const QString info = wizard.findChild<QLabel*>(QStringLiteral("documentInfo"))->text();
        QVERIFY2(info.contains(QStringLiteral("2 halaman")) && info.contains(QStringLiteral("KB")),
            qPrintable(info));
        QCOMPARE(sha256(m_scan), original); // the original is never changed
        screenshot(&wizard, QStringLiteral("fit-4-diterima"));
    }

    void photoBecomesPdf()
    {
        const QString photo = m_files.filePath(QStringLiteral("foto-sertifikat.jpg"));
        {
            QFile file(photo);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(phonePhotoJpeg(2'500'000));
        }
        RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
        toDocumentStep(wizard, QStringLiteral("PAD/2/2026"));
        chooseRefused(wizard, photo);
        FitDialog* dialog = runFit(wizard);
        QVERIFY(dialog);
        QVERIFY2(dialog->result().ok, qPrintable(dialog->result().message));
        QCOMPARE(dialog->result().pages, 1);
        QSignalSpy accepted(&wizard, &RecordWizard::documentAccepted);
        QTest::mouseClick(button(dialog, "fitUseButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 30000);
        QCOMPARE(wizard.findChild<DropZone*>(QStringLiteral("dropZone"))->fileName(),
            QStringLiteral("foto-sertifikat.pdf"));
    }

    void cancelTakesNothing()
    {
        RecordWizard wizard(m_db, m_asn, RecordTypes::kursus());
        toDocumentStep(wizard, QStringLiteral("PAD/3/2026"));
        chooseRefused(wizard, m_scan);
        QTest::mouseClick(button(&wizard, "fitButton"), Qt::LeftButton);
        auto* dialog = wizard.findChild<FitDialog*>(QStringLiteral("fitDialog"));
        QVERIFY(dialog && dialog->isRunning());
        QSignalSpy finished(dialog, &FitDialog::fitFinished);
        QTest::mouseClick(button(dialog, "fitCancelButton"), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(dialog->result().code, QStringLiteral("cancelled"));
        QVERIFY(!dialog->isRunning());
        QVERIFY(!button(dialog, "fitUseButton")->isVisible());
        QTest::mouseClick(button(dialog, "fitCloseButton"), Qt::LeftButton);
        QTRY_VERIFY(!wizard.findChild<FitDialog*>(QStringLiteral("fitDialog")));
        QVERIFY(!wizard.hasDocument());
        QVERIFY(button(&wizard, "fitButton")->isVisible()); // may be tried again
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
