// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QPrinter;
class QRadioButton;
class QSpinBox;

namespace karier {

/// "Cetak / Simpan PDF…": where a report goes — a PDF file (the default) or one of the system's printers
/// with a number of copies — in the program's own words (Qt's print dialog has no Indonesian translation).
/// DialogInteraction::choosePrinter shows it, then the save dialog for a PDF.
class PrintChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a printers: the system's printer names (QPrinterInfo), \a defaultPrinter preselected when listed.
    PrintChoiceDialog(
        const QString& caption, const QStringList& printers, const QString& defaultPrinter, QWidget* parent);

    bool toPdf() const;
    /// Sets \a printer for the choice: the native format with the printer's name and copies, or the PDF
    /// format (the file is set by whoever asked for the name).
    void apply(QPrinter& printer) const;

private:
    QRadioButton* m_pdf = nullptr;
    QRadioButton* m_printer = nullptr;
    QComboBox* m_printers = nullptr;
    QSpinBox* m_copies = nullptr;
};

} // namespace karier
