// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/FitPdfCommand.h"

#include "documents/PdfCommandLine.h"
#include "documents/PdfFitRunner.h"
#include "documents/PdfFitter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageWriter>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QThreadPool>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <optional>
#include <unistd.h>
#if defined(__GLIBC__)
#include <cstdlib>
#include <malloc.h>
#include <sys/mman.h>
#endif

namespace karier {

namespace {

const char* const UsageText
    = "Penggunaan: karier-cli fit-pdf [--json] [--max-bytes N] INPUT OUTPUT\n"
      "Perkecil otomatis: membuat PDF baru dari INPUT (PDF, atau foto JPEG/PNG yang menjadi satu halaman "
      "A4)\n"
      "yang tidak melebihi batas ukuran dan tetap cukup tajam untuk diverifikasi. Tiap halaman digambar "
      "ulang\n"
      "dengan resolusi, warna/abu-abu dan kualitas JPEG yang dipilih mulai dari yang terbaik. INPUT tidak\n"
      "diubah; OUTPUT ditulis hanya bila hasilnya muat, lewat file sementara. Dikerjakan dalam proses\n"
      "terpisah dengan batas waktu dan memori yang sama dengan check-pdf.\n\n"
      "Opsi:\n"
      "  --json                  satu objek JSON (file, ok, code, message, input, input_bytes, "
      "output_bytes,\n"
      "                          pages, sharpness_before, sharpness_after, sharpness_kept, page_settings)\n"
      "  --max-bytes N           ukuran hasil maksimum dalam byte (bawaan 1048576)\n"
      "  --max-input-bytes N     ukuran INPUT maksimum (bawaan 67108864)\n"
      "  --max-pages N           jumlah halaman maksimum (bawaan 50)\n"
      "  --sharpness-threshold X batas ketajaman pemeriksaan buram (bawaan 3500)\n"
      "  --min-sharpness-kept X  bagian ketajaman (diukur seperti pemeriksaan buram) yang harus\n"
      "                          tersisa (bawaan 0.7)\n\n"
      "Kode keluar: 0 berhasil (atau sudah muat), 1 tidak dapat diperkecil tanpa menjadi buram atau INPUT\n"
      "ditolak, 2 cara pakai salah.\n";

enum Exit { Fitted = 0, NotFitted = 1, Usage = detail::PdfCommandLine::UsageExit };

/// Writes \a data to \a path through a temporary file renamed into place; an error message or empty.
QString writeWithSaveFile(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return why;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

#if defined(O_TMPFILE)
/// Writes \a data into an unnamed file in \a path's folder and links it in only when complete,
/// so a kill -9 at any moment leaves either nothing or the whole file (a named temporary file, as
/// QSaveFile uses, would stay behind). Replacing an existing file needs a name for an instant: it
/// is linked as a hidden temporary name and renamed over \a path. Returns nullopt when the file
/// system has no unnamed files (the caller then uses QSaveFile).
std::optional<QString> writeUnnamedThenLink(const QString& path, const QByteArray& data)
{
    const QFileInfo info(path);
    const QByteArray folder = QFile::encodeName(info.absolutePath());
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    const int fd = ::open(folder.constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
    if (fd < 0) {
        if (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)
            return std::nullopt;
        return QString::fromLocal8Bit(std::strerror(errno));
    }
    const auto fail = [fd]() {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return why;
    };
    qint64 written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail();
        written += n;
    }
    if (::fsync(fd) != 0)
        return fail();
    const QByteArray self = "/proc/self/fd/" + QByteArray::number(fd);
    if (::linkat(AT_FDCWD, self.constData(), AT_FDCWD, target.constData(), AT_SYMLINK_FOLLOW) == 0) {
        ::close(fd);
        return QString();
    }
    if (errno != EEXIST)
        return fail();
    const QByteArray temporary = QFile::encodeName(info.absolutePath() + QStringLiteral("/.")
        + info.fileName() + QStringLiteral(".") + QString::number(::getpid()) + QStringLiteral(".tmp"));
    ::unlink(temporary.constData());
    if (::linkat(AT_FDCWD, self.constData(), AT_FDCWD, temporary.constData(), AT_SYMLINK_FOLLOW) != 0)
        return fail();
    if (::rename(temporary.constData(), target.constData()) != 0) {
        const QString why = fail();
        ::unlink(temporary.constData());
        return why;
    }
    ::close(fd);
    return QString();
}
#endif

/// Writes \a data to \a path so that the file is there whole or not at all; an error message or empty.
QString writeAtomically(const QString& path, const QByteArray& data)
{
#if defined(O_TMPFILE)
    if (const std::optional<QString> why = writeUnnamedThenLink(path, data))
        return *why;
#endif
    return writeWithSaveFile(path, data);
}

/// \a image as base64 JPEG text; empty for a null image.
QString jpegBase64(const QImage& image)
{
    if (image.isNull())
        return {};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "jpeg").write(image);
    return QString::fromLatin1(buffer.data().toBase64());
}

QString humanLine(const PdfFitResult& result, const QString& output)
{
    if (result.ok)
        return result.file + QStringLiteral(" → ") + output + QStringLiteral(": ") + result.message;
    return result.file + QStringLiteral(": TIDAK DIPERKECIL — ") + result.message;
}

/// The fitting allocates and frees page pictures of several megabytes (six A4 pages at 200 dpi are
/// 93 MB): keep them in one heap that is not given back to the system between pages, instead of a
/// fresh mapping each time, and back that heap with transparent huge pages, so that the kernel
/// faults in 2 MB at a time rather than 4 KB (about 36,000 page faults became 1,600 and the CPU
/// time of the fit benchmark fell by a quarter). Only in the child that fits (--in-process).
void keepPicturesInOneHeap()
{
#if defined(__GLIBC__)
    constexpr std::size_t Reserve = std::size_t(256) << 20;
    constexpr std::size_t Huge = std::size_t(2) << 20;
    mallopt(M_MMAP_THRESHOLD, int(Reserve * 2));
    mallopt(M_TRIM_THRESHOLD, int(Reserve * 4));
    mallopt(M_ARENA_MAX, 1);
    // Grow the heap once (nothing is touched yet) and advise huge pages for it.
    void* block = std::malloc(Reserve);
    if (block) {
        const auto start = (reinterpret_cast<quintptr>(block) + Huge - 1) & ~quintptr(Huge - 1);
        const auto end = (reinterpret_cast<quintptr>(block) + Reserve) & ~quintptr(Huge - 1);
        if (end > start)
            madvise(reinterpret_cast<void*>(start), end - start, MADV_HUGEPAGE);
        std::free(block);
    }
#endif
}

} // namespace

int runFitPdfCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    detail::PdfCommandLine cli(
        QStringLiteral("fit-pdf"), QStringLiteral("Kerjakan di proses ini."), out, err);
    const QCommandLineOption maxInput(QStringLiteral("max-input-bytes"), QStringLiteral("Ukuran masukan."),
        QStringLiteral("N"), QString::number(PdfFitOptions::DefaultMaxInputBytes));
    const QCommandLineOption kept(QStringLiteral("min-sharpness-kept"), QStringLiteral("Ketajaman tersisa."),
        QStringLiteral("X"), QString::number(PdfFitOptions::DefaultMinSharpnessKept));
    const QCommandLineOption progress(QStringLiteral("progress"), QStringLiteral("Laporkan kemajuan."));
    // For PdfFitRunner's child: the result and the previews in the JSON answer (no file written),
    // and the threads it may run at once (its CPU-time limit counts them).
    const QCommandLineOption embed(QStringLiteral("embed-result"), QStringLiteral("Hasil dalam JSON."));
    const QCommandLineOption previews(QStringLiteral("previews"), QStringLiteral("Gambar pratinjau."));
    const QCommandLineOption threads(
        QStringLiteral("threads"), QStringLiteral("Jumlah utas."), QStringLiteral("N"));
    cli.addOption(maxInput);
    cli.addOption(kept);
    for (const QCommandLineOption& option : {progress, embed, previews, threads})
        cli.addOption(option, true);
    cli.addPositionalArgument(QStringLiteral("INPUT"), QStringLiteral("PDF, JPEG atau PNG."));
    cli.addPositionalArgument(QStringLiteral("OUTPUT"), QStringLiteral("PDF hasil."));
    if (const std::optional<int> exit = cli.parse(args, UsageText))
        return *exit;

    PdfFitRunOptions options;
    PdfFitOptions& fit = options.fit;
    if (!cli.wholeNumber(cli.maxBytes, 1024, qint64(1) << 40,
            QStringLiteral("--max-bytes harus bilangan bulat, paling kecil 1024."), fit.maxBytes)
        || !cli.wholeNumber(maxInput, 1, qint64(1) << 40,
            QStringLiteral("--max-input-bytes harus bilangan bulat positif."), fit.maxInputBytes)
        || !cli.wholeNumber(cli.maxPages, 1, 1'000'000,
            QStringLiteral("--max-pages harus bilangan bulat positif."), fit.maxPages)
        || !cli.realNumber(cli.sharpnessThreshold, 0.0, std::numeric_limits<double>::infinity(),
            QStringLiteral("--sharpness-threshold harus bilangan tidak negatif."), fit.sharpnessThreshold)
        || !cli.realNumber(kept, 0.0, 1.0,
            QStringLiteral("--min-sharpness-kept harus bilangan antara 0 dan 1, misalnya 0.7."),
            fit.minSharpnessKept))
        return Usage;

    const QStringList files = cli.positionalArguments();
    if (files.size() != 2)
        return cli.usage(QStringLiteral("sebutkan tepat satu INPUT dan satu OUTPUT."));
    const QString inputPath = files.at(0);
    const QString outputPath = files.at(1);
    if (QFileInfo(inputPath).absoluteFilePath() == QFileInfo(outputPath).absoluteFilePath()
        || (QFileInfo::exists(outputPath)
            && QFileInfo(inputPath).canonicalFilePath() == QFileInfo(outputPath).canonicalFilePath()))
        return cli.usage(
            QStringLiteral("OUTPUT tidak boleh sama dengan INPUT; file asli tidak pernah diubah."));

    std::optional<int> threadCount;
    if (cli.isSet(threads)) {
        int count = 0;
        if (!cli.wholeNumber(
                threads, 2, 256, QStringLiteral("--threads harus bilangan bulat 2 sampai 256."), count))
            return Usage;
        threadCount = count;
    }

    PdfFitResult result;
    if (cli.isSet(cli.inProcess)) {
        // This thread and the pool's together: never more threads at once than the parent counted
        // for the CPU-time limit (QtConcurrent's blocking calls also work on the calling thread).
        if (threadCount)
            QThreadPool::globalInstance()->setMaxThreadCount(*threadCount - 1);
        keepPicturesInOneHeap();
        const bool report = cli.isSet(progress);
        double last = -1.0;
        result = PdfFitter::fitFile(inputPath, fit, [&](double value) {
            if (!report || value - last < 0.01)
                return;
            last = value;
            out << "{\"progress\":" << QString::number(value, 'f', 3) << '}' << Qt::endl;
        });
        if (cli.isSet(embed)) {
            // Nothing on disk that a killed parent could leave behind: the answer carries it all.
            QJsonObject answer = result.toJson();
            if (result.ok)
                answer.insert(QStringLiteral("output_base64"), QString::fromLatin1(result.output.toBase64()));
            if (cli.isSet(previews)) {
                answer.insert(QStringLiteral("preview_before_jpeg"), jpegBase64(result.previewBefore));
                answer.insert(QStringLiteral("preview_after_jpeg"), jpegBase64(result.previewAfter));
            }
            out << QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)) << Qt::endl;
            return result.ok ? Fitted : NotFitted;
        }
    } else {
        result = PdfFitRunner::fit(inputPath, options);
    }
    if (result.ok) {
        const QString why = writeAtomically(outputPath, result.output);
        if (!why.isEmpty()) {
            result.ok = false;
            result.code = QStringLiteral("write_failed");
            result.message = QStringLiteral("File hasil %1 tidak dapat ditulis: %2").arg(outputPath, why);
            result.outputBytes = -1;
        }
    }
    if (cli.isSet(cli.json))
        out << QString::fromUtf8(result.toJsonLine()) << Qt::endl;
    else
        out << humanLine(result, outputPath) << Qt::endl;
    return result.ok ? Fitted : NotFitted;
}

} // namespace karier
