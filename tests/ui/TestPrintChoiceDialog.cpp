// SPDX-License-Identifier: GPL-3.0-or-later
// Cetak / Simpan PDF…'s first step in the program's own words: a PDF file by default, or one of the
// system's printers with a number of copies, applied to the QPrinter the report is drawn on.
#include "GuiTestMain.h"
#include "common/PrintChoiceDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using namespace karier;

class TestPrintChoiceDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pdfIsTheDefault()
    {
        PrintChoiceDialog dialog(QStringLiteral("Cetak Rekap JP Tahun 2026"),
            {QStringLiteral("Kantor-1"), QStringLiteral("Kantor-2")}, QStringLiteral("Kantor-2"), nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.toPdf());
        auto* printers = dialog.findChild<QComboBox*>(QStringLiteral("printerList"));
        QVERIFY(printers && !printers->isEnabled());
        QCOMPARE(printers->currentText(), QStringLiteral("Kantor-2")); // the system's default
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("noPrinterHint")));
        QPrinter printer(QPrinter::HighResolution);
        dialog.apply(printer);
        QCOMPARE(printer.outputFormat(), QPrinter::PdfFormat);
        // Enter takes the choice (Lanjutkan is the default button).
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void aPrinterWithCopies()
    {
        PrintChoiceDialog dialog(QStringLiteral("Cetak Ringkasan Riwayat"),
            {QStringLiteral("Kantor-1"), QStringLiteral("Kantor-2")}, QString(), nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* toPrinter = dialog.findChild<QRadioButton*>(QStringLiteral("printToPrinter"));
        auto* printers = dialog.findChild<QComboBox*>(QStringLiteral("printerList"));
        auto* copies = dialog.findChild<QSpinBox*>(QStringLiteral("printCopies"));
        QVERIFY(toPrinter && printers && copies);
        QTest::mouseClick(toPrinter, Qt::LeftButton, {}, QPoint(8, toPrinter->height() / 2));
        QVERIFY(!dialog.toPdf());
        QVERIFY(printers->isEnabled() && copies->isEnabled());
        printers->setCurrentIndex(1);
        copies->setValue(3);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFileName(QStringLiteral("/tmp/tidak-dipakai.pdf"));
        dialog.apply(printer);
        // No PDF file: the system's printer (Qt keeps the PDF format only where the named printer does
        // not exist, as here without CUPS queues, and then prints to no file at all).
        QVERIFY(printer.outputFileName().isEmpty());
        QCOMPARE(printer.copyCount(), 3);
        dialog.findChild<QPushButton*>(QStringLiteral("cancelButton"))->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void withoutPrintersOnlyPdf()
    {
        PrintChoiceDialog dialog(
            QStringLiteral("Cetak Laporan Kekurangan Berkas DMS"), {}, QString(), nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.findChild<QRadioButton*>(QStringLiteral("printToPrinter"))->isEnabled());
        QVERIFY(dialog.toPdf());
        auto* hint = dialog.findChild<QLabel*>(QStringLiteral("noPrinterHint"));
        QVERIFY(hint && hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("PDF")));
    }
};

KARIER_GUI_TEST_MAIN(TestPrintChoiceDialog)
#include "TestPrintChoiceDialog.moc"
