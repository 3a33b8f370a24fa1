// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ReportPrinting.h"

#include "common/Async.h"
#include "common/Interaction.h"
#include "widgets/MessageBanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QPrinter>

namespace karier {

void printReport(QWidget* parent, const std::shared_ptr<Database>& db, const QString& title,
    std::function<Result<Report>()> build, MessageBanner* banner, std::function<void(Result<int>)> done)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setResolution(300); // as ReportPdf::writeFile: text and lines stay vectors whatever it is
    ReportPdf::prepare(*printer);
    // The dialogs' caption says what is printed; a PDF is offered under the report's own name.
    const QString caption = QCoreApplication::translate("karier::ReportPrinting", "Cetak %1").arg(title);
    printer->setDocName(title);
    printer->setCreator(QStringLiteral("Karier ASN"));
    if (!Interaction::current().choosePrinter(parent, *printer, caption))
        return;
    QPointer<MessageBanner> shown(banner);
    const auto finish = [shown, done](const Result<int>& pages, const QString& success) {
        if (shown) {
            if (pages)
                shown->showSuccess(success);
            else
                shown->showError(pages.error().message);
        }
        if (done)
            done(pages);
    };
    if (shown)
        shown->showInfo(QCoreApplication::translate("karier::ReportPrinting", "Menyiapkan laporan…"));
    runDb<Result<Report>>(db, parent, std::move(build), [parent, printer, finish](Result<Report> report) {
        if (!report) {
            finish(report.error(), {});
            return;
        }
        runCpu<Result<int>>(
            parent,
            [printer, drawn = report.value()]() -> Result<int> { return ReportPdf::render(drawn, *printer); },
            [printer, finish](Result<int> pages) {
                QString success;
                if (pages) {
                    success = printer->outputFormat() == QPrinter::PdfFormat
                        ? QCoreApplication::translate("karier::ReportPrinting",
                            "Laporan disimpan ke %1 (%n halaman).", nullptr, pages.value())
                              .arg(QDir::toNativeSeparators(printer->outputFileName()))
                        : QCoreApplication::translate("karier::ReportPrinting",
                            "Laporan dikirim ke pencetak %1 (%n halaman).", nullptr, pages.value())
                              .arg(printer->printerName());
                }
                finish(pages, success);
            });
    });
}

} // namespace karier
