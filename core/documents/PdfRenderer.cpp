// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PdfRenderer.h"

#include "documents/PdfAssembly.h"
#include "documents/PdfEngine.h"
#include "documents/PdfInspector.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QThread>
#include <QVariant>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <optional>

namespace karier {

namespace detail {

struct RenderRequest
{
    quint64 serial = 0; ///< the open() it belongs to
    quint64 sequence = 0; ///< unique, increasing
    int page = 0;
    double dpi = 0;
    int generation = 0;
};

/// What the calling thread and the worker share. Everything but the atomics under the mutex.
struct PdfRendererState
{
    std::atomic<bool> abortCurrent {false};
    std::atomic<bool> stopping {false};
    std::atomic<qint64> maxPixels {PdfRenderer::DefaultMaxPixels};
    std::atomic<int> budgetMs {PdfRenderer::DefaultRenderBudgetMs};
    QMutex mutex;
    PdfRenderer* owner = nullptr; ///< null once the renderer is being destroyed
    quint64 openSerial = 0; ///< the newest open()/close()
    QList<RenderRequest> pending; ///< oldest first
    std::optional<RenderRequest> inFlight;
};

} // namespace detail

namespace {

QString localeNumber(double value)
{
    return QLocale(QLocale::Indonesian, QLocale::Indonesia).toString(value, 'g', 3);
}

/// What Poppler's abort callback reads: the renderer's flags (if any) and the time budget.
struct RenderGuard
{
    QDeadlineTimer deadline;
    const std::atomic<bool>* abortCurrent = nullptr;
    const std::atomic<bool>* stopping = nullptr;
    bool timedOut = false;

    bool cancelled() const
    {
        return (abortCurrent && abortCurrent->load(std::memory_order_relaxed))
            || (stopping && stopping->load(std::memory_order_relaxed));
    }
};

/// Polled by the engine while drawing: the renderer's flags and the time budget.
bool shouldAbortRender(RenderGuard& guard)
{
    if (guard.cancelled())
        return true;
    if (guard.deadline.hasExpired()) {
        guard.timedOut = true;
        return true;
    }
    return false;
}

/// Loads \a pdf; on failure a null pointer and an Indonesian \a error.
std::unique_ptr<PdfEngineDocument> loadDocument(const QByteArray& pdf, QString* error)
{
    const PdfEngine* engine = PdfEngine::instance(error);
    if (!engine)
        return nullptr;
    if (pdf.isEmpty()) {
        *error = PdfRenderer::tr("File ini kosong sehingga tidak dapat ditampilkan.");
        return nullptr;
    }
    // Poppler opens files without a PDF header too ("continuing anyway"); a preview should not.
    if (!pdf.left(1024).contains("%PDF-")) {
        *error = PdfRenderer::tr("File ini bukan PDF sehingga tidak dapat ditampilkan.");
        return nullptr;
    }
    std::unique_ptr<PdfEngineDocument> document = engine->load(pdf);
    if (!document) {
        *error = PdfRenderer::tr("PDF ini rusak atau tidak dapat dibaca sehingga tidak dapat ditampilkan.");
        return nullptr;
    }
    if (document->isLocked()) {
        *error = PdfRenderer::tr("PDF ini dilindungi kata sandi sehingga tidak dapat ditampilkan.");
        return nullptr;
    }
    if (document->pageCount() <= 0) {
        *error = PdfRenderer::tr("PDF ini tidak berisi halaman.");
        return nullptr;
    }
    return document;
}

enum class RenderOutcome { Done, Failed, Cancelled };

/// Draws page \a index of \a document. Failed comes with an Indonesian \a error; Cancelled
/// (the guard's flags) with nothing.
RenderOutcome renderPage(const PdfEngineDocument& document, int index, double dpi, qint64 maxPixels,
    int budgetMs, RenderGuard& guard, QImage* image, QString* error)
{
    const int pageNumber = index + 1;
    if (index < 0 || index >= document.pageCount()) {
        *error = PdfRenderer::tr("Halaman %1 tidak ada dalam dokumen ini.").arg(pageNumber);
        return RenderOutcome::Failed;
    }
    const QSizeF sizePt = document.pageSizePt(index);
    if (sizePt.isEmpty()) {
        *error = PdfRenderer::tr("Halaman %1 rusak sehingga tidak dapat ditampilkan.").arg(pageNumber);
        return RenderOutcome::Failed;
    }
    const double clamped = PdfRenderer::clampDpi(sizePt, dpi, maxPixels);
    if (!(clamped > 0.0)) {
        *error = PdfRenderer::tr("Ukuran halaman %1 tidak wajar sehingga tidak dapat ditampilkan.")
                     .arg(pageNumber);
        return RenderOutcome::Failed;
    }
    if (guard.cancelled())
        return RenderOutcome::Cancelled;
    *image = document.render(index, clamped, [&guard] { return shouldAbortRender(guard); });
    if (guard.cancelled()) {
        *image = QImage();
        return RenderOutcome::Cancelled;
    }
    if (guard.timedOut) {
        *image = QImage();
        *error = PdfRenderer::tr("Halaman %1 terlalu rumit untuk ditampilkan dalam %2 detik.")
                     .arg(pageNumber)
                     .arg(localeNumber(budgetMs / 1000.0));
        return RenderOutcome::Failed;
    }
    if (image->isNull()) {
        *error = PdfRenderer::tr("Halaman %1 tidak dapat ditampilkan.").arg(pageNumber);
        return RenderOutcome::Failed;
    }
    image->setDevicePixelRatio(1.0);
    return RenderOutcome::Done;
}

/// A one-page PDF with a filled rectangle and a line of text in a standard font, built with a
/// correct cross-reference table (Poppler would repair a wrong one, but noisily).
QByteArray warmUpPdf()
{
    const QByteArray content = "0.2 0.4 0.8 rg 10 10 50 30 re f BT /F1 12 Tf 10 50 Td (Karier) Tj ET";
    const QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
    };
    return assemblePdf(objects);
}

} // namespace

namespace detail {

/// Lives on the renderer's thread and owns the Poppler document; all its functions run there.
class PdfRenderWorker : public QObject
{
public:
    explicit PdfRenderWorker(std::shared_ptr<PdfRendererState> state) : m_state(std::move(state)) { }

    void open(quint64 serial, const QByteArray& pdf)
    {
        {
            QMutexLocker locker(&m_state->mutex);
            if (serial != m_state->openSerial || m_state->stopping)
                return; // a newer open()/close() follows, or the renderer is going away
        }
        m_document.reset();
        m_serial = serial;
        PdfRenderer::warmUp();
        QString error;
        m_document = loadDocument(pdf, &error);
        QList<QSizeF> sizes;
        if (m_document) {
            const int count = m_document->pageCount();
            sizes.reserve(count);
            for (int i = 0; i < count; ++i)
                sizes.append(m_document->pageSizePt(i));
        }
        const int count = m_document ? m_document->pageCount() : 0;
        post([serial, count, sizes, error](
                 PdfRenderer* owner) { owner->onOpened(serial, count, sizes, error); });
        process();
    }

    void close(quint64 serial)
    {
        m_document.reset();
        m_serial = serial;
    }

    /// Draws the pending requests of the current document, oldest first, until none is left.
    void process()
    {
        for (;;) {
            RenderRequest request;
            {
                QMutexLocker locker(&m_state->mutex);
                if (m_state->stopping)
                    return;
                // Requests of an older document are dropped; those of a newer one wait for it.
                m_state->pending.removeIf([this](const RenderRequest& r) { return r.serial < m_serial; });
                const auto it = std::find_if(m_state->pending.begin(), m_state->pending.end(),
                    [this](const RenderRequest& r) { return r.serial == m_serial; });
                if (it == m_state->pending.end())
                    return;
                request = *it;
                m_state->pending.erase(it);
                m_state->inFlight = request;
                m_state->abortCurrent = false;
            }

            QImage image;
            QString error;
            RenderOutcome outcome = RenderOutcome::Failed;
            if (!m_document) {
                error = PdfRenderer::tr("Dokumen ini tidak dapat dibuka.");
            } else {
                const int budgetMs = std::max(m_state->budgetMs.load(), 1);
                RenderGuard guard {
                    QDeadlineTimer(budgetMs), &m_state->abortCurrent, &m_state->stopping, false};
                outcome = renderPage(*m_document, request.page, request.dpi, m_state->maxPixels.load(),
                    budgetMs, guard, &image, &error);
            }

            {
                QMutexLocker locker(&m_state->mutex);
                m_state->inFlight.reset();
                if (outcome == RenderOutcome::Cancelled || m_state->abortCurrent)
                    continue;
            }
            post([request, image, error](PdfRenderer* owner) {
                owner->onRendered(
                    request.serial, request.sequence, request.page, image, request.generation, error);
            });
        }
    }

private:
    /// Runs \a call on the renderer's thread, unless the renderer is being destroyed.
    template<class Call> void post(Call call)
    {
        QMutexLocker locker(&m_state->mutex);
        if (PdfRenderer* owner = m_state->owner)
            QMetaObject::invokeMethod(
                owner, [owner, call = std::move(call)] { call(owner); }, Qt::QueuedConnection);
    }

    std::shared_ptr<PdfRendererState> m_state;
    std::unique_ptr<PdfEngineDocument> m_document;
    quint64 m_serial = 0;
};

} // namespace detail

namespace {

QMutex detachedMutex;
QSet<QThread*> detachedThreads; // guarded by detachedMutex

/// At the end of the application: the detached workers still running get 5 s to end.
void waitForDetachedThreads()
{
    QSet<QThread*> threads;
    {
        const QMutexLocker lock(&detachedMutex);
        threads = detachedThreads;
    }
    for (QThread* thread : std::as_const(threads))
        thread->wait(QDeadlineTimer(5000));
}

/// Deletes \a thread (which was told to quit) from the event loop once it has ended.
void detachThread(QThread* thread)
{
    if (!QCoreApplication::instance()) { // no event loop to reap it later: a command-line use
        thread->wait();
        delete thread;
        return;
    }
    {
        const QMutexLocker lock(&detachedMutex);
        static const bool routine = (qAddPostRoutine(waitForDetachedThreads), true);
        Q_UNUSED(routine);
        detachedThreads.insert(thread);
    }
    const auto reap = [thread] {
        {
            const QMutexLocker lock(&detachedMutex);
            if (!detachedThreads.remove(thread))
                return; // reaped already
        }
        thread->deleteLater();
    };
    QObject::connect(thread, &QThread::finished, thread, reap, Qt::QueuedConnection);
    if (thread->isFinished()) // ended before the connection
        QMetaObject::invokeMethod(thread, reap, Qt::QueuedConnection);
}

} // namespace

PdfRenderer::PdfRenderer(QObject* parent)
    : QObject(parent)
    , m_state(new detail::PdfRendererState)
    , m_thread(new QThread)
    , m_worker(new detail::PdfRenderWorker(m_state))
{
    m_state->owner = this;
    m_thread->setObjectName(QStringLiteral("PdfRenderer"));
    m_worker->moveToThread(m_thread);
    // The worker (and with it the document) is deleted on its own thread when the thread ends.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

PdfRenderer::~PdfRenderer()
{
    {
        QMutexLocker locker(&m_state->mutex);
        m_state->owner = nullptr;
        m_state->stopping = true;
        m_state->abortCurrent = true;
        m_state->pending.clear();
    }
    m_thread->quit();
    // Never waited for here (this is normally the GUI thread): the abort callback ends a drawing
    // at once, but loading a document or one huge operation is not interruptible. The thread
    // deletes the worker and itself when it ends; the application waits for what is left at exit.
    detachThread(m_thread);
}

quint64 PdfRenderer::beginDocument(bool documentSet)
{
    const quint64 serial = ++m_serial;
    m_documentSet = documentSet;
    m_pageCount = 0;
    m_pageSizesPt.clear();
    m_latestRequest.clear();
    m_hasGeneration = false;
    m_maxGeneration = 0;
    {
        QMutexLocker locker(&m_state->mutex);
        m_state->openSerial = serial;
        m_state->pending.clear();
        if (m_state->inFlight)
            m_state->abortCurrent = true;
    }
    return serial;
}

void PdfRenderer::open(const QByteArray& pdf)
{
    const quint64 serial = beginDocument(true);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, serial, pdf] { worker->open(serial, pdf); }, Qt::QueuedConnection);
}

void PdfRenderer::close()
{
    const quint64 serial = beginDocument(false);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, serial] { worker->close(serial); }, Qt::QueuedConnection);
}

void PdfRenderer::requestPage(int page, double dpi, int generation)
{
    {
        QMutexLocker locker(&m_state->mutex);
        if (!m_documentSet || !(dpi > 0.0) || !std::isfinite(dpi))
            return;
        if (m_hasGeneration && generation < m_maxGeneration)
            return; // stale on arrival
        if (!m_hasGeneration || generation > m_maxGeneration) {
            m_hasGeneration = true;
            m_maxGeneration = generation;
            m_state->pending.removeIf(
                [generation](const detail::RenderRequest& r) { return r.generation < generation; });
            if (m_state->inFlight && m_state->inFlight->generation < generation)
                m_state->abortCurrent = true;
        }
        // Only the newest request for a page counts.
        m_state->pending.removeIf([page](const detail::RenderRequest& r) { return r.page == page; });
        if (m_state->inFlight && m_state->inFlight->page == page)
            m_state->abortCurrent = true;

        const quint64 sequence = ++m_sequence;
        m_latestRequest.insert(page, sequence);
        m_state->pending.append({m_serial, sequence, page, dpi, generation});
    }
    postProcess();
}

void PdfRenderer::cancelAll()
{
    m_latestRequest.clear();
    QMutexLocker locker(&m_state->mutex);
    m_state->pending.clear();
    if (m_state->inFlight)
        m_state->abortCurrent = true;
}

void PdfRenderer::setMaxPixels(qint64 maxPixels)
{
    m_state->maxPixels = std::max<qint64>(maxPixels, 1);
}

qint64 PdfRenderer::maxPixels() const
{
    return m_state->maxPixels;
}

void PdfRenderer::setRenderBudgetMs(int milliseconds)
{
    m_state->budgetMs = std::max(milliseconds, 1);
}

int PdfRenderer::renderBudgetMs() const
{
    return m_state->budgetMs;
}

void PdfRenderer::postProcess()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->process(); }, Qt::QueuedConnection);
}

void PdfRenderer::onOpened(quint64 serial, int pageCount, const QList<QSizeF>& sizes, const QString& error)
{
    if (serial != m_serial)
        return;
    if (!error.isEmpty() || pageCount <= 0) {
        m_documentSet = false;
        Q_EMIT failed(error.isEmpty() ? tr("PDF ini tidak dapat ditampilkan.") : error);
        return;
    }
    m_pageCount = pageCount;
    m_pageSizesPt = sizes;
    Q_EMIT opened(pageCount, sizes);
}

void PdfRenderer::onRendered(
    quint64 serial, quint64 sequence, int page, const QImage& image, int generation, const QString& error)
{
    if (serial != m_serial || m_latestRequest.value(page) != sequence)
        return; // another document, superseded or cancelled
    if (m_hasGeneration && generation < m_maxGeneration)
        return; // stale
    m_latestRequest.remove(page);
    if (!error.isEmpty() || image.isNull())
        Q_EMIT pageFailed(page,
            error.isEmpty() ? tr("Halaman %1 tidak dapat ditampilkan.").arg(page + 1) : error, generation);
    else
        Q_EMIT pageReady(page, image, generation);
}

double PdfRenderer::clampDpi(QSizeF pageSizePt, double dpi, qint64 maxPixels)
{
    const double width = pageSizePt.width();
    const double height = pageSizePt.height();
    if (!(width > 0.0) || !(height > 0.0) || !std::isfinite(width) || !std::isfinite(height) || !(dpi > 0.0)
        || !std::isfinite(dpi) || maxPixels < 1)
        return 0.0;
    // Pixels per point; Poppler rounds the image size up at most by one pixel a side.
    double scale = dpi / 72.0;
    const auto pixels
        = [&](double s) { return (std::ceil(width * s) + 1.0) * (std::ceil(height * s) + 1.0); };
    if (pixels(scale) > double(maxPixels))
        scale = std::sqrt(double(maxPixels) / ((width + 1.0) * (height + 1.0))) * 0.999;
    while (scale > 0.0 && pixels(scale) > double(maxPixels))
        scale *= 0.99;
    scale = std::min(scale, (MaxSidePixels - 1) / std::max(width, height));
    return scale > 0.0 ? scale * 72.0 : 0.0;
}

QImage PdfRenderer::renderFirstPage(const QByteArray& pdf, double dpi, QString* error)
{
    warmUp();
    QString message;
    QImage image;
    if (const std::unique_ptr<PdfEngineDocument> document = loadDocument(pdf, &message)) {
        RenderGuard guard {QDeadlineTimer(DefaultRenderBudgetMs), nullptr, nullptr, false};
        renderPage(*document, 0, dpi, DefaultMaxPixels, DefaultRenderBudgetMs, guard, &image, &message);
    }
    if (error)
        *error = image.isNull() ? message : QString();
    return image;
}

QImage PdfRenderer::renderFirstPage(const QByteArray& pdf, QSize fitInto, QString* error)
{
    warmUp();
    QString message;
    QImage image;
    if (const std::unique_ptr<PdfEngineDocument> document = loadDocument(pdf, &message)) {
        double dpi = 0.0;
        const QSizeF size = document->pageSizePt(0);
        if (size.width() > 0.0 && size.height() > 0.0 && !fitInto.isEmpty())
            dpi = 72.0 * std::min(fitInto.width() / size.width(), fitInto.height() / size.height());
        RenderGuard guard {QDeadlineTimer(DefaultRenderBudgetMs), nullptr, nullptr, false};
        renderPage(*document, 0, dpi, DefaultMaxPixels, DefaultRenderBudgetMs, guard, &image, &message);
    }
    if (error)
        *error = image.isNull() ? message : QString();
    return image;
}

std::unique_ptr<PdfEngineDocument> PdfRenderer::warmDocument()
{
    const PdfEngine* engine = PdfEngine::instance();
    std::unique_ptr<PdfEngineDocument> document = engine ? engine->load(warmUpPdf()) : nullptr;
    if (document)
        document->render(0, 72, [] { return false; });
    return document;
}

void PdfRenderer::warmUp()
{
    static std::once_flag once;
    // call_once also makes every other thread wait until the first drawing is complete.
    std::call_once(once, [] {
        const PdfEngine* engine = PdfEngine::instance();
        if (!engine)
            return;
        if (const std::unique_ptr<PdfEngineDocument> document = engine->load(warmUpPdf()))
            document->render(0, 72, [] { return false; });
    });
}

} // namespace karier
