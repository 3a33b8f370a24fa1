// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PdfThumbnail.h"

#include "common/Async.h"
#include "common/Theme.h"
#include "documents/PdfRenderer.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <cmath>
#include <utility>

namespace karier {

namespace {

struct Rendered
{
    QImage image;
    QString error;
};

} // namespace

PdfThumbnail::PdfThumbnail(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("pdfThumbnail"));
    setAlignment(Qt::AlignCenter);
    setFixedSize(m_thumbnailSize);
    setAccessibleName(tr("Gambar kecil dokumen"));
    showPlaceholder();
}

QPixmap PdfThumbnail::documentIcon(int extent, qreal devicePixelRatio, const QColor& colour)
{
    const qreal dpr = std::max<qreal>(devicePixelRatio, 1.0);
    QPixmap pixmap(QSize(extent, extent) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal unit = extent / 48.0; // drawn on a 48 x 48 grid
    const qreal stroke = std::max<qreal>(1.0, 2.0 * unit);
    QPen pen(colour, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);

    // A page with its top right corner folded.
    QPainterPath page;
    page.moveTo(10 * unit, 5 * unit);
    page.lineTo(29 * unit, 5 * unit);
    page.lineTo(38 * unit, 14 * unit);
    page.lineTo(38 * unit, 43 * unit);
    page.lineTo(10 * unit, 43 * unit);
    page.closeSubpath();
    QColor fill = colour;
    fill.setAlphaF(0.08);
    painter.setPen(pen);
    painter.setBrush(fill);
    painter.drawPath(page);
    QPainterPath fold;
    fold.moveTo(29 * unit, 5 * unit);
    fold.lineTo(29 * unit, 14 * unit);
    fold.lineTo(38 * unit, 14 * unit);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(fold);
    // Lines of text.
    QPen text(colour, std::max<qreal>(1.0, 1.6 * unit), Qt::SolidLine, Qt::RoundCap);
    painter.setPen(text);
    painter.drawLine(QPointF(16 * unit, 22 * unit), QPointF(32 * unit, 22 * unit));
    painter.drawLine(QPointF(16 * unit, 28 * unit), QPointF(32 * unit, 28 * unit));
    painter.drawLine(QPointF(16 * unit, 34 * unit), QPointF(26 * unit, 34 * unit));
    return pixmap;
}

void PdfThumbnail::setDocument(const QByteArray& pdf)
{
    m_pdf = pdf;
    m_error.clear();
    m_state = State::Loading;
    ++m_serial;
    setToolTip(tr("Memuat gambar kecil…"));
    showPlaceholder();
    start();
}

void PdfThumbnail::clear()
{
    m_pdf.clear();
    m_error.clear();
    m_state = State::Empty;
    ++m_serial;
    setToolTip(QString());
    showPlaceholder();
}

void PdfThumbnail::setThumbnailSize(QSize size)
{
    size = size.expandedTo(QSize(16, 16));
    if (size == m_thumbnailSize)
        return;
    m_thumbnailSize = size;
    setFixedSize(size);
    if (m_state == State::Ready || m_state == State::Loading) {
        m_state = State::Loading;
        ++m_serial;
        showPlaceholder();
        start();
    } else {
        showPlaceholder();
    }
}

void PdfThumbnail::showPlaceholder()
{
    const qreal dpr = devicePixelRatioF();
    const int extent = std::max(16, std::min(m_thumbnailSize.width(), m_thumbnailSize.height()) * 2 / 3);
    setPixmap(documentIcon(extent, dpr,
        m_state == State::Failed ? Theme::colour("thumbFailed") : Theme::colour("thumbPlaceholder")));
}

void PdfThumbnail::start()
{
    const qreal dpr = devicePixelRatioF();
    // A little inside the box, so that the page's edge stays visible.
    const QSize box = (m_thumbnailSize - QSize(4, 4)).expandedTo(QSize(8, 8));
    const QSize pixels(int(std::floor(box.width() * dpr)), int(std::floor(box.height() * dpr)));
    const quint64 serial = m_serial;
    // Read on the GUI thread: the theme is not the worker's to load.
    const QColor frame = Theme::colour("pageFrame");
    runCpu(
        this,
        [pdf = m_pdf, pixels, frame]() {
            Rendered result;
            result.image = PdfRenderer::renderFirstPage(pdf, pixels, &result.error);
            if (result.image.isNull())
                return result;
            if (result.image.width() > pixels.width() || result.image.height() > pixels.height())
                result.image = result.image.scaled(pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            // A thin border, so that a white page stands out on a white background.
            QImage framed(result.image.size() + QSize(2, 2), QImage::Format_RGB32);
            framed.fill(frame);
            QPainter painter(&framed);
            painter.drawImage(QPoint(1, 1), result.image);
            painter.end();
            result.image = std::move(framed);
            return result;
        },
        [this, serial, dpr](Rendered result) {
            if (serial != m_serial)
                return; // another document (or none) since
            if (result.image.isNull()) {
                m_state = State::Failed;
                m_error = result.error;
                setToolTip(result.error);
                showPlaceholder();
                Q_EMIT failed(result.error);
                return;
            }
            QPixmap pixmap = QPixmap::fromImage(std::move(result.image));
            pixmap.setDevicePixelRatio(dpr);
            m_state = State::Ready;
            setToolTip(QString());
            setPixmap(pixmap);
            Q_EMIT thumbnailReady();
        });
}

} // namespace karier
