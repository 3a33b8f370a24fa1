// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <memory>

class QThread;

namespace karier {

class PdfEngineDocument;

namespace detail {
struct PdfRendererState;
class PdfRenderWorker;
} // namespace detail

/// Draws the pages of one PDF for viewing, off the calling thread.
///
/// The renderer owns one Poppler document, which lives on the renderer's own worker QThread:
/// every Poppler call on it happens there, one at a time (one document per thread; see the
/// notes on Poppler's thread-safety). The calling thread (normally the GUI thread) only posts
/// requests and receives the answers as queued signals, so it never waits for Poppler.
///
///   open(bytes)                        -> opened(pageCount, pageSizesPt) or failed(message)
///   requestPage(page, dpi, generation) -> pageReady(page, image, generation) or pageFailed(...)
///
/// Generations: the caller numbers its requests (e.g. one number per zoom level or view state).
/// A request whose generation is lower than the highest one requested since open() is stale: it
/// is not drawn, a drawing of it in progress is aborted and its result is never emitted. Of the
/// requests for one page only the newest counts; an older one for the same page is dropped the
/// same way. Every request for a page that is neither stale nor superseded ends in exactly one
/// pageReady or pageFailed.
///
/// Each drawing is antialiased, limited to maxPixels() (the dpi is lowered for huge pages, see
/// clampDpi) and to renderBudgetMs() of interpretation (Poppler's abort callback, which also
/// stops it at once on cancelAll(), open() or destruction). Poppler's debug output is silenced.
/// Locked documents (a user password is needed) are refused; a document with only an owner
/// password opens, as in PdfInspector.
class PdfRenderer : public QObject
{
    Q_OBJECT

public:
    /// 25 megapixels: an A4 page at about 600 dpi, 100 MB as RGB32.
    static constexpr qint64 DefaultMaxPixels = 25'000'000;
    /// No image side is longer than this, whatever its area.
    static constexpr int MaxSidePixels = 16384;
    static constexpr int DefaultRenderBudgetMs = 10000;

    explicit PdfRenderer(QObject* parent = nullptr);
    /// Aborts the drawing in progress and tells the worker thread to stop, without waiting for it:
    /// the thread deletes the document and itself when it has ended (the application waits for
    /// such threads at exit, 5 s at most). No signal is emitted afterwards.
    ~PdfRenderer() override;

    /// Loads \a pdf (copied) on the worker, replacing the current document. Requests for the
    /// previous document are dropped. Emits opened() or failed() for the last call only.
    void open(const QByteArray& pdf);
    /// Drops the document (and every request) and frees its memory on the worker.
    void close();
    /// Asks for page \a page (0-based) at \a dpi (clamped, see clampDpi). Ignored without an
    /// open document, when \a generation is stale or \a dpi is not a positive number. May be
    /// called right after open(): the request waits for the document.
    void requestPage(int page, double dpi, int generation);
    /// Drops every pending request and aborts the drawing in progress; none of them is answered.
    void cancelAll();

    bool isOpen() const { return m_pageCount > 0; }
    /// Known once opened() was emitted; 0 before.
    int pageCount() const { return m_pageCount; }
    /// The size of each page in points (1/72 inch), rotation applied; empty before opened().
    const QList<QSizeF>& pageSizesPt() const { return m_pageSizesPt; }

    void setMaxPixels(qint64 maxPixels);
    qint64 maxPixels() const;
    void setRenderBudgetMs(int milliseconds);
    int renderBudgetMs() const;

    /// The dpi at which a page of \a pageSizePt is drawn when \a dpi is asked for: \a dpi, or less
    /// so that the image has at most \a maxPixels pixels and no side longer than MaxSidePixels.
    /// 0 for an invalid page size or dpi.
    static double clampDpi(QSizeF pageSizePt, double dpi, qint64 maxPixels = DefaultMaxPixels);

    /// Draws the first page of \a pdf at \a dpi (clamped to DefaultMaxPixels) on the calling
    /// thread, with the default time budget: for thumbnails on worker threads and benchmarks.
    /// Never call it on the GUI thread. On failure it returns a null image and, when \a error is
    /// given, an Indonesian message. Thread-safe (each call has its own document).
    static QImage renderFirstPage(const QByteArray& pdf, double dpi, QString* error = nullptr);
    /// The same, at the dpi that makes the first page as large as fits into \a fitInto pixels
    /// (aspect ratio kept): for thumbnails, whatever the page size.
    static QImage renderFirstPage(const QByteArray& pdf, QSize fitInto, QString* error = nullptr);

    /// Draws a tiny built-in page once per process, on the calling thread, so that Poppler's
    /// lazily created globals (colour profiles, fonts) exist before several threads draw at the
    /// same time (the lcms race of Poppler 22.12). Every drawing path calls it first; calling it
    /// early from one thread is optional.
    static void warmUp();
    /// A small document drawn once, for a process that checks one file next: while it is kept,
    /// Poppler keeps its global tables (it drops them with its last document), so the next document
    /// opens without reading them again. Null without a PDF engine.
    static std::unique_ptr<PdfEngineDocument> warmDocument();

Q_SIGNALS:
    void opened(int pageCount, const QList<QSizeF>& pageSizesPt);
    /// \a message is Indonesian and says what to do.
    void failed(const QString& message);
    /// \a image has the pixel size of the page at the (clamped) dpi; devicePixelRatio 1.
    void pageReady(int page, const QImage& image, int generation);
    /// The page could not be drawn (broken, too complex for the time budget).
    void pageFailed(int page, const QString& message, int generation);

private:
    friend class detail::PdfRenderWorker;
    /// A new serial for open() (\a documentSet) or close(): what was known of the last document is
    /// forgotten, its pending requests dropped and the drawing in flight aborted.
    quint64 beginDocument(bool documentSet);
    void onOpened(quint64 serial, int pageCount, const QList<QSizeF>& sizes, const QString& error);
    void onRendered(quint64 serial, quint64 sequence, int page, const QImage& image, int generation,
        const QString& error);
    void postProcess();

    std::shared_ptr<detail::PdfRendererState> m_state;
    QThread* m_thread = nullptr;
    detail::PdfRenderWorker* m_worker = nullptr;
    quint64 m_serial = 0; ///< number of the last open()/close()
    bool m_documentSet = false; ///< open() was called, close() was not
    quint64 m_sequence = 0; ///< number of the last request
    int m_maxGeneration = 0;
    bool m_hasGeneration = false;
    QHash<int, quint64> m_latestRequest; ///< page -> sequence of its newest request
    int m_pageCount = 0;
    QList<QSizeF> m_pageSizesPt;
};

} // namespace karier
