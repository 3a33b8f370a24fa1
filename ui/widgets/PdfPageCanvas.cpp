// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PdfPageCanvas.h"

#include "common/Theme.h"

#include <QPaintEvent>
#include <QPainter>
#include <cmath>

namespace karier::detail {

PdfPageCanvas::PdfPageCanvas(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pageCanvas"));
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void PdfPageCanvas::setPageSize(QSize logical)
{
    m_pageSize = logical.expandedTo(QSize(1, 1));
    setFixedSize(m_pageSize + QSize(2 * Margin, 2 * Margin));
    update();
}

void PdfPageCanvas::setPixmap(const QPixmap& pixmap)
{
    m_pixmap = pixmap;
    m_message.clear();
    update();
}

void PdfPageCanvas::clearPixmap()
{
    m_pixmap = QPixmap();
    update();
}

void PdfPageCanvas::setMessage(const QString& message)
{
    m_message = message;
    update();
}

void PdfPageCanvas::paintEvent(QPaintEvent* event)
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
    painter.fillRect(page, Qt::white); // paper
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

} // namespace karier::detail
