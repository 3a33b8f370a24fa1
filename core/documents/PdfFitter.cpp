// SPDX-License-Identifier: GPL-3.0-or-later
/// PdfFitter's entry points: the input read and told apart (PDF, JPEG, PNG), the work done by
/// detail::fit::Fitter (documents/fit/).
#include "documents/PdfFitter.h"

#include "documents/PdfInspector.h"
#include "documents/fit/Fitter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <exception>

namespace karier {

using detail::fit::Fitter;
using detail::fit::refusal;

bool PdfFitter::isImage(const QByteArray& head)
{
    return head.startsWith("\xFF\xD8\xFF") || head.startsWith("\x89PNG\r\n\x1A\n");
}

PdfFitResult PdfFitter::fitFile(const QString& filePath, const PdfFitOptions& options,
    const Progress& progress, const Cancelled& cancelled)
{
    PdfFitResult result;
    result.file = filePath;
    const QFileInfo info(filePath);
    if (!info.exists())
        return refusal(std::move(result), "not_found",
            QCoreApplication::translate("karier::PdfFitter", "File %1 tidak ditemukan.").arg(filePath));
    if (!info.isFile())
        return refusal(std::move(result), "io_error",
            QCoreApplication::translate("karier::PdfFitter", "%1 bukan file biasa.").arg(filePath));
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return refusal(std::move(result), "io_error",
            QCoreApplication::translate("karier::PdfFitter", "File %1 tidak dapat dibaca: %2")
                .arg(filePath, file.errorString()));
    // Never more than the input limit, even when the file grows while it is read.
    const QByteArray data = file.read(options.maxInputBytes + 1);
    if (data.size() > options.maxInputBytes) {
        result.inputBytes = std::max(file.size(), qint64(data.size()));
        return refusal(std::move(result), "too_large",
            QStringLiteral(
                "Ukuran file %1 melebihi batas %2 untuk diperkecil otomatis. Pindai ulang dokumennya "
                "dengan resolusi 150–200 dpi lalu unggah lagi.")
                .arg(PdfInspector::formatSize(result.inputBytes),
                    PdfInspector::formatSize(options.maxInputBytes)));
    }
    return fitData(data, filePath, options, progress, cancelled);
}

PdfFitResult PdfFitter::fitData(const QByteArray& data, const QString& fileName, const PdfFitOptions& options,
    const Progress& progress, const Cancelled& cancelled)
{
    PdfFitResult result;
    result.file = fileName;
    result.inputBytes = data.size();
    if (data.size() > options.maxInputBytes)
        return refusal(std::move(result), "too_large",
            QCoreApplication::translate(
                "karier::PdfFitter", "Ukuran file %1 melebihi batas %2 untuk diperkecil otomatis.")
                .arg(PdfInspector::formatSize(data.size()), PdfInspector::formatSize(options.maxInputBytes)));
    Fitter fitter(options, progress, cancelled);
    try {
        if (data.startsWith("\xFF\xD8\xFF")) {
            result.input = QStringLiteral("jpeg");
            return fitter.fitImage(data, std::move(result));
        }
        if (data.startsWith("\x89PNG\r\n\x1A\n")) {
            result.input = QStringLiteral("png");
            return fitter.fitImage(data, std::move(result));
        }
        // Everything else gets check-pdf's answer (not_pdf names what the file is).
        return fitter.fitPdf(data, std::move(result));
    } catch (const std::exception&) {
        // Out of memory while parsing, drawing or writing: a refusal, not a crash.
        return refusal(std::move(result), "unreadable",
            QCoreApplication::translate(
                "karier::PdfFitter", "File ini terlalu berat untuk diperkecil dan tidak diterima."));
    }
}

} // namespace karier
