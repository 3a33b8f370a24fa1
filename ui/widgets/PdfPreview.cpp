// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PdfPreview.h"

#include "common/Async.h"
#include "common/Interaction.h"
#include "common/Theme.h"
#include "documents/PdfRenderer.h"
#include "widgets/MessageBanner.h"
#include "widgets/PdfBusyIndicator.h"
#include "widgets/PdfPageCanvas.h"
#include "widgets/PdfPreviewTools.h"
#include "widgets/PdfThumbnail.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace karier {

namespace {

constexpr double LogicalDpi = 96.0;
constexpr int BusyDelayMs = 150;
constexpr std::array<double, 9> ZoomSteps {0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0};
constexpr std::array<double, 6> ZoomPresets {0.5, 0.75, 1.0, 1.25, 1.5, 2.0};
constexpr double FitMarker = -1.0;
constexpr int CustomRole = Qt::UserRole + 1;

bool sameZoom(double a, double b)
{
    return std::abs(a - b) < 0.005;
}

} // namespace

using detail::makeStateLabel;
using detail::safeFileName;
using detail::ToolIcon;
using detail::toolIcon;
using detail::writeTemporaryCopy;

PdfPreview::PdfPreview(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pdfPreview"));
    setFocusPolicy(Qt::StrongFocus);
    buildUi();

    m_renderTimer = new QTimer(this);
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(RenderDelayMs);
    connect(m_renderTimer, &QTimer::timeout, this, &PdfPreview::renderNow);
    m_busyDelay = new QTimer(this);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(BusyDelayMs);
    connect(m_busyDelay, &QTimer::timeout, this, [this] {
        if (isBusy()) {
            positionBusyIndicator();
            m_busy->show();
            m_busy->raise();
        }
    });

    setView(View::Empty);
    updateControls();
    updateZoomCombo();
}

PdfPreview::~PdfPreview() = default;

void PdfPreview::buildUi()
{
    auto* toolbar = new QFrame(this);
    m_toolbar = toolbar;
    toolbar->setObjectName(QStringLiteral("previewToolbar"));

    const auto makeButton = [toolbar](const char* objectName, const QString& text, const QString& tip) {
        auto* button = new QToolButton(toolbar);
        button->setObjectName(QLatin1String(objectName));
        button->setText(text);
        button->setToolTip(tip);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::TabFocus);
        return button;
    };

    m_previousButton = makeButton("previousPageButton", tr("Sebelumnya"), tr("Halaman sebelumnya (PgUp)"));
    m_previousButton->setIcon(toolIcon(ToolIcon::Previous));
    m_previousButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_nextButton = new detail::TrailingIconToolButton(toolbar);
    m_nextButton->setObjectName(QStringLiteral("nextPageButton"));
    m_nextButton->setText(tr("Berikutnya"));
    m_nextButton->setToolTip(tr("Halaman berikutnya (PgDn)"));
    m_nextButton->setAutoRaise(true);
    m_nextButton->setFocusPolicy(Qt::TabFocus);
    m_nextButton->setIcon(toolIcon(ToolIcon::Next));
    m_nextButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pageLabel = new QLabel(toolbar);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_pageLabel->setTextFormat(Qt::PlainText);
    m_pageLabel->setMinimumWidth(
        QFontMetrics(m_pageLabel->font()).horizontalAdvance(tr("Halaman %1 dari %2").arg(88).arg(88)) + 8);
    m_pageLabel->setAlignment(Qt::AlignCenter);

    m_zoomOutButton = makeButton("zoomOutButton", QStringLiteral("−"), tr("Perkecil (Ctrl+−)"));
    m_zoomOutButton->setAccessibleName(tr("Perkecil"));
    m_zoomInButton = makeButton("zoomInButton", QStringLiteral("+"), tr("Perbesar (Ctrl++)"));
    m_zoomInButton->setAccessibleName(tr("Perbesar"));
    for (QToolButton* button : {m_zoomOutButton, m_zoomInButton}) {
        QFont font = button->font();
        font.setPointSizeF(font.pointSizeF() * 1.25);
        font.setBold(true);
        button->setFont(font);
        button->setFixedWidth(button->sizeHint().height() + 4);
    }
    m_zoomCombo = new QComboBox(toolbar);
    m_zoomCombo->setObjectName(QStringLiteral("zoomCombo"));
    m_zoomCombo->setToolTip(tr("Perbesaran"));
    m_zoomCombo->setAccessibleName(tr("Perbesaran"));
    m_zoomCombo->setFocusPolicy(Qt::TabFocus);
    for (double preset : ZoomPresets)
        m_zoomCombo->addItem(tr("%1%").arg(qRound(preset * 100)), preset);
    m_zoomCombo->addItem(tr("Sesuai lebar"), FitMarker);
    m_zoomCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_zoomCombo, &QComboBox::activated, this, &PdfPreview::onZoomActivated);

    m_openButton = makeButton("openExternallyButton", tr("Buka di aplikasi lain"),
        tr("Buka dokumen ini dengan aplikasi PDF di komputer Anda"));
    m_openButton->setIcon(toolIcon(ToolIcon::OpenExternally));
    m_openButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    connect(m_previousButton, &QToolButton::clicked, this, &PdfPreview::previousPage);
    connect(m_nextButton, &QToolButton::clicked, this, &PdfPreview::nextPage);
    connect(m_zoomOutButton, &QToolButton::clicked, this, &PdfPreview::zoomOut);
    connect(m_zoomInButton, &QToolButton::clicked, this, &PdfPreview::zoomIn);
    connect(m_openButton, &QToolButton::clicked, this, &PdfPreview::openExternally);

    auto* toolbarLayout = new QHBoxLayout(toolbar);
    toolbarLayout->setContentsMargins(8, 5, 8, 5);
    toolbarLayout->setSpacing(4);
    toolbarLayout->addWidget(m_previousButton);
    toolbarLayout->addWidget(m_pageLabel);
    toolbarLayout->addWidget(m_nextButton);
    toolbarLayout->addStretch(1);
    toolbarLayout->addWidget(m_zoomOutButton);
    toolbarLayout->addWidget(m_zoomCombo);
    toolbarLayout->addWidget(m_zoomInButton);
    toolbarLayout->addSpacing(12);
    toolbarLayout->addWidget(m_openButton);

    m_banner = new MessageBanner(this); // placed in m_bannerArea below
    m_banner->setObjectName(QStringLiteral("previewBanner"));

    m_emptyState = detail::makeEmptyState(this);
    m_errorState = detail::makeErrorState(this, &m_errorMessage);

    // The page.
    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setObjectName(QStringLiteral("pageScrollArea"));
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scrollArea->setWidgetResizable(false);
    m_canvas = new detail::PdfPageCanvas(m_scrollArea);
    m_scrollArea->setWidget(m_canvas);
    m_scrollArea->installEventFilter(this);
    m_scrollArea->viewport()->installEventFilter(this);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("previewStack"));
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_scrollArea);
    m_stack->addWidget(m_errorState);
    m_stack->installEventFilter(this);
    for (QWidget* page : {static_cast<QWidget*>(m_emptyState), m_scrollArea->viewport(), m_errorState}) {
        QPalette palette = page->palette();
        palette.setColor(QPalette::Window, Theme::colour("previewBack"));
        page->setPalette(palette);
        page->setBackgroundRole(QPalette::Window);
        page->setAutoFillBackground(true);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    m_bannerArea = new QWidget(this);
    m_bannerArea->setObjectName(QStringLiteral("bannerArea"));
    auto* bannerBox = new QVBoxLayout(m_bannerArea);
    bannerBox->setContentsMargins(8, 8, 8, 8);
    bannerBox->addWidget(m_banner);
    m_bannerArea->hide();
    layout->addWidget(m_bannerArea);
    layout->addWidget(m_stack, 1);

    m_busy = new detail::PdfBusyIndicator(this);
}

void PdfPreview::setDocument(
    const QByteArray& pdf, const QString& fileName, const QImage& firstPage, QSizeF firstPageSizePt)
{
    setDocument(pdf, fileName);
    if (firstPage.isNull() || firstPageSizePt.isEmpty())
        return;
    // Page 1 as the check drew it, painted now; the document is opened behind it.
    paintFirstPage(firstPage, firstPageSizePt);
}

void PdfPreview::showCheckingPage(const QImage& firstPage, QSizeF firstPageSizePt)
{
    if (firstPage.isNull() || firstPageSizePt.isEmpty())
        return;
    clear(); // no document behind it: this picture alone
    setView(View::Page);
    paintFirstPage(firstPage, firstPageSizePt);
    updateControls();
}

void PdfPreview::paintFirstPage(const QImage& firstPage, QSizeF firstPageSizePt)
{
    m_firstPageSizePt = firstPageSizePt;
    if (m_fitToWidth)
        m_zoom = fitZoom();
    layoutPage(false);
    const double dpr = devicePixelRatioF();
    const int wanted = qRound(firstPageSizePt.width() * LogicalDpi / 72.0 * m_zoom * dpr);
    m_firstPageZoom = std::abs(firstPage.width() - wanted) <= 1 ? m_zoom : 0.0;
    QPixmap pixmap = QPixmap::fromImage(firstPage);
    // Not exact (another width): its own ratio, and the canvas fits it to the sheet.
    pixmap.setDevicePixelRatio(m_firstPageZoom > 0.0
            ? dpr
            : firstPage.width() / (firstPageSizePt.width() * LogicalDpi / 72.0 * m_zoom));
    m_canvas->setPixmap(pixmap);
    m_canvas->show();
    m_busy->hide();
    m_scrollArea->verticalScrollBar()->setValue(0);
    m_scrollArea->horizontalScrollBar()->setValue(0);
    updateZoomCombo();
    m_shownPage = 0;
    Q_EMIT pageShown(0);
}

int PdfPreview::fitWidthPixels() const
{
    return qRound(fitWidth() * devicePixelRatioF());
}

int PdfPreview::fitWidth() const
{
    // As if the vertical scroll bar were shown, so that its coming and going cannot make the zoom
    // swing back and forth. The scroll area is as wide as this widget (no margins around it): its
    // width is known before it has been laid out, as when the document is set while hidden.
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scrollArea);
    return width() - 2 * m_scrollArea->frameWidth() - scrollBar - 2 * detail::PdfPageCanvas::Margin;
}

void PdfPreview::setDocument(const QByteArray& pdf, const QString& fileName)
{
    if (!m_renderer) {
        m_renderer = new PdfRenderer(this);
        connect(m_renderer, &PdfRenderer::opened, this, &PdfPreview::onOpened);
        connect(m_renderer, &PdfRenderer::failed, this, &PdfPreview::onFailed);
        connect(m_renderer, &PdfRenderer::pageReady, this, &PdfPreview::onPageReady);
        connect(m_renderer, &PdfRenderer::pageFailed, this, &PdfPreview::onPageFailed);
    }
    m_pdf = pdf;
    m_fileName = QFileInfo(fileName).fileName();
    forgetPages();
    hideBanner();
    m_canvas->clearPixmap();
    m_canvas->setMessage(QString());
    m_canvas->hide(); // until the page size is known
    m_loading = true;
    setRendering(false);
    setView(View::Page);
    // Reading takes a moment: say so at once, there is nothing else to show.
    positionBusyIndicator();
    m_busy->show();
    m_busy->raise();
    m_renderer->open(pdf);
    updateControls();
}

void PdfPreview::forgetPages()
{
    m_pageSizesPt.clear();
    m_page = 0;
    m_shownPage = -1;
    m_pendingImage = QImage();
    m_firstPageSizePt = QSizeF();
    m_firstPageZoom = 0.0;
    ++m_generation; // pages still being drawn for the document before are dropped
    m_renderTimer->stop();
}

void PdfPreview::clear()
{
    if (m_renderer)
        m_renderer->close();
    m_pdf.clear();
    m_fileName.clear();
    forgetPages();
    m_loading = false;
    setRendering(false);
    hideBanner();
    m_canvas->clearPixmap();
    m_canvas->setMessage(QString());
    setView(View::Empty);
    updateControls();
}

int PdfPreview::pageCount() const
{
    return int(m_pageSizesPt.size());
}

void PdfPreview::setCurrentPage(int page)
{
    if (m_pageSizesPt.isEmpty())
        return;
    page = std::clamp(page, 0, pageCount() - 1);
    if (page == m_page)
        return;
    m_page = page;
    m_canvas->clearPixmap();
    m_canvas->setMessage(QString());
    if (m_fitToWidth)
        m_zoom = fitZoom();
    layoutPage(false);
    m_scrollArea->verticalScrollBar()->setValue(0);
    renderNow();
    updateControls();
    updateZoomCombo();
}

void PdfPreview::nextPage()
{
    setCurrentPage(m_page + 1);
}

void PdfPreview::previousPage()
{
    setCurrentPage(m_page - 1);
}

void PdfPreview::setZoom(double zoom)
{
    applyZoom(zoom, false);
}

void PdfPreview::fitToWidth()
{
    applyZoom(fitZoom(), true);
}

void PdfPreview::zoomIn()
{
    const auto next = std::find_if(
        ZoomSteps.begin(), ZoomSteps.end(), [this](double step) { return step > m_zoom + 0.005; });
    applyZoom(next == ZoomSteps.end() ? MaxZoom : *next, false);
}

void PdfPreview::zoomOut()
{
    const auto previous = std::find_if(
        ZoomSteps.rbegin(), ZoomSteps.rend(), [this](double step) { return step < m_zoom - 0.005; });
    applyZoom(previous == ZoomSteps.rend() ? MinZoom : *previous, false);
}

void PdfPreview::applyZoom(double zoom, bool fit)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    m_fitToWidth = fit;
    const bool changed = !sameZoom(zoom, m_zoom);
    m_zoom = zoom;
    if (changed && !m_pageSizesPt.isEmpty()) {
        layoutPage(true);
        scheduleRender();
    }
    updateControls();
    updateZoomCombo();
}

double PdfPreview::fitZoom() const
{
    const QSizeF size = pageSizePt(m_page);
    if (size.isEmpty())
        return m_zoom;
    const int available = fitWidth();
    const double widthPx = size.width() * LogicalDpi / 72.0;
    return std::clamp(available / widthPx, MinZoom, MaxZoom);
}

QSizeF PdfPreview::pageSizePt(int page) const
{
    if (m_pageSizesPt.isEmpty() && page == 0)
        return m_firstPageSizePt; // the check's picture is shown, the document not yet opened
    return page >= 0 && page < m_pageSizesPt.size() ? m_pageSizesPt.at(page) : QSizeF();
}

void PdfPreview::layoutPage(bool keepScroll)
{
    const QSizeF size = pageSizePt(m_page);
    if (size.isEmpty())
        return;
    QScrollBar* horizontal = m_scrollArea->horizontalScrollBar();
    QScrollBar* vertical = m_scrollArea->verticalScrollBar();
    const auto fraction = [](const QScrollBar* bar) {
        const int span = bar->maximum() + bar->pageStep();
        return span > 0 ? (bar->value() + bar->pageStep() / 2.0) / span : 0.0;
    };
    const double x = fraction(horizontal);
    const double y = fraction(vertical);
    const double scale = LogicalDpi / 72.0 * m_zoom;
    m_canvas->setPageSize(QSize(qRound(size.width() * scale), qRound(size.height() * scale)));
    if (keepScroll) {
        const auto restore = [](QScrollBar* bar, double f) {
            const int span = bar->maximum() + bar->pageStep();
            bar->setValue(qRound(f * span - bar->pageStep() / 2.0));
        };
        restore(horizontal, x);
        restore(vertical, y);
    }
}

void PdfPreview::scheduleRender()
{
    if (m_pageSizesPt.isEmpty())
        return;
    m_renderTimer->start();
    setRendering(true);
}

void PdfPreview::renderNow()
{
    m_renderTimer->stop();
    if (m_pageSizesPt.isEmpty() || !m_renderer)
        return;
    ++m_generation;
    m_requestedDpr = devicePixelRatioF();
    m_renderer->requestPage(m_page, LogicalDpi * m_zoom * m_requestedDpr, m_generation);
    setRendering(true);
}

void PdfPreview::setRendering(bool rendering)
{
    m_rendering = rendering;
    if (m_loading)
        return; // shown already
    if (!rendering) {
        m_busyDelay->stop();
        m_busy->hide();
    } else if (!m_busy->isVisible() && !m_busyDelay->isActive()) {
        m_busyDelay->start();
    }
}

void PdfPreview::onOpened(int pageCount, const QList<QSizeF>& pageSizesPt)
{
    m_loading = false;
    m_busy->hide();
    m_pageSizesPt = pageSizesPt;
    m_page = 0;
    if (m_fitToWidth)
        m_zoom = fitZoom();
    layoutPage(false);
    m_canvas->show();
    const bool firstPageExact = m_firstPageZoom > 0.0 && sameZoom(m_zoom, m_firstPageZoom)
        && !pageSizesPt.isEmpty() && std::abs(pageSizesPt.first().width() - m_firstPageSizePt.width()) < 0.5
        && std::abs(pageSizesPt.first().height() - m_firstPageSizePt.height()) < 0.5;
    m_firstPageSizePt = QSizeF();
    m_firstPageZoom = 0.0;
    if (!firstPageExact) {
        m_scrollArea->verticalScrollBar()->setValue(0);
        m_scrollArea->horizontalScrollBar()->setValue(0);
        renderNow(); // the check's picture, if any, stays until this one comes
    } else {
        m_requestedDpr = devicePixelRatioF(); // page 1 is the check's picture, already on screen
    }
    updateControls();
    updateZoomCombo();
    Q_EMIT documentLoaded(pageCount);
}

void PdfPreview::onFailed(const QString& message)
{
    m_loading = false;
    setRendering(false);
    m_busy->hide();
    m_errorMessage->setText(message);
    setView(View::Error);
    updateControls();
    Q_EMIT loadFailed(message);
}

void PdfPreview::onPageReady(int page, const QImage& image, int generation)
{
    if (generation != m_generation || page != m_page)
        return;
    // The pixmap is made in a moment, once the renderer's copy of the image is released, so that
    // QPixmap::fromImage can take the pixels over instead of copying them.
    m_pendingImage = image;
    m_pendingGeneration = generation;
    if (!m_adoptQueued) {
        m_adoptQueued = true;
        QMetaObject::invokeMethod(this, &PdfPreview::adoptPendingImage, Qt::QueuedConnection);
    }
}

void PdfPreview::adoptPendingImage()
{
    m_adoptQueued = false;
    if (m_pendingImage.isNull() || m_pendingGeneration != m_generation) {
        m_pendingImage = QImage();
        return;
    }
    QPixmap pixmap = QPixmap::fromImage(std::move(m_pendingImage));
    m_pendingImage = QImage();
    pixmap.setDevicePixelRatio(m_requestedDpr);
    m_canvas->setPixmap(pixmap);
    setRendering(false);
    if (m_shownPage != m_page) {
        m_shownPage = m_page;
        Q_EMIT pageShown(m_page);
    }
}

void PdfPreview::onPageFailed(int page, const QString& message, int generation)
{
    if (generation != m_generation || page != m_page)
        return;
    m_canvas->clearPixmap();
    m_canvas->setMessage(message);
    setRendering(false);
}

QPixmap PdfPreview::pagePixmap() const
{
    return m_canvas->pixmap();
}

void PdfPreview::onZoomActivated(int index)
{
    const double value = m_zoomCombo->itemData(index).toDouble();
    if (value == FitMarker)
        fitToWidth();
    else
        setZoom(value);
}

void PdfPreview::updateZoomCombo()
{
    const QSignalBlocker blocker(m_zoomCombo);
    if (m_zoomCombo->count() > 0 && m_zoomCombo->itemData(0, CustomRole).toBool())
        m_zoomCombo->removeItem(0);
    if (m_fitToWidth) {
        m_zoomCombo->setCurrentIndex(m_zoomCombo->findData(FitMarker));
        return;
    }
    for (int i = 0; i < m_zoomCombo->count(); ++i) {
        const double value = m_zoomCombo->itemData(i).toDouble();
        if (value > 0 && sameZoom(value, m_zoom)) {
            m_zoomCombo->setCurrentIndex(i);
            return;
        }
    }
    m_zoomCombo->insertItem(0, tr("%1%").arg(qRound(m_zoom * 100)), m_zoom);
    m_zoomCombo->setItemData(0, true, CustomRole);
    m_zoomCombo->setCurrentIndex(0);
}

void PdfPreview::updateControls()
{
    const bool showing = m_view == View::Page && !m_pageSizesPt.isEmpty();
    const int count = pageCount();
    m_previousButton->setEnabled(showing && m_page > 0);
    m_nextButton->setEnabled(showing && m_page < count - 1);
    m_pageLabel->setText(showing ? tr("Halaman %1 dari %2").arg(m_page + 1).arg(count) : QString());
    m_pageLabel->setEnabled(showing);
    m_zoomOutButton->setEnabled(showing && m_zoom > MinZoom + 0.001);
    m_zoomInButton->setEnabled(showing && m_zoom < MaxZoom - 0.001);
    m_zoomCombo->setEnabled(showing);
    m_openButton->setEnabled(!m_pdf.isEmpty());
    // Nothing to page or zoom without pages; no toolbar at all without a document.
    const bool pageTools = m_view == View::Page;
    for (QWidget* tool : std::initializer_list<QWidget*> {
             m_previousButton, m_pageLabel, m_nextButton, m_zoomOutButton, m_zoomCombo, m_zoomInButton})
        tool->setVisible(pageTools);
    m_toolbar->setVisible(m_view != View::Empty);
}

void PdfPreview::setView(View view)
{
    m_view = view;
    switch (view) {
    case View::Empty:
        m_stack->setCurrentWidget(m_emptyState);
        break;
    case View::Page:
        m_stack->setCurrentWidget(m_scrollArea);
        break;
    case View::Error:
        m_stack->setCurrentWidget(m_errorState);
        break;
    }
    if (view != View::Page)
        m_busy->hide();
}

void PdfPreview::positionBusyIndicator()
{
    const QRect area = m_stack->geometry();
    m_busy->move(area.center().x() - m_busy->width() / 2, area.top() + std::min(48, area.height() / 3));
}

bool PdfPreview::openExternally()
{
    if (m_pdf.isEmpty())
        return false;
    // The copy is written on a worker; the desktop is asked to open it back on this thread.
    runCpu(
        this, [pdf = m_pdf, name = safeFileName(m_fileName)] { return writeTemporaryCopy(pdf, name); },
        [this](const QString& path) {
            if (path.isEmpty()) {
                showBanner(tr("Salinan dokumen tidak dapat disimpan di folder sementara, sehingga "
                              "dokumen tidak dapat dibuka di aplikasi lain."));
                Q_EMIT openedExternally(false);
                return;
            }
            const QUrl url = QUrl::fromLocalFile(path);
            const bool ok = Interaction::current().openUrl(url);
            if (ok)
                hideBanner();
            else
                showBanner(tr("Tidak ada aplikasi yang dapat membuka file PDF di komputer ini. Pasang "
                              "aplikasi pembaca PDF lalu coba lagi."));
            Q_EMIT openedExternally(ok);
        });
    return true;
}

void PdfPreview::showBanner(const QString& message)
{
    m_banner->showError(message);
    m_bannerArea->show();
}

void PdfPreview::hideBanner()
{
    m_banner->clear();
    m_bannerArea->hide();
}

void PdfPreview::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_PageDown && event->modifiers() == Qt::NoModifier) {
        nextPage();
    } else if (event->key() == Qt::Key_PageUp && event->modifiers() == Qt::NoModifier) {
        previousPage();
    } else if (event->matches(QKeySequence::ZoomIn)
        || ((event->modifiers() & Qt::ControlModifier)
            && (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal))) {
        zoomIn();
    } else if (event->matches(QKeySequence::ZoomOut)
        || ((event->modifiers() & Qt::ControlModifier) && event->key() == Qt::Key_Minus)) {
        zoomOut();
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool PdfPreview::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_stack && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        positionBusyIndicator();
    if (watched == m_scrollArea) {
        if (event->type() == QEvent::KeyPress) {
            auto* key = static_cast<QKeyEvent*>(event);
            // The scroll area would scroll by a screen on PgUp/PgDn: here they turn the page.
            const bool pageKey = (key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp)
                && key->modifiers() == Qt::NoModifier;
            const bool zoomKey = (key->modifiers() & Qt::ControlModifier)
                && (key->key() == Qt::Key_Plus || key->key() == Qt::Key_Equal || key->key() == Qt::Key_Minus);
            if (pageKey || zoomKey) {
                keyPressEvent(key);
                return true;
            }
        } else if (event->type() == QEvent::Resize && m_fitToWidth && !m_pageSizesPt.isEmpty()) {
            const double zoom = fitZoom();
            if (!sameZoom(zoom, m_zoom)) {
                m_zoom = zoom;
                layoutPage(true);
                scheduleRender();
                updateControls();
            }
        }
    } else if (watched == m_scrollArea->viewport() && event->type() == QEvent::Wheel) {
        auto* wheel = static_cast<QWheelEvent*>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            if (wheel->angleDelta().y() > 0)
                zoomIn();
            else if (wheel->angleDelta().y() < 0)
                zoomOut();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PdfPreview::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    positionBusyIndicator();
    // In a narrow pane the page buttons keep only their arrows (the tooltips still say what they do),
    // so that "Buka di aplikasi lain" is never cut short; in a narrower one (the verifier's side panel
    // at 1000 px) that button keeps only its icon too.
    const auto style = width() < 760 ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon;
    m_previousButton->setToolButtonStyle(style);
    m_nextButton->setToolButtonStyle(style);
    m_openButton->setToolButtonStyle(width() < 560 ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
}

void PdfPreview::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Another screen may have another device-pixel ratio.
    const QPixmap& pixmap = m_canvas->pixmap();
    if (!pixmap.isNull() && !qFuzzyCompare(pixmap.devicePixelRatio(), devicePixelRatioF()))
        scheduleRender();
}

} // namespace karier
