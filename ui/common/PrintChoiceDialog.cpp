// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/PrintChoiceDialog.h"

#include "common/DialogStyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace karier {

PrintChoiceDialog::PrintChoiceDialog(
    const QString& caption, const QStringList& printers, const QString& defaultPrinter, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("printChoiceDialog"));
    setWindowTitle(caption);
    m_pdf = new QRadioButton(tr("&Simpan sebagai file PDF"), this);
    m_pdf->setObjectName(QStringLiteral("printToPdf"));
    m_printer = new QRadioButton(tr("&Cetak ke pencetak"), this);
    m_printer->setObjectName(QStringLiteral("printToPrinter"));
    m_printers = new QComboBox(this);
    m_printers->setObjectName(QStringLiteral("printerList"));
    m_printers->addItems(printers);
    if (printers.contains(defaultPrinter))
        m_printers->setCurrentText(defaultPrinter);
    m_copies = new QSpinBox(this);
    m_copies->setObjectName(QStringLiteral("printCopies"));
    m_copies->setRange(1, 99);
    auto* details = new QFormLayout;
    details->setContentsMargins(24, 0, 0, 0);
    details->addRow(tr("&Pencetak:"), m_printers);
    details->addRow(tr("&Jumlah salinan:"), m_copies);
    QLabel* none = nullptr;
    if (printers.isEmpty()) {
        none = DialogStyle::makeLabel(
            tr("Belum ada pencetak yang terpasang di komputer ini; laporan dapat disimpan sebagai PDF lalu "
               "dicetak dari komputer lain."),
            "hint", this);
        none->setObjectName(QStringLiteral("noPrinterHint"));
        none->setMinimumWidth(360); // two lines, not a narrow column of four
        m_printer->setEnabled(false);
    }
    m_pdf->setChecked(true);
    const auto follow = [this] {
        m_printers->setEnabled(m_printer->isChecked());
        m_copies->setEnabled(m_printer->isChecked());
    };
    connect(m_printer, &QRadioButton::toggled, this, follow);
    follow();

    QPushButton* cancel = DialogStyle::makeButton(tr("Batal"), QStringLiteral("cancelButton"), false, this);
    QPushButton* next
        = DialogStyle::makeButton(tr("Lanjutkan"), QStringLiteral("continueButton"), true, this);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(next, &QPushButton::clicked, this, &QDialog::accept);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(next);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 16);
    layout->setSpacing(10);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    layout->addWidget(m_pdf);
    layout->addWidget(m_printer);
    layout->addLayout(details);
    if (none)
        layout->addWidget(none);
    layout->addSpacing(10);
    layout->addLayout(buttons);
    next->setFocus();
}

bool PrintChoiceDialog::toPdf() const
{
    return m_pdf->isChecked();
}

void PrintChoiceDialog::apply(QPrinter& printer) const
{
    if (toPdf()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        return;
    }
    printer.setOutputFormat(QPrinter::NativeFormat);
    printer.setOutputFileName(QString());
    printer.setPrinterName(m_printers->currentText());
    printer.setCopyCount(m_copies->value());
}

} // namespace karier
