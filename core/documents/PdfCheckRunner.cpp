// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PdfCheckRunner.h"

#include "documents/PdfResultJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace karier {

namespace {

QMutex helperMutex;
QString helperOverride; // guarded by helperMutex
QString helperLanguageCode; // guarded by helperMutex

/// \a standby: for a child started ahead of its file (PdfCheckRunner::prepare).
QStringList helperArguments(const PdfCheckOptions& options, bool standby = false)
{
    const PdfCheckLimits& limits = options.limits;
    QStringList arguments = {QStringLiteral("check-pdf"), QStringLiteral("--json"),
        QStringLiteral("--in-process"), QStringLiteral("--max-bytes"), QString::number(limits.maxBytes),
        QStringLiteral("--max-pages"), QString::number(limits.maxPages),
        QStringLiteral("--sharpness-threshold"), QString::number(limits.sharpnessThreshold, 'g', 17),
        QStringLiteral("--render-budget-ms"), QString::number(limits.renderBudgetMs),
        QStringLiteral("--max-render-pixels"), QString::number(limits.maxRenderPixels)};
    if (options.firstPageWidth > 0)
        arguments << QStringLiteral("--first-page-width") << QString::number(options.firstPageWidth);
    if (const QString language = PdfCheckRunner::helperLanguage(); !language.isEmpty())
        arguments << QStringLiteral("--language") << language;
    if (standby)
        arguments << QStringLiteral("--standby");
    return arguments << QStringLiteral("--") << QStringLiteral("-"); // the bytes come on standard input
}

PdfCheckResult failure(const QString& fileName, qint64 bytes, const char* code, const QString& message)
{
    PdfCheckResult result;
    result.file = fileName;
    result.ok = false;
    result.code = QLatin1String(code);
    result.message = message;
    result.bytes = bytes;
    return result;
}

/// The line on which the child sent the first page as soon as it was drawn ({"first_page": …}, before
/// its verdict); empty when there is none.
QByteArray firstPageLine(const QByteArray& output)
{
    static const QByteArray start = QByteArrayLiteral("{\"first_page\"");
    return output.startsWith(start) ? output.left(output.indexOf('\n')) : QByteArray();
}

/// The first page in \a line (firstPageLine), \a width pixels wide; false when it is malformed.
bool readFirstPageLine(const QByteArray& line, int width, PdfCheckResult& into)
{
    const std::optional<QJsonObject> object = detail::objectOfLine(line);
    return object && object->contains(QStringLiteral("first_page")) && into.readFirstPage(*object, width)
        && !into.firstPage.isNull();
}

} // namespace

ChildLimits PdfCheckRunner::childLimits(const PdfCheckOptions& options)
{
    ChildLimits limits;
    limits.timeoutMs = options.timeoutMs;
    limits.memoryLimitBytes = options.memoryLimitBytes;
    limits.threads = 1; // PdfInspector draws on the main thread only
    limits.maxFileBytes = qint64(16) << 20;
    if (options.firstPageWidth > 0) // the PNG in base64 and the verdict
        limits.maxOutputBytes = (PdfCheckResult::MaxFirstPageBytes + 2) / 3 * 4 + (qint64(1) << 20);
    return limits;
}

PdfCheckResult PdfCheckRunner::interpret(const QString& fileName, const QByteArray& data,
    const ChildOutcome& outcome, int timeoutMs, int firstPageWidth)
{
    const qint64 bytes = data.size();
    // Added to a refusal when the child said something on standard error: its last line.
    const QString technical
        = QCoreApplication::translate("karier::PdfCheckRunner", " (Keterangan teknis: %1)");
    switch (outcome.end) {
    case ChildOutcome::End::FailedToStart:
        return failure(fileName, bytes, "helper_failed",
            tr("Pemeriksa PDF (%1) tidak dapat dijalankan: %2. File belum dapat diperiksa.")
                .arg(helperPath(), outcome.error));
    case ChildOutcome::End::TimedOut:
        return failure(fileName, bytes, "timeout",
            tr("Pemeriksaan PDF tidak selesai dalam %1 detik sehingga dihentikan; file ini "
               "terlalu rumit atau rusak dan tidak diterima.")
                .arg(QLocale(QLocale::Indonesian).toString(timeoutMs / 1000.0, 'g', 3)));
    case ChildOutcome::End::Crashed:
        return failure(fileName, bytes, "crashed",
            outcome.withErrorSummary(
                tr("Pemeriksaan PDF berhenti tidak wajar; file ini kemungkinan rusak atau "
                   "terlalu berat dan tidak diterima."),
                technical));
    case ChildOutcome::End::Cancelled:
        return failure(fileName, bytes, "cancelled", tr("Pemeriksaan PDF dibatalkan."));
    case ChildOutcome::End::Finished:
        break;
    }
    // The answer is the last line that is a complete JSON object.
    std::optional<PdfCheckResult> parsed;
    QJsonObject object;
    outcome.lastLine([&parsed, &object](const QByteArray& line) {
        const std::optional<QJsonObject> read = detail::objectOfLine(line);
        parsed = read ? PdfCheckResult::fromJson(*read) : std::nullopt;
        if (parsed)
            object = *read;
        return parsed.has_value();
    });
    if (!parsed)
        return failure(fileName, bytes, "helper_failed",
            outcome.withErrorSummary(
                tr("Pemeriksa PDF memberi jawaban yang tidak dapat dibaca (kode keluar %1). File "
                   "belum dapat diperiksa.")
                    .arg(outcome.exitCode),
                technical));
    parsed->file = fileName;
    // The child must have checked exactly these bytes.
    if (parsed->sha256 != PdfInspector::sha256Hex(data))
        return failure(fileName, bytes, "helper_failed",
            tr("Pemeriksa PDF memeriksa isi yang berbeda dengan file ini. File belum dapat diperiksa."));
    // The first page only when asked for and accepted: on its own line before the verdict (or in the
    // verdict); a malformed picture is a child not to trust.
    if (firstPageWidth > 0 && parsed->ok) {
        const QByteArray line = firstPageLine(outcome.output);
        if (line.isEmpty() ? !parsed->readFirstPage(object, firstPageWidth)
                           : !readFirstPageLine(line, firstPageWidth, *parsed))
            return malformedFirstPage(fileName, bytes);
    }
    return *parsed;
}

PdfCheckResult PdfCheckRunner::malformedFirstPage(const QString& fileName, qint64 bytes)
{
    return failure(fileName, bytes, "helper_failed",
        tr("Pemeriksa PDF mengirim gambar halaman pertama yang tidak sah. File belum dapat diperiksa."));
}

PdfCheckRunner::PdfCheckRunner(QObject* parent) : QObject(parent), m_child(new ChildProcess(this))
{
    connect(m_child, &ChildProcess::lineReceived, this, [this](const QByteArray& line) {
        if (m_firstPageWidth <= 0 || m_firstPage != FirstPage::Awaited || !line.startsWith("{\"first_page\""))
            return;
        // The page the child drew first, sent before it checks the rest: validated on a worker, then
        // firstPageDrawn. The verdict waits for it (finished comes after).
        m_firstPage = FirstPage::Reading;
        const quint64 run = m_run;
        auto* watcher = new QFutureWatcher<PdfCheckResult>(this);
        connect(watcher, &QFutureWatcher<PdfCheckResult>::finished, this, [this, watcher, run] {
            watcher->deleteLater();
            if (run != m_run)
                return; // cancelled or replaced meanwhile
            const PdfCheckResult page = watcher->result();
            m_firstPage = page.firstPage.isNull() ? FirstPage::Malformed : FirstPage::Read;
            m_firstPageImage = page.firstPage;
            m_firstPageSizePt = page.firstPageSizePt;
            if (m_firstPage == FirstPage::Read)
                Q_EMIT firstPageDrawn(m_file, m_firstPageImage, m_firstPageSizePt);
            if (m_pendingOutcome)
                conclude(*std::exchange(m_pendingOutcome, std::nullopt));
        });
        watcher->setFuture(QtConcurrent::run([line, width = m_firstPageWidth] {
            PdfCheckResult page;
            if (!readFirstPageLine(line, width, page))
                page.firstPage = QImage();
            return page;
        }));
    });
    connect(m_child, &ChildProcess::finished, this, [this](const ChildOutcome& outcome) {
        if (m_firstPage == FirstPage::Reading) {
            m_pendingOutcome = outcome; // concluded once the first page is read
            return;
        }
        conclude(outcome);
    });
}

void PdfCheckRunner::conclude(const ChildOutcome& outcome)
{
    const QByteArray data = std::exchange(m_data, QByteArray());
    if (m_firstPageWidth <= 0 || outcome.end != ChildOutcome::End::Finished) {
        Q_EMIT finished(interpret(m_file, data, outcome, m_options.timeoutMs, m_firstPageWidth));
        preparedAgain();
        return;
    }
    // The answer (its SHA-256 compared with the file's; the first page, if it did not come on
    // its own line, decoded) is read on a worker, as PdfFitRunner reads its own: the caller's
    // thread (the GUI's) does not wait for it.
    const quint64 run = m_run;
    auto* watcher = new QFutureWatcher<PdfCheckResult>(this);
    connect(watcher, &QFutureWatcher<PdfCheckResult>::finished, this, [this, watcher, run] {
        watcher->deleteLater();
        if (run != m_run || !m_interpreting)
            return; // cancelled meanwhile
        m_interpreting = false;
        Q_EMIT finished(watcher->result());
        preparedAgain();
    });
    m_interpreting = true;
    watcher->setFuture(QtConcurrent::run(
        [file = m_file, data, outcome, timeoutMs = m_options.timeoutMs, width = m_firstPageWidth,
            early = m_firstPage, image = m_firstPageImage, sizePt = m_firstPageSizePt] {
            if (early == FirstPage::Awaited) // none came on its own line
                return interpret(file, data, outcome, timeoutMs, width);
            PdfCheckResult result = interpret(file, data, outcome, timeoutMs, 0);
            if (result.ok && early == FirstPage::Malformed)
                return malformedFirstPage(file, data.size());
            if (result.ok) {
                result.firstPage = image;
                result.firstPageSizePt = sizePt;
            }
            return result;
        }));
}

void PdfCheckRunner::prepare()
{
    m_keepPrepared = true;
    if (!isRunning())
        m_child->prepare(helperPath(), helperArguments(m_options, true), childLimits(m_options));
}

void PdfCheckRunner::unprepare()
{
    m_keepPrepared = false;
    m_child->dropStandby();
}

void PdfCheckRunner::preparedAgain()
{
    if (m_keepPrepared && !isRunning())
        m_child->prepare(helperPath(), helperArguments(m_options, true), childLimits(m_options));
}

PdfCheckRunner::~PdfCheckRunner() = default;

void PdfCheckRunner::setHelperPath(const QString& path)
{
    const QMutexLocker lock(&helperMutex);
    helperOverride = path;
}

void PdfCheckRunner::setHelperLanguage(const QString& language)
{
    const QMutexLocker lock(&helperMutex);
    helperLanguageCode = language;
}

QString PdfCheckRunner::helperLanguage()
{
    const QMutexLocker lock(&helperMutex);
    return helperLanguageCode;
}

QString PdfCheckRunner::helperPath()
{
    {
        const QMutexLocker lock(&helperMutex);
        if (!helperOverride.isEmpty())
            return helperOverride;
    }
    return QCoreApplication::applicationDirPath() + QStringLiteral("/karier-cli");
}

PdfCheckResult PdfCheckRunner::readFile(
    const QString& filePath, const PdfCheckLimits& limits, QByteArray& content)
{
    content.clear();
    PdfCheckResult result;
    result.file = filePath;
    const auto refuse = [&result](const char* code, const QString& message) {
        result.ok = false;
        result.code = QLatin1String(code);
        result.message = message;
        return result;
    };
    const QFileInfo info(filePath);
    if (!info.exists())
        return refuse("not_found", tr("File %1 tidak ditemukan.").arg(filePath));
    if (!info.isFile())
        return refuse("io_error", tr("%1 bukan file biasa.").arg(filePath));
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return refuse("io_error", tr("File %1 tidak dapat dibaca: %2").arg(filePath, file.errorString()));
    // Never more than the limit, even when the file grows while it is read.
    content = file.read(limits.maxBytes + 1);
    if (content.size() > limits.maxBytes || file.error() != QFileDevice::NoError) {
        const QString why = file.errorString();
        const qint64 size = std::max(file.size(), qint64(content.size()));
        result = PdfInspector::checkPrefix(content, size, filePath, limits);
        content.clear();
        if (!result.code.isEmpty())
            return result;
        return refuse("io_error", tr("File %1 tidak dapat dibaca: %2").arg(filePath, why));
    }
    result = PdfInspector::checkPrefix(content, content.size(), filePath, limits);
    if (!result.code.isEmpty())
        content.clear();
    return result;
}

PdfCheckResult PdfCheckRunner::check(
    const QString& filePath, const PdfCheckOptions& options, QByteArray* content)
{
    QByteArray data;
    PdfCheckResult read = readFile(filePath, options.limits, data);
    if (!read.code.isEmpty())
        return read;
    PdfCheckResult result = checkData(data, filePath, options);
    if (content)
        *content = result.ok ? data : QByteArray();
    return result;
}

PdfCheckResult PdfCheckRunner::checkData(
    const QByteArray& data, const QString& fileName, const PdfCheckOptions& options)
{
    const ChildOutcome outcome
        = ChildProcess::run(helperPath(), helperArguments(options), childLimits(options), {}, {}, data);
    return interpret(fileName, data, outcome, options.timeoutMs, options.firstPageWidth);
}

bool PdfCheckRunner::start(const QByteArray& data, const QString& fileName)
{
    if (isRunning())
        return false;
    ++m_run;
    m_file = fileName;
    m_data = data;
    m_firstPageWidth = m_options.firstPageWidth;
    m_firstPage = FirstPage::Awaited;
    m_firstPageImage = QImage();
    m_firstPageSizePt = QSizeF();
    m_pendingOutcome.reset();
    const QString helper = helperPath();
    const QStringList prepared = helperArguments(m_options, true);
    m_startedPrepared = m_child->isPrepared(helper, prepared);
    return m_child->start(
        helper, m_startedPrepared ? prepared : helperArguments(m_options), childLimits(m_options), data);
}

void PdfCheckRunner::cancel()
{
    if (m_interpreting || m_pendingOutcome) {
        m_interpreting = false;
        m_pendingOutcome.reset();
        m_firstPage = FirstPage::Awaited;
        ++m_run;
        Q_EMIT finished(failure(m_file, -1, "cancelled", tr("Pemeriksaan PDF dibatalkan.")));
        return;
    }
    ++m_run; // a first page still being read is not for anybody now
    m_firstPage = FirstPage::Awaited;
    m_child->cancel();
}

bool PdfCheckRunner::isRunning() const
{
    return m_child->isRunning() || m_interpreting || m_pendingOutcome.has_value();
}

} // namespace karier
