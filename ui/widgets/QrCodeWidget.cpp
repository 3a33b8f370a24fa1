// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/QrCodeWidget.h"

#include <QPainter>
#include <cmath>

namespace karier {

QrCodeWidget::QrCodeWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("qrCode"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setMinimumSize(MinimumExtent, MinimumExtent);
    setAccessibleName(tr("Kode QR"));
}

bool QrCodeWidget::setText(const QByteArray& text)
{
    setCode(QrCode::encode(text));
    return hasCode();
}

void QrCodeWidget::setCode(std::optional<QrCode> code)
{
    m_code = std::move(code);
    setAccessibleDescription(m_code ? tr("Kode QR untuk dipindai dengan aplikasi autentikator") : QString());
    updateGeometry();
    update();
}

int QrCodeWidget::preferredExtent() const
{
    // The smallest whole number of pixels per module (at least four, which every phone camera
    // reads) that reaches the minimum size.
    const int modules = (m_code ? m_code->size() : 29) + 2 * QuietZone;
    const int perModule = std::max(4, (MinimumExtent + modules - 1) / modules);
    return perModule * modules;
}

QSize QrCodeWidget::sizeHint() const
{
    return {preferredExtent(), preferredExtent()};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    return {MinimumExtent, MinimumExtent};
}

QRect QrCodeWidget::codeRect() const
{
    const int modules = (m_code ? m_code->size() : 21) + 2 * QuietZone;
    const int available = std::min(width(), height());
    // Whole pixels per module keep every edge sharp; only a widget smaller than one pixel per
    // module falls back to fractional scaling (then antialiasing stays off anyway).
    const int perModule = std::max(1, available / modules);
    const int extent = perModule * modules <= available ? perModule * modules : available;
    return {(width() - extent) / 2, (height() - extent) / 2, extent, extent};
}

void QrCodeWidget::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QRect area = codeRect();
    if (!m_code) {
        painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(area.adjusted(0, 0, -1, -1));
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, tr("Tidak ada kode QR"));
        return;
    }
    // The quiet zone must be light whatever the colour scheme: scanners need the contrast.
    painter.fillRect(area, Qt::white);
    const int modules = m_code->size() + 2 * QuietZone;
    const qreal scale = qreal(area.width()) / modules;
    const bool whole = std::abs(scale - std::round(scale)) < 1e-9;
    for (int y = 0; y < m_code->size(); ++y) {
        for (int x = 0; x < m_code->size(); ++x) {
            if (!m_code->module(x, y))
                continue;
            if (whole) {
                const int s = int(std::round(scale));
                painter.fillRect(
                    area.x() + (x + QuietZone) * s, area.y() + (y + QuietZone) * s, s, s, Qt::black);
            } else {
                const QPointF topLeft(area.x() + (x + QuietZone) * scale, area.y() + (y + QuietZone) * scale);
                const QPointF bottomRight(
                    area.x() + (x + QuietZone + 1) * scale, area.y() + (y + QuietZone + 1) * scale);
                painter.fillRect(QRectF(topLeft, bottomRight), Qt::black);
            }
        }
    }
}

} // namespace karier
