// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPixmap>
#include <QSizeF>
#include <QString>
#include <QWidget>
#include <functional>

class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTimer;
class QToolButton;
class QUrl;

namespace karier {

class MessageBanner;
class PdfRenderer;

namespace detail {
class PdfPageCanvas;
class PdfBusyIndicator;
} // namespace detail

/// Shows one page of a PDF at a time, for an uploader checking a file before sending it and for
/// a verifier reading the evidence.
///
/// A toolbar (previous/next page, "Halaman N dari M", zoom out/in, a zoom list with "Sesuai lebar",
/// "Buka di aplikasi lain") above the page in a scroll area. Pages are drawn by a PdfRenderer on
/// its own thread at the screen's device-pixel ratio; the GUI thread only turns the finished image
/// into a pixmap. While a page is being drawn the previous picture stays (scaled) and "Memuat
/// pratinjau…" appears; a zoom or size change is drawn again after 100 ms of calm. Without a
/// document the widget shows a calm empty state; a file that cannot be shown, an error state.
///
/// Keyboard: PgUp/PgDn previous/next page, Ctrl+plus/Ctrl+minus zoom, Ctrl+wheel zoom.
/// Zoom 1.0 (100%) shows a page at its printed size at 96 logical dpi.
class PdfPreview : public QWidget
{
    Q_OBJECT

public:
    static constexpr double MinZoom = 0.25;
    static constexpr double MaxZoom = 4.0;
    static constexpr int RenderDelayMs = 100;

    explicit PdfPreview(QWidget* parent = nullptr);
    ~PdfPreview() override;

    /// Shows \a pdf from its first page; \a fileName (without folders) names the file for "Buka di
    /// aplikasi lain". Emits documentLoaded() or loadFailed() when the file is read.
    void setDocument(const QByteArray& pdf, const QString& fileName);
    /// The same, painting \a firstPage at once: the first page as the check drew it (a page of
    /// \a firstPageSizePt points, PdfCheckResult::firstPage), so that the user sees the checked page
    /// without waiting for it to be drawn a second time. When it has the width fitWidthPixels() gave
    /// (the usual case) the renderer never draws page 1 at that zoom; otherwise it stands in, scaled,
    /// until the renderer's picture comes. The other pages come from the renderer as always.
    void setDocument(
        const QByteArray& pdf, const QString& fileName, const QImage& firstPage, QSizeF firstPageSizePt);
    /// Shows \a firstPage (of \a firstPageSizePt points) without a document: the first page as the
    /// child that checks the file drew it, while the check goes on. No other page, no "Buka di aplikasi
    /// lain" until setDocument(); clear() or setDocument() replaces it.
    void showCheckingPage(const QImage& firstPage, QSizeF firstPageSizePt);
    /// The width in device pixels at which a page fills the view's width ("Sesuai lebar"), at the
    /// widget's present size: what a check is asked to hand back (PdfCheckOptions::firstPageWidth).
    int fitWidthPixels() const;
    /// Back to the empty state.
    void clear();

    bool hasDocument() const { return !m_pdf.isEmpty(); }
    QString fileName() const { return m_fileName; }
    /// 0 until the document is read (and for a file that cannot be shown).
    int pageCount() const;
    /// 0-based.
    int currentPage() const { return m_page; }
    /// Clamped to the document; ignored before documentLoaded().
    void setCurrentPage(int page);

    /// The zoom in use (also while fitting to the width); 1.0 = 100%.
    double zoom() const { return m_zoom; }
    /// Clamped to [MinZoom, MaxZoom]; leaves "Sesuai lebar".
    void setZoom(double zoom);
    /// Zooms so that the page fills the width of the view, and keeps doing so when it is resized.
    void fitToWidth();
    bool isFitToWidth() const { return m_fitToWidth; }

    /// True while the document is read or the current page is drawn.
    bool isBusy() const { return m_loading || m_rendering; }
    /// The picture of the current page as last drawn (device pixels, with its device-pixel ratio);
    /// null while there is none. For tests and screenshots.
    QPixmap pagePixmap() const;

    /// Writes the document under its original name to a new folder in the temporary location (on a
    /// worker thread) and then opens it with the desktop's PDF application; openedExternally tells
    /// how that went (a failure is also said in the widget). False, and nothing happens, without a
    /// document.
    bool openExternally();

public Q_SLOTS:
    void nextPage();
    void previousPage();
    void zoomIn();
    void zoomOut();

Q_SIGNALS:
    void documentLoaded(int pageCount);
    /// The picture of \a page is on screen (once per page change, not on redraws after zooming).
    void pageShown(int page);
    /// \a message is Indonesian.
    void loadFailed(const QString& message);
    /// The end of openExternally(): \a ok when the desktop accepted to open the copy.
    void openedExternally(bool ok);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    /// Forgets the pages of the document shown (sizes, current page, pending pictures).
    void forgetPages();
    enum class View { Empty, Page, Error };

    void buildUi();
    void setView(View view);
    void onOpened(int pageCount, const QList<QSizeF>& pageSizesPt);
    void onFailed(const QString& message);
    void onPageReady(int page, const QImage& image, int generation);
    void onPageFailed(int page, const QString& message, int generation);
    void adoptPendingImage();
    /// Paints \a firstPage as page 1 now (setDocument with a first page, showCheckingPage).
    void paintFirstPage(const QImage& firstPage, QSizeF firstPageSizePt);
    void onZoomActivated(int index);
    /// Sizes the canvas for the current page and zoom; \a keepScroll keeps the relative position.
    void layoutPage(bool keepScroll);
    /// Fit-to-width zoom for the current viewport width.
    double fitZoom() const;
    void applyZoom(double zoom, bool fit);
    void scheduleRender();
    void renderNow();
    void setRendering(bool rendering);
    void updateControls();
    void updateZoomCombo();
    void positionBusyIndicator();
    void showBanner(const QString& message);
    void hideBanner();
    QSizeF pageSizePt(int page) const;
    /// The width available to a page at "Sesuai lebar", in logical pixels.
    int fitWidth() const;

    PdfRenderer* m_renderer = nullptr;
    QByteArray m_pdf;
    QString m_fileName;
    QList<QSizeF> m_pageSizesPt;
    int m_page = 0;
    double m_zoom = 1.0;
    bool m_fitToWidth = true;
    bool m_loading = false;
    bool m_rendering = false;
    int m_generation = 0;
    qreal m_requestedDpr = 1.0;
    int m_shownPage = -1; ///< the page whose picture was last announced by pageShown
    QImage m_pendingImage;
    int m_pendingGeneration = -1;
    bool m_adoptQueued = false;
    View m_view = View::Empty;
    /// Until the renderer has opened the document: the first page's size from the check's picture.
    QSizeF m_firstPageSizePt;
    /// The zoom at which the check's picture of page 1 is exact (the renderer need not draw it);
    /// 0 when there is none.
    double m_firstPageZoom = 0.0;

    QFrame* m_toolbar = nullptr;
    QToolButton* m_previousButton = nullptr;
    QToolButton* m_nextButton = nullptr;
    QLabel* m_pageLabel = nullptr;
    QToolButton* m_zoomOutButton = nullptr;
    QToolButton* m_zoomInButton = nullptr;
    QComboBox* m_zoomCombo = nullptr;
    QToolButton* m_openButton = nullptr;
    MessageBanner* m_banner = nullptr;
    QWidget* m_bannerArea = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_emptyState = nullptr;
    QWidget* m_errorState = nullptr;
    QLabel* m_errorMessage = nullptr;
    QScrollArea* m_scrollArea = nullptr;
    detail::PdfPageCanvas* m_canvas = nullptr;
    detail::PdfBusyIndicator* m_busy = nullptr;
    QTimer* m_renderTimer = nullptr;
    QTimer* m_busyDelay = nullptr;
};

} // namespace karier
