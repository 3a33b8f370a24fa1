// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PdfPreview.h"

#include "common/Async.h"
#include "common/Theme.h"
#include "documents/PdfRenderer.h"
#include "widgets/MessageBanner.h"
#include "widgets/PdfThumbnail.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionToolButton>
#include <QStylePainter>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <algorithm>
#include <array>
#include <atomic>
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

std::function<bool(const QUrl&)>& openUrlHook()
{
    static std::function<bool(const QUrl&)> hook;
    return hook;
}

bool sameZoom(double a, double b)
{
    return std::abs(a - b) < 0.005;
}

/// \a name as a safe file name in a folder of its own: no folders, no characters that Windows
/// refuses, ends in .pdf.
QString safeFileName(const QString& name);

/// Writes \a pdf as \a name into a new folder of this program's temporary folder, read-only; the
/// path, or an empty string when it cannot be written. On a worker thread (thread-safe).
QString writeTemporaryCopy(const QByteArray& pdf, const QString& name)
{
    static QTemporaryDir folder(QStandardPaths::writableLocation(QStandardPaths::TempLocation)
        + QStringLiteral("/karier-asn-XXXXXX"));
    static std::atomic<int> opened {0};
    if (!folder.isValid())
        return {};
    // A folder per file, so that the original name can be kept and an earlier copy (maybe still
    // open in the other application) is never overwritten.
    const QString subfolder = folder.filePath(QString::number(++opened));
    const QString path = subfolder + QLatin1Char('/') + name;
    QFile file(path);
    const bool written = QDir().mkpath(subfolder) && file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        && file.write(pdf) == pdf.size();
    file.close();
    if (!written)
        return {};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadUser); // a copy: not to be edited
    return path;
}

QString safeFileName(const QString& name)
{
    QString result = QFileInfo(name).fileName().trimmed();
    for (QChar& c : result) {
        if (c.unicode() < 0x20 || QStringLiteral("\\/:*?\"<>|").contains(c))
            c = QLatin1Char('_');
    }
    while (result.startsWith(QLatin1Char('.')))
        result.remove(0, 1);
    if (result.isEmpty())
        result = PdfPreview::tr("dokumen");
    if (result.size() > 120)
        result = result.left(116);
    if (!result.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        result += QStringLiteral(".pdf");
    return result;
}

enum class ToolIcon { Previous, Next, OpenExternally };

/// Small line icons drawn here, so that they look the same on every desktop.
QIcon toolIcon(ToolIcon kind)
{
    QIcon icon;
    const std::array<std::pair<QIcon::Mode, QColor>, 2> modes {
        std::pair {QIcon::Normal, Theme::colour("toolIcon")},
        std::pair {QIcon::Disabled, Theme::colour("inkDisabled")}};
    for (const qreal dpr : {1.0, 2.0}) {
        for (const auto& [mode, colour] : modes) {
            QPixmap pixmap(QSize(16, 16) * dpr);
            pixmap.setDevicePixelRatio(dpr);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(colour, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            switch (kind) {
            case ToolIcon::Previous:
                painter.drawPolyline(QPolygonF({QPointF(10, 3.5), QPointF(5.5, 8), QPointF(10, 12.5)}));
                break;
            case ToolIcon::Next:
                painter.drawPolyline(QPolygonF({QPointF(6, 3.5), QPointF(10.5, 8), QPointF(6, 12.5)}));
                break;
            case ToolIcon::OpenExternally:
                painter.drawPolyline(QPolygonF({QPointF(7.5, 3.5), QPointF(2.5, 3.5), QPointF(2.5, 13.5),
                    QPointF(12.5, 13.5), QPointF(12.5, 8.5)}));
                painter.drawLine(QPointF(7, 9), QPointF(13.5, 2.5));
                painter.drawPolyline(QPolygonF({QPointF(9.5, 2.5), QPointF(13.5, 2.5), QPointF(13.5, 6.5)}));
                break;
            }
            painter.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

QLabel* makeStateLabel(const QString& text, const QColor& colour, qreal scale, bool bold, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

} // namespace

namespace detail {

/// The current page on a grey desk: a white sheet with a soft shadow, the rendered picture on it
/// (scaled while a sharper one is being drawn), or a message when the page cannot be drawn.
class PdfPageCanvas : public QWidget
{
public:
    static constexpr int Margin = 18;

    explicit PdfPageCanvas(QWidget* parent) : QWidget(parent)
    {
        setObjectName(QStringLiteral("pageCanvas"));
        setAttribute(Qt::WA_OpaquePaintEvent, false);
    }

    void setPageSize(QSize logical)
    {
        m_pageSize = logical.expandedTo(QSize(1, 1));
        setFixedSize(m_pageSize + QSize(2 * Margin, 2 * Margin));
        update();
    }

    void setPixmap(const QPixmap& pixmap)
    {
        m_pixmap = pixmap;
        m_message.clear();
        update();
    }

    void clearPixmap()
    {
        m_pixmap = QPixmap();
        update();
    }

    void setMessage(const QString& message)
    {
        m_message = message;
        update();
    }

    const QPixmap& pixmap() const { return m_pixmap; }
    QRect pageRect() const { return QRect(QPoint(Margin, Margin), m_pageSize); }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QPainter painter(this);
        painter.setClipRegion(event->region());
        const QRect page = pageRect();
        // A soft shadow: a few transparent rectangles, each a little larger.
        painter.setPen(Qt::NoPen);
        for (int i = 1; i <= 4; ++i) {
            QColor shadow = Theme::colour("pageShadow");
            shadow.setAlpha(14 - 2 * i);
            painter.setBrush(shadow);
            painter.drawRoundedRect(page.adjusted(-i, -i + 1, i, i + 1), i, i);
        }
        painter.fillRect(page, Qt::white);
        if (!m_pixmap.isNull()) {
            const QSizeF natural = m_pixmap.deviceIndependentSize();
            if (std::abs(natural.width() - page.width()) <= 1.0
                && std::abs(natural.height() - page.height()) <= 1.0)
                painter.drawPixmap(page.topLeft(), m_pixmap); // pixel for pixel: no scaling
            else
                painter.drawPixmap(QRectF(page), m_pixmap, QRectF(m_pixmap.rect()));
        } else if (!m_message.isEmpty()) {
            painter.setPen(Theme::colour("errorStrong"));
            const QRect box = page.adjusted(24, 24, -24, -24);
            painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, m_message);
        }
        painter.setPen(Theme::colour("pageFrame"));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(page).adjusted(-0.5, -0.5, 0.5, 0.5));
    }

private:
    QSize m_pageSize {1, 1};
    QPixmap m_pixmap;
    QString m_message;
};

/// A tool button with its icon after the text ("Berikutnya ›"); the style's right-to-left trick
/// would leave a gap between the two.
class TrailingIconToolButton : public QToolButton
{
public:
    using QToolButton::QToolButton;

    QSize sizeHint() const override
    {
        const QSize hint = QToolButton::sizeHint();
        if (toolButtonStyle() == Qt::ToolButtonIconOnly)
            return hint;
        return QSize(fontMetrics().horizontalAdvance(text()) + IconGap + iconSize().width() + 2 * Padding,
            hint.height());
    }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        if (toolButtonStyle() == Qt::ToolButtonIconOnly) {
            QToolButton::paintEvent(event);
            return;
        }
        QStylePainter painter(this);
        QStyleOptionToolButton option;
        initStyleOption(&option);
        const QIcon icon = option.icon;
        const QString label = option.text;
        option.icon = QIcon();
        option.text.clear();
        painter.drawComplexControl(QStyle::CC_ToolButton, option); // the panel only
        const int textWidth = fontMetrics().horizontalAdvance(label);
        const QSize extent = iconSize();
        const int left = (width() - (textWidth + IconGap + extent.width())) / 2;
        painter.setPen(
            palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::ButtonText));
        painter.drawText(QRect(left, 0, textWidth, height()), Qt::AlignLeft | Qt::AlignVCenter, label);
        icon.paint(&painter,
            QRect(QPoint(left + textWidth + IconGap, (height() - extent.height()) / 2), extent),
            Qt::AlignCenter, isEnabled() ? QIcon::Normal : QIcon::Disabled);
    }

private:
    static constexpr int IconGap = 4;
    static constexpr int Padding = 6;
};

/// "Memuat pratinjau…" with a turning arc, in a small rounded box floating over the view.
class PdfBusyIndicator : public QWidget
{
public:
    explicit PdfBusyIndicator(QWidget* parent) : QWidget(parent), m_text(PdfPreview::tr("Memuat pratinjau…"))
    {
        setObjectName(QStringLiteral("busyIndicator"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAccessibleName(m_text);
        m_timer.setInterval(40);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_angle = (m_angle + 12) % 360;
            update();
        });
        const QFontMetrics metrics(font());
        setFixedSize(
            metrics.horizontalAdvance(m_text) + 2 * 14 + 18 + 10, std::max(metrics.height(), 18) + 2 * 9);
        hide();
    }

    QString text() const { return m_text; }

protected:
    void showEvent(QShowEvent* event) override
    {
        QWidget::showEvent(event);
        m_timer.start();
    }

    void hideEvent(QHideEvent* event) override
    {
        QWidget::hideEvent(event);
        m_timer.stop();
    }

    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        painter.setPen(Theme::colour("borderPanel"));
        QColor back = Theme::colour("surface");
        back.setAlpha(245);
        painter.setBrush(back);
        painter.drawRoundedRect(box, box.height() / 2, box.height() / 2);
        const QRectF spinner(14, (height() - 16) / 2.0, 16, 16);
        painter.setPen(QPen(Theme::colour("borderPanel"), 2.2));
        painter.drawEllipse(spinner);
        painter.setPen(QPen(Theme::colour("primary"), 2.2, Qt::SolidLine, Qt::RoundCap));
        painter.drawArc(spinner, -m_angle * 16, 100 * 16);
        painter.setPen(Theme::colour("text"));
        painter.drawText(QRectF(spinner.right() + 10, 0, width() - spinner.right() - 10, height()),
            Qt::AlignLeft | Qt::AlignVCenter, m_text);
    }

private:
    QString m_text;
    QTimer m_timer;
    int m_angle = 0;
};

} // namespace detail

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

    // Empty state.
    m_emptyState = new QWidget(this);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    {
        auto* icon = new QLabel(m_emptyState);
        icon->setObjectName(QStringLiteral("emptyIcon"));
        icon->setAlignment(Qt::AlignCenter);
        icon->setPixmap(
            PdfThumbnail::documentIcon(64, devicePixelRatioF(), Theme::colour("thumbPlaceholder")));
        auto* title
            = makeStateLabel(tr("Belum ada dokumen"), Theme::colour("text"), 1.15, true, m_emptyState);
        title->setObjectName(QStringLiteral("emptyTitle"));
        auto* hint = makeStateLabel(tr("Pratinjau dokumen PDF akan tampil di sini."),
            Theme::colour("textMuted"), 1.0, false, m_emptyState);
        auto* layout = new QVBoxLayout(m_emptyState);
        layout->setContentsMargins(24, 24, 24, 24);
        layout->setSpacing(6);
        layout->addStretch(1);
        layout->addWidget(icon);
        layout->addSpacing(6);
        layout->addWidget(title);
        layout->addWidget(hint);
        layout->addStretch(1);
    }

    // Error state: the texts in a column of limited width, centred.
    m_errorState = new QWidget(this);
    m_errorState->setObjectName(QStringLiteral("errorState"));
    {
        auto* column = new QWidget(m_errorState);
        column->setMaximumWidth(480);
        auto* icon = new QLabel(column);
        icon->setAlignment(Qt::AlignCenter);
        icon->setPixmap(PdfThumbnail::documentIcon(64, devicePixelRatioF(), Theme::colour("thumbFailed")));
        auto* title = makeStateLabel(
            tr("Pratinjau tidak dapat ditampilkan"), Theme::colour("text"), 1.15, true, column);
        m_errorMessage = makeStateLabel(QString(), Theme::colour("errorStrong"), 1.0, false, column);
        m_errorMessage->setObjectName(QStringLiteral("errorMessage"));
        m_errorMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* hint = makeStateLabel(
            tr("Anda masih dapat mencoba membukanya dengan tombol “Buka di aplikasi lain” di atas."),
            Theme::colour("textMuted"), 1.0, false, column);
        auto* columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        columnLayout->setSpacing(6);
        columnLayout->addWidget(icon);
        columnLayout->addSpacing(6);
        columnLayout->addWidget(title);
        columnLayout->addWidget(m_errorMessage);
        columnLayout->addSpacing(6);
        columnLayout->addWidget(hint);
        auto* row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(column, 4);
        row->addStretch(1);
        auto* layout = new QVBoxLayout(m_errorState);
        layout->setContentsMargins(24, 24, 24, 24);
        layout->addStretch(1);
        layout->addLayout(row);
        layout->addStretch(2);
    }

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
    m_pageSizesPt.clear();
    m_page = 0;
    m_shownPage = -1;
    m_pendingImage = QImage();
    ++m_generation;
    m_renderTimer->stop();
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

void PdfPreview::clear()
{
    if (m_renderer)
        m_renderer->close();
    m_pdf.clear();
    m_fileName.clear();
    m_pageSizesPt.clear();
    m_page = 0;
    m_shownPage = -1;
    m_pendingImage = QImage();
    ++m_generation;
    m_renderTimer->stop();
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
    // As if the vertical scroll bar were shown, so that its coming and going cannot make the zoom
    // swing back and forth.
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scrollArea);
    const int available = m_scrollArea->width() - 2 * m_scrollArea->frameWidth() - scrollBar
        - 2 * detail::PdfPageCanvas::Margin;
    const double widthPx = size.width() * LogicalDpi / 72.0;
    return std::clamp(available / widthPx, MinZoom, MaxZoom);
}

QSizeF PdfPreview::pageSizePt(int page) const
{
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
    m_scrollArea->verticalScrollBar()->setValue(0);
    m_scrollArea->horizontalScrollBar()->setValue(0);
    renderNow();
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
            const bool ok = openUrlHook() ? openUrlHook()(url) : QDesktopServices::openUrl(url);
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

void PdfPreview::setOpenUrlHookForTests(std::function<bool(const QUrl&)> hook)
{
    openUrlHook() = std::move(hook);
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
    // so that "Buka di aplikasi lain" is never cut short.
    const auto style = width() < 760 ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon;
    m_previousButton->setToolButtonStyle(style);
    m_nextButton->setToolButtonStyle(style);
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
